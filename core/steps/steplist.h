#pragma once

#include "engine/step.h"

#include <memory>
#include <vector>

namespace cutover {

/** The two modes of a migration, as the Data Migration Tool's config.xml names them. */
enum class StepSet {
    Settings, ///< core_config_data, websites, store groups, stores
    Data, ///< everything else: EAV, customers, the Map step, URL rewrites, grids, sequences...
};

/**
 * The steps of a mode in the order they must run (the Data Migration Tool's order). One list for the CLI, the
 * wizard, the verifier and the benchmarks, so that a new step is registered once.
 */
std::vector<std::unique_ptr<Step>> migrationSteps(StepSet set);

/** "settings" or "data" to a StepSet; nullopt for anything else. */
std::optional<StepSet> stepSetFromName(const QString& name);

} // namespace cutover
