#include "copy/copyledger.h"
#include "db/database.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "project/project.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace cutover;
using namespace cutover::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment cliEnvironment()
{
    // The test server's root has no password: set, even empty, the variables are used and nothing is asked.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), QString());
    env.insert(QStringLiteral("CUTOVER_DEST_PASSWORD"), QString());
    env.remove(QStringLiteral("CUTOVER_DMT_CONFIG"));
    return env;
}

// Runs cutover-cli as a script would: no terminal on stdin.
Run runCli(const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CUTOVER_CLI_PATH), arguments);
    if (!process.waitForFinished(600'000))
        process.kill();
    return { process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
        QString::fromLocal8Bit(process.readAllStandardError()) };
}

QString describe(const Run& run)
{
    return QStringLiteral("exit %1\n--- out\n%2\n--- err\n%3")
        .arg(run.exitCode)
        .arg(run.out.left(4000), run.err.left(4000));
}

QJsonObject parse(const Run& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(run.out.left(2000)));
    return document.object();
}

QJsonObject tableOf(const QJsonObject& verification, const QString& source)
{
    for (const QJsonValue& t : verification.value(QStringLiteral("tables")).toArray()) {
        if (t.toObject().value(QStringLiteral("source")).toString() == source)
            return t.toObject();
    }
    return {};
}

// `steps` empty: every step.
qint64 sumOver(const QJsonObject& runReport, const QString& field, const QStringList& steps = {})
{
    qint64 sum = 0;
    for (const QJsonValue& step : runReport.value(QStringLiteral("steps")).toArray()) {
        if (!steps.isEmpty() && !steps.contains(step.toObject().value(QStringLiteral("id")).toString()))
            continue;
        for (const QJsonValue& table : step.toObject().value(QStringLiteral("tables")).toArray())
            sum += table.toObject().value(field).toInteger();
    }
    return sum;
}

// Every table of a destination, as CHECKSUM TABLE or, where the server decides, as a set or without the columns
// it fills. `since` is the server time before the first migration of the comparison.
QMap<QString, QString> checksums(const ConnectionProfile& profile, const QString& since)
{
    Database db(profile, {}, QStringLiteral("test"));
    QMap<QString, QStringList> columns;
    QMap<QString, QStringList> clockColumns;
    QSqlQuery q
        = db.query(QStringLiteral("SELECT c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_DEFAULT FROM "
                                  "information_schema.COLUMNS c JOIN information_schema.TABLES t ON "
                                  "t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME WHERE "
                                  "c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE' AND "
                                  "c.TABLE_NAME NOT LIKE 'cutover%' ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION"));
    while (q.next()) {
        const QString table = q.value(0).toString();
        columns[table] << q.value(1).toString();
        if (q.value(2).toString().startsWith(QLatin1String("current_timestamp"), Qt::CaseInsensitive))
            clockColumns[table] << q.value(1).toString();
    }
    QMap<QString, QString> sums;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const QString& t = it.key();
        const QString quoted = Database::quoteIdentifier(t);
        // Magento 2's indexer triggers number change-log rows in the order of the writes, which parallel jobs
        // and resumed runs change: only which entities changed is compared.
        if (t.endsWith(QLatin1String("_cl"))) {
            sums.insert(t,
                db.scalar(QStringLiteral("SELECT MD5(GROUP_CONCAT(DISTINCT entity_id ORDER BY entity_id)) FROM %1")
                              .arg(quoted))
                    .toString());
            continue;
        }
        // A destination column the migration does not write and the server fills with the time of the write
        // (sales_invoice_comment.updated_at) differs between any two runs: it is left out when every value in
        // it is from the runs.
        static const QStringList surrogateKeys { QStringLiteral("eav_entity_attribute.entity_attribute_id"),
            QStringLiteral("catalog_category_product.entity_id"),
            QStringLiteral("catalog_product_entity_media_gallery_value.record_id") };
        QStringList parts;
        bool clock = false;
        for (const QString& column : it.value()) {
            // Surrogate keys nothing refers to, which Magento 2 numbers itself (Magento 1 has no such column, or
            // its rows are new): a batch killed mid-transaction used up AUTO_INCREMENT values that InnoDB does
            // not give back, so the resumed run's rows number on.
            if (surrogateKeys.contains(t + QLatin1Char('.') + column)) {
                clock = true; // summed over the other columns below
                continue;
            }
            const QString c = Database::quoteIdentifier(column);
            if (clockColumns.value(t).contains(column)
                && db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NULL OR %2 < %3")
                                 .arg(quoted, c, Database::quoteString(since)))
                        .toLongLong()
                    == 0) {
                clock = true;
                continue;
            }
            parts << QStringLiteral("IFNULL(HEX(%1), 'NULL')").arg(c);
        }
        const QString count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted)).toString();
        if (clock) {
            sums.insert(t,
                db.scalar(QStringLiteral("SELECT SUM(CRC32(CONCAT_WS('|', %1))) FROM %2")
                              .arg(parts.join(QLatin1String(", ")), quoted))
                        .toString()
                    + QLatin1Char('/') + count);
            continue;
        }
        QSqlQuery c = db.query(QStringLiteral("CHECKSUM TABLE %1").arg(quoted));
        if (c.next())
            sums.insert(t, c.value(1).toString() + QLatin1Char('/') + count);
    }
    return sums;
}

