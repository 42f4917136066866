#pragma once

#include "engine/step.h"

namespace cutover {

/**
 * The Data Migration Tool's Log step, optional: Magento 1's visitor log (the documents of the group
 * source_documents in log-document-groups.xml, log_visitor) carried into Magento 2's customer_visitor through
 * map-log.xml (renamed, last_url_id and store_id ignored, first_visit_at moved to created_at, customer_id left
 * empty as the map's destination side says), the destination table emptied first (after its backup in the
 * CopyLedger), as the tool does; then the documents of destination_documents_to_clear are emptied.
 *
 * Visitor logs are usually the largest tables of a Magento 1 store and of no use to Magento 2 (the tool's issues
 * #213 and #735; merchants clean them with Magento 1's log cleaning before a migration), so by default the step
 * carries nothing and reports what it left behind: "N rows of visitor logs left behind (X MB); run with logs to
 * carry them", the size read from information_schema. Constructed with carryLogs = true, it copies them through
 * the engine's parallel, resumable copier (progress, pause, cancel), counting the rows whose values it changed:
 * session ids (Magento 2.4 keeps a one-character, unused column), visits without a first visit time (created_at
 * taken from last_visit_at).
 */
class LogStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(LogStep)
public:
    explicit LogStep(bool carryLogs = false)
        : m_carryLogs(carryLogs)
    {
    }

    QString id() const override { return QStringLiteral("log"); }
    QString title() const override { return tr("Log step"); }

    bool carriesLogs() const { return m_carryLogs; }

    /** What a visitor log table holds and weighs on Magento 1. */
    struct Size
    {
        bool present = false; ///< the table exists
        qint64 rows = 0;
        qint64 bytes = 0; ///< data and indexes
        bool estimated = false; ///< rows is the server's estimate (past a million rows a count would take long)
    };
    /** Measures `table` (without prefix; Magento 1's log_visitor by default) over `src`. Throws cutover::Error. */
    static Size sizeOf(Database& src, const QString& table = QStringLiteral("log_visitor"));

protected:
    QList<TablePlan> plan(StepContext& context) override;
    void afterCopy(StepContext& context, StepReport& report) override;

private:
    bool m_carryLogs = false;
};

} // namespace cutover
