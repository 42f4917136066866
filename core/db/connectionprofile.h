#pragma once

#include <QCoreApplication>
#include <QString>

namespace cutover {

/** How a connection uses TLS, as in MariaDB's client `--ssl-mode`. */
enum class TlsMode {
    Disabled,       ///< never TLS
    Preferred,      ///< TLS when the server offers it (the client library's default)
    Required,       ///< TLS or no connection, certificate not checked
    VerifyCa,       ///< TLS with the server certificate checked against the CA file
    VerifyIdentity, ///< as VerifyCa, and the host name must match the certificate
};

/**
 * Where a Magento database lives and how to reach it. A value type; it never holds a password.
 *
 * Every cutover-cli command takes the same URL form:
 * `mysql://USER@HOST:PORT/DB?socket=PATH&prefix=PREFIX&ssl=required&ssl-ca=FILE`.
 * Passwords come from the environment (`CUTOVER_SOURCE_PASSWORD`, `CUTOVER_DEST_PASSWORD`, `CUTOVER_PASSWORD`)
 * or the system keychain, never from a URL, a command line or a project file.
 */
struct ConnectionProfile {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    static constexpr int defaultPort = 3306;

    QString user;
    QString host = QStringLiteral("localhost");
    int port = defaultPort;
    QString socket; ///< unix socket path; when set, host and port are not used
    QString database;
    QString tablePrefix;
    TlsMode tls = TlsMode::Preferred;
    QString caFile;

    /**
     * Parses a connection URL. Throws cutover::Error naming the part that is wrong and the form expected;
     * a URL carrying a password is refused with a message that says which variable to use instead.
     */
    static ConnectionProfile fromUrl(const QString& url);

    /** The URL form of this profile (without any password); fromUrl(toUrl()) gives back an equal profile. */
    QString toUrl() const;

    /** A short name for messages and logs: `user@host:port/db` or `user@socket/db`. */
    QString displayName() const;

    /** Table name with this profile's prefix (`magev1_` + `core_config_data`). */
    QString table(const QString& name) const { return tablePrefix + name; }

    friend bool operator==(const ConnectionProfile&, const ConnectionProfile&) = default;
};

QString tlsModeName(TlsMode mode);

/**
 * Reads a password from the environment variable `variable`. Returns an empty string when it is not set.
 * The value is never logged.
 */
QString passwordFromEnvironment(const char* variable);

} // namespace cutover
