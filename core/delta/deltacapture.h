#pragma once

#include "delta/captureplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cutover {

class Database;

/** A captured table's changes not yet applied. */
struct TableBacklog
{
    QString table; ///< without prefix
    qint64 changes = 0;
    QDateTime oldest; ///< changed_at of its oldest unapplied change
};

/** Something wrong with an installed capture, with what it means and the fix (both translated). */
struct CaptureProblem
{
    QString id; ///< "log-table-missing", "meta-missing", "trigger-missing", "trigger-changed", "table-missing"
    QString object; ///< the table or trigger concerned
    QString message;
    QString fix;
};

/** What `delta status` shows: whether capture is installed and healthy, backlog and lag. A value type. */
struct CaptureStatus
{
    Q_DECLARE_TR_FUNCTIONS(CaptureStatus)
public:
    bool installed = false; ///< Cutover's meta table or any of its objects is there
    int formatVersion = 0;
    QString installedAt; ///< ISO 8601, as install wrote it
    QString cutoverVersion;
    QStringList tables; ///< captured tables, without prefix
    int triggersExpected = 0;
    int triggersPresent = 0;
    qint64 appliedSeq = 0;
    qint64 lastSeq = 0; ///< highest seq in the log (0 when empty)
    qint64 backlog = 0; ///< changes after appliedSeq
    double lagSeconds = 0; ///< now minus the oldest unapplied change, 0 when none
    QVector<TableBacklog> tableBacklog; ///< tables with unapplied changes, most first
    QVector<CaptureProblem> problems;

    /** Installed, every piece in place and unchanged. */
    bool healthy() const { return installed && problems.isEmpty(); }
    QJsonObject toJson() const;
};

/** One object Cutover created on the source and remove() drops. */
struct CaptureObject
{
    enum class Kind { Trigger, Table };
    Kind kind = Kind::Trigger;
    QString name; ///< physical name
    QString table; ///< for a trigger: the physical table it is on
};

/**
 * Installs, inspects and removes change capture on a Magento 1 database: the change-log table, the meta table
 * that records what Cutover made, and AFTER INSERT/UPDATE/DELETE triggers on every table the plan names.
 *
 * All functions run on the calling thread over a Database opened there, and throw cutover::Error naming the
 * object and the fix. DDL is not transactional in MariaDB: install() drops what it created when a statement
 * fails half-way, and remove() checks afterwards that nothing of Cutover is left.
 */
class DeltaCapture
{
    Q_DECLARE_TR_FUNCTIONS(DeltaCapture)
public:
    struct InstallResult
    {
        int created = 0; ///< triggers and tables created by this call
        int unchanged = 0; ///< triggers already in place with the same body (re-install)
        int dropped = 0; ///< Cutover triggers no longer in the plan, dropped
    };

    /**
     * Creates what `plan` lists. Refuses (throws, changes nothing) while the plan has blockers. Idempotent: a
     * second install keeps the change log and its backlog, keeps identical triggers, replaces changed ones and
     * repairs missing pieces (a change-log table dropped by hand is created again).
     */
    static InstallResult install(Database& db, const CapturePlan& plan);

    /** What remove() would drop: the objects the meta table lists plus anything following Cutover's naming. */
    static QVector<CaptureObject> removalPlan(Database& db);

    /** Drops the triggers first (so that no write to the store fails), then the tables; verifies none is left. */
    static void remove(Database& db, const QVector<CaptureObject>& objects);

    /** Reads meta, triggers and the change log; lists missing or altered pieces. */
    static CaptureStatus status(Database& db);

    /** True when capture is installed and healthy: what `migrate data` checks before it reads the source. */
    static bool isInstalled(Database& db);

    /** Every table and trigger name of the connection's database, "table:name" / "trigger:table.name", sorted. */
    static QStringList schemaObjects(Database& db);
};

} // namespace cutover
