#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMetaType>
#include <QMutex>
#include <QString>

#include <functional>

namespace cutover {

/** A snapshot of a run's progress, as the UI shows it. */
struct RunProgress
{
    QString step; ///< translated title of the running step
    QString table; ///< the table that last moved
    qint64 done = 0; ///< rows of the step
    qint64 total = 0;
    qint64 tableDone = 0;
    qint64 tableTotal = 0;
    double rowsPerSecond = 0;
    qint64 etaSeconds = -1; ///< -1 until 1% is done
    int tablesFinished = 0;
    int tablesTotal = 0;
};

/**
 * Counts rows done per step and table from several worker threads and calls the listener at most ten times a
 * second (and once at each table's end), with rate and ETA once 1% is done. Thread-safe; the listener is called
 * on whichever worker thread moved last, one call at a time.
 */
class ProgressTracker
{
public:
    using Listener = std::function<void(const RunProgress&)>;

    explicit ProgressTracker(Listener listener = {});

    void startStep(const QString& title, qint64 totalRows, int tables);
    void setTableTotal(const QString& table, qint64 rows);
    /** A table of work found after the step started (a step's own work after its copy): adds it to the totals. */
    void addWork(const QString& table, qint64 rows);
    void addRows(const QString& table, qint64 rows);
    void tableFinished(const QString& table);

    RunProgress snapshot() const;

private:
    void emitLocked(bool force);

    mutable QMutex m_mutex;
    Listener m_listener;
    RunProgress m_current;
    QHash<QString, QPair<qint64, qint64>> m_tables; ///< done, total
    QElapsedTimer m_stepTimer;
    QElapsedTimer m_sinceEmit;
};

} // namespace cutover

Q_DECLARE_METATYPE(cutover::RunProgress)