QStringList differences(const QMap<QString, QString>& a, const QMap<QString, QString>& b)
{
    QStringList tables;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (b.value(it.key()) != it.value())
            tables << QStringLiteral("%1 (%2 vs %3)").arg(it.key(), it.value(), b.value(it.key()));
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            tables << it.key();
    }
    return tables;
}

// A few rows of `table` that one database has and the other has not, both ways: what a failed comparison shows.
QString rowDifferences(const ConnectionProfile& a, const ConnectionProfile& b, const QString& table)
{
    Database db(a, {}, QStringLiteral("test"));
    QString text;
    for (const auto& [from, to] : { std::pair { a.database, b.database }, std::pair { b.database, a.database } }) {
        QSqlQuery q = db.query(
            QStringLiteral("SELECT * FROM %1.%3 EXCEPT SELECT * FROM %2.%3 LIMIT 3")
                .arg(Database::quoteIdentifier(from), Database::quoteIdentifier(to), Database::quoteIdentifier(table)));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString().left(40));
            text += QStringLiteral("\n  only in %1.%2: %3").arg(from, table, values.join(QLatin1Char('|')));
        }
    }
    return text;
}

qint64 committedRows(const ConnectionProfile& destination)
{
    try {
        Database db(destination, {}, QStringLiteral("poll"));
        return db.scalar(QStringLiteral("SELECT COALESCE(SUM(`rows`), 0) FROM cutover_progress")).toLongLong();
    } catch (const Error&) {
        return 0; // the ledger is not there yet
    }
}

} // namespace

// cutover-cli migrate and verify as a script runs them, on the 1.9.1.1 dump with a generated store.
class TestMigrateCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void helpNamesTheDefaultConfiguration();
    void migrateAndVerifyWithJson();
    void killedAtSeveralPointsEqualsAnUninterruptedRun();
    void projectFileAndInstalledCaptureWithoutWarning();
    void storeInUseNeedsItsName();

private:
    QString url(const ConnectionProfile& profile) const { return profile.toUrl(); }

    ConnectionProfile m_source;
};

void TestMigrateCli::initTestCase()
{
    m_source = TestServer::instance().magento1(QStringLiteral("mcli_m1"));
    GeneratorOptions options;
    options.products = 300;
    options.customers = 300;
    options.orders = 2000;
    options.seed = 5;
    QElapsedTimer timer;
    timer.start();
    StoreGenerator::run(m_source, {}, options);
    qInfo("generated the store in %.1f s", timer.elapsed() / 1000.0);
}

