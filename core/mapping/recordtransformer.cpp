#include "mapping/recordtransformer.h"

#include "error.h"

namespace cutover {

RecordTransformer::RecordTransformer(const MapConfig& map, const QString& sourceDocument,
    const HandlerRegistry& registry, const HandlerContext& context, const QStringList& destinationFields)
    : m_map(map)
    , m_sourceDocument(sourceDocument)
    , m_destinationFields(destinationFields)
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

RecordTransformer::Result RecordTransformer::transform(const Record& source, const QString& recordKey)
{
    Result result;
    Record from = source;
    const QStringList sourceFields = source.keys();
    for (auto& bound : m_sourceHandlers) {
        HandlerCall call { from, result.record, m_sourceDocument, bound.field, recordKey, result.issues, sourceFields };
        bound.handler->handle(call);
    }
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        const auto field = m_map.destinationField(m_sourceDocument, it.key());
        if (!field || (!m_destinationFields.isEmpty() && !m_destinationFields.contains(*field)))
            continue;
        result.record.insert(*field, it.value());
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
