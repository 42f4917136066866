#include "copy/copyledger.h"
#include "copy/runcontrol.h"
#include "copy/tablecopier.h"
#include "db/database.h"
#include "error.h"
#include "schema/tableinfo.h"
#include "copysupport.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

#include <csignal>

using namespace cutover;
using namespace cutover::test;

namespace {

// Every row as hex of every column, in key order: a byte-for-byte comparison that NULL and '' cannot fool.
QStringList dumpRows(const ConnectionProfile& profile, const QString& table)
{
    Database db(profile, {}, QStringLiteral("test"));
    const TableInfo info = tableInfo(profile, table);
    QStringList parts;
    for (const ColumnInfo& c : info.columns)
        parts << QStringLiteral("IFNULL(HEX(%1), 'NULL')").arg(Database::quoteIdentifier(c.name));
    QSqlQuery q = db.query(QStringLiteral("SELECT CONCAT_WS('|', %1) r FROM %2 ORDER BY r")
                               .arg(parts.join(QLatin1String(", ")), db.table(table)));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

qint64 count(const ConnectionProfile& profile, const QString& table)
{
    Database db(profile, {}, QStringLiteral("test"));
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(db.table(table))).toLongLong();
}

const char* wideTable = "CREATE TABLE wide (id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, sku VARCHAR(64) NOT "
                        "NULL, name VARCHAR(255), description TEXT, price DECIMAL(12,4), qty DECIMAL(12,4), "
                        "created_at DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00', updated_at TIMESTAMP NULL, "
                        "payload VARBINARY(64), flags TINYINT, weight DOUBLE)";

void fillWide(const QString& database, int rows)
{
    // A recursive CTE makes the rows on the server: quicker than sending them.
    sql(QStringLiteral("INSERT INTO wide (sku, name, description, "
                       "price, qty, created_at, updated_at, payload, flags, weight) WITH RECURSIVE n(i) AS (SELECT 1 "
                       "UNION ALL SELECT i + 1 FROM n WHERE i < %1) SELECT CONCAT('SKU-', i), CONCAT('Product ', i, "
                       "' \\'quoted\\' \\\\ back'), IF(i % 7 = 0, NULL, REPEAT(CONCAT('Lorem ipsum ', i, ' '), 10)), "
                       "i * 1.2345, i % 100, IF(i % 11 = 0, '0000-00-00 00:00:00', '2020-01-02 03:04:05'), "
                       "IF(i % 5 = 0, NULL, '2021-06-07 08:09:10'), UNHEX(MD5(i)), i % 3, i / 3 FROM n")
            .arg(rows),
        database);
}

} // namespace

class TestCopy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compositeKeyNullsZeroDatesAndBytes();
    void tablesWithoutPrimaryKey_data();
    void tablesWithoutPrimaryKey();
    void nonUtf8BytesOfThePrefixedDump_data();
    void nonUtf8BytesOfThePrefixedDump();
    void interruptedBatchRollsBackAndResumes();
    void killedProcessResumesExactly();
    void resetRemovesExactlyWhatWasWritten();
    void cancelAndPauseBetweenBatches();
    void keepModeUpserts();
    void throughput();
};

