#include "cutoverwizard.h"

#include "connection/preflight.h"
#include "golive/golivechecklist.h"
#include "connectionform.h"
#include "connectionspage.h"
#include "deltapage.h"
#include "golivepage.h"
#include "helpdialog.h"
#include "mapping/dmtconfig.h"
#include "mediapage.h"
#include "migratepage.h"
#include "overviewwindow.h"
#include "preflightpage.h"
#include "reindexpage.h"
#include "tones.h"
#include "welcomepage.h"
#include "wizardcontroller.h"
#include "wizardmodel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>

namespace cutover::ui {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");

// The project file keeps these, not the numbers: they survive pages added in between.
const char* const pageKeys[]
    = { "welcome", "connections", "preflight", "media", "migrate", "delta", "reindex", "golive" };
} // namespace

QString CutoverWizard::pageKey(int id)
{
    if (id < 0 || id >= int(std::size(pageKeys)))
        return {};
    return QLatin1String(pageKeys[id]);
}

int CutoverWizard::pageId(const QString& key)
{
    for (int id = 0; id < int(std::size(pageKeys)); ++id) {
        if (key == QLatin1String(pageKeys[id]))
            return id;
    }
    return -1;
}

CutoverWizard::CutoverWizard(const QString& demoFolder, QWidget* parent)
    : QWizard(parent)
    , m_model(new WizardModel(this))
    , m_controller(new WizardController(m_model, demoFolder, this))
{
    setWindowTitle(tr("Cutover"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePageId, new WelcomePage(m_controller, m_model, this));
    setPage(ConnectionsPageId, new ConnectionsPage(m_controller, m_model, this));
    setPage(PreflightPageId, new PreflightPage(m_controller, m_model, this));
    setPage(MediaPageId, new MediaPage(this));
    auto* migrate = new MigratePage(this);
    migrate->setDmtConfig(DmtConfiguration::defaultPath());
    setPage(MigratePageId, migrate);
    auto* delta = new DeltaPage(this);
    delta->setDmtConfig(DmtConfiguration::defaultPath());
    setPage(DeltaPageId, delta);
    // What the migration leaves behind, delta and the final verification leave out too: kept in the project, and
    // handed on at once for a wizard without one.
    connect(migrate, &MigratePage::stepOptionsChanged, this, [this](const StepOptions& options) {
        qobject_cast<DeltaPage*>(page(DeltaPageId))->setAreas(options.areas);
        qobject_cast<GoLivePage*>(page(GoLivePageId))->setStepOptions(options);
        if (m_model->hasProject()) {
            const QJsonObject json = options.toJson();
            m_controller->updateProject([json](Project& project) { project.stepOptions = json; });
        }
    });
    setPage(ReindexPageId, new ReindexPage(m_controller, m_model, this));
    auto* goLive = new GoLivePage(this);
    goLive->setDmtConfig(DmtConfiguration::defaultPath());
    setPage(GoLivePageId, goLive);
    for (auto signal :
        { &WizardModel::projectChanged, &WizardModel::projectUpdated, &WizardModel::connectionsChanged }) {
        connect(m_model, signal, this, &CutoverWizard::updateMediaPage);
        connect(m_model, signal, this, &CutoverWizard::updateDeltaPage);
        connect(m_model, signal, this, &CutoverWizard::updateMigratePage);
        connect(m_model, signal, this, &CutoverWizard::updateReindexPage);
        connect(m_model, signal, this, &CutoverWizard::updateGoLivePage);
    }
    connect(m_controller, &WizardController::projectOpened, this, &CutoverWizard::onProjectOpened);
    connect(this, &QWizard::currentIdChanged, this, &CutoverWizard::onCurrentIdChanged);
    // Queued: the connections page finishes its own handling of a test before the wizard moves on.
    auto* connections = qobject_cast<ConnectionsPage*>(page(ConnectionsPageId));
    for (ConnectionForm* form : { connections->sourceForm(), connections->destinationForm() })
        connect(form, &ConnectionForm::finished, this, &CutoverWizard::continueResume, Qt::QueuedConnection);
    connect(
        m_controller, &WizardController::passwordLoaded, this, &CutoverWizard::continueResume, Qt::QueuedConnection);
    m_dark = tones::isDark(palette());
    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray()))
        resize(860, 640);
    // The consultants' overview: a button beside the wizard's own, and Ctrl+Shift+O.
    setButtonText(QWizard::CustomButton3, tr("Overview"));
    setOption(QWizard::HaveCustomButton3);
    button(QWizard::CustomButton3)->setToolTip(tr("Every phase of the migration on one screen (Ctrl+Shift+O)"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton3)
            showOverview();
    });
    auto* overview = new QAction(tr("Overview"), this);
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(overview, &QAction::triggered, this, &CutoverWizard::showOverview);
    addAction(overview);
    // Help on every page: the wizard's Help button and F1.
    setOption(QWizard::HaveHelpButton);
    connect(this, &QWizard::helpRequested, this, &CutoverWizard::showHelp);
    auto* help = new QAction(tr("Help"), this);
    help->setShortcut(QKeySequence::HelpContents);
    connect(help, &QAction::triggered, this, &CutoverWizard::showHelp);
    addAction(help);
}

