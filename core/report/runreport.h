#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace cutover {

/** How a run, a step or a table ended. Every run ends in exactly one of Succeeded, Cancelled, Failed. */
enum class Outcome {
    Pending,
    Succeeded,
    Skipped, ///< tables and steps only: not copied, with a reason
    Cancelled,
    Failed,
};

QString outcomeName(Outcome outcome);

/**
 * The report of one table: rows read, written, transformed and skipped (with reasons), time, warnings and errors.
 * A value type; one worker fills it, then hands it to its step's report.
 */
struct TableReport
{
    Q_DECLARE_TR_FUNCTIONS(TableReport)
public:
    static constexpr int maxMessages = 50; ///< warnings/errors kept per table; the rest only counted

    QString sourceTable;
    QString destinationTable;
    Outcome outcome = Outcome::Pending;
    QString reason; ///< why it was skipped, failed or how it was copied ("direct INSERT ... SELECT")
    qint64 rowsTotal = 0; ///< pre-count (exact or estimated, see totalIsEstimate)
    bool totalIsEstimate = false;
    qint64 rowsRead = 0;
    qint64 rowsWritten = 0;
    qint64 rowsTransformed = 0; ///< rows that went through a transform (handlers or renames)
    qint64 rowsResumed = 0; ///< rows an earlier, interrupted run had already committed
    QMap<QString, qint64> skipped; ///< reason -> rows
    /**
     * reason -> rows written with a changed value: text that was not valid UTF-8, repaired by the copy's stated rule
     * (counted in rowsTransformed too), and values the destination cut or clamped to fit its column (a string
     * longer than the column, a number out of its range, an invalid date). Each row's key is in the warnings.
     */
    QMap<QString, qint64> changed;
    QStringList warnings;
    qint64 warningCount = 0;
    QStringList errors;
    QDateTime started;
    QDateTime finished;

    void addWarning(const QString& message);
    void addError(const QString& message);
    qint64 skippedRows() const;
    qint64 elapsedMs() const;
    QJsonObject toJson() const;
};

/** The report of one step: its tables, its own warnings, its outcome. */
struct StepReport
{
    QString id; ///< "settings", "map"
    QString title; ///< translated
    Outcome outcome = Outcome::Pending;
    QString message; ///< the error or cancellation text when it did not succeed
    QList<TableReport> tables;
    QStringList warnings;
    QDateTime started;
    QDateTime finished;

    const TableReport* table(const QString& sourceTable) const;
    qint64 rowsWritten() const;
    QJsonObject toJson() const;
};

/** The report tree of a whole run: Run > Step > Table. */
struct RunReport
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)
public:
    QString runId;
    QString mode; ///< "settings", "data"
    Outcome outcome = Outcome::Pending;
    QString message;
    QStringList warnings; ///< about the run as a whole (a store in use that was replaced), translated
    QList<StepReport> steps;
    QDateTime started;
    QDateTime finished;

    const StepReport* step(const QString& id) const;
    QJsonObject toJson() const;
    /** A plain-text summary (one line per step and per table that was not simply copied), translated. */
    QString toText() const;
};

/**
 * Collects table reports from several worker threads into one step report. Thread-safe.
 */
class StepReportCollector
{
public:
    explicit StepReportCollector(StepReport& report)
        : m_report(report)
    {
    }
    void add(TableReport table);
    void addWarning(const QString& warning);

private:
    QMutex m_mutex;
    StepReport& m_report;
};

} // namespace cutover
