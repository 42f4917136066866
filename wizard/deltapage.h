#pragma once

#include "mapping/cryptkeys.h"

#include "db/connectionprofile.h"
#include "delta/deltaapplier.h"
#include "delta/captureplan.h"
#include "delta/deltacapture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>
#include <QWizardPage>

#include <memory>
#include <optional>

class QChartView;
class QLabel;
class QLineSeries;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QValueAxis;

namespace cutover {
class DeltaSync;
class DmtConfiguration;
class HandlerRegistry;
} // namespace cutover

namespace cutover::ui {

/**
 * The delta live panel: starts and stops core's DeltaSync (the apply loop on its own thread) and shows what it
 * reports: running or stopped, changes applied, changes per second, lag, the backlog per area, a chart of rate and
 * lag over the last minutes and the last errors. "Remove capture" lists the triggers and change-log tables Cutover
 * made on Magento 1, asks, drops them on a worker thread and then shows that none is left. A capture that is missing
 * or broken (a change log dropped by hand) is offered for installing again, with what it creates and, when broken,
 * the warning that the changes in between were missed.
 *
 * Nothing here touches a database on the GUI thread: the loop runs in DeltaSync, the capture's status, removal
 * plan and removal run in QtConcurrent. The figures are drawn at most twice a second. GUI thread only.
 */
class DeltaPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DeltaPage(QWidget* parent = nullptr);
    ~DeltaPage() override;

    /** The two databases; an unset profile disables Start and Remove capture. Reads the capture's status. */
    /** The Magento 1 and 2 root folders, where the stores' encryption keys are read from. */
    void setStoreRoots(const QString& m1Root, const QString& m2Root)
    {
        m_m1Root = m1Root;
        m_m2Root = m2Root;
    }
    void setConnections(const std::optional<ConnectionProfile>& source, const QString& sourcePassword,
        const std::optional<ConnectionProfile>& destination, const QString& destinationPassword);
    /** The Data Migration Tool's config.xml the loop maps the changes with. */
    void setDmtConfig(const QString& configPath);
    /**
     * The project file whose override map (Project::mappingOverrides) is layered on the configuration at start.
     * When it is another project than before, `busyThreshold` (Project::deltaBusyThreshold, -1 when not set) is
     * shown and used; changing the threshold on the page saves it in the project.
     */
    void setProjectPath(const QString& path, int busyThreshold = -1);
    /** The loop's options; the busy threshold is shown on the page and can be changed while it runs. */
    void setOptions(const DeltaApplier::Options& options);
    /**
     * The parts of the store the migration leaves behind (the project's choice): the capture installed from this
     * page puts no trigger on their tables, and the next start of the loop does not carry them.
     */
    void setAreas(const OptionalAreas& areas) { m_options.areas = areas; }
    const OptionalAreas& areas() const { return m_options.areas; }

    bool isRunning() const;
    /** The delta loop, for the go-live page (it waits for an empty backlog and stops it). Owned by the page. */
    DeltaSync* deltaSync() const { return m_sync.get(); }

private Q_SLOTS:
    void onStart();
    void onStop();
    void onRemove();
    void onInstall();

protected:
    /** A desktop switching between light and dark gets the chart of its palette. */
    void changeEvent(QEvent* event) override;

private:
    void styleChart();
    /**
     * Records the loop's run in the project, as `cutover-cli delta run` does: stopped with nothing left to carry is
     * its normal end, recorded as succeeded; stopped with a backlog or changes waiting for a retry, as cancelled.
     */
    void recordLoopRun(Outcome outcome, const DeltaFigures& figures);
    // What a worker found about the capture on Magento 1.
    struct CaptureCheck
    {
        bool ok = false;
        QString error;
        CaptureStatus status;
        QVector<CaptureObject> objects; ///< what "Remove capture" would drop
        bool removal = false; ///< the worker was asked to remove the capture first
        bool removed = false; ///< and it did
    };

    void onFigures(const DeltaFigures& figures);
    void onSyncFinished(int outcome, const QString& message);
    void onConfigLoaded();
    void onCaptureChecked(const CaptureCheck& check);
    void onRemovalPlanned();
    void onRemovalConfirmed();
    void onInstallPlanned();
    void refresh();
    void checkCapture(bool removeFirst);
    void showError(const QString& message);
    void updateButtons();
    void addChartPoint(const DeltaFigures& figures);

    QLabel* m_state;
    QLabel* m_applied;
    QLabel* m_rate;
    QLabel* m_lag;
    QLabel* m_backlog;
    QLabel* m_areas;
    QLabel* m_capture;
    QLabel* m_error;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_remove;
    QPushButton* m_install; ///< "Install capture..." or "Reinstall capture...": shown when it is missing or broken
    QChartView* m_chartView;
    QLineSeries* m_rateSeries;
    QLineSeries* m_lagSeries;
    QValueAxis* m_timeAxis;
    QValueAxis* m_rateAxis;
    QValueAxis* m_lagAxis;
    QPlainTextEdit* m_errors;
    QMessageBox* m_confirm = nullptr;

    std::optional<ConnectionProfile> m_source;
    std::optional<ConnectionProfile> m_destination;
    QString m_sourcePassword;
    QString m_destinationPassword;
    QString m_dmtPath;
    QString m_projectPath;
    QDateTime m_runStarted; ///< of the running loop, for its run record
    bool m_darkChart = false; ///< the chart is styled for a dark palette
    DeltaApplier::Options m_options;
    QSpinBox* m_busyLimit = nullptr; ///< Options::maxThreadsRunning, live

    // Declared before the sync, so that the loop (which reads them) is stopped before they go.
    std::shared_ptr<const DmtConfiguration> m_dmt;
    std::unique_ptr<HandlerRegistry> m_handlers;
    std::unique_ptr<DeltaSync> m_sync;

    struct ConfigLoad
    {
        std::shared_ptr<const DmtConfiguration> dmt;
        QString error;
        CryptKeys keys; ///< for the Encrypt handlers: config.xml, the environment, the stores' own files
    };
    QString m_m1Root;
    QString m_m2Root;
    QFutureWatcher<ConfigLoad> m_configWatcher;
    QFutureWatcher<CaptureCheck> m_checkWatcher;
    QFutureWatcher<CaptureCheck> m_planWatcher;
    QFutureWatcher<CaptureCheck> m_removeWatcher;
    // What installing would create (or why it cannot), then the install's own result.
    struct InstallPlan
    {
        QString error;
        QString blockers;
        CapturePlan plan;
    };
    QFutureWatcher<InstallPlan> m_installPlanWatcher;
    QFutureWatcher<QString> m_installWatcher;
    QTimer m_saveThreshold; ///< a change of the busy threshold is saved once the spin box rests
    QFutureWatcher<QString> m_thresholdWatcher;
    bool m_starting = false;
    bool m_removing = false;
    bool m_installing = false;
    bool m_captureBroken = false; ///< the last check found the capture installed but not whole

    QTimer m_refresh;
    QElapsedTimer m_clock; ///< the chart's time axis: seconds since the page first ran the loop
    qint64 m_lastPointMs = -1;
    DeltaFigures m_latest;
    bool m_dirty = false;
};

} // namespace cutover::ui
