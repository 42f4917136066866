#include "db/database.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "stepsupport.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

// The mess the catalog area reports, by the names it gives them in GeneratorReport::mess.
const QString orphanValues = QStringLiteral("orphan catalog_product_entity_varchar rows (product missing)");
const QString orphanCategoryLinks = QStringLiteral("orphan catalog_category_product rows (product missing)");
const QString urlKeyClashes = QStringLiteral("product URL keys in store fr equal to another product's default URL key");
const QString zeroDates = QStringLiteral("zero dates in product special_from_date");
const QString nonAsciiNames = QStringLiteral("product names with non-ASCII letters");
const QString missingImages = QStringLiteral("gallery images missing on disk");

const QStringList catalogTables { QStringLiteral("eav_attribute"), QStringLiteral("eav_attribute_option_value"),
    QStringLiteral("eav_entity_attribute"), QStringLiteral("catalog_category_entity"),
    QStringLiteral("catalog_category_entity_varchar"), QStringLiteral("catalog_category_entity_int"),
    QStringLiteral("catalog_product_entity"), QStringLiteral("catalog_product_entity_varchar"),
    QStringLiteral("catalog_product_entity_int"), QStringLiteral("catalog_product_entity_decimal"),
    QStringLiteral("catalog_product_entity_text"), QStringLiteral("catalog_product_entity_datetime"),
    QStringLiteral("catalog_product_entity_media_gallery"), QStringLiteral("catalog_product_entity_tier_price"),
    QStringLiteral("catalog_product_super_attribute_pricing"), QStringLiteral("catalog_product_super_link"),
    QStringLiteral("catalog_product_bundle_selection"), QStringLiteral("catalog_product_link"),
    QStringLiteral("downloadable_link"), QStringLiteral("catalog_category_product"),
    QStringLiteral("cataloginventory_stock_item"), QStringLiteral("core_url_rewrite") };

qint64 number(Database& db, const QString& sql)
{
    return db.scalar(expand(db, sql)).toLongLong();
}

QStringList checksums(Database& db)
{
    QStringList sums;
    for (const QString& table : catalogTables) {
        QSqlQuery q = db.query(QStringLiteral("CHECKSUM TABLE %1").arg(db.table(table)));
        sums << table + QLatin1Char('=') + (q.next() ? q.value(1).toString() : QStringLiteral("?"));
    }
    return sums;
}

GeneratorOptions smallStore(quint64 seed, qint64 products = 300)
{
    GeneratorOptions options;
    options.products = products;
    options.customers = 0;
    options.orders = 0;
    options.seed = seed;
    return options;
}

/** StoreGenerator::run, with the error's message and details in the test log when it throws. */
GeneratorReport generate(
    const ConnectionProfile& profile, const GeneratorOptions& options, const StoreGenerator::ProgressFn& progress = {})
{
    try {
        return StoreGenerator::run(profile, {}, options, progress);
    } catch (const Error& e) {
        qCritical("generating into %s failed: %s\n%s", qPrintable(profile.displayName()), qPrintable(e.message()),
            qPrintable(e.details()));
        throw;
    }
}

} // namespace

