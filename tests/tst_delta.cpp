#include "db/database.h"
#include "delta/captureplan.h"
#include "delta/changelogreader.h"
#include "delta/deltacapture.h"
#include "error.h"
#include "mapping/dmtconfig.h"
#include "sandbox/localserver.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cutover;
using namespace cutover::test;

namespace {

// The change log as "table op key", in seq order, and the seqs.
struct LogRows
{
    QStringList rows;
    QVector<qint64> seqs;
};

LogRows logRows(Database& db, qint64 after = 0)
{
    LogRows result;
    QSqlQuery q = db.query(QStringLiteral("SELECT `seq`, `tbl`, `op`, `k` FROM %1 WHERE `seq` > ? ORDER BY `seq`")
                               .arg(db.table(QStringLiteral("cutover_cl"))),
        { after });
    while (q.next()) {
        result.seqs << q.value(0).toLongLong();
        result.rows
            << QStringLiteral("%1 %2 %3").arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    }
    return result;
}

qint64 lastSeq(Database& db)
{
    return db
        .scalar(QStringLiteral("SELECT COALESCE(MAX(`seq`), 0) FROM %1").arg(db.table(QStringLiteral("cutover_cl"))))
        .toLongLong();
}

void removeAll(Database& db)
{
    DeltaCapture::remove(db, DeltaCapture::removalPlan(db));
}

// The plan reduced to a few tables: installing all of Magento's ~230 tables takes some 20 s, which only the
// tests of the full plan pay.
CapturePlan only(CapturePlan plan, const QStringList& tables)
{
    plan.targets.erase(std::remove_if(plan.targets.begin(), plan.targets.end(),
                           [&](const CaptureTarget& t) { return !tables.contains(t.table); }),
        plan.targets.end());
    return plan;
}

bool strictlyIncreasing(const QVector<qint64>& seqs)
{
    for (int i = 1; i < seqs.size(); ++i) {
        if (seqs[i] <= seqs[i - 1])
            return false;
    }
    return true;
}

} // namespace

