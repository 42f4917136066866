#pragma once

#include "db/connectionprofile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

namespace cutover {

/** How a run ended: every run ends in exactly one of these. */
enum class RunOutcome {
    Succeeded,
    Cancelled,
    Failed,
};

/** The name of an outcome as the project file and `--json` output spell it ("succeeded"). */
QString runOutcomeName(RunOutcome outcome);

/** What a run record is, from its command: the report's sections and the overview's phases read it alike. */
enum class RunKind { Check, Migrate, Verify, Media, Delta, Reindex, Warm, Other };
/**
 * The kind of a RunRecord::command ("migrate data"; the wizard records "wizard migrate data", "wizard media"...). A
 * media dry run copied nothing: Other.
 */
RunKind runKindOf(const QString& command);

/**
 * A checklist item that the database cannot show (firewall opened, Magento 1 copy made, cron stopped), ticked or
 * unticked by the user. Kept with who did it and when, so the project shows it after a restart.
 */
struct ChecklistTick
{
    QString id; ///< a stable item id such as "firewall-opened"; the wizard owns the list of ids
    bool ticked = false;
    QDateTime at; ///< when it was last ticked or unticked (UTC)
    QString by; ///< who ticked it: the operating system user name
    QString note; ///< what Cutover checked or did for it ("maintenance.flag created in /srv/m1"), may be empty

    friend bool operator==(const ChecklistTick&, const ChecklistTick&) = default;
};

/** One command or wizard step run against this project (a check, a migration step, a delta sync). */
struct RunRecord
{
    QString command; ///< what ran: "check", "migrate customers", ...
    QDateTime started; ///< UTC
    QDateTime finished; ///< UTC
    RunOutcome outcome = RunOutcome::Succeeded;
    QString summary; ///< one line for the user ("2 warnings", "12,345 rows copied")
    /**
     * What the command reported, as its `--json` document (RunReport::toJson, the verification, the media copy's,
     * delta's, reindex's or warm-up's result): what the migration report shows per step. Empty when the command
     * gave none or when it was dropped: to bound the file's size, save() keeps details only on the newest record of
     * each command and drops them from older ones (their summary stays). Optional in the file: older files load.
     */
    QJsonObject details;

    /** A run of `command` from `started` to now (both kept in UTC). */
    static RunRecord endingNow(const QString& command, const QDateTime& started, RunOutcome outcome,
        const QString& summary, const QJsonObject& details = {});

    friend bool operator==(const RunRecord&, const RunRecord&) = default;
};

/** Where the user is in the project: what the wizard restores when the project is opened again. */
struct ProjectProgress
{
    QString currentPage; ///< the wizard page id the user left the project on; empty: the first page
    QList<ChecklistTick> checklist;
    QList<RunRecord> runs; ///< oldest first

    /** The tick for `id`, or nullptr when the user never touched that item. */
    const ChecklistTick* tick(const QString& id) const;
    /** Ticks or unticks `id` (replacing an earlier tick), stamped with `at` and `by`, with what Cutover checked. */
    void setTicked(const QString& id, bool ticked, const QString& by, const QDateTime& at, const QString& note = {});

    friend bool operator==(const ProjectProgress&, const ProjectProgress&) = default;
};

/**
 * A migration project: which Magento 1 store goes to which Magento 2 installation, and how far the user got. A
 * value type, saved as a JSON file with the extension `.cutover`.
 *
 * The file holds the connection profiles field by field and never a password: passwords come from the
 * environment, the system keychain (SecretStore, under this project's id) or a question each time. load()
 * refuses a file that holds one. Plain value: copy it freely, use it on any thread.
 *
 * Compatibility: `version` changes only when an older Cutover would misread the file. Fields added later stay
 * in version 1; an older Cutover ignores them on reading and, so that saving the project (recordRun() after
 * every command) does not throw away what a newer Cutover wrote, keeps unknown top-level and "progress" keys
 * in `extra` and writes them back unchanged.
 */
class Project
{
    Q_DECLARE_TR_FUNCTIONS(Project)
public:
    /** The file format's version; load() refuses files written by a newer Cutover. */
    static constexpr int formatVersion = 1;
    /** The file name extension, with its dot. */
    static constexpr const char* fileExtension = ".cutover";

    /**
     * The project's stable identity: the key of its passwords in the keychain. Null until ensureId() gives
     * it one; kept in the file, so that copies of the file share their passwords and a moved file keeps them.
     */
    QUuid id;
    QString name;
    ConnectionProfile source; ///< the Magento 1 database
    ConnectionProfile destination; ///< the Magento 2 database
    QString m1Root; ///< the Magento 1 installation folder (holds `media/`)
    QString m2Root; ///< the Magento 2 installation folder (holds `pub/media/`)
    QString storeUrl; ///< the store's public address, for go-live's DNS check ("https://shop.example.com/")
    QString newServerAddress; ///< the new server's IP address, where DNS must point at go-live
    /**
     * The project's override map (the Data Migration Tool's map.xml format) layered on top of the configuration's
     * map.xml: relative to the project file's folder (as the integrity check's fixes write it, "shop.map.xml"), or
     * absolute. Empty: none.
     */
    QString mappingOverrides;
    /**
     * Delta's busy threshold (DeltaApplier::Options::maxThreadsRunning) as the user last set it on the Live changes
     * page: the loop waits while Magento 1 runs more queries than this, 0 never. -1: not set (the default applies).
     */
    int deltaBusyThreshold = -1;
    /**
     * How the data migration treats the store (StepOptions::toJson: the URL clash rule, the optional areas left
     * behind), as the last run or the Settings and data page chose it; every later command reads it. Empty: not
     * chosen yet (the defaults apply).
     */
    QJsonObject stepOptions;
    QDateTime createdAt;
    ProjectProgress progress;
    /** Keys this Cutover does not know, from a newer one: written back as they were. */
    QJsonObject extra;
    QJsonObject extraProgress;

    /** mappingOverrides resolved against the folder of the project file `projectPath`; empty when none is set. */
    QString mappingOverridesPath(const QString& projectPath) const;
    /** The override map's file name the integrity check's first fix gives a project at `projectPath`. */
    static QString defaultMappingOverrides(const QString& projectPath);

    /** Gives the project a new random id if it has none yet. Returns the id. */
    QUuid ensureId();

    /**
     * Reads a project file. Throws cutover::Error naming the file and what is wrong with it (missing,
     * unreadable, not JSON, not a project, written by a newer version, a field of the wrong type, a password).
     */
    static Project load(const QString& path);

    /** Writes the project to `path` atomically (a crash leaves the old file). Throws cutover::Error. */
    void save(const QString& path) const;

    /** The JSON document save() writes. */
    QJsonObject toJson() const;

    /**
     * Appends `run` to the project file at `path`: reads the file, adds the record and saves it again, holding
     * a lock file (`path.lock`) so that two commands finishing at once both get recorded. Keeps the newest
     * `maxRuns` records. Throws cutover::Error. Any thread; blocks for at most a few seconds on the lock.
     */
    static void recordRun(const QString& path, const RunRecord& run);
    static constexpr int maxRuns = 500;

    /**
     * Reads the project file at `path`, applies `change` to it and saves it again, under the same lock as
     * recordRun(), so that a wizard saving a tick and a command recording its run at the same moment keep both.
     * Returns the project as saved. Throws cutover::Error (the file is left as it was). Any thread; blocks for at
     * most a few seconds on the lock.
     */
    static Project update(const QString& path, const std::function<void(Project&)>& change);

    friend bool operator==(const Project&, const Project&) = default;
};

} // namespace cutover
