#include "engine/step.h"

#include "db/database.h"
#include "engine/migrationrunner.h"
#include "engine/progresstracker.h"
#include "error.h"
#include "log/log.h"

#include <QFuture>
#include <QSqlQuery>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>

namespace cutover {

WorkProgress::WorkProgress(const StepContext& context, QString name, qint64 total)
    : m_tracker(context.progress)
    , m_name(std::move(name))
{
    if (m_tracker)
        m_tracker->addWork(m_name, total);
}

WorkProgress::~WorkProgress()
{
    if (m_tracker)
        m_tracker->tableFinished(m_name);
}

void WorkProgress::add(qint64 rows)
{
    if (m_tracker && rows > 0)
        m_tracker->addRows(m_name, rows);
}

namespace {

// Rows of each table: exact COUNT(*) up to a million estimated rows (cheap on InnoDB at that size), the
// information_schema estimate above, flagged as an estimate in the report.
constexpr qint64 exactCountLimit = 1'000'000;

QPair<qint64, bool> countRows(Database& db, const QString& table)
{
    const qint64 estimate = db.scalar(QStringLiteral("SELECT COALESCE(TABLE_ROWS, 0) FROM information_schema.TABLES "
                                                     "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %1")
                                          .arg(Database::quoteString(db.profile().table(table))))
                                .toLongLong();
    if (estimate > exactCountLimit)
        return { estimate, true };
    return { db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(db.table(table))).toLongLong(), false };
}

} // namespace

