#include "db/database.h"
#include "error.h"
#include "golive/golivechecklist.h"
#include "project/project.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 26), QTime(22, 0), Qt::UTC);

// Ticks every step in order, one minute apart, the last one `lastAfter` seconds after the first.
ProjectProgress allDone(qint64 lastAfter)
{
    ProjectProgress progress;
    const QVector<GoLiveStep> steps = GoLiveChecklist::steps();
    for (int i = 0; i < steps.size(); ++i) {
        const QDateTime at = i == steps.size() - 1 ? t0.addSecs(lastAfter) : t0.addSecs(60 * i);
        progress.setTicked(steps[i].id, true, QStringLiteral("anna"), at, QStringLiteral("checked %1").arg(i));
    }
    return progress;
}

} // namespace

class TestGoLiveChecklist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepsAreInTheSeedsOrder()
    {
        QStringList ids;
        for (const GoLiveStep& step : GoLiveChecklist::steps()) {
            QVERIFY(!step.title.isEmpty());
            QVERIFY(!step.help.isEmpty());
            ids << step.id;
        }
        QCOMPARE(ids,
            QStringList({ "golive/m1-maintenance", "golive/delta-stopped", "golive/m2-cron", "golive/reindex-stock",
                "golive/cache-warmed", "golive/final-verification", "golive/dns-switched", "golive/store-open" }));
    }

    void stepsAreDoneInOrderAndUndoneFromTheLast()
    {
        ProjectProgress progress;
        GoLiveChecklist list(progress);
        QCOMPARE(list.next(), QLatin1String(GoLiveChecklist::maintenanceOn));
        QVERIFY(list.whyNot(QLatin1String(GoLiveChecklist::maintenanceOn), true).isEmpty());
        QVERIFY(list.whyNot(QLatin1String(GoLiveChecklist::deltaStopped), true).contains(QLatin1String("comes first")));
        QVERIFY(!list.whyNot(QLatin1String(GoLiveChecklist::maintenanceOn), false).isEmpty());
        QVERIFY(!list.whyNot(QStringLiteral("golive/unknown"), true).isEmpty());

        progress.setTicked(QLatin1String(GoLiveChecklist::maintenanceOn), true, QStringLiteral("anna"), t0);
        progress.setTicked(QLatin1String(GoLiveChecklist::deltaStopped), true, QStringLiteral("anna"), t0.addSecs(90));
        list = GoLiveChecklist(progress);
        QCOMPARE(list.doneCount(), 2);
        QCOMPARE(list.next(), QLatin1String(GoLiveChecklist::cronStarted));
        QVERIFY(list.whyNot(QLatin1String(GoLiveChecklist::maintenanceOn), true).contains(QLatin1String("already")));
        // Maintenance off again (go-live called off) only once the delta step is undone.
        QVERIFY(list.whyNot(QLatin1String(GoLiveChecklist::maintenanceOn), false).contains(QLatin1String("Undo")));
        QVERIFY(list.whyNot(QLatin1String(GoLiveChecklist::deltaStopped), false).isEmpty());
        // An unticked tick is not done.
        progress.setTicked(QLatin1String(GoLiveChecklist::deltaStopped), false, QStringLiteral("anna"), t0.addSecs(95));
        list = GoLiveChecklist(progress);
        QVERIFY(!list.isDone(QLatin1String(GoLiveChecklist::deltaStopped)));
        QVERIFY(list.whyNot(QLatin1String(GoLiveChecklist::maintenanceOn), false).isEmpty());
    }

    void downtimeRunsFromMaintenanceToStoreOpen()
    {
        ProjectProgress progress;
        QCOMPARE(GoLiveChecklist(progress).downtimeSeconds(t0), qint64(0));
        progress.setTicked(QLatin1String(GoLiveChecklist::maintenanceOn), true, QStringLiteral("anna"), t0);
        const GoLiveChecklist running(progress);
        QCOMPARE(running.downtimeSeconds(t0.addSecs(75)), qint64(75));
        QVERIFY(running.toText(t0.addSecs(75)).contains(QLatin1String("0:01:15 so far")));

        const GoLiveChecklist done(allDone(3725));
        QCOMPARE(done.doneCount(), 8);
        QVERIFY(done.next().isEmpty());
        // Once the store is open the clock stops, whatever the time now.
        QCOMPARE(done.downtimeSeconds(t0.addDays(2)), qint64(3725));
        QCOMPARE(GoLiveChecklist::clock(3725), QLatin1String("1:02:05"));
        const QString text = done.toText(t0.addDays(2));
        QVERIFY2(text.contains(QLatin1String("Downtime: 1:02:05, from 2026-11-26T22:00:00Z to 2026-11-26T23:02:05Z")),
            qPrintable(text));
        QVERIFY2(
            text.contains(QLatin1String("[x] Store open: 2026-11-26T23:02:05Z by anna (checked 7)")), qPrintable(text));

        const QJsonObject json = done.toJson(t0.addDays(2));
        QCOMPARE(json.value(QLatin1String("downtimeSeconds")).toInteger(), qint64(3725));
        QVERIFY(json.value(QLatin1String("open")).toBool());
        const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), qsizetype(8));
        QCOMPARE(steps.at(1).toObject().value(QLatin1String("checked")).toString(), QLatin1String("checked 1"));
        QCOMPARE(steps.at(1).toObject().value(QLatin1String("at")).toString(), QLatin1String("2026-11-26T22:01:00Z"));
    }

    void whatWasCheckedIsKeptInTheProject()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("p.cutover"));
        Project project;
        project.name = QStringLiteral("Shop");
        project.ensureId();
        project.progress = allDone(600);
        project.save(file);
        const Project loaded = Project::load(file);
        QCOMPARE(loaded.progress, project.progress);
        QCOMPARE(GoLiveChecklist(loaded.progress).tick(QLatin1String(GoLiveChecklist::cacheWarmed))->note,
            QLatin1String("checked 4"));
    }

    void maintenanceFlagInTheMagento1Root()
    {
        QTemporaryDir folder;
        const QString root = folder.path();
        try {
            MaintenanceFlag::set(root, true);
            QFAIL("a folder without Magento 1 was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("is not a Magento 1 root folder")), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(MaintenanceFlag::path(root)));

        QDir(root).mkpath(QStringLiteral("app"));
        for (const char* name : { "index.php", "app/Mage.php" }) {
            QFile file(QDir(root).filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(!MaintenanceFlag::isOn(root));
        MaintenanceFlag::set(root, true);
        QVERIFY(MaintenanceFlag::isOn(root));
        QVERIFY(QFile::exists(QDir(root).filePath(QStringLiteral("maintenance.flag"))));
        MaintenanceFlag::set(root, true); // again: no change, no error
        MaintenanceFlag::set(root, false);
        QVERIFY(!MaintenanceFlag::isOn(root));
        MaintenanceFlag::set(root, false);
    }

    void dnsCheckSaysWhereTheNamePoints()
    {
        const DnsCheck here = DnsCheck::run(QStringLiteral("http://localhost:8080/shop/"), QStringLiteral("127.0.0.1"));
        QCOMPARE(here.host, QLatin1String("localhost"));
        QVERIFY2(here.matches, qPrintable(here.message));
        QVERIFY(here.addresses.contains(QLatin1String("127.0.0.1")));

        const DnsCheck elsewhere = DnsCheck::run(QStringLiteral("localhost"), QStringLiteral("203.0.113.7"));
        QVERIFY(!elsewhere.matches);
        QVERIFY2(elsewhere.message.contains(QLatin1String("still resolves")), qPrintable(elsewhere.message));

        const DnsCheck bad = DnsCheck::run(QStringLiteral("localhost"), QStringLiteral("new-server"));
        QVERIFY(!bad.matches);
        QVERIFY2(bad.message.contains(QLatin1String("is not an IP address")), qPrintable(bad.message));

        const DnsCheck unknown = DnsCheck::run(QStringLiteral("no-such-host.invalid"), QStringLiteral("203.0.113.7"));
        QVERIFY(!unknown.matches);
        QVERIFY2(unknown.message.contains(QLatin1String("does not resolve")), qPrintable(unknown.message));
    }

    void lastMagento1OrderInMagento2()
    {
        auto& server = TestServer::instance();
        Database m1(server.magento1(QStringLiteral("golive_m1")), {}, QStringLiteral("test"));
        Database m2(server.magento2(QStringLiteral("golive_m2")), {}, QStringLiteral("test"));
        m1.exec(QStringLiteral("DELETE FROM sales_flat_order"));
        QVERIFY(LastOrderCheck::run(m1, m2).present);

        m1.exec(QStringLiteral("INSERT INTO sales_flat_order (entity_id, increment_id, store_id, created_at) VALUES "
                               "(7, '100000007', 1, '2026-11-26 21:58:00'), (8, '100000008', 1, "
                               "'2026-11-26 21:59:30')"));
        LastOrderCheck missing = LastOrderCheck::run(m1, m2);
        QCOMPARE(missing.incrementId, QLatin1String("100000008"));
        QCOMPARE(missing.createdAt, QDateTime(QDate(2026, 11, 26), QTime(21, 59, 30), Qt::UTC));
        QVERIFY(!missing.present);
        QVERIFY2(missing.message.contains(QLatin1String("#100000008")), qPrintable(missing.message));
        QVERIFY2(missing.message.contains(QLatin1String("is not in Magento 2")), qPrintable(missing.message));

        // The same number in another store view is another order.
        m2.exec(QStringLiteral("INSERT INTO sales_order (increment_id, store_id, state, status) VALUES ('100000008', "
                               "0, 'new', 'pending')"));
        QVERIFY(!LastOrderCheck::run(m1, m2).present);
        m2.exec(QStringLiteral("INSERT INTO sales_order (increment_id, store_id, state, status) VALUES ('100000008', "
                               "1, 'new', 'pending')"));
        const LastOrderCheck found = LastOrderCheck::run(m1, m2);
        QVERIFY2(found.present, qPrintable(found.message));
        QVERIFY2(found.message.contains(QLatin1String("is in Magento 2")), qPrintable(found.message));
    }
};

QTEST_GUILESS_MAIN(TestGoLiveChecklist)
#include "tst_golivechecklist.moc"
