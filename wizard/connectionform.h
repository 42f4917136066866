#pragma once

#include "connection/connectionprobe.h"
#include "db/connectionprofile.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace cutover::ui {

/**
 * One database's connection form on the Connections page: host, port or socket, user, password (and whether to
 * keep it in the keychain), database, table prefix, TLS mode and CA file, a Test button, and the probe's steps
 * as they finish, with a spinner while it runs.
 *
 * The probe runs on Qt's thread pool (ConnectionProbe::start); this form watches it and never blocks. A failure
 * is shown next to the field it concerns (a wrong password next to the password, an unknown database next to the
 * database, a prefix to use next to the prefix). Editing any field forgets the last result. The destructor
 * cancels a running probe and waits for it.
 */
class ConnectionForm : public QWidget
{
    Q_OBJECT
public:
    /** The fields an inline error can stand next to. */
    enum class Field { Host, Port, Socket, User, Password, Remember, Database, Prefix, Tls, CaFile, Form };

    ConnectionForm(ProbeRole role, QWidget* parent = nullptr);
    ~ConnectionForm() override;

    ProbeRole role() const { return m_role; }
    /** Fills the fields; forgets the last result. */
    void setProfile(const ConnectionProfile& profile);
    /** The profile the fields describe, or std::nullopt after showing what is missing next to the fields. */
    std::optional<ConnectionProfile> profile();
    QString password() const;
    void setPassword(const QString& password);
    bool rememberPassword() const;
    void setRememberPassword(bool remember);

    /** Starts the test; ignored while one runs. False (with the reason next to the field) when a field is bad. */
    bool test();
    /** From test() until finished() was emitted. */
    bool isRunning() const { return m_running; }
    /** The last test passed and nothing was edited since. */
    bool passed() const { return m_passed; }
    /** Milliseconds since the last test passed; -1 when it did not. */
    qint64 msSincePass() const { return m_passed ? m_passedAt.elapsed() : -1; }
    const ProbeReport& report() const { return m_report; }
    /** The profile of the last test. */
    const ConnectionProfile& testedProfile() const { return m_tested; }

    /** Shows `message` next to `field` (an empty message hides it). */
    void showError(Field field, const QString& message);
    QString errorText(Field field) const;

Q_SIGNALS:
    /** A test started. */
    void started();
    /** A test ended; `passed` as passed(). */
    void finished(bool passed);
    /** A field was edited: the last result no longer holds. */
    void edited();
    /** The remember box was ticked or unticked by the user. */
    void rememberToggled(bool remember);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitErrors();
    void onStepReady(int index);
    void onProbeFinished();
    void onEdited();
    void clearErrors();
    void showFailure(const ProbeFinding& failure);
    void updateSocketMode();
    QWidget* fieldWidget(Field field) const;

    ProbeRole m_role;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_socket;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLineEdit* m_database;
    QLineEdit* m_prefix;
    QComboBox* m_tls;
    QLineEdit* m_caFile;
    QPushButton* m_browseCa;
    QPushButton* m_testButton;
    QProgressBar* m_spinner;
    QLabel* m_status;
    QListWidget* m_results;
    QFormLayout* m_form;
    QHash<int, QLabel*> m_errors;

    QFutureWatcher<ProbeFinding> m_watcher;
    ConnectionProfile m_tested;
    ProbeReport m_report;
    bool m_running = false;
    bool m_passed = false;
    bool m_filling = false;
    QElapsedTimer m_passedAt;
};

} // namespace cutover::ui
