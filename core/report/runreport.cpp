#include "report/runreport.h"

#include <QJsonArray>
#include <QMutexLocker>

#include <algorithm>

namespace cutover {

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

namespace {

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

void TableReport::addWarning(const QString& message)
{
    ++warningCount;
    if (warnings.size() < maxMessages)
        warnings << message;
}

void TableReport::addError(const QString& message)
{
    if (errors.size() < maxMessages)
        errors << message;
}

qint64 TableReport::skippedRows() const
{
    qint64 n = 0;
    for (qint64 v : skipped)
        n += v;
    return n;
}

qint64 TableReport::elapsedMs() const
{
    return started.isValid() && finished.isValid() ? started.msecsTo(finished) : 0;
}

QJsonObject TableReport::toJson() const
{
    QJsonObject skippedJson;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        skippedJson.insert(it.key(), it.value());
    QJsonObject changedJson;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        changedJson.insert(it.key(), it.value());
    return QJsonObject {
        { QStringLiteral("source"), sourceTable },
        { QStringLiteral("destination"), destinationTable },
        { QStringLiteral("outcome"), outcomeName(outcome) },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("rowsTotal"), rowsTotal },
        { QStringLiteral("totalIsEstimate"), totalIsEstimate },
        { QStringLiteral("rowsRead"), rowsRead },
        { QStringLiteral("rowsWritten"), rowsWritten },
        { QStringLiteral("rowsTransformed"), rowsTransformed },
        { QStringLiteral("rowsResumed"), rowsResumed },
        { QStringLiteral("skipped"), skippedJson },
        { QStringLiteral("changed"), changedJson },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
        { QStringLiteral("warningCount"), warningCount },
        { QStringLiteral("errors"), QJsonArray::fromStringList(errors) },
        { QStringLiteral("started"), time(started) },
        { QStringLiteral("finished"), time(finished) },
        { QStringLiteral("elapsedMs"), elapsedMs() },
    };
}

const TableReport* StepReport::table(const QString& sourceTable) const
{
    for (const TableReport& t : tables) {
        if (t.sourceTable == sourceTable)
            return &t;
    }
    return nullptr;
}

qint64 StepReport::rowsWritten() const
{
    qint64 n = 0;
    for (const TableReport& t : tables)
        n += t.rowsWritten;
    return n;
}

QJsonObject StepReport::toJson() const
{
    QJsonArray tablesJson;
    for (const TableReport& t : tables)
        tablesJson.append(t.toJson());
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("title"), title },
        { QStringLiteral("outcome"), outcomeName(outcome) },
        { QStringLiteral("message"), message },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
        { QStringLiteral("tables"), tablesJson },
        { QStringLiteral("started"), time(started) },
        { QStringLiteral("finished"), time(finished) },
    };
}

const StepReport* RunReport::step(const QString& id) const
{
    for (const StepReport& s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QJsonObject RunReport::toJson() const
{
    QJsonArray stepsJson;
    for (const StepReport& s : steps)
        stepsJson.append(s.toJson());
    return QJsonObject {
        { QStringLiteral("runId"), runId },
        { QStringLiteral("mode"), mode },
        { QStringLiteral("outcome"), outcomeName(outcome) },
        { QStringLiteral("message"), message },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
        { QStringLiteral("steps"), stepsJson },
        { QStringLiteral("started"), time(started) },
        { QStringLiteral("finished"), time(finished) },
    };
}

QString RunReport::toText() const
{
    QString text;
    for (const QString& w : warnings)
        text += w + QLatin1Char('\n');
    for (const StepReport& s : steps) {
        int copied = 0, skippedTables = 0, failed = 0;
        for (const TableReport& t : s.tables) {
            if (t.outcome == Outcome::Succeeded)
                ++copied;
            else if (t.outcome == Outcome::Skipped)
                ++skippedTables;
            else if (t.outcome == Outcome::Failed)
                ++failed;
        }
        text += tr("%1: %2, %3 tables copied (%4 rows), %5 skipped, %6 failed\n")
                    .arg(s.title, outcomeName(s.outcome))
                    .arg(copied)
                    .arg(s.rowsWritten())
                    .arg(skippedTables)
                    .arg(failed);
        if (!s.message.isEmpty())
            text += QStringLiteral("  ") + s.message + QLatin1Char('\n');
        for (const QString& w : s.warnings)
            text += QStringLiteral("  ") + w + QLatin1Char('\n');
        for (const TableReport& t : s.tables) {
            if (t.outcome == Outcome::Succeeded && t.skipped.isEmpty() && t.changed.isEmpty() && t.warningCount == 0)
                continue;
            text += QStringLiteral("  %1 -> %2: %3").arg(t.sourceTable, t.destinationTable, outcomeName(t.outcome));
            if (!t.reason.isEmpty())
                text += QStringLiteral(" (") + t.reason + QLatin1Char(')');
            for (auto it = t.skipped.cbegin(); it != t.skipped.cend(); ++it)
                text += QLatin1Char(' ') + tr("%1 rows skipped: %2").arg(it.value()).arg(it.key());
            for (auto it = t.changed.cbegin(); it != t.changed.cend(); ++it)
                text += QLatin1Char(' ') + tr("%1 rows changed: %2").arg(it.value()).arg(it.key());
            if (t.warningCount > 0)
                text += QLatin1Char(' ') + tr("%1 warnings, first: %2").arg(t.warningCount).arg(t.warnings.value(0));
            for (const QString& e : t.errors)
                text += QStringLiteral("\n    ") + e;
            text += QLatin1Char('\n');
        }
    }
    text += tr("Run %1: %2").arg(runId, outcomeName(outcome));
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    text += QLatin1Char('\n');
    return text;
}

void StepReportCollector::add(TableReport table)
{
    QMutexLocker lock(&m_mutex);
    m_report.tables.push_back(std::move(table));
}

void StepReportCollector::addWarning(const QString& warning)
{
    QMutexLocker lock(&m_mutex);
    m_report.warnings << warning;
}

} // namespace cutover
