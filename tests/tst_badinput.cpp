#include "copy/copyledger.h"
#include "copy/runcontrol.h"
#include "copy/tablecopier.h"
#include "db/database.h"
#include "engine/migrationrunner.h"
#include "engine/verifier.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "sandbox/localserver.h"
#include "schema/tableinfo.h"
#include "steps/steplist.h"
#include "copysupport.h"
#include "stepsupport.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <cmath>

using namespace cutover;
using namespace cutover::test;

namespace {

QVariant scalar(const ConnectionProfile& profile, const QString& query)
{
    Database db(profile, {}, QStringLiteral("test"));
    return db.scalar(query);
}

qint64 count(const ConnectionProfile& profile, const QString& table)
{
    Database db(profile, {}, QStringLiteral("test"));
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(db.table(table))).toLongLong();
}

void addAllSteps(MigrationRunner& runner)
{
    runner.setMode(QStringLiteral("data"));
    for (auto& step : migrationSteps(StepSet::Settings))
        runner.addStep(std::move(step));
    for (auto& step : migrationSteps(StepSet::Data))
        runner.addStep(std::move(step));
}

const TableReport* findTable(const RunReport& report, const QString& source)
{
    for (const StepReport& s : report.steps) {
        if (const TableReport* t = s.table(source))
            return t;
    }
    return nullptr;
}

QString allWarnings(const TableReport& t)
{
    return t.warnings.join(QLatin1Char('\n'));
}

qint64 changedRows(const TableReport& t)
{
    qint64 n = 0;
    for (qint64 v : t.changed)
        n += v;
    return n;
}

// Every destination table a run wrote, with its row count.
QMap<QString, qint64> writtenCounts(const RunReport& report, const ConnectionProfile& destination)
{
    QMap<QString, qint64> counts;
    Database db(destination, {}, QStringLiteral("test"));
    for (const StepReport& s : report.steps) {
        for (const TableReport& t : s.tables) {
            if (t.destinationTable.isEmpty() || counts.contains(t.destinationTable)
                || (t.rowsWritten == 0 && t.rowsResumed == 0))
                continue;
            // A report's destination name may stand for several tables (the per-store sequence_* tables).
            const QVariant n = db.scalar(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE "
                                                        "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %1")
                                             .arg(Database::quoteString(db.profile().table(t.destinationTable))));
            if (!n.isValid())
                continue;
            counts.insert(t.destinationTable,
                db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(db.table(t.destinationTable))).toLongLong());
        }
    }
    return counts;
}

// A table of 600 rows whose binary columns go to text columns of the destination (a store half way through the
// usual latin1-to-utf8 repair leaves its columns as VARBINARY/BLOB), with planted bytes.
const char* binarySource
    = "CREATE TABLE bt (id INT UNSIGNED NOT NULL PRIMARY KEY, name VARBINARY(255), body MEDIUMBLOB, "
      "label VARCHAR(64) CHARACTER SET utf8mb4, raw VARBINARY(16))";
const char* textDestination = "CREATE TABLE bt (id INT UNSIGNED NOT NULL PRIMARY KEY, name VARCHAR(255), body "
                              "MEDIUMTEXT, label VARCHAR(64), raw VARBINARY(16)) DEFAULT CHARSET=utf8mb4";

void fillBinarySource(const QString& database)
{
    sql(QStringLiteral("INSERT INTO bt WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
                       "SELECT i, CONCAT('Product ', i), REPEAT(CONCAT('Body ', i, ' '), 5), CONCAT('label ', i), "
                       "UNHEX(MD5(i)) FROM n;"
                       "UPDATE bt SET name = UNHEX('41E942') WHERE id = 7;" // a lone 0xE9 (Latin-1 e acute)
                       "UPDATE bt SET body = UNHEX('41E282') WHERE id = 50;" // a truncated 3-byte sequence
                       "UPDATE bt SET name = UNHEX('93486994') WHERE id = 123;" // Windows-1252 quotes
                       "UPDATE bt SET name = UNHEX('410042') WHERE id = 200;" // a NUL byte: valid UTF-8
                       "UPDATE bt SET name = UNHEX('41F09F988042'), label = CONVERT(UNHEX('78F09F9880') USING utf8mb4) "
                       "WHERE id = 300;"
                       "UPDATE bt SET raw = UNHEX('E9C35F00') WHERE id = 400;" // binary to binary: never touched
                       "UPDATE bt SET name = UNHEX('8142') WHERE id = 500;"), // 0x81: undefined in Windows-1252
        database);
}

QString hexOf(const ConnectionProfile& profile, const QString& table, const QString& column, const QString& where)
{
    Database db(profile, {}, QStringLiteral("test"));
    return db
        .scalar(QStringLiteral("SELECT HEX(%1) FROM %2 WHERE %3")
                    .arg(Database::quoteIdentifier(column), db.table(table), where))
        .toString();
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void repairRule_data();
    void repairRule();
    void copyRepairsBytesBoundForText_data();
    void copyRepairsBytesBoundForText();
    void textTheDestinationRefusesFailsLoudly_data();
    void textTheDestinationRefusesFailsLoudly();
    void valuesTheDestinationCutsAreCounted_data();
    void valuesTheDestinationCutsAreCounted();
    void nonUtf8RowsOfThePrefixedDump();
    void costOfTheCheck();
    void generatedStoreWithInvalidUtf8();
    void fullDestinationDisk();
    void destinationLostMidStep();

private:
    ConnectionProfile m_source; ///< the 1.9.1.1 dump with a generated store and planted bytes
    ConnectionProfile m_reference; ///< an uninterrupted migration of m_source
    RunReport m_referenceReport;
};

