#include "steps/configurablepricesstep.h"

#include "copy/copyledger.h"
#include "db/database.h"
#include "error.h"
#include "steps/attributemap.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace cutover {

namespace {

const QString linkTable = QStringLiteral("catalog_product_super_link");
const QString superTable = QStringLiteral("catalog_product_super_attribute");
const QString pricingTable = QStringLiteral("catalog_product_super_attribute_pricing");
const QString decimalTable = QStringLiteral("catalog_product_entity_decimal");
const QString intTable = QStringLiteral("catalog_product_entity_int");
const QString productTable = QStringLiteral("catalog_product_entity");

using Wide = __int128;

/** A decimal text as an integer of 10^-scale units, rounded half away from zero; nullopt when not a number. */
std::optional<Wide> parseDecimal(const QString& text, int scale)
{
    QString t = text.trimmed();
    bool negative = false;
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('+'))) {
        negative = t.startsWith(QLatin1Char('-'));
        t.remove(0, 1);
    }
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? t : t.left(dot);
    const QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    Wide value = 0;
    for (QChar c : whole) {
        if (!c.isDigit())
            return std::nullopt;
        value = value * 10 + c.digitValue();
    }
    int digits = 0;
    bool roundUp = false;
    for (QChar c : fraction) {
        if (!c.isDigit())
            return std::nullopt;
        if (digits < scale) {
            value = value * 10 + c.digitValue();
            ++digits;
        } else if (digits == scale) {
            roundUp = c.digitValue() >= 5;
            ++digits;
        }
    }
    for (; digits < scale; ++digits)
        value *= 10;
    if (roundUp)
        ++value;
    return negative ? -value : value;
}

QString formatDecimal4(Wide units)
{
    const bool negative = units < 0;
    if (negative)
        units = -units;
    const qint64 whole = qint64(units / 10000);
    const qint64 fraction = qint64(units % 10000);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(fraction, 4, 10, QLatin1Char('0'));
}

QString idList(const QList<qint64>& ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (qint64 id : ids)
        texts << QString::number(id);
    return texts.join(QLatin1Char(','));
}

struct Super
{
    qint64 id = 0;
    int attributeId = 0;
};

struct Difference
{
    QString amount;
    bool percent = false;
};

/** One computed child price: the parent it came from and its value per store view (0 = default). */
struct Computed
{
    qint64 parent = 0;
    bool withDifferences = false; ///< the parent has price differences that apply
    QMap<int, QString> prices;
};

/** What the batches found, for the step's warnings. */
struct Figures
{
    qint64 websiteRowsIgnored = 0;
    qint64 ownPriceReplaced = 0; ///< children of a parent without differences whose own price differed
    QList<qint64> replacedSamples; ///< the first few of them
};

/** What every batch of children needs: the price attribute, Magento 1's price scope and store views. */
struct PriceSetup
{
    int sourcePrice = 0; ///< Magento 1's price attribute id
    int sourceVisibility = 0; ///< Magento 1's visibility attribute id; 0 when it has none
    int destinationPrice = 0;
    QHash<int, QString> attributeCodes; ///< Magento 1 attribute id -> code
    bool websiteScope = false; ///< catalog/price/scope = 1
    QHash<int, int> storeWebsites; ///< Magento 1 store view -> website, for the store views Magento 2 has
};

