// Generates a Magento 1 store in a private MariaDB server, migrates it with the Map step into the Magento 2.4.8
// dump, and in the same run times the floor: a plain INSERT ... SELECT of the same source rows on the same
// server. Then it migrates the same store a second way, into a second private server, where no direct copy is
// possible (most merchants' case). Prints both times, their ratio to the floor, and peak memory.
//
//   bench_migrate [--products N] [--customers N] [--orders N] [--jobs N] [--verify] [--keep]
//
// Defaults are the scale: 100k products, 100k customers, 1M orders.

#include "db/database.h"
#include "engine/migrationrunner.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "sandbox/localserver.h"
#include "steps/steplist.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>

using namespace cutover;

namespace {

QString fixture(const QString& relative)
{
    const QString folder = qEnvironmentVariable("CUTOVER_FIXTURES", QStringLiteral(CUTOVER_DEFAULT_FIXTURES));
    return QDir::cleanPath(folder + QLatin1Char('/') + relative);
}

// The peak resident memory of this process since the last reset (VmHWM), in MB.
long peakMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong() / 1024;
    }
    return -1;
}

// Linux resets VmHWM to the current size when 5 is written to clear_refs: each phase gets its own peak.
void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

struct Phase
{
    double seconds = 0;
    qint64 rows = 0;
    long peak = 0;
    RunReport report;
    double verifySeconds = -1; ///< -1: not verified
    QString verifyOutcome;
};

Phase migrate(const ConnectionProfile& source, const ConnectionProfile& destination, const DmtConfiguration& dmt,
    const HandlerRegistry& handlers, int jobs, bool verify)
{
    MigrationEnvironment env;
    env.source = { source, {} };
    env.destination = { destination, {} };
    env.dmt = &dmt;
    env.handlers = &handlers;
    env.jobs = jobs;
    MigrationRunner runner(env);
    runner.setMode(QStringLiteral("data"));
    for (std::unique_ptr<Step>& step : migrationSteps(StepSet::Data))
        runner.addStep(std::move(step));
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    Phase phase;
    phase.report = runner.run();
    phase.seconds = timer.elapsed() / 1000.0;
    phase.peak = peakMb();
    for (const StepReport& s : phase.report.steps) {
        for (const TableReport& t : s.tables)
            phase.rows += t.rowsRead;
    }
    if (phase.report.outcome != Outcome::Succeeded)
        throw Error(QStringLiteral("the migration did not succeed:\n") + phase.report.toText());
    if (verify) {
        QElapsedTimer verifyTimer;
        verifyTimer.start();
        const VerifyReport verified = runner.verify();
        phase.verifySeconds = verifyTimer.elapsed() / 1000.0;
        phase.verifyOutcome = outcomeName(verified.outcome);
        if (verified.outcome != Outcome::Succeeded)
            std::printf("%s", qPrintable(verified.toText()));
    }
    return phase;
}

