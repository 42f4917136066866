#pragma once

#include "delta/deltaapplier.h"
#include "engine/progresstracker.h"
#include "media/mediacopier.h"
#include "project/project.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <array>
#include <optional>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;

namespace cutover {
class DeltaSync;
class MigrationRunner;
} // namespace cutover

namespace cutover::ui {

class MediaPage;
class MigratePage;
class WizardModel;

/**
 * The consultants' overview: one top-level window that shows every phase of the migration in the seed's order
 * (Connections, Pre-flight, Settings, Media, Data, Verification, Reindex, Delta, Go-live, Store open), each with its
 * state in colour and in words with a symbol, when it ran and how long, its key figures, and for a phase that runs
 * now the done/total, rate and ETA; delta's live figures; the downtime clock while Magento 1 is in maintenance.
 *
 * What was recorded comes from the open project (its run records' details, the checklist ticks), re-read when the
 * file changes (a quick local read; no database is ever queried here). What runs now comes from the wizard's
 * DeltaSync (figuresChanged), the Settings and data page's MigrationRunner (progressChanged) and the Media page
 * (progressChanged). Type scales with the window so that it reads on a projector; F11 or the button toggles a
 * full-screen presentation mode, Esc leaves it; the window remembers its size. GUI thread only.
 */
class OverviewWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Phase {
        Connections,
        Preflight,
        Settings,
        Media,
        Data,
        Verification,
        Reindex,
        Delta,
        GoLive,
        StoreOpen,
    };
    static constexpr int phaseCount = 10;

    enum class State {
        NotStarted,
        Running,
        Done,
        Failed,
        Skipped, ///< left out or done out of order with an override
    };

    /** A top-level window even with a parent (the wizard), so that it closes with it. */
    explicit OverviewWindow(QWidget* parent = nullptr);
    ~OverviewWindow() override;

    /** The stable key of a phase ("media"): the object name of its row is "phase-<key>". */
    static QString phaseKey(Phase phase);
    /** The translated name of a phase and of a state. */
    static QString phaseTitle(Phase phase);
    static QString stateTitle(State state);

    /** Follows the wizard's model: its project, the file it came from, the connections that passed this session. */
    void setModel(WizardModel* model);
    /** Shows `project`, read from `path`; the file is read again whenever it changes (runs recorded by workers). */
    void setProject(const Project& project, const QString& path = {});
    /** Reads the project at `path` and follows it. A file that cannot be read is named in the window's status. */
    void setProjectFile(const QString& path);
    /** The live sources; each may be null or go away at any time. */
    void setDeltaSync(DeltaSync* sync);
    void setMigratePage(MigratePage* page);
    void setMediaPage(MediaPage* page);

    State state(Phase phase) const { return m_rows[int(phase)].state; }
    /** What a phase's row shows (for tests and screen readers): state, when, figures, live progress. */
    QString rowText(Phase phase) const;
    /** The downtime clock as shown ("Downtime 0:12:04"), empty before maintenance went on. */
    QString downtimeText() const;

    bool isPresentationMode() const { return isFullScreen(); }
    void setPresentationMode(bool on);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct Row
    {
        State state = State::NotStarted;
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* badge = nullptr;
        QLabel* when = nullptr;
        QLabel* figures = nullptr;
        QLabel* live = nullptr;
        QProgressBar* bar = nullptr;
    };
    struct Live
    {
        QString figures; ///< done/total, rate, ETA
        int permille = -1; ///< -1: no bar
        QDateTime since; ///< when this session saw it start
    };

    void refresh();
    void tick();
    void reloadIfChanged();
    /** Looks at the project file on a worker and reads it there when it changed (the timer's and the model's way). */
    void reloadInBackground();
    struct Reloaded
    {
        QString path;
        bool changed = false;
        bool missing = false;
        QDateTime stamp;
        qint64 size = -1;
        std::optional<Project> project;
        QString error;
    };
    void onReloaded();
    void applyFonts();
    void saveSize();
    void attachRunner();
    void onMigrationProgress(const RunProgress& progress);
    void onMediaProgress(const MediaCopyProgress& progress);
    void onDeltaFigures(const DeltaFigures& figures);
    void setRow(Phase phase, State state, const QString& when, const QString& figures, const Live* live = nullptr);
    QString deltaLine(const DeltaFigures& figures, bool live) const;

    std::array<Row, phaseCount> m_rows;
    QLabel* m_heading;
    QLabel* m_clock;
    QLabel* m_downtime;
    QLabel* m_deltaStrip;
    QLabel* m_status;
    QPushButton* m_presentation;

    Project m_project;
    QString m_path;
    QDateTime m_fileStamp;
    qint64 m_fileSize = -1;
    QFutureWatcher<Reloaded> m_reload;
    QPointer<WizardModel> m_model;
    QPointer<DeltaSync> m_sync;
    QPointer<MigratePage> m_migrate;
    QPointer<MediaPage> m_media;
    QPointer<MigrationRunner> m_runner;

    std::optional<RunProgress> m_migration; ///< the running migration's latest progress
    bool m_migrationIsSettings = false;
    QDateTime m_migrationSince;
    std::optional<MediaCopyProgress> m_mediaProgress;
    QDateTime m_mediaSince;
    std::optional<DeltaFigures> m_delta; ///< the latest live figures this session
    QDateTime m_deltaSince;
    QSet<QString> m_settingsTitles; ///< the Settings steps' titles: a running step is Settings or Data by it
    QSet<QString> m_settingsIds; ///< and their ids: a recorded step is Settings or Data by it
    QTimer m_timer; ///< once a second: the clocks, the project file, the running phases
    QByteArray m_normalGeometry;
};

} // namespace cutover::ui