void TestMigrateCli::usageErrors_data()
{
    const QString source = TestServer::instance().server().rootProfile(QStringLiteral("mcli_m1")).toUrl();
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("migrate without mode")
        << QStringList { "migrate", "--source", source, "--dest", source } << "settings|data";
    QTest::addRow("migrate without dest") << QStringList { "migrate", "data", "--source", source } << "--dest";
    QTest::addRow("migrate project and urls")
        << QStringList { "migrate", "data", "--project", "/nonexistent/x.cutover", "--source", source } << "not both";
    QTest::addRow("migrate missing project")
        << QStringList { "migrate", "data", "--project", "/nonexistent/x.cutover" } << "/nonexistent/x.cutover";
    QTest::addRow("migrate missing config") << QStringList { "migrate", "data", "--source", source, "--dest", source,
        "--config", "/nonexistent/c.xml" } << "/nonexistent/c.xml";
    QTest::addRow("verify unknown mode") << QStringList { "verify", "everything", "--source", source, "--dest", source }
                                         << "settings|data|all";
    QTest::addRow("verify without source") << QStringList { "verify", "--dest", source } << "--source";
    QTest::addRow("verify bad jobs") << QStringList { "verify", "--source", source, "--dest", source, "--jobs", "0" }
                                     << "--jobs";
    QTest::addRow("migrate bad url clash") << QStringList { "migrate", "data", "--source", source, "--dest", source,
        "--url-clash", "newest" } << "--url-clash takes rename or keep-first, not \"newest\"";
    QTest::addRow("verify bad url clash")
        << QStringList { "verify", "--source", source, "--dest", source, "--url-clash", "x" } << "--url-clash";
    QTest::addRow("migrate unknown area") << QStringList { "migrate", "data", "--source", source, "--dest", source,
        "--leave-out", "logs,quotes" } << "\"quotes\" is not an area that can be left out";
    QTest::addRow("verify bad old-quotes date")
        << QStringList { "verify", "--source", source, "--dest", source, "--leave-out", "old-quotes",
               "--old-quotes-before", "last month" }
        << "--old-quotes-before takes an ISO 8601 date";
    QTest::addRow("delta logs both ways") << QStringList { "delta", "install", "--source", source, "--leave-out",
        "logs", "--with-logs" } << "give one of them";
}

void TestMigrateCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(fragment), qPrintable(describe(run)));
}

void TestMigrateCli::helpNamesTheDefaultConfiguration()
{
    for (const char* command : { "migrate", "verify" }) {
        const Run run = runCli({ QLatin1String(command), QStringLiteral("--help") });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("CUTOVER_DMT_CONFIG")), qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("--project")), qPrintable(describe(run)));
    }
}

void TestMigrateCli::migrateAndVerifyWithJson()
{
    const auto destination = TestServer::instance().magento2(QStringLiteral("mcli_json_m2"));
    // The stores' root folders with their encryption keys, as Magento keeps them: payments are carried then.
    QTemporaryDir roots;
    QDir(roots.path()).mkpath(QStringLiteral("m1/app/etc"));
    QDir(roots.path()).mkpath(QStringLiteral("m2/app/etc"));
    for (const auto& [file, text] : { std::pair { "m1/app/etc/local.xml",
                                          "<config><global><crypt><key><![CDATA[0123456789abcdef0123456789abcdef]]>"
                                          "</key></crypt></global></config>\n" },
             std::pair { "m2/app/etc/env.php",
                 "<?php\nreturn [\n    'crypt' => [\n        'key' => 'fedcba9876543210fedcba9876543210'\n    "
                 "],\n];\n" } }) {
        QFile out(roots.filePath(QLatin1String(file)));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
    }
    const QStringList databases { QStringLiteral("--source"), url(m_source), QStringLiteral("--dest"), url(destination),
        QStringLiteral("--m1-root"), roots.filePath(QStringLiteral("m1")), QStringLiteral("--m2-root"),
        roots.filePath(QStringLiteral("m2")) };

    Run run = runCli(QStringList { "migrate", "settings", "--json" } + databases);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    // Settings do not copy rows that change while the store runs: no capture warning there.
    QVERIFY2(!run.err.contains(QStringLiteral("change capture")), qPrintable(describe(run)));

    run = runCli(QStringList { "migrate", "data", "--json", "--jobs", "2" } + databases);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("change capture is not installed")), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("will not be carried over")), qPrintable(describe(run)));
    QJsonObject report = parse(run);
    QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
    const QJsonArray warnings = report.value(QStringLiteral("warnings")).toArray();
    QVERIFY2(warnings.size() == 1 && warnings.first().toString().contains(QStringLiteral("delta install")),
        qPrintable(describe(run)));
    QVERIFY(sumOver(report, QStringLiteral("rowsWritten")) > 10'000);

    run = runCli(QStringList { "verify", "--json" } + databases);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QJsonObject verification = parse(run);
    QCOMPARE(verification.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(verification.value(QStringLiteral("mismatched")).toInt(), 0);
    QVERIFY(verification.value(QStringLiteral("matched")).toInt() >= 50);
    QJsonObject orders = tableOf(verification, QStringLiteral("sales_flat_order"));
    QCOMPARE(orders.value(QStringLiteral("status")).toString(), QStringLiteral("match"));
    QCOMPARE(orders.value(QStringLiteral("expectedRows")).toInteger(), 2000);
    // Payments go through the Encrypt handler with the keys from the roots: every one carried and verified.
    QJsonObject payments = tableOf(verification, QStringLiteral("sales_flat_order_payment"));
    QCOMPARE(payments.value(QStringLiteral("status")).toString(), QStringLiteral("match"));
    {
        Database src(m_source, {}, QStringLiteral("test"));
        Database dst(destination, {}, QStringLiteral("test"));
        const qint64 sourcePayments
            = src.scalar(QStringLiteral("SELECT COUNT(*) FROM sales_flat_order_payment")).toLongLong();
        QVERIFY(sourcePayments > 0);
        QCOMPARE(dst.scalar(QStringLiteral("SELECT COUNT(*) FROM sales_order_payment")).toLongLong(), sourcePayments);
    }

    // A row lost in the destination: exit code 1, and the key in the JSON and in the text.
    Database dst(destination, {}, QStringLiteral("test"));
    const qint64 lost = dst.scalar(QStringLiteral("SELECT MAX(entity_id) FROM sales_order")).toLongLong();
    // Without foreign key checks: Magento 2's cascades would take the order's items, addresses... with it.
    dst.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
    dst.exec(QStringLiteral("DELETE FROM sales_order WHERE entity_id = %1").arg(lost));
    run = runCli(QStringList { "verify", "data", "--json" } + databases);
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    verification = parse(run);
    QCOMPARE(verification.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    QCOMPARE(verification.value(QStringLiteral("mismatched")).toInt(), 1);
    orders = tableOf(verification, QStringLiteral("sales_flat_order"));
    QCOMPARE(orders.value(QStringLiteral("status")).toString(), QStringLiteral("mismatch"));
    QCOMPARE(orders.value(QStringLiteral("missing")).toInteger(), 1);
    const QJsonObject first = orders.value(QStringLiteral("mismatches")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("missing"));
    QCOMPARE(first.value(QStringLiteral("key")).toString(), QStringLiteral("entity_id=%1").arg(lost));

    run = runCli(QStringList { "verify", "data" } + databases);
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("missing in the destination: entity_id=%1").arg(lost)),
        qPrintable(describe(run)));
}

