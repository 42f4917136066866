#include "steps/inventorystep.h"

#include "copy/copyledger.h"
#include "db/database.h"
#include "error.h"

#include <QSqlQuery>

#include <algorithm>

namespace cutover {

namespace {

constexpr qint64 batchItems = 50'000; ///< stock item ids per INSERT ... SELECT

TableReport startTable(const QString& source, const QString& destination)
{
    TableReport table;
    table.sourceTable = source;
    table.destinationTable = destination;
    table.started = QDateTime::currentDateTime();
    return table;
}

void finish(StepReport& report, TableReport& table, Outcome outcome, const QString& reason)
{
    table.outcome = outcome;
    table.reason = reason;
    table.finished = QDateTime::currentDateTime();
    report.tables << table;
}

QString quotedList(const QStringList& values)
{
    QStringList quoted;
    for (const QString& v : values)
        quoted << Database::quoteString(v);
    return quoted.join(QStringLiteral(", "));
}

void checkpoint(const StepContext& context, const QString& table)
{
    if (!context.control.checkpoint())
        throw CancelledError(
            InventoryStep::tr("Cancelled while writing %1; run the step again to write it.").arg(table));
}

/** The statements of the default source's items, shared by the step and delta's refresh. */
struct SourceItemSql
{
    QString si; ///< cataloginventory_stock_item, quoted
    QString products;
    QString isi; ///< inventory_source_item
    QString websiteCondition;
    QString eligible;

    SourceItemSql(Database& dst, const TableInfo& legacyItems)
        : si(dst.table(QStringLiteral("cataloginventory_stock_item")))
        , products(dst.table(QStringLiteral("catalog_product_entity")))
        , isi(dst.table(QStringLiteral("inventory_source_item")))
        , websiteCondition(legacyItems.hasColumn(QStringLiteral("website_id")) ? QStringLiteral("si.website_id = 0")
                                                                               : QStringLiteral("1"))
        , eligible(QStringLiteral("p.sku IS NOT NULL AND TRIM(p.sku) <> '' AND p.type_id IN (%1)")
                       .arg(quotedList(InventoryStep::quantityTypes())))
    {
    }

    /** Source items of `source` that no migrated product has (and that `condition` on isi selects). */
    QString deleteForeign(const QString& source, const QString& condition = QStringLiteral("1")) const
    {
        return QStringLiteral("DELETE isi FROM %1 AS isi WHERE isi.source_code = %2 AND %7 AND NOT EXISTS (SELECT 1 "
                              "FROM %3 AS si JOIN %4 AS p ON p.entity_id = si.product_id WHERE %5 AND %6 AND p.sku = "
                              "isi.sku)")
            .arg(isi, source, si, products, websiteCondition, eligible, condition);
    }

