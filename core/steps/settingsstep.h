#pragma once

#include "engine/step.h"

namespace cutover {

/**
 * The Data Migration Tool's settings mode: core_config_data through settings.xml (ignored paths are skipped,
 * renamed paths renamed, value handlers run; rows are upserted by scope, scope id and path, so Magento 2's own
 * settings stay unless Magento 1 has the same one), then websites, store groups and stores through
 * map-stores.xml (core_website -> store_website, core_store_group -> store_group, core_store -> store).
 * A path whose handler cannot run (Encrypt without the stores' encryption keys) is skipped and counted with the reason.
 */
class SettingsStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStep)
public:
    QString id() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("Settings step"); }

protected:
    QList<TablePlan> plan(StepContext& context) override;
};

} // namespace cutover
