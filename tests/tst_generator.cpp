#include "db/database.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "testserver.h"

#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

qint64 count(Database& db, const QString& table, const QString& where = {})
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(db.table(table), where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)).toLongLong();
}

} // namespace

// The generator as a whole: stores and configuration, sizes, determinism, both dump flavours, bad targets.
// The areas' own content is checked in tst_generator_catalog and tst_generator_sales.
class TestGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void makesWebsitesAndStoreViews_data()
    {
        QTest::addColumn<bool>("prefixed");
        QTest::addRow("1.9.1.1") << false;
        QTest::addRow("1.9.3.2 prefixed") << true;
    }
    void makesWebsitesAndStoreViews()
    {
        QFETCH(bool, prefixed);
        auto& server = TestServer::instance();
        const auto profile = prefixed ? server.magento1Prefixed(QStringLiteral("gen_stores_p")) : server.magento1(QStringLiteral("gen_stores"));
        GeneratorOptions options;
        options.products = 0;
        options.customers = 0;
        options.orders = 0;
        const auto report = StoreGenerator::run(profile, {}, options);
        Database db(profile, {}, QStringLiteral("test"));
        QVERIFY(count(db, QStringLiteral("core_website"), QStringLiteral("website_id > 0")) >= 2);
        QVERIFY(count(db, QStringLiteral("core_store"), QStringLiteral("store_id > 0")) >= 3);
        QCOMPARE(count(db, QStringLiteral("core_store"), QStringLiteral("code IN ('default','fr','de')")), 3);
        // Every store view belongs to a group of its own website.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 s LEFT JOIN %2 g ON g.group_id = s.group_id AND g.website_id = s.website_id WHERE g.group_id IS NULL")
                               .arg(db.table(QStringLiteral("core_store")), db.table(QStringLiteral("core_store_group"))))
                     .toInt(),
            0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM %1 WHERE path = 'general/locale/code' AND scope = 'stores' AND scope_id = "
                                          "(SELECT store_id FROM %2 WHERE code = 'de')")
                               .arg(db.table(QStringLiteral("core_config_data")), db.table(QStringLiteral("core_store"))))
                     .toString(),
            QStringLiteral("de_DE"));
        QVERIFY(report.rowsPerTable.value(QStringLiteral("core_config_data")) > 20);

        // A second run on the same database reuses the store views instead of failing on their codes.
        StoreGenerator::run(profile, {}, options);
        QCOMPARE(count(db, QStringLiteral("core_store"), QStringLiteral("code IN ('default','fr','de')")), 3);
    }

    void refusesDatabaseWithoutMagento1()
    {
        const auto profile = TestServer::instance().emptyDatabase(QStringLiteral("gen_empty"));
        try {
            StoreGenerator::run(profile, {}, GeneratorOptions {});
            QFAIL("generated into an empty database");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("gen_empty")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("prefix")), qPrintable(e.message()));
        }
    }

    void refusesPrefixedDumpWithoutPrefix()
    {
        auto profile = TestServer::instance().magento1Prefixed(QStringLiteral("gen_noprefix"));
        profile.tablePrefix.clear();
        QVERIFY_THROWS_EXCEPTION(Error, StoreGenerator::run(profile, {}, GeneratorOptions {}));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
