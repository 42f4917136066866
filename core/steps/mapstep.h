#pragma once

#include "engine/step.h"
#include "steps/optionalareas.h"

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
 *
 * The optional areas the user leaves behind (OptionalAreas) are not copied: the reports and statistics tables are
 * skipped, old quotes are not read, and both are counted as skipped rows with the reason.
 */
class MapStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(MapStep)
public:
    explicit MapStep(OptionalAreas areas = {})
        : m_areas(std::move(areas))
    {
    }

    QString id() const override { return QStringLiteral("map"); }
    QString title() const override { return tr("Map step"); }

    /** The other step that moves `sourceTable` (translated), or empty when the Map step does. */
    static QString otherStepOf(const QString& sourceTable, const class DmtConfiguration& dmt);

protected:
    QList<TablePlan> plan(StepContext& context) override;
    /** Removes rows that point at nothing (Magento 1 orphans), counted as skipped: see planOrphans(). */
    void afterCopy(StepContext& context, StepReport& report) override;

private:
    /**
     * Magento 1 stores hold rows whose parent is gone (deleted with SQL or by an extension with foreign key checks
     * off). Cutover copies with checks off, so such rows would reach Magento 2 pointing at nothing, which Magento 2
     * fails on. For each foreign key of Magento 2 on a table of this step (except SET NULL ones) whose parent is a
     * table of this step or a Magento 1 table of the same name, the plan of the child says which source rows are
     * kept (keptSourceRowsCondition: its parent exists in Magento 1), and afterCopy() removes the others by key,
     * counted per table with the reason.
     */
    void planOrphans(StepContext& context, QList<TablePlan>& plans);

    struct OrphanRule
    {
        QString sourceTable; ///< without prefix
        QString destinationTable;
        QStringList sourceKey; ///< the child's primary key in Magento 1
        QStringList destinationKey; ///< the same columns in Magento 2
        QString kept; ///< SQL on the source table: true for rows whose parent exists in Magento 1
        QString reason; ///< translated
        std::function<QVariant(const QString&, const QVariant&)> keyValue; ///< TablePlan::destinationKeyValue
    };
    QList<OrphanRule> m_orphans;
    OptionalAreas m_areas;

    /** Skips the reports left behind and filters the old quotes, counting what they leave. */
    void planAreas(StepContext& context, QList<TablePlan>& plans) const;
};

} // namespace cutover
