// The delta apply loop at a steady write rate: a generated Magento 1 store migrated by the Map step into Magento 2
// on a private MariaDB server, then a writer at a fixed rate on Magento 1 while DeltaApplier runs. Prints the lag of
// each write (from its commit on Magento 1 to the commit of the batch that applied it: median and 99th percentile),
// the write throughput Magento 1 keeps with and without the capture triggers, and the peak memory of the process.
//
//   bench_delta [--rate 100] [--seconds 30] [--throughput-seconds 10] [--orders 300]

#include "db/database.h"
#include "delta/captureplan.h"
#include "delta/deltaapplier.h"
#include "delta/deltacapture.h"
#include "delta/deltasync.h"
#include "engine/migrationrunner.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "sandbox/localserver.h"
#include "steps/mapstep.h"
#include "steps/settingsstep.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <sys/resource.h>
#include <thread>
#include <vector>

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

// One write of a store's mix: an order update, a CMS page edit or a newsletter subscription (autocommit).
void write(Database& db, qint64 i, const QVector<qint64>& orders, const QVector<qint64>& pages)
{
    switch (i % 3) {
    case 0:
        db.exec(QStringLiteral("UPDATE sales_flat_order SET grand_total = grand_total + 1, customer_note = 'b%1' "
                               "WHERE entity_id = %2")
                    .arg(i)
                    .arg(orders[i % orders.size()]));
        break;
    case 1:
        db.exec(QStringLiteral("UPDATE cms_page SET content = CONCAT(LEFT(content, 200), '%1') WHERE page_id = %2")
                    .arg(i)
                    .arg(pages[i % pages.size()]));
        break;
    default:
        db.exec(QStringLiteral("INSERT INTO newsletter_subscriber (store_id, customer_id, subscriber_email, "
                               "subscriber_status, subscriber_confirm_code) VALUES (1, 0, 'bench%1@example.com', 1, "
                               "'c%1')")
                    .arg(i));
        break;
    }
}

