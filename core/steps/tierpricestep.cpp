#include "steps/tierpricestep.h"

#include "copy/copyledger.h"
#include "db/database.h"
#include "error.h"
#include "mapping/dmtconfig.h"
#include "mapping/mapconfig.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace cutover {

namespace {

const QString tierTable = QStringLiteral("catalog_product_entity_tier_price");
const QString groupTable = QStringLiteral("catalog_product_entity_group_price");
const QString productTable = QStringLiteral("catalog_product_entity");

struct PriceRow
{
    qint64 valueId = 0;
    qint64 entityId = 0;
    int allGroups = 0;
    qint64 customerGroupId = 0;
    QString qty;
    QString value; ///< the server's exact decimal text
    int websiteId = 0;
    bool percent = false;
};

QSet<qint64> idSet(Database& db, const QString& sql)
{
    QSet<qint64> ids;
    QSqlQuery q = db.query(sql);
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

QString uniqueKey(qint64 entity, int allGroups, qint64 group, int website)
{
    return QStringLiteral("%1/%2/%3/%4").arg(entity).arg(allGroups).arg(group).arg(website);
}

} // namespace

QList<TablePlan> TierPriceStep::plan(StepContext& context)
{
    Q_UNUSED(context)
    return {};
}

void TierPriceStep::afterCopy(StepContext& context, StepReport& report)
{
    const MigrationEnvironment& env = context.env;
    const TableInfo* destination = context.destinationCatalog.table(tierTable);
    if (!destination)
        throw Error(tr("%1 has no table %2: tier and group prices cannot be migrated. Is it a Magento 2 database?")
                        .arg(env.destination.profile.displayName(), tierTable));
    if (!destination->hasColumn(QStringLiteral("entity_id")))
        throw Error(tr("%1's table %2 has no entity_id column (Adobe Commerce keys it by row_id, with content "
                       "staging): Cutover migrates into Magento Open Source; use the Data Migration Tool's "
                       "commerce configuration for that edition.")
                        .arg(env.destination.profile.displayName(), tierTable));
    const bool hasPercentage = destination->hasColumn(QStringLiteral("percentage_value"));
    const MapConfig* map = env.dmt ? env.dmt->map(QStringLiteral("tier_price_map_file")) : nullptr;
    const QString mapName = map ? QFileInfo(map->file()).fileName() : QStringLiteral("map-tier-price.xml");

    Database src(env.source.profile, env.source.password, QStringLiteral("source"));
    Database dst(env.destination.profile, env.destination.password, QStringLiteral("destination"));
    src.handle().setNumericalPrecisionPolicy(QSql::HighPrecision);
    dst.handle().setNumericalPrecisionPolicy(QSql::HighPrecision);

    const QSet<qint64> websites
        = idSet(dst, QStringLiteral("SELECT website_id FROM %1").arg(dst.table(QStringLiteral("store_website"))));
    const QSet<qint64> groups = idSet(
        dst, QStringLiteral("SELECT customer_group_id FROM %1").arg(dst.table(QStringLiteral("customer_group"))));

    // As the DMT's Data stage: the destination is emptied, then tier prices, then group prices (an upsert).
    CopyLedger::ensureTables(dst);
    const QString job = id() + QLatin1Char('/') + tierTable;
    CopyLedger::startJob(dst, job, tierTable, CopyLedger::Existing::Replace);
    dst.exec(QStringLiteral("DELETE FROM %1").arg(dst.table(tierTable)));
    // InnoDB takes the next id after the highest one left (none): a rerun gives the same value ids.
    dst.exec(QStringLiteral("ALTER TABLE %1 AUTO_INCREMENT = 1").arg(dst.table(tierTable)));

    // Both tables' rows are in the progress's total before the first is copied, so that the total does not grow.
    std::map<QString, std::unique_ptr<WorkProgress>> progressOf;
    for (const QString& sourceTable : { tierTable, groupTable }) {
        if (context.sourceCatalog.hasTable(sourceTable)
            && !(map && map->isDocumentIgnored(sourceTable, MapConfig::Side::Source)))
            progressOf[sourceTable] = std::make_unique<WorkProgress>(context, sourceTable,
                src.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(src.table(sourceTable))).toLongLong());
    }
    TableReport* tierReport = nullptr;
    qint64 written = 0;
    for (const QString& sourceTable : { tierTable, groupTable }) {
        const bool group = sourceTable == groupTable;
        TableReport table;
        table.sourceTable = sourceTable;
        table.destinationTable = tierTable;
        table.started = QDateTime::currentDateTime();
        const TableInfo* source = context.sourceCatalog.table(sourceTable);
        if (!source)
            table.reason = group ? tr("this Magento 1 release has no group prices (they came with 1.7)")
                                 : tr("Magento 1 has no table %1").arg(sourceTable);
        else if (map && map->isDocumentIgnored(sourceTable, MapConfig::Side::Source))
            table.reason = tr("ignored by %1").arg(mapName);
        if (!table.reason.isEmpty()) {
            table.outcome = Outcome::Skipped;
            table.finished = QDateTime::currentDateTime();
            report.tables << table;
            continue;
        }
        const bool hasPercent = group && source->hasColumn(QStringLiteral("is_percent"));
        table.rowsTotal
            = src.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(src.table(sourceTable))).toLongLong();
        WorkProgress& progress = *progressOf.at(sourceTable);

