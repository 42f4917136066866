#pragma once

#include <QStringList>
#include <QWizard>

namespace cutover::ui {

class HelpDialog;
class OverviewWindow;
class WizardController;
class WizardModel;

/** The main window: one wizard page per step of the migration. Owns the model and the controller. */
class CutoverWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        WelcomePageId = 0,
        ConnectionsPageId,
        PreflightPageId,
        MediaPageId,
        MigratePageId,
        DeltaPageId,
        ReindexPageId,
        /** Reserved for the Go-live page (wizard/golivepage.h), which follows Reindex. */
        GoLivePageId,
    };

    /** The stable id of a page as the project file keeps it ("media"); empty for an unknown id. */
    static QString pageKey(int id);
    /** The page id of a stable id; -1 when unknown. */
    static int pageId(const QString& key);

    /** `demoFolder` empty means the demo store's default folder. */
    explicit CutoverWizard(const QString& demoFolder = {}, QWidget* parent = nullptr);
    ~CutoverWizard() override;

    WizardModel* model() const { return m_model; }
    WizardController* controller() const { return m_controller; }
    /** The page a reopened project returns to while the wizard walks there; -1 when not returning. */
    int resumeTarget() const { return m_resumeTarget; }
    /** Opens (or raises) the consultants' overview window, fed by this wizard's project and running work. */
    OverviewWindow* showOverview();
    /** Opens (or raises) the help of the current page: its text and its part of the migration guide. */
    HelpDialog* showHelp();

protected:
    /** Asks before closing while work runs or go-live's downtime clock runs (see confirmClose()). */
    void closeEvent(QCloseEvent* event) override;
    /** Escape and Cancel ask as the close button does. */
    void reject() override;
    /**
     * Return or Enter in a text or number field ends the edit (the field's editingFinished saves it) and stays on
     * the page: QWizard would press Next, or Finish on the go-live page, which closes the window in the middle of
     * go-live when the user confirms the new server's address.
     */
    void keyPressEvent(QKeyEvent* event) override;
    /** A switch between a light and a dark palette re-colours what the pages show in a tone (tones::refresh). */
    void changeEvent(QEvent* event) override;
    void done(int result) override;

private:
    void saveGeometry();
    /** What closing the window would stop, translated; empty when nothing runs. */
    QStringList runningWork() const;
    /** True when nothing runs, or the user confirms closing (a "confirmClose" message box, Cancel by default). */
    bool confirmClose();
    void updateMediaPage();
    void updateDeltaPage();
    void updateMigratePage();
    void updateReindexPage();
    void updateGoLivePage();
    void onProjectOpened();
    void onCurrentIdChanged(int id);
    /** Moves on towards m_resumeTarget while the pages let it; stops at the first page that needs the user. */
    void continueResume();
    void stopResume();

    WizardModel* m_model;
    WizardController* m_controller;
    QStringList m_mediaRoots { QString(), QString() };
    int m_resumeTarget = -1;
    bool m_closeConfirmed = false; ///< closeEvent asked already; its reject() must not ask again
    bool m_dark = false; ///< the palette the tones were chosen for
    bool m_walking = false; ///< continueResume() is moving pages: those moves are not the user's
    int m_lastId = -1;
    OverviewWindow* m_overview = nullptr;
    HelpDialog* m_help = nullptr;
};

} // namespace cutover::ui
