#pragma once

#include "connection/preflight.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace cutover::ui {

class WizardController;
class WizardModel;

/**
 * The Pre-flight page: what the Magento 1 database and the two installation folders show (cron, admin activity,
 * recent orders, the media folder, free disk space), each with its evidence, a Re-check button, and the manual
 * checklist (firewall, safety copy, cron, admin) whose ticks are saved in the project with who and when.
 *
 * The checks run on Qt's thread pool (Preflight::start) with a spinner; the page is complete when they are not
 * running. Findings are advice: a warning does not block the way on. The destructor cancels and waits.
 */
class PreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    PreflightPage(WizardController* controller, WizardModel* model, QWidget* parent = nullptr);
    ~PreflightPage() override;

    void initializePage() override;
    bool isComplete() const override;

    /** Starts the checks again; ignored while they run. */
    void recheck();
    /** From recheck() until checked() was emitted. */
    bool isRunning() const { return m_running; }
    const PreflightReport& report() const { return m_report; }

Q_SIGNALS:
    /** The checks ended and the findings are shown. */
    void checked();

private:
    void onFinished();
    void onTickToggled(const QString& id, bool ticked);
    void onRootsEdited();
    void refreshChecklist();

    WizardController* m_controller;
    WizardModel* m_model;
    QLineEdit* m_m1Root;
    QLineEdit* m_m2Root;
    QPushButton* m_recheck;
    QProgressBar* m_spinner;
    QLabel* m_summary;
    QListWidget* m_findings;
    QHash<QString, QCheckBox*> m_ticks;
    QHash<QString, QLabel*> m_tickNotes;
    QLabel* m_tickError;
    QFutureWatcher<PreflightReport> m_watcher;
    PreflightReport m_report;
    bool m_running = false;
};

} // namespace cutover::ui
