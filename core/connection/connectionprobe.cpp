#include "connectionprobe.h"

#include "connection/grants.h"
#include "connection/magentoinstall.h"
#include "db/database.h"
#include "engine/destinationcontents.h"
#include "error.h"
#include "log/log.h"
#include "schema/triggerdefiners.h"
#include "steps/logstep.h"
#include "steps/optionalareas.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QLocalSocket>
#include <QLocale>
#include <QPromise>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <cmath>
#include <memory>
#include <optional>

namespace cutover {

namespace {

// MySQL protocol capability flags of the server greeting and the client's SSL request.
constexpr quint32 clientLongPassword = 0x00000001;
constexpr quint32 clientProtocol41 = 0x00000200;
constexpr quint32 clientSsl = 0x00000800;
constexpr quint32 clientSecureConnection = 0x00008000;

struct Greeting
{
    bool valid = false;
    int errorCode = 0; ///< the server sent an error packet instead of a greeting
    QString errorText;
    QString serverVersion;
    quint32 capabilities = 0;
};

QString joinLimited(const QStringList& names, int limit = 8)
{
    if (names.size() <= limit)
        return names.join(QStringLiteral(", "));
    return QStringList(names.mid(0, limit)).join(QStringLiteral(", ")) + QStringLiteral(", ...");
}

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return ConnectionProbe::tr("%n second(s)", nullptr, int(std::max<qint64>(seconds, 1)));
    if (seconds < 3600)
        return ConnectionProbe::tr("%n minute(s)", nullptr, int((seconds + 59) / 60));
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600 + 59) / 60;
    return ConnectionProbe::tr("%1 h %2 min").arg(hours).arg(minutes);
}

// Which part of a Magento 1 store a table belongs to, for the size report.
QString areaOf(const QString& table)
{
    static const QRegularExpression logs(QStringLiteral(
        "^(log_|report_|index_event|index_process_event|dataflow_|sendfriend_log|enterprise_logging_|api_session|"
        "core_session|captcha_log|adminnotification_inbox)"));
    static const QRegularExpression catalog(QStringLiteral(
        "^(catalog|eav_|downloadable_|review|rating|tag|core_url_rewrite|product_alert_|weee_|cms_|widget|"
        "core_store|core_website|core_config_data)"));
    static const QRegularExpression customers(QStringLiteral("^(customer_|newsletter_|wishlist|persistent_)"));
    static const QRegularExpression sales(QStringLiteral(
        "^(sales|checkout_|paypal|tax_|gift|coupon|shipping_|enterprise_sales|enterprise_customerbalance|"
        "enterprise_reward)"));
    if (logs.match(table).hasMatch())
        return QStringLiteral("logs");
    if (customers.match(table).hasMatch())
        return QStringLiteral("customers");
    if (sales.match(table).hasMatch())
        return QStringLiteral("sales");
    if (catalog.match(table).hasMatch())
        return QStringLiteral("catalog");
    return QStringLiteral("other");
}

/** One probe run: the state the steps share (sockets, the connection, what was learned) on one thread. */
class ProbeRun
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProbe)
public:
    ProbeRun(const ConnectionProfile& profile, const QString& password, ProbeRole role, const ProbeOptions& options)
        : m_profile(profile)
        , m_password(password)
        , m_role(role)
        , m_options(options)
    {
        static std::atomic<quint64> counter { 0 };
        m_connectionName = QStringLiteral("cutover-probe-%1").arg(++counter);
    }

    ~ProbeRun()
    {
        if (m_db.isValid()) {
            m_db.close();
            m_db = {};
        }
        if (QSqlDatabase::contains(m_connectionName))
            QSqlDatabase::removeDatabase(m_connectionName);
    }

    ProbeReport run(const ConnectionProbe::StepCallback& onStep, const std::function<bool()>& cancelled);

private:
    using Step = ProbeFinding (ProbeRun::*)();

    ProbeFinding finding(const char* id, const QString& title) const
    {
        ProbeFinding f;
        f.id = QString::fromLatin1(id);
        f.title = title;
        return f;
    }
    static ProbeFinding& fail(ProbeFinding& f, const QString& message, const QString& fix, const QString& details = {})
    {
        f.status = ProbeStatus::Failed;
        f.message = message;
        f.fix = fix;
        f.details = details;
        return f;
    }
    bool usesSocket() const { return !m_profile.socket.isEmpty(); }
    QString where() const
    {
        return usesSocket() ? tr("the socket %1").arg(m_profile.socket)
                            : QStringLiteral("%1:%2").arg(m_profile.host).arg(m_profile.port);
    }
    QString account() const { return QStringLiteral("'%1'@'%2'").arg(m_profile.user, m_clientHost); }
    QString roleName() const { return m_role == ProbeRole::Source ? tr("source") : tr("destination"); }
    QString passwordVariable() const { return QString::fromLatin1(ConnectionProbe::passwordVariable(m_role)); }
    QString table(const QString& name) const { return m_profile.tablePrefix + name; }
    bool hasTable(const QString& name) const { return m_tables.contains(table(name)); }

    // Runs SQL on the probe's connection; throws cutover::Error with the server's text.
    QSqlQuery sql(const QString& statement, const QVariantList& bindings = {})
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        const bool ok = bindings.isEmpty() ? q.exec(statement) : (q.prepare(statement) && [&] {
            for (const QVariant& value : bindings)
                q.addBindValue(value);
            return q.exec();
        }());
        if (!ok)
            throw Error(tr("A query failed on the %1 database %2: %3")
                            .arg(roleName(), m_profile.displayName(), q.lastError().databaseText()),
                QStringLiteral("%1\n%2").arg(q.lastError().text(), statement));
        return q;
    }
    QVariant scalar(const QString& statement, const QVariantList& bindings = {})
    {
        QSqlQuery q = sql(statement, bindings);
        return q.next() ? q.value(0) : QVariant();
    }
    qint64 count(const QString& name, const QString& where = {})
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM %1%2")
                          .arg(Database::quoteIdentifier(table(name)),
                              where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
            .toLongLong();
    }

    std::optional<Greeting> readGreeting(QIODevice& device, QString* problem);

    ProbeFinding resolve();
    ProbeFinding connect();
    ProbeFinding handshake();
    ProbeFinding tls();
    ProbeFinding login();
    ProbeFinding database();
    ProbeFinding magento();
    ProbeFinding readAccess();
    ProbeFinding delta();
    ProbeFinding writeAccess();
    ProbeFinding fresh();
    ProbeFinding definers();
    ProbeFinding size();

    ConnectionProfile m_profile;
    QString m_password;
    ProbeRole m_role;
    ProbeOptions m_options;
    QString m_connectionName;
    QSqlDatabase m_db;

    QList<QHostAddress> m_addresses;
    std::unique_ptr<QIODevice> m_socket; ///< QTcpSocket/QSslSocket or QLocalSocket, open from connect to tls
    Greeting m_greeting;
    QString m_clientHost = QStringLiteral("%"); ///< as the server sees us, from CURRENT_USER()
    QSet<QString> m_tables; ///< base tables of the database, with prefix
    GrantSet m_grants;
};

