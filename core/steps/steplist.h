#pragma once

#include "engine/step.h"
#include "steps/optionalareas.h"
#include "steps/urlrewritestep.h"

#include <memory>
#include <vector>

namespace cutover {

/** The two modes of a migration, as the Data Migration Tool's config.xml names them. */
enum class StepSet {
    Settings, ///< core_config_data, websites, store groups, stores
    Data, ///< everything else: EAV, customers, the Map step, URL rewrites, grids, sequences...
};

/** The choices a user makes about how steps treat their data (command line flags, wizard controls). */
struct StepOptions
{
    /** Two rewrites with the same request path and store view: rename the later one, or keep only the first. */
    UrlRewriteStep::ClashRule urlClash = UrlRewriteStep::ClashRule::RenameWithSuffix;
    /** The parts of the store left behind: visitor logs (by default), reports and statistics, old quotes. */
    OptionalAreas areas;

    /** For the project file: {"urlClash": "rename", "areas": {...}}. */
    QJsonObject toJson() const;
    /** Missing or unknown values keep the defaults, so that an older project file loads. */
    static StepOptions fromJson(const QJsonObject& json);

    friend bool operator==(const StepOptions&, const StepOptions&) = default;
};

/**
 * The steps of a mode in the order they must run (the Data Migration Tool's order). One list for the CLI, the
 * wizard, the verifier and the benchmarks, so that a new step is registered once.
 */
std::vector<std::unique_ptr<Step>> migrationSteps(StepSet set, const StepOptions& options = {});

/** "settings" or "data" to a StepSet; nullopt for anything else. */
std::optional<StepSet> stepSetFromName(const QString& name);

} // namespace cutover