    /** Source items from the stock items `condition` (on si and p) selects; the last by item id wins a shared SKU. */
    QString upsert(const QString& source, const QString& condition) const
    {
        return QStringLiteral("INSERT INTO %1 (source_code, sku, quantity, status) SELECT %2, p.sku, "
                              "COALESCE(si.qty, 0), si.is_in_stock FROM %3 AS si JOIN %4 AS p ON "
                              "p.entity_id = si.product_id WHERE %5 AND %6 AND %7 ORDER BY si.item_id ON DUPLICATE "
                              "KEY UPDATE quantity = VALUES(quantity), status = VALUES(status)")
            .arg(isi, source, si, products, websiteCondition, eligible, condition);
    }
};

/** The default source's code, quoted ('default' as MSI makes it, else the first one: the tool takes the first row). */
QString defaultSourceOf(Database& dst)
{
    const QString defaultSource = dst.scalar(QStringLiteral("SELECT source_code FROM %1 ORDER BY source_code = "
                                                            "'default' DESC, source_code LIMIT 1")
                                                 .arg(dst.table(QStringLiteral("inventory_source"))))
                                      .toString();
    if (defaultSource.isEmpty())
        throw Error(InventoryStep::tr("Magento 2's inventory_source table is empty, so there is no default source to "
                                      "put the stock in. Run bin/magento setup:upgrade in Magento 2 (Magento_Inventory "
                                      "makes the default source), then run the Inventory step again."));
    return defaultSource;
}

} // namespace

qint64 InventoryStep::refreshSourceItems(
    Database& dst, const SchemaCatalog& destinationCatalog, const QSet<QString>& skus)
{
    const TableInfo* legacyItems = destinationCatalog.table(QStringLiteral("cataloginventory_stock_item"));
    if (skus.isEmpty() || !legacyItems || !destinationCatalog.hasTable(QStringLiteral("catalog_product_entity"))
        || !destinationCatalog.hasTable(QStringLiteral("inventory_source_item"))
        || !destinationCatalog.hasTable(QStringLiteral("inventory_source")))
        return 0;
    const SourceItemSql sql(dst, *legacyItems);
    const QString source = Database::quoteString(defaultSourceOf(dst));
    QStringList quoted;
    for (const QString& sku : skus)
        quoted << Database::quoteString(sku);
    std::sort(quoted.begin(), quoted.end());
    const QString list = quoted.join(QLatin1Char(','));
    const qint64 removed = dst.exec(sql.deleteForeign(source, QStringLiteral("isi.sku IN (%1)").arg(list)));
    const qint64 written = dst.exec(sql.upsert(source, QStringLiteral("p.sku IN (%1)").arg(list)));
    // ON DUPLICATE KEY UPDATE counts a changed row twice: report rows, not server counts.
    return removed + std::min<qint64>(written, skus.size());
}

qint64 InventoryStep::refreshShipmentSources(
    Database& dst, const SchemaCatalog& destinationCatalog, const QSet<qint64>& shipments)
{
    if (shipments.isEmpty() || !destinationCatalog.hasTable(QStringLiteral("inventory_shipment_source"))
        || !destinationCatalog.hasTable(QStringLiteral("sales_shipment"))
        || !destinationCatalog.hasTable(QStringLiteral("inventory_source")))
        return 0;
    const QString source = Database::quoteString(defaultSourceOf(dst));
    QStringList ids;
    for (qint64 id : shipments)
        ids << QString::number(id);
    const QString list = ids.join(QLatin1Char(','));
    const QString shipmentSources = dst.table(QStringLiteral("inventory_shipment_source"));
    const QString shipmentsTable = dst.table(QStringLiteral("sales_shipment"));
    const qint64 removed = dst.exec(QStringLiteral("DELETE iss FROM %1 AS iss WHERE iss.shipment_id IN (%2) AND NOT "
                                                   "EXISTS (SELECT 1 FROM %3 AS s WHERE s.entity_id = iss.shipment_id)")
                                        .arg(shipmentSources, list, shipmentsTable));
    const qint64 written = dst.exec(shipmentSourceUpsert(dst, source, QStringLiteral("entity_id IN (%1)").arg(list)));
    return removed + std::min<qint64>(written, shipments.size());
}

QString InventoryStep::shipmentSourceUpsert(Database& dst, const QString& quotedSource, const QString& condition)
{
    return QStringLiteral("INSERT INTO %1 (shipment_id, source_code) SELECT entity_id, %2 FROM %3 WHERE %4 "
                          "ON DUPLICATE KEY UPDATE source_code = VALUES(source_code)")
        .arg(dst.table(QStringLiteral("inventory_shipment_source")), quotedSource,
            dst.table(QStringLiteral("sales_shipment")), condition);
}

QStringList InventoryStep::quantityTypes()
{
    return { QStringLiteral("simple"), QStringLiteral("virtual"), QStringLiteral("downloadable") };
}

QList<TablePlan> InventoryStep::plan(StepContext& context)
{
    Q_UNUSED(context)
    return {};
}

void InventoryStep::afterCopy(StepContext& context, StepReport& report)
{
    const MigrationEnvironment& env = context.env;
    const SchemaCatalog& dc = context.destinationCatalog;
    const QString itemTable = QStringLiteral("cataloginventory_stock_item");
    const QString sourceItemTable = QStringLiteral("inventory_source_item");
    TableReport items = startTable(itemTable, sourceItemTable);
    const TableInfo* legacyItems = dc.table(itemTable);
    if (!legacyItems || !dc.hasTable(QStringLiteral("catalog_product_entity"))) {
        finish(report, items, Outcome::Skipped,
            tr("Magento 2 has no table cataloginventory_stock_item or catalog_product_entity: nothing to carry"));
        return;
    }
    const bool msi = dc.hasTable(sourceItemTable) && dc.hasTable(QStringLiteral("inventory_source"));
    Database dst(env.destination.profile, env.destination.password, QStringLiteral("destination"));
    const SourceItemSql sql(dst, *legacyItems);
    const QString& si = sql.si;
    const QString& products = sql.products;
    const QString& websiteCondition = sql.websiteCondition;
    const QString& eligible = sql.eligible;

    // The Map step copies the stock items; a destination with fewer than Magento 1 has was not migrated in full.
    {
        Database src(env.source.profile, env.source.password, QStringLiteral("source"));
        if (context.sourceCatalog.hasTable(itemTable)) {
            const qint64 inSource
                = src.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(src.table(itemTable))).toLongLong();
            const qint64 inDestination
                = dst.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 AS si WHERE %2").arg(si, websiteCondition))
                      .toLongLong();
            if (inDestination < inSource)
                report.warnings << tr("Magento 1 has %1 stock items, Magento 2's cataloginventory_stock_item only %2: "
                                      "the Map step copies them. Run the whole data migration (migrate data) so "
                                      "that every product gets its stock, then this step again.")
                                       .arg(inSource)
                                       .arg(inDestination);
        }
    }