HelpDialog* CutoverWizard::showHelp()
{
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->showPage(currentId());
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    return m_help;
}

OverviewWindow* CutoverWizard::showOverview()
{
    if (!m_overview) {
        m_overview = new OverviewWindow(this);
        m_overview->setModel(m_model);
        m_overview->setMigratePage(qobject_cast<MigratePage*>(page(MigratePageId)));
        m_overview->setMediaPage(qobject_cast<MediaPage*>(page(MediaPageId)));
        m_overview->setDeltaSync(qobject_cast<DeltaPage*>(page(DeltaPageId))->deltaSync());
    }
    m_overview->show();
    m_overview->raise();
    m_overview->activateWindow();
    return m_overview;
}

CutoverWizard::~CutoverWizard() = default;

void CutoverWizard::updateMediaPage()
{
    auto* media = qobject_cast<MediaPage*>(page(MediaPageId));
    const Project& project = m_model->project();
    // Only when the project's folders change, so that what the user typed on the page stays.
    const QStringList roots { project.m1Root, project.m2Root };
    if (roots != m_mediaRoots) {
        m_mediaRoots = roots;
        media->setFolders(project.m1Root.isEmpty() ? QString() : Preflight::m1MediaFolder(project.m1Root),
            project.m2Root.isEmpty() ? QString() : Preflight::m2MediaFolder(project.m2Root));
    }
    media->setProjectPath(m_model->projectPath());
    if (m_model->connectionPassed(SecretRole::Source))
        media->setSourceDatabase(project.source, m_model->password(SecretRole::Source));
    else
        media->setSourceDatabase(std::nullopt);
}

void CutoverWizard::updateDeltaPage()
{
    auto* delta = qobject_cast<DeltaPage*>(page(DeltaPageId));
    const Project& project = m_model->project();
    // Only connections that passed their test this session, with the passwords the user gave for them.
    const bool source = m_model->connectionPassed(SecretRole::Source);
    const bool destination = m_model->connectionPassed(SecretRole::Destination);
    delta->setStoreRoots(project.m1Root, project.m2Root);
    delta->setProjectPath(m_model->projectPath(), project.deltaBusyThreshold);
    delta->setAreas(StepOptions::fromJson(project.stepOptions).areas);
    delta->setConnections(source ? std::optional(project.source) : std::nullopt,
        source ? m_model->password(SecretRole::Source) : QString(),
        destination ? std::optional(project.destination) : std::nullopt,
        destination ? m_model->password(SecretRole::Destination) : QString());
}

