#include "steps/ratingsstep.h"

#include "copy/copyledger.h"
#include "db/database.h"
#include "error.h"

#include <QSqlQuery>

namespace cutover {

QList<TablePlan> RatingsStep::plan(StepContext& context)
{
    Q_UNUSED(context)
    return {};
}

void RatingsStep::afterCopy(StepContext& context, StepReport& report)
{
    const MigrationEnvironment& env = context.env;
    TableReport table;
    table.sourceTable = QStringLiteral("rating");
    table.destinationTable = QStringLiteral("rating");
    table.started = QDateTime::currentDateTime();
    const TableInfo* rating = context.destinationCatalog.table(QStringLiteral("rating"));
    if (!context.sourceCatalog.hasTable(QStringLiteral("rating")))
        table.reason = tr("Magento 1 has no table rating");
    else if (!rating || !context.destinationCatalog.hasTable(QStringLiteral("rating_store")))
        table.reason = tr("Magento 2 has no table rating or rating_store");
    else if (!rating->hasColumn(QStringLiteral("is_active")))
        table.reason = tr("Magento 2's rating table has no is_active column: every rating is shown where "
                          "rating_store says");
    if (!table.reason.isEmpty()) {
        table.outcome = Outcome::Skipped;
        table.finished = QDateTime::currentDateTime();
        report.tables << table;
        return;
    }

    Database src(env.source.profile, env.source.password, QStringLiteral("source"));
    Database dst(env.destination.profile, env.destination.password, QStringLiteral("destination"));
    // Only Magento 1's ratings: the ones the Map step copied (a rating Magento 2 made itself keeps its flag).
    QStringList ids;
    QSqlQuery q = src.query(
        QStringLiteral("SELECT rating_id FROM %1 ORDER BY rating_id").arg(src.table(QStringLiteral("rating"))));
    while (q.next())
        ids << QString::number(q.value(0).toLongLong());
    table.rowsRead = ids.size();
    if (!ids.isEmpty()) {
        CopyLedger::ensureTables(dst);
        CopyLedger::startJob(
            dst, QStringLiteral("ratings/rating"), QStringLiteral("rating"), CopyLedger::Existing::Keep);
        const QString list = ids.join(QLatin1Char(','));
        const QString shown = QStringLiteral("EXISTS (SELECT 1 FROM %1 AS rs WHERE rs.rating_id = r.rating_id AND "
                                             "rs.store_id > 0)")
                                  .arg(dst.table(QStringLiteral("rating_store")));
        dst.beginTransaction();
        try {
            dst.exec(QStringLiteral("UPDATE %1 AS r SET r.is_active = IF(%2, 1, 0) WHERE r.rating_id IN (%3)")
                         .arg(dst.table(QStringLiteral("rating")), shown, list));
            dst.commit();
        } catch (...) {
            dst.rollback();
            throw;
        }
        table.rowsWritten = dst.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 AS r WHERE r.rating_id IN (%2) AND "
                                                      "r.is_active = 1")
                                           .arg(dst.table(QStringLiteral("rating")), list))
                                .toLongLong();
        const qint64 present = dst.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE rating_id IN (%2)")
                                              .arg(dst.table(QStringLiteral("rating")), list))
                                   .toLongLong();
        if (present < table.rowsRead)
            table.skipped[tr("not in Magento 2's rating table (the Map step did not copy it)")]
                += table.rowsRead - present;
        if (present > table.rowsWritten) {
            table.skipped[tr("left inactive: Magento 1 shows it in no store view")] += present - table.rowsWritten;
            QStringList codes;
            QSqlQuery inactive = dst.query(QStringLiteral("SELECT rating_code FROM %1 WHERE rating_id IN (%2) AND "
                                                          "is_active = 0 ORDER BY rating_id")
                                               .arg(dst.table(QStringLiteral("rating")), list));
            while (inactive.next())
                codes << inactive.value(0).toString();
            table.addWarning(tr("Rating(s) %1 stay inactive, as Magento 1 showed them in no store view; activate them "
                                "in Magento 2's admin (Stores > Rating) if they should show.")
                                 .arg(codes.join(QStringLiteral(", "))));
        }
        CopyLedger::saveProgress(dst, QStringLiteral("ratings/rating"), {}, table.rowsWritten, true);
    }
    table.outcome = Outcome::Succeeded;
    table.reason = tr("activated the ratings Magento 1 shows in a store view");
    table.finished = QDateTime::currentDateTime();
    report.tables << table;
}

} // namespace cutover
