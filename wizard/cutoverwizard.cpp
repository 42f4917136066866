#include "cutoverwizard.h"

#include "welcomepage.h"

namespace cutover::ui {

CutoverWizard::CutoverWizard(QWidget* parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Cutover"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(WelcomePageId, new WelcomePage(this));
}

} // namespace cutover::ui
