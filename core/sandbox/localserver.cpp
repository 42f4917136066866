#include "localserver.h"

#include "error.h"
#include "log/log.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace cutover {

namespace {

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool runningAsRoot()
{
#ifdef Q_OS_LINUX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

LocalServer::LocalServer(Options options)
    : m_options(std::move(options))
{
}

LocalServer::~LocalServer()
{
    stop();
}

QString LocalServer::findProgram(const QString& name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(name, { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"),
                                                         QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/bin") });
    return found;
}

QString LocalServer::dataFolder() const
{
    return m_options.rootFolder + QStringLiteral("/data");
}

QString LocalServer::socketPath() const
{
    return m_options.rootFolder + QStringLiteral("/mysqld.sock");
}

QString LocalServer::errorLogPath() const
{
    return m_options.rootFolder + QStringLiteral("/server.log");
}

bool LocalServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString LocalServer::readLogTail() const
{
    QFile log(errorLogPath());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    if (log.size() > 4000)
        log.seek(log.size() - 4000);
    return QString::fromUtf8(log.readAll());
}

void LocalServer::start()
{
    if (isRunning())
        return;
    auto log = logger("core.sandbox");
    const QString serverProgram = findProgram(QStringLiteral("mariadbd"));
    const QString installProgram = findProgram(QStringLiteral("mariadb-install-db"));
    if (serverProgram.isEmpty() || installProgram.isEmpty())
        throw Error(tr("MariaDB's server programs (mariadbd, mariadb-install-db) were not found. Install the Debian "
                       "package mariadb-server: sudo apt-get install mariadb-server"));

    QDir().mkpath(m_options.rootFolder);
    // A unix socket path is limited to 107 bytes; say so instead of failing obscurely.
    if (socketPath().toLocal8Bit().size() > 107)
        throw Error(tr("The folder %1 is too deep for a MariaDB socket (at most 107 characters). Choose a shorter "
                       "folder.")
                        .arg(m_options.rootFolder));

    // The server's temporary tables live in its own folder: a shared /tmp cleaned by others must not break it, and
    // parallel bootstraps must not meet there (mariadb-install-db failed with "Unknown table 'mysql.tmp_user_sys'"
    // when several ran at once with the default tmpdir).
    const QString tmpFolder = m_options.rootFolder + QStringLiteral("/tmp");
    QDir().mkpath(tmpFolder);

    if (!QFileInfo::exists(dataFolder() + QStringLiteral("/mysql"))) {
        QProcess install;
        QStringList args { QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + dataFolder(),
            QStringLiteral("--tmpdir=") + tmpFolder, QStringLiteral("--auth-root-authentication-method=normal"),
            QStringLiteral("--skip-test-db") };
        if (runningAsRoot())
            args << QStringLiteral("--user=root");
        log->info("initialising MariaDB data folder {}", dataFolder().toStdString());
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(installProgram, args);
        if (!install.waitForFinished(120'000) || install.exitStatus() != QProcess::NormalExit
            || install.exitCode() != 0) {
            const QString output = QString::fromLocal8Bit(install.readAll()).trimmed();
            // The tool's own words are what tells a full disk from a permission problem: keep them in the log.
            log->error("mariadb-install-db failed in {}: {}", dataFolder().toStdString(), output.toStdString());
            throw Error(tr("Could not initialise a MariaDB data folder in %1. Check that the folder is writable.")
                            .arg(dataFolder()),
                output);
        }
    }

    QFile::remove(socketPath());
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freeLoopbackPort();
        QStringList args { QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + dataFolder(),
            QStringLiteral("--socket=") + socketPath(), QStringLiteral("--port=%1").arg(m_port),
            QStringLiteral("--bind-address=127.0.0.1"), QStringLiteral("--log-error=") + errorLogPath(),
            QStringLiteral("--pid-file=") + m_options.rootFolder + QStringLiteral("/mysqld.pid"),
            QStringLiteral("--tmpdir=") + tmpFolder,
            QStringLiteral("--innodb-buffer-pool-size=256M"), QStringLiteral("--innodb-log-file-size=128M"),
            QStringLiteral("--innodb-flush-log-at-trx-commit=2"), QStringLiteral("--max-allowed-packet=256M"),
            QStringLiteral("--character-set-server=utf8mb4"), QStringLiteral("--collation-server=utf8mb4_general_ci"),
            QStringLiteral("--skip-name-resolve") };
        if (runningAsRoot())
            args << QStringLiteral("--user=root");
        args << m_options.extraArguments;

        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->setStandardOutputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
        if (m_options.stopWithParent)
            m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        log->info("starting MariaDB on {} and 127.0.0.1:{}", socketPath().toStdString(), m_port);
        m_process->start(serverProgram, args);
        if (!m_process->waitForStarted(10'000))
            throw Error(tr("Could not start %1: %2").arg(serverProgram, m_process->errorString()));

        const QDeadlineTimer deadline(m_options.startTimeoutMs);
        while (!deadline.hasExpired()) {
            if (m_process->state() != QProcess::Running)
                break;
            QLocalSocket socket;
            socket.connectToServer(socketPath());
            if (socket.waitForConnected(200)) {
                socket.disconnectFromServer();
                return;
            }
            m_process->waitForFinished(100);
        }
        const QString tail = readLogTail();
        stop();
        // A port taken between our probe and the server's bind is the one failure worth retrying.
        if (!tail.contains(QLatin1String("Address already in use")))
            throw Error(tr("The MariaDB server in %1 did not start. Its log is %2.")
                            .arg(m_options.rootFolder, errorLogPath()),
                tail);
    }
    throw Error(tr("The MariaDB server in %1 found no free port.").arg(m_options.rootFolder), readLogTail());
}

void LocalServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        m_process->terminate(); // SIGTERM is mariadbd's clean shutdown
        if (!m_process->waitForFinished(60'000)) {
            m_process->kill();
            m_process->waitForFinished(5'000);
        }
    }
    m_process.reset();
}

ConnectionProfile LocalServer::rootProfile(const QString& database, const QString& prefix) const
{
    ConnectionProfile profile;
    profile.user = QStringLiteral("root");
    profile.host = QStringLiteral("localhost");
    profile.socket = socketPath();
    profile.database = database;
    profile.tablePrefix = prefix;
    return profile;
}

ConnectionProfile LocalServer::tcpProfile(const QString& user, const QString& database, const QString& prefix) const
{
    ConnectionProfile profile;
    profile.user = user;
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = m_port;
    profile.database = database;
    profile.tablePrefix = prefix;
    return profile;
}

void LocalServer::runClient(const QStringList& arguments, const QString& inputFile, const QString& inputText,
    const QString& what)
{
    const QString client = findProgram(QStringLiteral("mariadb"));
    if (client.isEmpty())
        throw Error(tr("MariaDB's client program (mariadb) was not found. Install the Debian package "
                       "mariadb-client."));
    QStringList args { QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + socketPath(),
        QStringLiteral("--user=root"), QStringLiteral("--max-allowed-packet=256M"),
        QStringLiteral("--default-character-set=utf8mb4") };
    args << arguments;
    QProcess process;
    if (!inputFile.isEmpty())
        process.setStandardInputFile(inputFile);
    process.start(client, args);
    if (!inputText.isEmpty()) {
        process.write(inputText.toUtf8());
    }
    if (inputFile.isEmpty())
        process.closeWriteChannel();
    if (!process.waitForFinished(30 * 60'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        throw Error(what, QString::fromLocal8Bit(process.readAllStandardError()));
    }
}

void LocalServer::runSql(const QString& sql, const QString& database)
{
    QStringList args;
    if (!database.isEmpty())
        args << database;
    runClient(args, {}, sql, tr("A statement failed on the local MariaDB server in %1.").arg(m_options.rootFolder));
}

void LocalServer::recreateDatabase(const QString& database)
{
    const QString quoted = QStringLiteral("`%1`").arg(QString(database).replace(QLatin1Char('`'), QLatin1String("``")));
    runSql(QStringLiteral("DROP DATABASE IF EXISTS %1; CREATE DATABASE %1;").arg(quoted));
}

void LocalServer::loadDump(const QString& database, const QString& dumpFile)
{
    if (!QFileInfo(dumpFile).isReadable())
        throw Error(tr("The database dump %1 is missing or unreadable.").arg(dumpFile));
    logger("core.sandbox")->info("loading {} into {}", dumpFile.toStdString(), database.toStdString());
    runClient({ QStringLiteral("--init-command=SET SESSION innodb_strict_mode=0"), database }, dumpFile, {},
        tr("Could not load the dump %1 into the database %2.").arg(dumpFile, database));
}

} // namespace cutover
