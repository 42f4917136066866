#pragma once

#include <QWizard>

namespace cutover::ui {

/** The main window: one wizard page per step of the migration. */
class CutoverWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePageId = 0 };

    explicit CutoverWizard(QWidget* parent = nullptr);
};

} // namespace cutover::ui
