#include "cutoverwizard.h"

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
    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray()))
        resize(860, 640);
}

CutoverWizard::~CutoverWizard() = default;

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