void TestBadInput::initTestCase()
{
    m_source = TestServer::instance().magento1(QStringLiteral("badinput_m1"));
    GeneratorOptions options;
    options.products = 150;
    options.customers = 120;
    options.orders = 600;
    options.seed = 4;
    QElapsedTimer timer;
    timer.start();
    StoreGenerator::run(m_source, {}, options);
    qInfo("generated the store in %.1f s", timer.elapsed() / 1000.0);
}

void TestBadInput::repairRule_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("repaired");
    QTest::addRow("ASCII") << QByteArray("plain text, long enough for the eight-byte path") << true
                           << QByteArray("plain text, long enough for the eight-byte path");
    QTest::addRow("lone 0xE9") << QByteArray::fromHex("41E942") << false << QByteArray::fromHex("41C3A942");
    QTest::addRow("truncated 3-byte sequence")
        << QByteArray::fromHex("41E282") << false << QByteArray::fromHex("41C3A2E2809A");
    QTest::addRow("Windows-1252 quotes and dash")
        << QByteArray::fromHex("9348699496") << false << QByteArray::fromHex("E2809C4869E2809DE28093");
    QTest::addRow("undefined in Windows-1252")
        << QByteArray::fromHex("8142") << false << QByteArray::fromHex("EFBFBD42");
    QTest::addRow("NUL byte") << QByteArray::fromHex("410042") << true << QByteArray::fromHex("410042");
    QTest::addRow("4-byte emoji") << QByteArray::fromHex("F09F9880") << true << QByteArray::fromHex("F09F9880");
    QTest::addRow("valid and invalid mixed")
        << QByteArray::fromHex("C3A9E9") << false << QByteArray::fromHex("C3A9C3A9");
    QTest::addRow("overlong slash") << QByteArray::fromHex("C0AF") << false << QByteArray::fromHex("C380C2AF");
    QTest::addRow("UTF-16 surrogate") << QByteArray::fromHex("EDA080") << false
                                      << QByteArray::fromHex("C3ADC2A0E282AC");
    QTest::addRow("above U+10FFFF") << QByteArray::fromHex("F4908080") << false
                                    << QByteArray::fromHex("C3B4EFBFBDE282ACE282AC");
    QTest::addRow("invalid after eight ASCII bytes")
        << QByteArray::fromHex("3031323334353637E9") << false << QByteArray::fromHex("3031323334353637C3A9");
}

void TestBadInput::repairRule()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    QFETCH(QByteArray, repaired);
    QCOMPARE(TableCopier::invalidUtf8At(input) < 0, valid);
    QCOMPARE(TableCopier::repairUtf8(input).toHex(), repaired.toHex());
    QCOMPARE(TableCopier::invalidUtf8At(repaired), -1);
    // The validator agrees with Qt's on every case.
    QCOMPARE(QByteArrayView(input).isValidUtf8(), valid);
    // Only bytes bound for a text column are repaired.
    ColumnInfo text;
    text.dataType = QStringLiteral("varchar");
    ColumnInfo blob;
    blob.dataType = QStringLiteral("blob");
    bool changed = false;
    QCOMPARE(TableCopier::valueForColumn(QVariant(input), blob, &changed).toByteArray(), input);
    QVERIFY(!changed);
    QCOMPARE(TableCopier::valueForColumn(QVariant(input), text, &changed).toByteArray().toHex(), repaired.toHex());
    QCOMPARE(changed, !valid);
}

void TestBadInput::copyRepairsBytesBoundForText_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("row by row") << QStringLiteral("rows");
    QTest::addRow("direct requested on the shared server") << QStringLiteral("direct");
    QTest::addRow("through a transform") << QStringLiteral("transform");
}

