#pragma once

#include "copy/runcontrol.h"
#include "copy/tablecopier.h"
#include "report/runreport.h"
#include "schema/tableinfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace cutover {

class DmtConfiguration;
class HandlerRegistry;
class ProgressTracker;

/** Everything a run needs from its caller. Pointed-to objects must outlive the run. */
struct MigrationEnvironment
{
    DatabaseTarget source;
    DatabaseTarget destination;
    const DmtConfiguration* dmt = nullptr;
    const HandlerRegistry* handlers = nullptr;
    int jobs = 0; ///< tables copied at once; 0 = MigrationRunner::defaultJobs()
    TableCopier::Options copyOptions;
};

/** One entry of a step's plan: a table to copy, or one that is not copied and why. */
struct TablePlan
{
    CopyJob job; ///< source and destination names are set even when skipped
    QString skipReason; ///< not empty: reported as Skipped with this reason, not copied
    QStringList warnings; ///< added to the table's report (e.g. a source column the destination lacks)
    /** Makes the row transform on the worker thread (RecordTransformer is not thread-safe); may be null. */
    std::function<RowTransform()> makeTransform;
    qint64 rowsTotal = 0; ///< filled by Step::run's pre-count
    bool totalIsEstimate = false;
    /**
     * Source columns whose values reach a destination column unchanged (renames and moves, no handler): source
     * name -> destination name. The Verifier matches rows by the source key through it. Empty with no transform
     * means "by position" (sourceColumns[i] -> destinationColumns[i]).
     */
    QHash<QString, QString> carried;
    /**
     * An SQL condition on the destination table that selects the rows this copy writes, when the step writes rows
     * of its own there too (the URL Rewrite step's CMS page rewrites): the Verifier compares only those. Empty: all.
     */
    QString copiedRowsCondition;
    /**
     * An SQL condition on the source table that selects the rows the step keeps, when it removes some after the
     * copy and counts them as skipped (the Catalog step's orphan values): the Verifier expects only those. Empty:
     * every row the transform does not skip.
     */
    QString keptSourceRowsCondition;
    /**
     * Rows a later step of the run rewrites on purpose (the configurable products' child prices): an SQL condition on
     * the source table that selects the rows the Verifier compares, with copiedRowsCondition for the destination's
     * side. Unlike keptSourceRowsCondition, the rows are written, and delta carries them. Empty: all.
     */
    QString comparedSourceRowsCondition;
    /** Destination columns a later step of the run sets on purpose (rating.is_active): the Verifier skips them. */
    QStringList columnsSetLater;
    /**
     * Rows the plan leaves behind before any copy (a table or the rows of one left out as the user chose), by
     * reason: counted as skipped in the table's report, whether it is copied (job.sourceCondition) or skipped.
     */
    QMap<QString, qint64> leftBehind;
    /**
     * When the transform changes a column of the destination key (Magento 2's attribute ids): the destination value
     * of a source key value, for a delete found by key; an invalid QVariant when the destination cannot have that
     * row (the transform skips it). Null: key values reach the destination unchanged.
     */
    std::function<QVariant(const QString& destinationColumn, const QVariant& sourceValue)> destinationKeyValue;
};

/** What a step's hooks see while it runs: the environment and both schemas, read once per step. */
struct StepContext
{
    const MigrationEnvironment& env;
    const SchemaCatalog& sourceCatalog;
    const SchemaCatalog& destinationCatalog;
    const RunControl& control;
    /** The run's progress, for work of afterCopy() (see WorkProgress); null when nobody watches (plans, delta). */
    ProgressTracker* progress = nullptr;
};

/**
 * A step's own work after the copy, shown as the copy is (rows done of a total, rate, ETA): a set-based rebuild
 * or computation over a table, such as the sales grids or the configurable products' child prices. Adds `total`
 * rows and one table to the step's progress; the destructor marks the table finished. Does nothing without a
 * tracker.
 */
class WorkProgress
{
public:
    WorkProgress(const StepContext& context, QString name, qint64 total);
    ~WorkProgress();
    WorkProgress(const WorkProgress&) = delete;
    WorkProgress& operator=(const WorkProgress&) = delete;

    void add(qint64 rows);

private:
    ProgressTracker* m_tracker;
    QString m_name;
};

/**
 * A migration step (settings, map; later EAV, catalog, customers, URL rewrites...). The public, non-virtual run()
 * does the bookkeeping every step shares: it reads both schemas, asks the step for its plan, pre-counts the rows,
 * copies the tables on up to `jobs` worker threads (each with its own connections), honours pause and cancel
 * between batches, reports progress and fills the step's report. Steps implement the hooks only.
 *
 * run() is called on the runner's thread; plan() and afterCopy() run there too; transforms run on workers.
 */
class Step
{
    Q_DECLARE_TR_FUNCTIONS(Step)
public:
    virtual ~Step() = default;

    /** A stable id for resume points and reports ("settings", "map"). */
    virtual QString id() const = 0;
    /** The translated title. */
    virtual QString title() const = 0;

    /** Runs the step. Never throws: errors end up in the report with outcome Failed. */
    StepReport run(const MigrationEnvironment& env, const RunControl& control, ProgressTracker& progress);

    /**
     * The step's plan without copying anything, as run() makes it: what the Verifier compares after a run. The
     * transforms of the plans point into `context`'s catalogues, which must outlive them. Throws cutover::Error.
     */
    QList<TablePlan> planTables(StepContext& context) { return plan(context); }

protected:
    /** The tables this step copies or skips, in any order. Throws cutover::Error to fail the step. */
    virtual QList<TablePlan> plan(StepContext& context) = 0;
    /** After every table was copied (not called when cancelled or failed). Throws cutover::Error. */
    virtual void afterCopy(StepContext& context, StepReport& report)
    {
        Q_UNUSED(context)
        Q_UNUSED(report)
    }
};

} // namespace cutover
