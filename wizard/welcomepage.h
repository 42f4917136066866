#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace cutover::ui {

class WizardController;
class WizardModel;

/**
 * The first page: what Cutover does, a new or existing project, the recent projects, and the demo store with
 * its progress. Complete once a project is open.
 */
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    WelcomePage(WizardController* controller, WizardModel* model, QWidget* parent = nullptr);

    bool isComplete() const override;

private:
    void onNewProject();
    void onOpenProject();
    void onRecentActivated(QListWidgetItem* item);
    void onRemoveRecent();
    void onProjectChanged();
    void onError(const QString& message, const QString& details);
    void onDemoStarted();
    void onDemoProgress(const QString& step, qint64 done, qint64 total);
    void onDemoFinished(bool succeeded);
    void refreshRecentProjects();
    void clearError();
    QString lastFolder() const;

    WizardController* m_controller;
    WizardModel* m_model;

    QPushButton* m_newButton;
    QPushButton* m_openButton;
    QPushButton* m_demoButton;
    QLabel* m_currentProject;
    QListWidget* m_recentList;
    QPushButton* m_removeRecentButton;
    QWidget* m_demoBox;
    QLabel* m_demoStep;
    QProgressBar* m_demoBar;
    QPushButton* m_cancelDemoButton;
    QWidget* m_errorBox;
    QLabel* m_errorLabel;
    QToolButton* m_detailsButton;
    QPlainTextEdit* m_detailsText;
};

} // namespace cutover::ui
