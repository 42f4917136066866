#include "steps/logstep.h"

#include "copy/copyledger.h"
#include "db/database.h"
#include "error.h"
#include "mapping/dmtconfig.h"
#include "steps/mappedtable.h"

#include <QSqlQuery>

namespace cutover {

namespace {

constexpr qint64 exactCountLimit = 1'000'000; ///< above this many estimated rows, the estimate is reported

const GroupsConfig& logGroups(const DmtConfiguration* dmt)
{
    const GroupsConfig* groups = dmt ? dmt->groups(QStringLiteral("log_document_groups_file")) : nullptr;
    if (!groups)
        throw Error(LogStep::tr("The Data Migration Tool configuration has no log_document_groups_file; the Log step "
                                "needs its log-document-groups.xml. Add the option to config.xml."));
    return *groups;
}

const MapConfig& logMap(const DmtConfiguration* dmt)
{
    const MapConfig* map = dmt ? dmt->map(QStringLiteral("log_map_file")) : nullptr;
    if (!map)
        throw Error(LogStep::tr("The Data Migration Tool configuration has no log_map_file; the Log step needs its "
                                "map-log.xml. Add the option to config.xml."));
    return *map;
}

/**
 * Wraps the plan's transform (or the copy by position) so that values Magento 2 cannot hold are changed, and the
 * row counted as transformed: session ids longer than the destination's column (Magento 2.4 keeps a deprecated
 * one-character column) become NULL; a NOT NULL created_at without a value takes last_visit_at.
 */
void adaptVisitorValues(TablePlan& plan)
{
    const TableInfo& source = plan.job.source;
    const TableInfo& destination = plan.job.destination;
    const QStringList columns = plan.job.destinationColumns;
    const int session = int(columns.indexOf(QStringLiteral("session_id")));
    const ColumnInfo* sourceSession = source.column(QStringLiteral("session_id"));
    const ColumnInfo* destinationSession = destination.column(QStringLiteral("session_id"));
    const bool dropSession = session >= 0 && sourceSession && destinationSession
        && destinationSession->maxLength < sourceSession->maxLength;
    const int created = int(columns.indexOf(QStringLiteral("created_at")));
    const int lastVisit = int(columns.indexOf(QStringLiteral("last_visit_at")));
    const ColumnInfo* destinationCreated = destination.column(QStringLiteral("created_at"));
    const bool fillCreated = created >= 0 && lastVisit >= 0 && destinationCreated && !destinationCreated->nullable;
    if (!dropSession && !fillCreated)
        return;
    if (dropSession) {
        plan.carried.remove(QStringLiteral("session_id"));
        plan.warnings << LogStep::tr("Session ids are not carried: Magento 2's %1.session_id holds %2 character(s) "
                                     "and is no longer used; the rows that had one are counted as transformed.")
                             .arg(destination.name)
                             .arg(destinationSession->maxLength);
    }
    if (fillCreated) {
        for (auto it = plan.carried.begin(); it != plan.carried.end();) {
            if (it.value() == QLatin1String("created_at"))
                it = plan.carried.erase(it);
            else
                ++it;
        }
    }
    const int n = int(columns.size());
    std::function<RowTransform()> inner = plan.makeTransform;
    plan.makeTransform = [inner, n, session, dropSession, created, lastVisit, fillCreated]() -> RowTransform {
        RowTransform first = inner ? inner() : RowTransform {};
        return [first, n, session, dropSession, created, lastVisit, fillCreated](
                   const QVariantList& row, const QString& key) {
            RowResult result = first ? first(row, key) : RowResult { row.mid(0, n), {}, {}, false };
            if (!result.skipReason.isEmpty())
                return result;
            if (dropSession && !result.values.value(session).isNull()) {
                result.values[session] = QVariant();
                result.transformed = true;
            }
            if (fillCreated && result.values.value(created).isNull()) {
                result.values[created] = result.values.value(lastVisit);
                result.transformed = true;
            }
            return result;
        };
    };
}

} // namespace

QList<TablePlan> LogStep::plan(StepContext& context)
{
    if (!m_carryLogs)
        return {}; // afterCopy() reports what is left behind
    const GroupsConfig& groups = logGroups(context.env.dmt);
    const MapConfig& map = logMap(context.env.dmt);
    QList<TablePlan> plans;
    for (const QString& document : groups.documents(QStringLiteral("source_documents"))) {
        if (!context.sourceCatalog.hasTable(document)) {
            TablePlan skipped;
            skipped.job.source.name = document;
            skipped.job.destination.name = map.destinationDocument(document).value_or(document);
            skipped.skipReason = tr("Magento 1 has no table %1").arg(document);
            plans << skipped;
            continue;
        }
        TablePlan plan = planMappedTable(context, map, document, id(), CopyLedger::Existing::Replace);
        if (plan.skipReason.isEmpty())
            adaptVisitorValues(plan);
        plans << plan;
    }
    return plans;
}

void LogStep::afterCopy(StepContext& context, StepReport& report)
{
    const MigrationEnvironment& env = context.env;
    // Leaving the logs behind needs no map: a configuration without the log files must not stop the steps after.
    if (!m_carryLogs
        && (!env.dmt || !env.dmt->groups(QStringLiteral("log_document_groups_file"))
            || !env.dmt->map(QStringLiteral("log_map_file")))) {
        report.warnings << tr("The Data Migration Tool configuration names no log_document_groups_file or "
                              "log_map_file, so the visitor logs left behind were not measured.");
        return;
    }
    const GroupsConfig& groups = logGroups(env.dmt);
    const MapConfig& map = logMap(env.dmt);
    if (m_carryLogs) {
        // Then the tool empties the destination's own logs that the groups file names (none in the 1.9 files).
        Database dst(env.destination.profile, env.destination.password, QStringLiteral("destination"));
        for (const QString& document : groups.documents(QStringLiteral("destination_documents_to_clear"))) {
            TableReport table;
            table.sourceTable = document;
            table.destinationTable = document;
            table.started = QDateTime::currentDateTime();
            if (!context.destinationCatalog.hasTable(document)) {
                table.outcome = Outcome::Skipped;
                table.reason = tr("Magento 2 has no table %1 to clear").arg(document);
            } else {
                CopyLedger::ensureTables(dst);
                const qint64 rows
                    = dst.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(dst.table(document))).toLongLong();
                CopyLedger::startJob(
                    dst, QStringLiteral("log/clear/") + document, document, CopyLedger::Existing::Replace);
                dst.exec(QStringLiteral("DELETE FROM %1").arg(dst.table(document)));
                table.outcome = Outcome::Succeeded;
                table.reason = tr("emptied as log-document-groups.xml asks (%n row(s) backed up)", "", int(rows));
            }
            table.finished = QDateTime::currentDateTime();
            report.tables << table;
        }
        return;
    }

