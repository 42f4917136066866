#include "testserver.h"

#include "error.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <csignal>
#include <cstdlib>

namespace cutover::test {

namespace {

const QString folderPrefix = QStringLiteral("cutover-test-");

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

// A run that was killed leaves its folder (its server died with it); remove those whose owner is gone.
void removeStaleFolders()
{
    QDir temp(QDir::tempPath());
    for (const QFileInfo& entry : temp.entryInfoList({ folderPrefix + QLatin1Char('*') }, QDir::Dirs)) {
        QFile owner(entry.filePath() + QStringLiteral("/owner.pid"));
        if (!owner.open(QIODevice::ReadOnly))
            continue;
        const qint64 pid = owner.readAll().trimmed().toLongLong();
        owner.close();
        // A marker without a number is one being written right now by a process that is starting (or an old wreck:
        // those go once they are an hour old); never take a folder from under a live owner.
        const bool unreadable = pid <= 0;
        const bool old = entry.lastModified().secsTo(QDateTime::currentDateTime()) > 3600;
        if ((unreadable && old) || (!unreadable && !processAlive(pid)))
            QDir(entry.filePath()).removeRecursively();
    }
}

QString fixturesFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("CUTOVER_FIXTURES");
    return QDir::cleanPath(fromEnvironment.isEmpty() ? QStringLiteral(CUTOVER_DEFAULT_FIXTURES) : fromEnvironment);
}

QString fixturePath(const QString& relativePath)
{
    const QString path = fixturesFolder() + QLatin1Char('/') + relativePath;
    if (!QFileInfo(path).isReadable())
        throw Error(QStringLiteral("The fixture %1 was not found in %2. The shared fixtures are expected at "
                                   "../shared/fixtures beside the checkout; set CUTOVER_FIXTURES to their folder if "
                                   "they are elsewhere.")
                        .arg(relativePath, fixturesFolder()));
    return path;
}

TestServer& TestServer::instance()
{
    static TestServer server;
    return server;
}

TestServer::TestServer()
{
    removeStaleFolders();
    m_folder = std::make_unique<QTemporaryDir>(
        QDir::tempPath() + QLatin1Char('/') + folderPrefix + QStringLiteral("XXXXXX"));
    if (!m_folder->isValid())
        throw Error(
            QStringLiteral("Could not create a temporary folder for the test server: %1").arg(m_folder->errorString()));
    // Written whole or not at all (a rename), so that a parallel test process's removeStaleFolders() never reads a
    // half-written marker and takes this folder for a wreck.
    QSaveFile owner(m_folder->filePath(QStringLiteral("owner.pid")));
    if (owner.open(QIODevice::WriteOnly)) {
        owner.write(QByteArray::number(QCoreApplication::applicationPid()));
        owner.commit();
    }

    LocalServer::Options options;
    options.rootFolder = m_folder->path();
    // A throwaway server: no fsync, no doublewrite, one shared tablespace. Creating the dumps' ~900 tables is what
    // most tests spend their time on, and these halve it; a crash loses nothing a test needs.
    options.extraArguments = { QStringLiteral("--innodb-file-per-table=0"), QStringLiteral("--innodb-doublewrite=0"),
        QStringLiteral("--innodb-flush-method=nosync"), QStringLiteral("--sync-frm=0") };
    m_server = std::make_unique<LocalServer>(options);
    m_server->start();
    m_server->runSql(QStringLiteral("CREATE USER IF NOT EXISTS 'magento'@'%'; GRANT ALL ON *.* TO 'magento'@'%';"));
}

TestServer::~TestServer()
{
    m_server.reset();
    m_folder.reset();
}

ConnectionProfile TestServer::emptyDatabase(const QString& name)
{
    m_server->recreateDatabase(name);
    return m_server->rootProfile(name);
}

ConnectionProfile TestServer::loaded(const QString& name, const QString& fixture, const QString& prefix)
{
    const QString dump = fixturePath(fixture);
    m_server->recreateDatabase(name);
    m_server->loadDump(name, dump);
    return m_server->rootProfile(name, prefix);
}

ConnectionProfile TestServer::magento1(const QString& name)
{
    return loaded(name, QStringLiteral("m1/magento-ce-1.9.1.1.sql"), {});
}

ConnectionProfile TestServer::magento1Prefixed(const QString& name)
{
    return loaded(name, QStringLiteral("m1/magento-ce-1.9.3.2-prefixed-magev1.sql"), QStringLiteral("magev1_"));
}

ConnectionProfile TestServer::magento2(const QString& name)
{
    return loaded(name, QStringLiteral("m2/magento-2.4.8.sql"), {});
}

QString dmtConfigPath()
{
    return fixturePath(QStringLiteral("dmt/etc/opensource-to-opensource/1.9.4.5/config.xml.dist"));
}

const DmtConfiguration& dmt()
{
    static const DmtConfiguration config = DmtConfiguration::load(dmtConfigPath());
    return config;
}

const HandlerRegistry& registry()
{
    static const HandlerRegistry handlers;
    return handlers;
}

} // namespace cutover::test
