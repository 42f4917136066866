#include "runrecords.h"

#include "error.h"
#include "log/log.h"

#include <QtConcurrent>

namespace cutover::ui {

void recordRunInBackground(const QString& path, const RunRecord& run)
{
    if (path.isEmpty())
        return;
    (void)QtConcurrent::run([path, run]() {
        try {
            Project::recordRun(path, run);
        } catch (const Error& e) {
            logger("wizard")->warn("the run \"{}\" was not recorded in {}: {}", run.command.toStdString(),
                path.toStdString(), e.message().toStdString());
        }
    });
}

RunOutcome runOutcomeOf(Outcome outcome)
{
    return outcome == Outcome::Succeeded ? RunOutcome::Succeeded
                                         : (outcome == Outcome::Cancelled ? RunOutcome::Cancelled : RunOutcome::Failed);
}

RunRecord runRecord(const QString& command, const QDateTime& started, RunOutcome outcome, const QString& summary,
    const QJsonObject& details)
{
    RunRecord run;
    run.command = command;
    run.started = started.toUTC();
    run.finished = QDateTime::currentDateTimeUtc();
    run.outcome = outcome;
    run.summary = summary;
    run.details = details;
    return run;
}

} // namespace cutover::ui
