#pragma once

#include "db/connectionprofile.h"

#include <QCoreApplication>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace cutover {

/**
 * A private MariaDB server run from Debian's `mariadb-server` binaries on a data folder of our own: the demo
 * store's sandbox and the test suite's server.
 *
 * start() initialises the folder with `mariadb-install-db` when it is new, then runs `mariadbd` with a unix
 * socket in that folder and a free loopback port, ignoring every system option file. The server is stopped by
 * stop() or the destructor and, on Linux, also dies with the process that started it, so a crashed or killed
 * test run leaves no server behind. Use it from one thread.
 */
class LocalServer {
    Q_DECLARE_TR_FUNCTIONS(LocalServer)
public:
    struct Options {
        QString rootFolder;            ///< holds data/, the socket, the log; made when missing
        QStringList extraArguments;    ///< more mariadbd options (`--log-bin`, ...)
        bool stopWithParent = true;    ///< the server dies when this process dies
        int startTimeoutMs = 60'000;
    };

    explicit LocalServer(Options options);
    ~LocalServer();

    LocalServer(const LocalServer&) = delete;
    LocalServer& operator=(const LocalServer&) = delete;

    /** Initialises (first time) and starts the server, then waits until it accepts logins. Throws cutover::Error. */
    void start();
    /** Shuts the server down cleanly (then by force after a timeout). Safe to call twice. */
    void stop();
    bool isRunning() const;

    QString socketPath() const;
    int port() const { return m_port; }
    QString rootFolder() const { return m_options.rootFolder; }
    QString errorLogPath() const;

    /** A profile for `root` over the unix socket, for `database` with the given table prefix. */
    ConnectionProfile rootProfile(const QString& database, const QString& prefix = {}) const;
    /** The same over TCP on 127.0.0.1 and the server's port. */
    ConnectionProfile tcpProfile(const QString& user, const QString& database, const QString& prefix = {}) const;

    /** Runs SQL as root through the `mariadb` client (several statements allowed). Throws cutover::Error. */
    void runSql(const QString& sql, const QString& database = {});
    /** Drops and creates `database`. */
    void recreateDatabase(const QString& database);
    /**
     * Loads a mysqldump file into `database` with the `mariadb` client, as Magento's dumps need it
     * (large packets, innodb_strict_mode off). Throws cutover::Error with the client's message.
     */
    void loadDump(const QString& database, const QString& dumpFile);

    /** Finds a MariaDB program on PATH or in /usr/sbin, /usr/local/sbin. Empty when missing. */
    static QString findProgram(const QString& name);

private:
    void runClient(const QStringList& arguments, const QString& inputFile, const QString& inputText,
        const QString& what);
    QString dataFolder() const;
    QString readLogTail() const;

    Options m_options;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

} // namespace cutover