ProbeReport ProbeRun::run(const ConnectionProbe::StepCallback& onStep, const std::function<bool()>& cancelled)
{
    QVector<Step> steps { &ProbeRun::resolve, &ProbeRun::connect, &ProbeRun::handshake, &ProbeRun::tls,
        &ProbeRun::login, &ProbeRun::database, &ProbeRun::magento };
    if (m_role == ProbeRole::Source)
        steps << &ProbeRun::readAccess << &ProbeRun::delta << &ProbeRun::size;
    else
        steps << &ProbeRun::writeAccess << &ProbeRun::fresh << &ProbeRun::definers;

    ProbeReport report;
    report.role = m_role;
    report.profile = m_profile;
    const auto log = logger("core.connection");
    for (const Step step : std::as_const(steps)) {
        if (cancelled && cancelled()) {
            report.cancelled = true;
            break;
        }
        QElapsedTimer timer;
        timer.start();
        ProbeFinding f;
        try {
            f = (this->*step)();
        } catch (const Error& e) {
            // The steps turn the failures they expect into findings; this catches the unexpected ones (a query
            // refused half-way), so that the probe still ends with a report instead of an exception.
            f.id = QStringLiteral("unexpected");
            f.title = tr("Unexpected error");
            fail(f, e.message(), tr("Check the server's error log, then run the check again."), e.details());
        }
        if (f.elapsedMs == 0)
            f.elapsedMs = timer.elapsed();
        log->info("{} {}: {} {}", probeRoleName(m_role).toStdString(), f.id.toStdString(),
            probeStatusName(f.status).toStdString(), f.message.toStdString());
        if (!f.details.isEmpty())
            log->debug(
                "{} {} details: {}", probeRoleName(m_role).toStdString(), f.id.toStdString(), f.details.toStdString());
        report.findings.append(f);
        if (onStep)
            onStep(f);
        if (f.status == ProbeStatus::Failed)
            break;
    }
    return report;
}

ProbeFinding ProbeRun::resolve()
{
    ProbeFinding f = finding(probestep::resolve, tr("Host name"));
    if (usesSocket()) {
        f.status = ProbeStatus::Skipped;
        f.message = tr("Connecting through the unix socket %1: no host name to resolve.").arg(m_profile.socket);
        return f;
    }
    f.add(QStringLiteral("host"), m_profile.host);
    const QHostAddress literal(m_profile.host);
    if (!literal.isNull()) {
        m_addresses = { literal };
        f.message = tr("%1 is an IP address.").arg(m_profile.host);
        f.add(QStringLiteral("addresses"), literal.toString());
        return f;
    }
    const QHostInfo info = QHostInfo::fromName(m_profile.host);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
        return fail(f, tr("The host name %1 does not resolve to an address.").arg(m_profile.host),
            tr("Check the spelling of the host in the connection URL, or give its IP address. For a server on a "
               "private network, check the DNS server this computer uses or its /etc/hosts file."),
            info.errorString());
    m_addresses = info.addresses();
    QStringList addresses;
    for (const QHostAddress& address : std::as_const(m_addresses))
        addresses << address.toString();
    f.message = tr("%1 resolves to %2.").arg(m_profile.host, addresses.join(QStringLiteral(", ")));
    f.add(QStringLiteral("addresses"), addresses.join(QLatin1Char(',')));
    return f;
}

ProbeFinding ProbeRun::connect()
{
    ProbeFinding f = finding(probestep::connect, tr("Network connection"));
    QElapsedTimer timer;
    timer.start();
    const int seconds = int(std::ceil(m_options.timeoutMs / 1000.0));
    if (usesSocket()) {
        auto socket = std::make_unique<QLocalSocket>();
        socket->connectToServer(m_profile.socket);
        f.add(QStringLiteral("socket"), m_profile.socket);
        if (!socket->waitForConnected(m_options.timeoutMs)) {
            switch (socket->error()) {
            case QLocalSocket::ServerNotFoundError:
                return fail(f, tr("There is no socket file at %1.").arg(m_profile.socket),
                    tr("Check the socket path in the connection URL (on the server: SHOW VARIABLES LIKE 'socket'), "
                       "and that the MariaDB/MySQL server is running."),
                    socket->errorString());
            case QLocalSocket::ConnectionRefusedError:
                return fail(f,
                    tr("Nothing listens on the socket %1: the server is not running, or stopped and left "
                       "its socket file behind.")
                        .arg(m_profile.socket),
                    tr("Start the MariaDB/MySQL server, or check the socket path in the connection URL."),
                    socket->errorString());
            case QLocalSocket::SocketAccessError:
                return fail(f, tr("This user may not open the socket %1.").arg(m_profile.socket),
                    tr("Run Cutover as a user that may open the socket (usually in the mysql group), or connect "
                       "over TCP with a host and port instead."),
                    socket->errorString());
            default:
                return fail(f, tr("Could not connect to the socket %1 within %2 s.").arg(m_profile.socket).arg(seconds),
                    tr("Check that the server is running and not overloaded."), socket->errorString());
            }
        }
        f.elapsedMs = timer.elapsed();
        f.message = tr("Connected to the socket %1 in %2 ms.").arg(m_profile.socket).arg(f.elapsedMs);
        m_socket = std::move(socket);
        return f;
    }

    f.add(QStringLiteral("host"), m_profile.host);
    f.add(QStringLiteral("port"), m_profile.port);
    QString lastError;
    QAbstractSocket::SocketError lastCode = QAbstractSocket::UnknownSocketError;
    for (const QHostAddress& address : std::as_const(m_addresses)) {
        // A QSslSocket talks plain TCP until asked to encrypt; the TLS step needs that for verify-ca.
        std::unique_ptr<QTcpSocket> socket
            = QSslSocket::supportsSsl() ? std::make_unique<QSslSocket>() : std::make_unique<QTcpSocket>();
        QElapsedTimer attempt;
        attempt.start();
        socket->connectToHost(address, quint16(m_profile.port));
        if (socket->waitForConnected(m_options.timeoutMs)) {
            f.elapsedMs = timer.elapsed();
            f.message = tr("Connected to %1 port %2 (%3) in %4 ms.")
                            .arg(m_profile.host)
                            .arg(m_profile.port)
                            .arg(address.toString())
                            .arg(attempt.elapsed());
            f.add(QStringLiteral("address"), address.toString());
            f.add(QStringLiteral("connectMs"), attempt.elapsed());
            m_socket = std::move(socket);
            return f;
        }
        lastCode = socket->error();
        lastError = socket->errorString();
        f.add(QStringLiteral("connectMs"), attempt.elapsed());
        socket->abort();
    }
    f.elapsedMs = timer.elapsed();
    switch (lastCode) {
    case QAbstractSocket::ConnectionRefusedError:
        return fail(f,
            tr("%1 refused the connection on port %2 after %3 ms: nothing listens on that port, or a firewall "
               "rejects the connection.")
                .arg(m_profile.host)
                .arg(m_profile.port)
                .arg(f.elapsedMs),
            tr("Check the port in the connection URL (MariaDB and MySQL listen on 3306 unless configured "
               "otherwise), that the server runs and listens on the network (bind-address, skip-networking), and "
               "that a firewall on the way lets this computer in."),
            lastError);
    case QAbstractSocket::SocketTimeoutError:
        return fail(f,
            tr("%1 did not answer on port %2 within %3 s: a firewall probably drops the packets, or the host is "
               "down.")
                .arg(m_profile.host)
                .arg(m_profile.port)
                .arg(seconds),
            tr("Open port %1 on the server's firewall (and any firewall between) for this computer's address, or "
               "connect through an SSH tunnel; check that the host is up.")
                .arg(m_profile.port),
            lastError);
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        return fail(f, tr("%1 cannot be reached from this computer (no route to the host).").arg(m_profile.host),
            tr("Check the network between this computer and %1: VPN, routing, or the address in the connection "
               "URL.")
                .arg(m_profile.host),
            lastError);
    default:
        return fail(f, tr("Could not connect to %1 port %2: %3").arg(m_profile.host).arg(m_profile.port).arg(lastError),
            tr("Check the host and port in the connection URL and the network in between."), lastError);
    }
}

