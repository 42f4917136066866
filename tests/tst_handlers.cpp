#include "error.h"
#include "mapping/classmap.h"
#include "mapping/handlers.h"
#include "testserver.h"

#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

const ClassMap& fixtureClassMap()
{
    static const ClassMap map
        = ClassMap::load(fixturePath(QStringLiteral("dmt/etc/opensource-to-opensource/class-map.xml.dist")),
            fixturePath(QStringLiteral("dmt/etc/class-map.xsd")));
    return map;
}

// Stands in for the engine's database look-ups with a few known answers.
class TestContext : public HandlerContext
{
public:
    const ClassMap* classMap() const override { return &fixtureClassMap(); }
    std::optional<QString> sourceConfigValue(const QString& path) const override
    {
        if (path == QLatin1String("catalog/seo/product_url_suffix"))
            return QStringLiteral(".htm");
        return std::nullopt;
    }
    QList<qint64> sourceAttributeIds(const QString& entityType, const QStringList& codes) const override
    {
        if (entityType == QLatin1String("catalog_product")
            && codes == QStringList { QStringLiteral("url_key"), QStringLiteral("url_path") })
            return { 97, 98 };
        if (entityType == QLatin1String("catalog_category") && codes == QStringList { QStringLiteral("url_path") })
            return { 45 };
        return {};
    }
    QList<qint64> sourceAttributeIdsByInput(const QString& entityType, const QString& input) const override
    {
        return entityType == QLatin1String("catalog_product") && input == QLatin1String("multiselect")
            ? QList<qint64> { 120 }
            : QList<qint64> {};
    }
    std::optional<QString> sourceAttributeCode(qint64 id) const override
    {
        if (id == 83)
            return QStringLiteral("custom_design");
        if (id == 84)
            return QStringLiteral("custom_layout");
        return std::nullopt;
    }
    QMap<qint64, QString> sourceStoreGroupNames() const override
    {
        return { { 1, QStringLiteral("Main Website Store") }, { 2, QStringLiteral("2nd Store!") },
            { 3, QStringLiteral("Main Website Store") } };
    }
    QString columnType(const QString&, const QString& field) const override
    {
        if (field == QLatin1String("created_at"))
            return QStringLiteral("timestamp");
        if (field == QLatin1String("ts"))
            return QStringLiteral("int");
        return {};
    }
    std::optional<QVariant> sourceValue(
        const QString& document, const QString& keyField, const QVariant& key, const QString& valueField) const override
    {
        if (document == QLatin1String("catalog_product_bundle_option") && keyField == QLatin1String("option_id")
            && valueField == QLatin1String("parent_id") && key.toInt() == 7)
            return QVariant(42);
        return std::nullopt;
    }
};

const QString ns = QStringLiteral("\\Migration\\Handler\\");

QByteArray phpString(const QByteArray& bytes)
{
    return "s:" + QByteArray::number(bytes.size()) + ":\"" + bytes + "\";";
}

// Marks an expected SQL NULL in the data tables (QVariantMap cannot tell a missing key from a null value).
const QVariant null = QVariant::fromValue(QStringLiteral("<NULL>"));

HandlerConfig config(const QString& className, const QStringList& params)
{
    HandlerConfig c;
    c.className = className;
    c.file = QStringLiteral("test-map.xml");
    c.line = 42;
    for (const auto& param : params)
        c.params.append({ param.section(QLatin1Char('='), 0, 0), param.section(QLatin1Char('='), 1) });
    return c;
}

} // namespace

