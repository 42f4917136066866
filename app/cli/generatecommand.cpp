#include "cliutil.h"
#include "commands.h"

#include "db/connectionprofile.h"
#include "error.h"
#include "generate/storegenerator.h"

#include <QCommandLineParser>
#include <QLocale>

namespace cutover::cli {

int runGenerate(const QStringList& arguments)
{
    QCommandLineParser parser;
    const auto tr = [](const char* text) { return QCoreApplication::translate("cli", text); };
    parser.addOption({ QStringLiteral("target"),
        tr("The Magento 1 database to fill, as mysql://USER@HOST:PORT/DB?prefix=P. "
           "Its password is read from CUTOVER_PASSWORD."),
        QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("products"), tr("Number of products (default 200)."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("customers"), tr("Number of customers (default 100)."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("orders"), tr("Number of orders (default 300)."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("seed"), tr("Random seed; the same seed gives the same store (default 1)."),
        QStringLiteral("S") });
    parser.addOption({ QStringLiteral("media-dir"),
        tr("Also write the product images and downloadable files into this Magento 1 media folder."),
        QStringLiteral("DIR") });
    // Not offered: a project's source is the merchant's live store, which Cutover never fills. Named so that the
    // refusal can say why instead of "unknown option".
    QCommandLineOption projectOption(QStringLiteral("project"), QString(), QStringLiteral("FILE"));
    projectOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(projectOption);
    processOrExit(parser, arguments,
        tr("Fills a database that holds a real Magento 1 schema with a realistic, deterministic store: websites, "
           "catalog of every product type, customers, orders with invoices, shipments and credit memos, reviews, "
           "CMS, and the mess real stores carry."));

    if (parser.isSet(projectOption)) {
        err(tr("generate does not take --project: a project's Magento 1 database is the live store, and Cutover never "
               "writes a generated store into it. Give a scratch database with --target mysql://USER@HOST:PORT/DB."));
        return UsageError;
    }
    if (!parser.isSet(QStringLiteral("target"))) {
        err(tr("Give the database to fill with --target mysql://USER@HOST:PORT/DB (load a Magento 1 dump into it "
               "first)."));
        return UsageError;
    }
    ConnectionProfile target;
    try {
        target = ConnectionProfile::fromUrl(parser.value(QStringLiteral("target")));
    } catch (const Error& e) {
        err(e.message());
        return UsageError;
    }
    GeneratorOptions options;
    options.products = integerOption(parser, QStringLiteral("products"), options.products);
    options.customers = integerOption(parser, QStringLiteral("customers"), options.customers);
    options.orders = integerOption(parser, QStringLiteral("orders"), options.orders);
    options.seed = quint64(integerOption(parser, QStringLiteral("seed"), qint64(options.seed)));
    options.mediaDir = parser.value(QStringLiteral("media-dir"));

    installCancelHandler();
    ProgressLine progress;
    try {
        const GeneratorReport report = StoreGenerator::run(
            target, passwordFromEnvironment("CUTOVER_PASSWORD"), options,
            [&](const QString& area, qint64 done, qint64 total) { progress.update(area, done, total); }, &cancelFlag());
        progress.finish();
        const QLocale locale;
        out(tr("Generated %1 rows in %2 s (%3 rows/s) into %4.")
                .arg(locale.toString(report.totalRows))
                .arg(report.seconds, 0, 'f', 1)
                .arg(locale.toString(qint64(report.totalRows / std::max(report.seconds, 0.001))))
                .arg(target.displayName()));
        for (auto it = report.rowsPerTable.cbegin(); it != report.rowsPerTable.cend(); ++it)
            out(QStringLiteral("  %1 %2").arg(it.key(), -44).arg(locale.toString(it.value())));
        if (!report.mess.isEmpty()) {
            out(tr("Real-store mess made on purpose:"));
            for (auto it = report.mess.cbegin(); it != report.mess.cend(); ++it)
                out(QStringLiteral("  %1 %2").arg(it.key(), -44).arg(locale.toString(it.value())));
        }
        if (report.mediaFiles > 0)
            out(tr("Wrote %1 media files under %2.").arg(locale.toString(report.mediaFiles)).arg(options.mediaDir));
        for (const QString& warning : report.warnings)
            err(tr("Warning: %1").arg(warning));
        return Success;
    } catch (const Error& e) {
        progress.finish();
        err(e.message());
        if (!e.details().isEmpty())
            err(e.details());
        return cancelFlag().load() ? Cancelled : Failed;
    }
}

} // namespace cutover::cli
