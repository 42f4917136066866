#include "connection/preflight.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

void writeFile(const QString& path, qint64 size)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(size, 'x'));
}

} // namespace

// The pre-flight findings against the real Magento 1 dumps, with rows written into them to show each state: cron
// running or stopped, admin activity or none, recent orders or none, and media/disk checks on real folders.
class TestPreflight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto& server = TestServer::instance();
        m_m1 = server.magento1(QStringLiteral("pre_m1"));
        m_m1p = server.magento1Prefixed(QStringLiteral("pre_m1p"));
        QVERIFY(m_folder.isValid());
        m_m1Root = m_folder.filePath(QStringLiteral("m1"));
        m_m2Root = m_folder.filePath(QStringLiteral("m2"));
        writeFile(m_m1Root + QStringLiteral("/media/catalog/product/a/b/ab.jpg"), 3000);
        writeFile(m_m1Root + QStringLiteral("/media/wysiwyg/banner.png"), 2000);
        QVERIFY(QDir().mkpath(m_m2Root + QStringLiteral("/pub")));
    }

    void cronStoppedThenRunning()
    {
        auto& server = TestServer::instance();
        server.sql(QStringLiteral("DELETE FROM cron_schedule"), m_m1.database);
        PreflightReport report = Preflight(m_m1, {}).run();
        const ProbeFinding* cron = report.finding(QStringLiteral("cron"));
        QVERIFY(cron);
        QCOMPARE(cron->status, ProbeStatus::Ok);
        QVERIFY2(cron->message.contains(QStringLiteral("has ever run")), qPrintable(cron->message));

        // A job that ran two hours ago: cron stopped since.
        server.sql(QStringLiteral("INSERT INTO cron_schedule (job_code, status, created_at, scheduled_at, executed_at, "
                                  "finished_at) VALUES ('core_email_queue_send_all', 'success', UTC_TIMESTAMP() - "
                                  "INTERVAL 121 MINUTE, UTC_TIMESTAMP() - INTERVAL 120 MINUTE, UTC_TIMESTAMP() - "
                                  "INTERVAL 120 MINUTE, UTC_TIMESTAMP() - INTERVAL 119 MINUTE)"),
            m_m1.database);
        report = Preflight(m_m1, {}).run();
        cron = report.finding(QStringLiteral("cron"));
        QCOMPARE(cron->status, ProbeStatus::Ok);
        QCOMPARE(cron->value(QStringLiteral("jobsInWindow")).toLongLong(), 0);
        QVERIFY(!cron->value(QStringLiteral("lastExecutedAt")).toString().isEmpty());
        QVERIFY2(cron->message.contains(QStringLiteral("No cron job started in the last 15 minutes")),
            qPrintable(cron->message));
        QVERIFY2(cron->message.contains(QStringLiteral("2 hour(s) ago")), qPrintable(cron->message));

        // Two jobs in the last minutes: cron still runs.
        server.sql(QStringLiteral("INSERT INTO cron_schedule (job_code, status, created_at, scheduled_at, executed_at) "
                                  "VALUES ('catalog_product_alert', 'success', UTC_TIMESTAMP() - INTERVAL 6 MINUTE, "
                                  "UTC_TIMESTAMP() - INTERVAL 5 MINUTE, UTC_TIMESTAMP() - INTERVAL 5 MINUTE), "
                                  "('newsletter_send_all', 'running', UTC_TIMESTAMP() - INTERVAL 2 MINUTE, "
                                  "UTC_TIMESTAMP() - INTERVAL 1 MINUTE, UTC_TIMESTAMP() - INTERVAL 1 MINUTE)"),
            m_m1.database);
        report = Preflight(m_m1, {}).run();
        cron = report.finding(QStringLiteral("cron"));
        QCOMPARE(cron->status, ProbeStatus::Warning);
        QCOMPARE(cron->value(QStringLiteral("jobsInWindow")).toLongLong(), 2);
        QCOMPARE(cron->value(QStringLiteral("jobsMarkedRunning")).toLongLong(), 1);
        QVERIFY2(cron->message.contains(QStringLiteral("still running")), qPrintable(cron->message));
        QVERIFY2(cron->fix.contains(QStringLiteral("crontab")), qPrintable(cron->fix));
        // A shorter window no longer sees the job of five minutes ago.
        PreflightOptions narrow;
        narrow.cronMinutes = 3;
        cron = nullptr;
        report = Preflight(m_m1, {}, narrow).run();
        QCOMPARE(report.finding(QStringLiteral("cron"))->value(QStringLiteral("jobsInWindow")).toLongLong(), 1);
    }

    void adminActivityOnAPrefixedStore()
    {
        auto& server = TestServer::instance();
        const QString db = m_m1p.database;
        server.sql(QStringLiteral("UPDATE magev1_admin_user SET logdate = UTC_TIMESTAMP() - INTERVAL 3 DAY; "
                                  "UPDATE magev1_catalog_product_entity SET updated_at = UTC_TIMESTAMP() - INTERVAL 2 "
                                  "DAY; UPDATE magev1_catalog_category_entity SET updated_at = UTC_TIMESTAMP() - "
                                  "INTERVAL 2 DAY;"),
            db);
        PreflightReport report = Preflight(m_m1p, {}).run();
        const ProbeFinding* admin = report.finding(QStringLiteral("admin-activity"));
        QVERIFY(admin);
        QCOMPARE(admin->status, ProbeStatus::Ok);
        QVERIFY2(admin->message.contains(QStringLiteral("3 day(s) ago")), qPrintable(admin->message));
        QCOMPARE(admin->value(QStringLiteral("adminLoginsInWindow")).toLongLong(), 0);

        // The admin 'poney' logged in ten minutes ago and changed two products and a category.
        server.sql(QStringLiteral("UPDATE magev1_admin_user SET logdate = UTC_TIMESTAMP() - INTERVAL 10 MINUTE "
                                  "WHERE username = 'poney'; UPDATE magev1_catalog_product_entity SET updated_at = "
                                  "UTC_TIMESTAMP() - INTERVAL 4 MINUTE ORDER BY entity_id LIMIT 2; UPDATE "
                                  "magev1_catalog_category_entity SET updated_at = UTC_TIMESTAMP() ORDER BY entity_id "
                                  "DESC LIMIT 1;"),
            db);
        report = Preflight(m_m1p, {}).run();
        admin = report.finding(QStringLiteral("admin-activity"));
        QCOMPARE(admin->status, ProbeStatus::Warning);
        QCOMPARE(admin->value(QStringLiteral("adminUsersInWindow")).toString(), QStringLiteral("poney"));
        QCOMPARE(admin->value(QStringLiteral("productsChangedInWindow")).toLongLong(), 2);
        QCOMPARE(admin->value(QStringLiteral("categoriesChangedInWindow")).toLongLong(), 1);
        QVERIFY2(admin->message.contains(QStringLiteral("poney")), qPrintable(admin->message));
        QVERIFY2(admin->message.contains(QStringLiteral("2 product(s) changed")), qPrintable(admin->message));
        QVERIFY2(admin->fix.contains(QStringLiteral("admin")), qPrintable(admin->fix));
    }

    void ordersOfTheLastHour()
    {
        auto& server = TestServer::instance();
        server.sql(QStringLiteral("DELETE FROM sales_flat_order"), m_m1.database);
        PreflightReport report = Preflight(m_m1, {}).run();
        const ProbeFinding* orders = report.finding(QStringLiteral("orders"));
        QVERIFY(orders);
        QCOMPARE(orders->status, ProbeStatus::Ok);
        QCOMPARE(orders->value(QStringLiteral("ordersInWindow")).toLongLong(), 0);
        QVERIFY2(
            orders->message.contains(QStringLiteral("No order in the last 60 minutes")), qPrintable(orders->message));

        server.sql(QStringLiteral("INSERT INTO sales_flat_order (increment_id, created_at) VALUES "
                                  "('100000001', UTC_TIMESTAMP() - INTERVAL 3 HOUR), "
                                  "('100000002', UTC_TIMESTAMP() - INTERVAL 20 MINUTE), "
                                  "('100000003', UTC_TIMESTAMP() - INTERVAL 2 MINUTE)"),
            m_m1.database);
        report = Preflight(m_m1, {}).run();
        orders = report.finding(QStringLiteral("orders"));
        // Still Ok: delta carries them.
        QCOMPARE(orders->status, ProbeStatus::Ok);
        QCOMPARE(orders->value(QStringLiteral("ordersInWindow")).toLongLong(), 2);
        QVERIFY2(orders->message.contains(QStringLiteral("still taking orders")), qPrintable(orders->message));
        QVERIFY2(orders->message.contains(QStringLiteral("delta")), qPrintable(orders->message));
    }

    void mediaAndDiskSpace()
    {
        PreflightOptions options;
        options.m1Root = m_m1Root;
        options.m2Root = m_m2Root;
        PreflightReport report = Preflight(m_m1, {}, options).run();
        const ProbeFinding* media = report.finding(QStringLiteral("m1-media"));
        QVERIFY(media);
        QCOMPARE(media->status, ProbeStatus::Ok);
        QCOMPARE(media->value(QStringLiteral("files")).toLongLong(), 2);
        QCOMPARE(media->value(QStringLiteral("bytes")).toLongLong(), 5000);
        const ProbeFinding* disk = report.finding(QStringLiteral("disk-space"));
        QVERIFY(disk);
        QCOMPARE(disk->status, ProbeStatus::Ok);
        QCOMPARE(disk->value(QStringLiteral("neededBytes")).toLongLong(), 5000 + options.spareBytes);
        QVERIFY(disk->value(QStringLiteral("freeBytes")).toLongLong() > 0);
        // pub/media does not exist yet: measured on the volume it will be made on, and named as it will be.
        QVERIFY2(disk->message.contains(m_m2Root + QStringLiteral("/pub/media")), qPrintable(disk->message));

        // More than the disk can hold.
        options.spareBytes = qint64(1) << 60;
        report = Preflight(m_m1, {}, options).run();
        disk = report.finding(QStringLiteral("disk-space"));
        QCOMPARE(disk->status, ProbeStatus::Failed);
        QVERIFY2(disk->message.contains(QStringLiteral("Only")), qPrintable(disk->message));
        QVERIFY(!disk->fix.isEmpty());
    }

    void badFolders_data()
    {
        QTest::addColumn<QString>("m1Root");
        QTest::addColumn<QString>("m2Root");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("no m1 root") << ""
                                    << ""
                                    << "m1-media" << int(ProbeStatus::Skipped) << "no Magento 1 folder";
        QTest::addRow("no m2 root") << ""
                                    << ""
                                    << "disk-space" << int(ProbeStatus::Skipped) << "no Magento 2 folder";
        QTest::addRow("m1 without media") << "m2"
                                          << ""
                                          << "m1-media" << int(ProbeStatus::Failed) << "There is no media folder";
        QTest::addRow("media is a file") << "file-root"
                                         << ""
                                         << "m1-media" << int(ProbeStatus::Failed) << "is not a folder";
        QTest::addRow("m2 root missing") << ""
                                         << "nowhere"
                                         << "disk-space" << int(ProbeStatus::Failed) << "does not exist";
    }
    void badFolders()
    {
        QFETCH(QString, m1Root);
        QFETCH(QString, m2Root);
        QFETCH(QString, id);
        QFETCH(int, status);
        QFETCH(QString, fragment);
        writeFile(m_folder.filePath(QStringLiteral("file-root/media")), 10);
        PreflightOptions options;
        options.m1Root = m1Root.isEmpty() ? QString() : m_folder.filePath(m1Root);
        options.m2Root = m2Root.isEmpty() ? QString() : m_folder.filePath(m2Root);
        const PreflightReport report = Preflight(m_m1, {}, options).run();
        const ProbeFinding* f = report.finding(id);
        QVERIFY(f);
        QCOMPARE(int(f->status), status);
        QVERIFY2(f->message.contains(fragment), qPrintable(f->message));
        if (f->status == ProbeStatus::Failed)
            QVERIFY(!f->fix.isEmpty());
    }

    void wrongPasswordIsOneFindingAndTheFoldersStillChecked()
    {
        auto& server = TestServer::instance();
        server.sql(QStringLiteral("CREATE USER IF NOT EXISTS 'pre_user'@'%' IDENTIFIED BY 'Pre-pw-1'; "
                                  "GRANT SELECT ON pre_m1.* TO 'pre_user'@'%';"));
        const ConnectionProfile profile = server.server().tcpProfile(QStringLiteral("pre_user"), m_m1.database);
        PreflightOptions options;
        options.m1Root = m_m1Root;
        PreflightReport report = Preflight(profile, QStringLiteral("wrong"), options).run();
        QCOMPARE(report.findings.first().id, QStringLiteral("source-database"));
        QCOMPARE(report.findings.first().status, ProbeStatus::Failed);
        QVERIFY(!report.finding(QStringLiteral("cron")));
        QCOMPARE(report.finding(QStringLiteral("m1-media"))->status, ProbeStatus::Ok);
        QVERIFY(!report.findings.first().message.contains(QStringLiteral("wrong")));

        // A SELECT-only user is enough for every check.
        report = Preflight(profile, QStringLiteral("Pre-pw-1"), options).run();
        QVERIFY(!report.finding(QStringLiteral("source-database")));
        QCOMPARE(report.count(ProbeStatus::Failed), 0);
        QStringList ids;
        for (const ProbeFinding& f : report.findings)
            ids << f.id;
        QCOMPARE(ids, (QStringList { "cron", "admin-activity", "orders", "m1-media", "disk-space" }));
    }

    void startRunsOffTheCallingThread()
    {
        QFutureWatcher<PreflightReport> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(Preflight::start(m_m1, {}, {}));
        QVERIFY(finished.wait(60'000));
        const PreflightReport report = watcher.result();
        QVERIFY(report.finding(QStringLiteral("cron")));
        QVERIFY(!report.cancelled);

        std::atomic<bool> cancel { true };
        const PreflightReport cancelled = Preflight(m_m1, {}).run(&cancel);
        QVERIFY(cancelled.cancelled);
        QVERIFY(cancelled.findings.isEmpty());
    }

    void checklistIdsAreStable()
    {
        const QVector<ChecklistItem> items = Preflight::manualChecklist();
        QStringList ids;
        for (const ChecklistItem& item : items) {
            ids << item.id;
            QVERIFY(!item.text.isEmpty());
            QVERIFY(!item.help.isEmpty());
        }
        QCOMPARE(ids, (QStringList { "firewall-opened", "m1-database-copied", "cron-stopped", "admin-frozen" }));
    }

private:
    QTemporaryDir m_folder;
    QString m_m1Root;
    QString m_m2Root;
    ConnectionProfile m_m1;
    ConnectionProfile m_m1p;
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
