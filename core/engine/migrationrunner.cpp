#include "engine/migrationrunner.h"

#include "log/log.h"

#include <QThread>
#include <QUuid>
#include <QtConcurrent>

#include <algorithm>

namespace cutover {

MigrationRunner::MigrationRunner(MigrationEnvironment environment, QObject* parent)
    : QObject(parent)
    , m_environment(std::move(environment))
{
    qRegisterMetaType<cutover::RunProgress>();
}

MigrationRunner::~MigrationRunner()
{
    if (m_future.isRunning()) {
        m_control.cancel();
        m_future.waitForFinished();
    }
}

void MigrationRunner::addStep(std::unique_ptr<Step> step)
{
    m_steps.push_back(std::move(step));
}

int MigrationRunner::defaultJobs()
{
    // The copy is mostly server-bound: more workers than cores only queue on the servers.
    return std::clamp(QThread::idealThreadCount(), 2, 8);
}

RunReport MigrationRunner::run()
{
    RunReport report;
    report.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    report.mode = m_mode;
    report.started = QDateTime::currentDateTime();
    auto log = logger("core.engine");
    log->info("run {} ({}) started with {} steps", report.runId.toStdString(), m_mode.toStdString(), m_steps.size());
    ProgressTracker tracker([this](const RunProgress& p) { Q_EMIT progressChanged(p); });
    report.outcome = Outcome::Succeeded;
    for (const auto& step : m_steps) {
        if (m_control.isCancelled()) {
            report.outcome = Outcome::Cancelled;
            break;
        }
        StepReport stepReport = step->run(m_environment, m_control, tracker);
        const Outcome outcome = stepReport.outcome;
        report.steps.push_back(std::move(stepReport));
        Q_EMIT stepFinished(step->id(), outcome);
        if (outcome == Outcome::Failed) {
            report.outcome = Outcome::Failed;
            report.message = report.steps.last().message;
            break;
        }
        if (outcome == Outcome::Cancelled) {
            report.outcome = Outcome::Cancelled;
            break;
        }
    }
    if (report.outcome == Outcome::Cancelled)
        report.message = tr("Cancelled. Run again to resume where it stopped, or reset the destination.");
    report.finished = QDateTime::currentDateTime();
    log->info("run {} ended: {}", report.runId.toStdString(), outcomeName(report.outcome).toStdString());
    return report;
}

VerifyReport MigrationRunner::verify(Verifier::Options options)
{
    Verifier verifier(m_environment, options);
    for (const auto& step : m_steps)
        verifier.addStep(step.get());
    ProgressTracker tracker([this](const RunProgress& p) { Q_EMIT progressChanged(p); });
    return verifier.run(m_control, &tracker);
}

QFuture<RunReport> MigrationRunner::start()
{
    m_future = QtConcurrent::run([this] { return run(); });
    return m_future;
}

} // namespace cutover
