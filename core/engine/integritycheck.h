#pragma once

#include "engine/step.h"
#include "mapping/mapconfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace cutover {

class DmtConfiguration;
class Project;

/**
 * One way to make an integrity finding go away: a rule added to the project's override map (never to the
 * configuration's own map.xml). A value type.
 */
struct IntegrityFix
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityFix)
public:
    enum class Action {
        IgnoreDocument, ///< <ignore><document>document</document></ignore> on `side`
        IgnoreField, ///< <ignore><field>document.field</field></ignore> on `side`
        IgnoreDatatype, ///< <ignore><datatype>document.field</datatype></ignore> on the source side
        MoveField, ///< <move><field>document.field</field><to>toDocument.toField</to></move>
    };
    QString id; ///< "<finding id>/ignore", "<finding id>/map:<field>": stable, for `cutover-cli integrity --fix`
    Action action = Action::IgnoreDocument;
    MapConfig::Side side = MapConfig::Side::Source;
    QString document;
    QString field;
    QString toDocument;
    QString toField;
    QString label; ///< translated: "Ignore this table", "Map it to sales_order.foo_bar"

    /** Adds the rule to `overrides`. */
    void applyTo(MapConfig& overrides) const;
    /** True for the fixes that only leave something out (what --fix-all-ignores applies). */
    bool isIgnore() const { return action != Action::MoveField; }
    QJsonObject toJson() const;
};

/** Something the integrity check found before data moves. A value type. */
struct IntegrityFinding
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityFinding)
public:
    enum class Kind {
        UnmappedTable, ///< a source table without a rule whose destination table does not exist
        UnmappedField, ///< a source field the destination table lacks
        DestinationFieldWithoutSource, ///< NOT NULL, no default, nothing maps to it
        TypeMismatch, ///< values would be truncated or refused
        BrokenRule, ///< a rule naming a table or field that does not exist
        UnknownHandler, ///< a handler class Cutover does not know or cannot run
        OrphanRows, ///< source rows whose parent is gone; the Map step leaves them out
        /**
         * What this store lacks of what the mapping knows: tables and fields of other Magento releases and of
         * extensions that the map's rules name (the Data Migration Tool's map serves them all). Nothing to migrate.
         */
        ReleaseGap,
    };
    enum class Severity {
        Warning, ///< reported; the data migration may go on
        Error, ///< blocks the data migration until fixed
    };
    QString id; ///< stable across runs: "<kind>:<document>[.<field>]", "orphan:<constraint>", ...
    Kind kind = Kind::UnmappedTable;
    Severity severity = Severity::Error;
    QString document; ///< the table concerned (without prefix), or the map file for rules and handlers
    QString field; ///< the field concerned, may be empty
    QString message; ///< translated: what is wrong and what to do next
    QList<IntegrityFix> fixes;

    /** "unmapped-table", "unmapped-field", ...: as ids and JSON spell it. */
    static QString kindName(Kind kind);
    /** Translated heading for a group of findings. */
    static QString kindTitle(Kind kind);
    QJsonObject toJson() const;
};

/** The findings of one integrity check, errors first, then by kind and id. */
struct IntegrityReport
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityReport)
public:
    QList<IntegrityFinding> findings;

    int errors() const;
    int warnings() const;
    const IntegrityFinding* finding(const QString& id) const;
    /** The fix named by `id`: a fix id, or a finding id (its first fix). nullptr when there is none. */
    const IntegrityFix* fix(const QString& id) const;
    QJsonObject toJson() const;
    /** Findings grouped by kind, each with its id and fixes; a summary line last. */
    QString toText() const;
};

/**
 * The integrity check before data moves, as a dry run: reads both schemas (information_schema), the mapping
 * (map.xml with the project's overrides layered on it) and the handlers, counts orphan rows in the source, and
 * writes nothing. It covers the tables the Map step carries (the other steps' tables have their own logic).
 *
 * Blocking: run it on a worker thread; it opens its own connections there. Cancel is honoured between tables.
 * Throws cutover::Error when a database cannot be read or the configuration has no map_file.
 */
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
public:
    /** Called with (done, total) steps of the check, on the calling thread. */
    using Progress = std::function<void(int, int)>;

    static IntegrityReport run(
        const MigrationEnvironment& env, const RunControl* control = nullptr, const Progress& progress = {});

    /**
     * Adds the rules of `fixes` to the override map at `overridesPath` (created if missing, its other rules kept),
     * written atomically and checked against `xsdPath`. Throws cutover::Error naming the file.
     */
    static void applyFixes(const QList<IntegrityFix>& fixes, const QString& overridesPath, const QString& xsdPath);
    /**
     * Applies `fixes` to the project's override map (giving the project one next to its file, "<name>.map.xml",
     * when it has none) and records the file in the project. Returns the override map's path. Throws
     * cutover::Error. Any thread.
     */
    static QString applyFixesToProject(
        const QList<IntegrityFix>& fixes, const QString& projectPath, const QString& xsdPath);
};

/**
 * Loads config.xml and layers the override map at `overridesPath` (empty: none) on its map_file, for every run
 * of a project (CLI `--project` and the wizard alike). The override is validated against map.xsd like any map
 * file: a broken one throws cutover::Error naming the file and line; a missing one names the file and the
 * project field.
 */
DmtConfiguration loadLayeredConfiguration(const QString& configPath, const QString& overridesPath);
/**
 * loadLayeredConfiguration() with the override map of the project file at `projectPath` (none when the path is
 * empty, the file does not exist yet or the project names no override map), so that delta and the go-live checks
 * carry exactly the tables the migration carried. Throws cutover::Error.
 */
DmtConfiguration loadProjectConfiguration(const QString& configPath, const QString& projectPath);

} // namespace cutover
