#pragma once

#include "engine/step.h"

#include <QSet>

namespace cutover {

class Database;
class SchemaCatalog;

/**
 * The Data Migration Tool's Inventory step, for a Magento 2 with Multi-Source Inventory (MSI, 2.3+): the legacy
 * stock items that the Map step copied (cataloginventory_stock_item, website 0) become the default source's
 * source items (inventory_source_item: the product's SKU, qty as quantity, is_in_stock as status); every website
 * sells from the default stock (inventory_stock_sales_channel, rebuilt from store_website as the tool does); every
 * migrated shipment was shipped from the default source (inventory_shipment_source).
 *
 * Unlike the tool, only products of types that keep a quantity get a source item (simple, virtual, downloadable:
 * what MSI manages); the stock items of other types, of products without a SKU, of products Magento 2 does not
 * have and of SKUs that two products share are counted in the report with the reason. A destination without MSI
 * tables is reported and left alone: Magento 2 then reads the legacy tables the Map step filled.
 *
 * Magento 2's legacy stock index (cataloginventory_stock_status) is not written, as the tool does not write it:
 * the report counts the migrated products whose index row is missing or outdated and names the reindex command.
 *
 * Runs on the runner's thread after the Map step; plan() copies nothing, afterCopy() works set-based on the
 * destination in batches of stock item ids (cancel honoured between them). Rerunnable: the default source's
 * items are replaced, the written tables are backed up in the CopyLedger first. Never writes Magento 1.
 */
class InventoryStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(InventoryStep)
public:
    QString id() const override { return QStringLiteral("inventory"); }
    QString title() const override { return tr("Inventory step"); }

    /** The product types whose stock items become source items (Magento 2's types that keep a quantity). */
    static QStringList quantityTypes();

    /**
     * Delta: writes the default source's items of the SKUs `skus` again from the stock items and products in
     * Magento 2, with the step's statements (a SKU no migrated product of a quantity type has any more loses its
     * source item). Does nothing without MSI tables. Runs inside the caller's transaction on the caller's thread.
     * Returns the source items written or removed. Throws cutover::Error (no default source).
     */
    static qint64 refreshSourceItems(Database& dst, const SchemaCatalog& destinationCatalog, const QSet<QString>& skus);
    /** Delta: the default source for the shipments `shipments` (removed for those gone), as the step writes it. */
    static qint64 refreshShipmentSources(
        Database& dst, const SchemaCatalog& destinationCatalog, const QSet<qint64>& shipments);

protected:
    QList<TablePlan> plan(StepContext& context) override;
    void afterCopy(StepContext& context, StepReport& report) override;

private:
    static QString shipmentSourceUpsert(Database& dst, const QString& quotedSource, const QString& condition);
};

} // namespace cutover