void TestCopy::compositeKeyNullsZeroDatesAndBytes()
{
    auto& server = TestServer::instance();
    const auto src = server.emptyDatabase(QStringLiteral("engine_ck_src"));
    const auto dst = server.emptyDatabase(QStringLiteral("engine_ck_dst"));
    const QString ddl = QStringLiteral(
        "CREATE TABLE ck (store_id SMALLINT NOT NULL, code VARCHAR(32) NOT NULL, value TEXT NULL, "
        "created DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00', day DATE NULL, raw BLOB NULL, amount DECIMAL(12,4), "
        "PRIMARY KEY (store_id, code))");
    sql(ddl, src.database);
    sql(ddl, dst.database);
    // 3 stores x 700 codes, with NULLs, zero dates, quotes, backslashes, NUL bytes and invalid UTF-8 in the BLOB.
    sql(QStringLiteral(
            "INSERT INTO ck WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 2099) "
            "SELECT i % 3, CONCAT('code-', LPAD(i DIV 3, 4, '0'), IF(i % 2, 'a', 'B')), "
            "IF(i % 4 = 0, NULL, CONCAT('it''s \\\\ ', i, ' ü € \\n')), "
            "IF(i % 5 = 0, '0000-00-00 00:00:00', '2019-12-31 23:59:59'), IF(i % 6 = 0, NULL, '2020-02-29'), "
            "IF(i % 3 = 0, NULL, CONCAT(UNHEX('00FF80C3'), i)), i / 7 FROM n"),
        src.database);

    TableCopier::Options options;
    options.firstBatchRows = 100;
    options.batchBytes = 1; // the smallest batches (100 rows): many batches, many resume points
    TableCopier copier({ src, {} }, { dst, {} }, options);
    CopyJob job = identityJob(src, dst, QStringLiteral("ck"));
    job.allowDirect = false;
    RunControl control;
    int batches = 0;
    const TableReport report = copier.run(job, control, [&](qint64 n) { batches += n > 0; });
    QCOMPARE(outcomeName(report.outcome), outcomeName(Outcome::Succeeded));
    QCOMPARE(report.rowsRead, 2100);
    QCOMPARE(report.rowsWritten, 2100);
    QCOMPARE(batches, 21);
    QCOMPARE(dumpRows(dst, QStringLiteral("ck")), dumpRows(src, QStringLiteral("ck")));

    // A second run finds the job done and writes nothing.
    const TableReport again = copier.run(job, control);
    QCOMPARE(again.rowsWritten, 0);
    QCOMPARE(again.rowsResumed, 2100);
    QCOMPARE(count(dst, QStringLiteral("ck")), 2100);
}

void TestCopy::tablesWithoutPrimaryKey_data()
{
    QTest::addColumn<QString>("ddl");
    QTest::addColumn<bool>("warns");
    QTest::addRow("unique key over NOT NULL columns")
        << QStringLiteral("CREATE TABLE nk (a INT NOT NULL, b VARCHAR(10) NOT NULL, v TEXT, UNIQUE KEY u (a, b))")
        << false;
    QTest::addRow("nullable unique key only")
        << QStringLiteral("CREATE TABLE nk (a INT NULL, b VARCHAR(10) NOT NULL, v TEXT, UNIQUE KEY u (a))") << true;
    QTest::addRow("no key at all") << QStringLiteral("CREATE TABLE nk (a INT NULL, b VARCHAR(10) NOT NULL, v TEXT)")
                                   << true;
}

void TestCopy::tablesWithoutPrimaryKey()
{
    QFETCH(QString, ddl);
    QFETCH(bool, warns);
    auto& server = TestServer::instance();
    const auto src = server.emptyDatabase(QStringLiteral("engine_nk_src"));
    const auto dst = server.emptyDatabase(QStringLiteral("engine_nk_dst"));
    sql(ddl, src.database);
    sql(ddl, dst.database);
    sql(QStringLiteral("INSERT INTO nk WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                       "i < 1500) SELECT i, CONCAT('b', i % 10), IF(i % 9 = 0, NULL, REPEAT('x', i % 50)) FROM n"),
        src.database);
    TableCopier::Options options;
    options.firstBatchRows = 100;
    options.batchBytes = 1;
    TableCopier copier({ src, {} }, { dst, {} }, options);
    CopyJob job = identityJob(src, dst, QStringLiteral("nk"));
    job.allowDirect = false;
    RunControl control;
    const TableReport report = copier.run(job, control);
    QCOMPARE(outcomeName(report.outcome), outcomeName(Outcome::Succeeded));
    QCOMPARE(report.rowsWritten, 1500);
    QCOMPARE(report.warningCount > 0, warns);
    if (warns)
        QVERIFY2(report.warnings.first().contains(QLatin1String("nk")), qPrintable(report.warnings.first()));
    QCOMPARE(dumpRows(dst, QStringLiteral("nk")), dumpRows(src, QStringLiteral("nk")));
}

void TestCopy::nonUtf8BytesOfThePrefixedDump_data()
{
    QTest::addColumn<bool>("direct");
    QTest::addRow("through Cutover") << false;
    QTest::addRow("direct INSERT ... SELECT") << true;
}

