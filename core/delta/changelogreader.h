#pragma once

#include "delta/deltacapture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace cutover {

class Database;

/** One change to apply: a key of a table, with the last operation recorded for it in the batch. */
struct CapturedChange
{
    enum class Operation { Insert, Update, Delete };

    qint64 seq = 0; ///< the last change row for this key in the batch; changes are ordered by it
    qint64 firstSeq = 0; ///< the first change row for this key in the batch
    QString table; ///< without prefix
    Operation operation = Operation::Update;
    QVariantList key; ///< values in the order of ChangeLogReader::keyColumns(table)
    QDateTime changedAt; ///< of the last change
    int merged = 1; ///< how many change rows this one stands for
    bool inserted = false; ///< an insert is among the change rows it stands for (operation is the last one's)
    /** Not from the log: a row that points at a row inserted in the batch (DeltaApplier::adoptOrphans()). */
    bool adopted = false;
};

/** What ChangeLogReader::next() returns. */
struct ChangeBatch
{
    QVector<CapturedChange> changes; ///< coalesced, ordered by seq
    qint64 lastSeq = 0; ///< the highest seq read: pass it to markApplied() once the batch is applied
    int rows = 0; ///< change rows read, before coalescing
    /**
     * True when the batch stopped before a missing seq that is younger than the grace period: a transaction on
     * the store got that number and has not committed yet. Reading again later picks its change up.
     */
    bool waitingForGap = false;
};

/**
 * Reads the change log that DeltaCapture installed, for the apply loop: batches of changes in sequence order,
 * the applied mark, purging, backlog and lag.
 *
 * Sequence numbers come from AUTO_INCREMENT, handed out when a row is written but visible only when its
 * transaction commits, so a later number can show up first. The reader therefore stops before a missing number
 * until the row after the gap is older than `gapGraceSeconds` (by then the number was rolled back, not pending).
 * next() does not move anything: the same batch comes back until markApplied() is called, so a crash between
 * applying and marking applies a batch twice, never zero times (the apply loop re-reads source rows, so applying
 * twice is harmless).
 *
 * Runs on the thread that owns `db`; the reader keeps a reference to it and must not outlive it.
 */
class ChangeLogReader
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLogReader)
public:
    struct Options
    {
        int batchSize = 1000; ///< change rows per batch, before coalescing
        int gapGraceSeconds = 60; ///< longer than innodb_lock_wait_timeout's default of 50 s
    };

    /**
     * Opens the reader over the connection's database and prefix. Throws cutover::Error when capture is not
     * installed or its change log or meta table is missing, saying what happened and that delta install repairs
     * it: the apply loop never runs as if nothing changed when changes cannot be known.
     */
    explicit ChangeLogReader(Database& db);
    ChangeLogReader(Database& db, Options options);

    /** Up to batchSize change rows after the applied mark, coalesced per key (the last operation wins). */
    ChangeBatch next();
    /**
     * The same after `after` instead of the source's applied mark: for the apply loop, whose own mark lives in
     * the destination (in the transaction of its writes) and may be ahead of the source's.
     */
    ChangeBatch next(qint64 after);

    /** Records that every change up to `seq` was applied. A lower value than the current mark is ignored. */
    void markApplied(qint64 seq);
    qint64 appliedSeq();

    /**
     * Deletes change rows up to min(upTo, applied mark) in chunks of `chunkRows`, each its own statement so that
     * no long lock is held on the store's hot path. Returns the rows deleted.
     */
    qint64 purge(qint64 upTo, int chunkRows = 5000);

    /** Unapplied changes per table, most first. */
    QVector<TableBacklog> backlog();
    /** Seconds between now and the oldest unapplied change; 0 when there is none. */
    double lagSeconds();

    /** The key columns of a captured table, as install recorded them; empty for a table not captured. */
    QStringList keyColumns(const QString& table) const { return m_keyColumns.value(table); }
    QStringList tables() const { return m_keyColumns.keys(); }

private:
    void requireLog();

    Database& m_db;
    Options m_options;
    QString m_log; ///< quoted
    QString m_meta; ///< quoted
    QHash<QString, QStringList> m_keyColumns;
};

} // namespace cutover
