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
    bool transformed = false; ///< a handler or an id map changed a value (counted, as the steps count them)
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
 * The applier of a table carried by a step's TablePlan: the Map step's plan (planMappedTable(), the map's renames
 * and handlers through RecordTransformer) or another step's (the Catalog and Customer steps' entity and value
 * tables, see StepAppliers), so a delta-applied row equals the row a fresh run of that step writes. The destination
 * key is the source key through the map's field renames, or the one the step's plan names.
 */
class MappedTableApplier : public TableApplier
{
    Q_DECLARE_TR_FUNCTIONS(MappedTableApplier)
public:
    struct Options
    {
        /**
         * Make the plan's transform again for every prepare(): for transforms that keep what they read from the
         * source between rows (the Customer step's pivot and entity checks read windows of rows once), which would
         * be stale in the next batch.
         */
        bool freshTransform = false;
        /** Why a row the plan's keptSourceRowsCondition excludes is not written (the step removes it too). */
        QString notKeptReason;
    };

    /**
     * `plan` as MapStep::plan() made it (not skipped), `keyColumns` the source key the change log records, `map`
     * the map file that carries the table (must outlive the applier). The plan's transform is made here, so
     * construct the applier on the thread that uses it. Throws cutover::Error when the table cannot be applied
     * by key (its destination key is not carried over), naming the table. `destinationPrefix` is the destination's
     * table prefix. The plan's keptSourceRowsCondition, when set, is read with each row, as below.
     */
    MappedTableApplier(const TablePlan& plan, const QStringList& keyColumns, const MapConfig& map,
        const QString& destinationPrefix, const QString& notKeptReason = {});
    /**
     * The same for another step's plan: `destinationKey` names the destination columns of `keyColumns`, in order.
     * The plan's keptSourceRowsCondition, when set, is read with each row: a row it excludes is deleted in the
     * destination and counted under `options.notKeptReason`. Throws cutover::Error as above.
     */
    MappedTableApplier(const TablePlan& plan, const QStringList& keyColumns, const QStringList& destinationKey,
        const QString& destinationPrefix, const Options& options);

    QString sourceTable() const override { return m_job.source.name; }
    QStringList destinationTables() const override { return { m_job.destination.name }; }
    QVector<PreparedWrite> prepare(Database& source, const QVector<CapturedChange>& changes) override;

    /**
     * The statement that deletes the destination row of a source key, the key through the plan's
     * destinationKeyValue; empty when the destination cannot have that row.
     */
    QString deleteStatement(const QVariantList& key) const;

    /** "a=1,b=x" for messages. */
    static QString keyText(const QStringList& columns, const QVariantList& values);
    /** Appends deleteStatement(key) unless it is empty. */
    void appendDelete(QStringList& statements, const QVariantList& key) const;

private:
    void init();

    CopyJob m_job;
    std::function<RowTransform()> m_makeTransform;
    std::function<QVariant(const QString&, const QVariant&)> m_keyValue;
    Options m_options;
    QString m_keptCondition;
    QStringList m_keyColumns; ///< source
    QStringList m_destinationKey; ///< the same columns in the destination
    QString m_destination; ///< quoted, with prefix
    QString m_select;
    QString m_insertHead;
    QString m_upsertTail;
};

} // namespace cutover