QVector<qint64> ids(Database& db, const QString& sql)
{
    QVector<qint64> result;
    QSqlQuery q = db.query(sql);
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

// As many writes as one connection makes in `seconds`.
double throughput(const ConnectionProfile& profile, double seconds, qint64& counter)
{
    Database db(profile, {}, QStringLiteral("bench-writer"));
    const QVector<qint64> orders = ids(db, QStringLiteral("SELECT entity_id FROM sales_flat_order"));
    const QVector<qint64> pages = ids(db, QStringLiteral("SELECT page_id FROM cms_page"));
    QElapsedTimer timer;
    timer.start();
    qint64 n = 0;
    while (timer.elapsed() < seconds * 1000) {
        write(db, counter++, orders, pages);
        ++n;
    }
    return n / (timer.elapsed() / 1000.0);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::err);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("rate"), QStringLiteral("Writes per second on Magento 1 while delta runs."),
        QStringLiteral("N"), QStringLiteral("100") });
    parser.addOption({ QStringLiteral("seconds"), QStringLiteral("Length of the lag run."), QStringLiteral("N"),
        QStringLiteral("30") });
    parser.addOption({ QStringLiteral("throughput-seconds"),
        QStringLiteral("Length of each throughput run (without, then with triggers)."), QStringLiteral("N"),
        QStringLiteral("10") });
    parser.addOption({ QStringLiteral("orders"), QStringLiteral("Orders of the generated store."), QStringLiteral("N"),
        QStringLiteral("300") });
    parser.process(app);
    const int rate = std::max(1, parser.value(QStringLiteral("rate")).toInt());
    const int seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    const double throughputSeconds = std::max(1, parser.value(QStringLiteral("throughput-seconds")).toInt());

    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/cutover-bench-XXXXXX"));
    LocalServer::Options serverOptions;
    serverOptions.rootFolder = folder.path();
    try {
        LocalServer server(serverOptions);
        server.start();
        server.recreateDatabase(QStringLiteral("bench_m1"));
        server.loadDump(QStringLiteral("bench_m1"), fixture(QStringLiteral("m1/magento-ce-1.9.1.1.sql")));
        server.recreateDatabase(QStringLiteral("bench_m2"));
        server.loadDump(QStringLiteral("bench_m2"), fixture(QStringLiteral("m2/magento-2.4.8.sql")));
        server.runSql(QStringLiteral("CREATE USER IF NOT EXISTS 'magento'@'%'; GRANT ALL ON *.* TO 'magento'@'%';"));
        const ConnectionProfile m1 = server.rootProfile(QStringLiteral("bench_m1"));
        const ConnectionProfile m2 = server.rootProfile(QStringLiteral("bench_m2"));
        GeneratorOptions generator;
        generator.products = 50;
        generator.customers = 50;
        generator.orders = parser.value(QStringLiteral("orders")).toLongLong();
        StoreGenerator::run(m1, {}, generator);

        const DmtConfiguration dmt = DmtConfiguration::load(
            fixture(QStringLiteral("dmt/etc/opensource-to-opensource/1.9.4.5/config.xml.dist")));
        const HandlerRegistry handlers;
        MigrationEnvironment env;
        env.source = { m1, {} };
        env.destination = { m2, {} };
        env.dmt = &dmt;
        env.handlers = &handlers;

        qint64 counter = 0;
        // A warm-up first, so that the run without triggers does not pay for a cold buffer pool.
        throughput(m1, std::min(3.0, throughputSeconds), counter);
        const double without = throughput(m1, throughputSeconds, counter);
        {
            Database db(m1, {}, QStringLiteral("bench"));
            DeltaCapture::install(db, CapturePlanner::plan(db, dmt));
        }
        const double with = throughput(m1, throughputSeconds, counter);

        // The first migration, then catch up with what the throughput runs wrote.
        MigrationRunner runner(env);
        runner.setMode(QStringLiteral("data"));
        runner.addStep(std::make_unique<SettingsStep>());
        runner.addStep(std::make_unique<MapStep>());
        if (runner.run().outcome != Outcome::Succeeded)
            throw Error(QStringLiteral("the Map step failed"));
        DeltaApplier::Options options;
        options.idleMs = 20;
        {
            DeltaApplier::Options once = options;
            once.once = true;
            DeltaApplier catchUp(env, once);
            RunControl control;
            QElapsedTimer timer;
            timer.start();
            catchUp.run(control);
            std::printf("catch-up: %lld changes applied in %.1f s (%.0f/s)\n", catchUp.figures().applied,
                timer.elapsed() / 1000.0, catchUp.figures().applied / std::max(0.001, timer.elapsed() / 1000.0));
        }

        // The lag run: a writer at a fixed rate, a monitor of the destination's mark, and the loop.
        DeltaApplier applier(env, options);
        RunControl control;
        std::thread loop([&]() { applier.run(control); });
        std::mutex lock;
        std::vector<std::pair<qint64, qint64>> marks; // ms, applied seq
        std::atomic<bool> writing { true };
        std::thread monitor([&]() {
            Database db(m2, {}, QStringLiteral("bench-monitor"));
            QElapsedTimer clock;
            clock.start();
            for (;;) {
                const qint64 mark
                    = db.scalar(QStringLiteral("SELECT MAX(applied_seq) FROM cutover_delta_state")).toLongLong();
                {
                    std::lock_guard<std::mutex> guard(lock);
                    marks.emplace_back(QDateTime::currentMSecsSinceEpoch(), mark);
                }
                if (!writing && control.isCancelled())
                    break;
                QThread::msleep(10);
            }
        });
        std::vector<std::pair<qint64, qint64>> writes; // ms, seq
        {
            Database db(m1, {}, QStringLiteral("bench-writer"));
            const QVector<qint64> orders = ids(db, QStringLiteral("SELECT entity_id FROM sales_flat_order"));
            const QVector<qint64> pages = ids(db, QStringLiteral("SELECT page_id FROM cms_page"));
            QElapsedTimer timer;
            timer.start();
            const qint64 total = qint64(rate) * seconds;
            for (qint64 i = 0; i < total; ++i) {
                const qint64 due = i * 1000 / rate;
                while (timer.elapsed() < due)
                    QThread::usleep(500);
                write(db, counter++, orders, pages);
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                writes.emplace_back(now, db.scalar(QStringLiteral("SELECT MAX(seq) FROM cutover_cl")).toLongLong());
            }
            std::printf("writer: %lld writes in %.1f s (%.1f/s asked %d/s)\n", total, timer.elapsed() / 1000.0,
                total / (timer.elapsed() / 1000.0), rate);
        }
        // Wait until everything written is applied.
        const qint64 last = writes.empty() ? 0 : writes.back().second;
        QElapsedTimer drain;
        drain.start();
        for (;;) {
            {
                std::lock_guard<std::mutex> guard(lock);
                if (!marks.empty() && marks.back().second >= last)
                    break;
            }
            if (drain.elapsed() > 120'000)
                throw Error(QStringLiteral("the backlog did not drain within 120 s"));
            QThread::msleep(20);
        }
        writing = false;
        control.cancel();
        loop.join();
        monitor.join();

        std::vector<double> lags;
        size_t m = 0;
        for (const auto& [at, seq] : writes) {
            while (m < marks.size() && (marks[m].second < seq || marks[m].first < at))
                ++m;
            if (m == marks.size())
                break;
            lags.push_back((marks[m].first - at) / 1000.0);
        }
        const DeltaFigures f = applier.figures();
        std::printf(
            "delta at %d writes/s for %d s (2 cores shared with other work: figures are indicative)\n", rate, seconds);
        std::printf("  lag median      %.3f s\n", percentile(lags, 0.5));
        std::printf("  lag p99         %.3f s   (aim < 2 s)\n", percentile(lags, 0.99));
        std::printf("  lag max         %.3f s\n", percentile(lags, 1.0));
        std::printf("  applied         %lld changes in %lld batches, %lld failed, %lld purged\n", f.applied, f.batches,
            f.failed, f.purged);
        std::printf("  M1 writes/s without triggers  %.0f\n", without);
        std::printf("  M1 writes/s with triggers     %.0f  (%.0f%%, aim >= 75%%)\n", with, 100.0 * with / without);
        std::printf("  peak memory     %ld MB (whole bench process: writer, monitor and loop)\n", peakRssMb());
        server.stop();
    } catch (const Error& e) {
        std::fprintf(stderr, "bench_delta: %s\n%s\n", e.what(), qPrintable(e.details()));
        return 1;
    }
    return 0;
}
