#include "steps/settingsstep.h"

#include "error.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "steps/mappedtable.h"
#include "steps/sourcehandlercontext.h"

#include <QFileInfo>

#include <memory>

namespace cutover {

namespace {

TablePlan planConfigData(StepContext& context)
{
    TablePlan plan;
    const QString table = QStringLiteral("core_config_data");
    plan.job.source.name = table;
    plan.job.destination.name = table;
    const TableInfo* source = context.sourceCatalog.table(table);
    const TableInfo* destination = context.destinationCatalog.table(table);
    const SettingsConfig* settings = context.env.dmt ? context.env.dmt->settings() : nullptr;
    if (!source || !destination) {
        plan.skipReason = SettingsStep::tr("core_config_data is missing in the %1 database")
                              .arg(source ? SettingsStep::tr("destination") : SettingsStep::tr("source"));
        return plan;
    }
    if (!settings) {
        plan.skipReason = SettingsStep::tr("the configuration has no settings_map_file (settings.xml)");
        return plan;
    }
    plan.job.job = QStringLiteral("settings/core_config_data");
    plan.job.source = *source;
    plan.job.destination = *destination;
    // Magento 2 has its own config_id sequence: rows are matched by their unique key (scope, scope_id, path).
    plan.job.existing = CopyLedger::Existing::Keep;
    plan.job.sourceColumns = QStringList { QStringLiteral("config_id"), QStringLiteral("scope"),
        QStringLiteral("scope_id"), QStringLiteral("path"), QStringLiteral("value") };
    plan.job.destinationColumns = QStringList { QStringLiteral("scope"), QStringLiteral("scope_id"),
        QStringLiteral("path"), QStringLiteral("value") };
    const MigrationEnvironment& env = context.env;
    const SchemaCatalog* sourceCatalog = &context.sourceCatalog;
    const SchemaCatalog* destinationCatalog = &context.destinationCatalog;
    plan.makeTransform = [settings, registry = env.handlers, source = env.source, dmt = env.dmt, sourceCatalog,
                             destinationCatalog]() -> RowTransform {
        auto handlerContext = std::make_shared<SourceHandlerContext>(source, dmt, sourceCatalog, destinationCatalog);
        // Handlers are built once per path, as the tool does; a class that cannot run is remembered by its error.
        auto handlers = std::make_shared<QHash<QString, std::shared_ptr<Handler>>>();
        auto failures = std::make_shared<QHash<QString, QString>>();
        return [=](const QVariantList& row, const QString& key) {
            RowResult result;
            const QString path = row[3].toString();
            const auto to = settings->destinationPath(path);
            if (!to) {
                result.skipReason = SettingsStep::tr("ignored by settings.xml");
                return result;
            }
            Record record { { QStringLiteral("scope"), row[1] }, { QStringLiteral("scope_id"), row[2] },
                { QStringLiteral("path"), *to }, { QStringLiteral("value"), row[4] } };
            if (const auto handlerConfig = settings->handler(path)) {
                if (failures->contains(path)) {
                    result.skipReason = failures->value(path);
                    return result;
                }
                if (!handlers->contains(path)) {
                    try {
                        handlers->insert(
                            path, std::shared_ptr<Handler>(registry->create(*handlerConfig, *handlerContext)));
                    } catch (const Error& e) {
                        failures->insert(path, e.message());
                        result.skipReason = e.message();
                        return result;
                    }
                }
                QList<RecordIssue> issues;
                const Record opposite;
                HandlerCall call { record, opposite, QStringLiteral("core_config_data"), QStringLiteral("value"),
                    key + QStringLiteral(" path=") + path, issues, {} };
                handlers->value(path)->handle(call);
                for (const RecordIssue& issue : issues)
                    result.warnings << issue.toString();
                result.transformed = true;
            }
            result.transformed = result.transformed || *to != path;
            result.values
                = QVariantList { record.value(QStringLiteral("scope")), record.value(QStringLiteral("scope_id")),
                      record.value(QStringLiteral("path")), record.value(QStringLiteral("value")) };
            return result;
        };
    };
    return plan;
}

} // namespace

QList<TablePlan> SettingsStep::plan(StepContext& context)
{
    if (!context.env.dmt || !context.env.handlers)
        throw Error(tr("The settings step needs the Data Migration Tool configuration (config.xml)."));
    QList<TablePlan> plans { planConfigData(context) };
    const MapConfig* stores = context.env.dmt->map(QStringLiteral("stores_map_file"));
    if (!stores)
        throw Error(tr("The configuration %1 has no stores_map_file (map-stores.xml); websites and stores cannot be "
                       "migrated without it.")
                        .arg(context.env.dmt->config().file()));
    for (const char* table : { "core_website", "core_store_group", "core_store" })
        plans << planMappedTable(context, *stores, QLatin1String(table), id(), CopyLedger::Existing::Replace);
    return plans;
}

} // namespace cutover
