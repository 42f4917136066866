#pragma once

#include "copy/copyledger.h"
#include "db/connectionprofile.h"
#include "report/runreport.h"
#include "schema/tableinfo.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <functional>

namespace cutover {

class Database;
class RunControl;

/** A value that makes the copier write DEFAULT: the destination's default for a column the row does not set. */
struct SqlDefault
{
};

/** A database to open: where it is and its password (kept in memory only). */
struct DatabaseTarget
{
    ConnectionProfile profile;
    QString password;
};

/** What a transform makes of one source row. */
struct RowResult
{
    QVariantList values; ///< in the order of CopyJob::destinationColumns; QByteArray, QString or null
    QString skipReason; ///< not empty: the row is not written, and counted under this reason
    QStringList warnings; ///< problems with values of this row (names the column and the key)
    bool transformed = false; ///< true when a handler or rename changed something
};

/**
 * Turns a source row (values in the order of CopyJob::sourceColumns; text as QString, binary as QByteArray,
 * numbers and dates as their exact server text) into a destination row. Called on the copier's thread only.
 * `key` names the row for messages ("entity_id=12").
 */
using RowTransform = std::function<RowResult(const QVariantList& row, const QString& key)>;

/** One table to copy: the step says what and how, the copier knows nothing about Magento. */
struct CopyJob
{
    QString job; ///< the resume point's name, unique in a run ("map/sales_flat_order")
    TableInfo source; ///< names without prefix
    TableInfo destination;
    QStringList sourceColumns; ///< read in this order; must include the key columns
    QStringList destinationColumns; ///< written in this order
    /** Null: the row goes as is (source and destination columns pair up by position). */
    RowTransform transform;
    CopyLedger::Existing existing = CopyLedger::Existing::Replace;
    /** Allow the direct `INSERT ... SELECT` when both databases are on one server and there is no transform. */
    bool allowDirect = true;
    /**
     * Not empty: an SQL condition on the source table; only the rows it holds for are read. Other tables in it are
     * named with the source database, so that it also holds in an `INSERT ... SELECT` on a shared server.
     */
    QString sourceCondition;
    /**
     * Not empty: `job` is one variant of this family of jobs (see CopyLedger::otherVariants()); when an earlier run
     * copied the table as another variant, the table is emptied and copied again from the start.
     */
    QString variantOf;
};

/**
 * Copies one table from the source to the destination database, resumably.
 *
 * Rows are read in keyset order by the primary key (composite keys by row-value comparison, never LIMIT/OFFSET);
 * a table without one uses a unique key over NOT NULL columns; a table with neither is copied in one
 * transaction (so an interrupted copy starts that table again) and the report says so. Each batch is written
 * with multi-row INSERTs inside one destination transaction that also saves the resume point (CopyLedger), so a
 * killed copy resumes after its last committed batch. Batches adapt to a byte budget: memory is bounded by a
 * batch, not by the table. Binary columns are read as bytes and written as hex literals, dates and numbers as
 * the server's exact text, so values survive byte for byte (zero dates included).
 *
 * When both databases are on one server and no transform runs, batches are `INSERT ... SELECT` statements on
 * the destination connection, in key ranges with the same resume points.
 *
 * Runs on the calling thread and opens its own connections there. Pause and cancel are honoured between batches;
 * a cancelled batch is rolled back. Errors are caught and reported in the TableReport, never thrown.
 */
class TableCopier
{
    Q_DECLARE_TR_FUNCTIONS(TableCopier)
public:
    struct Options
    {
        qint64 batchBytes = 8 * 1024 * 1024; ///< the read/insert budget of one batch
        int maxBatchRows = 50'000;
        int firstBatchRows = 1'000;
        /** Test hook: stop without committing after this many batches (0 = never). */
        int stopAfterBatches = 0;
    };

    TableCopier(DatabaseTarget source, DatabaseTarget destination, Options options);
    TableCopier(DatabaseTarget source, DatabaseTarget destination);

