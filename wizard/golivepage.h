#pragma once

#include "db/connectionprofile.h"
#include "golive/cachewarmer.h"
#include "golive/golivechecklist.h"
#include "golive/reindexrunner.h"
#include "project/project.h"
#include "steps/steplist.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWizardPage>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cutover {
class DeltaSync;
struct DeltaFigures;
class RunControl;
} // namespace cutover

namespace cutover::ui {

/**
 * Go-live: core's GoLiveChecklist as a page, one row per step in the seed's order (Magento 1 maintenance on, delta
 * stopped with an empty backlog, Magento 2 cron, the stock index, the cache warm-up, the final verification, DNS,
 * store open). Each row shows its state, who ticked it and when, what Cutover checked (the tick's note), a button
 * where Cutover can act (create maintenance.flag, wait for the delta and stop it, bin/magento cron:install and
 * indexer:reindex cataloginventory_stock, the warm-up, the verification, the DNS check), a tick box where the user
 * acts, and Undo on the last step done. A downtime clock runs from the first step to the last.
 *
 * Steps are done in order; one out of order only with the override box checked, and the tick's note then starts
 * with "overridden: " and the reason, so the report shows it. A failed check (an indexer, a mismatch in the
 * verification, a backlog, DNS pointing elsewhere without the override) blocks the tick and says why.
 *
 * Nothing blocks the GUI thread: files, databases, DNS and the verification run in QtConcurrent, bin/magento in a
 * QProcess (ReindexRunner), the delta loop in its own DeltaSync thread; ticks are saved with Project::update on a
 * worker. One action runs at a time, with progress and Stop. GUI thread only.
 */
class GoLivePage : public QWizardPage
{
    Q_OBJECT
public:
    /** Makes the steps the final verification compares (the migration's steps): Settings and Data by default. */
    using StepFactory = std::function<std::vector<std::unique_ptr<Step>>()>;

    explicit GoLivePage(QWidget* parent = nullptr);
    ~GoLivePage() override;

    /** The project whose ticks the page shows and saves (read on a worker); empty keeps them in memory only. */
    void setProjectPath(const QString& path);
    /** The two databases: the delta backlog, the warm-up's URLs, the final verification. */
    void setConnections(const std::optional<ConnectionProfile>& source, const QString& sourcePassword,
        const std::optional<ConnectionProfile>& destination, const QString& destinationPassword);
    /** Magento 1's root (maintenance.flag) and Magento 2's (bin/magento); `sshTarget` runs bin/magento over SSH. */
    void setStoreRoots(const QString& m1Root, const QString& m2Root, const QString& sshTarget = {});
    /**
     * The store's address ("https://shop.example.com/") and the Magento 2 server's IP address: the DNS check
     * compares them, and the warm-up sends the store's host name to that address before DNS points there. The page
     * shows both in fields the user can change.
     */
    void setStoreAddress(const QString& storeUrl, const QString& newServerAddress);
    /** The wizard's delta loop (the Live changes page's DeltaSync); null when there is none. */
    void setDeltaSync(DeltaSync* sync);
    /** The Data Migration Tool's config.xml the final verification maps with, and the steps it compares. */
    void setDmtConfig(const QString& configPath) { m_dmtPath = configPath; }
    /** How the migration treated the store (the project's choice): the final verification expects the same. */
    void setStepOptions(const StepOptions& options) { m_stepOptions = options; }
    const StepOptions& stepOptions() const { return m_stepOptions; }
    void setVerificationSteps(StepFactory factory) { m_stepFactory = std::move(factory); }
    /** The warm-up's limits (pages per store view, parallel requests, time-out); the page fills in the rest. */
    void setCacheWarmOptions(const CacheWarmOptions& options) { m_warmDefaults = options; }
    /** Who ticks, as the report names them; the operating system's user name by default. */
    void setUserName(const QString& name) { m_user = name; }

    /** The checklist as the page shows it (as saved, or in memory without a project). */
    GoLiveChecklist checklist() const { return GoLiveChecklist(m_progress); }
    /** An action or a save is running. */
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /** A tick was saved (or undone). */
    void checklistChanged();

public Q_SLOTS:
    /** "Export report...": asks where, then exportReportTo(). */
    void exportReport();
    /** Writes the project's migration report to `path` on a worker: PDF for a .pdf name, else HTML. */
    void exportReportTo(const QString& path);

private:
    /** Keeps the store URL and the new server's address in the project (on a worker). */
    void saveAddresses();

