#pragma once

#include "engine/step.h"

namespace cutover {

/**
 * The Data Migration Tool's TierPrice step: Magento 1 keeps tier prices in catalog_product_entity_tier_price and,
 * from 1.7, group prices in catalog_product_entity_group_price; Magento 2 keeps both in its
 * catalog_product_entity_tier_price, a group price being a tier price of quantity 1. The documents and fields
 * follow the map file of the configuration's tier_price_map_file (map-tier-price.xml): value_id is set by Magento 2
 * (SetValue NULL), the group price's is_percent and Magento 2's percentage_value are ignored.
 *
 * Tier prices are written first, then group prices with an upsert, as the DMT does: when a group price and a tier
 * price of quantity 1 meet on Magento 2's unique key (product, all groups, customer group, quantity, website), the
 * group price wins; each such tier price is counted as skipped with that reason and named in a warning. Rows whose
 * product, website or customer group Magento 2 lacks are skipped and counted; a percentage group price (1.9.3's
 * is_percent), which the map writes as a fixed price, is counted as transformed and named in a warning.
 *
 * The destination table is registered in the CopyLedger (its rows backed up before the first write) and emptied
 * at the start of every run, as the DMT clears it, so a rerun writes the same rows with the same value ids. Run
 * it after the Catalog step, which keeps Magento 1's product ids. Never writes to Magento 1.
 *
 * Runs on the runner's thread; plan() copies nothing, afterCopy() does the work in keyset batches (memory bounded
 * by the batch), honouring pause and cancel between batches.
 */
class TierPriceStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(TierPriceStep)
public:
    QString id() const override { return QStringLiteral("tier-price"); }
    QString title() const override { return tr("Tier Price step"); }

    /** Source rows read per batch. */
    static constexpr int batchRows = 2000;

protected:
    QList<TablePlan> plan(StepContext& context) override;
    void afterCopy(StepContext& context, StepReport& report) override;
};

} // namespace cutover
