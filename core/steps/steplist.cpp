#include "steps/steplist.h"

#include "steps/catalogstep.h"
#include "steps/configurablepricesstep.h"
#include "steps/customerstep.h"
#include "steps/eavstep.h"
#include "steps/inventorystep.h"
#include "steps/logstep.h"
#include "steps/mapstep.h"
#include "steps/ratingsstep.h"
#include "steps/salesgridsstep.h"
#include "steps/salesincrementstep.h"
#include "steps/settingsstep.h"
#include "steps/tierpricestep.h"
#include "steps/urlrewritestep.h"

namespace cutover {

std::vector<std::unique_ptr<Step>> migrationSteps(StepSet set, const StepOptions& options)
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
        steps.push_back(std::make_unique<MapStep>(options.areas));
        {
            auto rewrites = std::make_unique<UrlRewriteStep>();
            rewrites->setClashRule(options.urlClash);
            steps.push_back(std::move(rewrites));
        }
        steps.push_back(std::make_unique<LogStep>(options.areas.visitorLogs));
        steps.push_back(std::make_unique<RatingsStep>());
        steps.push_back(std::make_unique<ConfigurablePricesStep>());
        steps.push_back(std::make_unique<SalesGridsStep>());
        steps.push_back(std::make_unique<TierPriceStep>());
        steps.push_back(std::make_unique<SalesIncrementStep>());
        // After the Map step's stock items: Magento 2's inventory source items are built from them.
        steps.push_back(std::make_unique<InventoryStep>());
        break;
    }
    return steps;
}

QJsonObject StepOptions::toJson() const
{
    return QJsonObject { { QStringLiteral("urlClash"), UrlRewriteStep::clashRuleName(urlClash) },
        { QStringLiteral("areas"), areas.toJson() } };
}

StepOptions StepOptions::fromJson(const QJsonObject& json)
{
    StepOptions options;
    if (const auto rule = UrlRewriteStep::clashRuleFromName(json.value(QStringLiteral("urlClash")).toString()))
        options.urlClash = *rule;
    options.areas = OptionalAreas::fromJson(json.value(QStringLiteral("areas")).toObject());
    return options;
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