std::optional<Greeting> ProbeRun::readGreeting(QIODevice& device, QString* problem)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray buffer;
    auto waitFor = [&](qsizetype bytes) {
        while (buffer.size() < bytes) {
            buffer += device.readAll();
            if (buffer.size() >= bytes)
                break;
            const qint64 left = m_options.timeoutMs - timer.elapsed();
            if (left <= 0)
                return false;
            if (!device.waitForReadyRead(int(left))) {
                buffer += device.readAll();
                if (buffer.size() >= bytes)
                    break;
                if (auto* socket = qobject_cast<QAbstractSocket*>(&device);
                    socket && socket->state() != QAbstractSocket::ConnectedState)
                    *problem = QStringLiteral("closed");
                else if (auto* local = qobject_cast<QLocalSocket*>(&device);
                         local && local->state() != QLocalSocket::ConnectedState)
                    *problem = QStringLiteral("closed");
                return false;
            }
        }
        return true;
    };
    if (!waitFor(4)) {
        if (problem->isEmpty())
            *problem = buffer.isEmpty() ? QStringLiteral("silent") : QStringLiteral("garbage");
        return std::nullopt;
    }
    const auto* header = reinterpret_cast<const uchar*>(buffer.constData());
    const qsizetype length = header[0] | (header[1] << 8) | (header[2] << 16);
    // A real greeting is around 100 bytes; anything else that talks first (SSH, SMTP) gives a nonsense length.
    if (length < 1 || length > 4096 || !waitFor(4 + length)) {
        *problem = QStringLiteral("garbage");
        return std::nullopt;
    }
    const QByteArray payload = buffer.mid(4, length);
    Greeting greeting;
    const auto byte = [&](qsizetype i) { return i < payload.size() ? quint32(uchar(payload.at(i))) : 0u; };
    if (byte(0) == 0xff) {
        greeting.errorCode = int(byte(1) | (byte(2) << 8));
        qsizetype text = 3;
        if (payload.size() > 3 && payload.at(3) == '#')
            text = 9;
        greeting.errorText = QString::fromUtf8(payload.mid(text));
        return greeting;
    }
    if (byte(0) != 10) {
        *problem = QStringLiteral("garbage");
        return std::nullopt;
    }
    const qsizetype end = payload.indexOf('\0', 1);
    if (end < 0) {
        *problem = QStringLiteral("garbage");
        return std::nullopt;
    }
    greeting.serverVersion = QString::fromUtf8(payload.mid(1, end - 1));
    // After the version: connection id (4), auth data (8), filler (1), then the lower capability flags (2),
    // charset (1), status (2) and the upper capability flags (2).
    const qsizetype caps = end + 1 + 4 + 8 + 1;
    greeting.capabilities = byte(caps) | (byte(caps + 1) << 8);
    if (payload.size() >= caps + 7)
        greeting.capabilities |= (byte(caps + 5) | (byte(caps + 6) << 8)) << 16;
    // MariaDB presents itself as "5.5.5-10.11.x-MariaDB" to old clients.
    if (greeting.serverVersion.startsWith(QLatin1String("5.5.5-")))
        greeting.serverVersion = greeting.serverVersion.mid(6);
    greeting.valid = true;
    return greeting;
}

ProbeFinding ProbeRun::handshake()
{
    ProbeFinding f = finding(probestep::handshake, tr("Database server"));
    QString problem;
    const std::optional<Greeting> greeting = readGreeting(*m_socket, &problem);
    const int seconds = int(std::ceil(m_options.timeoutMs / 1000.0));
    if (!usesSocket())
        f.add(QStringLiteral("port"), m_profile.port);
    if (!greeting) {
        if (problem == QLatin1String("silent"))
            return fail(f,
                tr("%1 accepted the connection but sent nothing within %2 s. A MariaDB/MySQL server greets at "
                   "once: something else listens there, or the server hangs.")
                    .arg(where())
                    .arg(seconds),
                tr("Check the port in the connection URL (MariaDB and MySQL use 3306 unless configured otherwise). "
                   "If the port is right, check the server (its error log, SHOW PROCESSLIST) or the proxy or SSH "
                   "tunnel in between."));
        if (problem == QLatin1String("closed"))
            return fail(f,
                tr("%1 accepted the connection and closed it without a greeting: the server refuses this "
                   "computer (for instance through max_connections or a TCP wrapper), or it is not a MySQL "
                   "server.")
                    .arg(where()),
                tr("Look at the server's error log for the refused connection; check the port in the connection "
                   "URL."));
        return fail(f,
            tr("%1 answered, but not as a MariaDB/MySQL server: another service listens there.").arg(where()),
            tr("Check the port in the connection URL: MariaDB and MySQL use 3306 unless configured otherwise."));
    }
    if (greeting->errorCode != 0) {
        f.add(QStringLiteral("errorCode"), greeting->errorCode);
        if (greeting->errorCode == 1130)
            return fail(f,
                tr("The server at %1 does not allow connections from this computer's address: %2")
                    .arg(where(), greeting->errorText),
                tr("On the server, create the user %1 for this computer's address (CREATE USER '%1'@'ADDRESS' "
                   "... and GRANT ...), or connect from a host it allows, for instance through an SSH tunnel.")
                    .arg(m_profile.user),
                greeting->errorText);
        if (greeting->errorCode == 1129)
            return fail(f,
                tr("The server at %1 blocks this computer after too many interrupted connections.").arg(where()),
                tr("On the server, run FLUSH HOSTS (or mariadb-admin flush-hosts), and raise max_connect_errors "
                   "if it happens again."),
                greeting->errorText);
        if (greeting->errorCode == 1040)
            return fail(f, tr("The server at %1 has too many connections and refuses more.").arg(where()),
                tr("Wait, or raise max_connections on the server; check SHOW PROCESSLIST for stuck clients."),
                greeting->errorText);
        return fail(f, tr("The server at %1 refused the connection: %2").arg(where(), greeting->errorText),
            tr("Look up MariaDB error %1 and the server's error log.").arg(greeting->errorCode), greeting->errorText);
    }
    m_greeting = *greeting;
    const bool offersTls = (m_greeting.capabilities & clientSsl) != 0;
    f.add(QStringLiteral("serverVersion"), m_greeting.serverVersion);
    f.add(QStringLiteral("tlsOffered"), offersTls);
    f.message = offersTls ? tr("The server at %1 runs %2 and offers TLS.").arg(where(), m_greeting.serverVersion)
                          : tr("The server at %1 runs %2, without TLS.").arg(where(), m_greeting.serverVersion);
    return f;
}