    // Logs left behind: what they hold and weigh, so that the user can decide.
    Database src(env.source.profile, env.source.password, QStringLiteral("source"));
    qint64 totalRows = 0;
    qint64 totalBytes = 0;
    bool estimated = false;
    for (const QString& document : groups.documents(QStringLiteral("source_documents"))) {
        TableReport table;
        table.sourceTable = document;
        table.destinationTable = map.destinationDocument(document).value_or(document);
        table.started = QDateTime::currentDateTime();
        table.outcome = Outcome::Skipped;
        if (!context.sourceCatalog.hasTable(document)) {
            table.reason = tr("Magento 1 has no table %1").arg(document);
        } else {
            const Size size = sizeOf(src, document);
            const qint64 rows = size.rows;
            const qint64 bytes = size.bytes;
            if (size.estimated) {
                table.totalIsEstimate = true;
                estimated = true;
            }
            table.rowsTotal = rows;
            table.skipped[tr("visitor logs are left behind unless the run carries logs")] = rows;
            table.reason = tr("%1 rows left behind (%2 MB); carry them with --with-logs (or \"Visitor logs\" on the "
                              "Settings and data page)")
                               .arg(rows)
                               .arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1));
            totalRows += rows;
            totalBytes += bytes;
        }
        table.finished = QDateTime::currentDateTime();
        report.tables << table;
    }
    const QString megabytes = QString::number(double(totalBytes) / (1024.0 * 1024.0), 'f', 1);
    report.warnings << (estimated ? tr("About %1 rows of visitor logs left behind (%2 MB); carry them with --with-logs "
                                       "(or \"Visitor logs\" on the Settings and data page)")
                                  : tr("%1 rows of visitor logs left behind (%2 MB); carry them with --with-logs (or "
                                       "\"Visitor logs\" on the Settings and data page)"))
                           .arg(totalRows)
                           .arg(megabytes);
}

LogStep::Size LogStep::sizeOf(Database& src, const QString& table)
{
    Size size;
    QSqlQuery info = src.query(QStringLiteral("SELECT COALESCE(TABLE_ROWS, 0), COALESCE(DATA_LENGTH, 0) + "
                                              "COALESCE(INDEX_LENGTH, 0) FROM information_schema.TABLES WHERE "
                                              "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %1")
                                   .arg(Database::quoteString(src.profile().table(table))));
    if (!info.next())
        return size;
    size.present = true;
    size.rows = info.value(0).toLongLong();
    size.bytes = info.value(1).toLongLong();
    if (size.rows > exactCountLimit)
        size.estimated = true;
    else
        size.rows = src.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(src.table(table))).toLongLong();
    return size;
}

} // namespace cutover
