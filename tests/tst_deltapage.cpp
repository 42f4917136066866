#include "db/database.h"
#include "delta/captureplan.h"
#include "delta/deltacapture.h"
#include "delta/deltasync.h"
#include "deltapage.h"
#include "project/project.h"
#include "engine/migrationrunner.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "steps/mapstep.h"
#include "steps/settingsstep.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSpinBox>
#include <QTest>
#include <QWizard>

#include <thread>

using namespace cutover;
using namespace cutover::ui;
using namespace cutover::test;

namespace {

QString dmtPath()
{
    return fixturePath(QStringLiteral("dmt/etc/opensource-to-opensource/1.9.4.5/config.xml.dist"));
}

QString text(const DeltaPage& page, const char* name)
{
    auto* label = page.findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QString();
}

qint64 applied(const DeltaPage& page)
{
    return QLocale().toLongLong(text(page, "count-applied"));
}

QPushButton* button(const DeltaPage& page, const char* name)
{
    return page.findChild<QPushButton*>(QLatin1String(name));
}

// A few writes a store makes: orders change state, a CMS page is published.
void writeChanges(const ConnectionProfile& profile, int round)
{
    Database db(profile, {}, QStringLiteral("writer"));
    db.exec(QStringLiteral("UPDATE %1 SET customer_note = 'delta page %2', grand_total = grand_total + 1 ORDER BY "
                           "entity_id LIMIT 5")
                .arg(db.table(QStringLiteral("sales_flat_order")))
                .arg(round));
    const qint64 id
        = db.scalar(QStringLiteral("SELECT MAX(page_id) + 1 FROM %1").arg(db.table(QStringLiteral("cms_page"))))
              .toLongLong();
    db.exec(QStringLiteral("INSERT INTO %1 (page_id, title, identifier, content, is_active, creation_time, "
                           "update_time, root_template) VALUES (%2, 'Delta page %2', 'delta-page-%2', '<p>new</p>', 1, "
                           "NOW(), NOW(), 'one_column')")
                .arg(db.table(QStringLiteral("cms_page")))
                .arg(id));
    db.exec(QStringLiteral("INSERT INTO %1 (page_id, store_id) VALUES (%2, 0)")
                .arg(db.table(QStringLiteral("cms_page_store")))
                .arg(id));
}

// The panel in a wizard of the first size, with a fast loop (small batches, short waits, no busy threshold).
DeltaPage* openPage(QWizard& wizard)
{
    wizard.setWizardStyle(QWizard::ModernStyle);
    auto* page = new DeltaPage;
    wizard.addPage(page);
    wizard.resize(860, 640);
    wizard.show();
    DeltaApplier::Options options;
    options.batchSize = 200;
    options.idleMs = 100;
    options.retryIntervalMs = 300;
    options.maxThreadsRunning = 0;
    page->setOptions(options);
    page->setDmtConfig(dmtPath());
    return page;
}

} // namespace

