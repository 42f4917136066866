#pragma once

#include "copy/runcontrol.h"
#include "engine/progresstracker.h"
#include "engine/step.h"
#include "engine/verifier.h"
#include "report/runreport.h"

#include <QFuture>
#include <QObject>

#include <memory>
#include <vector>

namespace cutover {

/**
 * Runs a plan of steps, one after the other, each copying its tables on up to `jobs` worker threads.
 *
 * run() blocks the calling thread; start() runs it with QtConcurrent and returns the future (the UI watches it
 * with a QFutureWatcher). pause(), resume() and cancel() may be called from any thread and take effect between
 * batches. progressChanged is emitted from worker threads at most ten times a second (connect with a queued
 * connection in the UI, a direct one on the command line). Every run ends in exactly one of Succeeded,
 * Cancelled, Failed; a failed or cancelled run resumes where it stopped when run again on the same destination.
 *
 * Before the first step, the destination is checked: a store in use (customers or orders that Cutover did not
 * write) is written to only once the user confirmed with its name (setConfirmedDestination()).
 *
 * The destructor cancels a running run and waits for it, so no worker outlives the runner.
 */
class MigrationRunner : public QObject
{
    Q_OBJECT
public:
    MigrationRunner(MigrationEnvironment environment, QObject* parent = nullptr);
    ~MigrationRunner() override;

    /** Adds a step to the plan; the runner owns it. Not while running. */
    void addStep(std::unique_ptr<Step> step);
    /** The run's mode name in the report ("settings", "data"). */
    void setMode(const QString& mode) { m_mode = mode; }
    /** A flag (the CLI's Ctrl+C) that cancels the run as well; it must outlive the runner. */
    void setExternalCancelFlag(const std::atomic<bool>* flag) { m_control.setExternalCancelFlag(flag); }

    /**
     * The destination database's name as the user typed it to confirm replacing a store in use (see
     * DestinationContents). Without it (or with a wrong name), run() into a destination that already has customers
     * or orders Cutover did not write fails before writing anything, with a message that says how to confirm.
     */
    void setConfirmedDestination(const QString& typedName) { m_confirmedDestination = typedName; }

    RunReport run();
    QFuture<RunReport> start();

    /**
     * Verifies what the plan's steps carried (see Verifier), on the calling thread, with the run's pause and cancel
     * and progress signals. Call it after run() succeeded; not while running.
     */
    VerifyReport verify(Verifier::Options options = {});

    void pause() { m_control.pause(); }
    void resume() { m_control.resume(); }
    void cancel() { m_control.cancel(); }
    bool isPaused() const { return m_control.isPaused(); }

    /** Tables copied at once by default: the core count, between 2 and 8. */
    static int defaultJobs();

Q_SIGNALS:
    void progressChanged(const cutover::RunProgress& progress);
    void stepFinished(const QString& stepId, cutover::Outcome outcome);

private:
    /** False (with the report's message set) when the destination is a store in use that was not confirmed. */
    bool destinationConfirmed(RunReport& report) const;

    MigrationEnvironment m_environment;
    std::vector<std::unique_ptr<Step>> m_steps;
    QString m_mode;
    QString m_confirmedDestination;
    RunControl m_control;
    QFuture<RunReport> m_future;
};

} // namespace cutover