void print(const QByteArray& title, const Phase& phase, double floor)
{
    int direct = 0;
    int copied = 0;
    for (const StepReport& s : phase.report.steps) {
        for (const TableReport& t : s.tables) {
            if (t.outcome != Outcome::Succeeded)
                continue;
            ++copied;
            direct += t.reason.contains(QLatin1String("INSERT ... SELECT"));
        }
    }
    std::printf("%s\n", title.constData());
    std::printf("  tables         %d copied (%d by direct INSERT ... SELECT)\n", copied, direct);
    std::printf("  rows           %lld\n", phase.rows);
    std::printf("  wall time      %.1f s (%.0f rows/s)\n", phase.seconds, phase.rows / std::max(phase.seconds, 0.001));
    std::printf("  ratio          %.2f x the floor\n", phase.seconds / std::max(floor, 0.001));
    std::printf("  peak memory    %ld MB (migrating process)\n", phase.peak);
    if (phase.verifySeconds >= 0)
        std::printf("  verification   %.1f s (%.0f rows/s), %s\n", phase.verifySeconds,
            phase.rows / std::max(phase.verifySeconds, 0.001), qPrintable(phase.verifyOutcome));
    // Where the time went: each step's wall time, and the tables that took longest (copies run side by side, so
    // their times overlap and do not add up to the step's).
    QStringList steps;
    struct Slow
    {
        double seconds;
        QString name;
        qint64 rows;
    };
    QList<Slow> slow;
    for (const StepReport& s : phase.report.steps) {
        steps << QStringLiteral("%1 %2 s").arg(s.id).arg(s.started.msecsTo(s.finished) / 1000.0, 0, 'f', 1);
        for (const TableReport& t : s.tables) {
            if (t.started.isValid() && t.finished.isValid())
                slow.append({ t.started.msecsTo(t.finished) / 1000.0, s.id + QLatin1Char('/') + t.sourceTable, t.rowsRead });
        }
    }
    std::printf("  steps          %s\n", qPrintable(steps.join(QStringLiteral(", "))));
    std::sort(slow.begin(), slow.end(), [](const Slow& a, const Slow& b) { return a.seconds > b.seconds; });
    for (qsizetype i = 0; i < std::min<qsizetype>(8, slow.size()); ++i)
        std::printf("  slowest        %6.1f s  %s (%lld rows)\n", slow[i].seconds, qPrintable(slow[i].name), slow[i].rows);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    // Each figure as soon as it is known, also into a file or a pipe.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("products"), QStringLiteral("Products."), QStringLiteral("N"), QStringLiteral("100000") });
    parser.addOption(
        { QStringLiteral("customers"), QStringLiteral("Customers."), QStringLiteral("N"), QStringLiteral("100000") });
    parser.addOption(
        { QStringLiteral("orders"), QStringLiteral("Orders."), QStringLiteral("N"), QStringLiteral("1000000") });
    parser.addOption({ QStringLiteral("jobs"), QStringLiteral("Tables copied at once (default: the core count)."),
        QStringLiteral("N"), QString::number(MigrationRunner::defaultJobs()) });
    parser.addOption({ QStringLiteral("verify"), QStringLiteral("Verify each migration and time it.") });
    parser.addOption({ QStringLiteral("keep"), QStringLiteral("Keep the servers' folders and print their paths.") });
    parser.process(app);

    QTemporaryDir folderA(QDir::tempPath() + QStringLiteral("/cutover-bench-XXXXXX"));
    QTemporaryDir folderB(QDir::tempPath() + QStringLiteral("/cutover-bench-XXXXXX"));
    folderA.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    folderB.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    try {
        LocalServer::Options optionsA;
        optionsA.rootFolder = folderA.path();
        optionsA.extraArguments = { QStringLiteral("--innodb-buffer-pool-size=1G") };
        LocalServer a(optionsA);
        a.start();
        LocalServer::Options optionsB = optionsA;
        optionsB.rootFolder = folderB.path();
        LocalServer b(optionsB);
        b.start();
        for (LocalServer* server : { &a, &b })
            server->runSql(
                QStringLiteral("CREATE USER IF NOT EXISTS 'magento'@'%'; GRANT ALL ON *.* TO 'magento'@'%';"));
        a.recreateDatabase(QStringLiteral("bench_m1"));
        a.loadDump(QStringLiteral("bench_m1"), fixture(QStringLiteral("m1/magento-ce-1.9.1.1.sql")));
        a.recreateDatabase(QStringLiteral("bench_m2"));
        a.loadDump(QStringLiteral("bench_m2"), fixture(QStringLiteral("m2/magento-2.4.8.sql")));
        b.recreateDatabase(QStringLiteral("bench_m2"));
        b.loadDump(QStringLiteral("bench_m2"), fixture(QStringLiteral("m2/magento-2.4.8.sql")));
        const ConnectionProfile source = a.rootProfile(QStringLiteral("bench_m1"));

        GeneratorOptions options;
        options.products = parser.value(QStringLiteral("products")).toLongLong();
        options.customers = parser.value(QStringLiteral("customers")).toLongLong();
        options.orders = parser.value(QStringLiteral("orders")).toLongLong();
        const GeneratorReport generated = StoreGenerator::run(source, {}, options);
        std::printf("store: %lld products, %lld customers, %lld orders: %lld rows generated in %.1f s\n",
            options.products, options.customers, options.orders, generated.totalRows, generated.seconds);

        const DmtConfiguration dmt = DmtConfiguration::load(
            fixture(QStringLiteral("dmt/etc/opensource-to-opensource/1.9.4.5/config.xml.dist")));
        const HandlerRegistry handlers;
        const int jobs = parser.value(QStringLiteral("jobs")).toInt();
        const bool verify = parser.isSet(QStringLiteral("verify"));

        const Phase same = migrate(source, a.rootProfile(QStringLiteral("bench_m2")), dmt, handlers, jobs, verify);

        // The floor: the same source rows (every table the Map step read) copied by one plain INSERT ... SELECT
        // each, into empty tables of the same structure on the same server.
        Database db(source, {}, QStringLiteral("bench"));
        db.exec(QStringLiteral("DROP DATABASE IF EXISTS bench_floor"));
        db.exec(QStringLiteral("CREATE DATABASE bench_floor"));
        QStringList tables;
        for (const StepReport& s : same.report.steps) {
            for (const TableReport& t : s.tables) {
                if (t.outcome == Outcome::Succeeded && t.rowsRead > 0)
                    tables << t.sourceTable;
            }
        }
        // Each source table once: several plans read some (the media gallery), and some reports name the
        // destination's table as their source (the URL rewrite links), which the source does not have.
        tables.removeDuplicates();
        tables.removeIf([&](const QString& t) {
            return db.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                            "'bench_m1' AND TABLE_NAME = %1")
                                 .arg(Database::quoteString(t)))
                       .toInt()
                == 0;
        });
        for (const QString& t : std::as_const(tables))
            db.exec(QStringLiteral("CREATE TABLE bench_floor.%1 LIKE bench_m1.%1").arg(Database::quoteIdentifier(t)));
        db.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
        QElapsedTimer floorTimer;
        floorTimer.start();
        qint64 floorRows = 0;
        for (const QString& t : std::as_const(tables))
            floorRows += db.exec(QStringLiteral("INSERT INTO bench_floor.%1 SELECT * FROM bench_m1.%1")
                                     .arg(Database::quoteIdentifier(t)));
        const double floor = floorTimer.elapsed() / 1000.0;
        std::printf("floor: INSERT ... SELECT of the same rows on the same server, one table after the other\n");
        std::printf("  tables         %lld\n", qint64(tables.size()));
        std::printf("  rows           %lld\n", floorRows);
        std::printf("  wall time      %.1f s (%.0f rows/s)\n", floor, floorRows / std::max(floor, 0.001));

        print(QByteArrayLiteral("migration, both databases on one server (jobs ") + QByteArray::number(jobs) + ")",
            same, floor);
        const Phase two = migrate(source, b.rootProfile(QStringLiteral("bench_m2")), dmt, handlers, jobs, verify);
        print(QByteArrayLiteral("migration, two separate servers (no direct copy possible)"), two, floor);
        if (parser.isSet(QStringLiteral("keep")))
            std::printf("servers: %s, %s\n", qPrintable(folderA.path()), qPrintable(folderB.path()));
        a.stop();
        b.stop();
    } catch (const Error& e) {
        std::fprintf(stderr, "bench_migrate: %s\n%s\n", e.what(), qPrintable(e.details().left(2000)));
        return 1;
    }
    return 0;
}