void TestBadInput::copyRepairsBytesBoundForText()
{
    QFETCH(QString, path);
    auto& server = TestServer::instance();
    const auto src = server.emptyDatabase(QStringLiteral("badinput_bt_src"));
    const auto dst = server.emptyDatabase(QStringLiteral("badinput_bt_dst"));
    sql(QString::fromLatin1(binarySource), src.database);
    sql(QString::fromLatin1(textDestination), dst.database);
    fillBinarySource(src.database);

    TableCopier::Options options;
    options.firstBatchRows = 100;
    options.batchBytes = 1;
    options.maxBatchRows = 100;
    CopyJob job = identityJob(src, dst, QStringLiteral("bt"));
    job.allowDirect = path == QLatin1String("direct");
    if (path == QLatin1String("transform")) {
        // A transform that carries the values as they are, as a handler that does not touch these columns.
        job.transform = [](const QVariantList& row, const QString&) {
            RowResult r;
            r.values = row;
            return r;
        };
    }
    RunControl control;
    QElapsedTimer timer;
    timer.start();
    const TableReport report = TableCopier({ src, {} }, { dst, {} }, options).run(job, control);
    qInfo("%s: copied in %lld ms", qPrintable(path), timer.elapsed());
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.reason));
    QCOMPARE(report.rowsWritten, 600);
    if (path == QLatin1String("direct")) // the server would have written '?': the copy goes through Cutover
        QVERIFY2(report.reason.contains(QLatin1String("through Cutover")), qPrintable(report.reason));

    // The destination's bytes: repaired by the stated rule, valid text unchanged, binary untouched.
    QCOMPARE(
        hexOf(dst, QStringLiteral("bt"), QStringLiteral("name"), QStringLiteral("id = 7")), QStringLiteral("41C3A942"));
    QCOMPARE(hexOf(dst, QStringLiteral("bt"), QStringLiteral("body"), QStringLiteral("id = 50")),
        QStringLiteral("41C3A2E2809A"));
    QCOMPARE(hexOf(dst, QStringLiteral("bt"), QStringLiteral("name"), QStringLiteral("id = 123")),
        QStringLiteral("E2809C4869E2809D"));
    QCOMPARE(hexOf(dst, QStringLiteral("bt"), QStringLiteral("name"), QStringLiteral("id = 500")),
        QStringLiteral("EFBFBD42"));
    QCOMPARE(
        hexOf(dst, QStringLiteral("bt"), QStringLiteral("name"), QStringLiteral("id = 200")), QStringLiteral("410042"));
    QCOMPARE(hexOf(dst, QStringLiteral("bt"), QStringLiteral("name"), QStringLiteral("id = 300")),
        QStringLiteral("41F09F988042"));
    QCOMPARE(hexOf(dst, QStringLiteral("bt"), QStringLiteral("label"), QStringLiteral("id = 300")),
        QStringLiteral("78F09F9880"));
    QCOMPARE(hexOf(dst, QStringLiteral("bt"), QStringLiteral("raw"), QStringLiteral("id = 400")),
        QStringLiteral("E9C35F00"));
    // Every other row byte for byte.
    QCOMPARE(scalar(dst,
                 QStringLiteral("SELECT COUNT(*) FROM bt d JOIN %1.bt s USING (id) WHERE s.id NOT IN (7, 50, 123, "
                                "500) AND HEX(d.name) <=> HEX(s.name) AND HEX(d.body) <=> HEX(s.body) AND "
                                "HEX(d.label) <=> HEX(s.label) AND HEX(d.raw) <=> HEX(s.raw)")
                     .arg(src.database))
                 .toLongLong(),
        596);

    // Counted and named: four rows changed, by table, column and key.
    QCOMPARE(report.rowsTransformed, 4);
    QCOMPARE(changedRows(report), 4);
    QCOMPARE(report.changed.size(), 2);
    for (auto it = report.changed.cbegin(); it != report.changed.cend(); ++it) {
        QVERIFY2(it.key().contains(QLatin1String("bt.name")) || it.key().contains(QLatin1String("bt.body")),
            qPrintable(it.key()));
        QVERIFY2(it.key().contains(QLatin1String("UTF-8")), qPrintable(it.key()));
        QCOMPARE(it.value(), it.key().contains(QLatin1String("bt.name")) ? 3 : 1);
    }
    const QString warnings = allWarnings(report);
    for (const char* key : { "bt.name (id=7)", "bt.body (id=50)", "bt.name (id=123)", "bt.name (id=500)" })
        QVERIFY2(warnings.contains(QLatin1String(key)), qPrintable(warnings));
    QVERIFY2(!warnings.contains(QLatin1String("id=200")) && !warnings.contains(QLatin1String("id=300"))
            && !warnings.contains(QLatin1String("id=400")),
        qPrintable(warnings));
    const QString json = QString::fromUtf8(QJsonDocument(report.toJson()).toJson());
    QVERIFY2(json.contains(QLatin1String("\"changed\"")), qPrintable(json));
}

void TestBadInput::valuesTheDestinationCutsAreCounted_data()
{
    QTest::addColumn<bool>("direct");
    QTest::addRow("row by row") << false;
    QTest::addRow("direct INSERT ... SELECT") << true;
}

// A destination column narrower than the source's (an extension's column, a type Magento 2 changed): outside strict
// mode MariaDB cuts or clamps the value and only warns. The copy writes it as the destination can hold it, and
// counts and names every value so changed, with the column; the other rows are untouched.
void TestBadInput::valuesTheDestinationCutsAreCounted()
{
    QFETCH(bool, direct);
    auto& server = TestServer::instance();
    const auto src = server.emptyDatabase(QStringLiteral("badinput_cut_src"));
    const auto dst = server.emptyDatabase(QStringLiteral("badinput_cut_dst"));
    sql(QStringLiteral("CREATE TABLE t (id INT NOT NULL PRIMARY KEY, name VARCHAR(64), qty INT); INSERT INTO t WITH "
                       "RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) SELECT i, CONCAT('n', "
                       "i), i FROM n; UPDATE t SET name = 'a name much longer than eight' WHERE id IN (7, 207); "
                       "UPDATE t SET qty = 100000 WHERE id = 150;"),
        src.database);
    sql(QStringLiteral("CREATE TABLE t (id INT NOT NULL PRIMARY KEY, name VARCHAR(8), qty SMALLINT)"), dst.database);
    TableCopier::Options options;
    options.firstBatchRows = 100;
    options.batchBytes = 1;
    options.maxBatchRows = 100;
    CopyJob job = identityJob(src, dst, QStringLiteral("t"));
    job.allowDirect = direct;
    RunControl control;
    const TableReport report = TableCopier({ src, {} }, { dst, {} }, options).run(job, control);
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.reason));
    QCOMPARE(report.rowsWritten, 300);
    qint64 cut = 0, clamped = 0;
    for (auto it = report.changed.cbegin(); it != report.changed.cend(); ++it) {
        if (it.key().contains(QLatin1String("'name'")))
            cut += it.value();
        if (it.key().contains(QLatin1String("'qty'")))
            clamped += it.value();
    }
    QVERIFY2(cut == 2 && clamped == 1, qPrintable(QStringList(report.changed.keys()).join(QLatin1Char('\n'))));
    const QString warnings = report.warnings.join(QLatin1Char('\n'));
    if (!direct) {
        for (const char* key : { "(id=7)", "(id=207)", "(id=150)" })
            QVERIFY2(warnings.contains(QLatin1String(key)), qPrintable(warnings));
    }
    QCOMPARE(scalar(dst, QStringLiteral("SELECT name FROM t WHERE id = 7")).toString(), QStringLiteral("a name m"));
    QCOMPARE(scalar(dst, QStringLiteral("SELECT COUNT(*) FROM t WHERE name = CONCAT('n', id)")).toLongLong(), 298);
}

