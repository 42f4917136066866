#pragma once

#include "db/connectionprofile.h"
#include "engine/destinationcontents.h"
#include "engine/integritycheck.h"
#include "engine/migrationrunner.h"
#include "report/runreport.h"
#include "steps/logstep.h"
#include "steps/steplist.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QWizardPage>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cutover {
class DmtConfiguration;
class HandlerRegistry;
} // namespace cutover

namespace cutover::ui {

/**
 * Settings and data: runs core's MigrationRunner with the steps of the chosen modes (settings, data) and, when
 * asked, the verification after it. Shows a progress bar with rows done and total, rate and ETA, a tree of steps
 * and tables with their rows and state, and a log pane with warnings and the report; pause, resume and cancel
 * act between batches, and a run started again resumes where the last one stopped.
 *
 * Before data moves it reads whether change capture is installed on Magento 1 and, when it is not, says what
 * that means and offers to install it (the exact list of triggers and tables first). "Reset destination" removes
 * what Cutover wrote, after the user typed the destination database's name.
 *
 * Nothing touches a database on the GUI thread: the run, the verification, the capture check and install, the
 * reset and the project's run record all happen on workers. GUI thread only.
 */
class MigratePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MigratePage(QWidget* parent = nullptr);
    ~MigratePage() override;

    bool isComplete() const override;

    /** The two databases; an unset profile disables Start. Checks the capture's state on Magento 1. */
    void setConnections(const std::optional<ConnectionProfile>& source, const QString& sourcePassword,
        const std::optional<ConnectionProfile>& destination, const QString& destinationPassword);
    /** The Data Migration Tool's config.xml the steps map with. */
    void setDmtConfig(const QString& configPath);
    /** The project to record runs in and whose override map is layered on the mapping; empty records nothing. */
    void setProjectPath(const QString& path);
    /** The Magento 1 and 2 root folders, where the stores' encryption keys are read from. */
    void setStoreRoots(const QString& m1Root, const QString& m2Root)
    {
        m_m1Root = m1Root;
        m_m2Root = m2Root;
    }
    /** Jobs (tables at once) for the next run; 0 = the default. */
    void setJobs(int jobs) { m_jobs = jobs; }

    bool isRunning() const { return m_runner != nullptr; }
    /** The last finished run's report (empty before one finished). */
    const RunReport& lastReport() const { return m_report; }

    /** The choices of the page's controls that steps take (URL clashes, the optional areas left behind). */
    StepOptions stepOptions() const;
    /**
     * Shows `options` (the project's recorded choice) in the controls, without emitting stepOptionsChanged(). Old
     * quotes left behind keep their recorded date.
     */
    void setStepOptions(const StepOptions& options);

    /** The last integrity check's findings; nullopt before one finished. */
    const std::optional<IntegrityReport>& integrityReport() const { return m_integrity; }
    /** Runs the integrity check on a worker (what "Check integrity" does). */
    void checkIntegrity();
    /**
     * Applies `fix` to the project's override map on a worker, then checks again (what a finding's Fix button
     * does). Needs a project (setProjectPath()).
     */
    void applyFix(const IntegrityFix& fix);

Q_SIGNALS:
    /** A run (with its verification, when asked) ended: succeeded, cancelled or failed. */
    void runFinished(cutover::Outcome outcome);
    /** The user changed a choice that steps take: the wizard keeps it in the project for delta and go-live. */
    void stepOptionsChanged(const cutover::StepOptions& options);

private:
    struct Prepared;
    /** Asks for the destination database's name; returns it when typed right, else empty. */
    QString confirmStoreInUse(const DestinationContents& contents);
    struct Captured
    {
        bool known = false;
        bool installed = false;
        QString error;
        QStringList planned; ///< tables the install would capture (for the confirmation)
        int triggers = 0;
        QString blockers;
        std::optional<LogStep::Size> logs; ///< the visitor log's size, when it was read
        std::optional<OptionalAreas::Size> reports; ///< the reports and statistics tables' size, when read
        std::optional<OptionalAreas::QuotesSize> quotes; ///< the quotes, and the old ones by the date below
        QDateTime oldQuotesBefore; ///< the recorded date, else Magento 2's rule for this store
        QDateTime ruleOldQuotesBefore; ///< Magento 2's rule for this store: today less its quote lifetime
    };