    struct Row
    {
        QString id;
        QLabel* state = nullptr;
        QLabel* title = nullptr;
        QLabel* who = nullptr;
        QLabel* note = nullptr;
        QPushButton* action = nullptr; ///< null where only the user can act
        QCheckBox* tick = nullptr;
        QPushButton* undo = nullptr;
    };
    /** What a finished check does: tick the step, untick it (undo), or only show what it found. */
    enum class Mode { Tick, Untick, Show };
    /** What a worker found about the two store roots (file system checks stay off the GUI thread). */
    struct Roots
    {
        QString m1Problem; ///< why Cutover cannot create maintenance.flag; empty when it can
        QString m2Problem; ///< why Cutover cannot run bin/magento; empty when it can
    };
    /** The result of a worker's check: a note to save with the tick, or why it cannot be ticked. */
    struct Check
    {
        bool ok = false;
        QString note;
        QString error;
    };

    Row& row(const QString& id);
    void onAction(const QString& id);
    void onTick(const QString& id);
    void onUndo(const QString& id);
    /** The override's note prefix when `id` is out of order and the override is on; false when refused. */
    bool orderAllows(const QString& id, QString& overrideNote);
    bool canAct(const QString& id, QString* why = nullptr) const;

    void runMaintenance(const QString& prefix);
    void runDeltaStop(const QString& prefix);
    void onDeltaFigures(const DeltaFigures& figures);
    void onDeltaFinished();
    void runMagento(const QString& id, const QString& prefix);
    void runWarm(const QString& prefix);
    void runVerification(const QString& prefix);
    void runDns(const QString& prefix, bool tickIfMatches);
    void onStop();
    void checkRoots();
    static QString rateText(double perSecond, qint64 etaSeconds, const QString& unit);

    /** Starts a worker whose Check decides the tick of `id`. */
    void startCheck(
        const QString& id, const QString& prefix, Mode mode, const QString& status, std::function<Check()> work);
    void onCheckFinished();
    /** Saves the tick (or untick) of `id` on a worker, then shows it. */
    void save(const QString& id, bool ticked, const QString& note, const QDateTime& when = {});
    void onSaved();
    void begin(const QString& id, const QString& status, bool determinate);
    void end();
    void showError(const QString& message);
    void setProgress(qint64 done, qint64 total, const QString& text);
    void refresh();
    void updateClock();

    QLabel* m_clock;
    QLabel* m_clockCaption;
    QCheckBox* m_override;
    QLineEdit* m_storeUrlEdit;
    QLineEdit* m_addressEdit;
    QLabel* m_error;
    QProgressBar* m_bar;
    QLabel* m_status;
    QPushButton* m_stop;
    QPushButton* m_export;
    QPlainTextEdit* m_output;
    QList<Row> m_rows;
    QTimer m_clockTimer;

    QString m_projectPath;
    std::optional<ConnectionProfile> m_source;
    std::optional<ConnectionProfile> m_destination;
    QString m_sourcePassword;
    QString m_destinationPassword;
    QString m_m1Root;
    QString m_m2Root;
    QString m_sshTarget;
    QString m_storeUrl;
    QString m_newAddress;
    QString m_dmtPath;
    StepOptions m_stepOptions;
    StepFactory m_stepFactory;
    CacheWarmOptions m_warmDefaults;
    QString m_user;
    QPointer<DeltaSync> m_delta;

    ProjectProgress m_progress;
    bool m_busy = false;
    QString m_running; ///< the step whose action runs
    QString m_prefix; ///< "overridden: ..." of the running action
    Mode m_mode = Mode::Tick;
    bool m_deltaWaiting = false; ///< waiting for the delta loop's backlog to reach zero
    QHash<QString, QString> m_hints; ///< per step: what the last check found, while the step is not done
    Roots m_roots;
    bool m_rootsKnown = false;
    QFutureWatcher<Roots> m_rootsWatcher;

    std::unique_ptr<ReindexRunner> m_magento;
    std::shared_ptr<CacheWarmer> m_warmer;
    std::shared_ptr<RunControl> m_verifyControl;
    std::shared_ptr<std::atomic<bool>> m_cancel; ///< the running worker's stop flag
    QDateTime m_deltaWaitStarted;
    qint64 m_deltaInitialBacklog = -1;
    qint64 m_deltaAppliedAtStart = 0;
    bool m_deltaStopping = false;
    QTimer m_deltaPoll;

    QFutureWatcher<Check> m_checkWatcher;
    struct Saved
    {
        bool ok = false;
        QString error;
        ProjectProgress progress;
        QString id;
        bool ticked = false;
    };
    QFutureWatcher<Saved> m_saveWatcher;
    QFutureWatcher<Project> m_loadWatcher;
    QFutureWatcher<QString> m_addressWatcher; ///< saving the store URL and new address: the error, or empty
    bool m_addressPending = false; ///< edited again while saving
    int m_saves = 0; ///< saves started; a load older than the last one is stale
    int m_savesAtLoad = 0;
};

} // namespace cutover::ui
