#pragma once

#include "db/connectionprofile.h"
#include "mapping/cryptkeys.h"
#include "project/project.h"
#include "project/secretstore.h"
#include "steps/steplist.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cutover::cli {

/** Which databases a command works on. */
enum class Needs {
    Source, ///< the Magento 1 database only
    Destination, ///< the Magento 2 database only
    Both,
    Either, ///< one or both (as `check`)
};

/**
 * The databases of one cutover-cli run, from `--project FILE` or from `--source URL` / `--dest URL`. When a
 * project was given, `project` and `projectPath` are set and the profiles come from it.
 */
struct Databases
{
    std::optional<ConnectionProfile> source;
    std::optional<ConnectionProfile> destination;
    std::optional<Project> project;
    QString projectPath; ///< absolute; empty without --project
};

/** The environment variable that holds a side's password: CUTOVER_SOURCE_PASSWORD or CUTOVER_DEST_PASSWORD. */
const char* passwordVariable(SecretRole role);

/** Adds `--project FILE`. For a command that already declares --source and --dest itself. */
void addProjectOption(QCommandLineParser& parser);
/** Adds `--project FILE`, `--source URL` and `--dest URL` (each only when `needs` uses that side). */
void addDatabaseOptions(QCommandLineParser& parser, Needs needs);

/**
 * Reads `--project` or `--source`/`--dest` after processOrExit(). Prints a message naming the flag and exits
 * with UsageError when both forms or neither are given, when a URL or the project file is bad, or when a side
 * that `needs` asks for is missing (from the URLs or from the project).
 */
Databases resolveDatabasesOrExit(const QCommandLineParser& parser, Needs needs);

/**
 * The password of one side when it is known without asking: the environment variable (set, even to an empty
 * value, it wins), then the keychain under the project's id when a project is used. std::nullopt otherwise.
 * Blocks on the keychain for at most a few seconds; never logs the value.
 */
std::optional<QString> knownPassword(const Databases& databases, SecretRole role);

/**
 * Asks for one side's password on the terminal without echo. When standard input is not a terminal it asks
 * nothing: it prints a message naming the environment variable to set and exits with UsageError.
 */
QString askPasswordOrExit(const Databases& databases, SecretRole role);

/** knownPassword(), else askPasswordOrExit(). */
QString passwordOrExit(const Databases& databases, SecretRole role);

/** The outcome a cutover-cli exit code stands for: Success, Cancelled, anything else Failed. */
RunOutcome outcomeOf(int exitCode);

/**
 * The step options of a command (stepOptionsOrExit) over the project's: the default date of old quotes is read from
 * the source (its quote lifetime), asking for its password only then. Exits on a bad option or an unreachable source.
 */
StepOptions resolveStepOptionsOrExit(const QCommandLineParser& parser, const Databases& databases);
/** Keeps `options` in the project as the migration's choice (a warning when it cannot); nothing without a project. */
void recordStepOptions(const Databases& databases, const StepOptions& options);

/**
 * When the run used `--project`, appends a run record to the project file (under a lock, saved atomically);
 * does nothing otherwise. A failure to record is printed as a warning and does not change the command's result.
 * `details`: the command's `--json` document, which the migration report (`cutover-cli report`) shows.
 */
void recordRun(const Databases& databases, const QString& command, const QDateTime& started, RunOutcome outcome,
    const QString& summary = {}, const QJsonObject& details = {});

/**
 * Adds --m1-root DIR and --m2-root DIR: the stores' root folders, where Magento keeps its encryption key
 * (app/etc/local.xml, app/etc/env.php). A --project's roots are used when they are not given.
 */
void addStoreRootOptions(QCommandLineParser& parser);
/**
 * The keys the Encrypt handlers need: config.xml's crypt_key, CUTOVER_M1_CRYPT_KEY / CUTOVER_M2_CRYPT_KEY, or the
 * key files under the store roots. Never printed.
 */
CryptKeys cryptKeys(const QCommandLineParser& parser, const Databases& databases, const QString& dmtCryptKey);

} // namespace cutover::cli
