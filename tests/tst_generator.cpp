#include "db/database.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "testserver.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

qint64 count(Database& db, const QString& table, const QString& where = {})
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(db.table(table), where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)).toLongLong();
}

struct ForeignKey {
    QString name;
    QString table;
    QStringList columns;
    QString parentTable;
    QStringList parentColumns;
};

// Magento 1 declares its relations as foreign keys: read them, so the check covers every table the schema has.
QVector<ForeignKey> foreignKeys(Database& db)
{
    QVector<ForeignKey> keys;
    QSqlQuery q = db.query(QStringLiteral("SELECT CONSTRAINT_NAME, TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, "
                                          "REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE "
                                          "WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL "
                                          "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION"));
    while (q.next()) {
        if (keys.isEmpty() || keys.last().name != q.value(0).toString() || keys.last().table != q.value(1).toString())
            keys.push_back({ q.value(0).toString(), q.value(1).toString(), {}, q.value(3).toString(), {} });
        keys.last().columns << q.value(2).toString();
        keys.last().parentColumns << q.value(4).toString();
    }
    return keys;
}

// Rows of each foreign key's table whose parent row is missing, keyed "table.columns -> parent".
QMap<QString, qint64> orphans(Database& db)
{
    QMap<QString, qint64> found;
    for (const ForeignKey& key : foreignKeys(db)) {
        QStringList join;
        QStringList notNull;
        for (int i = 0; i < key.columns.size(); ++i) {
            join << QStringLiteral("p.`%1` = c.`%2`").arg(key.parentColumns[i], key.columns[i]);
            notNull << QStringLiteral("c.`%1` IS NOT NULL").arg(key.columns[i]);
        }
        const qint64 n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM `%1` c LEFT JOIN `%2` p ON %3 WHERE %4 AND p.`%5` IS NULL")
                                       .arg(key.table, key.parentTable, join.join(QStringLiteral(" AND ")),
                                           notNull.join(QStringLiteral(" AND ")), key.parentColumns.first()))
                             .toLongLong();
        if (n > 0)
            found[QStringLiteral("%1.%2 -> %3").arg(key.table, key.columns.join(QLatin1Char(',')), key.parentTable)] += n;
    }
    return found;
}

QMap<QString, QString> checksums(Database& db, const QStringList& tables)
{
    QMap<QString, QString> result;
    for (const QString& table : tables) {
        QSqlQuery q = db.query(QStringLiteral("CHECKSUM TABLE %1").arg(db.table(table)));
        if (q.next())
            result.insert(table, q.value(1).toString());
    }
    return result;
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

    // Every size gives exactly the rows asked for, and every relation Magento 1 declares holds except for the
    // orphans the report owns up to.
    void wholeStoreIsReferentiallySound_data()
    {
        QTest::addColumn<bool>("prefixed");
        QTest::addColumn<qint64>("products");
        QTest::addColumn<qint64>("customers");
        QTest::addColumn<qint64>("orders");
        QTest::addRow("tiny") << false << qint64(3) << qint64(1) << qint64(2);
        QTest::addRow("small, prefixed") << true << qint64(150) << qint64(40) << qint64(120);
        QTest::addRow("medium") << false << qint64(2000) << qint64(600) << qint64(3000);
    }
    void wholeStoreIsReferentiallySound()
    {
        QFETCH(bool, prefixed);
        QFETCH(qint64, products);
        QFETCH(qint64, customers);
        QFETCH(qint64, orders);
        auto& server = TestServer::instance();
        const QString name = QStringLiteral("gen_whole_%1").arg(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("\\W")), QStringLiteral("_"));
        const auto profile = prefixed ? server.magento1Prefixed(name) : server.magento1(name);
        Database db(profile, {}, QStringLiteral("test"));
        const qint64 productsBefore = count(db, QStringLiteral("catalog_product_entity"));
        const qint64 customersBefore = count(db, QStringLiteral("customer_entity"));
        const qint64 ordersBefore = count(db, QStringLiteral("sales_flat_order"));
        const auto orphansBefore = orphans(db);

        GeneratorOptions options;
        options.products = products;
        options.customers = customers;
        options.orders = orders;
        options.seed = 11;
        const auto report = StoreGenerator::run(profile, {}, options);

        QCOMPARE(count(db, QStringLiteral("catalog_product_entity")) - productsBefore, products);
        QCOMPARE(count(db, QStringLiteral("customer_entity")) - customersBefore, customers);
        QCOMPARE(count(db, QStringLiteral("sales_flat_order")) - ordersBefore, orders);
        QVERIFY(report.totalRows > products + customers + orders);

        // Compare relation by relation: the report's keys carry no prefix, the schema's do.
        const auto orphansAfter = orphans(db);
        QMap<QString, qint64> made;
        for (auto it = orphansAfter.cbegin(); it != orphansAfter.cend(); ++it) {
            QString relation = it.key();
            if (prefixed)
                relation.replace(QStringLiteral("magev1_"), QString());
            if (const qint64 n = it.value() - orphansBefore.value(it.key()))
                made[relation] = n;
        }
        QCOMPARE(made, report.orphans);
        // Every kind of orphan is made at every size, so the check above cannot pass by making none.
        QVERIFY(report.orphans.contains(QStringLiteral("cms_page_store.page_id -> cms_page")));
        QVERIFY(report.orphans.contains(QStringLiteral("catalog_category_product.product_id -> catalog_product_entity")));
    }

    void sameSeedSameStore()
    {
        auto& server = TestServer::instance();
        GeneratorOptions options;
        options.products = 120;
        options.customers = 30;
        options.orders = 80;
        options.seed = 42;
        QMap<QString, QString> sums[3];
        const QStringList tables { QStringLiteral("core_config_data"), QStringLiteral("catalog_product_entity"),
            QStringLiteral("catalog_product_entity_varchar"), QStringLiteral("catalog_category_entity"),
            QStringLiteral("core_url_rewrite"), QStringLiteral("customer_entity"),
            QStringLiteral("customer_address_entity_varchar"), QStringLiteral("sales_flat_order"),
            QStringLiteral("sales_flat_order_item"), QStringLiteral("sales_flat_invoice"),
            QStringLiteral("review_detail"), QStringLiteral("cms_page"), QStringLiteral("salesrule") };
        for (int run = 0; run < 3; ++run) {
            const auto profile = server.magento1(QStringLiteral("gen_seed_%1").arg(run));
            options.seed = run == 2 ? 43 : 42;
            StoreGenerator::run(profile, {}, options);
            Database db(profile, {}, QStringLiteral("test"));
            sums[run] = checksums(db, tables);
        }
        for (const QString& table : tables)
            QVERIFY2(sums[0].value(table) == sums[1].value(table), qPrintable(table + QStringLiteral(" differs between two runs with one seed")));
        QVERIFY(sums[0].value(QStringLiteral("sales_flat_order")) != sums[2].value(QStringLiteral("sales_flat_order")));
        QVERIFY(sums[0].value(QStringLiteral("catalog_product_entity_varchar")) != sums[2].value(QStringLiteral("catalog_product_entity_varchar")));
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
