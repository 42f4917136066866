#pragma once

#include "copy/runcontrol.h"
#include "engine/foreignkeycheck.h"
#include "engine/step.h"
#include "report/runreport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace cutover {

class ProgressTracker;

/** One row that differs between the source (after the migration's transformation) and the destination. */
struct RowMismatch
{
    enum class Kind {
        Missing, ///< the source has it, the destination does not
        Extra, ///< the destination has it, the source does not
        Different, ///< both have the key, with other values
    };
    Kind kind = Kind::Missing;
    QString key; ///< "entity_id=12" (destination column names)
    QStringList columns; ///< Different: the destination columns whose values differ

    QJsonObject toJson() const;
};

QString mismatchKindName(RowMismatch::Kind kind);

/** The verification of one table a step carried. A value type. */
struct TableVerification
{
    Q_DECLARE_TR_FUNCTIONS(TableVerification)
public:
    enum class Status {
        Match,
        Mismatch,
        Skipped, ///< the step does not carry this table (reason says why)
        Cancelled,
        Failed, ///< could not be compared (reason: the error)
    };

    QString step; ///< the step's id
    QString sourceTable;
    QString destinationTable;
    Status status = Status::Match;
    QString reason;
    bool keyed = true; ///< rows were matched by key; false: counts and checksums only (reason says why)
    bool keepsExisting = false; ///< the step upserts: destination rows the source lacks are kept, not extra
    qint64 sourceRows = 0; ///< rows read from the source
    qint64 skippedRows = 0; ///< source rows the migration's rules skip (not expected in the destination)
    qint64 destinationRows = 0; ///< rows read from the destination
    qint64 keptRows = 0; ///< keepsExisting: destination rows that did not come from the source
    QString sourceChecksum; ///< order-independent checksum of the compared columns of the expected rows
    QString destinationChecksum;
    qint64 missing = 0;
    qint64 extra = 0;
    qint64 different = 0;
    QList<RowMismatch> mismatches; ///< the first Verifier::Options::maxKeys of them
    qint64 elapsedMs = 0;

    qint64 expectedRows() const { return sourceRows - skippedRows; }
    QJsonObject toJson() const;
};

QString verificationStatusName(TableVerification::Status status);

/** The verification of a run: every table of every step. Succeeded when every carried table matches. */
struct VerifyReport
{
    Q_DECLARE_TR_FUNCTIONS(VerifyReport)
public:
    Outcome outcome = Outcome::Pending; ///< Succeeded (all match), Failed (a mismatch or an error), Cancelled
    QString message;
    QList<TableVerification> tables;
    /** Foreign keys of the carried destination tables with rows that point at nothing, or that failed to check. */
    QList<ForeignKeyOrphans> foreignKeys;
    int foreignKeysChecked = 0; ///< constraints checked
    double seconds = 0;

    const TableVerification* table(const QString& sourceTable) const;
    int count(TableVerification::Status status) const;
    QJsonObject toJson() const;
    /** A summary line, then one block per table that did not match, naming the keys. Translated. */
    QString toText() const;
};

/**
 * Checks after a run that the destination holds what the steps carried: per table, row counts and an
 * order-independent checksum of the mapped columns, computed on the source rows after the same transformation the
 * copy applied (rows its rules skip are not expected) and on the destination rows, and the rows that differ down
 * to their keys: missing in the destination, extra there, or different (naming the columns). Then the foreign keys
 * of the carried destination tables (ForeignKeyCheck): rows that point at nothing fail the verification too.
 *
 * Both sides are streamed in batches in key order: the source by its key (keyset paging), the destination by
 * the same key range, so memory holds one batch. A table whose source key does not reach the destination
 * unchanged (settings' core_config_data, matched by its unique key instead) is held in memory up to
 * Options::maxUnkeyedRows rows; above that only counts and checksums are compared, and the report says so.
 * Values are compared as the destination column stores them (numbers normalised, decimals rounded to the
 * column's scale, text as UTF-8), so a value the destination could not hold is a mismatch.
 *
 * run() blocks and verifies tables on up to `jobs` worker threads, each with its own connections; cancel and
 * pause are honoured between batches. Errors are caught per table and reported, never thrown.
 */
class Verifier
{
    Q_DECLARE_TR_FUNCTIONS(Verifier)
public:
    struct Options
    {
        int batchRows = 5'000;
        int maxKeys = 20; ///< mismatching keys listed per table; the rest only counted
        qint64 maxUnkeyedRows = 200'000;
    };

    explicit Verifier(const MigrationEnvironment& env);
    Verifier(const MigrationEnvironment& env, Options options);

    /** Steps to verify, not owned; they must outlive run(). */
    void addStep(Step* step) { m_steps.push_back(step); }

    VerifyReport run(const RunControl& control, ProgressTracker* progress = nullptr);

private:
    TableVerification verifyTable(
        const QString& stepId, const TablePlan& plan, const RunControl& control, ProgressTracker* progress) const;

    const MigrationEnvironment& m_env;
    Options m_options;
    std::vector<Step*> m_steps;
};

} // namespace cutover
