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


} // namespace cutover::ui