        const QString select
            = QStringLiteral("SELECT value_id, entity_id, all_groups, customer_group_id, %1, value, website_id, %2 "
                             "FROM %3 WHERE value_id > %4 ORDER BY value_id LIMIT %5")
                  .arg(group ? QStringLiteral("1") : QStringLiteral("qty"),
                      hasPercent ? QStringLiteral("is_percent") : QStringLiteral("0"), src.table(sourceTable));
        const QString insertHead
            = QStringLiteral("INSERT INTO %1 (entity_id, all_groups, customer_group_id, qty, value, website_id%2) "
                             "VALUES ")
                  .arg(dst.table(tierTable), hasPercentage ? QStringLiteral(", percentage_value") : QString());
        // Group prices after tier prices, so that a group price replaces a tier price of quantity 1 (the DMT's
        // insertOnDuplicate): Magento 2 holds one price per product, group, quantity and website.
        const QString insertTail = group
            ? QStringLiteral(" ON DUPLICATE KEY UPDATE value = VALUES(value)%1")
                  .arg(hasPercentage ? QStringLiteral(", percentage_value = VALUES(percentage_value)") : QString())
            : QString();

        qint64 last = 0;
        for (;;) {
            if (!context.control.checkpoint())
                throw CancelledError(
                    tr("Cancelled while migrating tier and group prices; run the step again (it starts the "
                       "prices over)."));
            QList<PriceRow> rows;
            QSqlQuery q = src.query(select.arg(last).arg(batchRows));
            while (q.next()) {
                PriceRow row;
                row.valueId = q.value(0).toLongLong();
                row.entityId = q.value(1).toLongLong();
                row.allGroups = q.value(2).toInt();
                row.customerGroupId = q.value(3).toLongLong();
                row.qty = q.value(4).toString();
                row.value = q.value(5).toString();
                row.websiteId = q.value(6).toInt();
                row.percent = q.value(7).toInt() != 0;
                rows << row;
            }
            if (rows.isEmpty())
                break;
            last = rows.last().valueId;
            table.rowsRead += rows.size();
            progress.add(rows.size());

            QStringList entityIds;
            for (const PriceRow& row : std::as_const(rows))
                entityIds << QString::number(row.entityId);
            const QSet<qint64> products = idSet(dst,
                QStringLiteral("SELECT entity_id FROM %1 WHERE entity_id IN (%2)")
                    .arg(dst.table(productTable), entityIds.join(QLatin1Char(','))));

            QStringList values;
            QStringList keys;
            QHash<QString, const PriceRow*> byKey;
            for (const PriceRow& row : std::as_const(rows)) {
                if (!products.contains(row.entityId)) {
                    table.skipped[tr("its product is not in Magento 2 (run the Catalog step first, or an orphan row "
                                     "in Magento 1)")]
                        += 1;
                    continue;
                }
                if (!websites.contains(row.websiteId)) {
                    table.skipped[tr("its website does not exist in Magento 2 (migrate the settings first)")] += 1;
                    continue;
                }
                if (!groups.contains(row.customerGroupId)) {
                    table.skipped[tr("its customer group does not exist in Magento 2 (run the Customer step "
                                     "first)")]
                        += 1;
                    continue;
                }
                // Magento 2 keeps a percentage discount in percentage_value (its price index ignores value then);
                // written as a fixed price it would sell at the percentage's number.
                const bool asPercentage = row.percent && hasPercentage;
                if (row.percent) {
                    ++table.rowsTransformed;
                    table.addWarning(asPercentage
                            ? tr("product %1: the group price for customer group %3 is a %2% discount in Magento 1; it "
                                 "is written as Magento 2's percentage discount (percentage_value).")
                                  .arg(row.entityId)
                                  .arg(row.value)
                                  .arg(row.customerGroupId)
                            : tr("product %1: the group price %2 for customer group %3 is a percentage in "
                                 "Magento 1; this Magento 2 has no percentage_value column, so it is written as a "
                                 "fixed price. Set it as a percentage discount in Magento 2's admin.")
                                  .arg(row.entityId)
                                  .arg(row.value)
                                  .arg(row.customerGroupId));
                }
                values << QStringLiteral("(%1,%2,%3,%4,%5,%6%7)")
                              .arg(row.entityId)
                              .arg(row.allGroups)
                              .arg(row.customerGroupId)
                              .arg(Database::quoteString(row.qty),
                                  Database::quoteString(asPercentage ? QStringLiteral("0") : row.value))
                              .arg(row.websiteId)
                              .arg(hasPercentage ? QLatin1Char(',')
                                          + (asPercentage ? Database::quoteString(row.value) : QStringLiteral("NULL"))
                                                 : QString());
                if (group) {
                    const QString key = uniqueKey(row.entityId, row.allGroups, row.customerGroupId, row.websiteId);
                    keys << QStringLiteral("(%1,%2,%3,%4)")
                                .arg(row.entityId)
                                .arg(row.allGroups)
                                .arg(row.customerGroupId)
                                .arg(row.websiteId);
                    byKey.insert(key, &row);
                }
            }
            if (values.isEmpty())
                continue;

            dst.beginTransaction();
            try {
                if (group && tierReport) {
                    // The tier prices of quantity 1 this batch's group prices replace: counted, and named.
                    QSqlQuery clash = dst.query(
                        QStringLiteral("SELECT entity_id, all_groups, customer_group_id, website_id, value FROM %1 "
                                       "WHERE qty = 1 AND (entity_id, all_groups, customer_group_id, website_id) IN "
                                       "(%2)")
                            .arg(dst.table(tierTable), keys.join(QLatin1Char(','))));
                    while (clash.next()) {
                        const QString key = uniqueKey(clash.value(0).toLongLong(), clash.value(1).toInt(),
                            clash.value(2).toLongLong(), clash.value(3).toInt());
                        const PriceRow* row = byKey.value(key);
                        if (!row)
                            continue;
                        tierReport->rowsWritten -= 1;
                        tierReport->skipped[tr("replaced by the group price of the same product, customer group "
                                               "and website (Magento 2 keeps one price per quantity; the group "
                                               "price wins, as in the Data Migration Tool)")]
                            += 1;
                        tierReport->addWarning(
                            tr("product %1, customer group %2, website %3: the tier price %4 for "
                               "quantity 1 is replaced by the group price %5.")
                                .arg(row->entityId)
                                .arg(row->allGroups ? tr("all") : QString::number(row->customerGroupId))
                                .arg(row->websiteId)
                                .arg(clash.value(4).toString(), row->value));
                    }
                }
                dst.exec(insertHead + values.join(QLatin1Char(',')) + insertTail);
                written += values.size();
                CopyLedger::saveProgress(dst, job, QString::number(last), written, false);
                dst.commit();
            } catch (...) {
                dst.rollback();
                throw;
            }
            table.rowsWritten += values.size();
        }
        table.outcome = Outcome::Succeeded;
        table.finished = QDateTime::currentDateTime();
        progressOf.erase(sourceTable);
        report.tables << table;
        if (!group)
            tierReport = &report.tables.last();
    }
    CopyLedger::saveProgress(dst, job, {}, written, true);
}

} // namespace cutover
