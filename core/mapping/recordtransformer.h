#pragma once

#include "mapping/handlers.h"
#include "mapping/mapconfig.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace cutover {

/**
 * Turns rows of one source table into rows of its destination table by the rules of a map file, as the Data
 * Migration Tool's RecordTransformer: source handlers run on the source row, then the fields are copied (ignored
 * ones dropped, moved ones renamed), then destination handlers run on the destination row.
 *
 * Handlers are built once, in the constructor. Not thread-safe (handlers cache look-ups): use one per worker.
 * `map`, `registry` and `context` must outlive it.
 */
class RecordTransformer
{
public:
    struct Result
    {
        Record record; ///< the destination row
        QList<RecordIssue> issues; ///< e.g. a broken serialized value, with table, column and row key
    };

    /**
     * `destinationFields` are the destination table's columns: copied fields outside them are dropped, as the
     * tool drops them; empty means keep every mapped field. Throws cutover::Error when the source table is
     * ignored or a handler of its rules is unknown, not implemented or badly configured.
     */
    RecordTransformer(const MapConfig& map, const QString& sourceDocument, const HandlerRegistry& registry,
        const HandlerContext& context, const QStringList& destinationFields = {});
    ~RecordTransformer();

    QString sourceDocument() const { return m_sourceDocument; }
    QString destinationDocument() const { return m_destinationDocument; }

    /** Transforms one row. `recordKey` names the row in issues ("entity_id=12"). */
    Result transform(Record source, const QString& recordKey = {});

private:
    struct Bound
    {
        QString field;
        std::unique_ptr<Handler> handler;
    };

    /** Where a source field goes (empty: dropped), decided once per field name: rows repeat the same fields. */
    const QString& destinationOf(const QString& sourceField);

    const MapConfig& m_map;
    QString m_sourceDocument;
    QString m_destinationDocument;
    QStringList m_destinationFields;
    QSet<QString> m_destinationFieldSet;
    QHash<QString, QString> m_fieldDestinations; ///< source field -> destination field, or empty when dropped
    std::vector<Bound> m_sourceHandlers;
    std::vector<Bound> m_destinationHandlers;
};

} // namespace cutover