void CutoverWizard::updateMigratePage()
{
    auto* migrate = qobject_cast<MigratePage*>(page(MigratePageId));
    const Project& project = m_model->project();
    const bool source = m_model->connectionPassed(SecretRole::Source);
    const bool destination = m_model->connectionPassed(SecretRole::Destination);
    migrate->setProjectPath(m_model->projectPath());
    migrate->setStepOptions(StepOptions::fromJson(project.stepOptions));
    migrate->setStoreRoots(project.m1Root, project.m2Root);
    migrate->setConnections(source && destination ? std::optional(project.source) : std::nullopt,
        source ? m_model->password(SecretRole::Source) : QString(),
        source && destination ? std::optional(project.destination) : std::nullopt,
        destination ? m_model->password(SecretRole::Destination) : QString());
}

void CutoverWizard::updateReindexPage()
{
    auto* reindex = qobject_cast<ReindexPage*>(page(ReindexPageId));
    const Project& project = m_model->project();
    reindex->setMagentoRoot(project.m2Root);
    const bool destination = m_model->connectionPassed(SecretRole::Destination);
    reindex->setDestination(destination ? std::optional(project.destination) : std::nullopt,
        destination ? m_model->password(SecretRole::Destination) : QString());
}

void CutoverWizard::updateGoLivePage()
{
    auto* goLive = qobject_cast<GoLivePage*>(page(GoLivePageId));
    const Project& project = m_model->project();
    const bool source = m_model->connectionPassed(SecretRole::Source);
    const bool destination = m_model->connectionPassed(SecretRole::Destination);
    goLive->setProjectPath(m_model->projectPath());
    // The final verification expects what the migration carried, as the project records its choices.
    goLive->setStepOptions(StepOptions::fromJson(project.stepOptions));
    goLive->setConnections(source ? std::optional(project.source) : std::nullopt,
        source ? m_model->password(SecretRole::Source) : QString(),
        destination ? std::optional(project.destination) : std::nullopt,
        destination ? m_model->password(SecretRole::Destination) : QString());
    // Where the Reindex page runs bin/magento (this computer or the SSH host), the go-live page does too.
    goLive->setStoreRoots(
        project.m1Root, project.m2Root, qobject_cast<ReindexPage*>(page(ReindexPageId))->options().sshTarget);
    goLive->setDeltaSync(qobject_cast<DeltaPage*>(page(DeltaPageId))->deltaSync());
}

void CutoverWizard::onProjectOpened()
{
    stopResume();
    const int target = pageId(m_model->project().progress.currentPage);
    if (target <= WelcomePageId || !page(target))
        return;
    m_resumeTarget = target;
    if (currentId() != WelcomePageId) {
        m_walking = true;
        restart();
        m_walking = false;
    }
    continueResume();
}

void CutoverWizard::continueResume()
{
    if (m_resumeTarget < 0 || m_walking)
        return;
    const QString targetTitle = page(m_resumeTarget)->title();
    auto* connections = qobject_cast<ConnectionsPage*>(page(ConnectionsPageId));
    m_walking = true;
    while (currentId() != m_resumeTarget) {
        const int before = currentId();
        if (before == ConnectionsPageId && !connections->isComplete()) {
            // The passwords are not on disk: the connections are tested again with those the keychain gave, or
            // the user types them. Until both pass, the wizard waits here and says why.
            bool testing = false;
            bool failed = false;
            for (ConnectionForm* form : { connections->sourceForm(), connections->destinationForm() }) {
                if (form->isRunning())
                    testing = true;
                else if (!form->passed() && !form->password().isEmpty() && !form->report().findings.isEmpty())
                    failed = true;
                else if (!form->passed() && !form->password().isEmpty())
                    testing = form->test() || testing;
            }
            if (testing)
                connections->setResumeNote(
                    tr("This project was left on %1. Cutover is testing the connections before going back there.")
                        .arg(targetTitle));
            else if (failed)
                connections->setResumeNote(tr("This project was left on %1, but a connection no longer passes its "
                                              "test: fix what is shown beside the field, then test it again.")
                                               .arg(targetTitle));
            else
                connections->setResumeNote(tr("This project was left on %1. Enter the database passwords and test "
                                              "both connections to go back there.")
                                               .arg(targetTitle));
            break;
        }
        next();
        if (currentId() == before) {
            // The page refused to move on (its validatePage): it needs the user.
            stopResume();
            break;
        }
    }
    m_walking = false;
    if (currentId() == m_resumeTarget)
        stopResume();
}

