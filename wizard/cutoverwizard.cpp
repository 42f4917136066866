#include "cutoverwizard.h"

#include "connection/preflight.h"
#include "connectionspage.h"
#include "deltapage.h"
#include "mapping/dmtconfig.h"
#include "mediapage.h"
#include "migratepage.h"
#include "preflightpage.h"
#include "welcomepage.h"
#include "wizardcontroller.h"
#include "wizardmodel.h"

#include <QCloseEvent>
#include <QDir>
#include <QSettings>

namespace cutover::ui {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
} // namespace

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
    for (auto signal :
        { &WizardModel::projectChanged, &WizardModel::projectUpdated, &WizardModel::connectionsChanged }) {
        connect(m_model, signal, this, &CutoverWizard::updateMediaPage);
        connect(m_model, signal, this, &CutoverWizard::updateDeltaPage);
        connect(m_model, signal, this, &CutoverWizard::updateMigratePage);
    }
    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray()))
        resize(860, 640);
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
    migrate->setStoreRoots(project.m1Root, project.m2Root);
    migrate->setConnections(source && destination ? std::optional(project.source) : std::nullopt,
        source ? m_model->password(SecretRole::Source) : QString(),
        source && destination ? std::optional(project.destination) : std::nullopt,
        destination ? m_model->password(SecretRole::Destination) : QString());
}

void CutoverWizard::saveGeometry()
{
    QSettings().setValue(geometryKey, QWizard::saveGeometry());
}

void CutoverWizard::closeEvent(QCloseEvent* event)
{
    saveGeometry();
    QWizard::closeEvent(event);
}

void CutoverWizard::done(int result)
{
    saveGeometry();
    QWizard::done(result);
}

} // namespace cutover::ui
