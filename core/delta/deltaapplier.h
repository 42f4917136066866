#pragma once

#include "copy/runcontrol.h"
#include "copy/tablecopier.h"
#include "delta/changelogreader.h"
#include "delta/tableapplier.h"
#include "engine/step.h"
#include "report/runreport.h"
#include "steps/optionalareas.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace cutover {

class DmtConfiguration;
class HandlerRegistry;

/** What the live panel and `delta run` show. A value type, copied out of the running loop. */
struct DeltaFigures
{
    Q_DECLARE_TR_FUNCTIONS(DeltaFigures)
public:
    enum class State { Stopped, Starting, Running, Idle, BackingOff, Reconnecting, Failed };

    State state = State::Stopped;
    bool running = false; ///< the loop is alive (any state but Stopped and Failed)
    qint64 applied = 0; ///< changes applied by this run (a change is one key of one table)
    qint64 changeRows = 0; ///< change-log rows those stood for (a key changed 5 times between batches: 5)
    qint64 failed = 0; ///< changes that failed to apply this run (each is kept and retried)
    qint64 retried = 0; ///< of the failed ones (this run or earlier), applied on a later attempt
    qint64 pendingRetries = 0; ///< changes waiting for another attempt, in the destination
    qint64 notCarried = 0; ///< changes of captured tables that no applier carries yet (counted per table below)
    qint64 skippedByMapping = 0; ///< rows the mapping does not write (deleted in the destination, as the Map step)
    QMap<QString, qint64> skippedReasons; ///< "table: reason" -> rows of this run skipped for it (the steps' reasons)
    qint64 transformed = 0; ///< rows written with a value changed by a handler or an id map, as the steps count them
    /** Values the destination cut or clamped to fit their column (truncated text, out of range, invalid date). */
    qint64 changedByDestination = 0;
    QMap<QString, qint64> changedReasons; ///< "table: the server's reason" -> values of this run
    qint64 missingParents = 0; ///< rows written whose parent table is filled by a step not built yet
    /**
     * Rows of what depends on the applied rows, refreshed with them (DependentRefresher::kinds(): "grids" sales
     * grid rows, "sequences" order number sequences advanced, "stock" MSI source items and shipment sources).
     */
    QMap<QString, qint64> refreshed;
    qint64 refreshFailed = 0; ///< batches whose dependents could not be refreshed (an error says why)
    qint64 purged = 0; ///< change-log rows deleted from the source after they were applied
    qint64 batches = 0;
    qint64 backoffs = 0; ///< pauses because the source server was busy
    int threadsRunning = 0; ///< the source's Threads_running at the last check
    int threadsRunningLimit = 0;
    double changesPerSecond = 0; ///< over the last ten seconds
    double lagSeconds = 0; ///< now minus the oldest unapplied change (0 when none)
    qint64 appliedSeq = 0;
    qint64 backlog = 0; ///< unapplied change-log rows
    QMap<QString, qint64> backlogByArea; ///< "sales", "cms", ... -> unapplied rows
    QMap<QString, qint64> backlogByTable;
    QMap<QString, QString> notCarriedTables; ///< table -> why its changes are not applied (translated)
    QMap<QString, qint64> notCarriedByTable; ///< table -> changes of this run not carried (the tables notCarried counts)
    QStringList lastErrors; ///< newest last, at most 20, each naming the table and key or the server
    /** Newest last, at most 20: what delta decided that people must see (a URL rewrite renamed for a clash). */
    QStringList lastNotices;
    QString fatalError; ///< why the loop stopped (Failed), with what to do
    QDateTime updated;

    /** The area a captured table belongs to on the panel: sales, quotes, customers, catalog, cms, reviews, ... */
    static QString areaOf(const QString& table);
    static QString stateName(State state);
    QJsonObject toJson() const;
};

/**
 * The delta apply loop: carries every change recorded by DeltaCapture on the Magento 1 database to the Magento 2
 * database until it is stopped.
 *
 * Each batch reads changes in sequence order after the mark (ChangeLogReader), re-reads the current source rows by
 * key and transforms them with the migration's own mapping (a TableApplier per source table: the Map step's plan
 * today, later steps plug in theirs), then in one destination transaction deletes what is gone (children first)
 * and upserts what is there (parents first, by the destination's foreign keys, checks on), and records the
 * applied sequence number in the destination table `cutover_delta_state`. A crash, a stop or a lost connection on
 * either side resumes from that mark: a batch is committed whole with its mark or not at all, and re-reading the
 * current row makes applying a change again harmless. After the commit the source's own mark is moved and the
 * applied change-log rows are purged in small chunks.
 *
 * A change that fails to apply (a constraint, a trigger, a handler) is logged with its table and key, counted, and
 * kept in `cutover_delta_retry` in the same transaction; the rest of the batch goes on and the change is tried
 * again after `retryIntervalMs`. A change log dropped by hand or any broken piece of capture stops the loop with
 * outcome Failed and a message that says to reinstall capture; it never runs on as if nothing had changed. A
 * server that cannot be reached is retried every few seconds (Reconnecting, with the error in lastErrors).
 * Before each batch the source's Threads_running is read; above `maxThreadsRunning` the loop waits (BackingOff).
 *
 * run() blocks: call it on a worker thread (DeltaSync does); it opens its connections on that thread. figures()
 * and the control's cancel may be used from any thread.
 */
