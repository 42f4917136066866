#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace cutover {

class Database;

/**
 * What Cutover keeps in the destination database to resume and to undo a run:
 *
 * - `cutover_progress`: one row per copy job (step and table): the key of the last committed row, rows copied,
 *   and whether it is done. The copier updates it in the same transaction as each batch, so after a kill -9 or a
 *   power loss the job resumes right after the last committed batch: no row twice, none missing.
 * - `cutover_written`: one row per destination table Cutover wrote to, made before its first write. When the
 *   table already held rows, they are first copied to a backup table `cutover_bk_<n>`; reset() then empties
 *   the table and puts exactly those rows back, so rows that existed before the run survive a reset even when
 *   the migration replaced them. Tables that the destination table's triggers write to (Magento 2's `*_cl`
 *   change logs) are registered the same way, since Cutover's inserts fill them. Tables Cutover created
 *   (createTable(): the sales sequence tables of stores Magento 2 did not have) are marked, and reset() drops them.
 *
 * Static helpers over a Database the caller owns (on the caller's thread). Throw cutover::Error.
 */
class CopyLedger
{
    Q_DECLARE_TR_FUNCTIONS(CopyLedger)
public:
    static constexpr const char* progressTable = "cutover_progress";
    static constexpr const char* writtenTable = "cutover_written";

    /** How a job's first write treats rows the destination table already holds. */
    enum class Existing {
        Replace, ///< empty the table (after the backup), as the Data Migration Tool's Map step does
        Keep, ///< keep them; the copier upserts (settings)
    };

    struct Progress
    {
        QString lastKey; ///< SQL literals of the last committed key, comma-separated; empty before the first batch
        qint64 rows = 0;
        bool done = false;
    };

    static void ensureTables(Database& destination);
    /** The saved progress of a job, or nullopt when it never started. */
    static std::optional<Progress> progress(Database& destination, const QString& job);
    /**
     * Registers `table` as written by Cutover (backing up its rows the first time) and, for Replace, empties it;
     * then records the job as started. Serialised across workers by a server lock.
     */
    static void startJob(Database& destination, const QString& job, const QString& table, Existing existing);
    /**
     * Creates the table `table` (without prefix) from `definition` (what follows the name in CREATE TABLE) unless
     * it exists, and records it first, so that reset() drops it again. Returns true when it made the table.
     */
    static bool createTable(Database& destination, const QString& table, const QString& definition);
    /**
     * Jobs other than `job` of the same family: named `family`, or `family` followed by '@' and a variant (a copy of
     * some rows only, such as the quotes updated since a date). Another variant's rows are not this one's.
     */
    static QStringList otherVariants(Database& destination, const QString& family, const QString& job);
    /**
     * Forgets the jobs `jobs` and empties `table` (without prefix), which they wrote, in one transaction: the copy
     * of another variant starts from nothing. The backup of the table's rows from before Cutover stays.
     */
    static void dropVariants(Database& destination, const QStringList& jobs, const QString& table);
    /** Saves a batch's resume point; call inside the batch's transaction. */
    static void saveProgress(Database& destination, const QString& job, const QString& lastKey, qint64 rows, bool done);
    /** Tables Cutover wrote to (names with the destination prefix). */
    static QStringList writtenTables(Database& destination);
    /**
     * Removes exactly what Cutover wrote: each written table is emptied and its backed-up rows are put back, each
     * table it created is dropped; then the backups and both ledger tables are dropped. Returns the tables restored
     * or dropped.
     */
    static QStringList reset(Database& destination);

private:
    /** Registers (and backs up) `table` unless it already is; returns true when it registered it now. */
    static bool registerTable(Database& destination, const QString& table, Existing existing);
};

} // namespace cutover
