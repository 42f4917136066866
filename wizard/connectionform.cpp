#include "connectionform.h"

#include "log/log.h"
#include "tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace cutover::ui {

namespace {

QIcon statusIcon(const QStyle* style, ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ProbeStatus::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ProbeStatus::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ProbeStatus::Skipped:
        return style->standardIcon(QStyle::SP_ArrowRight);
    }
    return {};
}

const char* fieldName(ConnectionForm::Field field)
{
    switch (field) {
    case ConnectionForm::Field::Host:
        return "host";
    case ConnectionForm::Field::Port:
        return "port";
    case ConnectionForm::Field::Socket:
        return "socket";
    case ConnectionForm::Field::User:
        return "user";
    case ConnectionForm::Field::Password:
        return "password";
    case ConnectionForm::Field::Remember:
        return "remember";
    case ConnectionForm::Field::Database:
        return "database";
    case ConnectionForm::Field::Prefix:
        return "prefix";
    case ConnectionForm::Field::Tls:
        return "tls";
    case ConnectionForm::Field::CaFile:
        return "caFile";
    case ConnectionForm::Field::Form:
        return "form";
    }
    return "";
}

} // namespace

ConnectionForm::ConnectionForm(ProbeRole role, QWidget* parent)
    : QWidget(parent)
    , m_role(role)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_socket(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system keychain"), this))
    , m_database(new QLineEdit(this))
    , m_prefix(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_caFile(new QLineEdit(this))
    , m_browseCa(new QPushButton(tr("Browse..."), this))
    , m_testButton(new QPushButton(tr("Test connection"), this))
    , m_spinner(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_form(new QFormLayout)
{
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setAccessibleName(tr("Host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setAccessibleName(tr("Port"));
    m_socket->setObjectName(QStringLiteral("socket"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_database->setObjectName(QStringLiteral("database"));
    m_prefix->setObjectName(QStringLiteral("prefix"));
    m_tls->setObjectName(QStringLiteral("tls"));
    // The choices are long in German and French: the field may be narrower than them, its list never is.
    m_tls->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tls->setMinimumContentsLength(16);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setAccessibleName(tr("CA file"));
    m_testButton->setObjectName(QStringLiteral("test"));
    m_spinner->setObjectName(QStringLiteral("spinner"));
    m_spinner->setAccessibleName(tr("Testing the connection"));
    m_status->setObjectName(QStringLiteral("status"));
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setAccessibleName(tr("Connection test results"));

    m_host->setPlaceholderText(tr("db.example.com"));
    m_port->setRange(1, 65535);
    m_port->setValue(ConnectionProfile::defaultPort);
    m_socket->setPlaceholderText(tr("optional: /run/mysqld/mysqld.sock"));
    m_password->setEchoMode(QLineEdit::Password);
    m_database->setPlaceholderText(role == ProbeRole::Source ? tr("magento1") : tr("magento2"));
    m_prefix->setPlaceholderText(tr("none"));
    m_caFile->setPlaceholderText(tr("CA certificate (PEM), for checked TLS"));
    m_tls->addItem(tr("Preferred (when the server offers it)"), int(TlsMode::Preferred));
    m_tls->addItem(tr("Required"), int(TlsMode::Required));
    m_tls->addItem(tr("Required, certificate checked"), int(TlsMode::VerifyCa));
    m_tls->addItem(tr("Required, certificate and host name checked"), int(TlsMode::VerifyIdentity));
    m_tls->addItem(tr("Off"), int(TlsMode::Disabled));
    m_spinner->setRange(0, 0);
    m_spinner->setTextVisible(false);
    m_spinner->setMaximumHeight(10);
    m_spinner->hide();
    m_status->setWordWrap(true);
    m_results->setWordWrap(true);
    m_results->setTextElideMode(Qt::ElideNone);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    // Reachable by Tab, so that a keyboard or screen reader user can read the checks line by line.
    m_results->setFocusPolicy(Qt::StrongFocus);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setSpacing(1);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setVerticalSpacing(4);
    const auto addError = [this](Field field) {
        auto* label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(fieldName(field)) + QStringLiteral("Error"));
        label->setWordWrap(true);
        tones::apply(label, tones::Tone::Error);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        m_errors.insert(int(field), label);
        m_form->addRow(QString(), label);
        m_form->setRowVisible(label, false);
        return label;
    };
    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), this));
    hostRow->addWidget(m_port);
    m_form->addRow(tr("Host:"), hostRow);
    addError(Field::Host);
    addError(Field::Port);
    m_form->addRow(tr("&Socket:"), m_socket);
    addError(Field::Socket);
    m_form->addRow(tr("&User:"), m_user);
    addError(Field::User);
    m_form->addRow(tr("Pass&word:"), m_password);
    addError(Field::Password);
    m_form->addRow(QString(), m_remember);
    addError(Field::Remember);
    m_form->addRow(tr("&Database:"), m_database);
    addError(Field::Database);
    m_form->addRow(tr("Table &prefix:"), m_prefix);
    QLabel* prefixError = addError(Field::Prefix);
    m_form->addRow(tr("&TLS:"), m_tls);
    addError(Field::Tls);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseCa);
    m_form->addRow(tr("CA file:"), caRow);
    addError(Field::CaFile);

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_spinner, 1);
    testRow->addStretch();
    QLabel* formError = new QLabel(this);
    formError->setObjectName(QStringLiteral("formError"));
    formError->setWordWrap(true);
    tones::apply(formError, tones::Tone::Error);
    formError->hide();
    m_errors.insert(int(Field::Form), formError);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addLayout(testRow);
    layout->addWidget(formError);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    m_status->hide();

    for (QLineEdit* edit : { m_host, m_socket, m_user, m_password, m_database, m_prefix, m_caFile })
        connect(edit, &QLineEdit::textEdited, this, &ConnectionForm::onEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionForm::onEdited);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectionForm::onEdited);
    connect(m_socket, &QLineEdit::textChanged, this, &ConnectionForm::updateSocketMode);
    connect(m_remember, &QCheckBox::clicked, this, &ConnectionForm::rememberToggled);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionForm::test);
    connect(m_password, &QLineEdit::returnPressed, this, &ConnectionForm::test);
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA certificate"), m_caFile->text(), tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
            onEdited();
        }
    });
    // The probe found the tables under another prefix: one click takes it and tests again.
    connect(prefixError, &QLabel::linkActivated, this, [this](const QString& link) {
        m_prefix->setText(link.mid(link.indexOf(QLatin1Char(':')) + 1));
        onEdited();
        test();
    });
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this, &ConnectionForm::onStepReady);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ConnectionForm::onProbeFinished);
}