class DeltaApplier
{
    Q_DECLARE_TR_FUNCTIONS(DeltaApplier)
public:
    struct Options
    {
        int batchSize = 1000; ///< change-log rows per batch
        int idleMs = 500; ///< wait when there is nothing to apply
        int maxThreadsRunning = 40; ///< back off above this many running threads on the source; 0 = never
        int backoffMs = 2000;
        int retryIntervalMs = 10'000; ///< a failed change is tried again after this long
        int reconnectDelayMs = 2000; ///< first wait after a lost connection; doubles up to 30 s
        int giveUpAfterSeconds = 0; ///< stop as Failed after servers were unreachable this long; 0 = never
        int purgeChunkRows = 5000;
        int gapGraceSeconds = 60; ///< see ChangeLogReader::Options
        bool once = false; ///< stop (Succeeded) when the backlog is empty instead of waiting for more
        /**
         * The parts of the store the migration left behind. Their tables' changes are not carried (a capture
         * installed before the choice still logs them). A quote left behind as old that Magento 1 changes again
         * comes back whole: its update brings its items, addresses, payment and rates (see adoptOrphans()).
         */
        OptionalAreas areas;
    };

    /** Makes the applier of a captured table, or null when this factory does not carry it. */
    using ApplierFactory = std::function<std::unique_ptr<TableApplier>(
        const QString& sourceTable, const QStringList& keyColumns, const StepContext& context)>;
    /** Called on the loop's thread at most ten times a second and at every state change. */
    using FiguresCallback = std::function<void(const DeltaFigures&)>;

    /** `env.dmt` and `env.handlers` must outlive the applier. */
    DeltaApplier(MigrationEnvironment env, Options options);

    /** A factory tried before the default ones and the Map step's (for tables of later steps). Call before run(). */
    void addApplierFactory(ApplierFactory factory) { m_factories << std::move(factory); }

    /**
     * The factories every apply loop uses after those of addApplierFactory() and before the Map step's: the
     * appliers of the Customer and Catalog steps' tables (StepAppliers), made from those steps' own plans. Made
     * anew at each connection, so that they plan with the attribute ids the databases hold then.
     */
    static QVector<ApplierFactory> defaultFactories(const QString& destinationPrefix);
    void setFiguresCallback(FiguresCallback callback) { m_callback = std::move(callback); }

    /**
     * Runs the loop until `control` is cancelled (after the current batch: Cancelled), the backlog is empty with
     * Options::once (Succeeded, or Failed when changes still wait for a retry), or a fatal fault (Failed, see
     * figures().fatalError). Never throws.
     */
    Outcome run(const RunControl& control);

    /** A snapshot; thread-safe. */
    DeltaFigures figures() const;

    /**
     * Changes Options::maxThreadsRunning while the loop runs (thread-safe): the next batch backs off, or stops
     * backing off, by the new limit; 0 never backs off.
     */
    void setMaxThreadsRunning(int limit);

    /** The destination tables of the loop's state (without prefix). */
    static QString stateTable() { return QStringLiteral("cutover_delta_state"); }
    static QString retryTable() { return QStringLiteral("cutover_delta_retry"); }

private:
    struct Session;
    struct BatchResult;

    void connect(Session& session);
    qint64 reconcileMark(Session& session);
    bool applyBatch(Session& session, const ChangeBatch& batch, bool retryAll);
    /** Reads Magento 1's foreign keys between carried tables, for adoptOrphans(). */
    void readAdoptions(Session& session);
    /**
     * Adds to `changes` the rows of carried tables that point at a row inserted in this batch (Magento 1's foreign
     * keys) and are not in it: a row left out before as an orphan (its parent was missing) is carried once the
     * parent exists, as a fresh migration would carry it. At most Options::batchSize rows per batch; a failed look-up
     * or the bound reached adds a message to `notices` and the batch goes on. Returns how many were added.
     *
     * An update of a quote that Magento 2 lacks (left behind as old, see Options::areas, and changed again in
     * Magento 1) counts as an insert here: its rows come with it.
     */
    qint64 adoptOrphans(Session& session, QVector<CapturedChange>& changes, QStringList& notices);
    /** The indexes in `changes` of the updated quotes that Magento 2 lacks, when old quotes are left behind. */
    QSet<int> revivedQuotes(Session& session, const QVector<CapturedChange>& changes, QStringList& notices);
    void refreshBacklog(Session& session, bool force = false);
    void publish(bool force = false);
    void addError(const QString& message);
    void addNotice(const QString& message);
    void setState(DeltaFigures::State state);
    QString fatalCaptureProblem();
    bool sleepFor(const RunControl& control, int ms);

    MigrationEnvironment m_env;
    Options m_options;
    std::atomic<int> m_maxThreadsRunning; ///< Options::maxThreadsRunning, changeable while running
    QVector<ApplierFactory> m_factories;
    FiguresCallback m_callback;
    QString m_sourceId;

    mutable QMutex m_mutex;
    DeltaFigures m_figures;
    QDateTime m_lastPublish;
    QVector<QPair<qint64, qint64>> m_rateSamples; ///< msecs since epoch, applied
};

} // namespace cutover

Q_DECLARE_METATYPE(cutover::DeltaFigures)
