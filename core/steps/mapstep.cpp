#include "steps/mapstep.h"

#include "error.h"
#include "mapping/dmtconfig.h"
#include "steps/mappedtable.h"

namespace cutover {

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
    if (inGroups("eav_document_groups_file") || starts("eav_") || table.endsWith(QLatin1String("_eav_attribute")))
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
        TablePlan plan = planMappedTable(context, *map, table, id(), CopyLedger::Existing::Replace);
        if (table == QLatin1String("rating"))
            plan.columnsSetLater << QStringLiteral("is_active"); // by the Ratings step, per store view
        plans << plan;
    }
    return plans;
}

} // namespace cutover