    /**
     * Copies `job`. `onRows` is called after each committed batch with the rows it read (for progress), on this
     * thread. Returns the table's report: Succeeded, Cancelled or Failed (with the error message).
     */
    TableReport run(const CopyJob& job, const RunControl& control, const std::function<void(qint64)>& onRows = {});

    /** True when both profiles reach the same server (same socket, or same host and port). */
    static bool sameServer(const ConnectionProfile& a, const ConnectionProfile& b);

    /**
     * The columns the copier orders by: the primary key, else a unique key over NOT NULL columns, else empty.
     * Reads information_schema over `db` for the table `table` (without prefix).
     */
    static QStringList keyColumns(Database& db, const TableInfo& table);

    /** A value as a MariaDB literal: NULL, X'..' for bytes, a quoted string otherwise. */
    static void appendLiteral(QString& out, const QVariant& value);

    /**
     * The expression that reads `column` the way the copier does: dates and times as the server's text (a zero
     * date survives), BIT as a number, everything else as is.
     */
    static QString readExpression(const ColumnInfo& column);
    /** A key value as a literal for keyset conditions (numbers bare, everything else quoted or as hex). */
    static QString keyLiteral(const ColumnInfo* column, const QVariant& value);
    /** `(k1, k2) > (v1, v2)` for keyset paging, spelled so that the key's index serves it; "1" without literals. */
    static QString keysetCondition(const QStringList& keys, const QStringList& literals);

    /**
     * True for a column that holds text in a character set (char, varchar, the text types, enum, set); false for
     * binary, numeric and temporal ones. Bytes bound for a text column must be valid UTF-8.
     */
    static bool isTextColumn(const ColumnInfo& column);
    /** The offset of the first byte of `bytes` that is not part of a valid UTF-8 sequence, or -1. A byte scan. */
    static qsizetype invalidUtf8At(QByteArrayView bytes);
    /**
     * The repair rule for text that is not valid UTF-8: valid sequences are kept, every other byte is read as
     * Windows-1252 (the usual cause: a store that wrote through a latin1 connection), and the five bytes that
     * Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD. Returns valid UTF-8.
     */
    static QByteArray repairUtf8(QByteArrayView bytes);
    /**
     * `value` as it must be written to `column`: bytes bound for a text column that are not valid UTF-8 are
     * repaired by repairUtf8() (and `repaired` set); everything else is returned unchanged. The copier and the
     * Verifier both apply it, so a repaired value verifies.
     */
    static QVariant valueForColumn(const QVariant& value, const ColumnInfo& column, bool* repaired = nullptr);
    /**
     * After a statement that wrote rows: MariaDB outside strict mode replaces text the column's character set cannot
     * hold with '?' and only warns (1366, 1300). Throws cutover::Error naming the table, the row (`rowKey` turns the
     * warning's 1-based row number into a key; may be empty) and what to do.
     *
     * The values it cut or clamped to fit their column (1265 truncated, 1264 out of range, 1292 not a valid date or
     * time) are written all the same: `onChanged` gets each one's reason (the server's words without the row) and
     * row number, so that the caller counts and names them. Without it they are not looked at.
     */
    static void failOnTextWarnings(Database& db, const QString& table,
        const std::function<QString(int)>& rowKey = {},
        const std::function<void(const QString& reason, int row)>& onChanged = {});
    /** True when a direct copy could change text silently: bytes from a binary source column into a text one. */
    static bool needsTextCheck(const CopyJob& job);

private:
    void copyKeyset(Database& src, Database& dst, const CopyJob& job, const QStringList& keys, TableReport& report,
        const RunControl& control, const std::function<void(qint64)>& onRows);
    void copyDirect(Database& dst, const CopyJob& job, const QStringList& keys, TableReport& report,
        const RunControl& control, const std::function<void(qint64)>& onRows);

    DatabaseTarget m_source;
    DatabaseTarget m_destination;
    Options m_options;
};

} // namespace cutover

Q_DECLARE_METATYPE(cutover::SqlDefault)