ProbeFinding ProbeRun::tls()
{
    ProbeFinding f = finding(probestep::tls, tr("Encryption (TLS)"));
    const bool offersTls = (m_greeting.capabilities & clientSsl) != 0;
    f.add(QStringLiteral("mode"), tlsModeName(m_profile.tls));
    f.add(QStringLiteral("tlsOffered"), offersTls);
    // The greeting probe ends here; closing before answering is what a client that gives up does.
    auto closeSocket = qScopeGuard([this] { m_socket.reset(); });

    if (m_profile.tls == TlsMode::Disabled || m_profile.tls == TlsMode::Preferred) {
        f.status = ProbeStatus::Skipped;
        f.message = offersTls
            ? tr("TLS is not asked for (ssl=%1); the server offers it: add ?ssl=required to the "
                 "connection URL to insist on it.")
                  .arg(tlsModeName(m_profile.tls))
            : tr("TLS is not asked for (ssl=%1), and the server does not offer it.").arg(tlsModeName(m_profile.tls));
        return f;
    }
    if (!offersTls)
        return fail(f,
            tr("The connection URL requires TLS (ssl=%1), but the server at %2 does not offer TLS.")
                .arg(tlsModeName(m_profile.tls), where()),
            tr("Enable TLS on the server (ssl_cert, ssl_key and ssl_ca in its configuration, then restart it), or, "
               "on a trusted network or through an SSH tunnel, remove ssl=%1 from the connection URL.")
                .arg(tlsModeName(m_profile.tls)));
    // ssl=required with a CA file checks the certificate as verify-ca does: the login below hands that CA file to
    // the client library, so a CA that did not sign the server's certificate must stop the probe here.
    if (m_profile.tls == TlsMode::Required && m_profile.caFile.isEmpty()) {
        f.message = tr("The server offers TLS; the login below must use it.");
        return f;
    }

    auto* ssl = qobject_cast<QSslSocket*>(m_socket.get());
    if (!ssl) {
        f.status = ProbeStatus::Warning;
        f.message = usesSocket() ? tr("The certificate is not checked over a unix socket, which never leaves this "
                                      "machine.")
                                 : tr("This system's Qt has no TLS support, so Cutover cannot check the server "
                                      "certificate itself; the login below still insists on TLS.");
        return f;
    }
    const QList<QSslCertificate> authorities = QSslCertificate::fromPath(m_profile.caFile);
    if (authorities.isEmpty())
        return fail(f, tr("The CA file %1 cannot be read or holds no PEM certificate.").arg(m_profile.caFile),
            tr("Give the CA certificate that signed the server's certificate, in PEM form, with &ssl-ca=FILE."));

    // Ask the server to switch to TLS, as a client does right after the greeting, then check its certificate.
    QByteArray request(4 + 32, '\0');
    request[0] = 32;
    request[3] = 1;
    const quint32 flags = clientLongPassword | clientProtocol41 | clientSsl | clientSecureConnection;
    for (int i = 0; i < 4; ++i)
        request[4 + i] = char((flags >> (8 * i)) & 0xff);
    request[4 + 6] = 0x01; // max packet 16 MiB
    request[4 + 8] = 33; // utf8_general_ci
    ssl->write(request);
    ssl->waitForBytesWritten(m_options.timeoutMs);

    QSslConfiguration configuration = ssl->sslConfiguration();
    configuration.setCaCertificates(authorities);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl->setSslConfiguration(configuration);
    QList<QSslError> errors;
    QObject::connect(ssl, &QSslSocket::sslErrors, ssl, [&](const QList<QSslError>& list) {
        QList<QSslError> ignorable;
        for (const QSslError& error : list) {
            if (m_profile.tls != TlsMode::VerifyIdentity && error.error() == QSslError::HostNameMismatch)
                ignorable << error;
            else
                errors << error;
        }
        if (errors.isEmpty())
            ssl->ignoreSslErrors(ignorable);
    });
    ssl->setPeerVerifyName(m_profile.host);
    ssl->startClientEncryption();
    const bool encrypted = ssl->waitForEncrypted(m_options.timeoutMs);
    if (!encrypted || !errors.isEmpty()) {
        QStringList texts;
        for (const QSslError& error : std::as_const(errors))
            texts << error.errorString();
        if (texts.isEmpty())
            texts << ssl->errorString();
        return fail(f,
            tr("The server certificate of %1 is not accepted with the CA file %2: %3")
                .arg(where(), m_profile.caFile, texts.join(QStringLiteral("; "))),
            m_profile.tls == TlsMode::VerifyIdentity
                ? tr("Give the CA that signed the server's certificate with &ssl-ca=FILE, and connect with the host "
                     "name the certificate names (or use ssl=verify-ca to skip the name check).")
                : tr("Give the CA that signed the server's certificate with &ssl-ca=FILE (ask the database "
                     "administrator for it)."),
            texts.join(QLatin1Char('\n')));
    }
    f.add(QStringLiteral("protocol"), int(ssl->sessionProtocol()));
    f.add(QStringLiteral("cipher"), ssl->sessionCipher().name());
    f.message = tr("The server's certificate is signed by the CA in %1 (%2).")
                    .arg(m_profile.caFile, ssl->sessionCipher().name());
    return f;
}