void TestBadInput::textTheDestinationRefusesFailsLoudly_data()
{
    QTest::addColumn<bool>("direct");
    QTest::addRow("row by row") << false;
    QTest::addRow("direct INSERT ... SELECT") << true;
}

// An emoji is valid UTF-8 but a utf8mb3 column cannot hold it: outside strict mode MariaDB would write '?' and
// only warn. The copy fails on that batch instead, names the row, keeps what it committed, and resumes once the
// table is converted.
void TestBadInput::textTheDestinationRefusesFailsLoudly()
{
    QFETCH(bool, direct);
    auto& server = TestServer::instance();
    const auto src = server.emptyDatabase(QStringLiteral("badinput_mb3_src"));
    const auto dst = server.emptyDatabase(QStringLiteral("badinput_mb3_dst"));
    sql(QStringLiteral("CREATE TABLE t (id INT NOT NULL PRIMARY KEY, v VARCHAR(64)) DEFAULT CHARSET=utf8mb4; INSERT "
                       "INTO t WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) SELECT "
                       "i, CONCAT('v', i) FROM n; UPDATE t SET v = CONVERT(UNHEX('736D696C6520F09F9880') USING "
                       "utf8mb4) WHERE id = 250;"),
        src.database);
    sql(QStringLiteral("CREATE TABLE t (id INT NOT NULL PRIMARY KEY, v VARCHAR(64)) DEFAULT CHARSET=utf8mb3"),
        dst.database);
    TableCopier::Options options;
    options.firstBatchRows = 100;
    options.batchBytes = 1;
    options.maxBatchRows = 100;
    CopyJob job = identityJob(src, dst, QStringLiteral("t"));
    job.allowDirect = direct;
    RunControl control;
    const TableReport failed = TableCopier({ src, {} }, { dst, {} }, options).run(job, control);
    QCOMPARE(outcomeName(failed.outcome), outcomeName(Outcome::Failed));
    QCOMPARE(failed.reason.contains(QLatin1String("direct")), false);
    for (const char* fragment : { "Incorrect string value", "utf8mb4", "CONVERT TO CHARACTER SET", "table t" })
        QVERIFY2(failed.reason.contains(QLatin1String(fragment)), qPrintable(failed.reason));
    if (!direct)
        QVERIFY2(failed.reason.contains(QLatin1String("id=250")), qPrintable(failed.reason));
    QCOMPARE(count(dst, QStringLiteral("t")), 200); // the two committed batches stay; the third rolled back
    QCOMPARE(scalar(dst, QStringLiteral("SELECT COUNT(*) FROM t WHERE v LIKE '%?%'")).toLongLong(), 0);

    sql(QStringLiteral("ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4"), dst.database);
    job = identityJob(src, dst, QStringLiteral("t"));
    job.allowDirect = direct;
    const TableReport resumed = TableCopier({ src, {} }, { dst, {} }, options).run(job, control);
    QVERIFY2(resumed.outcome == Outcome::Succeeded, qPrintable(resumed.reason));
    QCOMPARE(resumed.rowsResumed, 200);
    QCOMPARE(count(dst, QStringLiteral("t")), 500);
    QCOMPARE(hexOf(dst, QStringLiteral("t"), QStringLiteral("v"), QStringLiteral("id = 250")),
        QStringLiteral("736D696C6520F09F9880"));
}