StepReport Step::run(const MigrationEnvironment& env, const RunControl& control, ProgressTracker& progress)
{
    StepReport report;
    report.id = id();
    report.title = title();
    report.started = QDateTime::currentDateTime();
    auto log = logger("core.engine");
    try {
        SchemaCatalog sourceCatalog;
        SchemaCatalog destinationCatalog;
        QList<TablePlan> plans;
        {
            Database src(env.source.profile, env.source.password, QStringLiteral("source"));
            Database dst(env.destination.profile, env.destination.password, QStringLiteral("destination"));
            sourceCatalog = SchemaCatalog::read(src);
            destinationCatalog = SchemaCatalog::read(dst);
            StepContext context { env, sourceCatalog, destinationCatalog, control, &progress };
            plans = plan(context);
            for (TablePlan& p : plans) {
                if (!p.skipReason.isEmpty())
                    continue;
                // A copy of some rows only counts those: exactly, as the rows left behind were counted.
                if (!p.job.sourceCondition.isEmpty())
                    p.rowsTotal = src.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2")
                                                 .arg(src.table(p.job.source.name), p.job.sourceCondition))
                                      .toLongLong();
                else
                    std::tie(p.rowsTotal, p.totalIsEstimate) = countRows(src, p.job.source.name);
            }
        }
        // Big tables first, so that the last worker does not start the longest table.
        std::stable_sort(plans.begin(), plans.end(),
            [](const TablePlan& a, const TablePlan& b) { return a.rowsTotal > b.rowsTotal; });
        qint64 totalRows = 0;
        int copies = 0;
        for (const TablePlan& p : plans) {
            if (p.skipReason.isEmpty()) {
                totalRows += p.rowsTotal;
                ++copies;
            }
        }
        progress.startStep(report.title, totalRows, copies);

        StepReportCollector collector(report);
        QThreadPool pool;
        pool.setMaxThreadCount(std::max(1, env.jobs > 0 ? env.jobs : MigrationRunner::defaultJobs()));
        QList<QFuture<void>> running;
        for (const TablePlan& p : plans) {
            if (!p.skipReason.isEmpty()) {
                TableReport skipped;
                skipped.sourceTable = p.job.source.name;
                skipped.destinationTable = p.job.destination.name;
                skipped.outcome = Outcome::Skipped;
                skipped.reason = p.skipReason;
                for (auto it = p.leftBehind.cbegin(); it != p.leftBehind.cend(); ++it) {
                    skipped.skipped[it.key()] += it.value();
                    skipped.rowsTotal += it.value();
                }
                skipped.totalIsEstimate = p.totalIsEstimate;
                for (const QString& w : p.warnings)
                    skipped.addWarning(w);
                collector.add(std::move(skipped));
                continue;
            }
            running << QtConcurrent::run(&pool, [&env, &control, &progress, &collector, p]() {
                TableReport table;
                progress.setTableTotal(p.job.source.name, p.rowsTotal);
                // Exceptions never leave the worker: the copier reports its own; anything else is caught here.
                try {
                    if (control.isCancelled()) {
                        table.sourceTable = p.job.source.name;
                        table.destinationTable = p.job.destination.name;
                        table.outcome = Outcome::Cancelled;
                    } else {
                        CopyJob job = p.job;
                        if (p.makeTransform)
                            job.transform = p.makeTransform();
                        TableCopier copier(env.source, env.destination, env.copyOptions);
                        table
                            = copier.run(job, control, [&](qint64 rows) { progress.addRows(p.job.source.name, rows); });
                    }
                } catch (const Error& e) {
                    table.sourceTable = p.job.source.name;
                    table.destinationTable = p.job.destination.name;
                    table.outcome = Outcome::Failed;
                    table.reason = e.message();
                    table.addError(e.message());
                } catch (const std::exception& e) {
                    table.sourceTable = p.job.source.name;
                    table.destinationTable = p.job.destination.name;
                    table.outcome = Outcome::Failed;
                    table.reason = QString::fromLocal8Bit(e.what());
                    table.addError(table.reason);
                }
                table.rowsTotal = p.rowsTotal;
                table.totalIsEstimate = p.totalIsEstimate;
                for (auto it = p.leftBehind.cbegin(); it != p.leftBehind.cend(); ++it)
                    table.skipped[it.key()] += it.value();
                for (const QString& w : p.warnings)
                    table.addWarning(w);
                progress.tableFinished(p.job.source.name);
                collector.add(std::move(table));
            });
        }
        for (QFuture<void>& f : running)
            f.waitForFinished();
        std::sort(report.tables.begin(), report.tables.end(),
            [](const TableReport& a, const TableReport& b) { return a.sourceTable < b.sourceTable; });

        int failed = 0;
        int cancelled = 0;
        for (const TableReport& t : report.tables) {
            failed += t.outcome == Outcome::Failed;
            cancelled += t.outcome == Outcome::Cancelled;
        }
        if (failed > 0) {
            report.outcome = Outcome::Failed;
            report.message = tr("%n table(s) could not be copied; fix the cause and run again to resume.", "", failed);
        } else if (cancelled > 0 || control.isCancelled()) {
            report.outcome = Outcome::Cancelled;
            report.message = tr("Cancelled; run again to resume where it stopped.");
        } else {
            StepContext context { env, sourceCatalog, destinationCatalog, control, &progress };
            afterCopy(context, report);
            // Set-based work after the copy stops between its batches when cancelled: the step is not done.
            report.outcome = control.isCancelled() ? Outcome::Cancelled : Outcome::Succeeded;
            if (report.outcome == Outcome::Cancelled)
                report.message = tr("Cancelled; run again to resume where it stopped.");
        }
    } catch (const CancelledError&) {
        // Work after the copy that stopped between its batches because the run was cancelled: not done, not broken.
        report.outcome = Outcome::Cancelled;
        report.message = tr("Cancelled; run again to resume where it stopped.");
    } catch (const Error& e) {
        report.outcome = Outcome::Failed;
        report.message = e.message();
        log->error("step {} failed: {} | {}", report.id.toStdString(), e.message().toStdString(),
            e.details().left(500).toStdString());
    } catch (const std::exception& e) {
        report.outcome = Outcome::Failed;
        report.message = QString::fromLocal8Bit(e.what());
    }
    report.finished = QDateTime::currentDateTime();
    log->info("step {} {}: {} rows written", report.id.toStdString(), outcomeName(report.outcome).toStdString(),
        report.rowsWritten());
    return report;
}

} // namespace cutover
