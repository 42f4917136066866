#pragma once

#include "engine/step.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace cutover {

class Database;
class SchemaCatalog;

/**
 * The Data Migration Tool's OrderGrids step: Magento 2's admin lists orders, invoices, shipments and credit memos
 * from sales_order_grid, sales_invoice_grid, sales_shipment_grid and sales_creditmemo_grid, which map.xml does not
 * copy (Magento 1's grids differ and may lag behind their orders). This step rebuilds them from the rows the Map
 * step copied (sales_order, the documents, sales_order_address, sales_order_payment) with the column expressions
 * of Magento 2's grid indexer, so migrated orders appear in the admin with their numbers, names and totals.
 *
 * Only the documents of the Magento 1 database are rebuilt (their ids read from sales_flat_order,
 * sales_flat_invoice, ... in keyset batches; each batch one destination transaction: delete, then
 * INSERT ... SELECT), so a rerun gives the same grids. Grid rows whose document no longer exists are removed.
 * Documents missing from the destination, and documents whose order is missing, are counted as skipped with the
 * reason; grid columns the step does not know (an extension's) are named in a warning and left to their default.
 *
 * Runs on the runner's thread; plan() copies nothing, afterCopy() does the work. Pause and cancel are honoured
 * between batches.
 */
class SalesGridsStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(SalesGridsStep)
public:
    QString id() const override { return QStringLiteral("order-grids"); }
    QString title() const override { return tr("Order grids step"); }

    /** Documents per batch (ids read from the source, rows rebuilt in one destination transaction). */
    static constexpr int batchSize = 2000;

    /**
     * Delta: rebuilds, with the statements of the step, the grid rows of the Magento 2 orders `orders` (their order
     * grid row and the grid rows of all their invoices, shipments and credit memos) and of the documents
     * `documents` (main table such as "sales_invoice" -> entity ids); grid rows of those that Magento 2 no longer
     * holds are removed. Runs inside the caller's transaction on the caller's thread (no DDL, no ledger). Returns
     * the grid rows written or removed; `warnings`, when given, gets what the step's report would warn about.
     * Throws cutover::Error.
     */
    static qint64 refreshGrids(Database& dst, const SchemaCatalog& destinationCatalog, const QSet<qint64>& orders,
        const QHash<QString, QSet<qint64>>& documents, QStringList* warnings = nullptr);

protected:
    QList<TablePlan> plan(StepContext& context) override;
    void afterCopy(StepContext& context, StepReport& report) override;
};

} // namespace cutover