PriceSetup loadSetup(const SchemaCatalog& sourceCatalog, Database& src, Database& dst)
{
    PriceSetup setup;
    const AttributeMap attributes = AttributeMap::load(src, dst);
    const AttributeMap::Attribute* price
        = attributes.byCode(QStringLiteral("catalog_product"), QStringLiteral("price"));
    if (!price || price->destinationId == 0)
        throw Error(ConfigurablePricesStep::tr(
            "The product attribute price is missing in %1: configurable prices cannot be computed. Run "
            "the EAV step first.")
                        .arg(!price ? src.profile().displayName() : dst.profile().displayName()));
    setup.sourcePrice = price->sourceId;
    setup.destinationPrice = price->destinationId;
    if (const AttributeMap::Attribute* visibility
        = attributes.byCode(QStringLiteral("catalog_product"), QStringLiteral("visibility")))
        setup.sourceVisibility = visibility->sourceId;
    for (const AttributeMap::Attribute& a : attributes.attributes())
        setup.attributeCodes.insert(a.sourceId, a.code);

    // Magento 1's price scope: global (0, its default) reads website 0's differences and default prices only.
    if (sourceCatalog.hasTable(QStringLiteral("core_config_data")))
        setup.websiteScope
            = src.scalar(QStringLiteral("SELECT value FROM %1 WHERE path = 'catalog/price/scope' AND scope = "
                                        "'default' AND scope_id = 0")
                             .arg(src.table(QStringLiteral("core_config_data"))))
                  .toInt()
            == 1;
    {
        QSet<int> destinationStores;
        QSqlQuery d = dst.query(QStringLiteral("SELECT store_id FROM %1").arg(dst.table(QStringLiteral("store"))));
        while (d.next())
            destinationStores.insert(d.value(0).toInt());
        QSqlQuery s = src.query(QStringLiteral("SELECT store_id, website_id FROM %1 WHERE store_id > 0")
                                    .arg(src.table(QStringLiteral("core_store"))));
        while (s.next()) {
            if (destinationStores.contains(s.value(0).toInt()))
                setup.storeWebsites.insert(s.value(0).toInt(), s.value(1).toInt());
        }
    }
    return setup;
}

/**
 * Writes computed child prices ("(attribute,store,entity,value)" tuples): a value Magento 2 has (by its unique key)
 * gets the new price and keeps its value_id; a new one gets an id above Magento 1's largest plus
 * ConfigurablePricesStep::computedIdHeadroom, so that a value Magento 1 adds later (delta writes it with its own
 * value_id) never lands on it. Returns the tuples written.
 */
