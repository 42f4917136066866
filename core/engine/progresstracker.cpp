#include "engine/progresstracker.h"

#include <QMutexLocker>

namespace cutover {

ProgressTracker::ProgressTracker(Listener listener)
    : m_listener(std::move(listener))
{
}

void ProgressTracker::startStep(const QString& title, qint64 totalRows, int tables)
{
    QMutexLocker lock(&m_mutex);
    m_current = RunProgress {};
    m_current.step = title;
    m_current.total = totalRows;
    m_current.tablesTotal = tables;
    m_tables.clear();
    m_stepTimer.start();
    m_sinceEmit.invalidate();
    emitLocked(true);
}

void ProgressTracker::setTableTotal(const QString& table, qint64 rows)
{
    QMutexLocker lock(&m_mutex);
    m_tables[table].second = rows;
}

void ProgressTracker::addWork(const QString& table, qint64 rows)
{
    QMutexLocker lock(&m_mutex);
    m_tables[table] = { 0, rows };
    m_current.total += rows;
    ++m_current.tablesTotal;
    m_current.table = table;
    m_current.tableDone = 0;
    m_current.tableTotal = rows;
    emitLocked(true);
}

void ProgressTracker::addRows(const QString& table, qint64 rows)
{
    QMutexLocker lock(&m_mutex);
    auto& t = m_tables[table];
    t.first += rows;
    m_current.done += rows;
    // Rows that arrived after the total was counted (a live store): the totals grow with them, never below done.
    if (t.first > t.second) {
        m_current.total += t.first - t.second;
        t.second = t.first;
    }
    m_current.table = table;
    m_current.tableDone = t.first;
    m_current.tableTotal = t.second;
    emitLocked(false);
}

void ProgressTracker::tableFinished(const QString& table)
{
    QMutexLocker lock(&m_mutex);
    ++m_current.tablesFinished;
    m_current.table = table;
    const auto t = m_tables.value(table);
    m_current.tableDone = t.first;
    m_current.tableTotal = t.second;
    emitLocked(true);
}

RunProgress ProgressTracker::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_current;
}

void ProgressTracker::emitLocked(bool force)
{
    if (!force && m_sinceEmit.isValid() && m_sinceEmit.elapsed() < 100)
        return;
    m_sinceEmit.start();
    const double seconds = std::max<qint64>(1, m_stepTimer.elapsed()) / 1000.0;
    m_current.rowsPerSecond = m_current.done / seconds;
    // A rate measured on the first rows says little: ETA only once 1% is done.
    if (m_current.total > 0 && m_current.done * 100 >= m_current.total && m_current.rowsPerSecond > 0)
        m_current.etaSeconds = qint64(std::max<qint64>(0, m_current.total - m_current.done) / m_current.rowsPerSecond);
    else
        m_current.etaSeconds = -1;
    if (m_listener)
        m_listener(m_current);
}

} // namespace cutover
