#include "connectionspage.h"

#include "connectionform.h"
#include "log/log.h"
#include "runrecords.h"
#include "wizardcontroller.h"
#include "wizardmodel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>
#include <QWizard>

namespace cutover::ui {

ConnectionsPage::ConnectionsPage(WizardController* controller, WizardModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_model(model)
    , m_source(new ConnectionForm(ProbeRole::Source, this))
    , m_destination(new ConnectionForm(ProbeRole::Destination, this))
    , m_summary(new QLabel(this))
    , m_resumeNote(new QLabel(this))
{
    setTitle(tr("Connections"));
    setSubTitle(tr("Where the Magento 1 store's database is, and the Magento 2 database to fill. Test both: "
                   "Cutover checks the network, the login, which Magento each holds and the privileges it needs."));
    m_source->setObjectName(QStringLiteral("sourceForm"));
    m_destination->setObjectName(QStringLiteral("destinationForm"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_resumeNote->setObjectName(QStringLiteral("resumeNote"));
    m_resumeNote->setWordWrap(true);
    m_resumeNote->hide();

    auto* sourceBox = new QGroupBox(tr("Magento 1 (source)"), this);
    (new QVBoxLayout(sourceBox))->addWidget(m_source);
    auto* destinationBox = new QGroupBox(tr("Magento 2 (destination)"), this);
    (new QVBoxLayout(destinationBox))->addWidget(m_destination);
    auto* columns = new QHBoxLayout;
    columns->addWidget(sourceBox, 1);
    columns->addWidget(destinationBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_resumeNote);
    layout->addWidget(m_summary);

    for (ConnectionForm* form : { m_source, m_destination }) {
        connect(form, &ConnectionForm::started, this, &QWizardPage::completeChanged);
        connect(form, &ConnectionForm::finished, this, [this, form](bool passed) { onFormFinished(form, passed); });
        connect(form, &ConnectionForm::edited, this, [this, form] { onFormEdited(form); });
        connect(form, &ConnectionForm::rememberToggled, this,
            [this, form](bool remember) { onRememberToggled(form, remember); });
    }
    connect(m_model, &WizardModel::projectChanged, this, &ConnectionsPage::loadFromProject);
    connect(m_controller, &WizardController::passwordLoaded, this, &ConnectionsPage::onPasswordLoaded);
    connect(m_controller, &WizardController::keychainFinished, this, &ConnectionsPage::onKeychainFinished);
    loadFromProject();
}

void ConnectionsPage::loadFromProject()
{
    const Project& project = m_model->project();
    m_source->setProfile(project.source);
    m_destination->setProfile(project.destination);
    for (const SecretRole role : { SecretRole::Source, SecretRole::Destination }) {
        formOf(role)->setPassword(m_model->password(role));
        formOf(role)->setRememberPassword(false);
    }
    m_summary->clear();
    if (m_model->hasProject())
        m_controller->loadPasswords();
    emit completeChanged();
}

void ConnectionsPage::setResumeNote(const QString& note)
{
    m_resumeNote->setText(note);
    m_resumeNote->setVisible(!note.isEmpty());
}

void ConnectionsPage::initializePage()
{
    m_advanceWhenDone = false;
    m_validated = false;
}

bool ConnectionsPage::isComplete() const
{
    return m_source->passed() && m_destination->passed() && !m_source->isRunning() && !m_destination->isRunning();
}

bool ConnectionsPage::validatePage()
{
    if (m_validated) {
        m_validated = false;
        return true;
    }
    if (!isComplete())
        return false;
    // Firewalls and grants change: a result older than the limit is confirmed before moving on.
    bool rechecking = false;
    for (ConnectionForm* form : { m_source, m_destination }) {
        if (form->msSincePass() > m_recheckAfterMs)
            rechecking = form->test() || rechecking;
    }
    if (!rechecking)
        return true;
    m_advanceWhenDone = true;
    m_summary->setText(tr("Checking the connections again before moving on..."));
    return false;
}

void ConnectionsPage::onFormFinished(ConnectionForm* form, bool passed)
{
    const SecretRole role = roleOf(form);
    if (passed) {
        m_model->setPassword(role, form->password());
        // Saved on a worker; a failure is shown beside the form when the answer comes.
        const QPointer<ConnectionForm> guard(form);
        const QString path = m_model->projectPath();
        const auto notSaved = [guard, path](bool ok) {
            if (!ok && guard)
                guard->showError(ConnectionForm::Field::Form,
                    tr("The connection works, but it could not be saved in the project file %1. Check that the "
                       "file and its folder are writable.")
                        .arg(path));
        };
        if (!m_controller->saveConnection(role, form->testedProfile(), notSaved))
            notSaved(false);
        if (form->rememberPassword())
            m_controller->rememberPassword(role, form->password());
    }
    m_model->setConnectionPassed(role, passed);
    emit completeChanged();

    if (m_source->isRunning() || m_destination->isRunning())
        return;
    if (passed && isComplete()) {
        // Both sides pass: recorded as `cutover-cli check` records it, so that the report names each store's
        // Magento release and database server.
        QJsonObject details { { QStringLiteral("passed"), true } };
        for (ConnectionForm* side : { m_source, m_destination })
            details.insert(probeRoleName(side->role()), side->report().toJson());
        m_controller->recordRun(RunRecord::endingNow(QStringLiteral("wizard check"), QDateTime::currentDateTimeUtc(),
            RunOutcome::Succeeded,
            tr("%1 passed, %2 passed").arg(probeRoleName(ProbeRole::Source), probeRoleName(ProbeRole::Destination)),
            details));
    }
    if (isComplete())
        m_summary->setText(tr("Both connections work. Continue with the pre-flight checks."));
    else
        m_summary->setText(tr("Next is enabled once both connections pass their test."));
    if (m_advanceWhenDone) {
        m_advanceWhenDone = false;
        if (isComplete() && wizard()) {
            m_validated = true;
            wizard()->next();
        }
    }
}

void ConnectionsPage::onFormEdited(ConnectionForm* form)
{
    m_model->setConnectionPassed(roleOf(form), false);
    emit completeChanged();
}

void ConnectionsPage::onRememberToggled(ConnectionForm* form, bool remember)
{
    form->showError(ConnectionForm::Field::Remember, QString());
    if (!remember)
        m_controller->forgetPassword(roleOf(form));
    else if (form->passed())
        m_controller->rememberPassword(roleOf(form), form->password());
}

void ConnectionsPage::onPasswordLoaded(SecretRole role)
{
    ConnectionForm* form = formOf(role);
    if (!form->password().isEmpty())
        return;
    form->setPassword(m_model->password(role));
    form->setRememberPassword(true);
}

void ConnectionsPage::onKeychainFinished(SecretRole role, bool ok, const QString& message)
{
    ConnectionForm* form = formOf(role);
    if (ok || !form->rememberPassword()) {
        form->showError(ConnectionForm::Field::Remember, QString());
        return;
    }
    QString reason = message.trimmed();
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    form->showError(ConnectionForm::Field::Remember,
        tr("The password was not kept: %1. Cutover will ask for it when the project is opened again.")
            .arg(reason.toHtmlEscaped()));
}

ConnectionForm* ConnectionsPage::formOf(SecretRole role) const
{
    return role == SecretRole::Source ? m_source : m_destination;
}

SecretRole ConnectionsPage::roleOf(const ConnectionForm* form)
{
    return form->role() == ProbeRole::Source ? SecretRole::Source : SecretRole::Destination;
}

} // namespace cutover::ui
