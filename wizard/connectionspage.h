#pragma once

#include "project/secretstore.h"

#include <QWizardPage>

class QLabel;

namespace cutover::ui {

class ConnectionForm;
class WizardController;
class WizardModel;

/**
 * The Connections page: the Magento 1 (source) and Magento 2 (destination) databases, each with its form, Test
 * button and live results (ConnectionForm). Complete only when both connections passed their test and nothing
 * was edited since. A passing test saves the profile (never the password) in the project, keeps the password in
 * the model for this session, and in the keychain when the user asks.
 *
 * validatePage() follows the house's async pattern: when a result is older than recheckAfterMs() it tests that
 * side again, shows the spinner, returns false, and moves on with wizard()->next() once both pass again.
 */
class ConnectionsPage : public QWizardPage
{
    Q_OBJECT
public:
    ConnectionsPage(WizardController* controller, WizardModel* model, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ConnectionForm* sourceForm() const { return m_source; }
    ConnectionForm* destinationForm() const { return m_destination; }

    /**
     * Why the wizard stopped here while returning to the page a reopened project was left on ("test both
     * connections to go back to Media"); empty hides it. Shown above the summary until both connections pass.
     */
    void setResumeNote(const QString& note);

    /** A passed test older than this is repeated when the user moves on (default: 10 minutes). */
    qint64 recheckAfterMs() const { return m_recheckAfterMs; }
    void setRecheckAfterMs(qint64 ms) { m_recheckAfterMs = ms; }

private:
    void loadFromProject();
    void onFormFinished(ConnectionForm* form, bool passed);
    void onFormEdited(ConnectionForm* form);
    void onRememberToggled(ConnectionForm* form, bool remember);
    void onPasswordLoaded(SecretRole role);
    void onKeychainFinished(SecretRole role, bool ok, const QString& message);
    ConnectionForm* formOf(SecretRole role) const;
    static SecretRole roleOf(const ConnectionForm* form);

    WizardController* m_controller;
    WizardModel* m_model;
    ConnectionForm* m_source;
    ConnectionForm* m_destination;
    QLabel* m_summary;
    QLabel* m_resumeNote;
    qint64 m_recheckAfterMs = 10 * 60 * 1000;
    bool m_advanceWhenDone = false;
    bool m_validated = false;
};

} // namespace cutover::ui
