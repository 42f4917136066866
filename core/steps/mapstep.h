#pragma once

#include "engine/step.h"

namespace cutover {

/**
 * The Data Migration Tool's Map step: every source table that map.xml carries over one-to-one or with renames,
 * moved and ignored fields and handlers (sales, quotes, CMS, reviews, newsletter, tax, rules and the rest),
 * each destination table emptied first (after its backup, see CopyLedger) as the tool does.
 *
 * Every source table appears in the report: tables of the tool's other steps (EAV, customer attributes, URL
 * rewrites, logs, tier prices, stores, settings, sales sequences) are skipped with "handled by the X step (not
 * yet built)" until those steps exist; tables map.xml ignores, tables without a destination and tables whose
 * handlers Cutover cannot run yet are skipped with that reason. Nothing passes silently.
 */
class MapStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(MapStep)
public:
    QString id() const override { return QStringLiteral("map"); }
    QString title() const override { return tr("Map step"); }

    /** The other step that moves `sourceTable` (translated), or empty when the Map step does. */
    static QString otherStepOf(const QString& sourceTable, const class DmtConfiguration& dmt);

protected:
    QList<TablePlan> plan(StepContext& context) override;
};

} // namespace cutover
