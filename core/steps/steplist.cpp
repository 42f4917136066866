#include "steps/steplist.h"

#include "steps/catalogstep.h"
#include "steps/customerstep.h"
#include "steps/eavstep.h"
#include "steps/mapstep.h"
#include "steps/ratingsstep.h"
#include "steps/salesgridsstep.h"
#include "steps/salesincrementstep.h"
#include "steps/settingsstep.h"
#include "steps/urlrewritestep.h"

namespace cutover {

std::vector<std::unique_ptr<Step>> migrationSteps(StepSet set)
{
    std::vector<std::unique_ptr<Step>> steps;
    switch (set) {
    case StepSet::Settings:
        steps.push_back(std::make_unique<SettingsStep>());
        break;
    case StepSet::Data:
        // The Data Migration Tool's order: attributes before the values that name them, the Map step's CMS pages
        // and orders before the rewrites, grids and sequences built from them.
        steps.push_back(std::make_unique<EavStep>());
        steps.push_back(std::make_unique<CatalogStep>());
        steps.push_back(std::make_unique<CustomerStep>());
        steps.push_back(std::make_unique<MapStep>());
        steps.push_back(std::make_unique<UrlRewriteStep>());
        steps.push_back(std::make_unique<RatingsStep>());
        steps.push_back(std::make_unique<SalesGridsStep>());
        steps.push_back(std::make_unique<SalesIncrementStep>());
        break;
    }
    return steps;
}

std::optional<StepSet> stepSetFromName(const QString& name)
{
    if (name == QLatin1String("settings"))
        return StepSet::Settings;
    if (name == QLatin1String("data"))
        return StepSet::Data;
    return std::nullopt;
}

} // namespace cutover
