#include "db/database.h"
#include "engine/migrationrunner.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "steps/catalogstep.h"
#include "steps/configurablepricesstep.h"
#include "steps/eavstep.h"
#include "steps/mapstep.h"
#include "engine/verifier.h"
#include "steps/settingsstep.h"
#include "steps/tierpricestep.h"
#include "stepsupport.h"
#include "testserver.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

RunReport migrate(const ConnectionProfile& source, const ConnectionProfile& destination, bool catalog)
{
    std::vector<std::unique_ptr<Step>> steps;
    if (catalog) {
        steps.push_back(std::make_unique<SettingsStep>());
        steps.push_back(std::make_unique<EavStep>());
        steps.push_back(std::make_unique<CatalogStep>());
        steps.push_back(std::make_unique<MapStep>()); // the super links, which the verification reads
    }
    steps.push_back(std::make_unique<ConfigurablePricesStep>());
    steps.push_back(std::make_unique<TierPriceStep>());
    return runSteps(source, destination, std::move(steps));
}

QString priceAttribute(Database& db)
{
    return scalarText(db,
        QStringLiteral("SELECT a.attribute_id FROM {eav_attribute} a JOIN {eav_entity_type} t ON t.entity_type_id = "
                       "a.entity_type_id WHERE t.entity_type_code = 'catalog_product' AND a.attribute_code = 'price'"));
}

/** What Magento 2's tier price table must hold, from Magento 1's rows (group prices win over tier prices of 1). */
QStringList expectedTierPrices(Database& src)
{
    const bool groups = !scalarText(src,
        QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND "
                       "TABLE_NAME = '%1'")
            .arg(src.profile().table(QStringLiteral("catalog_product_entity_group_price"))))
                             .startsWith(QLatin1Char('0'));
    QString sql = QStringLiteral(
        "SELECT t.entity_id, t.all_groups, t.customer_group_id, t.qty, t.value, t.website_id FROM "
        "{catalog_product_entity_tier_price} t JOIN {catalog_product_entity} e ON e.entity_id = t.entity_id");
    if (groups)
        sql += QStringLiteral(
            " WHERE NOT (t.qty = 1 AND EXISTS (SELECT 1 FROM {catalog_product_entity_group_price} g WHERE g.entity_id "
            "= t.entity_id AND g.all_groups = t.all_groups AND g.customer_group_id = t.customer_group_id AND "
            "g.website_id = t.website_id)) UNION ALL SELECT g.entity_id, g.all_groups, g.customer_group_id, 1.0000, "
            "g.value, g.website_id FROM {catalog_product_entity_group_price} g JOIN {catalog_product_entity} e ON "
            "e.entity_id = g.entity_id");
    return sortedRows(src, sql);
}

QStringList tierPrices(Database& dst)
{
    return sortedRows(dst,
        QStringLiteral("SELECT entity_id, all_groups, customer_group_id, qty, CAST(value AS DECIMAL(12,4)), website_id "
                       "FROM {catalog_product_entity_tier_price} WHERE percentage_value IS NULL"));
}

/**
 * Child prices per store view as Magento 1 computes them (parent price in that store view, else the default, plus
 * each super attribute's difference of the child's option for the store view's website, else website 0's; a
 * percentage of the parent's price), from the lowest-id configurable parent with differences, else the lowest-id one
 * without (Magento 1 sells the child at the parent's price all the same) unless the child is also sold on its own.
 * Store 0: website 0. Restricted to `children` when not empty.
 */