class TestHandlers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handles_data()
    {
        QTest::addColumn<QString>("handler");
        QTest::addColumn<QStringList>("params");
        QTest::addColumn<QVariantMap>("fields");
        QTest::addColumn<QVariantMap>("oppositeFields");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariantMap>("expected");
        QTest::addColumn<QString>("issue");

        const QString f = QStringLiteral("f");
        const auto row = [](std::initializer_list<std::pair<const char*, QVariant>> values) {
            QVariantMap map;
            for (const auto& [key, value] : values)
                map.insert(QLatin1String(key), value);
            return map;
        };

        const QStringList bundleParams { "parentField=option_id", "documentWithProductId=catalog_product_bundle_option",
            "fieldWithProductId=parent_id" };
        QTest::addRow("BundleParentProduct") << ns + "BundleParentProduct" << bundleParams << row({ { "option_id", 7 } })
                                             << QVariantMap() << f << row({ { "f", 42 } }) << QString();
        QTest::addRow("BundleParentProduct from the source row")
            << ns + "BundleParentProduct" << bundleParams << QVariantMap() << row({ { "option_id", 7 } }) << f
            << row({ { "f", 42 } }) << QString();
        QTest::addRow("BundleParentProduct of an orphan")
            << ns + "BundleParentProduct" << bundleParams << row({ { "option_id", 8 } }) << QVariantMap() << f
            << row({ { "option_id", 8 } }) << QStringLiteral("catalog_product_bundle_option row does not exist");
        QTest::addRow("SetValue") << ns + "SetValue" << QStringList { "value=0.0000" } << row({ { "f", "12" } })
                                  << QVariantMap() << f << row({ { "f", "0.0000" } }) << QString();
        QTest::addRow("SetValue NULL") << ns + "SetValue" << QStringList { "value=NULL" } << row({ { "f", "12" } })
                                       << QVariantMap() << f << row({ { "f", null } }) << QString();
        QTest::addRow("SetValue without leading backslash")
            << QStringLiteral("Migration\\Handler\\SetValue") << QStringList { "value=1" } << row({ { "f", "0" } })
            << QVariantMap() << f << row({ { "f", "1" } }) << QString();
        QTest::addRow("SetValue missing field")
            << ns + "SetValue" << QStringList { "value=1" } << row({ { "g", "0" } }) << QVariantMap() << f
            << row({ { "g", "0" } }) << QStringLiteral("not a column");
        QTest::addRow("AddPrefix") << ns + "AddPrefix" << QStringList { "prefix=m1_" }
                                   << row({ { "f", QByteArray("abc") } }) << QVariantMap() << f
                                   << row({ { "f", QByteArray("m1_abc") } }) << QString();
        QTest::addRow("Convert") << ns + "Convert"
                                 << QStringList { "map=[paypal_direct:payflowpro;paypal_standard:paypal_express]" }
                                 << row({ { "f", "paypal_direct" } }) << QVariantMap() << f
                                 << row({ { "f", "payflowpro" } }) << QString();
        QTest::addRow("Convert unmapped")
            << ns + "Convert" << QStringList { "map=[paypal_direct:payflowpro]" } << row({ { "f", "checkmo" } })
            << QVariantMap() << f << row({ { "f", "checkmo" } }) << QString();
        QTest::addRow("Convert default") << ns + "Convert"
                                         << QStringList { "map=[one_column:1column]", "defaultValue=1column" }
                                         << row({ { "f", "empty" } }) << QVariantMap() << f
                                         << row({ { "f", "1column" } }) << QString();
        QTest::addRow("ConvertIp v4") << ns + "ConvertIp" << QStringList() << row({ { "f", "192.168.0.1" } })
                                      << QVariantMap() << f << row({ { "f", "3232235521" } }) << QString();
        QTest::addRow("ConvertIp v6") << ns + "ConvertIp" << QStringList() << row({ { "f", "::1" } }) << QVariantMap()
                                      << f << row({ { "f", "0" } }) << QString();
        QTest::addRow("ConvertIp packed")
            << ns + "ConvertIp" << QStringList() << row({ { "f", QByteArray("\x7f\x00\x00\x01", 4) } }) << QVariantMap()
            << f << row({ { "f", "2130706433" } }) << QString();
        QTest::addRow("ConvertIp leading zero") << ns + "ConvertIp" << QStringList() << row({ { "f", "01.2.3.4" } })
                                                << QVariantMap() << f << row({ { "f", "0" } }) << QString();
        QTest::addRow("ConvertIp NULL") << ns + "ConvertIp" << QStringList() << row({ { "f", QVariant() } })
                                        << QVariantMap() << f << row({ { "f", "0" } }) << QString();
        QTest::addRow("Timezone timestamp")
            << ns + "Timezone" << QStringList { "offset=+2" } << row({ { "created_at", "2020-01-01 23:30:00" } })
            << QVariantMap() << QStringLiteral("created_at") << row({ { "created_at", "2020-01-02 01:30:00" } })
            << QString();
        QTest::addRow("Timezone int") << ns + "Timezone" << QStringList { "offset=-3" } << row({ { "ts", "20000" } })
                                      << QVariantMap() << QStringLiteral("ts") << row({ { "ts", "9200" } })
                                      << QString();
        QTest::addRow("Timezone empty") << ns + "Timezone" << QStringList { "offset=2" } << row({ { "ts", "" } })
                                        << QVariantMap() << QStringLiteral("ts") << row({ { "ts", "" } }) << QString();
        QTest::addRow("SetHash") << ns + "SetHash" << QStringList { "hash=crc32", "baseField=url" }
                                 << row({ { "f", QVariant() } })
                                 << row({ { "url", "The quick brown fox jumps over the lazy dog" } }) << f
                                 << row({ { "f", "1095738169" } }) << QString();
        QTest::addRow("ClassMap") << ns + "ClassMap" << QStringList()
                                  << row({ { "f", "catalogrule/rule_condition_combine" } }) << QVariantMap() << f
                                  << row({ { "f", "Magento\\CatalogRule\\Model\\Rule\\Condition\\Combine" } })
                                  << QString();
        QTest::addRow("ClassMap unmapped is NULL") << ns + "ClassMap" << QStringList() << row({ { "f", "no/such" } })
                                                   << QVariantMap() << f << row({ { "f", null } }) << QString();
        QTest::addRow("ConvertModel") << ns + "EavAttribute\\ConvertModel" << QStringList()
                                      << row({ { "f", "catalogrule/rule_condition_combine" } }) << QVariantMap() << f
                                      << row({ { "f", "Magento\\CatalogRule\\Model\\Rule\\Condition\\Combine" } })
                                      << QString();
        QTest::addRow("ConvertModel keeps destination")
            << ns + "EavAttribute\\ConvertModel" << QStringList() << row({ { "f", "" } })
            << row({ { "f", "M2\\Model" } }) << f << row({ { "f", "M2\\Model" } }) << QString();
        QTest::addRow("ConvertModel unmapped is NULL")
            << ns + "EavAttribute\\ConvertModel" << QStringList() << row({ { "f", "eav/no_such" } }) << QVariantMap()
            << f << row({ { "f", null } }) << QString();
        QTest::addRow("Placeholder without widgets")
            << ns + "Placeholder" << QStringList() << row({ { "f", "<p>{{store url=\"\"}}</p>" } }) << QVariantMap()
            << f << row({ { "f", "<p>{{store url=\"\"}}</p>" } }) << QString();

        QTest::addRow("SerializeToJson") << ns + "SerializeToJson" << QStringList()
                                         << row({ { "f", QByteArray("a:1:{s:3:\"url\";s:3:\"a/b\";}") } })
                                         << QVariantMap() << f << row({ { "f", QByteArray("{\"url\":\"a\\/b\"}") } })
                                         << QString();
        QTest::addRow("SerializeToJson keeps QString")
            << ns + "SerializeToJson" << QStringList() << row({ { "f", QStringLiteral("a:1:{i:0;s:2:\"\u00e9\";}") } })
            << QVariantMap() << f << row({ { "f", QStringLiteral("[\"\\u00e9\"]") } }) << QString();
        QTest::addRow("SerializeToJson NULL") << ns + "SerializeToJson" << QStringList() << row({ { "f", QVariant() } })
                                              << QVariantMap() << f << row({ { "f", null } }) << QString();
        QTest::addRow("SerializeToJson broken")
            << ns + "SerializeToJson" << QStringList { "suppressWarning=true" }
            << row({ { "f", QByteArray("a:1:{i:0;s:5:\"abc\";}") } }) << QVariantMap() << f
            << row({ { "f", QByteArray("a:1:{i:0;s:5:\"abc\";}") } }) << QStringLiteral("at byte");
        const QString pattern = QStringLiteral(
            "conditionalFieldValuesPattern=/(parameters)|(info_buyRequest)|(attributes)|(bundle_option_ids)/");
        QTest::addRow("ConvertWithConditions match")
            << ns + "SerializeToJson\\ConvertWithConditions" << QStringList { "conditionalField=code", pattern }
            << row({ { "code", "info_buyRequest" }, { "f", QByteArray("a:1:{s:3:\"qty\";d:1.5;}") } }) << QVariantMap()
            << f << row({ { "f", QByteArray("{\"qty\":1.5}") } }) << QString();
        QTest::addRow("ConvertWithConditions no match")
            << ns + "SerializeToJson\\ConvertWithConditions" << QStringList { "conditionalField=code", pattern }
            << row({ { "code", "option_ids" }, { "f", QByteArray("1,2") } }) << QVariantMap() << f
            << row({ { "f", QByteArray("1,2") } }) << QString();
        QTest::addRow("ConvertWithConditions without the field")
            << ns + "SerializeToJson\\ConvertWithConditions" << QStringList { "conditionalField=code", pattern }
            << row({ { "f", QByteArray("1,2") } }) << QVariantMap() << f << row({ { "f", QByteArray("1,2") } })
            << QStringLiteral("conditional field code");
        QTest::addRow("ItemOption") << ns + "SerializeToJson\\ItemOption" << QStringList()
                                    << row({ { "code", "option_12" }, { "f", QByteArray("a:1:{i:0;s:1:\"x\";}") } })
                                    << QVariantMap() << f << row({ { "f", QByteArray("[\"x\"]") } }) << QString();
        QTest::addRow("ItemOption plain text kept")
            << ns + "SerializeToJson\\ItemOption" << QStringList()
            << row({ { "code", "option_3" }, { "f", QByteArray("plain text") } }) << QVariantMap() << f
            << row({ { "f", QByteArray("plain text") } }) << QString();
        QTest::addRow("ItemOption false kept")
            << ns + "SerializeToJson\\ItemOption" << QStringList()
            << row({ { "code", "option_3" }, { "f", QByteArray("b:0;") } }) << QVariantMap() << f
            << row({ { "f", QByteArray("b:0;") } }) << QString();
        QTest::addRow("ItemOption other code")
            << ns + "SerializeToJson\\ItemOption" << QStringList()
            << row({ { "code", "info_buyRequest" }, { "f", QByteArray("i:1;") } }) << QVariantMap() << f
            << row({ { "f", QByteArray("i:1;") } }) << QString();

        const QByteArray fileOption
            = "a:1:{s:7:\"options\";a:1:{i:0;a:2:{s:11:\"option_type\";s:4:\"file\";s:12:\"option_value\";"
            + phpString("a:1:{s:4:\"type\";s:10:\"image/jpeg\";}") + "}}}";
        QTest::addRow("SalesOrderItem file option")
            << ns + "SerializeToJson\\SalesOrderItem" << QStringList() << row({ { "f", fileOption } }) << QVariantMap()
            << f
            << row({ { "f",
                   QByteArray("{\"options\":[{\"option_type\":\"file\",\"option_value\":\"{\\\"type\\\":"
                              "\\\"image\\\\\\/jpeg\\\"}\"}]}") } })
            << QString();
        const QByteArray bundle
            = "a:1:{s:27:\"bundle_selection_attributes\";" + phpString("a:1:{s:5:\"price\";d:5;}") + "}";
        QTest::addRow("SalesOrderItem bundle attributes")
            << ns + "SerializeToJson\\SalesOrderItem" << QStringList() << row({ { "f", bundle } }) << QVariantMap() << f
            << row({ { "f", QByteArray("{\"bundle_selection_attributes\":\"{\\\"price\\\":5}\"}") } }) << QString();
        const QByteArray brokenInner
            = "a:1:{s:27:\"bundle_selection_attributes\";" + phpString("a:1:{s:5:\"price\";d:5;") + "}";
        QTest::addRow("SalesOrderItem broken inner value")
            << ns + "SerializeToJson\\SalesOrderItem" << QStringList() << row({ { "f", brokenInner } }) << QVariantMap()
            << f << row({ { "f", brokenInner } }) << QStringLiteral("bundle_selection_attributes");
        const QByteArray rule
            = "a:2:{s:4:\"type\";" + phpString("catalogrule/rule_condition_combine") + "s:5:\"value\";s:1:\"1\";}";
        QTest::addRow("Rule SerializedData")
            << ns + "Rule\\SerializedData" << QStringList() << row({ { "f", rule } }) << QVariantMap() << f
            << row({ { "f",
                   "a:2:{s:4:\"type\";" + phpString("Magento\\CatalogRule\\Model\\Rule\\Condition\\Combine")
                       + "s:5:\"value\";s:1:\"1\";}" } })
            << QString();
        QTest::addRow("Rule SerializedData broken")
            << ns + "Rule\\SerializedData" << QStringList() << row({ { "f", QByteArray("a:1:{") } }) << QVariantMap()
            << f << row({ { "f", QByteArray("a:1:{") } }) << QStringLiteral("broken");
        QTest::addRow("UrlSuffix") << ns + "Settings\\UrlSuffix" << QStringList() << row({ { "f", "html" } })
                                   << QVariantMap() << f << row({ { "f", ".html" } }) << QString();
        QTest::addRow("UrlSuffix with dot") << ns + "Settings\\UrlSuffix" << QStringList() << row({ { "f", ".htm" } })
                                            << QVariantMap() << f << row({ { "f", ".htm" } }) << QString();
        QTest::addRow("UrlSuffix empty") << ns + "Settings\\UrlSuffix" << QStringList() << row({ { "f", "" } })
                                         << QVariantMap() << f << row({ { "f", "" } }) << QString();
        QTest::addRow("CategoryRootId") << ns + "Settings\\CategoryRootId" << QStringList() << row({ { "f", "2" } })
                                        << QVariantMap() << f << row({ { "f", null } }) << QString();
        QTest::addRow("CategoryRootId other")
            << ns + "Settings\\CategoryRootId" << QStringList() << row({ { "f", "3" } }) << QVariantMap() << f
            << row({ { "f", "3" } }) << QString();
        QTest::addRow("GetDestinationValue null")
            << ns + "GetDestinationValue" << QStringList { "setNullIfEmpty=true" } << row({ { "f", "x" } })
            << row({ { "f", QVariant() } }) << f << row({ { "f", null } }) << QString();
        QTest::addRow("GetDestinationValue keeps")
            << ns + "GetDestinationValue" << QStringList() << row({ { "f", "x" } }) << row({ { "f", QVariant() } }) << f
            << row({ { "f", "x" } }) << QString();
        QTest::addRow("GetDestinationValue copies")
            << ns + "GetDestinationValue" << QStringList() << row({ { "f", "x" } }) << row({ { "f", "y" } }) << f
            << row({ { "f", "y" } }) << QString();
        QTest::addRow("ConvertTimestampToDate")
            << ns + "ConvertTimestampToDate" << QStringList()
            << row({ { "frontend_input", "date" }, { "f", "1500000000" } }) << QVariantMap() << f
            << row({ { "f", "2017-07-14 02:40:00" } }) << QString();
        QTest::addRow("ConvertTimestampToDate text")
            << ns + "ConvertTimestampToDate" << QStringList()
            << row({ { "frontend_input", "text" }, { "f", "1500000000" } }) << QVariantMap() << f
            << row({ { "f", "1500000000" } }) << QString();
        QTest::addRow("SetVisibleOnFront invisible")
            << ns + "SalesOrderStatusState\\SetVisibleOnFront" << QStringList()
            << row({ { "status", "pending_payment" }, { "state", "pending_payment" },
                   { "visible_on_front", QVariant() } })
            << QVariantMap() << QStringLiteral("visible_on_front") << row({ { "visible_on_front", "0" } }) << QString();
        QTest::addRow("SetVisibleOnFront visible")
            << ns + "SalesOrderStatusState\\SetVisibleOnFront" << QStringList()
            << row({ { "status", "complete" }, { "state", "complete" }, { "visible_on_front", QVariant() } })
            << QVariantMap() << QStringLiteral("visible_on_front") << row({ { "visible_on_front", "1" } }) << QString();
        const QStringList product { "suffixPath=catalog/seo/product_url_suffix", "attributeCodes=[url_key,url_path]",
            "entityTypeCode=catalog_product" };
        QTest::addRow("TruncateSuffix") << ns + "TruncateSuffix" << product
                                        << row({ { "attribute_id", "97" }, { "f", "shirt.htm" } }) << QVariantMap() << f
                                        << row({ { "f", "shirt" } }) << QString();
        QTest::addRow("TruncateSuffix other attribute")
            << ns + "TruncateSuffix" << product << row({ { "attribute_id", "50" }, { "f", "shirt.htm" } })
            << QVariantMap() << f << row({ { "f", "shirt.htm" } }) << QString();
        QTest::addRow("TruncateSuffix default suffix")
            << ns + "TruncateSuffix"
            << QStringList { "suffixPath=catalog/seo/category_url_suffix", "attributeCodes=[url_path]",
                   "entityTypeCode=catalog_category" }
            << row({ { "attribute_id", "45" }, { "f", "men/shirts.html" } }) << QVariantMap() << f
            << row({ { "f", "men/shirts" } }) << QString();
        QTest::addRow("CleanMultiselect")
            << ns + "CleanMultiselect" << QStringList() << row({ { "attribute_id", "120" }, { "f", "24,,,41,,0" } })
            << QVariantMap() << f << row({ { "f", "24,41" } }) << QString();
        QTest::addRow("CleanMultiselect other attribute")
            << ns + "CleanMultiselect" << QStringList() << row({ { "attribute_id", "5" }, { "f", "24,,41" } })
            << QVariantMap() << f << row({ { "f", "24,,41" } }) << QString();
        QTest::addRow("SetValueAttributeCondition")
            << ns + "SetValueAttributeCondition" << QStringList { "attributeCode=custom_design", "value=NULL" }
            << row({ { "attribute_id", "83" }, { "f", "default/modern" } }) << QVariantMap() << f
            << row({ { "f", null } }) << QString();
        QTest::addRow("SetValueAttributeCondition other")
            << ns + "SetValueAttributeCondition" << QStringList { "attributeCode=custom_design", "value=NULL" }
            << row({ { "attribute_id", "84" }, { "f", "x" } }) << QVariantMap() << f << row({ { "f", "x" } })
            << QString();
        QTest::addRow("StoreGroupCode") << ns + "StoreGroupCode" << QStringList()
                                        << row({ { "group_id", "2" }, { "code", QVariant() } }) << QVariantMap()
                                        << QStringLiteral("code") << row({ { "code", "nd_store" } })
                                        << QStringLiteral("used twice");
        QTest::addRow("StoreGroupCode unknown group")
            << ns + "StoreGroupCode" << QStringList() << row({ { "group_id", "9" }, { "code", QVariant() } })
            << QVariantMap() << QStringLiteral("code") << row({ { "code", "store_group" } })
            << QStringLiteral("used twice");
    }
    void handles()
    {
        QFETCH(QString, handler);
        QFETCH(QStringList, params);
        QFETCH(QVariantMap, fields);
        QFETCH(QVariantMap, oppositeFields);
        Record record;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            record.insert(it.key(), it.value());
        Record opposite;
        for (auto it = oppositeFields.cbegin(); it != oppositeFields.cend(); ++it)
            opposite.insert(it.key(), it.value());
        QFETCH(QString, field);
        QFETCH(QVariantMap, expected);
        QFETCH(QString, issue);
        HandlerRegistry registry;
        TestContext context;
        QCOMPARE(registry.support(handler), HandlerRegistry::Support::Implemented);
        auto instance = registry.create(config(handler, params), context);
        QList<RecordIssue> issues;
        HandlerCall call { record, opposite, QStringLiteral("doc"), field, QStringLiteral("id=1"), issues, {} };
        instance->handle(call);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(record.contains(it.key()), qPrintable(it.key()));
            if (it.value() == null) {
                QVERIFY2(record.value(it.key()).isNull(), qPrintable(record.value(it.key()).toString()));
            } else {
                QCOMPARE(record.value(it.key()).typeId(), it.value().typeId());
                QCOMPARE(record.value(it.key()), it.value());
            }
        }
        if (issue.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
        } else {
            QVERIFY(!issues.isEmpty());
            QVERIFY2(issues[0].toString().contains(issue), qPrintable(issues[0].toString()));
            QVERIFY2(issues[0].toString().contains(QStringLiteral("doc.") + field), qPrintable(issues[0].toString()));
            QVERIFY2(issues[0].toString().contains(QStringLiteral("id=1")), qPrintable(issues[0].toString()));
        }
    }

    void brokenSerializedValueSeverity()
    {
        HandlerRegistry registry;
        TestContext context;
        for (const bool migrate : { true, false }) {
            auto handler = registry.create(
                config(ns + "SerializeToJson", { migrate ? "migrateBrokenData=true" : "migrateBrokenData=false" }),
                context);
            Record record { { QStringLiteral("f"), QByteArray("s:9:\"x\";") } };
            QList<RecordIssue> issues;
            HandlerCall call { record, {}, QStringLiteral("sales_flat_quote"), QStringLiteral("f"),
                QStringLiteral("entity_id=3"), issues, {} };
            handler->handle(call);
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues[0].severity, migrate ? RecordIssue::Severity::Warning : RecordIssue::Severity::Error);
            QVERIFY2(issues[0].toString().contains(QStringLiteral("sales_flat_quote.f (entity_id=3)")),
                qPrintable(issues[0].toString()));
        }
    }

    void refusesBadHandlers_data()
    {
        QTest::addColumn<QString>("handler");
        QTest::addColumn<QStringList>("params");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("unknown") << ns + "NoSuch" << QStringList()
                                 << QStringLiteral("unknown handler class \\Migration\\Handler\\NoSuch");
        QTest::addRow("not a handler namespace")
            << QStringLiteral("Foo\\SetValue") << QStringList() << QStringLiteral("unknown handler class");
        QTest::addRow("Encrypt without keys")
            << ns + "Encrypt" << QStringList() << QStringLiteral("encryption key is missing");
        QTest::addRow("Synonym") << ns + "Synonym" << QStringList() << QStringLiteral("not implemented");
        QTest::addRow("SetValue without value")
            << ns + "SetValue" << QStringList() << QStringLiteral("needs the param \"value\"");
        QTest::addRow("Convert bad map") << ns + "Convert" << QStringList { "map=[a:b;c]" }
                                         << QStringLiteral("\"c\" is not key:value");
        QTest::addRow("Timezone out of range")
            << ns + "Timezone" << QStringList { "offset=+13" } << QStringLiteral("between -14 and +12");
        QTest::addRow("SetHash md5") << ns + "SetHash" << QStringList { "hash=md5", "baseField=x" }
                                     << QStringLiteral("only crc32");
        QTest::addRow("bad pattern") << ns + "SerializeToJson\\ConvertWithConditions"
                                     << QStringList { "conditionalField=code", "conditionalFieldValuesPattern=/(/" }
                                     << QStringLiteral("invalid pattern");
        QTest::addRow("TruncateSuffix without codes")
            << ns + "TruncateSuffix" << QStringList { "suffixPath=a", "entityTypeCode=b" }
            << QStringLiteral("attributeCodes");
    }
    void refusesBadHandlers()
    {
        QFETCH(QString, handler);
        QFETCH(QStringList, params);
        QFETCH(QString, fragment);
        HandlerRegistry registry;
        TestContext context;
        try {
            registry.create(config(handler, params), context);
            QFAIL("created a bad handler");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("test-map.xml:42")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(handler), qPrintable(e.message()));
        }
        const auto issues = registry.check({ config(handler, params) });
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].line, 42);
    }

    void registryLists()
    {
        HandlerRegistry registry;
        QCOMPARE(registry.implemented().size(), 26);
        QVERIFY(registry.notImplemented().contains(QStringLiteral("Migration\\Handler\\Synonym")));
        QCOMPARE(registry.support(QStringLiteral("\\Migration\\Handler\\Placeholder")),
            HandlerRegistry::Support::Implemented);
        QCOMPARE(
            registry.support(QStringLiteral("\\Migration\\Handler\\Encrypt")), HandlerRegistry::Support::Implemented);
        QCOMPARE(registry.support(QStringLiteral("\\Migration\\Handler\\Nope")), HandlerRegistry::Support::Unknown);
        // The engine can plug in its own implementation of a database-backed handler.
        registry.add(QStringLiteral("\\Migration\\Handler\\Synonym"),
            [](const HandlerConfig&, const HandlerContext&) -> std::unique_ptr<Handler> { return nullptr; });
        QCOMPARE(
            registry.support(QStringLiteral("Migration\\Handler\\Synonym")), HandlerRegistry::Support::Implemented);
    }
};

QTEST_GUILESS_MAIN(TestHandlers)
#include "tst_handlers.moc"
