#pragma once

#include "db/connectionprofile.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace cutover {

/** What to copy and how. */
struct MediaCopyOptions
{
    QString sourceDir; ///< the Magento 1 `media` folder
    QString destinationDir; ///< the Magento 2 `pub/media` folder; created when missing
    /**
     * Where the record of earlier runs (relative path, size, modification time, hash) is kept. It is never put
     * in `pub/media`: that folder is served to the public and the record lists the paid downloads' file names.
     * Empty: defaultManifestPath(destinationDir).
     */
    QString manifestPath;
    bool dryRun = false; ///< decide and report, write nothing (not even the manifest)
    bool overwriteConflicts = false; ///< replace a different file at the destination that no earlier run wrote
    bool checkSpace = true; ///< refuse to start when the destination's free space or inodes cannot hold the copy
    int threads = 0; ///< copying threads; 0 picks 2 to 4 from the machine
    /** When set, references in this Magento 1 database are cross-checked with the files (see MediaReferences). */
    std::optional<ConnectionProfile> source;
    QString sourcePassword;

    /**
     * For tests of failures that a real disk makes only by chance: called on the worker with "scanned" after the
     * source tree is walked (path empty), and with "written" and the destination path after a file is written and
     * before it is re-read for verification.
     */
    std::function<void(const char* stage, const QString& path)> testHook;
};

/** A file that did not copy plainly, with why. `path` is relative to the media folder. */
struct MediaFileNote
{
    QString path;
    QString reason;
};

/** Progress of a run; reported about ten times a second. */
struct MediaCopyProgress
{
    enum Phase { Scanning, Copying, CrossChecking };
    Phase phase = Scanning;
    qint64 filesDone = 0;
    qint64 filesTotal = 0; ///< files to look at (known after the scan)
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0; ///< bytes that need copying (known after the scan)
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1; ///< -1 until 1% of the bytes is done
    bool paused = false;
};

/** What a run did. Lists hold paths relative to the media folder. */
struct MediaCopyReport
{
    Q_DECLARE_TR_FUNCTIONS(MediaCopyReport)
public:
    enum Status { Succeeded, Cancelled, Failed };
    Status status = Succeeded;
    QString error; ///< why it failed or was cancelled
    QString errorDetails;
    bool dryRun = false;

    QStringList copied; ///< new at the destination (or that would be, in a dry run)
    QStringList updated; ///< changed in Magento 1 since an earlier run copied them: copied again
    qint64 upToDate = 0; ///< already at the destination with the same size, time or content: skipped
    QList<MediaFileNote> excluded; ///< left behind by rule (image cache, .htaccess, ...), folders counted once
    QList<MediaFileNote> conflicts; ///< a different file at the destination that no run of ours wrote
    QList<MediaFileNote> vanished; ///< gone from Magento 1 between the scan and the copy
    QList<MediaFileNote> failed; ///< could not be read, written or verified, or a symlink loop
    /**
     * Temporary files that an interrupted earlier run (killed, power cut) left at the destination and that this
     * run removed (in a dry run: would remove).
     */
    qint64 partialsRemoved = 0;
    qint64 bytesCopied = 0;
    qint64 verified = 0; ///< files whose copy was re-read and matched the source's hash
    double seconds = 0;

    bool crossChecked = false;
    QList<MediaFileNote> missingOnDisk; ///< referenced by the Magento 1 database, not in its media folder
    QStringList unreferenced; ///< under the referenced areas, on disk, named by no row
    QString crossCheckError; ///< the cross-check is not fatal: why it could not run
    QStringList warnings; ///< not fatal (e.g. the manifest could not be saved)

    /** A readable summary and lists (first `listLimit` entries of each list). */
    QString toText(int listLimit = 20) const;
    QJsonObject toJson() const;
    /**
     * The report as a project's run record keeps it: a copy of 100,000 files must not put 100,000 paths in the
     * project file, so every list keeps its first 20 entries and its full length as "<list>Count".
     */
    QJsonObject recordedJson() const;
    /** One line for the project's run record: "1,234 copied, 5 changed, 10 up to date, 0 failed". */
    QString summary() const;
};

/**
 * Copies a Magento 1 `media` folder to a Magento 2 `pub/media` folder: parallel, incremental (a rerun copies
 * only what is new or changed), verified (each copy is re-read and its hash compared), never overwriting a
 * different file it did not write unless told to, and cross-checked with the Magento 1 database when one is
 * given. A file is written under a temporary name and renamed when complete, so the destination never holds a
 * half-written file; a full disk or a cancel keeps what was finished and the record of it.
 *
 * run() blocks on the calling thread and uses a private pool of copying threads; start() runs it on Qt's global
 * pool. cancel()/pause()/resume() may be called from any thread. The destructor cancels a started run and waits
 * for it, so no thread outlives the copier.
 */
class MediaCopier
{
    Q_DECLARE_TR_FUNCTIONS(MediaCopier)
public:
    using ProgressFn = std::function<void(const MediaCopyProgress&)>;

    explicit MediaCopier(MediaCopyOptions options);
    ~MediaCopier();

    MediaCopier(const MediaCopier&) = delete;
    MediaCopier& operator=(const MediaCopier&) = delete;

    /** Runs to the end and returns the report; `progress` is called on the calling thread. Never throws. */
    MediaCopyReport run(const ProgressFn& progress = {});
    /** Runs on a worker thread; `progress` is called on that worker thread. */
    QFuture<MediaCopyReport> start(const ProgressFn& progress = {});

    void cancel() { m_cancelled = true; }
    void pause() { m_paused = true; }
    void resume() { m_paused = false; }
    bool isPaused() const { return m_paused; }

    /** The manifest's place when none is given: the user's data folder, one file per destination folder. */
    static QString defaultManifestPath(const QString& destinationDir);

private:
    struct Impl;
    MediaCopyOptions m_options;
    std::atomic<bool> m_cancelled { false };
    std::atomic<bool> m_paused { false };
    QFuture<MediaCopyReport> m_future;
};

} // namespace cutover
