#pragma once

#include "engine/step.h"

namespace cutover {

/**
 * The Data Migration Tool's Ratings step: Magento 1 shows a rating in the store views its rating_store rows name;
 * Magento 2 also needs rating.is_active, which map.xml sets to 0 when the Map step copies the ratings. This step
 * makes active every migrated rating that Magento 1 shows in at least one store view (a rating_store row with a
 * store id above 0) and leaves the others inactive, counting them with the reason.
 *
 * Runs on the runner's thread after the Map step; plan() copies nothing, afterCopy() does the work (one UPDATE,
 * rerunnable).
 */
class RatingsStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(RatingsStep)
public:
    QString id() const override { return QStringLiteral("ratings"); }
    QString title() const override { return tr("Ratings step"); }

protected:
    QList<TablePlan> plan(StepContext& context) override;
    void afterCopy(StepContext& context, StepReport& report) override;
};

} // namespace cutover
