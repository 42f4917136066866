#pragma once

#include <functional>

#include "copy/runcontrol.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cutover {

class Database;

/** A foreign key constraint of a table (of either store), as information_schema describes it. */
struct ForeignKey
{
    QString constraint;
    QString table; ///< without prefix
    QStringList columns;
    QString referencedTable; ///< without prefix
    QStringList referencedColumns;
    QString deleteRule; ///< "CASCADE", "SET NULL", "RESTRICT", "NO ACTION"

    /**
     * The constraints of `database` whose table is among `tables` (names without prefix; empty: every table with
     * the connection's prefix) and that reference a table of the same database and prefix, columns in order, sorted
     * by table and constraint. Throws cutover::Error when information_schema cannot be read.
     */
    static QList<ForeignKey> read(Database& database, const QSet<QString>& tables);
};

/** Rows of one table whose foreign key points at no row of the table it references. A value type. */
struct ForeignKeyOrphans
{
    Q_DECLARE_TR_FUNCTIONS(ForeignKeyOrphans)
public:
    QString constraint; ///< the constraint's name in the destination
    QString table; ///< without prefix
    QStringList columns;
    QString referencedTable; ///< without prefix
    QStringList referencedColumns;
    qint64 orphans = 0; ///< rows whose key is set and matches no referenced row
    QStringList samples; ///< up to ForeignKeyCheck::maxSamples of them: "order_id=12"
    QString error; ///< not empty: the constraint could not be checked (the query failed), with the reason
    /**
     * The referenced table is one the verified steps write too. When it is not (a run of some steps only, such as
     * the Map step without the Customer step), the orphans may be rows a later step brings: a warning, not a
     * failure.
     */
    bool referencedCarried = true;
    /**
     * The key is ON DELETE SET NULL (an order's customer): the row stays usable (an order keeps its customer's
     * name and e-mail), and Magento would have emptied the key had the parent been deleted with checks on, so such
     * orphans are a warning, not a failure.
     */
    bool setNull = false;
    /** Fails the verification: orphans whose parents the same steps carried, or a check that could not run. */
    bool isFailure() const { return !error.isEmpty() || (orphans > 0 && referencedCarried && !setNull); }

    QJsonObject toJson() const;
    /** "sales_order_item.order_id -> sales_order.entity_id: 3 rows point at nothing (order_id=12, ...)" */
    QString toText() const;
};

/**
 * Checks the destination's foreign keys after a run. Cutover writes with foreign key checks off (so tables can be
 * copied in parallel and in any order), so InnoDB never checked that a written row's parent exists: a step that
 * skipped a parent, or a parent the user's mapping ignores, leaves children that point at nothing, which Magento 2
 * later fails on. This reads the constraints from information_schema and counts, per constraint whose table is
 * among `tables`, the rows with a key set (no column NULL) and no referenced row, with a few sample keys. Unique
 * keys need no check: unique checks stay on while Cutover writes.
 *
 * Blocking: run it on a worker. Cancel is honoured between constraints. A constraint whose query fails is reported
 * with its error, not thrown; a failure to read information_schema throws cutover::Error.
 */
class ForeignKeyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ForeignKeyCheck)
public:
    static constexpr int maxSamples = 5;

    struct Options
    {
        /**
         * A child table with a single integer primary key is read in ranges of this many keys, with cancel and
         * progress between them: a constraint of tens of millions of value rows is never one long statement.
         */
        qint64 chunkKeys = 250'000;
        /** Called after each range and constraint: rows checked so far and in all (the servers' estimates). */
        std::function<void(qint64 done, qint64 total)> progress;
    };

    ForeignKeyCheck() = default;
    explicit ForeignKeyCheck(Options options)
        : m_options(std::move(options))
    {
    }

    /** Constraints checked by the last run(). */
    int checked() const { return m_checked; }

    /**
     * Checks the constraints of `tables` (names without prefix; empty: every table with the connection's prefix)
     * and returns those with orphans or errors, sorted by table and constraint. Stops between ranges when
     * `control` is cancelled.
     */
    QList<ForeignKeyOrphans> run(
        Database& destination, const QSet<QString>& tables, const RunControl* control = nullptr);

private:
    Options m_options;
    int m_checked = 0;
};

} // namespace cutover
