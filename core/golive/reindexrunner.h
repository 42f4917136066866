#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class QTimer;

namespace cutover {

/** Where and how `bin/magento indexer:reindex` runs. */
struct ReindexOptions
{
    /** The Magento 2 installation folder (holds `bin/magento`): on this computer, or on the SSH host. */
    QString magentoRoot;
    /**
     * Empty: run on this computer. Otherwise `USER@HOST` or `USER@HOST:PORT`: run through the user's own `ssh`
     * with their keys and agent, in BatchMode so that it never waits on a password or host-key question.
     */
    QString sshTarget;
    /** Indexer ids (`cataloginventory_stock`); empty reindexes all of them. */
    QStringList indexers;
    /**
     * Another bin/magento command instead of `indexer:reindex [indexers]`: its name and arguments, e.g.
     * `{"cron:install"}`. Empty: the reindex. Run the same way (locally or over SSH), with the same result; its
     * `indexers` stay empty unless the command prints Magento's indexer lines.
     */
    QStringList command;
    /** The PHP CLI used when `bin/magento` is not executable (locally), and always over SSH. */
    QString php = QStringLiteral("php");
    /** The ssh client (a name on PATH or a path). */
    QString ssh = QStringLiteral("ssh");
    int sshConnectTimeoutSeconds = 15;
};

/** One indexer as Magento reported it. */
struct IndexerState
{
    enum Status { Running, Rebuilt, Failed };
    QString title; ///< Magento's title ("Catalog Product Rule"), as its output names it
    Status status = Running;
    QString error; ///< Magento's message for a failed indexer
    QStringList output; ///< the lines Magento printed for this indexer
    qint64 seconds = -1; ///< Magento's own "in 00:00:01"; -1 when not reported
    qint64 elapsedMs = 0; ///< measured by Cutover from its first output to its result

    static QString statusName(Status status);
    QJsonObject toJson() const;
};

/** The end of one reindex run: exactly one of Succeeded, Failed, Cancelled. */
struct ReindexResult
{
    Q_DECLARE_TR_FUNCTIONS(ReindexResult)
public:
    enum Status { Succeeded, Failed, Cancelled };
    Status status = Failed;
    QString host; ///< "this computer" or the SSH target
    QString commandLine; ///< exactly what ran, shell-quoted
    QList<IndexerState> indexers; ///< in the order Magento reported them
    QString error; ///< why the run failed as a whole (what is wrong and what to do), empty otherwise
    QStringList output; ///< every line, the last 5,000 at most
    int exitCode = -1;
    qint64 elapsedMs = 0;

    int failedCount() const;
    QJsonObject toJson() const;
    /** A report for a terminal: one line per indexer, failed ones with their output, then the outcome. */
    QString toText() const;
};

/**
 * Runs `bin/magento indexer:reindex [indexer...]` (or ReindexOptions::command) in the Magento 2 root, on this
 * computer (`bin/magento` itself when it is executable, as Magento's documentation runs it, else `php bin/magento`)
 * or over SSH (`ssh -o BatchMode=yes -tt USER@HOST 'echo CUTOVER-CONNECTED; cd ROOT && php bin/magento ...'`).
 * Over SSH the remote command gets a terminal (`-tt`), so that when ssh ends (cancel(), or Cutover quitting) the
 * remote shell and PHP get SIGHUP instead of running on; the marker line printed first tells an exit code 255 of
 * PHP (a fatal error) from one of ssh (no connection). A folder starting with `~/` is the remote user's home. It
 * streams the output line
 * by line, follows each indexer through Magento's own messages (Magento\Indexer\Console\Command\
 * IndexerReindexCommand: "<Title> index has been rebuilt successfully in 00:00:01", "<Title> index exception:
 * <message>", "exception: <Title> index is locked by another reindex process. Skipping.", "<Title> index process
 * unknown error:" followed by the message) and ends with one ReindexResult.
 *
 * Lives on the thread that creates it (the GUI thread is fine: nothing blocks, QProcess reports through the event
 * loop). The process runs in its own process group, so cancel() ends PHP and everything it started, and gets
 * SIGTERM when the thread that started it ends (PR_SET_PDEATHSIG), so a Cutover that crashes or is killed leaves
 * no bin/magento (or ssh) running: start it from a thread that lives as long as the run. The destructor cancels a
 * running process and waits for it.
 */
class ReindexRunner : public QObject
{
    Q_OBJECT
public:
    explicit ReindexRunner(ReindexOptions options, QObject* parent = nullptr);
    ~ReindexRunner() override;

    const ReindexOptions& options() const { return m_options; }
    /** "this computer" or the SSH host, to show before running. */
    QString host() const;
    /** The marker line the remote shell prints once ssh connected, before bin/magento runs. */
    static constexpr const char* connectedMarker = "CUTOVER-CONNECTED";

    /** The exact command that start() runs, shell-quoted, to show before running. */
    QString commandLine() const;
    /**
     * What stops the run before it starts on this computer (the folder or bin/magento missing, no PHP to run a
     * non-executable bin/magento), as a message naming the file and what to do; empty when it can start.
     * Over SSH nothing can be checked before connecting.
     */
    QString problem() const;

    /** Starts the process; finished() follows (also when it cannot start). */
    void start();
    /** Ends the process tree (SIGTERM, SIGKILL after 3 s); finished() follows with Cancelled. */
    void cancel();
    bool isRunning() const { return m_running; }
    const ReindexResult& result() const { return m_result; }

    /** start(), then waits in a local event loop until finished(); for the command line and tests. */
    ReindexResult run();

Q_SIGNALS:
    /** A line of Magento's output (or ssh's), without its line end. */
    void outputLine(const QString& line);
    /** Magento started on an indexer (its title). */
    void indexerStarted(const QString& title);
    /** An indexer was rebuilt or failed. */
    void indexerFinished(const cutover::IndexerState& state);
    void finished(const cutover::ReindexResult& result);

private:
    void program(QString& program, QStringList& arguments) const;
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void handleLine(const QString& line);
    void handlePartial(const QString& partial);
    IndexerState& current(const QString& title);
    void finishCurrent(IndexerState::Status status, const QString& error, qint64 seconds);
    void finish(ReindexResult::Status status, const QString& error);
    QString explainFailure() const;
    /** "indexer:reindex cataloginventory_stock", "cron:install": what bin/magento is asked to do. */
    QStringList magentoArguments() const;

    ReindexOptions m_options;
    ReindexResult m_result;
    std::unique_ptr<QProcess> m_process;
    QTimer* m_killTimer = nullptr;
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    QElapsedTimer m_indexerClock;
    int m_current = -1; ///< index in m_result.indexers of the indexer whose lines are arriving
    QString m_announced; ///< title of an indexer whose "Title index " arrived without its line end
    bool m_running = false;
    bool m_cancelled = false;
    bool m_connected = false; ///< over SSH: the remote shell printed connectedMarker
    qint64 m_pid = 0;
};

} // namespace cutover