QStringList expectedChildPrices(Database& src, int store, int website, const QString& children = {})
{
    const QString price = priceAttribute(src);
    const QString base = QStringLiteral("COALESCE(ps.value, p0.value)");
    const QString difference = QStringLiteral("IF(%2.is_percent = 1, %1 * %2.pricing_value / 100, %2.pricing_value)");
    return sortedRows(src,
        QStringLiteral(
            "SELECT l.product_id, ROUND(%1 + COALESCE(SUM(CASE WHEN pw.value_id IS NOT NULL THEN %2 WHEN "
            "pd.value_id IS NOT NULL THEN %3 ELSE 0 END), 0), 4) FROM {catalog_product_super_link} l "
            "JOIN {catalog_product_entity_decimal} p0 ON p0.entity_id = l.parent_id AND p0.store_id = 0 AND "
            "p0.attribute_id = %4 "
            "LEFT JOIN {catalog_product_entity_decimal} ps ON ps.entity_id = l.parent_id AND ps.store_id = %5 AND "
            "ps.attribute_id = %4 "
            "JOIN {catalog_product_super_attribute} sa ON sa.product_id = l.parent_id "
            "JOIN {catalog_product_entity_int} ci ON ci.entity_id = l.product_id AND ci.attribute_id = sa.attribute_id "
            "AND ci.store_id = 0 "
            "LEFT JOIN {catalog_product_super_attribute_pricing} pw ON pw.product_super_attribute_id = "
            "sa.product_super_attribute_id AND pw.value_index = ci.value AND pw.website_id = %6 AND %6 <> 0 "
            "LEFT JOIN {catalog_product_super_attribute_pricing} pd ON pd.product_super_attribute_id = "
            "sa.product_super_attribute_id AND pd.value_index = ci.value AND pd.website_id = 0 "
            "WHERE l.parent_id = COALESCE((SELECT MIN(l2.parent_id) FROM {catalog_product_super_link} l2 WHERE "
            "l2.product_id = l.product_id AND %8), (SELECT MIN(l2.parent_id) FROM {catalog_product_super_link} l2 "
            "WHERE l2.product_id = l.product_id AND NOT EXISTS (SELECT 1 FROM {catalog_product_entity_int} v JOIN "
            "{eav_attribute} va ON va.attribute_id = v.attribute_id AND va.attribute_code = 'visibility' WHERE "
            "v.entity_id = l2.product_id AND v.store_id = 0 AND v.value <> 1))) %7 GROUP BY l.product_id")
            .arg(base, difference.arg(base, QStringLiteral("pw")), difference.arg(base, QStringLiteral("pd")), price)
            .arg(store)
            .arg(website)
            .arg(children.isEmpty() ? QString() : QStringLiteral("AND l.product_id IN (%1)").arg(children),
                QStringLiteral("EXISTS (SELECT 1 FROM {catalog_product_super_attribute} s2 JOIN "
                               "{catalog_product_super_attribute_pricing} p2 ON p2.product_super_attribute_id = "
                               "s2.product_super_attribute_id WHERE s2.product_id = l2.parent_id)")));
}

QStringList childPrices(Database& dst, int store, const QString& children)
{
    return sortedRows(dst,
        QStringLiteral("SELECT entity_id, CAST(value AS DECIMAL(12,4)) FROM {catalog_product_entity_decimal} WHERE "
                       "attribute_id = %1 AND store_id = %2 AND entity_id IN (%3)")
            .arg(priceAttribute(dst))
            .arg(store)
            .arg(children));
}

QString configurableChildren(Database& src)
{
    return sortedRows(src, QStringLiteral("SELECT DISTINCT product_id FROM {catalog_product_super_link}"))
        .join(QLatin1Char(','));
}

QStringList sourceChecksums(Database& src)
{
    QStringList sums;
    for (const char* table :
        { "catalog_product_entity_tier_price", "catalog_product_entity_group_price", "catalog_product_entity_decimal",
            "catalog_product_super_attribute_pricing", "catalog_product_super_link" }) {
        QSqlQuery c = src.query(QStringLiteral("CHECKSUM TABLE %1").arg(src.table(QLatin1String(table))));
        sums << (c.next() ? c.value(1).toString() : QString());
    }
    return sums;
}

QStringList destinationState(Database& dst)
{
    return sortedRows(dst, QStringLiteral("SELECT * FROM {catalog_product_entity_tier_price}"))
        + sortedRows(dst,
            QStringLiteral("SELECT entity_id, store_id, value FROM {catalog_product_entity_decimal} WHERE attribute_id "
                           "= %1")
                .arg(priceAttribute(dst)));
}

void checkCounts(const StepReport& step)
{
    for (const TableReport& t : step.tables) {
        if (t.outcome == Outcome::Succeeded)
            QVERIFY2(t.rowsRead == t.rowsWritten + t.skippedRows(), qPrintable(t.sourceTable));
    }
}

} // namespace

class TestPriceSteps : public QObject
{
    Q_OBJECT
private slots:
    void childPrice_data();
    void childPrice();
    void generatedStore();
    void prefixedStore();
};

