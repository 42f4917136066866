#include "error.h"
#include "mapping/cryptkeys.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "mapping/recordtransformer.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

QString configPath()
{
    return fixturePath(QStringLiteral("dmt/etc/opensource-to-opensource/1.9.4.5/config.xml.dist"));
}

const DmtConfiguration& configuration()
{
    static const DmtConfiguration config = DmtConfiguration::load(configPath());
    return config;
}

class ClassMapContext : public HandlerContext
{
public:
    const ClassMap* classMap() const override { return configuration().classMap(); }
};

// A scratch copy of the tool's folder layout (root/etc/*.xsd) where broken files can be written.
class ScratchTool
{
public:
    ScratchTool()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("etc"));
        for (const char* xsd : { "config.xsd", "map.xsd", "settings.xsd", "groups.xsd", "class-map.xsd" })
            QFile::copy(fixturePath(QStringLiteral("dmt/etc/") + QLatin1String(xsd)), xsdPath(QLatin1String(xsd)));
    }
    QString root() const { return m_dir.path(); }
    QString xsdPath(const QString& name) const { return m_dir.path() + QStringLiteral("/etc/") + name; }
    QString write(const QString& relative, const QByteArray& content) const
    {
        const QString path = m_dir.path() + QLatin1Char('/') + relative;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

private:
    QTemporaryDir m_dir;
};

QByteArray mapWith(const QByteArray& sourceRules)
{
    return "<?xml version=\"1.0\"?>\n<map>\n<source>\n" + sourceRules
        + "\n</source>\n<destination>\n</destination>\n</map>\n";
}

} // namespace

