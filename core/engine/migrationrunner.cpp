#include "engine/migrationrunner.h"

#include "db/database.h"
#include "engine/destinationcontents.h"
#include "error.h"
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
    if (!destinationConfirmed(report)) {
        report.outcome = Outcome::Failed;
        report.finished = QDateTime::currentDateTime();
        log->warn("run {} refused: {}", report.runId.toStdString(), report.message.toStdString());
        return report;
    }
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

bool MigrationRunner::destinationConfirmed(RunReport& report) const
{
    const ConnectionProfile& profile = m_environment.destination.profile;
    try {
        Database destination(profile, m_environment.destination.password, QStringLiteral("destination"));
        Database source(m_environment.source.profile, m_environment.source.password, QStringLiteral("source"));
        const DestinationContents contents = DestinationContents::read(destination, &source);
        if (!contents.inUse())
            return true;
        const QString replaced = contents.describe().join(QStringLiteral(", "));
        if (m_confirmedDestination.trimmed() == profile.database) {
            report.warnings << tr("The destination %1 was a store in use (%2); you confirmed replacing it. Those rows "
                                  "are kept in Cutover's backup tables and come back with a reset.")
                                   .arg(profile.displayName(), replaced);
            return true;
        }
        report.message = contents.inUseMessage(profile.displayName());
        if (!m_confirmedDestination.isEmpty())
            report.message += QLatin1Char(' ')
                + tr("The name given, %1, is not the destination database's name, %2.")
                      .arg(m_confirmedDestination, profile.database);
        return false;
    } catch (const Error& e) {
        report.message
            = tr("Could not check what the destination %1 holds: %2").arg(profile.displayName(), e.message());
        return false;
    }
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
