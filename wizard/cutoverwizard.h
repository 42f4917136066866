#pragma once

#include <QStringList>
#include <QWizard>

namespace cutover::ui {

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
    };

    /** `demoFolder` empty means the demo store's default folder. */
    explicit CutoverWizard(const QString& demoFolder = {}, QWidget* parent = nullptr);
    ~CutoverWizard() override;

    WizardModel* model() const { return m_model; }
    WizardController* controller() const { return m_controller; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void done(int result) override;

private:
    void saveGeometry();
    void updateMediaPage();
    void updateDeltaPage();
    void updateMigratePage();

    WizardModel* m_model;
    WizardController* m_controller;
    QStringList m_mediaRoots { QString(), QString() };
};

} // namespace cutover::ui