// The Data Migration Tool's 1.9.4.5 configuration loaded unchanged, its rules, and broken or hostile files.
// Expected counts were taken with xmllint from the fixture files, e.g.
// xmllint --xpath 'count(//source/document_rules/ignore)' 1.9.4.5/map.xml.dist
class TestMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsConfigXml()
    {
        const DmtConfig& config = configuration().config();
        QCOMPARE(QDir(config.rootFolder()).canonicalPath(), QDir(fixturePath(QStringLiteral("dmt"))).canonicalPath());
        QCOMPARE(config.modes(),
            (QStringList { QStringLiteral("settings"), QStringLiteral("data"), QStringLiteral("delta") }));
        QCOMPARE(config.steps(QStringLiteral("settings")).size(), 2);
        QCOMPARE(config.steps(QStringLiteral("data")).size(), 13);
        QCOMPARE(config.steps(QStringLiteral("delta")).size(), 6);
        const auto map = config.steps(QStringLiteral("data")).at(3);
        QCOMPARE(map.title, QStringLiteral("Map Step"));
        QCOMPARE(map.integrity, QStringList { QStringLiteral("Migration\\Step\\Map\\Integrity") });
        QCOMPARE(map.volume, QStringList { QStringLiteral("Migration\\Step\\Map\\Volume") });
        QCOMPARE(config.source().value(QStringLiteral("name")), QStringLiteral("magento1"));
        QCOMPARE(config.destination().value(QStringLiteral("name")), QStringLiteral("magento2"));
        QCOMPARE(config.bulkSize(), 0);
        QVERIFY(config.hasOption(QStringLiteral("crypt_key")));
        QCOMPARE(config.cryptKey(), QString());
        QCOMPARE(config.sourcePrefix(), QString());
        QCOMPARE(config.option(QStringLiteral("edition_number")), QStringLiteral("1.9.4.5"));
        QCOMPARE(config.option(QStringLiteral("init_statements_source")), QStringLiteral("SET NAMES utf8;"));
        QCOMPARE(config.options().size(), 29);
        QVERIFY(config.resolve(QStringLiteral("etc/x.xml")).endsWith(QStringLiteral("/dmt/etc/x.xml")));
    }

    void loadsEveryFileOfTheConfig()
    {
        const auto& all = configuration();
        QCOMPARE(all.maps().size(), 6);
        QCOMPARE(all.allGroups().size(), 8);
        QVERIFY(all.settings());
        QVERIFY(all.classMap());
        QVERIFY(all.map(QStringLiteral("tier_price_map_file"))
                    ->file()
                    .endsWith(QStringLiteral("1.9.4.5/map-tier-price.xml.dist")));
    }

    void mapFileCounts_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QList<int>>("counts");
        // source: ignored documents, renames, ignored fields, ignored datatypes, moves, transforms;
        // destination: ignored documents, ignored fields, ignored datatypes, transforms
        QTest::addRow("map.xml") << QStringLiteral("map_file")
                                 << QList<int> { 162, 35, 91, 21, 38, 51, 212, 59, 22, 19 };
        QTest::addRow("map-eav.xml") << QStringLiteral("eav_map_file") << QList<int> { 0, 0, 1, 1, 0, 20, 0, 14, 0, 2 };
        QTest::addRow("map-customer.xml")
            << QStringLiteral("customer_map_file") << QList<int> { 0, 0, 14, 0, 0, 0, 0, 38, 0, 0 };
        QTest::addRow("map-log.xml") << QStringLiteral("log_map_file") << QList<int> { 0, 1, 2, 0, 1, 0, 1, 1, 0, 0 };
        QTest::addRow("map-stores.xml") << QStringLiteral("stores_map_file")
                                        << QList<int> { 0, 3, 4, 0, 0, 0, 0, 1, 0, 1 };
        QTest::addRow("map-tier-price.xml")
            << QStringLiteral("tier_price_map_file") << QList<int> { 0, 0, 1, 2, 0, 2, 0, 1, 1, 0 };
    }
    void mapFileCounts()
    {
        QFETCH(QString, option);
        QFETCH(QList<int>, counts);
        const MapConfig* map = configuration().map(option);
        QVERIFY(map);
        const auto& source = map->rules(MapConfig::Side::Source);
        const auto& destination = map->rules(MapConfig::Side::Destination);
        const QList<int> actual { int(source.ignoredDocuments.size()), int(map->renamedDocuments().size()),
            int(source.ignoredFields.size()), int(source.ignoredDatatypes.size()), int(map->movedFields().size()),
            int(source.transforms.size()), int(destination.ignoredDocuments.size()),
            int(destination.ignoredFields.size()), int(destination.ignoredDatatypes.size()),
            int(destination.transforms.size()) };
        QCOMPARE(actual, counts);
    }

    void otherFileCounts()
    {
        const auto* settings = configuration().settings();
        QCOMPARE(settings->ignoredPaths().size(), 304);
        QCOMPARE(settings->renames().size(), 62);
        QCOMPARE(settings->transforms().size(), 35);
        QCOMPARE(configuration().classMap()->renames().size(), 127);
        int empty = 0;
        for (const auto& rename : configuration().classMap()->renames())
            empty += rename.to.isEmpty() ? 1 : 0;
        QCOMPARE(empty, 19);
    }

    void groupsCounts_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("attributes");
        QTest::addRow("customer attributes") << QStringLiteral("customer_attribute_groups_file") << 2 << 0 << 34;
        QTest::addRow("customer documents") << QStringLiteral("customer_document_groups_file") << 5 << 28 << 0;
        QTest::addRow("eav attributes") << QStringLiteral("eav_attribute_groups_file") << 2 << 0 << 36;
        QTest::addRow("eav documents") << QStringLiteral("eav_document_groups_file") << 4 << 47 << 0;
        QTest::addRow("log documents") << QStringLiteral("log_document_groups_file") << 2 << 1 << 0;
        QTest::addRow("map documents") << QStringLiteral("map_document_groups") << 1 << 2 << 0;
        QTest::addRow("order grids") << QStringLiteral("order_grids_document_groups_file") << 1 << 6 << 0;
        QTest::addRow("deltalog") << QStringLiteral("delta_document_groups_file") << 8 << 105 << 0;
    }
    void groupsCounts()
    {
        QFETCH(QString, option);
        QFETCH(int, groups);
        QFETCH(int, documents);
        QFETCH(int, attributes);
        const GroupsConfig* config = configuration().groups(option);
        QVERIFY(config);
        QCOMPARE(config->groups().size(), groups);
        int d = 0;
        int a = 0;
        for (const auto& group : config->groups()) {
            d += int(group.documents.size());
            a += int(group.attributes.size());
        }
        QCOMPARE(d, documents);
        QCOMPARE(a, attributes);
    }

    void documentRules_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("destination"); // empty: ignored
        QTest::addRow("renamed") << QStringLiteral("catalogsearch_query") << QStringLiteral("search_query");
        QTest::addRow("renamed order") << QStringLiteral("sales_flat_order") << QStringLiteral("sales_order");
        QTest::addRow("same name") << QStringLiteral("cms_page") << QStringLiteral("cms_page");
        QTest::addRow("left to the customer step") << QStringLiteral("customer_entity") << QString();
        QTest::addRow("pattern") << QStringLiteral("m2_cl_catalog_product") << QString();
        QTest::addRow("pattern at the end") << QStringLiteral("catalog_product_index_eav") << QString();
        QTest::addRow("star needs one character")
            << QStringLiteral("catalog_product_index") << QStringLiteral("catalog_product_index");
        QTest::addRow("pattern with three stars") << QStringLiteral("s_xb_y_z") << QString();
        QTest::addRow("pattern is anchored at the start") << QStringLiteral("x_m2_cl_y") << QStringLiteral("x_m2_cl_y");
        QTest::addRow("flat tables") << QStringLiteral("catalog_product_flat_1") << QString();
    }
    void documentRules()
    {
        QFETCH(QString, source);
        QFETCH(QString, destination);
        const MapConfig* map = configuration().map(QStringLiteral("map_file"));
        const auto result = map->destinationDocument(source);
        if (destination.isEmpty()) {
            QVERIFY(!result);
            QVERIFY(map->isDocumentIgnored(source, MapConfig::Side::Source));
        } else {
            QVERIFY(result);
            QCOMPARE(*result, destination);
        }
    }

    void fieldRules()
    {
        const MapConfig* map = configuration().map(QStringLiteral("map_file"));
        QCOMPARE(map->destinationField(QStringLiteral("sales_flat_order"), QStringLiteral("hidden_tax_amount")),
            QStringLiteral("discount_tax_compensation_amount"));
        QCOMPARE(map->destinationField(QStringLiteral("cms_page"), QStringLiteral("root_template")),
            QStringLiteral("page_layout"));
        QCOMPARE(map->destinationField(QStringLiteral("cms_page"), QStringLiteral("title")), QStringLiteral("title"));
        QVERIFY(!map->destinationField(QStringLiteral("cms_page"), QStringLiteral("layout_update_xml")));
        QCOMPARE(map->sourceDocument(QStringLiteral("sales_order")), QStringLiteral("sales_flat_order"));

        const auto product = map->handlers(
            QStringLiteral("sales_flat_order_item"), QStringLiteral("product_options"), MapConfig::Side::Source);
        QCOMPARE(product.size(), 1);
        QCOMPARE(product[0].className, QStringLiteral("\\Migration\\Handler\\SerializeToJson\\SalesOrderItem"));
        QCOMPARE(product[0].line, 928);
        QVERIFY(product[0].file.endsWith(QStringLiteral("1.9.4.5/map.xml.dist")));
        const auto wishlist
            = map->handlers(QStringLiteral("wishlist_item_option"), QStringLiteral("value"), MapConfig::Side::Source);
        QCOMPARE(wishlist.size(), 2);
        QCOMPARE(wishlist[0].param(QStringLiteral("conditionalField")), QStringLiteral("code"));
        QCOMPARE(wishlist[1].className, QStringLiteral("\\Migration\\Handler\\SerializeToJson\\ItemOption"));
    }

    void settingsRules_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("destination"); // empty: ignored
        QTest::addColumn<QString>("handler");
        QTest::addRow("pattern") << QStringLiteral("web/cookie/cookie_lifetime") << QString() << QString();
        QTest::addRow("pattern needs a character after the slash")
            << QStringLiteral("web/cookie/") << QStringLiteral("web/cookie/") << QString();
        QTest::addRow("module output") << QStringLiteral("advanced/modules_disable_output/Mage_Poll") << QString()
                                       << QString();
        QTest::addRow("renamed") << QStringLiteral("carriers/dhlint/account") << QStringLiteral("carriers/dhl/account")
                                 << QString();
        QTest::addRow("kept") << QStringLiteral("general/locale/code") << QStringLiteral("general/locale/code")
                              << QString();
        QTest::addRow("url suffix") << QStringLiteral("catalog/seo/product_url_suffix")
                                    << QStringLiteral("catalog/seo/product_url_suffix")
                                    << QStringLiteral("\\Migration\\Handler\\Settings\\UrlSuffix");
        QTest::addRow("encrypted") << QStringLiteral("payment/payflow_advanced/pwd")
                                   << QStringLiteral("payment/payflow_advanced/pwd")
                                   << QStringLiteral("\\Migration\\Handler\\Encrypt");
    }
    void settingsRules()
    {
        QFETCH(QString, path);
        QFETCH(QString, destination);
        QFETCH(QString, handler);
        const auto* settings = configuration().settings();
        const auto result = settings->destinationPath(path);
        QCOMPARE(result.value_or(QString()), destination);
        QCOMPARE(settings->isIgnored(path), destination.isEmpty());
        QCOMPARE(settings->handler(path).value_or(HandlerConfig {}).className, handler);
    }

    void classMap()
    {
        const auto* map = configuration().classMap();
        QCOMPARE(map->convert(QStringLiteral("catalogrule/rule_condition_combine")),
            QStringLiteral("Magento\\CatalogRule\\Model\\Rule\\Condition\\Combine"));
        QVERIFY(map->hasMap(QStringLiteral("adminhtml/catalog_product_helper_form_msrp_enabled")));
        QCOMPARE(map->convert(QStringLiteral("adminhtml/catalog_product_helper_form_msrp_enabled")), QString());
        QCOMPARE(map->convert(QStringLiteral("no/such_class")), QString());
    }

    void everyHandlerIsKnown()
    {
        HandlerRegistry registry;
        CryptKeys keys; // Encrypt builds once both keys are given (tst_encrypt tests it without them)
        keys.setMagento1("0e4ef3b2a0c5e4c26e8a1f7d9b3c5a71", QStringLiteral("test"));
        keys.setMagento2(Magento2Key { QByteArray(32, 'k'), 0 }, QStringLiteral("test"));
        registry.setCryptKeys(keys);
        const auto issues = configuration().checkHandlers(registry);
        // Only the handlers that need the engine remain; none is unknown.
        QSet<QString> classes;
        for (const auto& issue : issues) {
            QVERIFY2(issue.message.contains(QStringLiteral("not implemented")), qPrintable(issue.toString()));
            QVERIFY(issue.line > 0);
            const auto start = issue.message.indexOf(QStringLiteral("Migration\\Handler\\"));
            classes.insert(issue.message.mid(start).section(QLatin1Char(' '), 0, 0));
        }
        const QSet<QString> expected { QStringLiteral("Migration\\Handler\\ConvertEavValue"),
            QStringLiteral("Migration\\Handler\\Gallery\\InsertValueToEntity"),
            QStringLiteral("Migration\\Handler\\Gallery\\SetEntityId"),
            QStringLiteral("Migration\\Handler\\ProductAlertStoreId"),
            QStringLiteral("Migration\\Handler\\QuoteMultiAddressStoreId"),
            QStringLiteral("Migration\\Handler\\Synonym"), QStringLiteral("Migration\\Handler\\EavAttribute\\ApplyTo"),
            QStringLiteral("Migration\\Handler\\EavAttribute\\BackendTypeForMultiselect"),
            QStringLiteral("Migration\\Handler\\EavAttributeGroup\\SetGroupCode") };
        QCOMPARE(classes, expected);
        // 2 ConvertEavValue, 2 Gallery, 2 ProductAlertStoreId and one each of the others (BundleParentProduct runs)
        QCOMPARE(issues.size(), 11);
    }

    void transformsCmsPageRows()
    {
        HandlerRegistry registry;
        ClassMapContext context;
        const MapConfig* map = configuration().map(QStringLiteral("map_file"));
        RecordTransformer transformer(*map, QStringLiteral("cms_page"), registry, context);
        QCOMPARE(transformer.destinationDocument(), QStringLiteral("cms_page"));
        Record row;
        row.insert(QStringLiteral("page_id"), QByteArray("2"));
        row.insert(QStringLiteral("title"), QByteArray("Home"));
        row.insert(QStringLiteral("root_template"), QByteArray("two_columns_left"));
        row.insert(QStringLiteral("layout_update_xml"), QByteArray("<reference/>"));
        row.insert(QStringLiteral("content"),
            QByteArray("<p>{{widget type=\"cms/widget_page_link\" template=\"cms/widget/link/link_block.phtml\" "
                       "page_id=\"2\"}}</p>"
                       "{{widget type=\"foo/bar\" a=\"1\"}}"));
        const auto result = transformer.transform(row, QStringLiteral("page_id=2"));
        QVERIFY(result.issues.isEmpty());
        QCOMPARE(result.record.value(QStringLiteral("page_layout")).toString(), QStringLiteral("2columns-left"));
        QVERIFY(!result.record.contains(QStringLiteral("root_template")));
        QVERIFY(!result.record.contains(QStringLiteral("layout_update_xml")));
        QCOMPARE(result.record.value(QStringLiteral("title")).toString(), QStringLiteral("Home"));
        QCOMPARE(result.record.value(QStringLiteral("content")).toString(),
            QStringLiteral("<p>{{widget type=\"Magento\\\\Cms\\\\Block\\\\Widget\\\\Page\\\\Link\" "
                           "template=\"widget/link/link_block.phtml\" page_id=\"2\"}}</p>"));

        // An unknown layout takes the handler's default; the destination's column list drops unknown fields.
        RecordTransformer narrow(*map, QStringLiteral("cms_page"), registry, context,
            { QStringLiteral("page_id"), QStringLiteral("page_layout") });
        row.insert(QStringLiteral("root_template"), QByteArray("empty"));
        const auto narrowed = narrow.transform(row);
        QStringList narrowedFields = narrowed.record.keys();
        narrowedFields.sort();
        QCOMPARE(narrowedFields, (QStringList { QStringLiteral("page_id"), QStringLiteral("page_layout") }));
        QCOMPARE(narrowed.record.value(QStringLiteral("page_layout")).toString(), QStringLiteral("1column"));
    }

    void reportsBrokenSerializedValuesWithTableAndKey()
    {
        HandlerRegistry registry;
        ClassMapContext context;
        const MapConfig* map = configuration().map(QStringLiteral("map_file"));
        RecordTransformer transformer(*map, QStringLiteral("sales_flat_order_item"), registry, context);
        Record row;
        row.insert(QStringLiteral("item_id"), QByteArray("7"));
        row.insert(QStringLiteral("weee_tax_applied"), QVariant());
        row.insert(
            QStringLiteral("product_options"), QByteArray("a:1:{s:15:\"info_buyRequest\";a:1:{s:3:\"qty\";i:1;}"));
        const auto result = transformer.transform(row, QStringLiteral("item_id=7"));
        QCOMPARE(result.issues.size(), 1);
        const QString text = result.issues[0].toString();
        QVERIFY2(text.contains(QStringLiteral("sales_flat_order_item.product_options")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("item_id=7")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("at byte")), qPrintable(text));
        // Not dropped: the value stays as it was for the caller to decide.
        QCOMPARE(result.record.value(QStringLiteral("product_options")), row.value(QStringLiteral("product_options")));

        row.insert(
            QStringLiteral("product_options"), QByteArray("a:1:{s:15:\"info_buyRequest\";a:1:{s:3:\"qty\";i:1;}}"));
        const auto good = transformer.transform(row, QStringLiteral("item_id=7"));
        QVERIFY(good.issues.isEmpty());
        QCOMPARE(good.record.value(QStringLiteral("product_options")).toByteArray(),
            QByteArray("{\"info_buyRequest\":{\"qty\":1}}"));
    }

    void refusesTablesWithUnimplementedHandlers()
    {
        HandlerRegistry registry;
        ClassMapContext context;
        const MapConfig* map = configuration().map(QStringLiteral("map_file"));
        try {
            RecordTransformer transformer(*map, QStringLiteral("sales_flat_order_payment"), registry, context);
            QFAIL("built a transformer with the Encrypt handler");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("map.xml.dist:948")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("Encrypt")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, RecordTransformer(*map, QStringLiteral("m2_cl_foo"), registry, context));
    }

    void checksRulesAgainstTables()
    {
        const MapConfig* map = configuration().map(QStringLiteral("map_file"));
        const auto issues = map->checkTables(
            { QStringLiteral("catalogsearch_query"), QStringLiteral("core_variable"), QStringLiteral("m2_cl_x"),
                QStringLiteral("my_custom_table"), QStringLiteral("cms_page") },
            { QStringLiteral("search_query"), QStringLiteral("cms_page"), QStringLiteral("migration_backup_1"),
                QStringLiteral("m2_extension_table") });
        const auto find = [&](const QString& fragment, IntegrityIssue::Severity severity) {
            for (const auto& issue : issues) {
                if (issue.message.contains(fragment) && issue.severity == severity)
                    return true;
            }
            return false;
        };
        QVERIFY(find(QStringLiteral("my_custom_table has no destination"), IntegrityIssue::Severity::Error));
        QVERIFY(find(QStringLiteral("core_variable is renamed to variable"), IntegrityIssue::Severity::Error));
        QVERIFY(find(QStringLiteral("core_variable_value, which does not exist"), IntegrityIssue::Severity::Warning));
        QVERIFY(find(QStringLiteral("m2_extension_table is not the target"), IntegrityIssue::Severity::Error));
        for (const auto& issue : issues) {
            QVERIFY2(!issue.message.contains(QStringLiteral("m2_cl_x")), qPrintable(issue.toString()));
            QVERIFY2(!issue.message.contains(QStringLiteral("migration_backup_1")), qPrintable(issue.toString()));
            QVERIFY2(!issue.message.contains(QStringLiteral("table cms_page")), qPrintable(issue.toString()));
        }
        // The rename rule's line is given.
        for (const auto& issue : issues) {
            if (issue.message.contains(QStringLiteral("core_variable is renamed")))
                QCOMPARE(issue.line, 502);
        }
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("not well-formed") << QByteArray("<?xml version=\"1.0\"?>\n<map>\n<source>\n</map>\n") << 4
                                         << QStringLiteral("not well-formed");
        QTest::addRow("not XML at all") << QByteArray("hello") << 1 << QStringLiteral("not well-formed");
        QTest::addRow("empty file") << QByteArray() << 1 << QStringLiteral("not well-formed");
        QTest::addRow("field without a dot")
            << mapWith("<field_rules>\n<ignore>\n<field>nodot</field>\n</ignore>\n</field_rules>") << 6
            << QStringLiteral("does not follow its XML schema");
        QTest::addRow("unknown element") << mapWith(
            "<document_rules>\n<delete><document>x</document></delete>\n</document_rules>")
                                         << 5 << QStringLiteral("delete");
        QTest::addRow("handler without class")
            << mapWith("<field_rules>\n<transform>\n<field>a.b</field>\n<handler/>\n</transform>\n</field_rules>") << 7
            << QStringLiteral("class");
        QTest::addRow("wrong root") << QByteArray("<?xml version=\"1.0\"?>\n<settings/>\n") << 2
                                    << QStringLiteral("settings");
    }
    void brokenFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        ScratchTool tool;
        const QString path = tool.write(QStringLiteral("etc/broken-map.xml"), content);
        try {
            MapConfig::load(path, tool.xsdPath(QStringLiteral("map.xsd")));
            QFAIL("loaded a broken file");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QDir::toNativeSeparators(path) + QStringLiteral(":%1:").arg(line)),
                qPrintable(e.message()));
            QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
        }
    }

    void externalEntitiesAreNeverRead_data()
    {
        QTest::addColumn<QByteArray>("doctype");
        QTest::addRow("general entity") << QByteArray("<!DOCTYPE map [<!ENTITY xxe SYSTEM \"file://SECRET\">]>");
        QTest::addRow("parameter entity") << QByteArray("<!DOCTYPE map [<!ENTITY % p SYSTEM \"file://SECRET\"> %p;]>");
        QTest::addRow("external DTD") << QByteArray("<!DOCTYPE map SYSTEM \"file://SECRET\">");
        QTest::addRow("entity expansion")
            << QByteArray("<!DOCTYPE map [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                          "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY xxe \"&b;&b;&b;&b;\">]>");
    }
    void externalEntitiesAreNeverRead()
    {
        QFETCH(QByteArray, doctype);
        ScratchTool tool;
        const QString secret = tool.write(QStringLiteral("secret.txt"), "TOPSECRET-4242");
        doctype.replace("SECRET", QFile::encodeName(secret));
        const QByteArray content = "<?xml version=\"1.0\"?>\n" + doctype
            + "\n<map>\n<source>\n<document_rules>\n<ignore><document>&xxe;</document></ignore>\n"
              "</document_rules>\n</source>\n<destination/>\n</map>\n";
        const QString path = tool.write(QStringLiteral("etc/xxe-map.xml"), content);
        try {
            const auto map = MapConfig::load(path, tool.xsdPath(QStringLiteral("map.xsd")));
            for (const auto& [document, line] : map.rules(MapConfig::Side::Source).ignoredDocuments)
                QVERIFY(!document.contains(QStringLiteral("TOPSECRET")));
            QFAIL("a file with a DOCTYPE was accepted");
        } catch (const Error& e) {
            QVERIFY2(!e.message().contains(QStringLiteral("TOPSECRET")), qPrintable(e.message()));
            QVERIFY2(!e.details().contains(QStringLiteral("TOPSECRET")), qPrintable(e.details()));
            QVERIFY2(e.message().contains(QDir::toNativeSeparators(path)), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("DOCTYPE"))
                    || e.message().contains(QStringLiteral("not well-formed")),
                qPrintable(e.message()));
        }
    }

    void missingFiles()
    {
        ScratchTool tool;
        const QString missing = tool.root() + QStringLiteral("/etc/none.xml");
        try {
            MapConfig::load(missing, tool.xsdPath(QStringLiteral("map.xsd")));
            QFAIL("loaded a missing file");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QDir::toNativeSeparators(missing)), qPrintable(e.message()));
        }

        // A file named by config.xml: the message names the option and the resolved path.
        const QString config = tool.write(QStringLiteral("etc/config.xml"),
            "<?xml version=\"1.0\"?>\n<config>\n<steps mode=\"data\"/>\n<source><database host=\"h\" name=\"m1\" "
            "user=\"u\"/></source>\n"
            "<destination><database host=\"h\" name=\"m2\" user=\"u\"/></destination>\n<options>\n"
            "<map_file>etc/missing-map.xml</map_file>\n<bulk_size>100</bulk_size>\n</options>\n</config>\n");
        try {
            DmtConfiguration::load(config);
            QFAIL("loaded a config naming a missing file");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("map_file")), qPrintable(e.message()));
            QVERIFY2(
                e.message().contains(QDir::toNativeSeparators(tool.root() + QStringLiteral("/etc/missing-map.xml"))),
                qPrintable(e.message()));
        }
        QCOMPARE(DmtConfig::load(config).bulkSize(), 100);

        // A config.xml that breaks its schema (bulk_size must be an int).
        const QString bad = tool.write(QStringLiteral("etc/bad-config.xml"),
            "<?xml version=\"1.0\"?>\n<config>\n<steps mode=\"data\"/>\n<source><database host=\"h\" name=\"m1\" "
            "user=\"u\"/></source>\n"
            "<destination><database host=\"h\" name=\"m2\" "
            "user=\"u\"/></destination>\n<options>\n<bulk_size>many</bulk_size>\n</options>\n</config>\n");
        try {
            DmtConfig::load(bad);
            QFAIL("loaded an invalid config");
        } catch (const Error& e) {
            QVERIFY2(
                e.message().contains(QDir::toNativeSeparators(bad) + QStringLiteral(":7:")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("bulk_size")), qPrintable(e.message()));
        }
    }

    void unknownHandlerNamesFileLineAndClass()
    {
        ScratchTool tool;
        const QString path = tool.write(QStringLiteral("etc/handler-map.xml"),
            mapWith(
                "<field_rules>\n<transform>\n<field>cms_page.title</field>\n<handler "
                "class=\"\\Migration\\Handler\\NoSuchThing\"/>\n</transform>\n"
                "<transform>\n<field>cms_page.identifier</field>\n<handler class=\"\\Migration\\Handler\\Convert\">\n"
                "<param name=\"map\" value=\"[a:b;c]\"/>\n</handler>\n</transform>\n</field_rules>"));
        const auto map = MapConfig::load(path, tool.xsdPath(QStringLiteral("map.xsd")));
        HandlerRegistry registry;
        const auto issues = registry.check(map.allHandlers());
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues[0].line, 7);
        QCOMPARE(issues[0].file, path);
        QVERIFY2(issues[0].message.contains(QStringLiteral("unknown handler class \\Migration\\Handler\\NoSuchThing")),
            qPrintable(issues[0].message));
        QCOMPARE(issues[1].line, 11);
        QVERIFY2(issues[1].message.contains(QStringLiteral("\"c\" is not key:value")), qPrintable(issues[1].message));
        HandlerContext context;
        try {
            RecordTransformer transformer(map, QStringLiteral("cms_page"), registry, context);
            QFAIL("built a transformer with an unknown handler");
        } catch (const Error& e) {
            QVERIFY2(
                e.message().contains(QDir::toNativeSeparators(path) + QStringLiteral(":7:")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("NoSuchThing")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