// The prefixed 1.9.3.2 dump's bytes that are not UTF-8 are all in log_visitor_info's server_addr and remote_addr:
// VARBINARY(16) columns holding IP addresses as bytes. They are data, not broken text: the copy carries them
// byte for byte and reports nothing repaired.
void TestBadInput::nonUtf8RowsOfThePrefixedDump()
{
    auto& server = TestServer::instance();
    const auto src = server.magento1Prefixed(QStringLiteral("badinput_m1p"));
    Database db(src, {}, QStringLiteral("test"));
    const SchemaCatalog catalog = SchemaCatalog::read(db);
    QStringList found;
    qint64 scanned = 0;
    for (const QString& name : catalog.tableNames()) {
        const TableInfo* table = catalog.table(name);
        QStringList columns;
        for (const ColumnInfo& c : table->columns) {
            if (!c.isNumeric() && !c.isTemporal())
                columns << c.name;
        }
        if (columns.isEmpty())
            continue;
        QStringList read;
        for (const QString& c : columns)
            read << QStringLiteral("CAST(%1 AS BINARY)").arg(Database::quoteIdentifier(c));
        const QStringList key = table->primaryKey;
        QStringList keyRead;
        for (const QString& k : key)
            keyRead << Database::quoteIdentifier(k);
        QSqlQuery q = db.query(
            QStringLiteral("SELECT %1%2 FROM %3")
                .arg(read.join(u','), keyRead.isEmpty() ? QString() : u',' + keyRead.join(u','), db.table(name)));
        while (q.next()) {
            for (int i = 0; i < columns.size(); ++i) {
                ++scanned;
                if (TableCopier::invalidUtf8At(q.value(i).toByteArray()) < 0)
                    continue;
                QStringList keyText;
                for (int k = 0; k < key.size(); ++k)
                    keyText << QStringLiteral("%1=%2").arg(key[k], q.value(int(columns.size()) + k).toString());
                found << QStringLiteral("%1.%2 (%3) %4")
                             .arg(name, columns[i], keyText.join(u','), table->column(columns[i])->columnType);
            }
        }
    }
    qInfo("scanned %lld values; %lld are not UTF-8: %s", scanned, qint64(found.size()),
        qPrintable(found.mid(0, 6).join(QLatin1String("; "))));
    QVERIFY(!found.isEmpty());
    for (const QString& f : std::as_const(found)) {
        QVERIFY2(f.startsWith(QLatin1String("log_visitor_info.server_addr"))
                || f.startsWith(QLatin1String("log_visitor_info.remote_addr")),
            qPrintable(f));
        QVERIFY2(f.endsWith(QLatin1String("varbinary(16)")), qPrintable(f));
    }

    auto dst = server.emptyDatabase(QStringLiteral("badinput_m1p_dst"));
    dst.tablePrefix = src.tablePrefix;
    sql(QStringLiteral("CREATE TABLE `magev1_log_visitor_info` LIKE `%1`.`magev1_log_visitor_info`").arg(src.database),
        dst.database);
    CopyJob job = identityJob(src, dst, QStringLiteral("log_visitor_info"));
    job.allowDirect = false;
    RunControl control;
    const TableReport report = TableCopier({ src, {} }, { dst, {} }).run(job, control);
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.reason));
    QCOMPARE(report.rowsTransformed, 0);
    QVERIFY(report.changed.isEmpty());
    const QString checksum = QStringLiteral("SELECT MD5(GROUP_CONCAT(visitor_id, HEX(server_addr), HEX(remote_addr) "
                                            "ORDER BY visitor_id)) FROM magev1_log_visitor_info");
    QCOMPARE(scalar(dst, checksum).toString(), scalar(src, checksum).toString());
}