ProbeFinding ProbeRun::login()
{
    ProbeFinding f = finding(probestep::login, tr("Login"));
    f.add(QStringLiteral("user"), m_profile.user);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), m_connectionName);
    if (!m_db.isValid())
        return fail(f, tr("The MySQL driver for Qt is not installed."),
            tr("Install the Debian package libqt6sql6-mysql (or your system's Qt 6 MySQL driver)."));
    const int seconds = int(std::ceil(m_options.timeoutMs / 1000.0));
    // The read timeout keeps a server that stops answering mid-login from hanging the probe forever; long
    // information_schema reads on big servers still fit in it.
    QStringList options { QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(seconds),
        QStringLiteral("MYSQL_OPT_READ_TIMEOUT=%1").arg(std::max(60, seconds)),
        QStringLiteral("MYSQL_OPT_WRITE_TIMEOUT=%1").arg(std::max(60, seconds)) };
    if (usesSocket()) {
        options << QStringLiteral("UNIX_SOCKET=%1").arg(m_profile.socket);
    } else {
        m_db.setHostName(m_profile.host);
        m_db.setPort(m_profile.port);
    }
    // Qt 6.4's QMYSQL has no ssl-mode option; any SSL_* option makes the client library insist on TLS, and the
    // session's cipher is checked after login below.
    if (m_profile.tls != TlsMode::Disabled && m_profile.tls != TlsMode::Preferred)
        options << (m_profile.caFile.isEmpty() ? QStringLiteral("SSL_CIPHER=HIGH")
                                               : QStringLiteral("SSL_CA=%1").arg(m_profile.caFile));
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    m_db.setUserName(m_profile.user);
    m_db.setPassword(m_password);

    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        const int code = error.nativeErrorCode().toInt();
        const QString text = error.databaseText();
        f.add(QStringLiteral("errorCode"), code);
        static const QRegularExpression accountPattern(QStringLiteral("'([^']*)'@'([^']*)'"));
        const QRegularExpressionMatch account = accountPattern.match(text);
        const QString clientHost = account.hasMatch() ? account.captured(2) : tr("this computer");
        if (code == 1045 && m_password.isEmpty())
            return fail(f,
                tr("The server at %1 refused user %2 without a password (connecting from %3).")
                    .arg(where(), m_profile.user, clientHost),
                tr("Enter the password of %1 (cutover-cli reads it from the environment variable %2).")
                    .arg(m_profile.user, passwordVariable()),
                text);
        // A user made with REQUIRE SSL is refused with the same error when the login does not use TLS, and the
        // client library uses TLS only when the URL asks for it.
        const bool loginWithoutTls = m_profile.tls == TlsMode::Disabled || m_profile.tls == TlsMode::Preferred;
        if (code == 1045 && loginWithoutTls && (m_greeting.capabilities & clientSsl) != 0)
            return fail(f,
                tr("The server at %1 refused the login of user %2 from %3, which was tried without TLS (ssl=%4): "
                   "either the user requires TLS (REQUIRE SSL), or the password is wrong, or there is no user %2 "
                   "for connections from %3. The server does not say which, on purpose.")
                    .arg(where(), m_profile.user, clientHost, tlsModeName(m_profile.tls)),
                tr("The server offers TLS: add ?ssl=required (with &ssl-ca=FILE to check the server's certificate) "
                   "to the connection URL and try again. If that is refused too, check the password (cutover-cli "
                   "reads it from %1) and have the database administrator check that the user exists for this "
                   "host (SELECT User, Host, ssl_type FROM mysql.user WHERE User = '%2').")
                    .arg(passwordVariable(), m_profile.user),
                text);
        if (code == 1045)
            return fail(f,
                tr("The server at %1 refused the login of user %2 from %3: either the password is wrong, or "
                   "there is no user %2 for connections from %3. The server does not say which, on purpose.")
                    .arg(where(), m_profile.user, clientHost),
                tr("Check the password (cutover-cli reads it from %1). If it is right, have the database "
                   "administrator check that the user exists for this host (SELECT User, Host FROM mysql.user WHERE "
                   "User = '%2') and create it or allow it from %3.")
                    .arg(passwordVariable(), m_profile.user, clientHost),
                text);
        if (code == 1698)
            return fail(f,
                tr("The server at %1 lets user %2 in only as the matching system account (unix_socket "
                   "authentication), not with a password.")
                    .arg(where(), m_profile.user),
                tr("Create a database user with a password for Cutover (CREATE USER ... IDENTIFIED BY ...; GRANT "
                   "...), or run Cutover as the system user %1.")
                    .arg(m_profile.user),
                text);
        if (code == 1130)
            return fail(f,
                tr("The server at %1 does not allow user %2 to connect from this computer: %3")
                    .arg(where(), m_profile.user, text),
                tr("On the server, create the user for this computer's address (CREATE USER '%1'@'ADDRESS' ...) "
                   "or connect from a host it allows, for instance through an SSH tunnel.")
                    .arg(m_profile.user),
                text);
        if (code == 2026 || text.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("TLS"), Qt::CaseInsensitive))
            return fail(f, tr("The TLS connection to %1 failed: %2").arg(where(), text),
                tr("Check the server's TLS setup and the CA file given with &ssl-ca=FILE, or remove ssl= from the "
                   "connection URL on a trusted network."),
                error.text());
        return fail(f, tr("Could not log in to %1 as %2: %3").arg(where(), m_profile.user, text),
            tr("Look up MariaDB error %1 and check the server's error log.").arg(code), error.text());
    }

    const QString currentUser = scalar(QStringLiteral("SELECT CURRENT_USER()")).toString();
    const int at = currentUser.lastIndexOf(QLatin1Char('@'));
    if (at > 0)
        m_clientHost = currentUser.mid(at + 1);
    f.add(QStringLiteral("account"), account());
    f.add(QStringLiteral("serverVersion"), scalar(QStringLiteral("SELECT VERSION()")).toString());

    if (m_profile.tls != TlsMode::Disabled && m_profile.tls != TlsMode::Preferred) {
        QSqlQuery status = sql(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"));
        const QString cipher = status.next() ? status.value(1).toString() : QString();
        if (cipher.isEmpty())
            return fail(f,
                tr("Logged in to %1 as %2, but the connection is not encrypted although the connection URL "
                   "requires TLS (ssl=%3).")
                    .arg(where(), account(), tlsModeName(m_profile.tls)),
                tr("Enable TLS on the server, or remove ssl= from the connection URL on a trusted network."));
        f.add(QStringLiteral("cipher"), cipher);
        f.message = tr("Logged in to %1 as %2 over TLS (%3).").arg(where(), account(), cipher);
        return f;
    }
    f.message = tr("Logged in to %1 as %2.").arg(where(), account());
    return f;
}

ProbeFinding ProbeRun::database()
{
    ProbeFinding f = finding(probestep::database, tr("Database"));
    f.add(QStringLiteral("database"), m_profile.database);
    QSqlQuery use(m_db);
    if (!use.exec(QStringLiteral("USE %1").arg(Database::quoteIdentifier(m_profile.database)))) {
        const QSqlError error = use.lastError();
        const int code = error.nativeErrorCode().toInt();
        QStringList visible;
        QSqlQuery list(m_db);
        if (list.exec(QStringLiteral("SHOW DATABASES"))) {
            static const QSet<QString> system { QStringLiteral("information_schema"), QStringLiteral("mysql"),
                QStringLiteral("performance_schema"), QStringLiteral("sys") };
            while (list.next()) {
                if (!system.contains(list.value(0).toString()))
                    visible << list.value(0).toString();
            }
        }
        f.add(QStringLiteral("visibleDatabases"), visible.join(QLatin1Char(',')));
        const QString others = visible.isEmpty() ? tr("It sees no other database.")
                                                 : tr("It sees these databases: %1.").arg(joinLimited(visible, 12));
        if (code == 1049)
            return fail(f,
                tr("The database %1 does not exist on the server at %2. %3").arg(m_profile.database, where(), others),
                tr("Correct the database name in the connection URL, or create the database and load the %1 "
                   "store into it.")
                    .arg(m_role == ProbeRole::Source ? tr("Magento 1") : tr("Magento 2")),
                error.text());
        if (code == 1044)
            return fail(f,
                tr("User %1 has no access to the database %2 on %3 (or it does not exist). %4")
                    .arg(account(), m_profile.database, where(), others),
                tr("Check the database name in the connection URL, or have the database administrator run "
                   "GRANT %1 ON `%2`.* TO %3;")
                    .arg(m_role == ProbeRole::Source ? QStringLiteral("SELECT") : QStringLiteral("ALL PRIVILEGES"),
                        m_profile.database, account()),
                error.text());
        return fail(f,
            tr("Could not open the database %1 on %2: %3").arg(m_profile.database, where(), error.databaseText()),
            tr("Check the database name in the connection URL."), error.text());
    }
    QSqlQuery tables = sql(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                          "DATABASE() AND TABLE_TYPE = 'BASE TABLE'"));
    while (tables.next())
        m_tables.insert(tables.value(0).toString());
    f.add(QStringLiteral("tables"), qint64(m_tables.size()));
    f.message
        = tr("The database %1 exists and holds %n table(s).", nullptr, int(m_tables.size())).arg(m_profile.database);
    return f;
}

