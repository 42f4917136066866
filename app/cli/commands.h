#pragma once

#include "engine/step.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace cutover::cli {

/** One cutover-cli subcommand: `arguments` starts with the program and subcommand ("cutover-cli generate"). */
struct Command
{
    const char* name;
    const char* summary; ///< translated through QCoreApplication::translate("cli", ...)
    int (*run)(const QStringList& arguments);
};

int runGenerate(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runMigrate(const QStringList& arguments);
int runDelta(const QStringList& arguments);
int runProject(const QStringList& arguments);
int runMedia(const QStringList& arguments);
int runVerify(const QStringList& arguments);
int runReindex(const QStringList& arguments);
int runWarm(const QStringList& arguments);
int runReport(const QStringList& arguments);
int runIntegrity(const QStringList& arguments);
int runMapping(const QStringList& arguments);

/**
 * The Data Migration Tool config.xml that migrate, verify and delta read without --config: $CUTOVER_DMT_CONFIG
 * when set, else Cutover's own mapping compiled into the program (DmtConfiguration::builtInPath(), written out as
 * editable files by `cutover-cli mapping export DIR`).
 */
QString defaultDmtConfig();
/** The --config option's help, naming the default in force. */
QString dmtConfigHelp();
/** Adds `--overrides FILE`: the override map layered on the configuration's map.xml instead of the project's. */
void addOverridesOption(QCommandLineParser& parser);
/**
 * Loads --config (or the default) with the override map at `overridesPath` (empty: none) layered on its map.xml;
 * prints what is wrong and returns nullopt when it cannot.
 */
std::optional<DmtConfiguration> loadDmtConfigOrReport(
    const QCommandLineParser& parser, const QString& overridesPath = {});

struct Databases;

/** The override map of a run: --overrides FILE when the command has it, else the project's; empty: none. */
QString overridesPathOf(const QCommandLineParser& parser, const Databases& databases);

/** What migrate and verify run with: both targets and their passwords, the mapping and its handlers. */
struct CliEnvironment
{
    DmtConfiguration dmt;
    HandlerRegistry handlers;
    MigrationEnvironment env; ///< points into dmt and handlers: the struct never moves (held by unique_ptr)
};
/**
 * Asks for the passwords the environment and the keychain do not give (exits when it cannot ask), loads the
 * mapping named by --config; prints what is wrong and returns null when the mapping cannot be loaded.
 */
std::unique_ptr<CliEnvironment> makeEnvironmentOrReport(
    const QCommandLineParser& parser, const Databases& databases, int jobs);

/** The subcommands, in the order `cutover-cli --help` lists them. */
inline constexpr Command commands[] = {
    { "check", QT_TRANSLATE_NOOP("cli", "Check both connections, what each database is, privileges and size."),
        runCheck },
    { "delta",
        QT_TRANSLATE_NOOP(
            "cli", "Capture changes on the Magento 1 database and apply them to Magento 2 until go-live."),
        runDelta },
    { "generate", QT_TRANSLATE_NOOP("cli", "Fill a Magento 1 database with a generated demo or test store."),
        runGenerate },
    { "mapping",
        QT_TRANSLATE_NOOP("cli", "Export Cutover's built-in mapping (Data Migration Tool format) to edit it."),
        runMapping },
    { "integrity",
        QT_TRANSLATE_NOOP("cli",
            "Check the mapping against both databases before data moves, and fix what it finds in the project's "
            "override map."),
        runIntegrity },
    { "migrate", QT_TRANSLATE_NOOP("cli", "Migrate settings or data from Magento 1 to Magento 2, resumably."),
        runMigrate },
    { "media",
        QT_TRANSLATE_NOOP("cli", "Copy the Magento 1 media folder to Magento 2's pub/media, verified and incremental."),
        runMedia },
    { "project", QT_TRANSLATE_NOOP("cli", "Create a project file holding both connections, or show one."), runProject },
    { "report",
        QT_TRANSLATE_NOOP(
            "cli", "Export the migration report of a project as HTML or PDF, for a client who never saw Cutover."),
        runReport },
    { "reindex", QT_TRANSLATE_NOOP("cli", "Run Magento 2's indexer:reindex here or over SSH, indexer by indexer."),
        runReindex },
    { "verify",
        QT_TRANSLATE_NOOP("cli", "Compare the Magento 2 database with what the migration carried, down to the keys."),
        runVerify },
    { "warm", QT_TRANSLATE_NOOP("cli", "Warm the Magento 2 store's caches by fetching its pages in parallel."),
        runWarm },
};

} // namespace cutover::cli