void TestCopy::nonUtf8BytesOfThePrefixedDump()
{
    QFETCH(bool, direct);
    auto& server = TestServer::instance();
    static ConnectionProfile src;
    if (src.database.isEmpty())
        src = server.magento1Prefixed(QStringLiteral("engine_m1p"));
    auto dst = server.emptyDatabase(QStringLiteral("engine_m1p_dst"));
    dst.tablePrefix = src.tablePrefix;
    const QStringList tables { QStringLiteral("log_visitor_info"), QStringLiteral("core_config_data"),
        QStringLiteral("catalog_product_entity_varchar"), QStringLiteral("core_url_rewrite"),
        QStringLiteral("sales_flat_quote") };
    for (const QString& t : tables)
        sql(QStringLiteral("CREATE TABLE `magev1_%1` LIKE `%2`.`magev1_%1`").arg(t, src.database), dst.database);
    // The fixture really has bytes that are not UTF-8: the test means something only if they are there.
    QVERIFY(dumpRows(src, QStringLiteral("log_visitor_info")).join(QString()).contains(QLatin1String("C35F")));
    for (const QString& t : tables) {
        TableCopier copier({ src, {} }, { dst, {} });
        CopyJob job = identityJob(src, dst, t);
        job.allowDirect = direct;
        RunControl control;
        const TableReport report = copier.run(job, control);
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(t + QLatin1String(": ") + report.reason));
        QCOMPARE(report.reason.contains(QLatin1String("direct")), direct);
        QCOMPARE(report.rowsWritten, count(src, t));
        QCOMPARE(dumpRows(dst, t), dumpRows(src, t));
    }
}

void TestCopy::interruptedBatchRollsBackAndResumes()
{
    auto& server = TestServer::instance();
    const auto src = server.emptyDatabase(QStringLiteral("engine_int_src"));
    const auto dst = server.emptyDatabase(QStringLiteral("engine_int_dst"));
    sql(QString::fromLatin1(wideTable), src.database);
    sql(QString::fromLatin1(wideTable), dst.database);
    fillWide(src.database, 5000);
    TableCopier::Options options;
    options.firstBatchRows = 100;
    options.batchBytes = 1;
    options.stopAfterBatches = 7; // the 7th batch is written, then fails before its commit
    CopyJob job = identityJob(src, dst, QStringLiteral("wide"));
    job.allowDirect = false;
    RunControl control;
    const TableReport failed = TableCopier({ src, {} }, { dst, {} }, options).run(job, control);
    QCOMPARE(outcomeName(failed.outcome), outcomeName(Outcome::Failed));
    QVERIFY2(failed.reason.contains(QLatin1String("wide")), qPrintable(failed.reason));
    QCOMPARE(count(dst, QStringLiteral("wide")), 600);

    options.stopAfterBatches = 0;
    const TableReport resumed = TableCopier({ src, {} }, { dst, {} }, options).run(job, control);
    QCOMPARE(outcomeName(resumed.outcome), outcomeName(Outcome::Succeeded));
    QCOMPARE(resumed.rowsResumed, 600);
    QCOMPARE(resumed.rowsWritten, 4400);
    QCOMPARE(dumpRows(dst, QStringLiteral("wide")), dumpRows(src, QStringLiteral("wide")));
}

// The child copies with small batches and prints a line per committed batch; the parent kills it with SIGKILL
// after a few, resumes the copy and compares the table with the source.
void TestCopy::killedProcessResumesExactly()
{
    auto& server = TestServer::instance();
    const auto src = server.emptyDatabase(QStringLiteral("engine_kill_src"));
    const auto dst = server.emptyDatabase(QStringLiteral("engine_kill_dst"));
    sql(QString::fromLatin1(wideTable), src.database);
    sql(QString::fromLatin1(wideTable), dst.database);
    fillWide(src.database, 30000);

    QProcess child;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUTOVER_COPY_CHILD"), server.server().socketPath());
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    int batches = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            while (child.canReadLine()) {
                if (child.readLine().startsWith("BATCH"))
                    ++batches;
            }
            return batches >= 5;
        }(),
        60'000);
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10'000));
    const qint64 partial = count(dst, QStringLiteral("wide"));
    QVERIFY2(partial >= 500 && partial < 30000, qPrintable(QString::number(partial)));
    QCOMPARE(partial % 100, 0); // whole batches only

    CopyJob job = identityJob(src, dst, QStringLiteral("wide"));
    job.allowDirect = false;
    RunControl control;
    const TableReport resumed = TableCopier({ src, {} }, { dst, {} }).run(job, control);
    QCOMPARE(outcomeName(resumed.outcome), outcomeName(Outcome::Succeeded));
    QCOMPARE(resumed.rowsResumed, partial);
    QCOMPARE(resumed.rowsWritten, 30000 - partial);
    QCOMPARE(dumpRows(dst, QStringLiteral("wide")), dumpRows(src, QStringLiteral("wide")));
}

