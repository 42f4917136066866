#include "steps/mappedtable.h"

#include "error.h"
#include "mapping/dmtconfig.h"
#include "mapping/recordtransformer.h"
#include "steps/attributemap.h"
#include "steps/sourcehandlercontext.h"

#include <QFileInfo>

#include <memory>

namespace cutover {

TablePlan planMappedTable(StepContext& context, const MapConfig& map, const QString& sourceTable,
    const QString& jobPrefix, CopyLedger::Existing existing)
{
    TablePlan plan;
    const QString mapName = QFileInfo(map.file()).fileName();
    const TableInfo* source = context.sourceCatalog.table(sourceTable);
    plan.job.source.name = sourceTable;
    plan.job.destination.name = sourceTable;
    const auto destinationName = map.destinationDocument(sourceTable);
    if (!source || !destinationName) {
        plan.skipReason = Step::tr("ignored by %1").arg(mapName);
        return plan;
    }
    plan.job.destination.name = *destinationName;
    const TableInfo* destination = context.destinationCatalog.table(*destinationName);
    if (!destination) {
        plan.skipReason = Step::tr("the destination has no table %1 (%2 maps %3 to it); add a rule for it to %2")
                              .arg(*destinationName, mapName, sourceTable);
        return plan;
    }
    plan.job.job = jobPrefix + QLatin1Char('/') + sourceTable;
    plan.job.source = *source;
    plan.job.destination = *destination;
    plan.job.existing = existing;

    const bool hasHandlers = !map.transformedFields(sourceTable, MapConfig::Side::Source).isEmpty()
        || !map.transformedFields(*destinationName, MapConfig::Side::Destination).isEmpty();
    QStringList mappedSource;
    QStringList mappedDestination;
    for (const ColumnInfo& column : source->columns) {
        const auto field = map.destinationField(sourceTable, column.name);
        if (!field)
            continue;
        if (!destination->hasColumn(*field)) {
            plan.warnings << Step::tr("%1.%2 has no column %3 in the destination table %4; its values are not copied")
                                 .arg(sourceTable, column.name, *field, *destinationName);
            continue;
        }
        if (mappedDestination.contains(*field))
            continue;
        mappedSource << column.name;
        mappedDestination << *field;
    }
    const QStringList sourceHandled = map.transformedFields(sourceTable, MapConfig::Side::Source);
    const QStringList destinationHandled = map.transformedFields(*destinationName, MapConfig::Side::Destination);
    for (int i = 0; i < mappedSource.size(); ++i) {
        if (!sourceHandled.contains(mappedSource[i]) && !destinationHandled.contains(mappedDestination[i]))
            plan.carried.insert(mappedSource[i], mappedDestination[i]);
    }
    if (!hasHandlers) {
        plan.job.sourceColumns = mappedSource;
        plan.job.destinationColumns = mappedDestination;
        // The key must be read to page by it, even when the map does not carry it over.
        for (const QString& key : source->primaryKey) {
            if (!plan.job.sourceColumns.contains(key)) {
                plan.makeTransform = [n = mappedSource.size()]() -> RowTransform {
                    return [n](const QVariantList& row, const QString&) {
                        return RowResult { row.mid(0, n), {}, {}, false };
                    };
                };
                plan.job.sourceColumns << key;
            }
        }
        return plan;
    }

    // Handlers may read any source column, so the whole row is read; destination handlers may set columns that
    // the source does not have.
    for (const ColumnInfo& column : source->columns)
        plan.job.sourceColumns << column.name;
    plan.job.destinationColumns = mappedDestination;
    for (const QString& field : map.transformedFields(*destinationName, MapConfig::Side::Destination)) {
        if (destination->hasColumn(field) && !plan.job.destinationColumns.contains(field))
            plan.job.destinationColumns << field;
    }
    const MigrationEnvironment& env = context.env;
    const HandlerRegistry* registry = env.handlers;
    const SchemaCatalog* sourceCatalog = &context.sourceCatalog;
    const SchemaCatalog* destinationCatalog = &context.destinationCatalog;
    QStringList destinationFields;
    for (const ColumnInfo& c : destination->columns)
        destinationFields << c.name;
    // Build the handlers once here: a class Cutover cannot run yet makes the table skipped, with the reason.
    try {
        SourceHandlerContext probe(env.source, env.dmt, sourceCatalog, destinationCatalog);
        RecordTransformer check(map, sourceTable, *registry, probe, destinationFields);
    } catch (const Error& e) {
        plan.skipReason = e.message();
        return plan;
    }
    const QStringList sourceColumns = plan.job.sourceColumns;
    const QStringList destinationColumns = plan.job.destinationColumns;
    plan.makeTransform = [&map, registry, source = env.source, dmt = env.dmt, sourceCatalog, destinationCatalog,
                             sourceTable, destinationFields, sourceColumns, destinationColumns]() -> RowTransform {
        auto handlerContext = std::make_shared<SourceHandlerContext>(source, dmt, sourceCatalog, destinationCatalog);
        auto transformer
            = std::make_shared<RecordTransformer>(map, sourceTable, *registry, *handlerContext, destinationFields);
        return [handlerContext, transformer, sourceColumns, destinationColumns](
                   const QVariantList& row, const QString& key) {
            Record record;
            record.reserve(sourceColumns.size());
            for (int i = 0; i < sourceColumns.size(); ++i)
                record.insert(sourceColumns[i], row[i]);
            RecordTransformer::Result transformed = transformer->transform(std::move(record), key);
            RowResult result;
            result.transformed = true;
            result.values.reserve(destinationColumns.size());
            for (const QString& column : destinationColumns) {
                const auto it = transformed.record.constFind(column);
                result.values << (it == transformed.record.cend() ? QVariant::fromValue(SqlDefault {}) : it.value());
            }
            for (const RecordIssue& issue : transformed.issues) {
                if (issue.skipRow)
                    result.skipReason = issue.message;
                else
                    result.warnings << issue.toString();
            }
            return result;
        };
    };
    return plan;
}

void remapAttributeIds(TablePlan& plan, std::shared_ptr<const AttributeMap> attributes)
{
    if (!plan.skipReason.isEmpty() || !attributes)
        return;
    const int at = int(plan.job.destinationColumns.indexOf(QStringLiteral("attribute_id")));
    if (at < 0)
        return;
    for (auto it = plan.carried.begin(); it != plan.carried.end();) {
        if (it.value() == QLatin1String("attribute_id"))
            it = plan.carried.erase(it);
        else
            ++it;
    }
    const int n = int(plan.job.destinationColumns.size());
    // A delete found by a key that holds the attribute (salesrule_product_attribute) names Magento 2's id too: the
    // Magento 1 id may be another attribute's in Magento 2.
    plan.destinationKeyValue = [attributes, outer = plan.destinationKeyValue](
                                   const QString& column, const QVariant& value) -> QVariant {
        const QVariant in = outer ? outer(column, value) : value;
        if (column != QLatin1String("attribute_id") || !in.isValid() || in.isNull())
            return in;
        const AttributeMap::Attribute* attribute = attributes->bySourceId(in.toInt());
        return attribute && attribute->destinationId != 0 ? QVariant(attribute->destinationId) : QVariant();
    };
    std::function<RowTransform()> inner = plan.makeTransform;
    plan.makeTransform = [inner, attributes, at, n]() -> RowTransform {
        RowTransform first = inner ? inner() : RowTransform {};
        return [first, attributes, at, n](const QVariantList& row, const QString& key) {
            RowResult result = first ? first(row, key) : RowResult { row.mid(0, n), {}, {}, false };
            if (!result.skipReason.isEmpty() || at >= result.values.size() || result.values[at].isNull())
                return result;
            const int source = result.values[at].toInt();
            const AttributeMap::Attribute* attribute = attributes->bySourceId(source);
            if (!attribute || attribute->destinationId == 0) {
                result.skipReason = attribute
                    ? Step::tr("its attribute %1 has no Magento 2 attribute (migrate the EAV step first)")
                          .arg(attribute->code)
                    : Step::tr("its attribute does not exist in Magento 1 (an orphan row)");
                return result;
            }
            if (attribute->destinationId != source) {
                result.values[at] = attribute->destinationId;
                result.transformed = true;
            }
            return result;
        };
    };
}

} // namespace cutover