ConnectionForm::~ConnectionForm()
{
    // No probe outlives the form it reports to.
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ConnectionForm::setProfile(const ConnectionProfile& profile)
{
    m_filling = true;
    m_host->setText(profile.socket.isEmpty() ? profile.host : QString());
    m_port->setValue(profile.port);
    m_socket->setText(profile.socket);
    m_user->setText(profile.user);
    m_database->setText(profile.database);
    m_prefix->setText(profile.tablePrefix);
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(int(profile.tls))));
    m_caFile->setText(profile.caFile);
    m_filling = false;
    onEdited();
}

std::optional<ConnectionProfile> ConnectionForm::profile()
{
    clearErrors();
    ConnectionProfile p;
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.socket = m_socket->text().trimmed();
    p.user = m_user->text().trimmed();
    p.database = m_database->text().trimmed();
    p.tablePrefix = m_prefix->text().trimmed();
    p.tls = TlsMode(m_tls->currentData().toInt());
    p.caFile = m_caFile->text().trimmed();
    bool ok = true;
    if (p.socket.isEmpty() && p.host.isEmpty()) {
        showError(Field::Host, tr("Give the database server's host name or IP address (or a socket below)."));
        ok = false;
    }
    if (!p.socket.isEmpty() && !QFileInfo(p.socket).isAbsolute()) {
        showError(Field::Socket, tr("Give the socket as an absolute path, such as /run/mysqld/mysqld.sock."));
        ok = false;
    }
    if (p.socket.isEmpty())
        p.socket.clear();
    else
        p.host = QStringLiteral("localhost");
    if (p.user.isEmpty()) {
        showError(Field::User,
            tr("Give the database user (from app/etc/%1 on the server).")
                .arg(m_role == ProbeRole::Source ? QStringLiteral("local.xml") : QStringLiteral("env.php")));
        ok = false;
    }
    if (p.database.isEmpty()) {
        showError(Field::Database, tr("Give the name of the database that holds the store."));
        ok = false;
    }
    static const QRegularExpression prefixPattern(QStringLiteral("^[A-Za-z0-9_]*$"));
    if (!prefixPattern.match(p.tablePrefix).hasMatch()) {
        showError(Field::Prefix, tr("A table prefix holds only letters, digits and underscores."));
        ok = false;
    }
    if ((p.tls == TlsMode::VerifyCa || p.tls == TlsMode::VerifyIdentity) && p.caFile.isEmpty()) {
        showError(Field::CaFile, tr("Checking the server's certificate needs the CA file that signed it."));
        ok = false;
    }
    if (!p.caFile.isEmpty() && !QFileInfo(p.caFile).isReadable()) {
        showError(Field::CaFile, tr("The CA file %1 does not exist or cannot be read.").arg(p.caFile));
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return p;
}

QString ConnectionForm::password() const
{
    return m_password->text();
}

void ConnectionForm::setPassword(const QString& password)
{
    m_password->setText(password);
    onEdited();
}

bool ConnectionForm::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectionForm::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

bool ConnectionForm::test()
{
    if (isRunning())
        return false;
    const std::optional<ConnectionProfile> p = profile();
    if (!p) {
        m_passed = false;
        emit finished(false);
        return false;
    }
    m_tested = *p;
    m_passed = false;
    m_report = {};
    m_report.role = m_role;
    m_report.profile = *p;
    m_results->clear();
    m_status->setText(tr("Testing %1...").arg(p->displayName()));
    m_status->show();
    m_spinner->show();
    m_testButton->setEnabled(false);
    logger("wizard.connection")
        ->info("testing {} {}", probeRoleName(m_role).toStdString(), p->displayName().toStdString());
    m_running = true;
    m_watcher.setFuture(ConnectionProbe::start(*p, m_password->text(), m_role));
    emit started();
    return true;
}

void ConnectionForm::onStepReady(int index)
{
    const ProbeFinding f = m_watcher.resultAt(index);
    m_report.findings.append(f);
    QString text = QStringLiteral("%1: %2").arg(f.title, f.message);
    if (!f.fix.isEmpty() && (f.status == ProbeStatus::Warning || f.status == ProbeStatus::Failed))
        text += QLatin1Char('\n') + tr("Fix: %1").arg(f.fix);
    auto* item = new QListWidgetItem(statusIcon(style(), f.status), text, m_results);
    item->setData(Qt::UserRole, f.id);
    if (!f.details.isEmpty())
        item->setToolTip(f.details);
    m_results->scrollToItem(item);
}

void ConnectionForm::onProbeFinished()
{
    m_running = false;
    m_spinner->hide();
    m_testButton->setEnabled(true);
    m_report.cancelled = m_watcher.isCanceled();
    m_passed = m_report.passed();
    if (m_passed) {
        m_passedAt.start();
        const int warnings = int(std::count_if(m_report.findings.begin(), m_report.findings.end(),
            [](const ProbeFinding& f) { return f.status == ProbeStatus::Warning; }));
        m_status->setText(warnings == 0 ? tr("Connection works.")
                                        : tr("Connection works, with %n warning(s) below.", nullptr, warnings));
    } else if (const ProbeFinding* failure = m_report.failure()) {
        m_status->setText(tr("The test stopped at \"%1\".").arg(failure->title));
        showFailure(*failure);
    } else {
        m_status->setText(tr("The test was cancelled."));
    }
    emit finished(m_passed);
}

void ConnectionForm::showFailure(const ProbeFinding& f)
{
    const bool socket = !m_tested.socket.isEmpty();
    const QString id = f.id;
    Field field = Field::Form;
    QString text = f.message.toHtmlEscaped();
    if (id == QLatin1String(probestep::resolve)) {
        field = Field::Host;
    } else if (id == QLatin1String(probestep::connect) || id == QLatin1String(probestep::handshake)) {
        field = socket ? Field::Socket : Field::Port;
    } else if (id == QLatin1String(probestep::tls)) {
        field = m_tested.caFile.isEmpty() ? Field::Tls : Field::CaFile;
    } else if (id == QLatin1String(probestep::login)) {
        const int code = f.value(QStringLiteral("errorCode")).toInt();
        if (code == 1045 && m_password->text().isEmpty()) {
            field = Field::Password;
            text = tr("The server wants a password for user %1.").arg(m_tested.user).toHtmlEscaped();
        } else if (code == 1045) {
            field = Field::Password;
            text = tr("The server refused this password for user %1: the password is wrong, or the user may not "
                      "connect from this computer (the server does not say which).")
                       .arg(m_tested.user)
                       .toHtmlEscaped();
        } else if (code == 1698 || code == 1130) {
            field = Field::User;
        } else if (f.message.contains(QLatin1String("TLS"))) {
            field = Field::Tls;
        } else {
            field = Field::User;
        }
    } else if (id == QLatin1String(probestep::database)) {
        field = Field::Database;
    } else if (id == QLatin1String(probestep::magento)) {
        const QVariant suggested = f.value(QStringLiteral("suggestedPrefix"));
        const QString flavour = f.value(QStringLiteral("flavour")).toString();
        const QString expected = m_role == ProbeRole::Source ? QStringLiteral("magento1") : QStringLiteral("magento2");
        if (suggested.isValid() && (flavour.isEmpty() || flavour == expected)) {
            field = Field::Prefix;
            const QString prefix = suggested.toString();
            text = (prefix.isEmpty() ? tr("The tables of this store have no prefix.")
                                     : tr("The tables of this store carry the prefix %1.").arg(prefix))
                       .toHtmlEscaped()
                + QStringLiteral(" <a href=\"prefix:%1\">%2</a>")
                      .arg(prefix, (prefix.isEmpty() ? tr("Use no prefix") : tr("Use %1").arg(prefix)).toHtmlEscaped());
        } else {
            field = Field::Database;
            if (!flavour.isEmpty())
                text += QLatin1Char(' ')
                    + (m_role == ProbeRole::Source ? tr("Enter it on the Magento 2 (destination) side instead.")
                                                   : tr("Enter it on the Magento 1 (source) side instead."))
                          .toHtmlEscaped();
        }
    } else if (id == QLatin1String(probestep::readAccess) || id == QLatin1String(probestep::writeAccess)
        || id == QLatin1String(probestep::delta)) {
        field = Field::User;
    } else if (id == QLatin1String(probestep::fresh) || id == QLatin1String(probestep::definers)
        || id == QLatin1String(probestep::size)) {
        field = Field::Database;
    }
    showError(field, text);
}

void ConnectionForm::onEdited()
{
    if (m_filling)
        return;
    const bool hadResult = m_passed || !m_report.findings.isEmpty();
    m_passed = false;
    if (hadResult) {
        clearErrors();
        m_status->hide();
    }
    emit edited();
}

void ConnectionForm::clearErrors()
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        showError(Field(it.key()), QString());
}