// What the check costs: the scan alone (in memory), and a copy of 100,000 rows whose text comes from binary
// columns (every value scanned) against the same rows from text columns (nothing to scan). Printed, not asserted
// beyond a loose bound: the machine is shared.
void TestBadInput::costOfTheCheck()
{
    QList<QByteArray> values;
    qint64 total = 0;
    for (int i = 0; i < 200'000; ++i) {
        values << QStringLiteral("Product name %1 with some words, Größe %2 — ümlaut").arg(i).arg(i % 50).toUtf8();
        total += values.last().size();
    }
    QElapsedTimer timer;
    timer.start();
    qint64 invalid = 0;
    for (int round = 0; round < 5; ++round) {
        for (const QByteArray& v : std::as_const(values))
            invalid += TableCopier::invalidUtf8At(v) >= 0;
    }
    const double scanSeconds = std::max<qint64>(1, timer.nsecsElapsed()) / 1e9;
    QCOMPARE(invalid, 0);
    QString literals;
    timer.restart();
    for (const QByteArray& v : std::as_const(values)) {
        TableCopier::appendLiteral(literals, QVariant(QString::fromUtf8(v)));
        if (literals.size() > 4'000'000)
            literals.clear();
    }
    const double literalSeconds = std::max<qint64>(1, timer.nsecsElapsed()) / 1e9;
    qInfo("UTF-8 scan: %.0f MB/s; building the same values' SQL literals: %.0f MB/s", 5 * total / 1e6 / scanSeconds,
        total / 1e6 / literalSeconds);

    auto& server = TestServer::instance();
    const auto src = server.emptyDatabase(QStringLiteral("badinput_cost_src"));
    const auto dst = server.emptyDatabase(QStringLiteral("badinput_cost_dst"));
    const QString text = QStringLiteral("CREATE TABLE c (id INT NOT NULL PRIMARY KEY, name VARCHAR(255), description "
                                        "TEXT) DEFAULT CHARSET=utf8mb4; ");
    sql(text + QStringLiteral("CREATE TABLE b (id INT NOT NULL PRIMARY KEY, name VARBINARY(255), description BLOB)"),
        src.database);
    sql(text + QStringLiteral("CREATE TABLE b LIKE c"), dst.database);
    sql(QStringLiteral("INSERT INTO c WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                       "100000) SELECT i, CONCAT('Product name ', i, ' Größe'), REPEAT(CONCAT('Description ', i, ' "
                       "ümlaut '), 8) FROM n; INSERT INTO b SELECT id, CONVERT(name USING binary), "
                       "CONVERT(description USING binary) FROM c"),
        src.database);
    double seconds[2] = {};
    for (int i = 0; i < 2; ++i) {
        const QString table = i == 0 ? QStringLiteral("c") : QStringLiteral("b");
        CopyJob job = identityJob(src, dst, table);
        job.allowDirect = false;
        RunControl control;
        timer.restart();
        const TableReport report = TableCopier({ src, {} }, { dst, {} }).run(job, control);
        seconds[i] = timer.elapsed() / 1000.0;
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.reason));
        QCOMPARE(report.rowsWritten, 100'000);
        QCOMPARE(report.rowsTransformed, 0);
    }
    qInfo("copy of 100,000 rows: text columns %.2f s (%.0f rows/s), binary columns checked for UTF-8 %.2f s "
          "(%.0f rows/s)",
        seconds[0], 100'000 / seconds[0], seconds[1], 100'000 / seconds[1]);
    QCOMPARE(scalar(dst,
                 QStringLiteral("SELECT COUNT(*) FROM b JOIN c USING (id) WHERE b.name = c.name AND "
                                "b.description = c.description"))
                 .toLongLong(),
        100'000);
}

// A generated store whose text columns hold bytes that are not UTF-8 (made VARBINARY/BLOB, as the usual latin1
// repair leaves them half way): the whole migration repairs them by its rule, reports each row by table, column and
// key, and the verification passes.
void TestBadInput::generatedStoreWithInvalidUtf8()
{
    auto& server = TestServer::instance();
    struct Planted
    {
        QString table;
        QString column;
        QString type; ///< the binary type the column is made
        QString key; ///< the key column
        QString bytes; ///< hex
        qint64 id = 0;
    };
    QList<Planted> planted {
        { QStringLiteral("sales_flat_order_item"), QStringLiteral("name"), QStringLiteral("VARBINARY(255)"),
            QStringLiteral("item_id"), QStringLiteral("4F7264657220E9"), 0 },
        { QStringLiteral("catalog_product_entity_varchar"), QStringLiteral("value"), QStringLiteral("VARBINARY(255)"),
            QStringLiteral("value_id"), QStringLiteral("93517561726B94"), 0 },
        { QStringLiteral("cms_page"), QStringLiteral("content"), QStringLiteral("MEDIUMBLOB"),
            QStringLiteral("page_id"), QStringLiteral("3C703E41E2823C2F703E00F09F9880"), 0 },
        { QStringLiteral("customer_entity_varchar"), QStringLiteral("value"), QStringLiteral("VARBINARY(255)"),
            QStringLiteral("value_id"), QStringLiteral("4AE972F46D65"), 0 },
    };
    Database m1(m_source, {}, QStringLiteral("test"));
    // Rows the steps carry: a catalog name of the default store, a customer's first name, an order item, a page.
    const QString where[] = {
        QStringLiteral("1"),
        QStringLiteral(
            "attribute_id = (SELECT attribute_id FROM eav_attribute WHERE attribute_code = 'name' AND "
            "entity_type_id = 4) AND store_id = 0 AND entity_id IN (SELECT entity_id FROM catalog_product_entity)"),
        QStringLiteral("1"),
        QStringLiteral("attribute_id = (SELECT attribute_id FROM eav_attribute WHERE attribute_code = 'firstname' "
                       "AND entity_type_id = 1)"),
    };
    for (int i = 0; i < planted.size(); ++i) {
        Planted& p = planted[i];
        m1.exec(QStringLiteral("ALTER TABLE %1 MODIFY %2 %3").arg(p.table, p.column, p.type));
        p.id = m1.scalar(QStringLiteral("SELECT MAX(%1) FROM %2 WHERE %3").arg(p.key, p.table, where[i])).toLongLong();
        QVERIFY2(p.id > 0, qPrintable(p.table));
        m1.exec(QStringLiteral("UPDATE %1 SET %2 = UNHEX('%3') WHERE %4 = %5")
                    .arg(p.table, p.column, p.bytes, p.key)
                    .arg(p.id));
    }

    m_reference = server.magento2(QStringLiteral("badinput_m2"));
    MigrationRunner runner(stepEnvironment(m_source, m_reference));
    addAllSteps(runner);
    QElapsedTimer timer;
    timer.start();
    m_referenceReport = runner.run();
    qInfo("migrated in %.1f s", timer.elapsed() / 1000.0);
    QVERIFY2(m_referenceReport.outcome == Outcome::Succeeded, qPrintable(m_referenceReport.toText()));
    const QString text = m_referenceReport.toText();

    // Each row is counted and named in the report of the table that wrote it: the customer's first name is a
    // column of customer_entity in Magento 2, so it is reported there, by the customer's id.
    const qint64 customer
        = m1.scalar(
                QStringLiteral("SELECT entity_id FROM customer_entity_varchar WHERE value_id = %1").arg(planted[3].id))
              .toLongLong();
    for (const Planted& p : std::as_const(planted)) {
        const bool pivoted = p.table == QLatin1String("customer_entity_varchar");
        const QString table = pivoted ? QStringLiteral("customer_entity") : p.table;
        const QString key
            = pivoted ? QStringLiteral("entity_id=%1").arg(customer) : QStringLiteral("%1=%2").arg(p.key).arg(p.id);
        const TableReport* t = findTable(m_referenceReport, table);
        QVERIFY2(t, qPrintable(table));
        QVERIFY2(changedRows(*t) == 1, qPrintable(table + QLatin1String(": ") + text));
        QVERIFY2(t->rowsTransformed >= 1, qPrintable(table));
        const QString warnings = allWarnings(*t);
        QVERIFY2(warnings.contains(QStringLiteral("(%1)").arg(key)), qPrintable(key + QLatin1Char('\n') + warnings));
        QVERIFY2(warnings.contains(QLatin1String("not valid UTF-8")), qPrintable(warnings));
        QVERIFY2(text.contains(QLatin1String("rows changed")), qPrintable(text));
    }
    Database m2(m_reference, {}, QStringLiteral("test"));
    // The order item and the page keep their ids; the bytes are repaired (NUL and emoji kept as they were).
    QCOMPARE(m2.scalar(QStringLiteral("SELECT HEX(name) FROM sales_order_item WHERE item_id = %1").arg(planted[0].id))
                 .toString(),
        QStringLiteral("4F7264657220C3A9"));
    QCOMPARE(
        m2.scalar(QStringLiteral("SELECT HEX(content) FROM cms_page WHERE page_id = %1").arg(planted[2].id)).toString(),
        QStringLiteral("3C703E41C3A2E2809A3C2F703E00F09F9880"));
    QCOMPARE(m2.scalar(QStringLiteral("SELECT COUNT(*) FROM catalog_product_entity_varchar WHERE HEX(value) = "
                                      "'E2809C517561726BE2809D'"))
                 .toLongLong(),
        1);
    QCOMPARE(m2.scalar(QStringLiteral("SELECT HEX(firstname) FROM customer_entity WHERE entity_id = %1").arg(customer))
                 .toString(),
        QStringLiteral("4AC3A972C3B46D65"));

    timer.restart();
    const VerifyReport verified = runner.verify();
    qInfo("verified in %.1f s", timer.elapsed() / 1000.0);
    QVERIFY2(verified.outcome == Outcome::Succeeded, qPrintable(verified.toText()));
}

// The destination's InnoDB system tablespace is fixed and small, with no file per table: INSERTs fail with 1114
// ("The table ... is full"). The run ends Failed with a message that says so and what to do, keeps what it
// committed, and once the space may grow a second run resumes and ends as the uninterrupted one.
void TestBadInput::fullDestinationDisk()
{
    if (m_reference.database.isEmpty())
        QSKIP("needs the uninterrupted migration of generatedStoreWithInvalidUtf8");
    QElapsedTimer timer;
    timer.start();
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/cutover-full-XXXXXX"));
    QVERIFY(folder.isValid());
    const QStringList common { QStringLiteral("--innodb-file-per-table=0"),
        QStringLiteral("--innodb-autoextend-increment=1"), QStringLiteral("--innodb-buffer-pool-size=64M"),
        QStringLiteral("--innodb-log-file-size=16M") };
    auto startServer = [&](const QString& dataFilePath) {
        LocalServer::Options options;
        options.rootFolder = folder.path();
        options.extraArguments = common;
        if (!dataFilePath.isEmpty())
            options.extraArguments << QStringLiteral("--innodb-data-file-path=") + dataFilePath;
        auto server = std::make_unique<LocalServer>(options);
        server->start();
        return server;
    };
    // Load Magento 2 with room to grow, then fix the system tablespace at what it holds plus 3 MB.
    auto server = startServer({});
    // The Magento 2 dump's indexer triggers run as 'magento'@'%', as on the server they were made on.
    server->runSql(QStringLiteral("CREATE USER IF NOT EXISTS 'magento'@'%'; GRANT ALL ON *.* TO 'magento'@'%';"));
    server->recreateDatabase(QStringLiteral("full_m2"));
    server->loadDump(QStringLiteral("full_m2"), fixturePath(QStringLiteral("m2/magento-2.4.8.sql")));
    server->stop();
    const QString ibdata = folder.path() + QStringLiteral("/data/ibdata1");
    const qint64 megabytes = qint64(std::ceil(QFileInfo(ibdata).size() / (1024.0 * 1024.0)));
    QCOMPARE(QFileInfo(ibdata).size(), megabytes * 1024 * 1024);
    const QString fixedPath = QStringLiteral("ibdata1:%1M;ibdata2:3M").arg(megabytes);
    server = startServer(fixedPath);
    const ConnectionProfile full = server->rootProfile(QStringLiteral("full_m2"));
    qInfo("tiny destination ready in %.1f s (ibdata1 %lld MB + 3 MB)", timer.elapsed() / 1000.0, megabytes);

    RunReport failed;
    {
        MigrationRunner runner(stepEnvironment(m_source, full));
        addAllSteps(runner);
        failed = runner.run();
    }
    QCOMPARE(outcomeName(failed.outcome), outcomeName(Outcome::Failed));
    // The failure names the table, the server's error and what to do: where a copy failed, in its table's report;
    // where a step's own statement failed, in the step's message.
    QString failure;
    for (const StepReport& s : failed.steps) {
        for (const TableReport& t : s.tables) {
            if (failure.isEmpty() && t.outcome == Outcome::Failed && t.reason.contains(QLatin1String("is full"))) {
                failure = t.reason;
                QVERIFY2(t.reason.contains(t.sourceTable), qPrintable(t.reason));
            }
        }
        if (failure.isEmpty() && s.message.contains(QLatin1String("is full")))
            failure = s.message;
    }
    if (failure.isEmpty() && failed.message.contains(QLatin1String("is full")))
        failure = failed.message;
    QVERIFY2(!failure.isEmpty(), qPrintable(failed.toText().right(3000)));
    for (const char* fragment : { "out of space", "Free disk space", "autoextend", "run the migration again" })
        QVERIFY2(failure.contains(QLatin1String(fragment)), qPrintable(failure));
    qInfo("the failure: %s", qPrintable(failure));

    // What was committed stays: the resume points of the copy say how many rows each job committed.
    const QMap<QString, qint64> afterFailure = writtenCounts(failed, full);
    qint64 committed = 0;
    for (qint64 n : afterFailure)
        committed += n;
    QVERIFY2(committed > 0, "nothing was committed before the space ran out");

    // A second run while the space is still short fails the same way and loses nothing committed.
    {
        MigrationRunner runner(stepEnvironment(m_source, full));
        addAllSteps(runner);
        const RunReport again = runner.run();
        QCOMPARE(outcomeName(again.outcome), outcomeName(Outcome::Failed));
        QVERIFY2(again.toText().contains(QLatin1String("out of space")), qPrintable(again.toText()));
    }
    const QMap<QString, qint64> afterSecond = writtenCounts(failed, full);
    for (auto it = afterFailure.cbegin(); it != afterFailure.cend(); ++it)
        QVERIFY2(afterSecond.value(it.key()) >= it.value(), qPrintable(it.key()));

    // The space may grow now: the run resumes and the destination ends as the uninterrupted run's.
    server->stop();
    server = startServer(fixedPath + QStringLiteral(":autoextend"));
    RunReport resumed;
    VerifyReport verified;
    {
        MigrationRunner runner(stepEnvironment(m_source, full));
        addAllSteps(runner);
        resumed = runner.run();
        QVERIFY2(resumed.outcome == Outcome::Succeeded, qPrintable(resumed.toText()));
        verified = runner.verify();
    }
    QVERIFY2(verified.outcome == Outcome::Succeeded, qPrintable(verified.toText()));
    qint64 resumedRows = 0;
    for (const StepReport& s : resumed.steps) {
        for (const TableReport& t : s.tables)
            resumedRows += t.rowsResumed;
    }
    QVERIFY2(resumedRows > 0, qPrintable(resumed.toText()));
    const QMap<QString, qint64> reference = writtenCounts(m_referenceReport, m_reference);
    const QMap<QString, qint64> after = writtenCounts(m_referenceReport, full);
    QCOMPARE(after, reference);
    qInfo("full disk scenario in %.1f s (%lld rows committed before the space ran out)", timer.elapsed() / 1000.0,
        committed);
}

// The destination server stops in the middle of the copy, as a crash or a restart would, and comes back: the run
// ends Failed with a message that says the connection was lost and what to do, keeps what it committed, and the next
// run resumes and ends as the uninterrupted one.
void TestBadInput::destinationLostMidStep()
{
    if (m_reference.database.isEmpty())
        QSKIP("needs the uninterrupted migration of generatedStoreWithInvalidUtf8");
    QElapsedTimer timer;
    timer.start();
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/cutover-lost-XXXXXX"));
    QVERIFY(folder.isValid());
    LocalServer::Options options;
    options.rootFolder = folder.path();
    options.extraArguments = { QStringLiteral("--innodb-file-per-table=0"), QStringLiteral("--innodb-doublewrite=0"),
        QStringLiteral("--innodb-flush-method=nosync"), QStringLiteral("--sync-frm=0") };
    LocalServer server(options);
    server.start();
    server.runSql(QStringLiteral("CREATE USER IF NOT EXISTS 'magento'@'%'; GRANT ALL ON *.* TO 'magento'@'%';"));
    server.recreateDatabase(QStringLiteral("lost_m2"));
    server.loadDump(QStringLiteral("lost_m2"), fixturePath(QStringLiteral("m2/magento-2.4.8.sql")));
    const ConnectionProfile destination = server.rootProfile(QStringLiteral("lost_m2"));

    RunReport failed;
    qint64 jobsAtStop = 0;
    {
        MigrationRunner runner(stepEnvironment(m_source, destination));
        addAllSteps(runner);
        QFuture<RunReport> future = runner.start();
        {
            // Once a few tables have committed batches, hold the run between batches and stop the server under it.
            Database watch(destination, {}, QStringLiteral("watch"));
            const QString progress = QLatin1String(CopyLedger::progressTable);
            QDeadlineTimer deadline(120'000);
            while (!future.isFinished() && !deadline.hasExpired()) {
                if (watch.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                                "DATABASE() AND TABLE_NAME = %1")
                                     .arg(Database::quoteString(progress)))
                        .toInt()
                    > 0) {
                    jobsAtStop = watch.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(progress)).toLongLong();
                    if (jobsAtStop >= 10)
                        break;
                }
                QThread::msleep(10);
            }
        }
        QVERIFY2(!future.isFinished(), "the run ended before the server could be stopped under it");
        runner.pause();
        QThread::msleep(200);
        server.stop();
        runner.resume();
        future.waitForFinished();
        failed = future.result();
    }
    QCOMPARE(outcomeName(failed.outcome), outcomeName(Outcome::Failed));
    const QString text = failed.toText();
    qInfo("stopped after %lld jobs had committed; the report:\n%s", jobsAtStop, qPrintable(text.right(1500)));
    QVERIFY2(text.contains(QLatin1String("connection to the database server was lost"))
            || text.contains(QLatin1String("Could not connect to the destination database")),
        qPrintable(text.right(3000)));
    QVERIFY2(text.contains(QLatin1String("run the migration again")) || text.contains(QLatin1String("run it again")),
        qPrintable(text.right(3000)));

    // The server is back: the run resumes, writes nothing twice and ends as the uninterrupted one.
    server.start();
    RunReport resumed;
    VerifyReport verified;
    {
        MigrationRunner runner(stepEnvironment(m_source, destination));
        addAllSteps(runner);
        resumed = runner.run();
        QVERIFY2(resumed.outcome == Outcome::Succeeded, qPrintable(resumed.toText()));
        verified = runner.verify();
    }
    QVERIFY2(verified.outcome == Outcome::Succeeded, qPrintable(verified.toText()));
    qint64 resumedRows = 0;
    for (const StepReport& s : resumed.steps) {
        for (const TableReport& t : s.tables)
            resumedRows += t.rowsResumed;
    }
    QVERIFY2(resumedRows > 0, qPrintable(resumed.toText()));
    QCOMPARE(writtenCounts(m_referenceReport, destination), writtenCounts(m_referenceReport, m_reference));
    qInfo("lost destination scenario in %.1f s (%lld rows resumed)", timer.elapsed() / 1000.0, resumedRows);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