    void onStart();
    void onPrepared();
    void onPauseToggled();
    void onCancel();
    void onRunFinished();
    void onVerified();
    void onReset();
    void onInstallCapture();
    void checkCapture(bool plan);
    void onCaptureChecked();
    struct Integrity
    {
        std::optional<IntegrityReport> report;
        QString error;
        QString applied; ///< the override map a fix was written to, empty when none was applied
    };
    void startIntegrity(const std::optional<IntegrityFix>& fix);
    void onIntegrityChecked();
    void showFindings();
    void onProgress(const RunProgress& progress);
    void showReport(const RunReport& report);
    /** Shows the end of a run and records it in the project, with the verification that followed it, if any. */
    void finish(Outcome outcome, const QString& summary, const std::optional<VerifyReport>& verification = {});
    void log(const QString& line);
    void setBusy(bool busy);
    void forgetIntegrity();
    void updateButtons();
    QTreeWidgetItem* stepItem(const QString& title);

    QCheckBox* m_settings;
    QCheckBox* m_data;
    QCheckBox* m_verify;
    QComboBox* m_urlClash;
    QCheckBox* m_logs;
    QCheckBox* m_reports;
    QCheckBox* m_oldQuotes;
    QLabel* m_capture;
    QPushButton* m_installCapture;
    QPushButton* m_start;
    QPushButton* m_pause;
    QPushButton* m_cancel;
    QPushButton* m_reset;
    QProgressBar* m_bar;
    QLabel* m_status;
    QLabel* m_error;
    QPushButton* m_checkIntegrity;
    QLabel* m_integrityStatus;
    QTreeWidget* m_findings;
    QTreeWidget* m_tree;
    QPlainTextEdit* m_log;

    std::optional<ConnectionProfile> m_source;
    std::optional<ConnectionProfile> m_destination;
    QString m_sourcePassword;
    QString m_destinationPassword;
    QString m_dmtPath;
    QString m_projectPath;
    QString m_m1Root;
    QString m_m2Root;
    int m_jobs = 0;
    /** When old quotes are left behind: since when (the recorded date, else the store's rule once read). */
    QDateTime m_oldQuotesBefore;
    /** Magento 2's rule for this store (today less its quote lifetime), once read; a new choice takes it. */
    QDateTime m_ruleOldQuotesBefore;

    // The mapping outlives every runner that points into it.
    std::shared_ptr<const DmtConfiguration> m_dmt; ///< the last run's mapping; a running one points into it
    bool m_dmtStale = false; ///< the mapping changed since m_dmt was read (a fix): the next start reads it again
    bool m_startAfterCheck = false; ///< Start was pressed before any check: the run starts if the check passes
    bool m_integrityUnavailable = false; ///< the check could not run: the next Start goes on without it
    std::unique_ptr<HandlerRegistry> m_handlers;
    std::unique_ptr<MigrationRunner> m_runner;
    QFutureWatcher<std::shared_ptr<Prepared>> m_prepareWatcher;
    QFutureWatcher<RunReport> m_runWatcher;
    QFutureWatcher<VerifyReport> m_verifyWatcher;
    QFutureWatcher<Captured> m_captureWatcher;
    QFutureWatcher<Integrity> m_integrityWatcher;
    std::optional<IntegrityReport> m_integrity;
    std::atomic<bool> m_integrityCancel { false };
    QFutureWatcher<QString> m_chore; ///< reset and capture install: an error text, empty when it worked
    QHash<QString, QTreeWidgetItem*> m_tableItems; ///< "step/table"
    QElapsedTimer m_runTimer;
    QDateTime m_started;
    RunReport m_report;
    Captured m_captured;
    bool m_busy = false;
    bool m_succeeded = false;
    bool m_verifying = false;
    bool m_planWanted = false;

public:
    /** The running migration (its progressChanged, for the overview window); null between runs. */
    MigrationRunner* runner() const { return m_runner.get(); }
};

} // namespace cutover::ui
