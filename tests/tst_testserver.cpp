#include "db/database.h"
#include "error.h"
#include "schema/tableinfo.h"
#include "schema/triggerdefiners.h"
#include "testserver.h"

#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>

using namespace cutover;
using namespace cutover::test;

// The harness itself: a private server, the three real dumps, and Magento 2's triggers working.
class TestTestServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsMagento1()
    {
        const auto profile = TestServer::instance().magento1(QStringLiteral("ts_m1"));
        Database db(profile, {}, QStringLiteral("test"));
        const auto schema = SchemaCatalog::read(db);
        QCOMPARE(schema.size(), 331);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM eav_attribute")).toInt(), 131);
        QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM core_resource WHERE code = 'core_setup'")).toString(),
            QStringLiteral("1.6.0.6"));
        QVERIFY(schema.table(QStringLiteral("sales_flat_order"))->hasColumn(QStringLiteral("increment_id")));
        QCOMPARE(schema.table(QStringLiteral("core_store"))->primaryKey, QStringList { QStringLiteral("store_id") });
    }

    void loadsPrefixedMagento1()
    {
        const auto profile = TestServer::instance().magento1Prefixed(QStringLiteral("ts_m1p"));
        Database db(profile, {}, QStringLiteral("test"));
        const auto schema = SchemaCatalog::read(db);
        QCOMPARE(schema.size(), 336);
        QVERIFY(schema.hasTable(QStringLiteral("core_config_data")));
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(db.table(QStringLiteral("catalog_product_entity"))))
                .toInt(),
            27);
    }

    void loadsMagento2WithWorkingTriggers()
    {
        const auto profile = TestServer::instance().magento2(QStringLiteral("ts_m2"));
        Database db(profile, {}, QStringLiteral("test"));
        QCOMPARE(SchemaCatalog::read(db).size(), 361);
        QCOMPARE(db.scalar(QStringLiteral(
                               "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() "
                               "AND DEFINER = 'magento@%'"))
                     .toInt()
                > 0,
            true);
        // The indexer triggers run as 'magento'@'%': changing a product fires them, and they record it.
        const qint64 id = db.scalar(QStringLiteral("SELECT MIN(entity_id) FROM catalog_product_entity")).toLongLong();
        db.exec(
            QStringLiteral("UPDATE catalog_product_entity SET sku = CONCAT(sku, '-x') WHERE entity_id = %1").arg(id));
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM catalogsearch_fulltext_cl WHERE entity_id = %1").arg(id))
                    .toInt()
            > 0);
    }

    void missingTriggerDefinerIsExplained()
    {
        auto& server = TestServer::instance();
        const auto profile = server.magento2(QStringLiteral("ts_m2_definer"));
        Database db(profile, {}, QStringLiteral("destination"));
        auto check = TriggerDefinerCheck::run(db);
        QVERIFY(check.checked);
        QVERIFY(check.missing.isEmpty()); // the harness has 'magento'@'%', as a real Magento 2 server does

        server.sql(QStringLiteral("DROP USER 'magento'@'%';"));
        const auto restore = qScopeGuard([&] {
            server.sql(QStringLiteral("CREATE USER IF NOT EXISTS 'magento'@'%'; GRANT ALL ON *.* TO 'magento'@'%';"));
        });
        check = TriggerDefinerCheck::run(db);
        QCOMPARE(check.missing.size(), 1);
        QCOMPARE(check.missing.first().definer, QStringLiteral("magento@%"));
        QVERIFY(check.missing.first().triggers.size() > 10);
        const QString explanation = TriggerDefinerCheck::explain(check.missing.first(), profile.database);
        QVERIFY2(explanation.contains(QStringLiteral("'magento'@'%'")), qPrintable(explanation));
        QVERIFY(explanation.contains(QStringLiteral("ts_m2_definer")));
        QVERIFY(explanation.contains(QStringLiteral("CREATE USER")));

        // A write that fires such a trigger fails with an explanation rather than the server's bare error.
        try {
            db.exec(QStringLiteral("UPDATE catalog_product_entity SET sku = CONCAT(sku, '-y') LIMIT 1"));
            QFAIL("a trigger with a missing definer fired without error");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("does not exist on this server")), qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("indexer:set-mode")));
        }
    }

    void serverDiesWithAKilledTestProcess_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addRow("SIGKILL") << int(SIGKILL);
        QTest::addRow("SIGINT") << int(SIGINT);
    }
    void serverDiesWithAKilledTestProcess()
    {
        QFETCH(int, signal);
        QProcess child;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUTOVER_HARNESS_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QString folder;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                while (child.canReadLine()) {
                    const QString line = QString::fromLocal8Bit(child.readLine()).trimmed();
                    if (line.startsWith(QStringLiteral("FOLDER:")))
                        folder = line.mid(7);
                }
                return !folder.isEmpty();
            }(),
            60'000);
        QFile pidFile(folder + QStringLiteral("/mysqld.pid"));
        QTRY_VERIFY_WITH_TIMEOUT(pidFile.exists(), 10'000);
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t serverPid = pid_t(pidFile.readAll().trimmed().toLongLong());
        QVERIFY(serverPid > 0);
        QCOMPARE(::kill(serverPid, 0), 0);

        ::kill(pid_t(child.processId()), signal);
        QVERIFY(child.waitForFinished(10'000));
        QTRY_VERIFY_WITH_TIMEOUT(::kill(serverPid, 0) != 0, 20'000);

        // The next run removes what the killed one left. Another test process starting in parallel may already have
        // done so (the same removeStaleFolders() at its start), so only the end state is checked.
        removeStaleFolders();
        QVERIFY(!QFileInfo::exists(folder));
    }

    void missingFixtureNamesTheFolder()
    {
        try {
            fixturePath(QStringLiteral("m1/no-such-dump.sql"));
            QFAIL("a missing fixture was accepted");
        } catch (const Error& e) {
            QVERIFY(e.message().contains(QStringLiteral("no-such-dump.sql")));
            QVERIFY(e.message().contains(QStringLiteral("CUTOVER_FIXTURES")));
            QVERIFY(e.message().contains(fixturesFolder()));
        }
    }

    void wrongPasswordIsRefused()
    {
        TestServer::instance().sql(QStringLiteral("CREATE USER IF NOT EXISTS 'shop'@'%' IDENTIFIED BY 'right'; "
                                                  "GRANT SELECT ON ts_m1.* TO 'shop'@'%';"));
        auto profile = TestServer::instance().server().tcpProfile(QStringLiteral("shop"), QStringLiteral("ts_m1"));
        try {
            Database db(profile, QStringLiteral("wrong"), QStringLiteral("source"));
            QFAIL("a wrong password was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("Access denied")), qPrintable(e.message()));
            QVERIFY(!e.message().contains(QStringLiteral("wrong"))
                || e.message().contains(QStringLiteral("password: YES")));
        }
        Database ok(profile, QStringLiteral("right"), QStringLiteral("source"));
        QCOMPARE(ok.scalar(QStringLiteral("SELECT COUNT(*) FROM core_store")).toInt(), 2);
    }
};

// With CUTOVER_HARNESS_CHILD set, the binary plays a test process that starts its server and then hangs, so
// that the harness test can kill it and watch the server go.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("CUTOVER_HARNESS_CHILD")) {
        auto& server = TestServer::instance();
        std::printf("FOLDER:%s\n", qPrintable(server.server().rootFolder()));
        std::fflush(stdout);
        QThread::sleep(120);
        return 0;
    }
    TestTestServer test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_testserver.moc"
