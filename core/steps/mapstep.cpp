#include "steps/mapstep.h"

#include "db/database.h"
#include "engine/foreignkeycheck.h"
#include "error.h"
#include "log/log.h"
#include "mapping/dmtconfig.h"
#include "report/runreport.h"
#include "steps/attributemap.h"
#include "steps/logstep.h"
#include "steps/mappedtable.h"

#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace cutover {

namespace {

// Magento 2 lists its own attributes in its forms: Magento 1's rows are added to them (Existing::Keep).
const QString customerForms = QStringLiteral("customer_form_attribute");

} // namespace

QString MapStep::otherStepOf(const QString& table, const DmtConfiguration& dmt)
{
    auto inGroups = [&](const char* option) {
        const GroupsConfig* groups = dmt.groups(QLatin1String(option));
        return groups && !groups->groupsOf(table).isEmpty();
    };
    auto starts = [&](const char* prefix) { return table.startsWith(QLatin1String(prefix)); };
    if (table == QLatin1String("core_config_data"))
        return tr("Settings");
    if (table == QLatin1String("core_store") || table == QLatin1String("core_store_group")
        || table == QLatin1String("core_website"))
        return tr("Stores");
    // Tier and group prices first: their names start like the catalog's value tables.
    if (const MapConfig* tierPrices = dmt.map(QStringLiteral("tier_price_map_file"))) {
        if (!tierPrices->isDocumentIgnored(table, MapConfig::Side::Source) && tierPrices->destinationDocument(table)
            && (table.endsWith(QLatin1String("_tier_price")) || table.endsWith(QLatin1String("_group_price"))))
            return tr("Tier Price");
    }
    if (inGroups("customer_document_groups_file") || starts("customer_entity") || starts("customer_address_entity")
        || table == QLatin1String("customer_group"))
        return tr("Customer Attributes");
    if (starts("catalog_product_entity") || starts("catalog_category_entity"))
        return tr("Catalog");
    // The EAV groups also list tables whose values name an attribute (documents_leftover_values: cart price rules'
    // product attributes, fixed product taxes): the Data Migration Tool copies them with the map and renumbers
    // their attributes, as the Map step does (remapAttributeIds). They are the EAV step's only through another group.
    // Of the customer tables of those groups, the forms that show an attribute are merged into Magento 2's own
    // (see plan()); the others describe attributes, the EAV step's.
    if (const GroupsConfig* eav = dmt.groups(QStringLiteral("eav_document_groups_file"))) {
        for (const QString& group : eav->groupsOf(table)) {
            if (!group.endsWith(QLatin1String("leftover_values"))
                || (starts("customer_") && table != customerForms))
                return tr("EAV");
        }
    }
    if (starts("eav_") || table.endsWith(QLatin1String("_eav_attribute")))
        return tr("EAV");
    if (starts("core_url_rewrite") || starts("enterprise_url_rewrite") || starts("catalog_category_product_index"))
        return tr("URL Rewrite");
    if (inGroups("log_document_groups_file"))
        return tr("Log");
    return {};
}

QList<TablePlan> MapStep::plan(StepContext& context)
{
    const DmtConfiguration* dmt = context.env.dmt;
    const MapConfig* map = dmt ? dmt->map(QStringLiteral("map_file")) : nullptr;
    if (!map)
        throw Error(tr("The Data Migration Tool configuration has no map_file; the Map step needs its map.xml."));
    QList<TablePlan> plans;
    for (const QString& table : context.sourceCatalog.tableNames()) {
        const QString other = otherStepOf(table, *dmt);
        if (!other.isEmpty()) {
            TablePlan p;
            p.job.source.name = table;
            p.job.destination.name = map->destinationDocument(table).value_or(table);
            if (other == tr("Settings") || other == tr("Stores"))
                p.skipReason = tr("copied by the Settings step (cutover-cli migrate settings)");
            else
                p.skipReason = tr("handled by the %1 step").arg(other);
            plans << p;
            continue;
        }
        TablePlan plan = planMappedTable(context, *map, table, id(),
            table == customerForms ? CopyLedger::Existing::Keep : CopyLedger::Existing::Replace);
        if (table == QLatin1String("rating"))
            plan.columnsSetLater << QStringLiteral("is_active"); // by the Ratings step, per store view
        plans << plan;
    }
    // The tables that name an attribute get Magento 2's id for it.
    std::shared_ptr<const AttributeMap> attributes;
    for (TablePlan& plan : plans) {
        if (!plan.skipReason.isEmpty() || !plan.job.destinationColumns.contains(QStringLiteral("attribute_id")))
            continue;
        if (!attributes) {
            Database src(context.env.source.profile, context.env.source.password, QStringLiteral("source"));
            Database dst(
                context.env.destination.profile, context.env.destination.password, QStringLiteral("destination"));
            attributes = std::make_shared<const AttributeMap>(AttributeMap::load(src, dst));
        }
        remapAttributeIds(plan, attributes);
    }
    planOrphans(context, plans);
    planAreas(context, plans);
    return plans;
}