void TestPriceSteps::childPrice_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QStringList>("amounts");
    QTest::addColumn<QList<bool>>("percent");
    QTest::addColumn<QString>("expected");
    QTest::addRow("no differences") << "10.0000" << QStringList {} << QList<bool> {} << "10.0000";
    QTest::addRow("fixed, summed") << "10.0000" << QStringList { "2.5000", "-3.0000" } << QList<bool> { false, false }
                                   << "9.5000";
    QTest::addRow("percent of the parent")
        << "19.9900" << QStringList { "10.0000" } << QList<bool> { true } << "21.9890";
    QTest::addRow("percent rounds half away")
        << "0.0001" << QStringList { "50.0000" } << QList<bool> { true } << "0.0002";
    QTest::addRow("percent and fixed") << "100.0000" << QStringList { "12.5000", "5" } << QList<bool> { true, false }
                                       << "117.5000";
    QTest::addRow("negative") << "1.0000" << QStringList { "-3" } << QList<bool> { false } << "-2.0000";
}

void TestPriceSteps::childPrice()
{
    QFETCH(QString, parent);
    QFETCH(QStringList, amounts);
    QFETCH(QList<bool>, percent);
    QFETCH(QString, expected);
    QList<QPair<QString, bool>> differences;
    for (int i = 0; i < amounts.size(); ++i)
        differences.append({ amounts[i], percent[i] });
    QCOMPARE(ConfigurablePricesStep::childPrice(parent, differences), expected);
}

