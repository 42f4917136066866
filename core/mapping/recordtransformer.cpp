#include "mapping/recordtransformer.h"

#include "error.h"

namespace cutover {

RecordTransformer::RecordTransformer(const MapConfig& map, const QString& sourceDocument,
    const HandlerRegistry& registry, const HandlerContext& context, const QStringList& destinationFields)
    : m_map(map)
    , m_sourceDocument(sourceDocument)
    , m_destinationFields(destinationFields)
    , m_destinationFieldSet(destinationFields.cbegin(), destinationFields.cend())
{
    const auto destination = map.destinationDocument(sourceDocument);
    if (!destination) {
        throw Error(MapConfig::tr("The table %1 is ignored by %2; it has no destination rows to make.")
                        .arg(sourceDocument, map.file()));
    }
    m_destinationDocument = *destination;
    for (const auto& field : map.transformedFields(sourceDocument, MapConfig::Side::Source)) {
        for (const auto& config : map.handlers(sourceDocument, field, MapConfig::Side::Source))
            m_sourceHandlers.push_back(Bound { field, registry.create(config, context) });
    }
    for (const auto& field : map.transformedFields(m_destinationDocument, MapConfig::Side::Destination)) {
        for (const auto& config : map.handlers(m_destinationDocument, field, MapConfig::Side::Destination))
            m_destinationHandlers.push_back(Bound { field, registry.create(config, context) });
    }
}

RecordTransformer::~RecordTransformer() = default;

const QString& RecordTransformer::destinationOf(const QString& sourceField)
{
    auto it = m_fieldDestinations.constFind(sourceField);
    if (it == m_fieldDestinations.cend()) {
        std::optional<QString> field = m_map.destinationField(m_sourceDocument, sourceField);
        if (field && !m_destinationFieldSet.isEmpty() && !m_destinationFieldSet.contains(*field))
            field.reset();
        it = m_fieldDestinations.insert(sourceField, field.value_or(QString()));
    }
    return *it;
}

RecordTransformer::Result RecordTransformer::transform(Record source, const QString& recordKey)
{
    Result result;
    result.record.reserve(m_destinationFields.size());
    Record& from = source;
    const QStringList sourceFields = m_sourceHandlers.empty() ? QStringList() : source.keys();
    for (auto& bound : m_sourceHandlers) {
        HandlerCall call { from, result.record, m_sourceDocument, bound.field, recordKey, result.issues, sourceFields };
        bound.handler->handle(call);
    }
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        const QString& field = destinationOf(it.key());
        if (!field.isEmpty())
            result.record.insert(field, it.value());
    }
    for (auto& bound : m_destinationHandlers) {
        // Destination handlers may set columns that the source does not have (new Magento 2 columns).
        QStringList known = m_destinationFields;
        if (known.isEmpty()) {
            known = result.record.keys();
            if (!known.contains(bound.field))
                known.append(bound.field);
        }
        HandlerCall call { result.record, from, m_destinationDocument, bound.field, recordKey, result.issues, known };
        bound.handler->handle(call);
    }
    return result;
}

} // namespace cutover
