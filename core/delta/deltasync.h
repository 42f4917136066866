#pragma once

#include "delta/deltaapplier.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace cutover {

/**
 * The delta apply loop as a service for the wizard's live panel: start() runs a DeltaApplier on a thread of its
 * own, figuresChanged() reports its figures (queued to the owner's thread, at most ten times a second), stop()
 * asks it to stop after the current batch, finished() says how it ended. The destructor stops and waits, so the
 * thread never outlives its owner. Use from one thread (the one that owns the object).
 */
class DeltaSync : public QObject
{
    Q_OBJECT
public:
    explicit DeltaSync(QObject* parent = nullptr);
    ~DeltaSync() override;

    /**
     * Starts the loop with `env` (its dmt and handlers must outlive the run) unless one is running. `factories`
     * are added to the applier before it starts.
     */
    void start(const MigrationEnvironment& env, const DeltaApplier::Options& options,
        const QVector<DeltaApplier::ApplierFactory>& factories = {});
    /** Asks the loop to stop after the current batch; finished() follows. */
    void stop();
    /** stop() and wait until the thread has ended. */
    void stopAndWait();
    bool isRunning() const;
    /** DeltaApplier::setMaxThreadsRunning() of the running loop; the next start() takes its options' value. */
    void setMaxThreadsRunning(int limit);
    /** The latest figures (a snapshot of the running applier, or of the last run). */
    DeltaFigures figures() const;

Q_SIGNALS:
    void figuresChanged(const cutover::DeltaFigures& figures);
    void finished(int outcome, const QString& message);

private:
    std::unique_ptr<DeltaApplier> m_applier;
    std::unique_ptr<RunControl> m_control;
    QThread* m_thread = nullptr;
};

} // namespace cutover
