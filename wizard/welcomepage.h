#pragma once

#include <QWizardPage>

namespace cutover::ui {

/** The first page: start a new project or open a recent one. */
class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
};

} // namespace cutover::ui