// Change capture on real Magento 1 databases: plan, install, what the triggers record, the reader API for the
// apply loop, faults (dropped log table, missing privileges, binary logging) and remove.
class TestDelta : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto& server = TestServer::instance();
        m_m1 = server.magento1(QStringLiteral("delta_m1"));
        m_m1p = server.magento1Prefixed(QStringLiteral("delta_m1p"));
        dmt();
    }

    void cleanup()
    {
        for (const ConnectionProfile& profile : { m_m1, m_m1p }) {
            Database db(profile, {}, QStringLiteral("test"));
            removeAll(db);
        }
    }

    void serverVersions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("multiple");
        QTest::addColumn<bool>("json");
        QTest::addRow("mariadb 10.11") << "10.11.6-MariaDB-0+deb12u1" << true << true;
        QTest::addRow("mariadb 10.2.2") << "10.2.2-MariaDB" << false << false;
        QTest::addRow("mariadb 10.2.3") << "10.2.3-MariaDB-log" << true << true;
        QTest::addRow("mariadb 5.5") << "5.5.68-MariaDB" << false << false;
        QTest::addRow("mysql 5.6") << "5.6.51-log" << false << false;
        QTest::addRow("mysql 5.7.2") << "5.7.2" << true << false;
        QTest::addRow("mysql 5.7.44") << "5.7.44" << true << true;
        QTest::addRow("mysql 8.0") << "8.0.36" << true << true;
    }
    void serverVersions()
    {
        QFETCH(QString, version);
        QFETCH(bool, multiple);
        QFETCH(bool, json);
        const CaptureServer server = CaptureServer::fromVersion(version);
        QCOMPARE(server.multipleTriggers, multiple);
        QCOMPARE(server.jsonArray, json);
    }

    void triggerNamesFitMariaDb()
    {
        const QString longTable = QStringLiteral("catalog_product_entity_media_gallery_value_to_entity_extra");
        const QString a = CapturePlanner::triggerName(QStringLiteral("magev1_"), longTable, QStringLiteral("UPDATE"));
        const QString b = CapturePlanner::triggerName(
            QStringLiteral("magev1_"), longTable + QLatin1Char('2'), QStringLiteral("UPDATE"));
        QVERIFY2(a.size() <= 64, qPrintable(a));
        QVERIFY(a != b);
        QVERIFY(a.startsWith(QLatin1String("magev1_cutover_")));
        QCOMPARE(CapturePlanner::triggerName({}, QStringLiteral("cms_page"), QStringLiteral("DELETE")),
            QStringLiteral("cutover_cms_page_ad"));
    }

    void planFollowsTheMapping()
    {
        Database db(m_m1, {}, QStringLiteral("test"));
        const CapturePlan plan = CapturePlanner::plan(db, dmt());
        QVERIFY2(plan.blockers.isEmpty(), qPrintable(plan.blockers.value(0).message));
        QStringList tables;
        for (const CaptureTarget& target : plan.targets)
            tables << target.table;
        // Carried by the map step, the EAV and customer steps, the URL rewrite step, and the CMS content.
        for (const char* expected : { "sales_flat_order", "sales_flat_order_item", "customer_entity",
                 "customer_entity_varchar", "catalog_product_entity", "catalog_product_entity_varchar",
                 "catalog_category_entity_int", "eav_attribute", "eav_attribute_option_value", "cms_page",
                 "cms_page_store", "cms_block", "cataloginventory_stock_item", "core_url_rewrite",
                 "catalog_product_entity_tier_price", "newsletter_subscriber", "sales_flat_quote" })
            QVERIFY2(tables.contains(QLatin1String(expected)), expected);
        // Ignored by map.xml: caches, indexes, dataflow, logs the tool does not carry.
        for (const char* ignored : { "core_cache", "index_event", "catalog_product_index_price", "log_url",
                 "dataflow_batch", "catalogsearch_fulltext", "core_email_queue" })
            QVERIFY2(!tables.contains(QLatin1String(ignored)), ignored);
        QVERIFY2(tables.size() > 150, qPrintable(QString::number(tables.size())));
        for (const CaptureTarget& target : plan.targets)
            QCOMPARE(target.triggers.size(), 3);
        const auto store = std::find_if(plan.targets.cbegin(), plan.targets.cend(),
            [](const CaptureTarget& t) { return t.table == QLatin1String("cms_page_store"); });
        QCOMPARE(store->keyColumns, (QStringList { QStringLiteral("page_id"), QStringLiteral("store_id") }));
        QCOMPARE(plan.statements().size(), 2 + plan.triggerCount());
    }

    void installCapturesChanges_data()
    {
        QTest::addColumn<bool>("prefixed");
        QTest::addRow("1.9.1.1") << false;
        QTest::addRow("1.9.3.2 magev1_") << true;
    }
    void installCapturesChanges()
    {
        QFETCH(bool, prefixed);
        Database db(prefixed ? m_m1p : m_m1, {}, QStringLiteral("test"));
        const QStringList before = DeltaCapture::schemaObjects(db);
        QVERIFY(!DeltaCapture::isInstalled(db));

        const CapturePlan plan = CapturePlanner::plan(db, dmt());
        QVERIFY(plan.canInstall());
        const DeltaCapture::InstallResult result = DeltaCapture::install(db, plan);
        QCOMPARE(result.created, plan.triggerCount() + 2);
        QVERIFY(DeltaCapture::isInstalled(db));
        const QString prefix = db.profile().tablePrefix;
        QVERIFY(DeltaCapture::schemaObjects(db).contains(QStringLiteral("table:%1cutover_cl").arg(prefix)));

        // A second install keeps everything and creates nothing.
        const DeltaCapture::InstallResult again = DeltaCapture::install(db, CapturePlanner::plan(db, dmt()));
        QCOMPARE(again.created, 0);
        QCOMPARE(again.unchanged, plan.triggerCount());

        db.exec(QStringLiteral("SET foreign_key_checks = 0"));
        db.exec(QStringLiteral("INSERT INTO %1 (entity_id, increment_id, grand_total) VALUES (900001, '900001', 10)")
                    .arg(db.table(QStringLiteral("sales_flat_order"))));
        db.exec(QStringLiteral("UPDATE %1 SET grand_total = 12 WHERE entity_id = 900001")
                    .arg(db.table(QStringLiteral("sales_flat_order"))));
        db.exec(QStringLiteral("INSERT INTO %1 (entity_id, entity_type_id, attribute_set_id, website_id, email) VALUES "
                               "(700001, 1, 0, 1, 'a@example.com')")
                    .arg(db.table(QStringLiteral("customer_entity"))));
        db.exec(QStringLiteral("INSERT INTO %1 (value_id, entity_type_id, attribute_id, store_id, entity_id, value) "
                               "VALUES (800001, 4, 71, 0, 5, 'Name')")
                    .arg(db.table(QStringLiteral("catalog_product_entity_varchar"))));
        db.exec(QStringLiteral("UPDATE %1 SET title = CONCAT(title, ' (edited)') WHERE page_id = 1")
                    .arg(db.table(QStringLiteral("cms_page"))));
        db.exec(QStringLiteral("INSERT INTO %1 (item_id, product_id, stock_id, qty) VALUES (600001, 5, 1, 3)")
                    .arg(db.table(QStringLiteral("cataloginventory_stock_item"))));
        db.exec(QStringLiteral("INSERT INTO %1 (page_id, store_id) VALUES (2, 1)")
                    .arg(db.table(QStringLiteral("cms_page_store"))));
        db.exec(QStringLiteral("UPDATE %1 SET page_id = 4 WHERE page_id = 2 AND store_id = 1")
                    .arg(db.table(QStringLiteral("cms_page_store"))));
        db.exec(QStringLiteral("DELETE FROM %1 WHERE page_id = 4 AND store_id = 1")
                    .arg(db.table(QStringLiteral("cms_page_store"))));
        db.exec(QStringLiteral("DELETE FROM %1 WHERE entity_id = 900001")
                    .arg(db.table(QStringLiteral("sales_flat_order"))));
        db.exec(QStringLiteral("SET foreign_key_checks = 1"));

        const LogRows log = logRows(db);
        const QStringList expected {
            QStringLiteral("sales_flat_order I [900001]"),
            QStringLiteral("sales_flat_order U [900001]"),
            QStringLiteral("customer_entity I [700001]"),
            QStringLiteral("catalog_product_entity_varchar I [800001]"),
            QStringLiteral("cms_page U [1]"),
            QStringLiteral("cataloginventory_stock_item I [600001]"),
            QStringLiteral("cms_page_store I [2, 1]"),
            // A key changed in place: the old key deleted, the new one written.
            QStringLiteral("cms_page_store D [2, 1]"),
            QStringLiteral("cms_page_store U [4, 1]"),
            QStringLiteral("cms_page_store D [4, 1]"),
            QStringLiteral("sales_flat_order D [900001]"),
        };
        QCOMPARE(log.rows, expected);
        QVERIFY(strictlyIncreasing(log.seqs));

        removeAll(db);
        QCOMPARE(DeltaCapture::schemaObjects(db), before);
        QVERIFY(!DeltaCapture::status(db).installed);
    }

    void sameKeyTwiceIsTwoChanges()
    {
        Database db(m_m1, {}, QStringLiteral("test"));
        DeltaCapture::install(db, only(CapturePlanner::plan(db, dmt()), { QStringLiteral("cms_page") }));
        ChangeLogReader reader(db);
        db.exec(QStringLiteral("UPDATE cms_page SET title = 'first' WHERE page_id = 2"));
        // The apply loop takes the first change and marks it applied; the same key changes again meanwhile.
        ChangeBatch first = reader.next();
        QCOMPARE(first.rows, 1);
        db.exec(QStringLiteral("UPDATE cms_page SET title = 'second' WHERE page_id = 2"));
        reader.markApplied(first.lastSeq);
        QCOMPARE(reader.purge(first.lastSeq), 1);
        const ChangeBatch second = reader.next();
        QCOMPARE(second.rows, 1);
        QCOMPARE(second.changes.size(), 1);
        QCOMPARE(second.changes[0].table, QStringLiteral("cms_page"));
        QCOMPARE(second.changes[0].key, QVariantList { 2 });
        QVERIFY(second.changes[0].seq > first.lastSeq);
    }

    void readerBatchesCoalescesAndPurges()
    {
        Database db(m_m1, {}, QStringLiteral("test"));
        DeltaCapture::install(db,
            only(CapturePlanner::plan(db, dmt()),
                { QStringLiteral("cms_page"), QStringLiteral("cms_block"), QStringLiteral("cms_page_store"),
                    QStringLiteral("sales_flat_order") }));
        ChangeLogReader::Options options;
        options.batchSize = 6;
        ChangeLogReader reader(db, options);
        QCOMPARE(reader.keyColumns(QStringLiteral("cms_page_store")),
            (QStringList { QStringLiteral("page_id"), QStringLiteral("store_id") }));
        QCOMPARE(reader.keyColumns(QStringLiteral("sales_flat_order")), QStringList { QStringLiteral("entity_id") });
        const qint64 start = reader.appliedSeq();

        db.exec(
            QStringLiteral("INSERT INTO cms_block (block_id, title, identifier, content) VALUES (501, 'a', 'a', 'x')"));
        db.exec(QStringLiteral("UPDATE cms_page SET title = 'p3' WHERE page_id = 3"));
        db.exec(QStringLiteral("UPDATE cms_block SET content = 'y' WHERE block_id = 501"));
        db.exec(
            QStringLiteral("INSERT INTO cms_block (block_id, title, identifier, content) VALUES (502, 'b', 'b', 'x')"));
        db.exec(QStringLiteral("DELETE FROM cms_block WHERE block_id = 501"));
        db.exec(QStringLiteral("UPDATE cms_page SET title = 'p4' WHERE page_id = 4"));
        db.exec(QStringLiteral("UPDATE cms_page SET title = 'p4b' WHERE page_id = 4")); // 7th row: next batch

        QCOMPARE(reader.backlog().value(0).table, QStringLiteral("cms_block"));
        QCOMPARE(reader.backlog().value(0).changes, 4);
        QVERIFY(reader.lagSeconds() >= 0.0);

        const ChangeBatch batch = reader.next();
        QCOMPARE(batch.rows, 6);
        QVERIFY(!batch.waitingForGap);
        QCOMPARE(batch.changes.size(), 4);
        // Ordered by each key's last change; 501's last operation (delete) wins over its insert and update.
        QCOMPARE(batch.changes[0].table, QStringLiteral("cms_page"));
        QCOMPARE(batch.changes[0].key, QVariantList { 3 });
        QCOMPARE(batch.changes[1].key, QVariantList { 502 });
        QCOMPARE(batch.changes[1].operation, CapturedChange::Operation::Insert);
        QCOMPARE(batch.changes[2].key, QVariantList { 501 });
        QCOMPARE(batch.changes[2].operation, CapturedChange::Operation::Delete);
        QCOMPARE(batch.changes[2].merged, 3);
        QCOMPARE(batch.changes[2].firstSeq, start + 1);
        QCOMPARE(batch.changes[2].seq, start + 5);
        QCOMPARE(batch.changes[3].key, QVariantList { 4 });
        QCOMPARE(batch.lastSeq, start + 6);

        // Not marked: the same batch again. Marked: the rest.
        QCOMPARE(reader.next().lastSeq, start + 6);
        QCOMPARE(reader.purge(start + 6), 0); // nothing applied yet, nothing purged
        reader.markApplied(batch.lastSeq);
        reader.markApplied(start + 1); // a lower mark never moves it back
        QCOMPARE(reader.appliedSeq(), start + 6);
        const ChangeBatch rest = reader.next();
        QCOMPARE(rest.rows, 1);
        QCOMPARE(rest.changes[0].key, QVariantList { 4 });
        QCOMPARE(rest.changes[0].operation, CapturedChange::Operation::Update);

        QCOMPARE(reader.purge(start + 100, 4), 6); // chunks of 4: only up to the applied mark
        QCOMPARE(logRows(db).rows.size(), 1);
        reader.markApplied(rest.lastSeq);
        QCOMPARE(reader.backlog().size(), 0);
        QCOMPARE(reader.lagSeconds(), 0.0);
        QVERIFY(reader.next().changes.isEmpty());
    }

    void uncommittedChangeIsWaitedFor()
    {
        Database db(m_m1, {}, QStringLiteral("test"));
        DeltaCapture::install(db, only(CapturePlanner::plan(db, dmt()), { QStringLiteral("cms_page") }));
        ChangeLogReader reader(db);
        reader.markApplied(lastSeq(db));
        Database other(m_m1, {}, QStringLiteral("test-other"));
        other.beginTransaction();
        other.exec(QStringLiteral("UPDATE cms_page SET title = 'slow' WHERE page_id = 1")); // takes seq n
        db.exec(QStringLiteral("UPDATE cms_page SET title = 'fast' WHERE page_id = 2")); // seq n+1, committed first
        const ChangeBatch waiting = reader.next();
        QVERIFY(waiting.waitingForGap);
        QVERIFY(waiting.changes.isEmpty());
        other.commit();
        const ChangeBatch both = reader.next();
        QVERIFY(!both.waitingForGap);
        QCOMPARE(both.changes.size(), 2);
        QCOMPARE(both.changes[0].key, QVariantList { 1 });
        QCOMPARE(both.changes[1].key, QVariantList { 2 });

        // A rolled-back number is a gap for good: passed over once older than the grace period.
        reader.markApplied(both.lastSeq);
        other.beginTransaction();
        other.exec(QStringLiteral("UPDATE cms_page SET title = 'undone' WHERE page_id = 1"));
        other.rollback();
        db.exec(QStringLiteral("UPDATE cms_page SET title = 'later' WHERE page_id = 2"));
        QVERIFY(reader.next().waitingForGap);
        ChangeLogReader::Options noGrace;
        noGrace.gapGraceSeconds = 0;
        ChangeLogReader impatient(db, noGrace);
        const ChangeBatch after = impatient.next();
        QVERIFY(!after.waitingForGap);
        QCOMPARE(after.changes.size(), 1);
        QCOMPARE(after.changes[0].key, QVariantList { 2 });
    }

    void foreignTriggerKeepsWorking()
    {
        Database db(m_m1, {}, QStringLiteral("test"));
        db.exec(QStringLiteral("CREATE TABLE ext_audit (id INT AUTO_INCREMENT PRIMARY KEY, page_id INT)"));
        db.exec(QStringLiteral("CREATE TRIGGER ext_cms_page_audit AFTER UPDATE ON cms_page FOR EACH ROW "
                               "INSERT INTO ext_audit (page_id) VALUES (NEW.page_id)"));
        const QStringList before = DeltaCapture::schemaObjects(db);
        const auto audits = [&] { return db.scalar(QStringLiteral("SELECT COUNT(*) FROM ext_audit")).toInt(); };

        const CapturePlan plan = CapturePlanner::plan(db, dmt());
        const auto page = std::find_if(plan.targets.cbegin(), plan.targets.cend(),
            [](const CaptureTarget& t) { return t.table == QLatin1String("cms_page"); });
        QCOMPARE(page->foreignTriggers, QStringList { QStringLiteral("ext_cms_page_audit") });
        QVERIFY(plan.canInstall());
        DeltaCapture::install(db, only(plan, { QStringLiteral("cms_page"), QStringLiteral("cms_block") }));
        db.exec(QStringLiteral("UPDATE cms_page SET title = 'with capture' WHERE page_id = 1"));
        QCOMPARE(audits(), 1);
        QCOMPARE(logRows(db).rows.last(), QStringLiteral("cms_page U [1]"));

        // An old server allows one AFTER UPDATE trigger per table: Cutover refuses and names the one in place.
        const CapturePlan old
            = CapturePlanner::plan(db, dmt(), CaptureServer::fromVersion(QStringLiteral("5.6.51-log")));
        QVERIFY(!old.canInstall());
        const auto slot = std::find_if(old.blockers.cbegin(), old.blockers.cend(),
            [](const CaptureBlocker& b) { return b.id == QLatin1String("trigger-slot"); });
        QVERIFY(slot != old.blockers.cend());
        QVERIFY2(slot->message.contains(QLatin1String("ext_cms_page_audit")), qPrintable(slot->message));
        QVERIFY(slot->fix.contains(QLatin1String("10.2.3")));

        removeAll(db);
        db.exec(QStringLiteral("UPDATE cms_page SET title = 'after remove' WHERE page_id = 1"));
        QCOMPARE(audits(), 2);
        QCOMPARE(DeltaCapture::schemaObjects(db), before);
        db.exec(QStringLiteral("DROP TRIGGER ext_cms_page_audit"));
        db.exec(QStringLiteral("DROP TABLE ext_audit"));
    }

    void keysWithoutJsonArray()
    {
        // The CONCAT form of the key for servers before JSON_ARRAY(), run on this server: same JSON, string
        // keys escaped.
        Database db(m_m1, {}, QStringLiteral("test"));
        CaptureServer old = CapturePlanner::readServer(db);
        old.jsonArray = false;
        const CapturePlan plan = only(
            CapturePlanner::plan(db, dmt(), old), { QStringLiteral("core_session"), QStringLiteral("cms_page_store") });
        QVERIFY(plan.targets.first().triggers.first().body.contains(QLatin1String("CONCAT('['")));
        DeltaCapture::install(db, plan);
        ChangeLogReader reader(db);
        reader.markApplied(lastSeq(db));
        const QString id = QStringLiteral("se\"ss\\ion");
        db.query(
            QStringLiteral("INSERT INTO core_session (session_id, session_expires, session_data) VALUES (?, 1, '')"),
            { id });
        db.exec(QStringLiteral("INSERT INTO cms_page_store (page_id, store_id) VALUES (2, 1)"));
        const ChangeBatch batch = reader.next();
        QCOMPARE(batch.changes.size(), 2);
        QCOMPARE(batch.changes[0].key, QVariantList { id });
        QCOMPARE(batch.changes[1].key, (QVariantList { 2, 1 }));
        db.exec(QStringLiteral("DELETE FROM cms_page_store WHERE page_id = 2 AND store_id = 1"));
    }

    void droppedLogTableIsReported()
    {
        Database db(m_m1, {}, QStringLiteral("test"));
        DeltaCapture::install(
            db, only(CapturePlanner::plan(db, dmt()), { QStringLiteral("cms_page"), QStringLiteral("cms_block") }));
        db.exec(QStringLiteral("UPDATE cms_page SET title = 'x' WHERE page_id = 3"));
        ChangeLogReader(db).markApplied(lastSeq(db));
        const qint64 applied = lastSeq(db);
        db.exec(QStringLiteral("DROP TABLE cutover_cl"));

        const CaptureStatus status = DeltaCapture::status(db);
        QVERIFY(status.installed);
        QVERIFY(!status.healthy());
        QVERIFY(!DeltaCapture::isInstalled(db));
        QCOMPARE(status.problems.size(), 1);
        QCOMPARE(status.problems[0].id, QStringLiteral("log-table-missing"));
        QVERIFY2(
            status.problems[0].message.contains(QLatin1String("cutover_cl")), qPrintable(status.problems[0].message));
        QVERIFY(status.problems[0].message.contains(QLatin1String("every write")));
        QVERIFY2(status.problems[0].fix.contains(QLatin1String("delta install")), qPrintable(status.problems[0].fix));
        // What the problem says: the store cannot write to a captured table.
        QVERIFY_THROWS_EXCEPTION(Error, db.exec(QStringLiteral("UPDATE cms_page SET title = 'y' WHERE page_id = 3")));
        // The apply loop refuses instead of applying nothing.
        try {
            ChangeLogReader reader(db);
            QFAIL("the reader opened a capture without change log");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("cutover_cl")), qPrintable(e.message()));
            QVERIFY(e.message().contains(QLatin1String("delta install")));
        }

        // Reinstalling repairs it and continues the numbering after the applied mark.
        const DeltaCapture::InstallResult repaired = DeltaCapture::install(
            db, only(CapturePlanner::plan(db, dmt()), { QStringLiteral("cms_page"), QStringLiteral("cms_block") }));
        QCOMPARE(repaired.created, 1);
        QVERIFY(DeltaCapture::isInstalled(db));
        db.exec(QStringLiteral("UPDATE cms_page SET title = 'z' WHERE page_id = 3"));
        const ChangeBatch batch = ChangeLogReader(db).next();
        QCOMPARE(batch.changes.size(), 1);
        QVERIFY(batch.lastSeq > applied);
    }

    void alteredOrMissingTriggerIsReported()
    {
        Database db(m_m1, {}, QStringLiteral("test"));
        DeltaCapture::install(db,
            only(CapturePlanner::plan(db, dmt()), { QStringLiteral("sales_flat_order"), QStringLiteral("cms_block") }));
        db.exec(QStringLiteral("DROP TRIGGER cutover_sales_flat_order_ai"));
        db.exec(QStringLiteral("DROP TRIGGER cutover_cms_block_au"));
        db.exec(QStringLiteral("CREATE TRIGGER cutover_cms_block_au AFTER UPDATE ON cms_block FOR EACH ROW "
                               "INSERT INTO cutover_cl (tbl, op, k) VALUES ('cms_block', 'X', '[]')"));
        const CaptureStatus status = DeltaCapture::status(db);
        QCOMPARE(status.problems.size(), 2);
        QStringList ids;
        for (const CaptureProblem& p : status.problems)
            ids << p.id + QLatin1Char(' ') + p.object;
        ids.sort();
        QCOMPARE(ids,
            (QStringList { QStringLiteral("trigger-changed cutover_cms_block_au"),
                QStringLiteral("trigger-missing cutover_sales_flat_order_ai") }));
        QCOMPARE(status.triggersExpected - status.triggersPresent, 1);
        QVERIFY_THROWS_EXCEPTION(Error, ChangeLogReader reader(db));
        DeltaCapture::install(db,
            only(CapturePlanner::plan(db, dmt()), { QStringLiteral("sales_flat_order"), QStringLiteral("cms_block") }));
        QVERIFY(DeltaCapture::isInstalled(db));
    }

    void selectOnlyUserIsRefusedBeforeAnyChange()
    {
        auto& server = TestServer::instance();
        server.sql(QStringLiteral("CREATE USER IF NOT EXISTS 'delta_ro'@'%' IDENTIFIED BY 'Ro-pw-1'; "
                                  "GRANT SELECT ON delta_m1.* TO 'delta_ro'@'%';"));
        Database root(m_m1, {}, QStringLiteral("test"));
        const QStringList before = DeltaCapture::schemaObjects(root);
        Database db(server.server().tcpProfile(QStringLiteral("delta_ro"), QStringLiteral("delta_m1")),
            QStringLiteral("Ro-pw-1"), QStringLiteral("test"));
        const CapturePlan plan = CapturePlanner::plan(db, dmt());
        QVERIFY(!plan.canInstall());
        QCOMPARE(plan.blockers.size(), 1);
        const CaptureBlocker& blocker = plan.blockers.first();
        QCOMPARE(blocker.id, QStringLiteral("privileges"));
        QVERIFY2(blocker.message.contains(QLatin1String("TRIGGER")) && blocker.message.contains(QLatin1String("CREATE"))
                && blocker.message.contains(QLatin1String("'delta_ro'@'%'")),
            qPrintable(blocker.message));
        QVERIFY2(
            blocker.fix.contains(QLatin1String("GRANT TRIGGER, CREATE, INSERT, UPDATE, DELETE, DROP ON `delta_m1`.* "
                                               "TO 'delta_ro'@'%';")),
            qPrintable(blocker.fix));
        try {
            DeltaCapture::install(db, plan);
            QFAIL("install went ahead without privileges");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("nothing was changed")), qPrintable(e.message()));
        }
        QCOMPARE(DeltaCapture::schemaObjects(root), before);
    }

    void binaryLoggingWithoutSuperIsExplained()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        LocalServer::Options options;
        options.rootFolder = folder.path();
        options.extraArguments << QStringLiteral("--log-bin=binlog") << QStringLiteral("--server-id=1");
        LocalServer server(options);
        server.start();
        server.runSql(QStringLiteral("CREATE DATABASE shop; "
                                     "CREATE TABLE shop.sales_flat_order (entity_id INT UNSIGNED PRIMARY KEY, "
                                     "grand_total DECIMAL(12,4)); "
                                     "CREATE TABLE shop.cms_page (page_id SMALLINT PRIMARY KEY, title VARCHAR(255)); "
                                     "CREATE USER 'shop'@'%' IDENTIFIED BY 'Shop-pw-2'; "
                                     "GRANT ALL PRIVILEGES ON shop.* TO 'shop'@'%'; "
                                     "SET GLOBAL log_bin_trust_function_creators = 0;"));
        Database db(server.tcpProfile(QStringLiteral("shop"), QStringLiteral("shop")), QStringLiteral("Shop-pw-2"),
            QStringLiteral("test"));
        // The premise: this server really refuses the user's triggers.
        QVERIFY_THROWS_EXCEPTION(
            Error, db.exec(QStringLiteral("CREATE TRIGGER probe AFTER INSERT ON cms_page FOR EACH ROW SET @x = 1")));

        const QStringList before = DeltaCapture::schemaObjects(db);
        const CapturePlan plan = CapturePlanner::plan(db, dmt());
        QVERIFY(plan.server.logBin);
        QCOMPARE(plan.targets.size(), 2);
        QCOMPARE(plan.blockers.size(), 1);
        QCOMPARE(plan.blockers[0].id, QStringLiteral("binlog"));
        QVERIFY2(plan.blockers[0].message.contains(QLatin1String("log_bin_trust_function_creators")),
            qPrintable(plan.blockers[0].message));
        QVERIFY(plan.blockers[0].message.contains(QLatin1String("SUPER")));
        QVERIFY(plan.blockers[0].fix.contains(QLatin1String("SET GLOBAL log_bin_trust_function_creators = 1")));
        QVERIFY(plan.blockers[0].fix.contains(QLatin1String("GRANT SUPER ON *.* TO 'shop'@'%'")));
        QVERIFY_THROWS_EXCEPTION(Error, DeltaCapture::install(db, plan));
        QCOMPARE(DeltaCapture::schemaObjects(db), before);

        // With the fix applied, the same user installs and removes capture.
        server.runSql(QStringLiteral("SET GLOBAL log_bin_trust_function_creators = 1;"));
        const CapturePlan fixed = CapturePlanner::plan(db, dmt());
        QVERIFY(fixed.canInstall());
        DeltaCapture::install(db, fixed);
        db.exec(QStringLiteral("INSERT INTO cms_page VALUES (1, 'home')"));
        QCOMPARE(logRows(db).rows, QStringList { QStringLiteral("cms_page I [1]") });
        removeAll(db);
        QCOMPARE(DeltaCapture::schemaObjects(db), before);
    }

    void writeOverhead()
    {
        Database db(m_m1, {}, QStringLiteral("test"));
        const int rows = 10'000; // inserts, then as many updates: 20k single-row writes each run
        const auto run = [&](int base) {
            QElapsedTimer timer;
            timer.start();
            QSqlQuery insert(db.handle());
            insert.prepare(QStringLiteral("INSERT INTO sales_flat_order (entity_id, increment_id, grand_total) VALUES "
                                          "(?, ?, 1)"));
            for (int i = 0; i < rows; ++i) {
                insert.bindValue(0, base + i);
                insert.bindValue(1, QString::number(base + i));
                QVERIFY(insert.exec());
            }
            QSqlQuery update(db.handle());
            update.prepare(
                QStringLiteral("UPDATE sales_flat_order SET grand_total = grand_total + 1 WHERE entity_id = ?"));
            for (int i = 0; i < rows; ++i) {
                update.bindValue(0, base + i);
                QVERIFY(update.exec());
            }
            m_rate = 2.0 * rows * 1000.0 / std::max<qint64>(1, timer.elapsed());
        };
        run(1'000'000);
        const double without = m_rate;
        DeltaCapture::install(db, only(CapturePlanner::plan(db, dmt()), { QStringLiteral("sales_flat_order") }));
        run(2'000'000);
        const double with = m_rate;
        QCOMPARE(lastSeq(db) >= 2 * rows, true);
        qInfo("sales_flat_order single-row writes: %.0f/s without capture, %.0f/s with capture (%.0f%%)", without, with,
            100.0 * with / without);
        removeAll(db);
        db.exec(QStringLiteral("DELETE FROM sales_flat_order WHERE entity_id >= 1000000"));
    }

private:
    ConnectionProfile m_m1;
    ConnectionProfile m_m1p;
    double m_rate = 0;
};

QTEST_GUILESS_MAIN(TestDelta)
#include "tst_delta.moc"
