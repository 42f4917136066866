#include "copy/copyledger.h"
#include "db/database.h"
#include "engine/migrationrunner.h"
#include "engine/verifier.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "steps/attributemap.h"
#include "steps/catalogstep.h"
#include "steps/eavstep.h"
#include "steps/settingsstep.h"
#include "stepsupport.h"
#include "testserver.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

RunReport migrate(const ConnectionProfile& source, const ConnectionProfile& destination)
{
    std::vector<std::unique_ptr<Step>> steps;
    steps.push_back(std::make_unique<SettingsStep>());
    steps.push_back(std::make_unique<EavStep>());
    steps.push_back(std::make_unique<CatalogStep>());
    return runSteps(source, destination, std::move(steps));
}

/** Product values of some attributes per store view, by attribute code (ids differ between the releases). */
QStringList productValues(Database& db, const QString& type, const QString& codes)
{
    return sortedRows(db,
        QStringLiteral("SELECT v.entity_id, a.attribute_code, v.store_id, v.value FROM {catalog_product_entity_%1} v "
                       "JOIN {eav_attribute} a ON a.attribute_id = v.attribute_id JOIN {eav_entity_type} t ON "
                       "t.entity_type_id = a.entity_type_id AND t.entity_type_code = 'catalog_product' "
                       "WHERE a.attribute_code IN (%2)")
            .arg(type, codes));
}

/** Option values of a select or multiselect as admin labels: entity|store|label,label. */
QStringList optionValues(Database& db, const QString& code, const QString& type)
{
    QHash<QString, QString> labels;
    for (const QString& row : sortedRows(db,
             QStringLiteral("SELECT o.option_id, v.value FROM {eav_attribute_option} o JOIN {eav_attribute} a ON "
                            "a.attribute_id = o.attribute_id JOIN {eav_attribute_option_value} v ON v.option_id = "
                            "o.option_id AND v.store_id = 0 WHERE a.attribute_code = '%1'")
                 .arg(code))) {
        labels.insert(row.section(QLatin1Char('|'), 0, 0), row.section(QLatin1Char('|'), 1));
    }
    QStringList result;
    for (const QString& row : sortedRows(db,
             QStringLiteral("SELECT v.entity_id, v.store_id, v.value FROM {catalog_product_entity_%1} v JOIN "
                            "{eav_attribute} a ON a.attribute_id = v.attribute_id WHERE a.attribute_code = '%2'")
                 .arg(type, code))) {
        QStringList parts = row.split(QLatin1Char('|'));
        QStringList names;
        for (const QString& id : parts[2].split(QLatin1Char(',')))
            names << labels.value(id, QStringLiteral("?") + id);
        names.sort();
        result << parts[0] + QLatin1Char('|') + parts[1] + QLatin1Char('|') + names.join(QLatin1Char(','));
    }
    result.sort();
    return result;
}

QStringList checksums(Database& db, const QStringList& tables)
{
    QStringList sums;
    for (const QString& table : tables) {
        QSqlQuery c = db.query(QStringLiteral("CHECKSUM TABLE %1").arg(db.table(table)));
        sums << table + QLatin1Char('=') + (c.next() ? c.value(1).toString() : QString());
    }
    return sums;
}

const QStringList writtenTables { QStringLiteral("eav_attribute_set"), QStringLiteral("eav_attribute_group"),
    QStringLiteral("eav_attribute"), QStringLiteral("catalog_eav_attribute"), QStringLiteral("customer_eav_attribute"),
    QStringLiteral("eav_entity_attribute"), QStringLiteral("eav_attribute_option"),
    QStringLiteral("eav_attribute_option_value"), QStringLiteral("eav_attribute_label"),
    QStringLiteral("catalog_product_entity"), QStringLiteral("catalog_product_entity_int"),
    QStringLiteral("catalog_product_entity_varchar"), QStringLiteral("catalog_product_entity_decimal"),
    QStringLiteral("catalog_product_entity_text"), QStringLiteral("catalog_product_entity_datetime"),
    QStringLiteral("catalog_product_entity_media_gallery"),
    QStringLiteral("catalog_product_entity_media_gallery_value"),
    QStringLiteral("catalog_product_entity_media_gallery_value_to_entity"), QStringLiteral("catalog_category_entity"),
    QStringLiteral("catalog_category_entity_int"), QStringLiteral("catalog_category_entity_varchar") };

/**
 * Two custom product attributes in the Magento 1 source, in its Default set: acme_tags (a multiselect whose
 * models class-map.xml translates) and acme_brand (a select whose source model is an extension's, which
 * class-map.xml does not know).
 */