void TestPriceSteps::generatedStore()
{
    auto& server = TestServer::instance();
    const auto source = server.magento1(QStringLiteral("prices_gen_m1"));
    const auto destination = server.magento2(QStringLiteral("prices_gen_m2"));
    GeneratorOptions options;
    options.products = 60;
    options.customers = 0;
    options.orders = 0;
    options.seed = 11;
    try {
        StoreGenerator::run(source, {}, options, {});
    } catch (const Error& e) {
        QFAIL(qPrintable(e.message() + QLatin1Char('\n') + e.details()));
    }
    Database src(source, {}, QStringLiteral("test"));
    Database dst(destination, {}, QStringLiteral("test"));
    // Decimals as the server's exact text, so that prices compare digit for digit.
    src.handle().setNumericalPrecisionPolicy(QSql::HighPrecision);
    dst.handle().setNumericalPrecisionPolicy(QSql::HighPrecision);
    const QString price = priceAttribute(src);

    // What the generator does not make: a tier price of quantity 1 that meets a group price, a website's tier price,
    // a percentage difference, a website's own difference and parent price, a child of two configurable products.
    const QString product = scalarText(src,
        QStringLiteral(
            "SELECT MIN(e.entity_id) FROM {catalog_product_entity} e JOIN {catalog_product_entity_decimal} d "
            "ON d.entity_id = e.entity_id AND d.attribute_id = %1 AND d.store_id = 0 WHERE e.type_id = "
            "'simple' AND e.entity_id NOT IN (SELECT product_id FROM {catalog_product_super_link})")
            .arg(price));
    QVERIFY(!product.isEmpty());
    src.exec(expand(
        src, QStringLiteral("DELETE FROM {catalog_product_entity_group_price} WHERE entity_id = %1").arg(product)));
    src.exec(expand(src,
        QStringLiteral("INSERT INTO {catalog_product_entity_group_price} (entity_id, all_groups, customer_group_id, "
                       "value, website_id) VALUES (%1, 0, 2, 7.5000, 0)")
            .arg(product)));
    src.exec(expand(src,
        QStringLiteral(
            "INSERT INTO {catalog_product_entity_tier_price} (entity_id, all_groups, customer_group_id, qty, "
            "value, website_id) VALUES (%1, 0, 2, 1.0000, 8.2500, 0), (%1, 1, 0, 3.0000, 6.1000, 1)")
            .arg(product)));
    const QString parent = scalarText(src,
        QStringLiteral("SELECT MIN(parent_id) FROM {catalog_product_super_link} l WHERE (SELECT COUNT(*) FROM "
                       "{catalog_product_super_attribute} s WHERE s.product_id = l.parent_id) = 2"));
    QVERIFY2(!parent.isEmpty(), "the generator made no configurable product with two super attributes");
    const QString super = scalarText(src,
        QStringLiteral("SELECT MIN(product_super_attribute_id) FROM {catalog_product_super_attribute} WHERE product_id "
                       "= %1")
            .arg(parent));
    src.exec(expand(src,
        QStringLiteral("UPDATE {catalog_product_super_attribute_pricing} SET is_percent = 1, pricing_value = 10 WHERE "
                       "product_super_attribute_id = %1")
            .arg(super)));
    const QString website = QStringLiteral("1");
    const QString store
        = scalarText(src, QStringLiteral("SELECT MIN(store_id) FROM {core_store} WHERE website_id = 1"));
    src.exec(expand(src,
        QStringLiteral("INSERT INTO {catalog_product_super_attribute_pricing} (product_super_attribute_id, "
                       "value_index, is_percent, pricing_value, website_id) SELECT product_super_attribute_id, "
                       "value_index, 0, 4.2500, %1 FROM {catalog_product_super_attribute_pricing} WHERE website_id = 0 "
                       "AND product_super_attribute_id = (SELECT MAX(product_super_attribute_id) FROM "
                       "{catalog_product_super_attribute} WHERE product_id = %2)")
            .arg(website, parent)));
    src.exec(expand(src,
        QStringLiteral("INSERT INTO {catalog_product_entity_decimal} (entity_type_id, attribute_id, store_id, "
                       "entity_id, value) SELECT entity_type_id, attribute_id, %1, entity_id, value + 20 FROM "
                       "{catalog_product_entity_decimal} WHERE entity_id = %2 AND attribute_id = %3 AND store_id = 0")
            .arg(store, parent, price)));
    src.exec(expand(src,
        QStringLiteral("INSERT INTO {core_config_data} (scope, scope_id, path, value) VALUES ('default', 0, "
                       "'catalog/price/scope', '1') ON DUPLICATE KEY UPDATE value = '1'")));
    // A second configurable with the same super attributes takes one of the first one's children.
    const QString otherParent = scalarText(src,
        QStringLiteral("SELECT MIN(l.parent_id) FROM {catalog_product_super_link} l WHERE l.parent_id > %1 AND (SELECT "
                       "COUNT(*) FROM {catalog_product_super_attribute} s WHERE s.product_id = l.parent_id) = 2")
            .arg(parent));
    QVERIFY2(!otherParent.isEmpty(), "the generator made one configurable product with two super attributes");
    const QString shared = scalarText(src,
        QStringLiteral("SELECT MIN(product_id) FROM {catalog_product_super_link} WHERE parent_id = %1").arg(parent));
    src.exec(expand(src,
        QStringLiteral("INSERT INTO {catalog_product_super_link} (product_id, parent_id) VALUES (%1, %2)")
            .arg(shared, otherParent)));
    src.exec(expand(src,
        QStringLiteral("UPDATE {catalog_product_entity_decimal} SET value = value + 100 WHERE entity_id = %1 AND "
                       "attribute_id = %2 AND store_id = 0")
            .arg(otherParent, price)));

    // A third configurable loses its price differences, and a child of it gets a price of its own, which Magento 1
    // ignores when it sells the child through the configurable: the child gets the configurable's price.
    const QString plainParent = scalarText(src,
        QStringLiteral("SELECT MIN(l.parent_id) FROM {catalog_product_super_link} l WHERE l.parent_id NOT IN (%1, %2) "
                       "AND NOT EXISTS (SELECT 1 FROM {catalog_product_super_link} o WHERE o.product_id = l.product_id "
                       "AND o.parent_id < l.parent_id)")
            .arg(parent, otherParent));
    QVERIFY2(!plainParent.isEmpty(), "the generator made only two configurable products");
    src.exec(expand(src,
        QStringLiteral("DELETE p FROM {catalog_product_super_attribute_pricing} p JOIN {catalog_product_super_attribute} "
                       "s ON s.product_super_attribute_id = p.product_super_attribute_id WHERE s.product_id = %1")
            .arg(plainParent)));
    const QString plainChild = scalarText(src,
        QStringLiteral("SELECT MIN(product_id) FROM {catalog_product_super_link} WHERE parent_id = %1").arg(plainParent));
    src.exec(expand(src,
        QStringLiteral("UPDATE {catalog_product_entity_decimal} SET value = 0.5 WHERE entity_id = %1 AND attribute_id "
                       "= %2 AND store_id = 0")
            .arg(plainChild, price)));
    const QString plainPrice = scalarText(src,
        QStringLiteral("SELECT CAST(value AS DECIMAL(12,4)) FROM {catalog_product_entity_decimal} WHERE entity_id = %1 "
                       "AND attribute_id = %2 AND store_id = 0")
            .arg(plainParent, price));
    QVERIFY(!plainPrice.isEmpty() && plainPrice != QLatin1String("0.5000"));
    // Another child of it is also sold on its own: Magento 1 charged its own price then, which it keeps.
    const QString aloneChild = scalarText(src,
        QStringLiteral("SELECT MIN(product_id) FROM {catalog_product_super_link} WHERE parent_id = %1 AND product_id > "
                       "%2 AND product_id NOT IN (SELECT product_id FROM {catalog_product_super_link} WHERE parent_id "
                       "<> %1)")
            .arg(plainParent, plainChild));
    QVERIFY2(!aloneChild.isEmpty(), "the configurable product has one child");
    src.exec(expand(src,
        QStringLiteral("UPDATE {catalog_product_entity_int} v JOIN {eav_attribute} a ON a.attribute_id = v.attribute_id "
                       "AND a.attribute_code = 'visibility' SET v.value = 4 WHERE v.entity_id = %1 AND v.store_id = 0")
            .arg(aloneChild)));
    src.exec(expand(src,
        QStringLiteral("UPDATE {catalog_product_entity_decimal} SET value = 0.75 WHERE entity_id = %1 AND attribute_id "
                       "= %2 AND store_id = 0")
            .arg(aloneChild, price)));

    const QStringList sourceBefore = sourceChecksums(src);
    const RunReport report = migrate(source, destination, true);
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
    QCOMPARE(sourceChecksums(src), sourceBefore);

    // Tier and group prices: every source row, group prices as quantity 1, the group price winning the clash.
    const QStringList expectedTiers = expectedTierPrices(src);
    QVERIFY(expectedTiers.size() >= 3);
    QCOMPARE(tierPrices(dst), expectedTiers);
    QVERIFY2(expectedTiers.contains(QStringLiteral("%1|0|2|1.0000|7.5000|0").arg(product)),
        qPrintable(expectedTiers.join(QLatin1Char(' '))));
    QVERIFY2(expectedTiers.contains(QStringLiteral("%1|1|0|3.0000|6.1000|1").arg(product)),
        qPrintable(expectedTiers.join(QLatin1Char(' '))));
    const StepReport* tier = report.step(QStringLiteral("tier-price"));
    QVERIFY(tier);
    checkCounts(*tier);
    const TableReport* tierTable = tier->table(QStringLiteral("catalog_product_entity_tier_price"));
    const TableReport* groupTable = tier->table(QStringLiteral("catalog_product_entity_group_price"));
    QVERIFY(tierTable && groupTable);
    QCOMPARE(QString::number(tierTable->rowsRead),
        scalarText(src, QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity_tier_price}")));
    QCOMPARE(QString::number(groupTable->rowsRead),
        scalarText(src, QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity_group_price}")));
    QCOMPARE(tierTable->rowsWritten + groupTable->rowsWritten, qint64(expectedTiers.size()));
    qint64 replaced = 0;
    for (auto it = tierTable->skipped.cbegin(); it != tierTable->skipped.cend(); ++it) {
        if (it.key().contains(QLatin1String("group price")))
            replaced += it.value();
    }
    QCOMPARE(replaced, qint64(1));
    QVERIFY2(tierTable->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("product %1,").arg(product)),
        qPrintable(tierTable->warnings.join(QLatin1Char('\n'))));

    // Configurable children: the default price and, for the website with its own difference and parent price,
    // the store view's, as computed from Magento 1's rows.
    const StepReport* configurable = report.step(QStringLiteral("configurable-prices"));
    QVERIFY(configurable);
    checkCounts(*configurable);
    const TableReport* pricing = configurable->table(QStringLiteral("catalog_product_super_attribute_pricing"));
    QVERIFY(pricing);
    QCOMPARE(QString::number(pricing->rowsRead),
        scalarText(src, QStringLiteral("SELECT COUNT(*) FROM {catalog_product_super_link}")));
    const QString children = configurableChildren(src);
    QVERIFY(!children.isEmpty());
    const QStringList expectedDefault = expectedChildPrices(src, 0, 0);
    QCOMPARE(qsizetype(pricing->rowsWritten), expectedDefault.size());
    QStringList computedChildren;
    for (const QString& row : expectedDefault)
        computedChildren << row.section(QLatin1Char('|'), 0, 0);
    QVERIFY(!computedChildren.contains(aloneChild));
    QCOMPARE(childPrices(dst, 0, computedChildren.join(QLatin1Char(','))), expectedDefault);
    const QString parentChildren = sortedRows(src,
        QStringLiteral("SELECT product_id FROM {catalog_product_super_link} WHERE parent_id = %1 AND product_id <> %2")
            .arg(parent, shared))
                                       .join(QLatin1Char(','));
    const QStringList expectedStore = expectedChildPrices(src, store.toInt(), website.toInt(), parentChildren);
    QVERIFY(!expectedStore.isEmpty());
    QCOMPARE(childPrices(dst, store.toInt(), parentChildren), expectedStore);
    // The website's own difference and parent price make the store view's prices differ from the default ones.
    QVERIFY(expectedStore != expectedChildPrices(src, 0, 0, parentChildren));
    qInfo("%s child price(s) of %s link(s), %s tier/group price(s); transformed %s",
        qPrintable(QString::number(pricing->rowsWritten)), qPrintable(QString::number(pricing->rowsRead)),
        qPrintable(QString::number(expectedTiers.size())), qPrintable(QString::number(pricing->rowsTransformed)));
    // The percentage made a price that is not the parent's plus whole differences: spot-check one by hand.
    QVERIFY(expectedDefault
        != sortedRows(src,
            QStringLiteral("SELECT entity_id, value FROM {catalog_product_entity_decimal} WHERE attribute_id = %1 "
                           "AND store_id = 0 AND entity_id IN (%2)")
                .arg(price, children)));
    // The child of the configurable without differences sells at its price, and the report says why.
    QCOMPARE(childPrices(dst, 0, plainChild), QStringList { plainChild + QLatin1Char('|') + plainPrice });
    QCOMPARE(childPrices(dst, 0, aloneChild), QStringList { aloneChild + QLatin1String("|0.7500") });
    QCOMPARE(skippedWith(*pricing, QStringLiteral("also sold on its own")), qint64(1));
    // The catalog's verification leaves the children's prices to this step: the repriced child is no mismatch.
    {
        const MigrationEnvironment env = stepEnvironment(source, destination);
        CatalogStep catalogStep;
        const VerifyReport verified = verifySteps(env, { &catalogStep });
        QVERIFY2(verified.outcome == Outcome::Succeeded, qPrintable(verified.toText()));
    }
    const QString warnings = pricing->warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("configurable products without price differences had a price of their "
                                             "own")),
        qPrintable(warnings));
    // The shared child keeps the lowest parent's price and the warning names both parents.
    QVERIFY2(warnings.contains(QStringLiteral("product %1 is a child of the configurable products %2 and %3")
                                   .arg(shared, parent, otherParent)),
        qPrintable(warnings));

    // Rerun: the same destination.
    const QStringList before = destinationState(dst);
    const RunReport again = migrate(source, destination, false);
    QVERIFY2(again.outcome == Outcome::Succeeded, qPrintable(again.toText()));
    QCOMPARE(destinationState(dst), before);
    QCOMPARE(sourceChecksums(src), sourceBefore);

    // Values Magento 1 does not have (the store view's computed prices) get ids past Magento 1's by the headroom:
    // a value Magento 1 adds while delta runs, written with its own next id, lands on none of them. Delta's refresh
    // places a new computed value the same way.
    const qint64 sourceMax = scalarText(src, QStringLiteral("SELECT MAX(value_id) FROM {catalog_product_entity_decimal}"))
                                 .toLongLong();
    const QString computedIds = QStringLiteral(
        "SELECT value_id FROM {catalog_product_entity_decimal} WHERE attribute_id = %1 AND value_id > %2")
                                    .arg(priceAttribute(dst))
                                    .arg(sourceMax);
    const QStringList computed = sortedRows(dst, computedIds);
    QVERIFY2(!computed.isEmpty(), "no computed price value that Magento 1 lacks: nothing to check");
    for (const QString& id : computed)
        QVERIFY2(id.toLongLong() > sourceMax + ConfigurablePricesStep::computedIdHeadroom, qPrintable(id));
    // Every computed value goes, and Magento 2's counter goes back to Magento 1's: the refresh must place the value
    // it writes again by itself.
    QVERIFY(dst.exec(expand(dst,
                QStringLiteral("DELETE FROM {catalog_product_entity_decimal} WHERE value_id > %1").arg(sourceMax)))
        >= 1);
    dst.exec(expand(dst, QStringLiteral("ALTER TABLE {catalog_product_entity_decimal} AUTO_INCREMENT = %1").arg(sourceMax + 1)));
    QSet<qint64> refreshed;
    for (const QString& id : parentChildren.split(QLatin1Char(',')))
        refreshed.insert(id.toLongLong());
    try {
        ConfigurablePricesStep::refreshChildPrices(src, dst, SchemaCatalog::read(src), SchemaCatalog::read(dst), refreshed);
    } catch (const Error& e) {
        QFAIL(qPrintable(e.message() + QLatin1Char('\n') + e.details()));
    }
    QCOMPARE(childPrices(dst, store.toInt(), parentChildren), expectedStore);
    for (const QString& id : sortedRows(dst, computedIds))
        QVERIFY2(id.toLongLong() > sourceMax + ConfigurablePricesStep::computedIdHeadroom, qPrintable(id));
}