void TestCopy::resetRemovesExactlyWhatWasWritten()
{
    auto& server = TestServer::instance();
    const auto src = server.emptyDatabase(QStringLiteral("engine_reset_src"));
    const auto dst = server.emptyDatabase(QStringLiteral("engine_reset_dst"));
    for (const auto& db : { src.database, dst.database }) {
        sql(QString::fromLatin1(wideTable), db);
        sql(QStringLiteral("CREATE TABLE other (id INT PRIMARY KEY, v VARCHAR(10))"), db);
    }
    fillWide(src.database, 2000);
    sql(QStringLiteral("INSERT INTO other VALUES (1, 'src')"), src.database);
    // Rows the destination had before: some collide with the source's ids, one table is never touched.
    fillWide(dst.database, 3);
    sql(QStringLiteral("UPDATE wide SET sku = CONCAT('M2-', id); INSERT INTO other VALUES (7, 'dest')"), dst.database);
    const QStringList wideBefore = dumpRows(dst, QStringLiteral("wide"));
    const QStringList otherBefore = dumpRows(dst, QStringLiteral("other"));

    RunControl control;
    CopyJob job = identityJob(src, dst, QStringLiteral("wide"));
    QCOMPARE(TableCopier({ src, {} }, { dst, {} }).run(job, control).rowsWritten, 2000);
    QCOMPARE(dumpRows(dst, QStringLiteral("wide")), dumpRows(src, QStringLiteral("wide")));

    Database db(dst, {}, QStringLiteral("test"));
    QCOMPARE(CopyLedger::writtenTables(db), QStringList { QStringLiteral("wide") });
    QCOMPARE(CopyLedger::reset(db), QStringList { QStringLiteral("wide") });
    QCOMPARE(dumpRows(dst, QStringLiteral("wide")), wideBefore);
    QCOMPARE(dumpRows(dst, QStringLiteral("other")), otherBefore);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                      "AND TABLE_NAME LIKE 'cutover%'"))
                 .toInt(),
        0);

    // After a reset, a rerun starts clean: no duplicate key, the same result.
    QCOMPARE(TableCopier({ src, {} }, { dst, {} }).run(job, control).rowsWritten, 2000);
    QCOMPARE(dumpRows(dst, QStringLiteral("wide")), dumpRows(src, QStringLiteral("wide")));
}

void TestCopy::cancelAndPauseBetweenBatches()
{
    auto& server = TestServer::instance();
    const auto src = server.emptyDatabase(QStringLiteral("engine_pause_src"));
    const auto dst = server.emptyDatabase(QStringLiteral("engine_pause_dst"));
    sql(QString::fromLatin1(wideTable), src.database);
    sql(QString::fromLatin1(wideTable), dst.database);
    fillWide(src.database, 3000);
    TableCopier::Options options;
    options.firstBatchRows = 100;
    options.batchBytes = 1;
    CopyJob job = identityJob(src, dst, QStringLiteral("wide"));
    job.allowDirect = false;

    RunControl control;
    control.pause();
    std::atomic<qint64> rows { 0 };
    QFuture<TableReport> future = QtConcurrent::run([&] {
        return TableCopier({ src, {} }, { dst, {} }, options).run(job, control, [&](qint64 n) {
            rows += n;
            // Cancel in the middle: the batches already committed stay, the rest never starts.
            if (rows == 1000)
                control.cancel();
        });
    });
    QTest::qWait(500);
    QCOMPARE(rows.load(), 0); // paused before the first batch
    control.resume();
    future.waitForFinished();
    const TableReport report = future.result();
    QCOMPARE(outcomeName(report.outcome), outcomeName(Outcome::Cancelled));
    QCOMPARE(count(dst, QStringLiteral("wide")), 1000);

    RunControl again;
    const TableReport resumed = TableCopier({ src, {} }, { dst, {} }, options).run(job, again);
    QCOMPARE(outcomeName(resumed.outcome), outcomeName(Outcome::Succeeded));
    QCOMPARE(resumed.rowsWritten, 2000);
    QCOMPARE(dumpRows(dst, QStringLiteral("wide")), dumpRows(src, QStringLiteral("wide")));
}