void addCustomAttributes(Database& db)
{
    const QString type = scalarText(
        db, QStringLiteral("SELECT entity_type_id FROM {eav_entity_type} WHERE entity_type_code = 'catalog_product'"));
    const QString set = scalarText(db,
        QStringLiteral("SELECT default_attribute_set_id FROM {eav_entity_type} WHERE entity_type_id = %1").arg(type));
    const QString group = scalarText(db,
        QStringLiteral("SELECT MIN(attribute_group_id) FROM {eav_attribute_group} WHERE attribute_set_id = %1")
            .arg(set));
    struct Custom
    {
        const char* code;
        const char* input;
        const char* backendType;
        const char* backendModel;
        const char* sourceModel;
    };
    for (const Custom& c : { Custom { "acme_tags", "multiselect", "varchar", "'eav/entity_attribute_backend_array'",
                                 "'eav/entity_attribute_source_table'" },
             Custom { "acme_brand", "select", "int", "NULL", "'acme_brand/source_brand'" } }) {
        db.exec(expand(db,
            QStringLiteral("INSERT INTO {eav_attribute} (entity_type_id, attribute_code, backend_model, backend_type, "
                           "frontend_input, frontend_label, source_model, is_user_defined) VALUES (%1, '%2', %3, '%4', "
                           "'%5', '%2 label', %6, 1)")
                .arg(type, QLatin1String(c.code), QLatin1String(c.backendModel), QLatin1String(c.backendType),
                    QLatin1String(c.input), QLatin1String(c.sourceModel))));
        const QString id = scalarText(db, QStringLiteral("SELECT LAST_INSERT_ID()"));
        db.exec(expand(db,
            QStringLiteral(
                "INSERT INTO {catalog_eav_attribute} (attribute_id, is_global, is_filterable, is_searchable, "
                "position) VALUES (%1, 1, 1, 1, 7)")
                .arg(id)));
        db.exec(expand(db,
            QStringLiteral("INSERT INTO {eav_entity_attribute} (entity_type_id, attribute_set_id, attribute_group_id, "
                           "attribute_id, sort_order) VALUES (%1, %2, %3, %4, 99)")
                .arg(type, set, group, id)));
    }
}

/** Rows of `tables` whose foreign key points nowhere, as "table.column -> parent: rows" (Magento 2 has no prefix). */
QStringList brokenForeignKeys(Database& db, const QStringList& tables)
{
    QList<QStringList> keys;
    QSqlQuery q
        = db.query(QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME "
                                  "FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND "
                                  "REFERENCED_TABLE_NAME IS NOT NULL"));
    while (q.next()) {
        if (tables.contains(q.value(0).toString()))
            keys << QStringList { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString() };
    }
    QStringList broken;
    for (const QStringList& k : keys) {
        const qint64 n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM `%1` c LEFT JOIN `%3` p ON p.`%4` = c.`%2` "
                                                  "WHERE c.`%2` IS NOT NULL AND p.`%4` IS NULL")
                                       .arg(k[0], k[1], k[2], k[3]))
                             .toLongLong();
        if (n > 0)
            broken << QStringLiteral("%1.%2 -> %3: %4").arg(k[0], k[1], k[2]).arg(n);
    }
    return broken;
}

} // namespace

class TestEavStep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realDumps_data();
    void realDumps();
    void generatedStoreKeepsOptions();
};

void TestEavStep::realDumps_data()
{
    QTest::addColumn<bool>("prefixed");
    QTest::addRow("1.9.1.1 into 2.4.8") << false;
    QTest::addRow("prefixed 1.9.3.2 into 2.4.8") << true;
}