// The delta live panel against a real server: a captured, migrated store; Start applies what Magento 1 writes,
// Stop stops, "Remove capture" drops everything Cutover made on Magento 1 and says that none is left.
class TestDeltaPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QElapsedTimer timer;
        timer.start();
        auto& server = TestServer::instance();
        // The two dumps load at once: each is a client process of its own.
        QString loadError;
        std::thread loadM2([&]() {
            try {
                m_m2 = server.magento2(QStringLiteral("dpage_m2"));
            } catch (const Error& e) {
                loadError = e.message();
            }
        });
        m_m1 = server.magento1(QStringLiteral("dpage_m1"));
        GeneratorOptions options;
        options.products = 8;
        options.customers = 5;
        options.orders = 20;
        options.seed = 7;
        StoreGenerator::run(m_m1, {}, options);
        const DmtConfiguration dmt = DmtConfiguration::load(dmtPath());
        {
            Database db(m_m1, {}, QStringLiteral("test"));
            m_before = DeltaCapture::schemaObjects(db);
            // Only the tables the test writes: hundreds of triggers would take most of the test's time.
            CapturePlan plan = CapturePlanner::plan(db, dmt);
            const QStringList written { QStringLiteral("sales_flat_order"), QStringLiteral("cms_page"),
                QStringLiteral("cms_page_store"), QStringLiteral("eav_attribute") };
            plan.targets.removeIf([&](const CaptureTarget& t) { return !written.contains(t.table); });
            QCOMPARE(plan.targets.size(), written.size());
            DeltaCapture::install(db, plan);
            QVERIFY(DeltaCapture::isInstalled(db));
        }
        loadM2.join();
        QVERIFY2(loadError.isEmpty(), qPrintable(loadError));
        const HandlerRegistry handlers;
        MigrationEnvironment env;
        env.source = { m_m1, {} };
        env.destination = { m_m2, {} };
        env.dmt = &dmt;
        env.handlers = &handlers;
        env.jobs = 2;
        MigrationRunner runner(env);
        runner.setMode(QStringLiteral("data"));
        runner.addStep(std::make_unique<SettingsStep>());
        runner.addStep(std::make_unique<MapStep>());
        const RunReport report = runner.run();
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
        qInfo("set-up: %.1f s", timer.elapsed() / 1000.0);
    }

    // The window closed while the loop runs: the loop stops, and its run is in the project all the same, as
    // `cutover-cli delta run` records a run stopped with Ctrl+C (the report's Live changes section reads it).
    void closingTheWindowRecordsTheRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.cutover"));
        Project().save(path);
        {
            QWizard wizard;
            DeltaPage* page = openPage(wizard);
            page->setProjectPath(path, 0);
            page->setConnections(m_m1, {}, m_m2, {});
            QTRY_VERIFY_WITH_TIMEOUT(text(*page, "capture").contains(QStringLiteral("triggers")), 20'000);
            QTest::mouseClick(button(*page, "start"), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(text(*page, "count-state"), QStringLiteral("running"), 20'000);
            writeChanges(m_m1, 100);
            QTRY_VERIFY_WITH_TIMEOUT(applied(*page) > 0, 20'000);
            QVERIFY(page->isRunning());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!Project::load(path).progress.runs.isEmpty(), 10'000);
        const RunRecord run = Project::load(path).progress.runs.constLast();
        QCOMPARE(run.command, QStringLiteral("wizard delta run"));
        QCOMPARE(runKindOf(run.command), RunKind::Delta);
        QVERIFY2(run.details.value(QStringLiteral("applied")).toInteger() > 0, qPrintable(run.summary));
    }

    // Set CUTOVER_SCREENSHOTS to a folder to save the docs' screenshot of the panel running.
    void startStopRemove()
    {
        QWizard wizard;
        DeltaPage* page = openPage(wizard);
        QVERIFY(!button(*page, "start")->isEnabled());
        page->setConnections(m_m1, {}, m_m2, {});
        QTRY_VERIFY_WITH_TIMEOUT(text(*page, "capture").contains(QStringLiteral("triggers")), 20'000);
        QVERIFY2(text(*page, "capture").contains(m_m1.displayName()), qPrintable(text(*page, "capture")));

        // Start: running, and the count of applied changes rises as Magento 1 is written to.
        QVERIFY(button(*page, "start")->isEnabled());
        QTest::mouseClick(button(*page, "start"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(text(*page, "count-state"), QStringLiteral("running"), 20'000);
        QVERIFY(page->isRunning());
        QVERIFY(!button(*page, "remove")->isEnabled());
        writeChanges(m_m1, 1);
        QTRY_VERIFY_WITH_TIMEOUT(applied(*page) > 0, 20'000);
        const qint64 first = applied(*page);
        for (int round = 2; round <= 4; ++round) {
            writeChanges(m_m1, round);
            QTest::qWait(700);
        }
        QTRY_VERIFY_WITH_TIMEOUT(applied(*page) > first, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(text(*page, "count-backlog"), QStringLiteral("0"), 20'000);
        QVERIFY2(page->findChild<QWidget*>(QStringLiteral("error"))->isHidden(), qPrintable(text(*page, "error")));
        QVERIFY2(!text(*page, "areas").contains(QStringLiteral("not carried")), qPrintable(text(*page, "areas")));

        // A change delta does not carry (an attribute's label: the EAV step's table) is named with its table and why.
        {
            Database db(m_m1, {}, QStringLiteral("test"));
            db.exec(QStringLiteral("UPDATE eav_attribute SET frontend_label = 'Label changed on Magento 1' WHERE "
                                   "attribute_code = 'name' AND entity_type_id = (SELECT entity_type_id FROM "
                                   "eav_entity_type WHERE entity_type_code = 'catalog_product')"));
        }
        QTRY_VERIFY2_WITH_TIMEOUT(text(*page, "areas").contains(QStringLiteral("not carried: eav_attribute (1: ")), qPrintable(text(*page, "areas")), 20'000);
        QVERIFY2(text(*page, "areas").contains(QStringLiteral("EAV step")), qPrintable(text(*page, "areas")));

        // The busy threshold shows the options' value and reaches the running loop when changed.
        auto* busy = page->findChild<QSpinBox*>(QStringLiteral("busy-threshold"));
        QVERIFY(busy);
        QCOMPARE(busy->value(), 0);
        QCOMPARE(busy->text(), QStringLiteral("never"));
        QCOMPARE(page->deltaSync()->figures().threadsRunningLimit, 0);
        busy->setValue(25);
        QTRY_COMPARE_WITH_TIMEOUT(page->deltaSync()->figures().threadsRunningLimit, 25, 5'000);
        busy->setValue(0);
        QTRY_COMPARE_WITH_TIMEOUT(page->deltaSync()->figures().threadsRunningLimit, 0, 5'000);

        const QString folder = qEnvironmentVariable("CUTOVER_SCREENSHOTS");
        if (!folder.isEmpty()) {
            // A few more seconds of writes, so that the chart has a shape.
            for (int round = 5; round <= 12; ++round) {
                writeChanges(m_m1, round);
                QTest::qWait(600);
            }
            QTest::qWait(600);
            QVERIFY(wizard.grab().save(QDir(folder).filePath(QStringLiteral("delta.png"))));
        }

        // Stop: stopped, Start and Remove capture available again.
        QTest::mouseClick(button(*page, "stop"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(text(*page, "count-state"), QStringLiteral("stopped"), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(button(*page, "remove")->isEnabled(), 20'000);
        QVERIFY(button(*page, "start")->isEnabled());

        // Remove capture: the confirmation lists what goes; accepted, nothing of Cutover is left on Magento 1.
        QTest::mouseClick(button(*page, "remove"), Qt::LeftButton);
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (confirm = page->findChild<QMessageBox*>(QStringLiteral("confirmRemove"))) != nullptr, 20'000);
        QVERIFY2(confirm->detailedText().contains(CapturePlanner::logTableName(m_m1.tablePrefix)),
            qPrintable(confirm->detailedText()));
        QVERIFY(confirm->detailedText().contains(QStringLiteral("trigger ")));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            text(*page, "capture").contains(QStringLiteral("no Cutover trigger or change-log table is left")), 30'000);
        QVERIFY2(page->findChild<QWidget*>(QStringLiteral("error"))->isHidden(), qPrintable(text(*page, "error")));
        Database db(m_m1, {}, QStringLiteral("test"));
        QVERIFY(DeltaCapture::removalPlan(db).isEmpty());
        QVERIFY(!DeltaCapture::isInstalled(db));
        QCOMPARE(DeltaCapture::schemaObjects(db), m_before);
    }

    // The change log dropped by hand while the loop runs: the page says what happened, offers to reinstall with
    // the warning that changes were missed, and after the reinstall the loop applies changes again.
    void brokenCaptureIsOfferedForReinstall()
    {
        {
            Database db(m_m1, {}, QStringLiteral("test"));
            CapturePlan plan = CapturePlanner::plan(db, DmtConfiguration::load(dmtPath()));
            plan.targets.removeIf([](const CaptureTarget& t) { return t.table != QLatin1String("sales_flat_order"); });
            DeltaCapture::install(db, plan);
        }
        QWizard wizard;
        DeltaPage* page = openPage(wizard);
        page->setConnections(m_m1, {}, m_m2, {});
        QTRY_VERIFY_WITH_TIMEOUT(text(*page, "capture").contains(QStringLiteral("triggers")), 20'000);
        QVERIFY(button(*page, "install")->isHidden()); // whole: nothing to offer

        QTest::mouseClick(button(*page, "start"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(text(*page, "count-state"), QStringLiteral("running"), 20'000);
        {
            Database db(m_m1, {}, QStringLiteral("test"));
            db.exec(QStringLiteral("DROP TABLE %1").arg(db.table(QStringLiteral("cutover_cl"))));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->findChild<QWidget*>(QStringLiteral("error"))->isHidden(), 10'000);
        const QString error = text(*page, "error");
        QVERIFY2(error.contains(QStringLiteral("cutover_cl")) && error.contains(QStringLiteral("reinstalled")),
            qPrintable(error));
        QCOMPARE(text(*page, "count-state"), QStringLiteral("stopped"));
        QVERIFY2(!text(*page, "areas").contains(QStringLiteral("up to date")), qPrintable(text(*page, "areas")));
        QTRY_VERIFY_WITH_TIMEOUT(button(*page, "install")->isVisible(), 20'000);
        QVERIFY2(text(*page, "capture").contains(QStringLiteral("see the message above")), qPrintable(text(*page, "capture")));
        QCOMPARE(button(*page, "install")->text(), QStringLiteral("Reinstall capture..."));
        if (const QString folder = qEnvironmentVariable("CUTOVER_SCREENSHOTS"); !folder.isEmpty())
            QVERIFY(wizard.grab().save(QDir(folder).filePath(QStringLiteral("delta-broken.png"))));

        // Cancelled: nothing is created.
        QTest::mouseClick(button(*page, "install"), Qt::LeftButton);
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (confirm = page->findChild<QMessageBox*>(QStringLiteral("confirmInstall"))) != nullptr, 20'000);
        QVERIFY2(confirm->text().contains(QStringLiteral("not recorded")), qPrintable(confirm->text()));
        QVERIFY(confirm->detailedText().contains(QStringLiteral("sales_flat_order")));
        confirm->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY_WITH_TIMEOUT(button(*page, "install")->isEnabled(), 20'000);
        {
            Database db(m_m1, {}, QStringLiteral("test"));
            QVERIFY(!DeltaCapture::status(db).healthy());
        }

        // Reinstalled: whole again, the offer goes, and Start applies what Magento 1 writes.
        QTest::mouseClick(button(*page, "install"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            (confirm = page->findChild<QMessageBox*>(QStringLiteral("confirmInstall"))) != nullptr, 20'000);
        confirm->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(button(*page, "install")->isHidden(), 120'000);
        QVERIFY2(page->findChild<QWidget*>(QStringLiteral("error"))->isHidden(), qPrintable(text(*page, "error")));
        {
            Database db(m_m1, {}, QStringLiteral("test"));
            QVERIFY(DeltaCapture::status(db).healthy());
        }
        const qint64 before = applied(*page);
        QTest::mouseClick(button(*page, "start"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(text(*page, "count-state"), QStringLiteral("running"), 20'000);
        writeChanges(m_m1, 50);
        QTRY_VERIFY_WITH_TIMEOUT(applied(*page) > before, 20'000);
        QTest::mouseClick(button(*page, "stop"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 20'000);

        Database db(m_m1, {}, QStringLiteral("test"));
        DeltaCapture::remove(db, DeltaCapture::removalPlan(db));
        QCOMPARE(DeltaCapture::schemaObjects(db), m_before);
    }

    // The busy threshold set on the page is kept in the project and shown again for it in the next session.
    void busyThresholdIsKeptInTheProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.cutover"));
        Project().save(path);
        {
            QWizard wizard;
            DeltaPage* page = openPage(wizard);
            page->setProjectPath(path, Project::load(path).deltaBusyThreshold);
            auto* busy = page->findChild<QSpinBox*>(QStringLiteral("busy-threshold"));
            QCOMPARE(busy->value(), 0); // the test options' value: nothing saved yet
            busy->setValue(25);
            QTRY_COMPARE_WITH_TIMEOUT(Project::load(path).deltaBusyThreshold, 25, 10'000);
            busy->setValue(12); // closed before the save would run: still kept
        }
        QCOMPARE(Project::load(path).deltaBusyThreshold, 12);
        QWizard wizard;
        DeltaPage* page = openPage(wizard);
        page->setProjectPath(path, Project::load(path).deltaBusyThreshold);
        QCOMPARE(page->findChild<QSpinBox*>(QStringLiteral("busy-threshold"))->value(), 12);
    }

private:
    ConnectionProfile m_m1;
    ConnectionProfile m_m2;
    QStringList m_before;
};

QTEST_MAIN(TestDeltaPage)
#include "tst_deltapage.moc"
