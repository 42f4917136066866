#pragma once

#include "delta/changelogreader.h"
#include "delta/tableapplier.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cutover {

class Database;
class SchemaCatalog;

/**
 * What delta refreshes after it applies a batch: the rows that the steps after the copy derive from the rows the
 * batch touched, made with those steps' own statements so that they equal what a fresh migration writes.
 *
 * - "grids": sales_order_grid, sales_invoice_grid, sales_shipment_grid and sales_creditmemo_grid rows of the
 *   orders and documents touched (an order's address or payment changing counts as its order), removed for those
 *   deleted (SalesGridsStep::refreshGrids()).
 * - "sequences": the per-store sequence tables advanced past the increment ids of new documents and past
 *   Magento 1's eav_entity_store (SalesIncrementStep::advanceSequences()); never moved back.
 * - "stock": MSI's inventory_source_item of the SKUs of touched products and stock items (also the SKU a product
 *   had before it was renamed or deleted) and inventory_shipment_source of touched shipments and of the shipments
 *   of touched orders, so that a deleted order's cascaded shipments leave no row behind
 *   (InventoryStep::refreshSourceItems(), refreshShipmentSources()); nothing without MSI tables.
 * - "prices": the prices of configurable products' children computed again when a child, its parent, their
 *   price, their link or the parent's price differences changed, and a child's own Magento 1 price written back
 *   when its last link went (ConfigurablePricesStep::refreshChildPrices()).
 * - "urls": Magento 2's url_rewrite (and catalog_url_rewrite_product_category) rows of changed core_url_rewrite
 *   rows, of changed CMS pages, and of products and categories Magento 1 deleted, with the data migration's
 *   clash rule (UrlRewriteStep::refreshRewrites()); notices() lists each clash.
 *
 * Used by DeltaApplier on its thread, inside the batch's transaction: before() reads what the touched rows point
 * at before the writes (a deleted product's SKU), refresh() after them. One instance per batch. A refresh that
 * fails is rolled back alone; the caller keeps its changes for a retry (failedChanges(), retryChanges()).
 */
class DependentRefresher
{
    Q_DECLARE_TR_FUNCTIONS(DependentRefresher)
public:
    DependentRefresher(Database& source, Database& destination, const SchemaCatalog& sourceCatalog,
        const SchemaCatalog& destinationCatalog);

    /** The kinds of dependents, as the figures name them (not translated): grids, sequences, stock, prices. */
    static QStringList kinds();
    /** A kind's name for people (translated). */
    static QString kindLabel(const QString& kind);

    /**
     * Captured tables that no step copies but whose changes only dependents need (eav_entity_store: Magento 1's
     * last order numbers); DeltaApplier gives them an applier that writes nothing (refreshOnlyApplier()).
     */
    static QStringList refreshOnlyTables();
    static std::unique_ptr<TableApplier> refreshOnlyApplier(const QString& table);

    /** Before the batch's writes: what the changed rows point at now. Throws cutover::Error. */
    void before(const QVector<CapturedChange>& changes);
    /**
     * After the writes of `applied` (the changes written, not the failed ones), in the same transaction: refreshes
     * the dependents and returns how many rows of each kind were refreshed. `warnings` gets what the steps would
     * report. Throws cutover::Error (the caller rolls back to its savepoint).
     */
    QMap<QString, qint64> refresh(const QVector<CapturedChange>& applied, QStringList* warnings);

    /**
     * What the last refresh() decided that people must see: each URL rewrite that lost its path to another one
     * (renamed or dropped, with the store view, the path and who keeps it). Translated.
     */
    QStringList notices() const { return m_notices; }
    /** What the last refresh() could not do but did not fail the batch for (the URL rewrites), translated. */
    QStringList errors() const { return m_errors; }
    /** URL rewrites the last refresh() did not write: the URL Rewrite step's reason -> rows. */
    QMap<QString, qint64> urlRewritesSkipped() const { return m_urlSkipped; }
    /**
     * The changes whose refresh failed in the last refresh() (the URL rewrites' own failure, see errors()), for the
     * caller to keep for a retry: tried again, they make their dependents again. Empty when it did not fail.
     */
    QVector<CapturedChange> failedChanges() const { return m_failed; }
    /**
     * What to keep for a retry when the whole refresh of `applied` fails: `applied`, and one core_url_rewrite change
     * per rewrite of a category Magento 1 deleted, as before() read them (the links that led to them are gone once
     * the batch's writes are committed).
     */
    QVector<CapturedChange> retryChanges(const QVector<CapturedChange>& applied) const;

private:
    void lookUp(const QVector<CapturedChange>& changes);

    Database& m_source;
    Database& m_destination;
    const SchemaCatalog& m_sourceCatalog;
    const SchemaCatalog& m_destinationCatalog;
    QSet<qint64> m_orders; ///< orders of touched addresses and payments (before and after)
    QSet<QString> m_skus; ///< SKUs of touched products and stock items (before and after)
    QSet<qint64> m_products; ///< products whose configurable child prices may change (before and after)
    QSet<qint64> m_linkedChildren; ///< children of the changed configurable links, as Magento 2 had them before
    QSet<qint64> m_shipments; ///< shipments of touched orders, read before the writes (a deleted order's cascade)
    QSet<qint64> m_categoryRewrites; ///< rewrites linked to categories Magento 1 deleted, read before the writes
    QStringList m_notices;
    QStringList m_errors;
    QMap<QString, qint64> m_urlSkipped;
    QVector<CapturedChange> m_failed;
};

} // namespace cutover
