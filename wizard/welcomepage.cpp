#include "welcomepage.h"

namespace cutover::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Welcome to Cutover"));
}

} // namespace cutover::ui