void TestCopy::keepModeUpserts()
{
    auto& server = TestServer::instance();
    const auto src = server.emptyDatabase(QStringLiteral("engine_keep_src"));
    const auto dst = server.emptyDatabase(QStringLiteral("engine_keep_dst"));
    for (const auto& db : { src.database, dst.database })
        sql(QStringLiteral("CREATE TABLE kv (id INT PRIMARY KEY, v VARCHAR(10))"), db);
    sql(QStringLiteral("INSERT INTO kv VALUES (1, 'a'), (2, 'b')"), src.database);
    sql(QStringLiteral("INSERT INTO kv VALUES (2, 'old'), (3, 'kept')"), dst.database);
    CopyJob job = identityJob(src, dst, QStringLiteral("kv"));
    job.existing = CopyLedger::Existing::Keep;
    job.allowDirect = false;
    RunControl control;
    QCOMPARE(
        outcomeName(TableCopier({ src, {} }, { dst, {} }).run(job, control).outcome), outcomeName(Outcome::Succeeded));
    Database db(dst, {}, QStringLiteral("test"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT GROUP_CONCAT(CONCAT(id, v) ORDER BY id) FROM kv")).toString(),
        QStringLiteral("1a,2b,3kept"));
    CopyLedger::reset(db);
    QCOMPARE(db.scalar(QStringLiteral("SELECT GROUP_CONCAT(CONCAT(id, v) ORDER BY id) FROM kv")).toString(),
        QStringLiteral("2old,3kept"));
}

void TestCopy::throughput()
{
    auto& server = TestServer::instance();
    const auto src = server.emptyDatabase(QStringLiteral("engine_tp_src"));
    const auto dst = server.emptyDatabase(QStringLiteral("engine_tp_dst"));
    sql(QString::fromLatin1(wideTable), src.database);
    sql(QString::fromLatin1(wideTable), dst.database);
    const int rows = qEnvironmentVariableIntValue("CUTOVER_THROUGHPUT_ROWS") > 0
        ? qEnvironmentVariableIntValue("CUTOVER_THROUGHPUT_ROWS")
        : 50'000;
    fillWide(src.database, rows);
    for (bool direct : { false, true }) {
        CopyJob job = identityJob(src, dst, QStringLiteral("wide"));
        job.job += direct ? QStringLiteral("/direct") : QStringLiteral("/socket");
        job.allowDirect = direct;
        RunControl control;
        Database db(dst, {}, QStringLiteral("test"));
        CopyLedger::reset(db);
        QElapsedTimer timer;
        timer.start();
        const TableReport report = TableCopier({ src, {} }, { dst, {} }).run(job, control);
        const double seconds = timer.elapsed() / 1000.0;
        QCOMPARE(report.rowsWritten, rows);
        qInfo("%s: %d wide rows in %.2f s = %.0f rows/s", direct ? "direct INSERT...SELECT" : "copier over socket",
            rows, seconds, rows / seconds);
    }
    QCOMPARE(dumpRows(dst, QStringLiteral("wide")), dumpRows(src, QStringLiteral("wide")));
}

// With CUTOVER_COPY_CHILD set (to the parent's server socket), the binary copies engine_kill_src.wide slowly,
// printing a line per committed batch, until the parent kills it.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString childSocket = qEnvironmentVariable("CUTOVER_COPY_CHILD");
    if (!childSocket.isEmpty()) {
        ConnectionProfile src;
        src.user = QStringLiteral("root");
        src.socket = childSocket;
        src.database = QStringLiteral("engine_kill_src");
        ConnectionProfile dst = src;
        dst.database = QStringLiteral("engine_kill_dst");
        TableCopier::Options options;
        options.firstBatchRows = 100;
        options.batchBytes = 1;
        CopyJob job = identityJob(src, dst, QStringLiteral("wide"));
        job.allowDirect = false;
        RunControl control;
        TableCopier({ src, {} }, { dst, {} }, options).run(job, control, [](qint64) {
            std::printf("BATCH\n");
            std::fflush(stdout);
            QThread::msleep(30);
        });
        return 0;
    }
    TestCopy test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_copy.moc"