void MapStep::planAreas(StepContext& context, QList<TablePlan>& plans) const
{
    // Each quote table is a family of copies, one per choice of old quotes: a run with another choice than the last
    // one copies the table again (CopyLedger::otherVariants()), rather than adding to or resuming another's rows.
    for (TablePlan& plan : plans) {
        if (plan.skipReason.isEmpty() && OptionalAreas::quoteTables().contains(plan.job.source.name))
            plan.job.variantOf = plan.job.job;
    }
    const QHash<QString, QString> quotes = m_areas.keptQuoteConditions(context.env.source.profile);
    if (m_areas.reports && quotes.isEmpty())
        return;
    Database src(context.env.source.profile, context.env.source.password, QStringLiteral("source"));
    const QString quoteReason
        = tr("an old quote, left behind as chosen: not updated since %1, so Magento 2's quote clean-up would delete "
             "it (carry old quotes to keep it)")
              .arg(QLocale::c().toString(m_areas.oldQuotesBefore.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    for (TablePlan& plan : plans) {
        const QString& table = plan.job.source.name;
        if (!plan.skipReason.isEmpty())
            continue;
        if (!m_areas.reports && OptionalAreas::isReportTable(table)) {
            plan.skipReason = tr("reports and statistics, left behind as chosen; Magento 2 rebuilds its statistics "
                                 "from the orders (Reports > Statistics > Refresh Statistics)");
            const LogStep::Size size = LogStep::sizeOf(src, table);
            plan.leftBehind[tr("reports and statistics are left behind unless the run carries them")] = size.rows;
            plan.totalIsEstimate = size.estimated;
            continue;
        }
        const QString kept = quotes.value(table);
        if (kept.isEmpty())
            continue;
        plan.job.sourceCondition = kept;
        // Another date is another set of rows: a run with another choice copies the table again (CopyLedger).
        plan.job.variantOf = plan.job.job;
        plan.job.job += QStringLiteral("@updated-since-%1").arg(m_areas.oldQuotesBefore.toSecsSinceEpoch());
        plan.keptSourceRowsCondition = plan.keptSourceRowsCondition.isEmpty()
            ? QStringLiteral("(%1)").arg(kept)
            : QStringLiteral("(%1) AND (%2)").arg(plan.keptSourceRowsCondition, kept);
        const qint64 old = src.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE NOT (%2)")
                                          .arg(src.table(table), kept))
                               .toLongLong();
        if (old > 0)
            plan.leftBehind[quoteReason] = old;
    }
}

namespace {

// The source column whose value reaches destination column `column` unchanged, or empty.
QString sourceColumnOf(const TablePlan& plan, const QString& column)
{
    if (plan.carried.isEmpty() && !plan.makeTransform) {
        const qsizetype i = plan.job.destinationColumns.indexOf(column);
        return i >= 0 && i < plan.job.sourceColumns.size() ? plan.job.sourceColumns.at(i) : QString();
    }
    for (auto it = plan.carried.cbegin(); it != plan.carried.cend(); ++it) {
        if (it.value() == column)
            return it.key();
    }
    return {};
}

} // namespace

void MapStep::planOrphans(StepContext& context, QList<TablePlan>& plans)
{
    m_orphans.clear();
    QHash<QString, int> byDestination;
    for (int i = 0; i < plans.size(); ++i) {
        if (plans[i].skipReason.isEmpty())
            byDestination.insert(plans[i].job.destination.name, i);
    }
    if (byDestination.isEmpty())
        return;
    const QSet<QString> tables(byDestination.keyBegin(), byDestination.keyEnd());
    Database dst(context.env.destination.profile, context.env.destination.password, QStringLiteral("destination"));
    const ConnectionProfile& source = context.env.source.profile;
    // The links towards a parent that Magento 1 holds, with the columns on both sides in Magento 1's names.
    struct Link
    {
        int child = -1; ///< plan index
        QString parentSource;
        QStringList from; ///< child columns
        QStringList to; ///< parent columns
        QStringList destinationColumns;
        QStringList childKey;
        QStringList destinationKey;
    };
    // The store tables Magento 2 names its own way (store, store_group, store_website): their Magento 1 names.
    const MapConfig* stores = context.env.dmt ? context.env.dmt->map(QStringLiteral("stores_map_file")) : nullptr;
    QList<Link> links;
    for (const ForeignKey& key : ForeignKey::read(dst, tables)) {
        if (key.deleteRule == QLatin1String("SET NULL"))
            continue;
        const int childIndex = byDestination.value(key.table);
        const TablePlan& child = plans.at(childIndex);
        // The parent in Magento 1: the source of this step's plan for it, or (a table another step carries, such
        // as catalog_product_entity) the Magento 1 table of the same name with the same columns.
        Link link;
        link.child = childIndex;
        link.destinationColumns = key.columns;
        if (byDestination.contains(key.referencedTable)) {
            const TablePlan& parent = plans.at(byDestination.value(key.referencedTable));
            link.parentSource = parent.job.source.name;
            for (const QString& column : key.referencedColumns)
                link.to << sourceColumnOf(parent, column);
        } else if (const TableInfo* table = context.sourceCatalog.table(
                       stores && !context.sourceCatalog.hasTable(key.referencedTable)
                           ? stores->sourceDocument(key.referencedTable)
                           : key.referencedTable)) {
            link.parentSource = table->name;
            for (const QString& column : key.referencedColumns)
                link.to << (table->hasColumn(column) ? column : QString());
        } else {
            continue;
        }
        for (const QString& column : key.columns)
            link.from << sourceColumnOf(child, column);
        // The child's key in Magento 1 and in Magento 2, to remove the orphans found in Magento 1 by key.
        link.childKey = child.job.source.primaryKey;
        for (const QString& column : std::as_const(link.childKey)) {
            QString destination = child.carried.isEmpty() && !child.makeTransform
                ? child.job.destinationColumns.value(child.job.sourceColumns.indexOf(column))
                : child.carried.value(column);
            // The key column the transform renumbers (remapAttributeIds) keeps its name; its value is renumbered too.
            if (destination.isEmpty() && child.destinationKeyValue && column == QLatin1String("attribute_id")
                && child.job.destinationColumns.contains(column))
                destination = column;
            link.destinationKey << destination;
        }
        // A key Cutover cannot follow back to Magento 1 (a handler makes its value, or the row has no key that
        // reaches Magento 2 unchanged) is left to the verification's foreign key check.
        if (link.from.contains(QString()) || link.to.contains(QString()) || link.childKey.isEmpty()
            || link.destinationKey.contains(QString()))
            continue;
        links << link;
    }

    // A row is kept when each of its parents exists in Magento 1 and is kept itself (an invoice item of an invoice
    // whose order is gone goes with the invoice), followed a few levels up. The parent table is named without an
    // alias so that its own condition, written against its name, applies to it; a table that refers to itself
    // uses an alias and is not followed further.
    std::function<QString(const QString&, int, QSet<QString>)> keptOf;
    auto linkCondition = [&](const Link& link, int depth, QSet<QString> visited) {
        const QString childSource = plans.at(link.child).job.source.name;
        const QString childTable = Database::quoteIdentifier(source.table(childSource));
        const bool self = link.parentSource == childSource;
        const QString parentTable = Database::quoteIdentifier(source.table(link.parentSource));
        const QString parentName = self ? QStringLiteral("p") : parentTable;
        QStringList unset;
        QStringList match;
        for (int i = 0; i < link.from.size(); ++i) {
            const QString outer = childTable + QLatin1Char('.') + Database::quoteIdentifier(link.from.at(i));
            unset << outer + QStringLiteral(" IS NULL");
            match << parentName + QLatin1Char('.') + Database::quoteIdentifier(link.to.at(i)) + QStringLiteral(" = ")
                    + outer;
        }
        visited.insert(childSource);
        const QString parentKept = self || depth >= 3 || visited.contains(link.parentSource)
            ? QString()
            : keptOf(link.parentSource, depth + 1, visited);
        if (!parentKept.isEmpty())
            match << QStringLiteral("(%1)").arg(parentKept);
        return QStringLiteral("%1 OR EXISTS (SELECT 1 FROM %2%3 WHERE %4)")
            .arg(unset.join(QStringLiteral(" OR ")), parentTable, self ? QStringLiteral(" p") : QString(),
                match.join(QStringLiteral(" AND ")));
    };
    keptOf = [&](const QString& sourceTable, int depth, QSet<QString> visited) {
        QStringList conditions;
        for (const Link& link : std::as_const(links)) {
            if (plans.at(link.child).job.source.name == sourceTable)
                conditions << QStringLiteral("(%1)").arg(linkCondition(link, depth, visited));
        }
        return conditions.join(QStringLiteral(" AND "));
    };

    for (const Link& link : std::as_const(links)) {
        TablePlan& child = plans[link.child];
        const QString kept = linkCondition(link, 0, {});
        child.keptSourceRowsCondition = child.keptSourceRowsCondition.isEmpty()
            ? QStringLiteral("(%1)").arg(kept)
            : QStringLiteral("(%1) AND (%2)").arg(child.keptSourceRowsCondition, kept);
        m_orphans << OrphanRule { child.job.source.name, child.job.destination.name, link.childKey, link.destinationKey,
            kept,
            tr("its %1 row does not exist in Magento 1, or is itself left out as an orphan (%2 points at nothing)")
                .arg(link.parentSource, link.destinationColumns.join(QLatin1Char(','))),
            child.destinationKeyValue };
    }
}

void MapStep::afterCopy(StepContext& context, StepReport& report)
{
    if (m_orphans.isEmpty())
        return;
    const MigrationEnvironment& env = context.env;
    Database src(env.source.profile, env.source.password, QStringLiteral("source"));
    Database dst(env.destination.profile, env.destination.password, QStringLiteral("destination"));
    // The orphans are found in Magento 1 (whose parent is not there) and removed in Magento 2 by their key, so a
    // parent that another step writes later is never taken for a missing one. A handful in a real store; read
    // forward only and removed 500 at a time, so memory stays bounded. Checks off: a cascade must not remove more
    // than is counted.
    dst.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
    constexpr int batch = 500;
    for (const OrphanRule& rule : std::as_const(m_orphans)) {
        QStringList keys;
        for (const QString& column : rule.sourceKey)
            keys << QStringLiteral("CAST(%1 AS CHAR)").arg(Database::quoteIdentifier(column));
        QSqlQuery q = src.query(QStringLiteral("SELECT %1 FROM %2 WHERE NOT (%3)")
                                    .arg(keys.join(QLatin1Char(',')), src.table(rule.sourceTable), rule.kept));
        QStringList destinationKey;
        for (const QString& column : rule.destinationKey)
            destinationKey << Database::quoteIdentifier(column);
        const QString head = QStringLiteral("DELETE FROM %1 WHERE (%2) IN (")
                                 .arg(dst.table(rule.destinationTable), destinationKey.join(QLatin1Char(',')));
        qint64 removed = 0;
        QStringList tuples;
        auto flush = [&]() {
            if (tuples.isEmpty())
                return;
            removed += dst.exec(head + tuples.join(QLatin1Char(',')) + QLatin1Char(')'));
            tuples.clear();
        };
        while (q.next()) {
            if (context.control.isCancelled())
                throw CancelledError(tr("Cancelled while removing rows that point at nothing."));
            QStringList values;
            for (int i = 0; i < rule.sourceKey.size(); ++i) {
                const QVariant value = rule.keyValue ? rule.keyValue(rule.destinationKey.at(i), q.value(i)) : q.value(i);
                if (!value.isValid())
                    break; // the transform skipped the row: Magento 2 cannot hold it
                values << Database::quoteString(value.toString());
            }
            if (values.size() < rule.sourceKey.size())
                continue;
            tuples << QLatin1Char('(') + values.join(QLatin1Char(',')) + QLatin1Char(')');
            if (tuples.size() >= batch)
                flush();
        }
        flush();
        if (removed == 0)
            continue;
        logger("core.steps")->info("map: removed {} orphan rows of {}", removed, rule.destinationTable.toStdString());
        bool counted = false;
        for (TableReport& t : report.tables) {
            if (t.destinationTable == rule.destinationTable && t.outcome == Outcome::Succeeded) {
                // A resumed run wrote only some of them itself: never below what it wrote.
                t.rowsWritten -= std::min(removed, t.rowsWritten);
                t.skipped[rule.reason] += removed;
                counted = true;
                break;
            }
        }
        if (!counted)
            report.warnings
                << tr("%n row(s) of %1 removed: %2", "", int(removed)).arg(rule.destinationTable, rule.reason);
    }
    dst.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
}

} // namespace cutover