void ConnectionForm::showError(Field field, const QString& message)
{
    QLabel* label = m_errors.value(int(field));
    if (!label)
        return;
    label->setText(message);
    if (field == Field::Form)
        label->setVisible(!message.isEmpty());
    else
        m_form->setRowVisible(label, !message.isEmpty());
    fitErrors();
    if (QWidget* widget = fieldWidget(field)) {
        widget->setProperty("invalid", !message.isEmpty());
        widget->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("border: 1px solid #b00020;"));
    }
}

void ConnectionForm::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitErrors();
}

void ConnectionForm::fitErrors()
{
    // A word-wrapped label in a form row gets the height its size hint guesses, which leaves blank lines; size it
    // for the width it really has, the field column's (the same as the user field's).
    const int width = m_user->width();
    if (width < 50)
        return;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (it.key() != int(Field::Form) && !it.value()->text().isEmpty())
            it.value()->setFixedHeight(it.value()->heightForWidth(width));
    }
}

QString ConnectionForm::errorText(Field field) const
{
    QLabel* label = m_errors.value(int(field));
    return label && !label->isHidden() ? label->text() : QString();
}

QWidget* ConnectionForm::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Host:
        return m_host;
    case Field::Port:
        return m_port;
    case Field::Socket:
        return m_socket;
    case Field::User:
        return m_user;
    case Field::Password:
        return m_password;
    case Field::Database:
        return m_database;
    case Field::Prefix:
        return m_prefix;
    case Field::Tls:
        return m_tls;
    case Field::CaFile:
        return m_caFile;
    case Field::Remember:
    case Field::Form:
        return nullptr;
    }
    return nullptr;
}

void ConnectionForm::updateSocketMode()
{
    const bool socket = !m_socket->text().trimmed().isEmpty();
    m_host->setEnabled(!socket);
    m_port->setEnabled(!socket);
}

} // namespace cutover::ui
