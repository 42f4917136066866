#pragma once

#include <QThread>

#include <atomic>

namespace cutover {

/**
 * Pause and cancel flags shared by the owner of a run and its workers. Workers call checkpoint() between batches,
 * never inside one, so a cancelled batch rolls back whole. Thread-safe.
 */
class RunControl
{
public:
    void cancel() { m_cancelled = true; }
    void pause() { m_paused = true; }
    void resume() { m_paused = false; }
    bool isCancelled() const { return m_cancelled || (m_externalCancel && m_externalCancel->load()); }
    bool isPaused() const { return m_paused; }

    /** A flag (e.g. the CLI's Ctrl+C flag) that cancels too. It must outlive this object. */
    void setExternalCancelFlag(const std::atomic<bool>* flag) { m_externalCancel = flag; }

    /** Waits while paused. Returns false when the run is cancelled (also while paused). */
    bool checkpoint() const
    {
        while (m_paused && !isCancelled())
            QThread::msleep(50);
        return !isCancelled();
    }

private:
    std::atomic<bool> m_cancelled { false };
    std::atomic<bool> m_paused { false };
    const std::atomic<bool>* m_externalCancel = nullptr;
};

} // namespace cutover
