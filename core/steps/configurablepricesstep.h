#pragma once

#include "engine/step.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace cutover {

class Database;
class SchemaCatalog;

/**
 * The Data Migration Tool's ConfigurablePrices step: Magento 1 sells a configurable product's child at the parent's
 * price plus the price differences of the options chosen (catalog_product_super_attribute_pricing: a fixed amount
 * or a percentage of the parent's price, per super attribute value and website); Magento 2 has no differences and
 * sells each child at its own price. This step writes, for every child of a configurable product, price = parent
 * price + the sum over its super attributes of the difference of its option (a percentage taken of the parent's
 * price, as Magento 1's configurable price model does) into Magento 2's catalog_product_entity_decimal for the price
 * attribute. A configurable product without differences gives its children its own price: Magento 1 charged that
 * for them, whatever their own price (which the Data Migration Tool keeps); a child whose own price differed is
 * counted as transformed and named in a warning. A child also sold on its own (visible individually) keeps its own
 * price then, which Magento 1 charged when it was bought alone.
 *
 * Scopes follow Magento 1's: the default value (store 0) from the parent's default price and the differences of
 * website 0; with a website price scope (catalog/price/scope = 1), each store view where the parent has a price of
 * its own, its website has differences of its own, or the child had a price of its own gets the value computed from
 * the parent's price in that store view and its website's differences (website 0's where it has none). Unlike the
 * DMT (Migration\Step\ConfigurablePrices\Helper), which applies a percentage only when it is a child's one
 * difference, joins the parent's price rows of every store view alike and takes a website's differences without
 * website 0's, differences of several super attributes are summed with percentages included, in exact decimal
 * arithmetic rounded to 4 places.
 *
 * Every child link read is counted: written, or skipped with its reason (its configurable has no price, or no
 * differences for a child sold on its own; the child lacks a super attribute's value or is not in Magento 2). A
 * child of several configurable products whose prices differ gets the price of the one with the lowest id (those
 * with differences first) and a warning naming both parents and the price chosen. Rerunnable: values are computed
 * from Magento 1 and upserted by Magento 2's unique key (new ones with value_ids above Magento 1's, see
 * computedIdHeadroom). Run it after the Catalog step. Never writes to Magento 1.
 *
 * Runs on the runner's thread; plan() copies nothing, afterCopy() does the work in batches of children (memory
 * bounded by the batch), honouring pause and cancel between batches.
 */
class ConfigurablePricesStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(ConfigurablePricesStep)
public:
    QString id() const override { return QStringLiteral("configurable-prices"); }
    QString title() const override { return tr("Configurable prices step"); }

    /** Children read per batch. */
    static constexpr int batchChildren = 500;
    /**
     * A computed price value that Magento 2 does not have yet (a store view where the child had no price of its
     * own) gets a value_id this far above Magento 1's next one (its AUTO_INCREMENT, which runs ahead of its largest
     * id: each save spends one): Magento 1 keeps spending ids while delta runs, and delta writes its values with
     * their own ids, which must not land on a computed one. A hundred million is more than a store spends in the
     * weeks before go-live, and leaves a signed INT column twenty times that; Magento 2's own ids continue above.
     * Without that room (ids near the column's limit) they go right after Magento 1's, with a warning.
     */
    static constexpr qint64 computedIdHeadroom = 100'000'000;

    /**
     * A child's price from its parent's price and the differences of its options, as decimal texts ("12.5000");
     * each difference is a pair (amount, isPercent). Exact decimal arithmetic, rounded half away from zero to 4
     * places; returns the text with 4 decimals. Pure.
     */
    static QString childPrice(const QString& parentPrice, const QList<QPair<QString, bool>>& differences);

    /**
     * Delta: writes again, as the step computes them from Magento 1, the prices of the children among `products`
     * and of the children of the configurable products among them (Magento 2 product ids, which the Catalog step
     * keeps). `unlinked`: products that were children before the caller's writes; those Magento 1 no longer links
     * to any configurable product get their own Magento 1 price rows back, as the Catalog step writes them (the
     * price computed for them goes). Runs inside the caller's transaction on the caller's thread; `warnings` gets
     * what the step's report would warn about. Returns the price values written. Throws cutover::Error.
     */
    static qint64 refreshChildPrices(Database& src, Database& dst, const SchemaCatalog& sourceCatalog,
        const SchemaCatalog& destinationCatalog, const QSet<qint64>& products, const QSet<qint64>& unlinked = {},
        QStringList* warnings = nullptr);

protected:
    QList<TablePlan> plan(StepContext& context) override;
    void afterCopy(StepContext& context, StepReport& report) override;
};

} // namespace cutover
