#pragma once

#include "project/project.h"
#include "report/runreport.h"

namespace cutover::ui {

/**
 * Appends `run` (started now or earlier, finished now) to the project file at `path` on a worker thread, as
 * cutover-cli's commands record theirs, so that the overview and the migration report show what the wizard did. The
 * file's lock may be held for a moment by another Cutover: the GUI thread never waits on it. A run that cannot be
 * recorded is logged; the run itself is over and shown on its page.
 */
void recordRunInBackground(const QString& path, const RunRecord& run);

/** The project's word for a run's outcome. */
RunOutcome runOutcomeOf(Outcome outcome);


} // namespace cutover::ui