// The migration process is SIGKILLed at about 20%, 50% and 80% of its rows, resumed each time, and the
// destination then equals an uninterrupted run into another database, table by table.
void TestMigrateCli::killedAtSeveralPointsEqualsAnUninterruptedRun()
{
    auto& server = TestServer::instance();
    const auto reference = server.magento2(QStringLiteral("mcli_ref_m2"));
    const auto killed = server.magento2(QStringLiteral("mcli_kill_m2"));

    const QString since = Database(reference, {}, QStringLiteral("test"))
                              .scalar(QStringLiteral("SELECT CAST(NOW() AS CHAR)"))
                              .toString();
    QElapsedTimer timer;
    timer.start();
    Run run
        = runCli({ "migrate", "data", "--json", "--jobs", "2", "--source", url(m_source), "--dest", url(reference) });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject referenceReport = parse(run);
    const qint64 total = sumOver(referenceReport, QStringLiteral("rowsRead"));
    qInfo("uninterrupted run: %lld rows in %.1f s", total, timer.elapsed() / 1000.0);
    QVERIFY(total > 10'000);

    const QStringList arguments { "migrate", "data", "--jobs", "2", "--source", url(m_source), "--dest", url(killed) };
    for (const double fraction : { 0.2, 0.5, 0.8 }) {
        QProcess child;
        child.setProcessEnvironment(cliEnvironment());
        child.setStandardInputFile(QProcess::nullDevice());
        child.start(QStringLiteral(CUTOVER_CLI_PATH), arguments);
        QVERIFY(child.waitForStarted());
        qint64 committed = 0;
        while (child.state() == QProcess::Running && committed < qint64(fraction * total)) {
            QThread::msleep(5);
            committed = committedRows(killed);
        }
        QVERIFY2(child.state() == QProcess::Running,
            qPrintable(QStringLiteral("the migration ended before %1% of its rows (%2 of %3): the store is too small "
                                      "for this machine")
                           .arg(fraction * 100)
                           .arg(committed)
                           .arg(total)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(30'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        qInfo("killed at %lld of %lld rows", committedRows(killed), total);
    }

    run = runCli(
        { "migrate", "data", "--json", "--verify", "--jobs", "2", "--source", url(m_source), "--dest", url(killed) });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject resumed = parse(run);
    QCOMPARE(resumed.value(QStringLiteral("verification")).toObject().value(QStringLiteral("outcome")).toString(),
        QStringLiteral("succeeded"));
    // The steps whose tables are copied batch by batch resume at their last committed batch; the set-based work of
    // the others (EAV metadata, grids, sequences, CMS rewrites) is small and done again in one transaction.
    const QStringList batched { QStringLiteral("catalog"), QStringLiteral("customers"), QStringLiteral("map") };
    const qint64 batchedTotal = sumOver(referenceReport, QStringLiteral("rowsRead"), batched);
    QVERIFY2(sumOver(resumed, QStringLiteral("rowsResumed"), batched) >= qint64(0.7 * batchedTotal),
        qPrintable(describe(run)));
    QVERIFY(sumOver(resumed, QStringLiteral("rowsWritten"), batched) < qint64(0.3 * batchedTotal) + 1);

    const QStringList changed = differences(checksums(killed, since), checksums(reference, since));
    QString detail = changed.join(QLatin1Char('\n'));
    for (const QString& table : changed.mid(0, 3))
        detail += rowDifferences(killed, reference, table.section(QLatin1Char(' '), 0, 0));
    QVERIFY2(changed.isEmpty(), qPrintable(detail));
    run = runCli({ "verify", "data", "--source", url(m_source), "--dest", url(killed) });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
}

void TestMigrateCli::projectFileAndInstalledCaptureWithoutWarning()
{
    const auto destination = TestServer::instance().magento2(QStringLiteral("mcli_project_m2"));
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("shop.cutover"));
    Project project;
    project.name = QStringLiteral("Shop");
    project.source = m_source;
    project.destination = destination;
    project.ensureId();
    project.save(file);

    Run run = runCli({ "delta", "install", "--yes", "--source", url(m_source) });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

    run = runCli({ "migrate", "data", "--project", file });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(!run.err.contains(QStringLiteral("change capture")), qPrintable(describe(run)));
    run = runCli({ "verify", "data", "--project", file });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("Verified")), qPrintable(describe(run)));

    const Project saved = Project::load(file);
    QCOMPARE(saved.progress.runs.size(), 2);
    QCOMPARE(saved.progress.runs.at(0).command, QStringLiteral("migrate data"));
    QCOMPARE(saved.progress.runs.at(1).command, QStringLiteral("verify data"));
    QVERIFY(saved.progress.runs.at(1).outcome == RunOutcome::Succeeded);

    run = runCli({ "delta", "remove", "--yes", "--source", url(m_source) });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
}

// A destination with orders Cutover did not write is a store in use: nothing is written to it until the user gives
// its database name, and the report says what was replaced.
void TestMigrateCli::storeInUseNeedsItsName()
{
    const auto destination = TestServer::instance().magento2(QStringLiteral("mcli_inuse_m2"));
    Database db(destination, {}, QStringLiteral("test"));
    db.exec(QStringLiteral("INSERT INTO sales_order (state, status, increment_id) VALUES ('new', 'pending', 'M2-1')"));
    const QStringList arguments { "migrate", "settings", "--json", "--source", url(m_source), "--dest",
        url(destination) };

    Run run = runCli(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("1 order")), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("--replace-store mcli_inuse_m2")), qPrintable(describe(run)));
    QVERIFY(CopyLedger::writtenTables(db).isEmpty());

    run = runCli(arguments + QStringList { "--replace-store", "mcli_other" });
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(parse(run).value(QStringLiteral("message")).toString().contains(QStringLiteral("mcli_other")),
        qPrintable(describe(run)));
    QVERIFY(CopyLedger::writtenTables(db).isEmpty());

    run = runCli(arguments + QStringList { "--replace-store", "mcli_inuse_m2" });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonArray warnings = parse(run).value(QStringLiteral("warnings")).toArray();
    QVERIFY2(QJsonDocument(warnings).toJson().contains("you confirmed replacing it"), qPrintable(describe(run)));
    QVERIFY(!CopyLedger::writtenTables(db).isEmpty());

    // Once Cutover has written the orders table, its rows (Magento 1's ids) do not ask again on a rerun...
    CopyLedger::startJob(
        db, QStringLiteral("test/sales_order"), QStringLiteral("sales_order"), CopyLedger::Existing::Keep);
    run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    // ...but an order Magento 2 took itself (an id beyond Magento 1's), as after go-live, makes it a store in use.
    db.exec(QStringLiteral("INSERT INTO sales_order (entity_id, state, status, increment_id) VALUES (1000000, 'new', "
                           "'pending', 'M2-2')"));
    run = runCli(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("1 order")), qPrintable(describe(run)));
}

QTEST_GUILESS_MAIN(TestMigrateCli)

#include "tst_migratecli.moc"