ProbeFinding ProbeRun::magento()
{
    ProbeFinding f = finding(probestep::magento, tr("Magento"));
    const MagentoFlavour expected = m_role == ProbeRole::Source ? MagentoFlavour::Magento1 : MagentoFlavour::Magento2;
    const QString expectedName = magentoFlavourName(expected);
    const QString swapFix = m_role == ProbeRole::Source
        ? tr("Give this database as the destination (--dest), and the Magento 1 database as the source (--source).")
        : tr("Give this database as the source (--source), and the Magento 2 database as the destination (--dest).");
    f.add(QStringLiteral("database"), m_profile.database);
    f.add(QStringLiteral("prefix"), m_profile.tablePrefix);

    if (m_tables.isEmpty())
        return fail(f, tr("The database %1 on %2 is empty: it holds no tables.").arg(m_profile.database, where()),
            m_role == ProbeRole::Source
                ? tr("Load a dump of the live Magento 1 database into it, or give the database that holds the "
                     "store.")
                : tr("Install Magento 2 into it (bin/magento setup:install), or give the database of the Magento 2 "
                     "install."));

    const QVector<MagentoCandidate> candidates = MagentoInstall::candidates(m_tables);
    const auto withPrefix = [&](const QString& prefix) -> const MagentoCandidate* {
        for (const MagentoCandidate& c : candidates) {
            if (c.prefix == prefix)
                return &c;
        }
        return nullptr;
    };
    const MagentoCandidate* here = withPrefix(m_profile.tablePrefix);
    if (here && here->flavour == expected) {
        const MagentoInstall install = MagentoInstall::read(
            here->flavour, here->prefix, [this](const QString& s) { return scalar(s); }, m_tables);
        f.add(QStringLiteral("flavour"), magentoFlavourKey(install.flavour));
        f.add(QStringLiteral("version"), install.version);
        f.add(QStringLiteral("release"), install.release);
        f.message = m_profile.tablePrefix.isEmpty()
            ? tr("The database %1 holds %2 (%3).").arg(m_profile.database, expectedName, install.release)
            : tr("The database %1 holds %2 (%3) with the table prefix %4.")
                  .arg(m_profile.database, expectedName, install.release, m_profile.tablePrefix);
        if (install.supported)
            return f;
        f.status = ProbeStatus::Warning;
        f.fix = install.note;
        return f;
    }
    if (here) {
        const MagentoInstall install = MagentoInstall::read(
            here->flavour, here->prefix, [this](const QString& s) { return scalar(s); }, m_tables);
        f.add(QStringLiteral("flavour"), magentoFlavourKey(here->flavour));
        f.add(QStringLiteral("release"), install.release);
        return fail(f,
            tr("The database %1 given as the %2 holds %3 (%4), not %5.")
                .arg(m_profile.database, roleName(), magentoFlavourName(here->flavour), install.release, expectedName),
            swapFix);
    }
    for (const MagentoCandidate& c : candidates) {
        if (c.flavour != expected)
            continue;
        f.add(QStringLiteral("suggestedPrefix"), c.prefix);
        if (c.prefix.isEmpty())
            return fail(f,
                tr("The database %1 holds %2 tables without a prefix, but the connection URL gives the prefix %3.")
                    .arg(m_profile.database, expectedName, m_profile.tablePrefix),
                tr("Remove prefix=%1 from the connection URL.").arg(m_profile.tablePrefix));
        return fail(f,
            tr("The database %1 holds %2 tables with the prefix %3 (for instance %4), and the connection URL gives "
               "%5.")
                .arg(m_profile.database, expectedName, c.prefix, c.prefix + QStringLiteral("core_config_data"),
                    m_profile.tablePrefix.isEmpty() ? tr("no prefix") : tr("the prefix %1").arg(m_profile.tablePrefix)),
            tr("Add ?prefix=%1 to the connection URL (or &prefix=%1 after other options).").arg(c.prefix));
    }
    if (!candidates.isEmpty()) {
        const MagentoCandidate& c = candidates.first();
        f.add(QStringLiteral("flavour"), magentoFlavourKey(c.flavour));
        f.add(QStringLiteral("suggestedPrefix"), c.prefix);
        return fail(f,
            tr("The database %1 given as the %2 holds %3 (table prefix %4), not %5.")
                .arg(m_profile.database, roleName(), magentoFlavourName(c.flavour),
                    c.prefix.isEmpty() ? tr("none") : c.prefix, expectedName),
            swapFix);
    }
    QStringList sample(m_tables.begin(), m_tables.end());
    std::sort(sample.begin(), sample.end());
    return fail(f,
        tr("The database %1 holds %n table(s), but it is not a Magento database: it has no core_config_data table "
           "(under any prefix) (tables: %2).",
            nullptr, int(m_tables.size()))
            .arg(m_profile.database, joinLimited(sample, 5)),
        m_role == ProbeRole::Source ? tr("Give the database that holds the Magento 1 store (see app/etc/local.xml "
                                         "on the Magento 1 server for its name).")
                                    : tr("Give the database of the Magento 2 install (see app/etc/env.php on the "
                                         "Magento 2 server for its name)."));
}

ProbeFinding ProbeRun::readAccess()
{
    ProbeFinding f = finding(probestep::readAccess, tr("Read access"));
    QStringList lines;
    QSqlQuery grants = sql(QStringLiteral("SHOW GRANTS"));
    while (grants.next())
        lines << grants.value(0).toString();
    m_grants = GrantSet::parse(lines);
    f.add(QStringLiteral("privileges"), m_grants.privilegesOn(m_profile.database).join(QLatin1Char(',')));

    QStringList tables;
    for (const QString& name : std::as_const(m_tables)) {
        if (name.startsWith(m_profile.tablePrefix))
            tables << name;
    }
    std::sort(tables.begin(), tables.end());
    QStringList refused;
    QString firstError;
    for (const QString& name : std::as_const(tables)) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 0").arg(Database::quoteIdentifier(name)))) {
            refused << name;
            if (firstError.isEmpty())
                firstError = q.lastError().text();
        }
    }
    f.add(QStringLiteral("tablesChecked"), qint64(tables.size()));
    f.add(QStringLiteral("tablesRefused"), qint64(refused.size()));
    if (!refused.isEmpty())
        return fail(f,
            tr("User %1 may not read %n of the source's tables in %2: %3.", nullptr, int(refused.size()))
                .arg(account(), m_profile.database, joinLimited(refused)),
            tr("Have the database administrator run GRANT SELECT ON `%1`.* TO %2;").arg(m_profile.database, account()),
            firstError);
    f.message
        = tr("User %1 may read all %n table(s) of %2.", nullptr, int(tables.size())).arg(account(), m_profile.database);
    return f;
}

