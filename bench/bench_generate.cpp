// Generates a large Magento 1 store into a private MariaDB server and prints rows per second per area and in
// total, and the peak memory of the generating process.
//
//   bench_generate [--products N] [--customers N] [--orders N] [--keep]
//
// Defaults are the scale: 100k products, 100k customers, 1M orders.

#include "error.h"
#include "generate/storegenerator.h"
#include "sandbox/localserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <sys/resource.h>

using namespace cutover;

namespace {

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QString fixture(const QString& relative)
{
    const QString folder = qEnvironmentVariable("CUTOVER_FIXTURES", QStringLiteral(CUTOVER_DEFAULT_FIXTURES));
    return QDir::cleanPath(folder + QLatin1Char('/') + relative);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("products"), QStringLiteral("Products."), QStringLiteral("N"), QStringLiteral("100000") });
    parser.addOption(
        { QStringLiteral("customers"), QStringLiteral("Customers."), QStringLiteral("N"), QStringLiteral("100000") });
    parser.addOption(
        { QStringLiteral("orders"), QStringLiteral("Orders."), QStringLiteral("N"), QStringLiteral("1000000") });
    parser.addOption({ QStringLiteral("keep"), QStringLiteral("Keep the server's folder and print its path.") });
    parser.process(app);

    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/cutover-bench-XXXXXX"));
    folder.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    LocalServer::Options serverOptions;
    serverOptions.rootFolder = folder.path();
    // A production-like buffer pool, so the figure measures the generator rather than a starved server.
    serverOptions.extraArguments = { QStringLiteral("--innodb-buffer-pool-size=2G") };
    try {
        LocalServer server(serverOptions);
        server.start();
        server.recreateDatabase(QStringLiteral("bench_m1"));
        server.loadDump(QStringLiteral("bench_m1"), fixture(QStringLiteral("m1/magento-ce-1.9.1.1.sql")));

        GeneratorOptions options;
        options.products = parser.value(QStringLiteral("products")).toLongLong();
        options.customers = parser.value(QStringLiteral("customers")).toLongLong();
        options.orders = parser.value(QStringLiteral("orders")).toLongLong();

        QMap<QString, QElapsedTimer> areaTimers;
        QMap<QString, double> areaSeconds;
        QString currentArea;
        QElapsedTimer areaTimer;
        const auto report = StoreGenerator::run(
            server.rootProfile(QStringLiteral("bench_m1")), {}, options, [&](const QString& area, qint64, qint64) {
                if (area != currentArea) {
                    if (!currentArea.isEmpty())
                        areaSeconds[currentArea] += areaTimer.elapsed() / 1000.0;
                    currentArea = area;
                    areaTimer.start();
                }
            });
        if (!currentArea.isEmpty())
            areaSeconds[currentArea] += areaTimer.elapsed() / 1000.0;

        std::printf("generate: %lld products, %lld customers, %lld orders\n", options.products, options.customers,
            options.orders);
        for (auto it = areaSeconds.cbegin(); it != areaSeconds.cend(); ++it)
            std::printf("  area %-12s %8.1f s\n", qPrintable(it.key()), it.value());
        std::printf("  rows written   %lld\n", report.totalRows);
        std::printf("  wall time      %.1f s\n", report.seconds);
        std::printf("  rate           %.0f rows/s\n", report.totalRows / std::max(report.seconds, 0.001));
        std::printf("  orders rate    %.0f orders/s (whole run)\n", options.orders / std::max(report.seconds, 0.001));
        std::printf("  peak memory    %ld MB (generator process)\n", peakRssMb());
        if (parser.isSet(QStringLiteral("keep")))
            std::printf(
                "  server folder  %s (socket %s)\n", qPrintable(folder.path()), qPrintable(server.socketPath()));
        server.stop();
    } catch (const Error& e) {
        std::fprintf(stderr, "bench_generate: %s\n%s\n", e.what(), qPrintable(e.details()));
        return 1;
    }
    return 0;
}
