#pragma once

#include "db/connectionprofile.h"
#include "sandbox/localserver.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace cutover {
class DmtConfiguration;
class HandlerRegistry;
} // namespace cutover

namespace cutover::test {

/**
 * The test process's private MariaDB server: started on first use in a temporary folder (unix socket and a free
 * loopback port), shut down at exit, and killed with the process if a test crashes or is interrupted (the
 * server gets SIGKILL when its parent dies; a folder left behind by such a run is removed by the next one).
 *
 * It has the user 'magento'@'%' that the Magento 2 dump's indexer triggers name as their definer, as a real
 * Magento 2 server has.
 */
class TestServer
{
public:
    static TestServer& instance();

    LocalServer& server() { return *m_server; }

    /** A new empty database (dropped first if it exists). */
    ConnectionProfile emptyDatabase(const QString& name);
    /** A new database loaded with the Magento CE 1.9.1.1 dump. */
    ConnectionProfile magento1(const QString& name);
    /** A new database loaded with the prefixed (`magev1_`) Magento CE 1.9.3.2 dump; the profile has the prefix. */
    ConnectionProfile magento1Prefixed(const QString& name);
    /** A new database loaded with the Magento 2.4.8 dump. */
    ConnectionProfile magento2(const QString& name);

    /** Runs SQL as root. */
    void sql(const QString& sql, const QString& database = {}) { m_server->runSql(sql, database); }

    ~TestServer();

private:
    TestServer();
    ConnectionProfile loaded(const QString& name, const QString& fixture, const QString& prefix);

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<LocalServer> m_server;
};

/**
 * The folder of the shared fixtures: $CUTOVER_FIXTURES, else ../shared/fixtures beside the checkout.
 * Throws cutover::Error naming the folder and the variable when a fixture is missing.
 */
QString fixturesFolder();

/** Removes the folders of earlier test runs whose process is gone (their server died with them). */
void removeStaleFolders();
QString fixturePath(const QString& relativePath);

/** The path of the Data Migration Tool's CE 1.9.4.5 config.xml in the fixtures. */
QString dmtConfigPath();
/** The Data Migration Tool's CE 1.9.4.5 configuration from the fixtures, loaded once per test process. */
const DmtConfiguration& dmt();
/** The handlers every migration test runs with. */
const HandlerRegistry& registry();

} // namespace cutover::test