void CutoverWizard::stopResume()
{
    m_resumeTarget = -1;
    qobject_cast<ConnectionsPage*>(page(ConnectionsPageId))->setResumeNote({});
}

void CutoverWizard::onCurrentIdChanged(int id)
{
    const int last = m_lastId;
    m_lastId = id;
    if (id == GoLivePageId)
        updateGoLivePage(); // the delta loop and the SSH host may have changed since
    if (m_walking)
        return;
    if (m_resumeTarget >= 0) {
        // The user went back: they chose where to be. Moving on (the connections page's own re-check) continues.
        if (id < last)
            stopResume();
        else
            continueResume();
        return;
    }
    if (id <= WelcomePageId || !m_model->hasProject())
        return;
    const QString key = pageKey(id);
    // While a save is queued the model's page is stale (Next then Back under a held lock): save it anyway.
    if (!key.isEmpty() && (m_controller->isSaving() || key != m_model->project().progress.currentPage))
        m_controller->saveCurrentPage(key);
}

void CutoverWizard::saveGeometry()
{
    QSettings().setValue(geometryKey, QWizard::saveGeometry());
}

QStringList CutoverWizard::runningWork() const
{
    QStringList work;
    if (qobject_cast<MigratePage*>(page(MigratePageId))->isRunning())
        work << tr("the settings and data migration (it resumes where it stopped)");
    if (qobject_cast<MediaPage*>(page(MediaPageId))->isRunning())
        work << tr("the media copy (it resumes where it stopped)");
    if (qobject_cast<DeltaPage*>(page(DeltaPageId))->isRunning())
        work << tr("delta: what Magento 1 writes meanwhile waits until delta is started again");
    if (qobject_cast<ReindexPage*>(page(ReindexPageId))->isRunning())
        work << tr("the reindex");
    if (qobject_cast<GoLivePage*>(page(GoLivePageId))->isBusy())
        work << tr("a go-live step");
    const GoLiveChecklist checklist(m_model->project().progress);
    if (checklist.downtimeStarted() && !checklist.downtimeEnded())
        work << tr("go-live: the store is in maintenance and the downtime clock runs");
    return work;
}

bool CutoverWizard::confirmClose()
{
    const QStringList work = runningWork();
    if (work.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Close Cutover"),
        tr("Cutover is in the middle of work. Close it anyway?"), QMessageBox::Close | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmClose"));
    box.setInformativeText(tr("Closing stops: %1.").arg(work.join(QStringLiteral("; "))));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Close;
}

void CutoverWizard::closeEvent(QCloseEvent* event)
{
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    m_closeConfirmed = true;
    saveGeometry();
    QWizard::closeEvent(event);
    m_closeConfirmed = false;
}

void CutoverWizard::reject()
{
    // Escape and Cancel: the same question as the window's close button (closeEvent asked it already).
    if (!m_closeConfirmed && !confirmClose())
        return;
    QWizard::reject();
}

void CutoverWizard::changeEvent(QEvent* event)
{
    QWizard::changeEvent(event);
    // The desktop switched between light and dark: the pages' errors, done states and warnings take the colours
    // chosen for the new palette.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        const bool dark = tones::isDark(palette());
        if (dark != m_dark) {
            m_dark = dark;
            tones::refresh(this);
        }
    }
}

void CutoverWizard::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        QWidget* focus = focusWidget();
        if (qobject_cast<QLineEdit*>(focus) || qobject_cast<QAbstractSpinBox*>(focus)) {
            event->accept();
            return;
        }
    }
    QWizard::keyPressEvent(event);
}

void CutoverWizard::done(int result)
{
    saveGeometry();
    QWizard::done(result);
}

} // namespace cutover::ui