// The catalog area of the store generator, on both real Magento 1 dumps.
class TestGeneratorCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fillsConsistentCatalog_data()
    {
        QTest::addColumn<bool>("prefixed");
        QTest::addRow("1.9.1.1") << false;
        QTest::addRow("1.9.3.2 prefixed") << true;
    }

    void fillsConsistentCatalog()
    {
        QFETCH(bool, prefixed);
        auto& server = TestServer::instance();
        const auto profile = prefixed ? server.magento1Prefixed(QStringLiteral("gen_catalog_p"))
                                      : server.magento1(QStringLiteral("gen_catalog"));
        Database db(profile, {}, QStringLiteral("test"));
        // The 1.9.3.2 dump has products, categories and rewrites of its own: check what this run added.
        const qint64 before
            = number(db, QStringLiteral("SELECT COALESCE(MAX(entity_id), 0) FROM {catalog_product_entity}"));
        const QString orphanValuesSql
            = QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity_varchar} v LEFT JOIN "
                             "{catalog_product_entity} e ON e.entity_id = v.entity_id WHERE e.entity_id IS NULL");
        const QString orphanLinksSql
            = QStringLiteral("SELECT COUNT(*) FROM {catalog_category_product} v LEFT JOIN "
                             "{catalog_product_entity} e ON e.entity_id = v.product_id WHERE e.entity_id IS NULL");
        const qint64 orphanValuesBefore = number(db, orphanValuesSql);
        const qint64 orphanLinksBefore = number(db, orphanLinksSql);
        const QString zeroDatesSql
            = QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity_datetime} v JOIN {eav_attribute} a "
                             "USING (attribute_id) WHERE a.attribute_code = 'special_from_date' "
                             "AND CAST(v.value AS CHAR) = '0000-00-00 00:00:00'");
        const qint64 zeroDatesBefore = number(db, zeroDatesSql);

        QTemporaryDir media;
        QVERIFY(media.isValid());
        GeneratorOptions options = smallStore(11);
        options.mediaDir = media.path();
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        const auto report = generate(profile, options, [&](const QString& area, qint64 done, qint64 total) {
            if (area == QLatin1String("catalog")) {
                lastDone = done;
                lastTotal = total;
            }
        });
        QCOMPARE(lastTotal, options.products);
        QCOMPARE(lastDone, options.products);
        const QString newProducts = QStringLiteral(" entity_id > %1").arg(before);

        // Size and mix.
        QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity} WHERE") + newProducts),
            options.products);
        for (const char* type : { "simple", "configurable", "bundle", "grouped", "virtual", "downloadable" }) {
            QVERIFY2(number(db,
                         QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity} WHERE type_id = '%1' AND")
                                 .arg(QLatin1String(type))
                             + newProducts)
                    > 0,
                type);
        }

        // Attribute sets: every product's set is a product set; the new sets exist with the custom attributes.
        QCOMPARE(
            number(db,
                QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity} p LEFT JOIN {eav_attribute_set} s "
                               "ON s.attribute_set_id = p.attribute_set_id AND s.entity_type_id = p.entity_type_id "
                               "JOIN {eav_entity_type} t ON t.entity_type_id = p.entity_type_id "
                               "WHERE (s.attribute_set_id IS NULL OR t.entity_type_code <> 'catalog_product') AND p.")
                    + newProducts.trimmed()),
            0);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {eav_attribute_set} WHERE attribute_set_name IN ('Clothing', "
                                    "'Electronics', 'Digital Goods')")),
            3);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(DISTINCT frontend_input) FROM {eav_attribute} WHERE is_user_defined "
                                    "= 1 AND frontend_input IN "
                                    "('text', 'textarea', 'select', 'multiselect', 'price', 'date', 'boolean')")),
            7);
        QVERIFY(
            number(db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM {eav_attribute_option_value} v JOIN {eav_attribute_option} o USING "
                    "(option_id) "
                    "JOIN {eav_attribute} a USING (attribute_id) WHERE a.attribute_code = 'size' AND v.store_id > 0"))
            >= 10);
        QVERIFY(number(db,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM {eav_attribute_option} o JOIN {eav_attribute} a USING (attribute_id) "
                        "WHERE a.attribute_code = 'color'"))
            > 0);

        // Configurables: every child linked to a configurable parent; every parent with super attributes and children.
        QCOMPARE(
            number(db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM {catalog_product_super_link} l LEFT JOIN {catalog_product_entity} p "
                    "ON p.entity_id = l.parent_id AND p.type_id = 'configurable' LEFT JOIN {catalog_product_entity} c "
                    "ON c.entity_id = l.product_id WHERE p.entity_id IS NULL OR c.entity_id IS NULL")),
            0);
        QCOMPARE(
            number(db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM {catalog_product_entity} p WHERE p.type_id = 'configurable' AND (p.")
                    + newProducts.trimmed()
                    + QStringLiteral(
                        ") AND ((SELECT COUNT(*) FROM {catalog_product_super_attribute} s WHERE s.product_id = "
                        "p.entity_id) = 0 "
                        "OR (SELECT COUNT(*) FROM {catalog_product_super_link} l WHERE l.parent_id = p.entity_id) < 2 "
                        "OR (SELECT COUNT(*) FROM {catalog_product_relation} r WHERE r.parent_id = p.entity_id) < 2)")),
            0);
        QVERIFY(number(db, QStringLiteral("SELECT COUNT(*) FROM {catalog_product_super_attribute_pricing}")) > 0);
        QVERIFY(number(db,
                    QStringLiteral("SELECT COUNT(*) FROM {catalog_product_super_attribute_label} WHERE store_id > 0"))
            > 0);

        // Bundles and grouped products point at products that exist, and each has members.
        QCOMPARE(
            number(db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM {catalog_product_bundle_selection} s LEFT JOIN {catalog_product_entity} p "
                    "ON p.entity_id = s.product_id WHERE p.entity_id IS NULL")),
            0);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity} b WHERE b.type_id = 'bundle' AND b.")
                         + newProducts.trimmed()
                         + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM {catalog_product_bundle_selection} s WHERE "
                                          "s.parent_product_id = b.entity_id)")),
            0);
        const QString superLink
            = QStringLiteral("(SELECT link_type_id FROM {catalog_product_link_type} WHERE code = 'super')");
        QCOMPARE(
            number(db,
                QStringLiteral("SELECT COUNT(*) FROM {catalog_product_link} l LEFT JOIN {catalog_product_entity} p "
                               "ON p.entity_id = l.linked_product_id WHERE l.link_type_id = %1 AND p.entity_id IS NULL")
                    .arg(superLink)),
            0);
        QCOMPARE(
            number(db,
                QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity} g WHERE g.type_id = 'grouped' AND g.")
                    + newProducts.trimmed()
                    + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM {catalog_product_link} l WHERE l.product_id = "
                                     "g.entity_id AND l.link_type_id = %1)")
                          .arg(superLink)),
            0);
        QVERIFY(number(db,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM {downloadable_link_title} t JOIN {downloadable_link} l USING (link_id)"))
            > 0);

        // Names in the admin store for all, translations in fr and de, stock for all.
        const QString name = QStringLiteral(
            "(SELECT attribute_id FROM {eav_attribute} WHERE attribute_code = 'name' AND entity_type_id = "
            "(SELECT entity_type_id FROM {eav_entity_type} WHERE entity_type_code = 'catalog_product'))");
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity} p WHERE p.") + newProducts.trimmed()
                         + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM {catalog_product_entity_varchar} v WHERE "
                                          "v.entity_id = p.entity_id "
                                          "AND v.store_id = 0 AND v.attribute_id = %1)")
                               .arg(name)),
            0);
        for (const char* store : { "fr", "de" }) {
            QVERIFY2(
                number(db,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM {catalog_product_entity_varchar} WHERE attribute_id = %1 AND store_id = "
                        "(SELECT store_id FROM {core_store} WHERE code = '%2')")
                        .arg(name, QLatin1String(store)))
                    > 0,
                store);
        }
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity} p WHERE p.") + newProducts.trimmed()
                         + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM {cataloginventory_stock_item} s WHERE "
                                          "s.product_id = p.entity_id)")),
            0);
        QVERIFY(number(db, QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity_tier_price}")) > 0);
        QVERIFY(number(db,
                    QStringLiteral("SELECT COUNT(*) FROM {catalog_product_website} WHERE product_id > %1").arg(before))
            > options.products);

        // Category tree: path ends with the id, the parent exists and is the path's previous step, level = depth,
        // children_count = descendants; the second website has its own root.
        QCOMPARE(
            number(db,
                QStringLiteral("SELECT COUNT(*) FROM {catalog_category_entity} c LEFT JOIN {catalog_category_entity} p "
                               "ON p.entity_id = c.parent_id WHERE c.parent_id > 0 AND (p.entity_id IS NULL "
                               "OR c.path <> CONCAT(p.path, '/', c.entity_id))")),
            0);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {catalog_category_entity} c WHERE c.level <> "
                                    "LENGTH(c.path) - LENGTH(REPLACE(c.path, '/', ''))")),
            0);
        QCOMPARE(number(db,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM {catalog_category_entity} c WHERE c.children_count <> "
                         "(SELECT COUNT(*) FROM {catalog_category_entity} d WHERE d.path LIKE CONCAT(c.path, '/%'))")),
            0);
        QVERIFY(number(db, QStringLiteral("SELECT COUNT(*) FROM {catalog_category_entity} WHERE level >= 4")) > 0);
        QCOMPARE(number(db,
                     QStringLiteral(
                         "SELECT COUNT(DISTINCT g.root_category_id) FROM {core_store_group} g JOIN {core_store} s "
                         "ON s.group_id = g.group_id WHERE s.code IN ('default', 'de')")),
            2);

        // URL rewrites for products and categories in every store view, and a few custom redirects.
        for (const char* store : { "default", "fr", "de" }) {
            const QString storeId
                = QStringLiteral("(SELECT store_id FROM {core_store} WHERE code = '%1')").arg(QLatin1String(store));
            QVERIFY2(number(db,
                         QStringLiteral("SELECT COUNT(*) FROM {core_url_rewrite} WHERE product_id > %1 AND category_id "
                                        "IS NOT NULL AND store_id = %2")
                             .arg(before)
                             .arg(storeId))
                    > 0,
                store);
            QVERIFY2(
                number(db,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM {core_url_rewrite} WHERE id_path LIKE 'category/%' AND store_id = %1")
                        .arg(storeId))
                    > 0,
                store);
        }
        QVERIFY(
            number(db, QStringLiteral("SELECT COUNT(*) FROM {core_url_rewrite} WHERE is_system = 0 AND options = 'RP'"))
            > 0);

        // The mess, as reported.
        QVERIFY(report.mess.value(orphanValues) > 0);
        QCOMPARE(number(db, orphanValuesSql) - orphanValuesBefore, report.mess.value(orphanValues));
        QVERIFY(report.mess.value(orphanCategoryLinks) > 0);
        QCOMPARE(number(db, orphanLinksSql) - orphanLinksBefore, report.mess.value(orphanCategoryLinks));
        const QString urlKey = QStringLiteral(
            "(SELECT attribute_id FROM {eav_attribute} WHERE attribute_code = 'url_key' AND entity_type_id = "
            "(SELECT entity_type_id FROM {eav_entity_type} WHERE entity_type_code = 'catalog_product'))");
        QVERIFY(report.mess.value(urlKeyClashes) > 0);
        QCOMPARE(number(db,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM {catalog_product_entity_varchar} f WHERE f.attribute_id = %1 AND "
                         "f.store_id = "
                         "(SELECT store_id FROM {core_store} WHERE code = 'fr') AND EXISTS (SELECT 1 FROM "
                         "{catalog_product_entity_varchar} a WHERE a.attribute_id = f.attribute_id AND a.store_id = 0 "
                         "AND a.value = f.value AND a.entity_id <> f.entity_id)")
                         .arg(urlKey)),
            report.mess.value(urlKeyClashes));
        QVERIFY(report.mess.value(zeroDates) > 0);
        QCOMPARE(number(db, zeroDatesSql) - zeroDatesBefore, report.mess.value(zeroDates));
        QVERIFY(report.mess.value(nonAsciiNames) > 0);
        QVERIFY(number(db,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM {catalog_product_entity_varchar} WHERE attribute_id = %1 AND value <> "
                        "CONVERT(CONVERT(value USING ascii) USING utf8)")
                        .arg(name))
            > 0);

        // Media: every gallery row's file is on disk but for the ones reported missing.
        QSqlQuery gallery = db.query(
            expand(db, QStringLiteral("SELECT value FROM {catalog_product_entity_media_gallery} WHERE") + newProducts));
        qint64 rows = 0;
        qint64 missing = 0;
        while (gallery.next()) {
            ++rows;
            const QString path = media.path() + QStringLiteral("/catalog/product") + gallery.value(0).toString();
            if (!QFileInfo::exists(path))
                ++missing;
        }
        QVERIFY(rows >= options.products);
        QVERIFY(report.mess.value(missingImages) > 0);
        QCOMPARE(missing, report.mess.value(missingImages));
        QVERIFY(report.mediaFiles >= rows - missing);
        QSqlQuery link = db.query(expand(db,
            QStringLiteral("SELECT link_file FROM {downloadable_link} WHERE link_type = 'file' AND product_id > %1")
                .arg(before)));
        QVERIFY(link.next());
        QVERIFY2(
            QFileInfo::exists(media.path() + QStringLiteral("/downloadable/files/links") + link.value(0).toString()),
            qPrintable(link.value(0).toString()));
        QVERIFY(!QDir(media.path() + QStringLiteral("/catalog/category")).entryList(QDir::Files).isEmpty());
    }

    void sameSeedSameRowsAndRerun()
    {
        auto& server = TestServer::instance();
        const auto first = server.magento1(QStringLiteral("gen_catalog_seed_a"));
        const auto second = server.magento1(QStringLiteral("gen_catalog_seed_b"));
        const auto other = server.magento1(QStringLiteral("gen_catalog_seed_c"));
        // Files or not, the rows are the same: the media folder must not change what is drawn.
        QTemporaryDir media;
        GeneratorOptions withMedia = smallStore(5);
        withMedia.mediaDir = media.path();
        generate(first, withMedia);
        generate(second, smallStore(5));
        generate(other, smallStore(6));
        Database a(first, {}, QStringLiteral("test-a"));
        Database b(second, {}, QStringLiteral("test-b"));
        Database c(other, {}, QStringLiteral("test-c"));
        const QStringList sumsA = checksums(a);
        QCOMPARE(checksums(b), sumsA);
        const QStringList sumsC = checksums(c);
        int differing = 0;
        for (int i = 0; i < sumsA.size(); ++i)
            differing += sumsA[i] != sumsC[i] ? 1 : 0;
        QVERIFY2(differing >= sumsA.size() / 2, qPrintable(sumsC.join(QLatin1Char(' '))));

        // A second, larger run into a filled store adds to it without clashing on ids, codes or request paths;
        // it is timed, not asserted on, as machines differ.
        const auto report = generate(other, smallStore(3, 5000));
        QCOMPARE(number(c, QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity}")), 5300);
        QCOMPARE(
            number(c, QStringLiteral("SELECT COUNT(*) FROM {eav_attribute_set} WHERE attribute_set_name = 'Clothing'")),
            1);
        qint64 catalogRows = 0;
        for (auto it = report.rowsPerTable.cbegin(); it != report.rowsPerTable.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("catalog")) || it.key().startsWith(QLatin1String("core_url"))
                || it.key().startsWith(QLatin1String("downloadable")) || it.key().startsWith(QLatin1String("eav")))
                catalogRows += it.value();
        }
        qInfo("5,000 products: %lld catalog rows, %lld rows in all in %.1f s (%.0f rows/s)", catalogRows,
            report.totalRows, report.seconds, report.seconds > 0 ? report.totalRows / report.seconds : 0.0);
    }
};

QTEST_GUILESS_MAIN(TestGeneratorCatalog)
#include "tst_generator_catalog.moc"