qint64 writeComputed(Database& src, Database& dst, const QStringList& tuples, QStringList& warnings)
{
    if (tuples.isEmpty())
        return 0;
    const QString decimal = dst.table(decimalTable);
    const qint64 destinationNext
        = dst.scalar(QStringLiteral("SELECT COALESCE(MAX(value_id), 0) + 1 FROM %1").arg(decimal)).toLongLong();
    // Magento 1's next id is its AUTO_INCREMENT, which runs ahead of MAX(value_id): its saves insert "on duplicate
    // key update", and each spends an id.
    qint64 sourceNext
        = src.scalar(QStringLiteral("SELECT COALESCE(MAX(value_id), 0) + 1 FROM %1").arg(src.table(decimalTable)))
              .toLongLong();
    sourceNext = std::max(sourceNext,
        src.scalar(QStringLiteral("SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                  "DATABASE() AND TABLE_NAME = %1")
                       .arg(Database::quoteString(src.profile().tablePrefix + decimalTable)))
            .toLongLong());
    const bool isUnsigned
        = dst.scalar(QStringLiteral("SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                                    "AND TABLE_NAME = %1 AND COLUMN_NAME = 'value_id'")
                         .arg(Database::quoteString(dst.profile().tablePrefix + decimalTable)))
              .toString()
              .contains(QLatin1String("unsigned"));
    const qint64 largest = isUnsigned ? 4294967295LL : 2147483647LL;
    qint64 next = std::max(destinationNext, sourceNext + ConfigurablePricesStep::computedIdHeadroom);
    if (next + tuples.size() - 1 > largest) {
        // No room above Magento 1's ids: right after the largest in use, where delta may write over them later.
        next = std::max(destinationNext, sourceNext);
        if (next + tuples.size() - 1 > largest)
            throw Error(ConfigurablePricesStep::tr("%1's %2 has no value_id left for %3 computed price value(s): its "
                                                   "ids reach %4.")
                            .arg(dst.profile().displayName(), decimalTable)
                            .arg(tuples.size())
                            .arg(largest));
        warnings << ConfigurablePricesStep::tr("Computed child prices took value ids right after Magento 1's (no room "
                                               "above them): a price value Magento 1 adds while delta runs may be "
                                               "written over one of them; run the data migration again before "
                                               "go-live.");
    }
    QStringList rows;
    rows.reserve(tuples.size());
    for (qsizetype i = 0; i < tuples.size(); ++i)
        rows << QStringLiteral("(%1, ").arg(next + i) + tuples[i].mid(1);
    dst.exec(QStringLiteral("INSERT INTO %1 (value_id, attribute_id, store_id, entity_id, value) VALUES %2 ON DUPLICATE "
                            "KEY UPDATE value = VALUES(value)")
                 .arg(decimal, rows.join(QLatin1Char(','))));
    return tuples.size();
}

/**
 * The price values ("(attribute,store,entity,value)" rows of catalog_product_entity_decimal) of the children
 * `children`, computed from Magento 1; counts what it reads, writes and skips in `table`.
 */
QStringList childValues(Database& src, Database& dst, const PriceSetup& setup, const QList<qint64>& children,
    TableReport& table, Figures& figures)
{
    const QString noParentPrice = ConfigurablePricesStep::tr("its configurable product has no price");
    const QString soldAlone = ConfigurablePricesStep::tr(
        "its configurable product has no price differences and the child is also sold on its own (visible "
        "individually): it keeps its own price");
    const QString notInMagento2
        = ConfigurablePricesStep::tr("the child product is not in Magento 2 (run the Catalog step first)");
    const QString otherParent = ConfigurablePricesStep::tr(
        "the child's price comes from another of its configurable products (see warnings)");
    const QString childList = idList(children);

    QMap<qint64, QList<qint64>> parentsOf; ///< child -> parents, lowest id first
    QList<qint64> parents;
    QSet<qint64> parentSet;
    QSqlQuery l = src.query(QStringLiteral("SELECT product_id, parent_id FROM %1 WHERE product_id IN (%2) ORDER "
                                           "BY product_id, parent_id")
                                .arg(src.table(linkTable), childList));
    while (l.next()) {
        const qint64 parent = l.value(1).toLongLong();
        parentsOf[l.value(0).toLongLong()] << parent;
        if (!parentSet.contains(parent)) {
            parentSet.insert(parent);
            parents << parent;
        }
    }
    const QString parentList = idList(parents);

    QHash<qint64, QList<Super>> supersOf; ///< parent -> super attributes
    QList<qint64> superIds;
    QSet<int> superAttributes;
    QSqlQuery sa = src.query(QStringLiteral("SELECT product_super_attribute_id, product_id, attribute_id FROM %1 "
                                            "WHERE product_id IN (%2) ORDER BY product_super_attribute_id")
                                 .arg(src.table(superTable), parentList));
    while (sa.next()) {
        supersOf[sa.value(1).toLongLong()] << Super { sa.value(0).toLongLong(), sa.value(2).toInt() };
        superIds << sa.value(0).toLongLong();
        superAttributes.insert(sa.value(2).toInt());
    }
    // super attribute / option / website -> difference
    QHash<QString, Difference> differences;
    QSet<qint64> pricedSupers; ///< super attributes with a difference that applies
    QHash<qint64, QSet<int>> websitesOf; ///< super attribute -> websites with differences of their own
    if (!superIds.isEmpty()) {
        QSqlQuery p = src.query(QStringLiteral("SELECT product_super_attribute_id, value_index, is_percent, "
                                               "pricing_value, website_id FROM %1 WHERE "
                                               "product_super_attribute_id IN (%2)")
                                    .arg(src.table(pricingTable), idList(superIds)));
        while (p.next()) {
            const qint64 super = p.value(0).toLongLong();
            const int website = p.value(4).toInt();
            if (website != 0 && !setup.websiteScope) {
                ++figures.websiteRowsIgnored;
                continue;
            }
            differences.insert(QStringLiteral("%1/%2/%3").arg(super).arg(p.value(1).toString()).arg(website),
                Difference {
                    p.value(3).isNull() ? QStringLiteral("0") : p.value(3).toString(), p.value(2).toInt() == 1 });
            pricedSupers.insert(super);
            if (website != 0)
                websitesOf[super].insert(website);
        }
    }
    // child / attribute -> option id (super attributes are global: the default value counts)
    QHash<QString, QString> options;
    if (!superAttributes.isEmpty()) {
        QList<qint64> ids;
        for (int a : std::as_const(superAttributes))
            ids << a;
        QSqlQuery o = src.query(QStringLiteral("SELECT entity_id, attribute_id, value FROM %1 WHERE entity_id IN "
                                               "(%2) AND attribute_id IN (%3) AND store_id = 0")
                                    .arg(src.table(intTable), childList, idList(ids)));
        while (o.next())
            options.insert(
                QStringLiteral("%1/%2").arg(o.value(0).toLongLong()).arg(o.value(1).toInt()), o.value(2).toString());
    }
    // entity -> store -> price, parents and children
    QHash<qint64, QMap<int, QString>> prices;
    QSqlQuery pr = src.query(QStringLiteral("SELECT entity_id, store_id, value FROM %1 WHERE attribute_id = %2 AND "
                                            "entity_id IN (%3) AND value IS NOT NULL")
                                 .arg(src.table(decimalTable))
                                 .arg(setup.sourcePrice)
                                 .arg(parentList + QLatin1Char(',') + childList));
    while (pr.next())
        prices[pr.value(0).toLongLong()].insert(pr.value(1).toInt(), pr.value(2).toString());
    // Children sold on their own too (visible individually by default): a configurable without differences
    // leaves them their own price, which Magento 1 charged when they were bought alone.
    QSet<qint64> visible;
    if (setup.sourceVisibility != 0) {
        QSqlQuery v = src.query(QStringLiteral("SELECT entity_id FROM %1 WHERE attribute_id = %2 AND store_id = 0 AND "
                                               "entity_id IN (%3) AND value <> 1")
                                    .arg(src.table(intTable))
                                    .arg(setup.sourceVisibility)
                                    .arg(childList));
        while (v.next())
            visible.insert(v.value(0).toLongLong());
    }
    QSet<qint64> inMagento2;
    QSqlQuery e = dst.query(
        QStringLiteral("SELECT entity_id FROM %1 WHERE entity_id IN (%2)").arg(dst.table(productTable), childList));
    while (e.next())
        inMagento2.insert(e.value(0).toLongLong());

    QStringList values;
    for (auto it = parentsOf.cbegin(); it != parentsOf.cend(); ++it) {
        const qint64 child = it.key();
        table.rowsRead += it.value().size();
        if (!inMagento2.contains(child)) {
            table.skipped[notInMagento2] += it.value().size();
            continue;
        }
        QList<Computed> computed;
        for (const qint64 parent : it.value()) {
            const QList<Super> supers = supersOf.value(parent);
            // Without differences Magento 1 sold the child through its configurable product at the configurable's
            // price all the same, whatever the child's own price: the child gets that price.
            bool priced = false;
            for (const Super& s : supers)
                priced = priced || pricedSupers.contains(s.id);
            if (!priced && visible.contains(child)) {
                table.skipped[soldAlone] += 1;
                continue;
            }
            const QMap<int, QString> parentPrices = prices.value(parent);
            if (!parentPrices.contains(0)) {
                table.skipped[noParentPrice] += 1;
                continue;
            }
            QString missing;
            for (const Super& s : supers) {
                if (!options.contains(QStringLiteral("%1/%2").arg(child).arg(s.attributeId))) {
                    missing = setup.attributeCodes.value(s.attributeId, QString::number(s.attributeId));
                    break;
                }
            }
            if (!missing.isEmpty()) {
                table.skipped[ConfigurablePricesStep::tr(
                    "the child has no value for the configurable product's attribute %1, so "
                    "Magento 1 never sold it through that product")
                                  .arg(missing)]
                    += 1;
                continue;
            }
            // The store views with a value of their own: the parent's price, its website's differences, or
            // the child's own price there (which would otherwise hide the default).
            QSet<int> scopes { 0 };
            if (setup.websiteScope) {
                for (auto s = setup.storeWebsites.cbegin(); s != setup.storeWebsites.cend(); ++s) {
                    bool own = parentPrices.contains(s.key()) || prices.value(child).contains(s.key());
                    for (const Super& sup : supers)
                        own = own || websitesOf.value(sup.id).contains(s.value());
                    if (own)
                        scopes.insert(s.key());
                }
            }
            Computed result;
            result.parent = parent;
            result.withDifferences = priced;
            for (const int store : std::as_const(scopes)) {
                const int website = store == 0 ? 0 : setup.storeWebsites.value(store);
                const QString base = parentPrices.value(store, parentPrices.value(0));
                QList<QPair<QString, bool>> parts;
                for (const Super& s : supers) {
                    const QString option = options.value(QStringLiteral("%1/%2").arg(child).arg(s.attributeId));
                    auto d = differences.constFind(QStringLiteral("%1/%2/%3").arg(s.id).arg(option).arg(website));
                    if (d == differences.cend())
                        d = differences.constFind(QStringLiteral("%1/%2/0").arg(s.id).arg(option));
                    if (d != differences.cend())
                        parts.append({ d->amount, d->percent });
                }
                QString value = ConfigurablePricesStep::childPrice(base, parts);
                if (value.startsWith(QLatin1Char('-'))) {
                    table.addWarning(ConfigurablePricesStep::tr(
                        "product %1 (child of %2), store view %3: the differences make its price "
                        "%4, below zero; written as 0.")
                                         .arg(child)
                                         .arg(parent)
                                         .arg(store)
                                         .arg(value));
                    value = QStringLiteral("0.0000");
                }
                result.prices.insert(store, value);
            }
            computed << result;
        }
        if (computed.isEmpty())
            continue;
        // A parent with differences first: its price is the one that needs computing.
        std::stable_partition(
            computed.begin(), computed.end(), [](const Computed& c) { return c.withDifferences; });
        const Computed& chosen = computed.first();
        for (qsizetype i = 1; i < computed.size(); ++i) {
            table.skipped[otherParent] += 1;
            const Computed& other = computed[i];
            for (auto p = other.prices.cbegin(); p != other.prices.cend(); ++p) {
                const QString mine = chosen.prices.value(p.key(), chosen.prices.value(0));
                if (mine == p.value())
                    continue;
                table.addWarning(ConfigurablePricesStep::tr(
                    "product %1 is a child of the configurable products %2 and %3, which give it "
                    "the prices %4 and %5 (store view %6); Magento 2 has one price per child: %4, "
                    "from product %2, is written. Set it in Magento 2's admin if %3's price "
                    "should be kept.")
                                     .arg(child)
                                     .arg(chosen.parent)
                                     .arg(other.parent)
                                     .arg(mine, p.value())
                                     .arg(p.key()));
                break;
            }
        }
        const std::optional<Wide> own = parseDecimal(prices.value(child).value(0), 4);
        const std::optional<Wide> computedDefault = parseDecimal(chosen.prices.value(0), 4);
        if (!own || !computedDefault || *own != *computedDefault) {
            ++table.rowsTransformed;
            if (!chosen.withDifferences && own) {
                ++figures.ownPriceReplaced;
                if (figures.replacedSamples.size() < 5)
                    figures.replacedSamples << child;
            }
        }
        ++table.rowsWritten;
        for (auto p = chosen.prices.cbegin(); p != chosen.prices.cend(); ++p)
            values << QStringLiteral("(%1,%2,%3,%4)")
                          .arg(setup.destinationPrice)
                          .arg(p.key())
                          .arg(child)
                          .arg(Database::quoteString(p.value()));
    }
    return values;
}

QString ownPriceWarning(const Figures& figures)
{
    QStringList samples;
    for (qint64 id : figures.replacedSamples)
        samples << QString::number(id);
    return ConfigurablePricesStep::tr(
        "%n child product(s) of configurable products without price differences had a price of their own, which "
        "Magento 1 ignored when it sold them through the configurable product; they get the configurable product's "
        "price, as Magento 1 charged it (products %1%2). A child also sold on its own (visible individually) sells "
        "at that price in Magento 2 too: set its price in Magento 2's admin if it should differ.",
        "", int(figures.ownPriceReplaced))
        .arg(samples.join(QStringLiteral(", ")),
            figures.ownPriceReplaced > samples.size() ? QStringLiteral(", …") : QString());
}

} // namespace

QString ConfigurablePricesStep::childPrice(const QString& parentPrice, const QList<QPair<QString, bool>>& differences)
{
    // In 10^-10 units: a percentage of a 4-decimal price by a 4-decimal rate over 100 is exact there.
    const std::optional<Wide> parent = parseDecimal(parentPrice, 4);
    if (!parent)
        return {};
    Wide total = *parent * 1000000;
    for (const auto& [amount, percent] : differences) {
        const std::optional<Wide> value = parseDecimal(amount, 4);
        if (!value)
            continue;
        total += percent ? *parent * *value : *value * 1000000;
    }
    const bool negative = total < 0;
    Wide magnitude = negative ? -total : total;
    magnitude = (magnitude + 500000) / 1000000;
    return formatDecimal4(negative ? -magnitude : magnitude);
}

qint64 ConfigurablePricesStep::refreshChildPrices(Database& src, Database& dst, const SchemaCatalog& sourceCatalog,
    const SchemaCatalog& destinationCatalog, const QSet<qint64>& products, const QSet<qint64>& unlinked,
    QStringList* warnings)
{
    if (products.isEmpty() && unlinked.isEmpty())
        return 0;
    for (const QString& name : { linkTable, superTable, pricingTable, decimalTable, intTable }) {
        if (!sourceCatalog.hasTable(name))
            return 0;
    }
    const TableInfo* decimal = destinationCatalog.table(decimalTable);
    if (!decimal || !decimal->hasColumn(QStringLiteral("entity_id")))
        return 0;
    // The children among the products, and the children of the configurable products among them.
    QList<qint64> touched(products.cbegin(), products.cend());
    std::sort(touched.begin(), touched.end());
    QList<qint64> children;
    if (!touched.isEmpty()) {
        QSqlQuery c
            = src.query(QStringLiteral("SELECT DISTINCT product_id FROM %1 WHERE product_id IN (%2) OR parent_id IN "
                                       "(%2) ORDER BY product_id")
                            .arg(src.table(linkTable), idList(touched)));
        while (c.next())
            children << c.value(0).toLongLong();
    }
    // Former children that Magento 1 no longer links and Magento 2 still has: their own prices, not computed ones.
    QList<qint64> own;
    if (!unlinked.isEmpty()) {
        QList<qint64> candidates(unlinked.cbegin(), unlinked.cend());
        std::sort(candidates.begin(), candidates.end());
        QSet<qint64> stillChildren;
        QSqlQuery l = src.query(QStringLiteral("SELECT DISTINCT product_id FROM %1 WHERE product_id IN (%2)")
                                    .arg(src.table(linkTable), idList(candidates)));
        while (l.next())
            stillChildren.insert(l.value(0).toLongLong());
        QSqlQuery e = dst.query(QStringLiteral("SELECT entity_id FROM %1 WHERE entity_id IN (%2) ORDER BY entity_id")
                                    .arg(dst.table(QStringLiteral("catalog_product_entity")), idList(candidates)));
        while (e.next()) {
            if (!stillChildren.contains(e.value(0).toLongLong()))
                own << e.value(0).toLongLong();
        }
    }
    if (children.isEmpty() && own.isEmpty())
        return 0;
    const PriceSetup setup = loadSetup(sourceCatalog, src, dst);
    TableReport table;
    Figures figures;
    qint64 written = 0;
    if (!own.isEmpty()) {
        dst.exec(QStringLiteral("DELETE FROM %1 WHERE attribute_id = %2 AND entity_id IN (%3)")
                     .arg(dst.table(decimalTable))
                     .arg(setup.destinationPrice)
                     .arg(idList(own)));
        QStringList stores { QStringLiteral("0") };
        for (auto it = setup.storeWebsites.cbegin(); it != setup.storeWebsites.cend(); ++it)
            stores << QString::number(it.key());
        // In the store views Magento 2 has, with Magento 1's value ids, as the Catalog step writes them.
        QSqlQuery q = src.query(QStringLiteral("SELECT value_id, store_id, entity_id, CAST(value AS CHAR) FROM %1 WHERE "
                                               "attribute_id = %2 AND entity_id IN (%3) AND store_id IN (%4)")
                                    .arg(src.table(decimalTable))
                                    .arg(setup.sourcePrice)
                                    .arg(idList(own), stores.join(QLatin1Char(','))));
        QStringList values;
        while (q.next()) {
            values << QStringLiteral("(%1, %2, %3, %4, %5)")
                          .arg(q.value(0).toLongLong())
                          .arg(setup.destinationPrice)
                          .arg(q.value(1).toInt())
                          .arg(q.value(2).toLongLong())
                          .arg(q.isNull(3) ? QStringLiteral("NULL") : Database::quoteString(q.value(3).toString()));
        }
        if (!values.isEmpty()) {
            dst.exec(QStringLiteral("INSERT INTO %1 (value_id, attribute_id, store_id, entity_id, value) VALUES %2 ON "
                                    "DUPLICATE KEY UPDATE value = VALUES(value)")
                         .arg(dst.table(decimalTable), values.join(QLatin1Char(','))));
            written += values.size();
        }
    }
    for (qsizetype start = 0; start < children.size(); start += batchChildren) {
        const QStringList values
            = childValues(src, dst, setup, children.mid(start, batchChildren), table, figures);
        QStringList placed;
        written += writeComputed(src, dst, values, placed);
        for (const QString& warning : std::as_const(placed)) {
            if (!table.warnings.contains(warning))
                table.warnings << warning;
        }
    }
    if (warnings) {
        *warnings << table.warnings;
        if (figures.ownPriceReplaced > 0)
            *warnings << ownPriceWarning(figures);
    }
    return written;
}

QList<TablePlan> ConfigurablePricesStep::plan(StepContext& context)
{
    Q_UNUSED(context)
    return {};
}

void ConfigurablePricesStep::afterCopy(StepContext& context, StepReport& report)
{
    const MigrationEnvironment& env = context.env;
    TableReport table;
    table.sourceTable = pricingTable;
    table.destinationTable = decimalTable;
    table.started = QDateTime::currentDateTime();
    for (const QString& name : { linkTable, superTable, pricingTable, decimalTable, intTable }) {
        if (!context.sourceCatalog.hasTable(name)) {
            table.reason = tr("Magento 1 has no table %1").arg(name);
            break;
        }
    }
    if (table.reason.isEmpty() && !context.destinationCatalog.hasTable(decimalTable))
        table.reason = tr("Magento 2 has no table %1").arg(decimalTable);
    if (table.reason.isEmpty()
        && !context.destinationCatalog.table(decimalTable)->hasColumn(QStringLiteral("entity_id")))
        throw Error(tr("%1's table %2 has no entity_id column (Adobe Commerce keys it by row_id, with content "
                       "staging): Cutover migrates into Magento Open Source.")
                        .arg(env.destination.profile.displayName(), decimalTable));
    if (!table.reason.isEmpty()) {
        table.outcome = Outcome::Skipped;
        table.finished = QDateTime::currentDateTime();
        report.tables << table;
        return;
    }

    Database src(env.source.profile, env.source.password, QStringLiteral("source"));
    Database dst(env.destination.profile, env.destination.password, QStringLiteral("destination"));
    src.handle().setNumericalPrecisionPolicy(QSql::HighPrecision);
    dst.handle().setNumericalPrecisionPolicy(QSql::HighPrecision);

    const PriceSetup setup = loadSetup(context.sourceCatalog, src, dst);
    CopyLedger::ensureTables(dst);
    const QString job = id() + QLatin1Char('/') + decimalTable;
    CopyLedger::startJob(dst, job, decimalTable, CopyLedger::Existing::Keep);
    table.rowsTotal = src.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(src.table(linkTable))).toLongLong();
    WorkProgress progress(context, decimalTable,
        src.scalar(QStringLiteral("SELECT COUNT(DISTINCT product_id) FROM %1").arg(src.table(linkTable))).toLongLong());

    qint64 valuesWritten = 0;
    Figures figures;
    qint64 last = 0;
    for (;;) {
        if (!context.control.checkpoint())
            throw CancelledError(tr("Cancelled while computing configurable prices; run the step again."));
        QList<qint64> children;
        QSqlQuery c = src.query(QStringLiteral("SELECT DISTINCT product_id FROM %1 WHERE product_id > %2 ORDER BY "
                                               "product_id LIMIT %3")
                                    .arg(src.table(linkTable))
                                    .arg(last)
                                    .arg(batchChildren));
        while (c.next())
            children << c.value(0).toLongLong();
        if (children.isEmpty())
            break;
        last = children.last();
        const QStringList values = childValues(src, dst, setup, children, table, figures);
        progress.add(children.size());
        if (values.isEmpty())
            continue;
        dst.beginTransaction();
        try {
            QStringList placed;
            valuesWritten += writeComputed(src, dst, values, placed);
            for (const QString& warning : std::as_const(placed)) {
                if (!table.warnings.contains(warning))
                    table.addWarning(warning);
            }
            CopyLedger::saveProgress(dst, job, QString::number(last), valuesWritten, false);
            dst.commit();
        } catch (...) {
            dst.rollback();
            throw;
        }
    }
    CopyLedger::saveProgress(dst, job, {}, valuesWritten, true);
    if (figures.ownPriceReplaced > 0)
        table.addWarning(ownPriceWarning(figures));
    if (figures.websiteRowsIgnored > 0)
        table.addWarning(tr("%n price difference(s) of a website are ignored, as Magento 1 ignores them: its price "
                            "scope (catalog/price/scope) is global.",
            "", int(figures.websiteRowsIgnored)));
    table.outcome = Outcome::Succeeded;
    table.reason
        = tr("%n child price value(s) written for the price attribute (%1 price scope)", "", int(valuesWritten))
              .arg(setup.websiteScope ? tr("website") : tr("global"));
    table.finished = QDateTime::currentDateTime();
    report.tables << table;
}

} // namespace cutover