void TestEavStep::realDumps()
{
    QFETCH(bool, prefixed);
    auto& server = TestServer::instance();
    const auto source = prefixed ? server.magento1Prefixed(QStringLiteral("eav_real_m1p"))
                                 : server.magento1(QStringLiteral("eav_real_m1"));
    const auto destination = server.magento2(QStringLiteral("eav_real_m2"));
    Database src(source, {}, QStringLiteral("test"));
    Database dst(destination, {}, QStringLiteral("test"));
    addCustomAttributes(src);
    const QStringList untouched = checksums(dst, writtenTables);
    QCOMPARE(scalarText(dst, QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity}")), QStringLiteral("23"));

    const RunReport report = migrate(source, destination);
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));

    // Every Magento 1 attribute has a Magento 2 id, but those eav-attribute-groups.xml ignores.
    QStringList ignored;
    for (const auto& e :
        dmt().groups(QStringLiteral("eav_attribute_groups_file"))->group(QStringLiteral("ignore"))->attributes)
        ignored << e.type + QLatin1Char('/') + e.name;
    const AttributeMap attributes = AttributeMap::load(src, dst);
    for (const AttributeMap::Attribute& a : attributes.unmatched())
        QVERIFY2(ignored.contains(a.entityType + QLatin1Char('/') + a.code), qPrintable(a.code));
    QVERIFY(attributes.byCode(QStringLiteral("catalog_product"), QStringLiteral("acme_tags"))->destinationId > 0);

    // Custom attributes exist with translated models; the unknown model is dropped and reported with the fix.
    QCOMPARE(
        sortedRows(dst,
            QStringLiteral("SELECT backend_model, source_model, frontend_input, is_user_defined FROM {eav_attribute} "
                           "WHERE attribute_code = 'acme_tags'")),
        QStringList { QStringLiteral("Magento\\Eav\\Model\\Entity\\Attribute\\Backend\\ArrayBackend|"
                                     "Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table|multiselect|1") });
    QCOMPARE(sortedRows(dst,
                 QStringLiteral(
                     "SELECT source_model, frontend_input FROM {eav_attribute} WHERE attribute_code = 'acme_brand'")),
        QStringList { QStringLiteral("NULL|select") });
    QCOMPARE(
        sortedRows(dst,
            QStringLiteral("SELECT c.is_filterable, c.is_searchable, c.position FROM {catalog_eav_attribute} c JOIN "
                           "{eav_attribute} a USING (attribute_id) WHERE a.attribute_code = 'acme_brand'")),
        QStringList { QStringLiteral("1|1|7") });
    const StepReport* eav = report.step(QStringLiteral("eav"));
    QVERIFY(eav);
    const QString warnings = eav->warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("acme_brand"))
            && warnings.contains(QLatin1String("acme_brand/source_brand"))
            && warnings.contains(QLatin1String("class map")),
        qPrintable(warnings));
    QVERIFY2(!warnings.contains(QLatin1String("acme_tags")), qPrintable(warnings));
    // Both are placed in Magento 2's Default product set.
    QCOMPARE(
        scalarText(dst,
            QStringLiteral("SELECT COUNT(*) FROM {eav_entity_attribute} ea JOIN {eav_attribute} a USING (attribute_id) "
                           "JOIN {eav_attribute_set} s ON s.attribute_set_id = ea.attribute_set_id WHERE "
                           "s.attribute_set_name = 'Default' AND a.attribute_code IN ('acme_tags', 'acme_brand') "
                           "AND s.entity_type_id = a.entity_type_id")),
        QStringLiteral("2"));
    // Every table of the step adds up: read = written + skipped.
    for (const TableReport& t : eav->tables) {
        if (t.outcome == Outcome::Succeeded)
            QVERIFY2(t.rowsRead == t.rowsWritten + t.skippedRows(), qPrintable(t.sourceTable));
        else
            QVERIFY2(t.outcome == Outcome::Skipped && !t.reason.isEmpty(), qPrintable(t.sourceTable));
    }

    // The catalog: the destination's own 23 products are replaced (and the report says so); Magento 1's products
    // read the same through Magento 2's attribute ids.
    const StepReport* catalog = report.step(QStringLiteral("catalog"));
    QVERIFY(catalog);
    QVERIFY2(catalog->warnings.join(QLatin1Char(' ')).contains(QLatin1String("23")),
        qPrintable(catalog->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(scalarText(dst, QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity}")),
        scalarText(src, QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity}")));
    QCOMPARE(scalarText(dst, QStringLiteral("SELECT COUNT(*) FROM {catalog_category_entity}")),
        scalarText(src, QStringLiteral("SELECT COUNT(*) FROM {catalog_category_entity}")));
    const QString sampled = QStringLiteral("'name', 'url_key', 'image', 'small_image'");
    QCOMPARE(
        productValues(dst, QStringLiteral("varchar"), sampled), productValues(src, QStringLiteral("varchar"), sampled));
    QCOMPARE(productValues(dst, QStringLiteral("decimal"), QStringLiteral("'price'")),
        productValues(src, QStringLiteral("decimal"), QStringLiteral("'price'")));
    const QString statuses = QStringLiteral("'status', 'visibility'");
    QCOMPARE(productValues(dst, QStringLiteral("int"), statuses), productValues(src, QStringLiteral("int"), statuses));
    // The gallery: Magento 2 links entries to products in a table of its own and keeps the product per store value.
    QCOMPARE(sortedRows(dst,
                 QStringLiteral("SELECT e.entity_id, g.value FROM {catalog_product_entity_media_gallery} g JOIN "
                                "{catalog_product_entity_media_gallery_value_to_entity} e ON e.value_id = g.value_id")),
        sortedRows(src, QStringLiteral("SELECT entity_id, value FROM {catalog_product_entity_media_gallery}")));
    QCOMPARE(sortedRows(dst,
                 QStringLiteral("SELECT value_id, store_id, entity_id, label, position, disabled FROM "
                                "{catalog_product_entity_media_gallery_value}")),
        sortedRows(src,
            QStringLiteral(
                "SELECT v.value_id, v.store_id, g.entity_id, v.label, v.position, v.disabled FROM "
                "{catalog_product_entity_media_gallery_value} v JOIN {catalog_product_entity_media_gallery} g "
                "ON g.value_id = v.value_id")));
    if (prefixed) {
        QCOMPARE(
            scalarText(src, QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity}")), QStringLiteral("27"));
        QVERIFY(
            scalarText(src, QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity_media_gallery_value}")).toInt()
            > 0);
        QVERIFY(productValues(dst, QStringLiteral("varchar"), sampled).size() >= 54);
    }
    for (const TableReport& t : catalog->tables) {
        if (t.outcome == Outcome::Succeeded)
            QVERIFY2(t.rowsRead == t.rowsWritten + t.skippedRows(), qPrintable(t.sourceTable));
    }

    // Root categories: Magento 1's store groups' roots are Magento 2's store groups' roots, categories of level 1.
    const QStringList roots = sortedRows(
        src, QStringLiteral("SELECT group_id, root_category_id FROM {core_store_group} WHERE group_id <> 0"));
    QVERIFY(!roots.isEmpty());
    QCOMPARE(
        sortedRows(dst, QStringLiteral("SELECT group_id, root_category_id FROM {store_group} WHERE group_id <> 0")),
        roots);
    QCOMPARE(sortedRows(dst,
                 QStringLiteral("SELECT g.group_id, c.level FROM {store_group} g JOIN {catalog_category_entity} c ON "
                                "c.entity_id = g.root_category_id WHERE g.group_id <> 0"))
                 .size(),
        roots.size());
    QCOMPARE(scalarText(dst,
                 QStringLiteral("SELECT COUNT(*) FROM {store_group} g JOIN {catalog_category_entity} c ON "
                                "c.entity_id = g.root_category_id WHERE g.group_id <> 0 AND c.level <> 1")),
        QStringLiteral("0"));

    // Verification: the catalog tables hold what the source has after the transformation.
    {
        const MigrationEnvironment env = stepEnvironment(source, destination);
        CatalogStep catalogStep;
        const VerifyReport verified = verifySteps(env, { &catalogStep });
        QVERIFY2(verified.outcome == Outcome::Succeeded, qPrintable(verified.toText()));
    }

    // A rerun gives the same destination.
    const QStringList before = checksums(dst, writtenTables);
    const RunReport again = migrate(source, destination);
    QVERIFY2(again.outcome == Outcome::Succeeded, qPrintable(again.toText()));
    QCOMPARE(checksums(dst, writtenTables), before);

    // Reset puts Magento 2's own metadata and catalog back.
    QVERIFY(!CopyLedger::reset(dst).isEmpty());
    QCOMPARE(checksums(dst, writtenTables), untouched);
}

void TestEavStep::generatedStoreKeepsOptions()
{
    auto& server = TestServer::instance();
    const auto source = server.magento1(QStringLiteral("eav_gen_m1"));
    const auto destination = server.magento2(QStringLiteral("eav_gen_m2"));
    GeneratorOptions options;
    options.products = 40;
    options.customers = 0;
    options.orders = 0;
    options.seed = 5;
    try {
        StoreGenerator::run(source, {}, options, {});
    } catch (const Error& e) {
        QFAIL(qPrintable(e.message() + QLatin1Char('\n') + e.details()));
    }
    Database src(source, {}, QStringLiteral("test"));
    Database dst(destination, {}, QStringLiteral("test"));

    const RunReport report = migrate(source, destination);
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));

    // size is a custom select (new in Magento 2), color a select both have (options merged), features a
    // multiselect: every option is there, and every product's value names the same option as in Magento 1.
    for (const char* code : { "size", "color", "features" }) {
        const QString c = QLatin1String(code);
        const QString labels
            = QStringLiteral("SELECT v.value FROM {eav_attribute_option} o JOIN {eav_attribute} a ON "
                             "a.attribute_id = o.attribute_id JOIN {eav_attribute_option_value} v ON "
                             "v.option_id = o.option_id WHERE a.attribute_code = '%1' AND v.store_id = %2");
        for (const int store : { 0, 1, 2, 3 }) {
            // Magento 2 may have options of its own for an attribute both have: Magento 1's are all there.
            const QStringList destinationLabels = sortedRows(dst, labels.arg(c).arg(store));
            for (const QString& label : sortedRows(src, labels.arg(c).arg(store)))
                QVERIFY2(destinationLabels.contains(label), qPrintable(c + QLatin1Char(' ') + label));
        }
        const QString type = c == QLatin1String("features") ? QStringLiteral("varchar") : QStringLiteral("int");
        const QStringList values = optionValues(src, c, type);
        QVERIFY2(!values.isEmpty(), code);
        QCOMPARE(optionValues(dst, c, type), values);
    }
    // The generator's attribute sets, which Magento 2 lacks, are created with their groups and with Magento 2's own
    // attributes of its default set; every product keeps its set by name.
    const QString productSets
        = QStringLiteral("SELECT p.entity_id, s.attribute_set_name FROM {catalog_product_entity} p "
                         "JOIN {eav_attribute_set} s ON s.attribute_set_id = p.attribute_set_id");
    QCOMPARE(sortedRows(dst, productSets), sortedRows(src, productSets));
    const QString newSets
        = QStringLiteral("SELECT s.attribute_set_name, g.attribute_group_name FROM {eav_attribute_group} g "
                         "JOIN {eav_attribute_set} s ON s.attribute_set_id = g.attribute_set_id JOIN "
                         "{eav_entity_type} t ON t.entity_type_id = s.entity_type_id WHERE "
                         "t.entity_type_code = 'catalog_product' AND s.attribute_set_name <> 'Default'");
    const QStringList sourceGroups = sortedRows(src, newSets);
    QVERIFY(!sourceGroups.isEmpty());
    const QStringList destinationGroups = sortedRows(dst, newSets);
    for (const QString& group : sourceGroups)
        QVERIFY2(destinationGroups.contains(group), qPrintable(group));
    QCOMPARE(scalarText(dst,
                 QStringLiteral(
                     "SELECT COUNT(DISTINCT s.attribute_set_id) FROM {eav_attribute_set} s JOIN {eav_entity_type} t "
                     "ON t.entity_type_id = s.entity_type_id AND t.entity_type_code = 'catalog_product' JOIN "
                     "{eav_entity_attribute} ea ON ea.attribute_set_id = s.attribute_set_id JOIN {eav_attribute} a "
                     "ON a.attribute_id = ea.attribute_id AND a.attribute_code = 'quantity_and_stock_status'")),
        scalarText(dst,
            QStringLiteral("SELECT COUNT(*) FROM {eav_attribute_set} s JOIN {eav_entity_type} t ON t.entity_type_id = "
                           "s.entity_type_id AND t.entity_type_code = 'catalog_product'")));

    const StepReport* catalog = report.step(QStringLiteral("catalog"));
    QVERIFY(catalog);
    for (const TableReport& t : catalog->tables) {
        if (t.outcome == Outcome::Succeeded)
            QVERIFY2(t.rowsRead == t.rowsWritten + t.skippedRows(), qPrintable(t.sourceTable));
    }
    // The generator's orphan value rows are not written, and counted.
    const TableReport* varchar = catalog->table(QStringLiteral("catalog_product_entity_varchar"));
    QVERIFY(varchar);
    QCOMPARE(
        scalarText(dst,
            QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity_varchar} v LEFT JOIN {catalog_product_entity} "
                           "e USING (entity_id) WHERE e.entity_id IS NULL")),
        QStringLiteral("0"));
    QVERIFY(varchar->skippedRows() > 0);
    // Magento 2's foreign keys hold for every table the steps wrote, whatever the copier switched off.
    const QStringList broken = brokenForeignKeys(dst, writtenTables);
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));

    const QStringList before = checksums(dst, writtenTables);
    const RunReport again = migrate(source, destination);
    QVERIFY2(again.outcome == Outcome::Succeeded, qPrintable(again.toText()));
    QCOMPARE(checksums(dst, writtenTables), before);
}

QTEST_GUILESS_MAIN(TestEavStep)
#include "tst_eavstep.moc"
