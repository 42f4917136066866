#include "cutoverwizard.h"

#include "connection/preflight.h"
#include "connectionspage.h"
#include "mediapage.h"
#include "preflightpage.h"
#include "welcomepage.h"
#include "wizardcontroller.h"
#include "wizardmodel.h"

#include <QCloseEvent>
#include <QSettings>

namespace cutover::ui {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
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
    connect(m_model, &WizardModel::projectChanged, this, &CutoverWizard::updateMediaPage);
    connect(m_model, &WizardModel::projectUpdated, this, &CutoverWizard::updateMediaPage);
    connect(m_model, &WizardModel::connectionsChanged, this, &CutoverWizard::updateMediaPage);
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
