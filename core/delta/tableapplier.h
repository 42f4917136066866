#pragma once

#include "copy/tablecopier.h"
#include "delta/changelogreader.h"
#include "engine/step.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

namespace cutover {

class Database;
class MapConfig;

/** What applying one captured change to the destination takes: statements, or why it cannot be applied. */
struct PreparedWrite
{
    int change = -1; ///< index of the change in the list given to TableApplier::prepare()
    bool isDelete = false; ///< deletes run before upserts, children before parents
    QStringList statements; ///< run in order inside the batch's transaction (a savepoint around several)
    QString error; ///< not empty: the change cannot be applied now (retried later), with table and key
    QString skipReason; ///< not empty: the mapping does not write this row (it is deleted in the destination)
    QStringList warnings; ///< problems with values (from the handlers), for the log
    QString key; ///< "entity_id=12", for messages
};

/**
 * Applies the changes of one captured source table to the destination: re-reads the current source rows by key,
 * transforms them as the migration step that owns the table does, and makes the statements that write them
 * (an upsert when the row is there, a delete when it is gone). DeltaApplier orders and runs the statements in its
 * transaction, so an applier never writes by itself.
 *
 * One applier per source table, made on the apply loop's thread and used only there. Later steps (EAV,
 * customers, catalog) plug in their own through DeltaApplier::addApplierFactory().
 */
class TableApplier
{
public:
    virtual ~TableApplier() = default;

    /** The source table (without prefix). */
    virtual QString sourceTable() const = 0;
    /** The destination tables written (without prefix): they order the writes by foreign key depth. */
    virtual QStringList destinationTables() const = 0;
    /**
     * Reads the source rows of `changes` (all of this table) over `source` and returns one PreparedWrite per
     * change, in any order. Throws cutover::Error when the source cannot be read (the whole batch is retried).
     */
    virtual QVector<PreparedWrite> prepare(Database& source, const QVector<CapturedChange>& changes) = 0;
};

/**
 * The applier of a table the Map step carries: the same TablePlan (columns, renames, handlers through
 * RecordTransformer) that MapStep builds with planMappedTable(), so a delta-applied row equals the row a fresh Map
 * step writes. The destination key is the source key through the map's field renames.
 */
class MappedTableApplier : public TableApplier
{
    Q_DECLARE_TR_FUNCTIONS(MappedTableApplier)
public:
    /**
     * `plan` as MapStep::plan() made it (not skipped), `keyColumns` the source key the change log records, `map`
     * the map file that carries the table (must outlive the applier). The plan's transform is made here, so
     * construct the applier on the thread that uses it. Throws cutover::Error when the table cannot be applied
     * by key (its destination key is not carried over), naming the table. `destinationPrefix` is the destination's
     * table prefix.
     */
    MappedTableApplier(
        const TablePlan& plan, const QStringList& keyColumns, const MapConfig& map, const QString& destinationPrefix);

    QString sourceTable() const override { return m_job.source.name; }
    QStringList destinationTables() const override { return { m_job.destination.name }; }
    QVector<PreparedWrite> prepare(Database& source, const QVector<CapturedChange>& changes) override;

    /** "a=1,b=x" for messages. */
    static QString keyText(const QStringList& columns, const QVariantList& values);

private:
    QString deleteStatement(const QVariantList& key) const;

    CopyJob m_job;
    QStringList m_keyColumns; ///< source
    QStringList m_destinationKey; ///< the same columns in the destination
    QString m_destination; ///< quoted, with prefix
    QString m_select;
    QString m_insertHead;
    QString m_upsertTail;
};

} // namespace cutover
