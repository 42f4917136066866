#include "db/database.h"
#include "error.h"
#include "schema/tableinfo.h"
#include "testserver.h"

#include <QTest>

using namespace cutover;
using namespace cutover::test;

// The harness itself: a private server, the three real dumps, and Magento 2's triggers working.
class TestTestServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadsMagento1()
    {
        const auto profile = TestServer::instance().magento1(QStringLiteral("ts_m1"));
        Database db(profile, {}, QStringLiteral("test"));
        const auto schema = SchemaCatalog::read(db);
        QCOMPARE(schema.size(), 331);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM eav_attribute")).toInt(), 131);
        QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM core_resource WHERE code = 'core_setup'")).toString(),
            QStringLiteral("1.6.0.6"));
        QVERIFY(schema.table(QStringLiteral("sales_flat_order"))->hasColumn(QStringLiteral("increment_id")));
        QCOMPARE(schema.table(QStringLiteral("core_store"))->primaryKey, QStringList { QStringLiteral("store_id") });
    }

    void loadsPrefixedMagento1()
    {
        const auto profile = TestServer::instance().magento1Prefixed(QStringLiteral("ts_m1p"));
        Database db(profile, {}, QStringLiteral("test"));
        const auto schema = SchemaCatalog::read(db);
        QCOMPARE(schema.size(), 336);
        QVERIFY(schema.hasTable(QStringLiteral("core_config_data")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(db.table(QStringLiteral("catalog_product_entity")))).toInt(), 27);
    }

    void loadsMagento2WithWorkingTriggers()
    {
        const auto profile = TestServer::instance().magento2(QStringLiteral("ts_m2"));
        Database db(profile, {}, QStringLiteral("test"));
        QCOMPARE(SchemaCatalog::read(db).size(), 361);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() "
                                          "AND DEFINER = 'magento@%'")).toInt() > 0, true);
        // The indexer triggers run as 'magento'@'%': changing a product fires them, and they record it.
        const qint64 id = db.scalar(QStringLiteral("SELECT MIN(entity_id) FROM catalog_product_entity")).toLongLong();
        db.exec(QStringLiteral("UPDATE catalog_product_entity SET sku = CONCAT(sku, '-x') WHERE entity_id = %1").arg(id));
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM catalogsearch_fulltext_cl WHERE entity_id = %1").arg(id)).toInt() > 0);
    }

    void missingFixtureNamesTheFolder()
    {
        try {
            fixturePath(QStringLiteral("m1/no-such-dump.sql"));
            QFAIL("a missing fixture was accepted");
        } catch (const Error& e) {
            QVERIFY(e.message().contains(QStringLiteral("no-such-dump.sql")));
            QVERIFY(e.message().contains(QStringLiteral("CUTOVER_FIXTURES")));
            QVERIFY(e.message().contains(fixturesFolder()));
        }
    }

    void wrongPasswordIsRefused()
    {
        TestServer::instance().sql(QStringLiteral("CREATE USER IF NOT EXISTS 'shop'@'%' IDENTIFIED BY 'right'; "
                                                  "GRANT SELECT ON ts_m1.* TO 'shop'@'%';"));
        auto profile = TestServer::instance().server().tcpProfile(QStringLiteral("shop"), QStringLiteral("ts_m1"));
        try {
            Database db(profile, QStringLiteral("wrong"), QStringLiteral("source"));
            QFAIL("a wrong password was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("Access denied")), qPrintable(e.message()));
            QVERIFY(!e.message().contains(QStringLiteral("wrong")) || e.message().contains(QStringLiteral("password: YES")));
        }
        Database ok(profile, QStringLiteral("right"), QStringLiteral("source"));
        QCOMPARE(ok.scalar(QStringLiteral("SELECT COUNT(*) FROM core_store")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTestServer)
#include "tst_testserver.moc"
