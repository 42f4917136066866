#include "connectionprofile.h"

#include "error.h"

#include <QUrl>
#include <QUrlQuery>

namespace cutover {

namespace {

struct TlsName {
    TlsMode mode;
    const char* name;
};

constexpr TlsName tlsNames[] = {
    { TlsMode::Disabled, "disabled" },
    { TlsMode::Preferred, "preferred" },
    { TlsMode::Required, "required" },
    { TlsMode::VerifyCa, "verify-ca" },
    { TlsMode::VerifyIdentity, "verify-identity" },
};

const QString urlForm = QStringLiteral("mysql://USER@HOST:PORT/DATABASE?socket=PATH&prefix=PREFIX&ssl=required");

} // namespace

QString tlsModeName(TlsMode mode)
{
    for (const auto& entry : tlsNames) {
        if (entry.mode == mode)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

ConnectionProfile ConnectionProfile::fromUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        throw Error(tr("The connection URL is empty. Give one of the form %1.").arg(urlForm));

    const QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid())
        throw Error(tr("The connection URL \"%1\" cannot be read (%2). Give one of the form %3.")
                        .arg(trimmed, url.errorString(), urlForm));
    if (url.scheme() != QLatin1String("mysql") && url.scheme() != QLatin1String("mariadb"))
        throw Error(tr("The connection URL \"%1\" must start with mysql://, as in %2.").arg(trimmed, urlForm));
    if (!url.password().isEmpty())
        throw Error(tr("The connection URL for %1 contains a password. Remove it from the URL and put it in the "
                       "environment variable CUTOVER_SOURCE_PASSWORD or CUTOVER_DEST_PASSWORD (CUTOVER_PASSWORD "
                       "for generate), so that it never shows in the process list or the shell history.")
                        .arg(url.host()));

    ConnectionProfile profile;
    profile.user = url.userName();
    if (profile.user.isEmpty())
        throw Error(tr("The connection URL \"%1\" names no user. Put it before the host: %2.").arg(trimmed, urlForm));

    const QString path = url.path();
    profile.database = path.startsWith(QLatin1Char('/')) ? path.mid(1) : path;
    if (profile.database.isEmpty() || profile.database.contains(QLatin1Char('/')))
        throw Error(tr("The connection URL \"%1\" must name exactly one database after the host, as in %2.")
                        .arg(trimmed, urlForm));

    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("socket")) {
            profile.socket = value;
        } else if (key == QLatin1String("prefix")) {
            profile.tablePrefix = value;
        } else if (key == QLatin1String("ssl")) {
            bool known = false;
            for (const auto& entry : tlsNames) {
                if (value == QLatin1String(entry.name)) {
                    profile.tls = entry.mode;
                    known = true;
                }
            }
            if (!known)
                throw Error(tr("Unknown TLS mode \"%1\" in the connection URL. Use one of disabled, preferred, "
                               "required, verify-ca, verify-identity.")
                                .arg(value));
        } else if (key == QLatin1String("ssl-ca")) {
            profile.caFile = value;
        } else {
            throw Error(tr("Unknown option \"%1\" in the connection URL. Known options are socket, prefix, ssl and "
                           "ssl-ca.")
                            .arg(key));
        }
    }

    profile.host = url.host();
    if (profile.host.isEmpty() && profile.socket.isEmpty())
        throw Error(tr("The connection URL \"%1\" names no host. Give a host name, or localhost with "
                       "?socket=PATH for a unix socket.")
                        .arg(trimmed));
    if (profile.host.isEmpty())
        profile.host = QStringLiteral("localhost");
    profile.port = url.port(defaultPort);
    if (profile.port <= 0 || profile.port > 65535)
        throw Error(tr("The port %1 in the connection URL is out of range (1 to 65535).").arg(profile.port));
    if ((profile.tls == TlsMode::VerifyCa || profile.tls == TlsMode::VerifyIdentity) && profile.caFile.isEmpty())
        throw Error(tr("TLS mode %1 checks the server certificate and needs the CA file: add &ssl-ca=FILE to the "
                       "connection URL.")
                        .arg(tlsModeName(profile.tls)));
    return profile;
}

QString ConnectionProfile::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("mysql"));
    url.setUserName(user);
    url.setHost(host);
    if (port != defaultPort)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!socket.isEmpty())
        query.addQueryItem(QStringLiteral("socket"), socket);
    if (!tablePrefix.isEmpty())
        query.addQueryItem(QStringLiteral("prefix"), tablePrefix);
    if (tls != TlsMode::Preferred)
        query.addQueryItem(QStringLiteral("ssl"), tlsModeName(tls));
    if (!caFile.isEmpty())
        query.addQueryItem(QStringLiteral("ssl-ca"), caFile);
    url.setQuery(query);
    return url.toString();
}

QString ConnectionProfile::displayName() const
{
    const QString where = socket.isEmpty() ? QStringLiteral("%1:%2").arg(host).arg(port) : socket;
    return QStringLiteral("%1@%2/%3").arg(user, where, database);
}

QString passwordFromEnvironment(const char* variable)
{
    return qEnvironmentVariable(variable);
}

} // namespace cutover