void TestPriceSteps::prefixedStore()
{
    auto& server = TestServer::instance();
    const auto source = server.magento1Prefixed(QStringLiteral("prices_pre_m1"));
    const auto destination = server.magento2(QStringLiteral("prices_pre_m2"));
    Database src(source, {}, QStringLiteral("test"));
    Database dst(destination, {}, QStringLiteral("test"));
    // Decimals as the server's exact text, so that prices compare digit for digit.
    src.handle().setNumericalPrecisionPolicy(QSql::HighPrecision);
    dst.handle().setNumericalPrecisionPolicy(QSql::HighPrecision);
    // 1.9.3.2 has is_percent on group prices: Magento 2's percentage discount, not a price of that number.
    const QString product = scalarText(src, QStringLiteral("SELECT MIN(entity_id) FROM {catalog_product_entity}"));
    QVERIFY(!product.isEmpty());
    src.exec(expand(src,
        QStringLiteral("INSERT INTO {catalog_product_entity_group_price} (entity_id, all_groups, customer_group_id, "
                       "value, website_id, is_percent) VALUES (%1, 0, 1, 15.0000, 0, 1)")
            .arg(product)));
    src.exec(expand(src,
        QStringLiteral(
            "INSERT INTO {catalog_product_entity_tier_price} (entity_id, all_groups, customer_group_id, qty, "
            "value, website_id) VALUES (%1, 1, 0, 2.0000, 3.3300, 0)")
            .arg(product)));
    const RunReport report = migrate(source, destination, true);
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
    const QStringList expectedTiers = expectedTierPrices(src);
    QCOMPARE(expectedTiers.size(), 2);
    // The fixed tier price as it was; the percentage group price as percentage_value, with no price of its own.
    QCOMPARE(tierPrices(dst), expectedTiers.filter(QStringLiteral("|2.0000|")));
    QCOMPARE(sortedRows(dst,
                 QStringLiteral("SELECT entity_id, all_groups, customer_group_id, qty, CAST(value AS DECIMAL(12,4)), "
                                "CAST(percentage_value AS DECIMAL(12,4)), website_id FROM "
                                "{catalog_product_entity_tier_price} WHERE percentage_value IS NOT NULL")),
        QStringList { QStringLiteral("%1|0|1|1.0000|0.0000|15.0000|0").arg(product) });
    const TableReport* group
        = report.step(QStringLiteral("tier-price"))->table(QStringLiteral("catalog_product_entity_group_price"));
    QVERIFY(group);
    QCOMPARE(group->rowsTransformed, qint64(1));
    QVERIFY2(
        group->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("product %1: the group price").arg(product)),
        qPrintable(group->warnings.join(QLatin1Char('\n'))));
    const StepReport* configurable = report.step(QStringLiteral("configurable-prices"));
    QVERIFY(configurable);
    checkCounts(*configurable);
    checkCounts(*report.step(QStringLiteral("tier-price")));
    const QString children = configurableChildren(src);
    if (!children.isEmpty())
        QCOMPARE(childPrices(dst, 0, children), expectedChildPrices(src, 0, 0));
    qInfo("prefixed store: %s child price(s), %s tier/group price(s)",
        qPrintable(QString::number(children.isEmpty() ? 0 : children.count(QLatin1Char(',')) + 1)),
        qPrintable(QString::number(expectedTierPrices(src).size())));
}

QTEST_GUILESS_MAIN(TestPriceSteps)
#include "tst_pricesteps.moc"