    if (!msi) {
        finish(report, items, Outcome::Skipped,
            tr("Magento 2 has no Multi-Source Inventory tables (inventory_source_item): it reads stock from "
               "cataloginventory_stock_item, which the Map step copied"));
    } else {
        const QString defaultSource = defaultSourceOf(dst);
        const QString quotedSource = Database::quoteString(defaultSource);
        const QString isi = dst.table(sourceItemTable);

        // Every stock item lands in exactly one bucket: written, or skipped with its reason.
        QSqlQuery buckets = dst.query(
            QStringLiteral("SELECT CASE WHEN p.entity_id IS NULL THEN '' WHEN p.sku IS NULL OR TRIM(p.sku) = '' THEN "
                           "'-' WHEN p.type_id IN (%1) THEN '+' ELSE p.type_id END AS bucket, COUNT(*) FROM %2 AS si "
                           "LEFT JOIN %3 AS p ON p.entity_id = si.product_id WHERE %4 GROUP BY bucket")
                .arg(quotedList(quantityTypes()), si, products, websiteCondition));
        qint64 candidates = 0;
        QStringList otherTypes;
        while (buckets.next()) {
            const QString bucket = buckets.value(0).toString();
            const qint64 rows = buckets.value(1).toLongLong();
            items.rowsRead += rows;
            if (bucket == QLatin1String("+"))
                candidates = rows;
            else if (bucket.isEmpty())
                items.skipped[tr("the product is not in Magento 2's catalog")] += rows;
            else if (bucket == QLatin1String("-"))
                items.skipped[tr("the product has no SKU (MSI keeps stock by SKU)")] += rows;
            else {
                items.skipped[tr("product type %1 keeps no quantity of its own (MSI has no source items for it)")
                                  .arg(bucket)]
                    += rows;
                otherTypes << bucket;
            }
        }
        items.rowsTotal = items.rowsRead;
        for (const QString& type : std::as_const(otherTypes)) {
            if (type == QLatin1String("configurable") || type == QLatin1String("bundle")
                || type == QLatin1String("grouped"))
                continue;
            items.addWarning(tr("Products of type %1 got no source item: Magento 2's MSI keeps quantities only for "
                                "simple, virtual and downloadable products. If the extension that adds type %1 to "
                                "Magento 2 keeps stock, set its quantities in Magento 2's admin (Catalog > Products).")
                                 .arg(type));
        }
        QStringList sharedSkus;
        QSqlQuery shared
            = dst.query(QStringLiteral("SELECT p.sku, COUNT(*) FROM %1 AS si JOIN %2 AS p ON p.entity_id = "
                                       "si.product_id WHERE %3 AND %4 GROUP BY p.sku HAVING COUNT(*) > 1 "
                                       "ORDER BY p.sku")
                            .arg(si, products, websiteCondition, eligible));
        qint64 duplicates = 0;
        while (shared.next()) {
            duplicates += shared.value(1).toLongLong() - 1;
            if (sharedSkus.size() < 10)
                sharedSkus << shared.value(0).toString();
        }
        if (duplicates > 0) {
            items.skipped[tr("another product has the same SKU (its stock item, the last by id, is kept)")]
                += duplicates;
            items.addWarning(tr("SKU(s) %1 belong to more than one product; MSI keeps one quantity per SKU and "
                                "source. Give each product its own SKU in Magento 1 (or fix the quantities in "
                                "Magento 2's admin) and run again.")
                                 .arg(sharedSkus.join(QStringLiteral(", "))));
        }

        CopyLedger::ensureTables(dst);
        const QString job = QStringLiteral("inventory/inventory_source_item");
        CopyLedger::startJob(dst, job, sourceItemTable, CopyLedger::Existing::Keep);
        // Source items of the default source that no migrated product has: Magento 2's own, replaced with the
        // catalog (the ledger's backup keeps them for a reset). The others are updated in place, so that a rerun
        // keeps their ids.
        const qint64 foreign = dst.exec(sql.deleteForeign(quotedSource));
        if (foreign > 0)
            report.warnings << tr("Removed %n source item(s) of the source '%1' whose SKU no migrated product has "
                                  "(Magento 2's own catalog, which the Catalog step replaced); Reset destination "
                                  "puts them back.",
                "", int(foreign))
                                   .arg(defaultSource);
        const QVariant low
            = dst.scalar(QStringLiteral("SELECT MIN(si.item_id) FROM %1 AS si WHERE %2").arg(si, websiteCondition));
        const QVariant high
            = dst.scalar(QStringLiteral("SELECT MAX(si.item_id) FROM %1 AS si WHERE %2").arg(si, websiteCondition));
        if (!low.isNull() && candidates > 0) {
            for (qint64 from = low.toLongLong(); from <= high.toLongLong(); from += batchItems) {
                checkpoint(context, sourceItemTable);
                dst.beginTransaction();
                try {
                    dst.exec(sql.upsert(quotedSource,
                        QStringLiteral("si.item_id >= %1 AND si.item_id < %2").arg(from).arg(from + batchItems)));
                    dst.commit();
                } catch (...) {
                    dst.rollback();
                    throw;
                }
            }
        }
        items.rowsWritten
            = dst.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE source_code = %2").arg(isi, quotedSource))
                  .toLongLong();
        CopyLedger::saveProgress(dst, job, {}, items.rowsWritten, true);
        if (items.rowsRead != items.rowsWritten + items.skippedRows())
            items.addWarning(tr("%1 stock items read, %2 source items written and %3 skipped do not add up; check "
                                "inventory_source_item for rows another process wrote during the run.")
                                 .arg(items.rowsRead)
                                 .arg(items.rowsWritten)
                                 .arg(items.skippedRows()));
        finish(report, items, Outcome::Succeeded,
            tr("source items of the source '%1' from the stock items the Map step copied").arg(defaultSource));

        // Every website sells from the default stock (the tool clears the table and adds each website).
        const QString channelTable = QStringLiteral("inventory_stock_sales_channel");
        TableReport channels = startTable(QStringLiteral("store_website"), channelTable);
        if (!dc.hasTable(channelTable) || !dc.hasTable(QStringLiteral("store_website"))
            || !dc.hasTable(QStringLiteral("inventory_stock"))) {
            finish(report, channels, Outcome::Skipped,
                tr("Magento 2 has no inventory_stock_sales_channel, inventory_stock or store_website table"));
        } else {
            checkpoint(context, channelTable);
            const QVariant stock = dst.scalar(QStringLiteral("SELECT stock_id FROM %1 ORDER BY stock_id = 1 DESC, "
                                                             "stock_id LIMIT 1")
                                                  .arg(dst.table(QStringLiteral("inventory_stock"))));
            if (stock.isNull())
                throw Error(tr("Magento 2's inventory_stock table is empty, so there is no default stock for the "
                               "websites to sell from. Run bin/magento setup:upgrade in Magento 2, then the "
                               "Inventory step again."));
            const QString websites = dst.table(QStringLiteral("store_website"));
            channels.rowsRead
                = dst.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE code <> 'admin'").arg(websites))
                      .toLongLong();
            channels.rowsTotal = channels.rowsRead;
            CopyLedger::startJob(
                dst, QStringLiteral("inventory/") + channelTable, channelTable, CopyLedger::Existing::Keep);
            dst.beginTransaction();
            try {
                dst.exec(QStringLiteral("DELETE FROM %1").arg(dst.table(channelTable)));
                channels.rowsWritten
                    = dst.exec(QStringLiteral("INSERT INTO %1 (type, code, stock_id) SELECT 'website', code, %2 FROM "
                                              "%3 WHERE code <> 'admin' ORDER BY website_id")
                                   .arg(dst.table(channelTable))
                                   .arg(stock.toLongLong())
                                   .arg(websites));
                CopyLedger::saveProgress(
                    dst, QStringLiteral("inventory/") + channelTable, {}, channels.rowsWritten, true);
                dst.commit();
            } catch (...) {
                dst.rollback();
                throw;
            }
            finish(
                report, channels, Outcome::Succeeded, tr("every website sells from stock %1").arg(stock.toLongLong()));
        }

        // Every migrated shipment was shipped from the default source.
        const QString shipmentTable = QStringLiteral("inventory_shipment_source");
        TableReport shipments = startTable(QStringLiteral("sales_shipment"), shipmentTable);
        if (!dc.hasTable(shipmentTable) || !dc.hasTable(QStringLiteral("sales_shipment"))) {
            finish(report, shipments, Outcome::Skipped,
                tr("Magento 2 has no inventory_shipment_source or sales_shipment table"));
        } else {
            checkpoint(context, shipmentTable);
            const QString shipmentsTable = dst.table(QStringLiteral("sales_shipment"));
            shipments.rowsRead = dst.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(shipmentsTable)).toLongLong();
            shipments.rowsTotal = shipments.rowsRead;
            CopyLedger::startJob(
                dst, QStringLiteral("inventory/") + shipmentTable, shipmentTable, CopyLedger::Existing::Keep);
            dst.beginTransaction();
            try {
                dst.exec(shipmentSourceUpsert(dst, quotedSource, QStringLiteral("1")));
                shipments.rowsWritten
                    = dst.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 AS s JOIN %2 AS iss ON iss.shipment_id = "
                                                "s.entity_id AND iss.source_code = %3")
                                     .arg(shipmentsTable, dst.table(shipmentTable), quotedSource))
                          .toLongLong();
                CopyLedger::saveProgress(
                    dst, QStringLiteral("inventory/") + shipmentTable, {}, shipments.rowsWritten, true);
                dst.commit();
            } catch (...) {
                dst.rollback();
                throw;
            }
            finish(report, shipments, Outcome::Succeeded,
                tr("every migrated shipment was shipped from the source '%1'").arg(defaultSource));
        }
    }

    // The legacy stock index: Magento 2's indexer writes it, the tool leaves it; say what a reindex will change.
    const QString statusTable = QStringLiteral("cataloginventory_stock_status");
    TableReport status = startTable(statusTable, statusTable);
    if (!dc.hasTable(statusTable)) {
        finish(report, status, Outcome::Skipped, tr("Magento 2 has no table cataloginventory_stock_status"));
        return;
    }
    const qint64 stale
        = dst.scalar(QStringLiteral("SELECT COUNT(DISTINCT si.product_id) FROM %1 AS si JOIN %2 AS p ON p.entity_id = "
                                    "si.product_id LEFT JOIN %3 AS ss ON ss.product_id = si.product_id AND "
                                    "ss.website_id = 0 AND ss.stock_id = si.stock_id WHERE %4 AND p.type_id IN (%5) "
                                    "AND (ss.product_id IS NULL OR ss.stock_status <> si.is_in_stock OR ss.qty <> "
                                    "COALESCE(si.qty, 0))")
                         .arg(si, products, dst.table(statusTable), websiteCondition, quotedList(quantityTypes())))
              .toLongLong();
    if (stale > 0)
        report.warnings << tr("%n migrated product(s) have no or an outdated row in Magento 2's stock index "
                              "(cataloginventory_stock_status), so Magento 2 shows them out of stock until you run "
                              "bin/magento indexer:reindex cataloginventory_stock (the go-live checklist does).",
            "", int(stale));
    finish(report, status, Outcome::Skipped,
        tr("Magento 2's stock index, rebuilt by bin/magento indexer:reindex cataloginventory_stock (the Data "
           "Migration Tool does not write it either); %n product(s) to update",
            "", int(stale)));
}

} // namespace cutover