ProbeFinding ProbeRun::delta()
{
    ProbeFinding f = finding(probestep::delta, tr("Delta migration"));
    // Delta keeps change-log tables in the source, filled by triggers that run as this user.
    QStringList missing;
    for (const char* privilege : { "TRIGGER", "CREATE", "INSERT", "UPDATE", "DELETE" }) {
        if (!m_grants.has(QString::fromLatin1(privilege), m_profile.database))
            missing << QString::fromLatin1(privilege);
    }
    QSqlQuery binlog = sql(QStringLiteral("SELECT @@log_bin, @@log_bin_trust_function_creators"));
    binlog.next();
    const bool logBin = binlog.value(0).toInt() != 0;
    const bool trustCreators = binlog.value(1).toInt() != 0;
    const bool hasSuper = m_grants.has(QStringLiteral("SUPER"), m_profile.database);
    f.add(QStringLiteral("logBin"), logBin);
    f.add(QStringLiteral("logBinTrustFunctionCreators"), trustCreators);
    f.add(QStringLiteral("missingPrivileges"), missing.join(QLatin1Char(',')));
    const bool binlogBlocks = logBin && !trustCreators && !hasSuper;

    if (missing.isEmpty() && !binlogBlocks) {
        f.message = logBin
            ? tr("User %1 may create the change-log tables and triggers that delta migration needs "
                 "(binary logging is on, and %2).")
                  .arg(account(),
                      trustCreators ? QStringLiteral("log_bin_trust_function_creators=1") : tr("the user has SUPER"))
            : tr("User %1 may create the change-log tables and triggers that delta migration needs.").arg(account());
        return f;
    }
    f.status = ProbeStatus::Warning;
    QStringList why;
    QStringList fixes;
    if (!missing.isEmpty()) {
        why << tr("user %1 lacks %2 on %3").arg(account(), missing.join(QStringLiteral(", ")), m_profile.database);
        fixes << tr("GRANT %1 ON `%2`.* TO %3;").arg(missing.join(QStringLiteral(", ")), m_profile.database, account());
    }
    if (binlogBlocks) {
        why << tr("binary logging is on, so creating triggers needs SUPER or log_bin_trust_function_creators=1");
        fixes << tr("SET GLOBAL log_bin_trust_function_creators = 1; (and in the server configuration) or GRANT "
                    "SUPER ON *.* TO %1;")
                     .arg(account());
    }
    f.message = tr("Delta (incremental) migration will not be possible: %1. A one-time migration only needs read "
                   "access.")
                    .arg(why.join(QStringLiteral("; ")));
    f.fix = tr("To keep Magento 2 in step with the live store until go-live, have the database administrator run: %1")
                .arg(fixes.join(QLatin1Char(' ')));
    return f;
}

ProbeFinding ProbeRun::writeAccess()
{
    ProbeFinding f = finding(probestep::writeAccess, tr("Write access"));
    QStringList lines;
    QSqlQuery grants = sql(QStringLiteral("SHOW GRANTS"));
    while (grants.next())
        lines << grants.value(0).toString();
    m_grants = GrantSet::parse(lines);
    f.add(QStringLiteral("privileges"), m_grants.privilegesOn(m_profile.database).join(QLatin1Char(',')));

    // Trial statements that touch no row, in a transaction rolled back anyway: the server checks the privilege
    // when it opens the table, before it looks for rows.
    const QString target = Database::quoteIdentifier(table(QStringLiteral("core_config_data")));
    const std::pair<const char*, QString> trials[] = {
        { "INSERT", QStringLiteral("INSERT INTO %1 SELECT * FROM %1 WHERE 1 = 0").arg(target) },
        { "UPDATE", QStringLiteral("UPDATE %1 SET value = value WHERE 1 = 0").arg(target) },
        { "DELETE", QStringLiteral("DELETE FROM %1 WHERE 1 = 0").arg(target) },
    };
    QStringList missing;
    QString firstError;
    sql(QStringLiteral("START TRANSACTION"));
    for (const auto& [privilege, statement] : trials) {
        QSqlQuery q(m_db);
        if (!q.exec(statement)) {
            missing << QString::fromLatin1(privilege);
            if (firstError.isEmpty())
                firstError = q.lastError().text();
        }
    }
    sql(QStringLiteral("ROLLBACK"));
    // ALTER cannot be tried without changing something (DDL commits at once), so it is read from the grants.
    for (const char* privilege : { "ALTER", "CREATE" }) {
        if (!m_grants.has(QString::fromLatin1(privilege), m_profile.database))
            missing << QString::fromLatin1(privilege);
    }
    f.add(QStringLiteral("missingPrivileges"), missing.join(QLatin1Char(',')));
    if (!missing.isEmpty())
        return fail(f,
            tr("User %1 lacks %2 on the destination database %3; Cutover writes rows and adjusts tables there.")
                .arg(account(), missing.join(QStringLiteral(", ")), m_profile.database),
            tr("Have the database administrator run GRANT ALL PRIVILEGES ON `%1`.* TO %2; (the user Magento 2 "
               "itself uses has them).")
                .arg(m_profile.database, account()),
            firstError);
    f.message = tr("User %1 may write to and alter the tables of %2.").arg(account(), m_profile.database);
    return f;
}

ProbeFinding ProbeRun::fresh()
{
    ProbeFinding f = finding(probestep::fresh, tr("Fresh install"));
    const DestinationContents contents = DestinationContents::count(
        [&](const QString& name, const QString& where) -> qint64 { return hasTable(name) ? count(name, where) : 0; });
    f.add(QStringLiteral("products"), contents.products);
    f.add(QStringLiteral("categories"), contents.categories);
    f.add(QStringLiteral("customers"), contents.customers);
    f.add(QStringLiteral("orders"), contents.orders);
    f.add(QStringLiteral("urlRewrites"), contents.urlRewrites);

    const QStringList has = contents.describe();
    if (has.isEmpty()) {
        f.message = tr("The destination %1 is a fresh install: no products, customers, orders or URL rewrites yet.")
                        .arg(m_profile.database);
        return f;
    }
    const QString fix = tr("Migrate into a freshly installed Magento 2 (bin/magento setup:install on an empty "
                           "database). Cutover keeps Magento 1's ids, so rows already in the destination collide "
                           "with migrated ones.");
    if (contents.inUse())
        return fail(f,
            tr("The destination %1 is not fresh: it already has %2. It looks like a store in use, which a migration "
               "would overwrite.")
                .arg(m_profile.database, has.join(QStringLiteral(", "))),
            fix);
    f.status = ProbeStatus::Warning;
    f.message = tr("The destination %1 is not quite fresh: it already has %2.")
                    .arg(m_profile.database, has.join(QStringLiteral(", ")));
    f.fix = fix;
    return f;
}

ProbeFinding ProbeRun::definers()
{
    ProbeFinding f = finding(probestep::definers, tr("Trigger definers"));
    // Database insists on TLS whenever the profile does (SSL_CIPHER without a CA file), as the login step did.
    Database db(m_profile, m_password, QStringLiteral("destination"));
    const TriggerDefinerCheck::Result result = TriggerDefinerCheck::run(db);
    if (!result.checked) {
        f.status = ProbeStatus::Warning;
        f.message = result.uncheckedReason;
        f.fix = tr("Have the database administrator check that the definers of SHOW TRIGGERS in %1 exist, or grant "
                   "this user SELECT on mysql.user.")
                    .arg(m_profile.database);
        return f;
    }
    if (result.missing.isEmpty()) {
        f.message = tr("Every trigger in %1 runs as a user that exists on the server.").arg(m_profile.database);
        return f;
    }
    QStringList definers;
    QStringList explanations;
    for (const MissingDefiner& missing : result.missing) {
        definers << missing.definer;
        explanations << TriggerDefinerCheck::explain(missing, m_profile.database);
    }
    f.add(QStringLiteral("missingDefiners"), definers.join(QLatin1Char(',')));
    return fail(f, explanations.join(QLatin1Char(' ')),
        tr("Create the missing user(s) %1 on the destination server, or recreate the triggers with bin/magento "
           "indexer:set-mode schedule.")
            .arg(definers.join(QStringLiteral(", "))));
}

