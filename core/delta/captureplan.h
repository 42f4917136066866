#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include "steps/optionalareas.h"

namespace cutover {

class Database;
class DmtConfiguration;

/** What the source server is and allows, as far as change capture cares. Read by CapturePlanner::plan(). */
struct CaptureServer
{
    QString version; ///< SELECT VERSION()
    bool mariadb = false;
    int major = 0;
    int minor = 0;
    int patch = 0;
    /** Several triggers per table, timing and event (MariaDB 10.2.3+, MySQL 5.7.2+). */
    bool multipleTriggers = true;
    /** JSON_ARRAY() exists (MariaDB 10.2.3+, MySQL 5.7.8+); else the trigger builds the JSON key by hand. */
    bool jsonArray = true;
    bool logBin = false;
    bool trustFunctionCreators = false;
    bool hasSuper = false;
    QString account; ///< 'user'@'host' as CURRENT_USER() names it, quoted for a GRANT

    /** Parses a VERSION() string ("10.11.6-MariaDB-0+deb12u1", "5.7.44-log") into the fields above. */
    static CaptureServer fromVersion(const QString& version);
};

/** One trigger Cutover creates: AFTER INSERT, UPDATE or DELETE on a captured table. */
struct CaptureTrigger
{
    QString name; ///< physical name, with the store's table prefix
    QString event; ///< INSERT, UPDATE or DELETE
    QString body; ///< what information_schema.TRIGGERS.ACTION_STATEMENT shows
    QString statement; ///< the full CREATE TRIGGER
};

/** A table whose changes are captured, with the key the change log records. */
struct CaptureTarget
{
    QString table; ///< without the table prefix, as the mapping names it
    QString keyName; ///< PRIMARY, or the unique index used when the table has no primary key
    QStringList keyColumns;
    QVector<CaptureTrigger> triggers;
    QStringList foreignTriggers; ///< triggers already on the table (kept working: ours are added beside them)
};

/** A table the mapping carries that cannot be captured, and why (translated). */
struct SkippedTable
{
    QString table;
    QString reason;
};

/** Something that stops the install before any change: a missing privilege, binary logging, an old server. */
struct CaptureBlocker
{
    QString id; ///< "privileges", "binlog", "trigger-slot"
    QString message; ///< translated, names the object
    QString fix; ///< translated, the statement or setting to change
};

/**
 * The exact change capture Cutover would install on a Magento 1 database: which tables, with which key, the
 * change-log and meta tables, every trigger and every statement, and what stops it. Shown to the user before
 * anything is created; DeltaCapture::install() runs exactly this. A value type.
 *
 * Layout of the change log (one table shared by all captured tables, `<prefix>cutover_cl`):
 * `seq` BIGINT AUTO_INCREMENT primary key, one row per change, never updated, so a key changed again while an
 * earlier change is being applied gets a new row and nothing is lost; `tbl` the table without prefix; `op` I, U
 * or D; `k` the key as a JSON array in key-column order (composite keys need no schema per table); `changed_at`
 * TIMESTAMP(6). One shared table gives one global order across tables, so a parent row written before its child
 * is applied before it, and the apply loop keeps one cursor and purges with one statement.
 */
struct CapturePlan
{
    Q_DECLARE_TR_FUNCTIONS(CapturePlan)
public:
    static constexpr int formatVersion = 1;

    QString database;
    QString tablePrefix;
    CaptureServer server;
    QString logTable; ///< physical name of the change log
    QString metaTable; ///< physical name of the meta table
    QVector<CaptureTarget> targets;
    QVector<SkippedTable> skipped;
    QVector<CaptureBlocker> blockers;

    bool canInstall() const { return blockers.isEmpty() && !targets.isEmpty(); }
    int triggerCount() const;
    QString createLogTableStatement() const;
    QString createMetaTableStatement() const;
    /** Every statement install() runs, in order (tables first, so that no trigger ever points at nothing). */
    QStringList statements() const;
    /** The plan for --json and the report: tables, keys, triggers, skipped tables, blockers. */
    QJsonObject toJson(bool withStatements) const;
};

/** Decides what to capture. Runs on the calling thread over its Database. */
class CapturePlanner
{
    Q_DECLARE_TR_FUNCTIONS(CapturePlanner)
public:
    /**
     * The tables the data migration carries, from the Data Migration Tool's configuration: every source table
     * not ignored by map_file, plus the documents of the other map files' source rules and of every groups file
     * (EAV, customers, logs, order grids, deltalog.xml), plus the tables that tool steps read without any file
     * naming them (core_url_rewrite, catalog_product_super_attribute_pricing). Only names in `sourceTables`
     * (without prefix) are returned, sorted; Cutover's own tables and the tool's m2_cl_* never are, nor the tables
     * of the areas the user leaves behind (`areas`: by default the visitor log): no trigger slows the storefront's
     * busiest writes for changes nobody carries.
     */
    static QStringList carriedTables(
        const DmtConfiguration& dmt, const QStringList& sourceTables, const OptionalAreas& areas = {});

    /** Reads the server, the grants, the tables, keys and existing triggers, and builds the plan. Throws Error. */
    static CapturePlan plan(Database& db, const DmtConfiguration& dmt, const OptionalAreas& areas = {});

    /**
     * The same with the server's capabilities given instead of read (to plan for an older server than the one
     * at hand). Keys and triggers are still read from `db`.
     */
    static CapturePlan plan(
        Database& db, const DmtConfiguration& dmt, const CaptureServer& server, const OptionalAreas& areas = {});

    /** Reads the server's version, binary logging settings and the current user's SUPER grant. */
    static CaptureServer readServer(Database& db);

    /** `<prefix>cutover_<table>_<ai|au|ad>`, shortened with a hash to MariaDB's 64 characters when longer. */
    static QString triggerName(const QString& prefix, const QString& table, const QString& event);
    static QString logTableName(const QString& prefix) { return prefix + QStringLiteral("cutover_cl"); }
    static QString metaTableName(const QString& prefix) { return prefix + QStringLiteral("cutover_capture_meta"); }
};

} // namespace cutover