ProbeFinding ProbeRun::size()
{
    ProbeFinding f = finding(probestep::size, tr("Store size"));
    struct Area
    {
        qint64 tables = 0;
        qint64 rows = 0;
        qint64 bytes = 0;
    };
    const QStringList order { QStringLiteral("catalog"), QStringLiteral("customers"), QStringLiteral("sales"),
        QStringLiteral("logs"), QStringLiteral("other") };
    QHash<QString, Area> areas;
    QSqlQuery q = sql(QStringLiteral("SELECT TABLE_NAME, COALESCE(TABLE_ROWS, 0), COALESCE(DATA_LENGTH, 0) + "
                                     "COALESCE(INDEX_LENGTH, 0) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                     "DATABASE() AND TABLE_TYPE = 'BASE TABLE'"));
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!name.startsWith(m_profile.tablePrefix))
            continue;
        Area& area = areas[areaOf(name.mid(m_profile.tablePrefix.size()))];
        ++area.tables;
        area.rows += q.value(1).toLongLong();
        area.bytes += q.value(2).toLongLong();
    }
    const QLocale locale;
    QStringList parts;
    qint64 totalRows = 0;
    for (const QString& key : order) {
        const Area area = areas.value(key);
        f.add(QStringLiteral("tables.%1").arg(key), area.tables);
        f.add(QStringLiteral("rows.%1").arg(key), area.rows);
        f.add(QStringLiteral("bytes.%1").arg(key), area.bytes);
        totalRows += area.rows;
        if (area.tables > 0)
            parts << tr("%1: %2 tables, about %3 rows, %4")
                         .arg(key)
                         .arg(area.tables)
                         .arg(locale.toString(area.rows), bytesText(area.bytes));
    }
    const qint64 logRows = areas.value(QStringLiteral("logs")).rows;
    const double rate = std::max(1.0, m_options.assumedRowsPerSecond);
    const qint64 seconds = qint64(std::ceil(totalRows / rate));
    const qint64 secondsWithoutLogs = qint64(std::ceil((totalRows - logRows) / rate));
    f.add(QStringLiteral("rows.total"), totalRows);
    f.add(QStringLiteral("assumedRowsPerSecond"), rate);
    f.add(QStringLiteral("estimateSeconds"), seconds);
    f.add(QStringLiteral("estimateSecondsWithoutLogs"), secondsWithoutLogs);
    f.message = tr("%1. Estimated copy time: about %2 (%3 without the log tables), assuming %4 rows/s; an estimate, "
                   "not a measurement. Row counts come from information_schema and are approximate for InnoDB.")
                    .arg(parts.join(QStringLiteral("; ")), durationText(seconds), durationText(secondsWithoutLogs),
                        locale.toString(qint64(rate)));
    // The parts a user may leave behind, with what each weighs, so that the choice is made knowing it.
    try {
        Database src(m_profile, m_password, QStringLiteral("probe-areas"));
        const LogStep::Size logs = LogStep::sizeOf(src);
        const OptionalAreas::Size reports = OptionalAreas::reportsSize(src);
        QStringList optional;
        if (logs.present) {
            f.add(QStringLiteral("optional.logs.rows"), logs.rows);
            f.add(QStringLiteral("optional.logs.bytes"), logs.bytes);
            optional << tr("visitor logs %1 rows (%2)").arg(locale.toString(logs.rows), bytesText(logs.bytes));
        }
        f.add(QStringLiteral("optional.reports.rows"), reports.rows);
        f.add(QStringLiteral("optional.reports.bytes"), reports.bytes);
        optional << tr("reports and statistics %1 rows in %n table(s) (%2)", nullptr, reports.tables)
                        .arg(locale.toString(reports.rows), bytesText(reports.bytes));
        if (hasTable(QStringLiteral("sales_flat_quote"))) {
            const QDateTime before = OptionalAreas::defaultOldQuotesBefore(src);
            const OptionalAreas::QuotesSize quotes = OptionalAreas::quotesSize(src, before);
            f.add(QStringLiteral("optional.oldQuotes.quotes"), quotes.oldQuotes);
            f.add(QStringLiteral("optional.oldQuotes.of"), quotes.quotes);
            f.add(QStringLiteral("optional.oldQuotes.bytes"), quotes.oldBytes);
            f.add(QStringLiteral("optional.oldQuotes.before"), before.toString(Qt::ISODate));
            optional << tr("%1 of %2 quotes not updated since %3 (about %4)")
                            .arg(locale.toString(quotes.oldQuotes), locale.toString(quotes.quotes),
                                before.toString(QStringLiteral("yyyy-MM-dd")), bytesText(quotes.oldBytes));
        }
        f.message += QLatin1Char(' ')
            + tr("Optional: %1. Leave them out with --leave-out logs,reports,old-quotes, or on the Settings and data "
                 "page.")
                  .arg(optional.join(QStringLiteral(", ")));
    } catch (const Error& e) {
        f.add(QStringLiteral("optional.error"), e.message());
    }
    // Visitor logs grow without bound when log cleaning is off, and slow every step that reads them (DMT #213).
    if (logRows > 1'000'000 && logRows * 2 > totalRows) {
        f.status = ProbeStatus::Warning;
        f.fix = tr("Most rows are in log tables (log_*, report_*). Clean them in Magento 1 (System > Configuration > "
                   "Advanced > System > Log Cleaning, or php shell/log.php clean) before migrating.");
    }
    return f;
}

} // namespace

ConnectionProbe::ConnectionProbe(ConnectionProfile profile, QString password, ProbeRole role, ProbeOptions options)
    : m_profile(std::move(profile))
    , m_password(std::move(password))
    , m_role(role)
    , m_options(options)
{
}

ProbeReport ConnectionProbe::run(const StepCallback& onStep, const std::atomic<bool>* cancel)
{
    ProbeRun run(m_profile, m_password, m_role, m_options);
    return run.run(onStep, [cancel] { return cancel && cancel->load(); });
}

QFuture<ProbeFinding> ConnectionProbe::start(
    ConnectionProfile profile, QString password, ProbeRole role, ProbeOptions options)
{
    return QtConcurrent::run(
        [profile = std::move(profile), password = std::move(password), role, options](QPromise<ProbeFinding>& promise) {
            ProbeRun run(profile, password, role, options);
            run.run([&promise](const ProbeFinding& f) { promise.addResult(f); },
                [&promise] { return promise.isCanceled(); });
        });
}

const char* ConnectionProbe::passwordVariable(ProbeRole role)
{
    return role == ProbeRole::Source ? "CUTOVER_SOURCE_PASSWORD" : "CUTOVER_DEST_PASSWORD";
}

} // namespace cutover
