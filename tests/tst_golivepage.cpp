#include "db/database.h"
#include "delta/captureplan.h"
#include "delta/deltacapture.h"
#include "delta/deltasync.h"
#include "error.h"
#include "fakemagento.h"
#include "generate/storegenerator.h"
#include "golive/golivechecklist.h"
#include "golivepage.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "pageserver.h"
#include "project/project.h"
#include "steps/steplist.h"
#include "stepsupport.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>

#include <thread>
#include <time.h>

using namespace cutover;
using namespace cutover::ui;
using namespace cutover::test;

namespace {

QString dmtPath()
{
    return fixturePath(QStringLiteral("dmt/etc/opensource-to-opensource/1.9.4.5/config.xml.dist"));
}

template <typename T> T* child(const GoLivePage& page, const QString& name)
{
    T* widget = page.findChild<T*>(name);
    if (!widget)
        qFatal("no widget %s on the page", qPrintable(name));
    return widget;
}

QString text(const GoLivePage& page, const QString& name)
{
    return child<QLabel>(page, name)->text();
}

QPushButton* action(const GoLivePage& page, const char* step)
{
    return child<QPushButton>(page, QStringLiteral("action-") + QLatin1String(step));
}

QCheckBox* tick(const GoLivePage& page, const char* step)
{
    return child<QCheckBox>(page, QStringLiteral("tick-") + QLatin1String(step));
}

QString note(const GoLivePage& page, const char* step)
{
    return text(page, QStringLiteral("note-") + QLatin1String(step));
}

// What Magento 1 writes while go-live starts: order notes and CMS pages change.
void writeChanges(const ConnectionProfile& profile, int round)
{
    Database db(profile, {}, QStringLiteral("writer"));
    db.exec(QStringLiteral("UPDATE %1 SET customer_note = 'go-live %2' ORDER BY entity_id LIMIT 5")
                .arg(db.table(QStringLiteral("sales_flat_order")))
                .arg(round));
    db.exec(QStringLiteral("UPDATE %1 SET content = CONCAT(content, ' ') ORDER BY page_id LIMIT 3")
                .arg(db.table(QStringLiteral("cms_page"))));
}

// How long the page held the GUI thread: the longest gap between two runs of a 10 ms timer while the page was at
// work (the test's own database and file reads happen while it is idle), and the longest click handler. On a
// loaded machine a gap also holds time the thread waited for a core, so the CPU time the GUI thread used within
// the gap is measured too: that is the page's own work.
class StallMeter : public QObject
{
public:
    explicit StallMeter(const GoLivePage& page)
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this, &page] {
            const bool busy = page.isBusy();
            const qint64 cpu = threadCpuMs();
            if (m_clock.isValid() && busy && m_wasBusy)
                note(m_clock.elapsed(), cpu - m_cpuAtStart, page.findChild<QLabel*>(QStringLiteral("status"))->text());
            m_clock.restart();
            m_cpuAtStart = cpu;
            m_wasBusy = busy;
        });
        m_timer.start();
    }
    void click(QAbstractButton* button)
    {
        QElapsedTimer clock;
        clock.start();
        const qint64 cpu = threadCpuMs();
        button->click();
        note(clock.elapsed(), threadCpuMs() - cpu, QStringLiteral("click on ") + button->objectName());
        m_clock.restart();
        m_cpuAtStart = threadCpuMs();
    }
    qint64 maxGapMs = 0; ///< wall-clock
    qint64 maxCpuMs = 0; ///< the GUI thread's CPU time within a gap
    QString where;

private:
    static qint64 threadCpuMs()
    {
        timespec t {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1'000'000;
    }
    void note(qint64 wallMs, qint64 cpuMs, const QString& what)
    {
        if (wallMs > maxGapMs) {
            maxGapMs = wallMs;
            where = what;
        }
        maxCpuMs = std::max(maxCpuMs, cpuMs);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_cpuAtStart = 0;
    bool m_wasBusy = false;
};

} // namespace

// The go-live page driven through a whole go-live against the test MariaDB (a migrated store with a running delta),
// a temporary Magento 1 root, a temporary Magento 2 root with a recording bin/magento and a local HTTP server.
class TestGoLivePage : public QObject
{
    Q_OBJECT

    ConnectionProfile m_m1;
    ConnectionProfile m_m2;
    QTemporaryDir m_dir;
    QString m_m1Root;
    QString m_m2Root;
    std::unique_ptr<PageServer> m_pages;
    std::shared_ptr<const DmtConfiguration> m_dmt;
    HandlerRegistry m_handlers;

    QString storeUrl() const { return QStringLiteral("http://localhost:%1/").arg(m_pages->port()); }

    QStringList calls() const { return fakeMagentoCalls(m_m2Root); }

    QString newProject(const QString& name)
    {
        Project project;
        project.name = name;
        project.ensureId();
        project.source = m_m1;
        project.destination = m_m2;
        project.m1Root = m_m1Root;
        project.m2Root = m_m2Root;
        const QString path = m_dir.filePath(name + QStringLiteral(".cutover"));
        project.save(path);
        return path;
    }

    void setUpPage(GoLivePage& page, const QString& project)
    {
        page.setUserName(QStringLiteral("anna"));
        page.setProjectPath(project);
        page.setConnections(m_m1, {}, m_m2, {});
        page.setStoreRoots(m_m1Root, m_m2Root);
        page.setStoreAddress(storeUrl(), QStringLiteral("127.0.0.1"));
        page.setDmtConfig(dmtPath());
        CacheWarmOptions warm;
        warm.timeoutSeconds = 10;
        warm.parallel = 4;
        warm.limitPerStore = 50;
        page.setCacheWarmOptions(warm);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QElapsedTimer timer;
        timer.start();
        m_pages = std::make_unique<PageServer>();
        QVERIFY(m_pages->port() > 0);

        // Magento 1's root, with what MaintenanceFlag looks for; Magento 2's, with the recording bin/magento.
        m_m1Root = m_dir.filePath(QStringLiteral("m1"));
        m_m2Root = m_dir.filePath(QStringLiteral("m2"));
        makeMagento1Root(m_m1Root);
        // The recording bin/magento of tests/support; each indexer takes 0.3 s, so the page is seen busy.
        installFakeMagento(m_m2Root);
        QFile sleep(QDir(m_m2Root).filePath(QStringLiteral("sleep.txt")));
        QVERIFY(sleep.open(QIODevice::WriteOnly));
        sleep.write("0.3");
        sleep.close();

        auto& server = TestServer::instance();
        QString loadError;
        std::thread loadM2([&]() {
            try {
                m_m2 = server.magento2(QStringLiteral("glpage_m2"));
            } catch (const Error& e) {
                loadError = e.message();
            }
        });
        m_m1 = server.magento1(QStringLiteral("glpage_m1"));
        GeneratorOptions options;
        options.products = 8;
        options.customers = 5;
        options.orders = 20;
        options.seed = 11;
        StoreGenerator::run(m_m1, {}, options);
        m_dmt = std::make_shared<const DmtConfiguration>(DmtConfiguration::load(dmtPath()));
        {
            Database db(m_m1, {}, QStringLiteral("test"));
            // Capture only the tables the test writes: hundreds of triggers would take most of the test's time.
            CapturePlan plan = CapturePlanner::plan(db, *m_dmt);
            const QStringList written { QStringLiteral("sales_flat_order"), QStringLiteral("cms_page") };
            plan.targets.removeIf([&](const CaptureTarget& t) { return !written.contains(t.table); });
            QCOMPARE(plan.targets.size(), written.size());
            DeltaCapture::install(db, plan);
        }
        loadM2.join();
        QVERIFY2(loadError.isEmpty(), qPrintable(loadError));
        std::vector<std::unique_ptr<Step>> steps;
        for (const StepSet set : { StepSet::Settings, StepSet::Data }) {
            for (std::unique_ptr<Step>& step : migrationSteps(set))
                steps.push_back(std::move(step));
        }
        const RunReport report = runSteps(m_m1, m_m2, std::move(steps));
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
        // Magento 2 keeps its own base URLs (the migration leaves them): the store answers at the local server.
        Database m2(m_m2, {}, QStringLiteral("test"));
        m2.exec(
            QStringLiteral("UPDATE %1 SET value = '%2' WHERE path IN ('web/unsecure/base_url', 'web/secure/base_url')")
                .arg(m2.table(QStringLiteral("core_config_data")), storeUrl()));
        qInfo("set-up: %.1f s", timer.elapsed() / 1000.0);
    }

    // The whole go-live, in order, with what can go wrong on the way. Set CUTOVER_SCREENSHOTS to a folder to save
    // the docs' screenshot of the page mid-way.
    void wholeGoLive()
    {
        const QString project = newProject(QStringLiteral("golive"));
        QWizard wizard;
        wizard.setWizardStyle(QWizard::ModernStyle);
        auto* page = new GoLivePage;
        wizard.addPage(page);
        wizard.resize(980, 900);
        setUpPage(*page, project);

        // The wizard's delta loop runs, carrying what Magento 1 writes.
        DeltaSync sync;
        MigrationEnvironment env = stepEnvironment(m_m1, m_m2);
        env.dmt = m_dmt.get();
        env.handlers = &m_handlers;
        DeltaApplier::Options deltaOptions;
        deltaOptions.batchSize = 200;
        deltaOptions.idleMs = 100;
        deltaOptions.maxThreadsRunning = 0;
        sync.start(env, deltaOptions);
        QTRY_VERIFY_WITH_TIMEOUT(sync.isRunning(), 10'000);
        page->setDeltaSync(&sync);
        wizard.show();
        StallMeter stalls(*page);
        QElapsedTimer total;
        total.start();

        QCOMPARE(text(*page, QStringLiteral("clock")), QStringLiteral("0:00:00"));
        QVERIFY(text(*page, QStringLiteral("clock-caption")).contains(QStringLiteral("not started")));
        QTRY_VERIFY_WITH_TIMEOUT(action(*page, "m1-maintenance")->isEnabled(), 10'000);

        // Out of order without the override: refused, nothing run.
        QTRY_VERIFY_WITH_TIMEOUT(action(*page, "m2-cron")->isEnabled(), 10'000);
        stalls.click(action(*page, "m2-cron"));
        QVERIFY2(text(*page, QStringLiteral("error")).contains(QStringLiteral("comes first")),
            qPrintable(text(*page, QStringLiteral("error"))));
        QVERIFY(!page->isBusy());
        QVERIFY(calls().isEmpty());

        // 1. Maintenance: the flag is created, the clock runs; undone, the flag goes; done again.
        const QString flag = QDir(m_m1Root).filePath(QStringLiteral("maintenance.flag"));
        stalls.click(action(*page, "m1-maintenance"));
        QTRY_VERIFY_WITH_TIMEOUT(tick(*page, "m1-maintenance")->isChecked(), 10'000);
        QVERIFY(QFile::exists(flag));
        QVERIFY2(note(*page, "m1-maintenance").contains(QStringLiteral("maintenance.flag created in")),
            qPrintable(note(*page, "m1-maintenance")));
        QVERIFY(text(*page, QStringLiteral("who-m1-maintenance")).startsWith(QStringLiteral("anna, ")));
        QTRY_VERIFY_WITH_TIMEOUT(text(*page, QStringLiteral("clock")) != QStringLiteral("0:00:00"), 5'000);
        QVERIFY(text(*page, QStringLiteral("clock-caption")).contains(QStringLiteral("running since")));
        auto* undo = child<QPushButton>(*page, QStringLiteral("undo-m1-maintenance"));
        QVERIFY(undo->isVisible() && undo->isEnabled());
        stalls.click(undo);
        QTRY_VERIFY_WITH_TIMEOUT(!tick(*page, "m1-maintenance")->isChecked() && !page->isBusy(), 10'000);
        QVERIFY(!QFile::exists(flag));
        QCOMPARE(Project::load(project).progress.tick(QLatin1String(GoLiveChecklist::maintenanceOn))->ticked, false);
        QCOMPARE(text(*page, QStringLiteral("clock")), QStringLiteral("0:00:00"));
        stalls.click(action(*page, "m1-maintenance"));
        QTRY_VERIFY_WITH_TIMEOUT(tick(*page, "m1-maintenance")->isChecked() && !page->isBusy(), 10'000);
        QVERIFY(QFile::exists(flag));

        // 2. The last changes before maintenance: the page waits for the loop's backlog to drain, then stops it.
        writeChanges(m_m1, 1);
        QVERIFY(sync.isRunning());
        stalls.click(action(*page, "delta-stopped"));
        QTRY_VERIFY_WITH_TIMEOUT(tick(*page, "delta-stopped")->isChecked() && !page->isBusy(), 60'000);
        QVERIFY(!sync.isRunning());
        QVERIFY2(
            note(*page, "delta-stopped").contains(QStringLiteral("Delta stopped with an empty backlog after waiting")),
            qPrintable(note(*page, "delta-stopped")));
        {
            Database db(m_m1, {}, QStringLiteral("test"));
            QCOMPARE(DeltaCapture::status(db).backlog, qint64(0));
        }

        // 3. Magento 2 cron.
        stalls.click(action(*page, "m2-cron"));
        QTRY_VERIFY_WITH_TIMEOUT(tick(*page, "m2-cron")->isChecked() && !page->isBusy(), 20'000);
        QCOMPARE(calls(), QStringList { QStringLiteral("cron:install") });
        QVERIFY2(note(*page, "m2-cron").contains(QStringLiteral("bin/magento cron:install ran on this computer")),
            qPrintable(note(*page, "m2-cron")));

        // 4. The stock index: a failing indexer blocks the tick with its output; once it works, it is ticked.
        QFile fail(QDir(m_m2Root).filePath(QStringLiteral("fail.txt")));
        QVERIFY(fail.open(QIODevice::WriteOnly));
        fail.write("cataloginventory_stock exception Stock table is locked by a backup\n");
        fail.close();
        stalls.click(action(*page, "reindex-stock"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20'000);
        QVERIFY(!tick(*page, "reindex-stock")->isChecked());
        QVERIFY2(text(*page, QStringLiteral("error")).contains(QStringLiteral("Inventory")),
            qPrintable(text(*page, QStringLiteral("error"))));
        QVERIFY2(note(*page, "reindex-stock").contains(QStringLiteral("Stock table is locked by a backup")),
            qPrintable(note(*page, "reindex-stock")));
        QVERIFY(child<QPlainTextEdit>(*page, QStringLiteral("output"))
                    ->toPlainText()
                    .contains(QStringLiteral("Inventory index exception: Stock table is locked by a backup")));
        QVERIFY(!Project::load(project).progress.tick(QLatin1String(GoLiveChecklist::stockReindexed)));
        QVERIFY(fail.remove());
        stalls.click(action(*page, "reindex-stock"));
        QTRY_VERIFY_WITH_TIMEOUT(tick(*page, "reindex-stock")->isChecked() && !page->isBusy(), 20'000);
        QCOMPARE(calls(),
            QStringList({ QStringLiteral("cron:install"), QStringLiteral("indexer:reindex cataloginventory_stock"),
                QStringLiteral("indexer:reindex cataloginventory_stock") }));
        QVERIFY2(note(*page, "reindex-stock").contains(QStringLiteral("Inventory rebuilt in 0:00:01")),
            qPrintable(note(*page, "reindex-stock")));

        // 5. The cache: the store's pages are fetched from the local server.
        stalls.click(action(*page, "cache-warmed"));
        QTRY_VERIFY_WITH_TIMEOUT(tick(*page, "cache-warmed")->isChecked() && !page->isBusy(), 60'000);
        QVERIFY(m_pages->paths.contains(QStringLiteral("/")));
        QVERIFY2(note(*page, "cache-warmed")
                     .contains(QStringLiteral("%1 pages fetched").arg(QLocale().toString(m_pages->paths.size()))),
            qPrintable(note(*page, "cache-warmed") + m_pages->paths.join(' ')));
        QVERIFY(note(*page, "cache-warmed").contains(QStringLiteral("0 failed; slowest")));

        const QString folder = qEnvironmentVariable("CUTOVER_SCREENSHOTS");
        if (!folder.isEmpty()) {
            QTest::qWait(1100); // a clock that moved
            QVERIFY(wizard.grab().save(QDir(folder).filePath(QStringLiteral("golive.png"))));
        }

        // 6. Final verification: the data, the backlog and the last order. An order changed in Magento 2 behind
        // Cutover's back is found and blocks the tick; put back, the verification passes.
        Database m2(m_m2, {}, QStringLiteral("test"));
        const qint64 changed = m2.scalar(QStringLiteral("SELECT MIN(entity_id) FROM sales_order")).toLongLong();
        m2.exec(QStringLiteral("UPDATE sales_order SET grand_total = grand_total + 1, updated_at = updated_at WHERE "
                               "entity_id = %1")
                    .arg(changed));
        stalls.click(action(*page, "final-verification"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 180'000);
        QVERIFY(!tick(*page, "final-verification")->isChecked());
        QVERIFY2(text(*page, QStringLiteral("error")).contains(QStringLiteral("differ")),
            qPrintable(text(*page, QStringLiteral("error"))));
        QVERIFY(!Project::load(project).progress.tick(QLatin1String(GoLiveChecklist::finalVerification)));
        m2.exec(QStringLiteral("UPDATE sales_order SET grand_total = grand_total - 1, updated_at = updated_at WHERE "
                               "entity_id = %1")
                    .arg(changed));
        stalls.click(action(*page, "final-verification"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 180'000);
        QVERIFY2(tick(*page, "final-verification")->isChecked(),
            qPrintable(text(*page, QStringLiteral("error")) + note(*page, "final-verification")));
        const QString verified = note(*page, "final-verification");
        QVERIFY2(verified.contains(QStringLiteral("tables match")), qPrintable(verified));
        QVERIFY2(verified.contains(QStringLiteral("delta backlog: 0")), qPrintable(verified));
        QVERIFY2(verified.contains(QStringLiteral("is in Magento 2")), qPrintable(verified));

        // 7. DNS: the name still points elsewhere: refused without the override; once it points here, ticked.
        page->setStoreAddress(storeUrl(), QStringLiteral("203.0.113.7"));
        QVERIFY(tick(*page, "dns-switched")->isEnabled());
        stalls.click(tick(*page, "dns-switched"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20'000);
        QVERIFY(!tick(*page, "dns-switched")->isChecked());
        QVERIFY2(text(*page, QStringLiteral("error")).contains(QStringLiteral("still resolves")),
            qPrintable(text(*page, QStringLiteral("error"))));
        QVERIFY(note(*page, "dns-switched").contains(QStringLiteral("203.0.113.7")));
        // The user corrects the server's address in its field.
        auto* address = child<QLineEdit>(*page, QStringLiteral("new-address"));
        QCOMPARE(address->text(), QStringLiteral("203.0.113.7"));
        address->clear();
        QTest::keyClicks(address, QStringLiteral("127.0.0.1"));
        stalls.click(tick(*page, "dns-switched"));
        QTRY_VERIFY_WITH_TIMEOUT(tick(*page, "dns-switched")->isChecked() && !page->isBusy(), 20'000);
        QVERIFY2(note(*page, "dns-switched").contains(QStringLiteral("localhost resolves to")),
            qPrintable(note(*page, "dns-switched")));

        // 8. Store open: the clock stops.
        stalls.click(tick(*page, "store-open"));
        QTRY_VERIFY_WITH_TIMEOUT(tick(*page, "store-open")->isChecked() && !page->isBusy(), 10'000);
        QVERIFY(text(*page, QStringLiteral("clock-caption")).contains(QStringLiteral("ended")));
        const QString stopped = text(*page, QStringLiteral("clock"));
        QTest::qWait(1200);
        QCOMPARE(text(*page, QStringLiteral("clock")), stopped);
        qInfo("go-live driven in %.1f s; GUI thread: longest gap %lld ms (at \"%s\"), most CPU in one gap %lld ms",
            total.elapsed() / 1000.0, stalls.maxGapMs, qPrintable(stalls.where), stalls.maxCpuMs);
        QVERIFY2(stalls.maxCpuMs < 100, qPrintable(QString::number(stalls.maxCpuMs)));
        QVERIFY2(stalls.maxGapMs < 1000, qPrintable(stalls.where));

        // The saved project holds every tick, who and what was checked, and the downtime.
        const Project saved = Project::load(project);
        const GoLiveChecklist list(saved.progress);
        QCOMPARE(list.doneCount(), 8);
        for (const GoLiveStep& step : GoLiveChecklist::steps()) {
            const ChecklistTick* t = list.tick(step.id);
            QVERIFY2(t, qPrintable(step.id));
            QCOMPARE(t->by, QStringLiteral("anna"));
            QVERIFY2(!t->note.isEmpty(), qPrintable(step.id));
            QVERIFY2(!t->note.contains(QStringLiteral("overridden")), qPrintable(t->note));
        }
        QVERIFY(list.downtimeEnded().has_value());
        QCOMPARE(GoLiveChecklist::clock(list.downtimeSeconds(QDateTime::currentDateTimeUtc())), stopped);
        QVERIFY(list.tick(QLatin1String(GoLiveChecklist::storeOpen))->note.contains(stopped));

        // "Export report...": the migration report with the go-live timeline, as HTML and as PDF.
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        page->exportReportTo(html);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30'000);
        QFile report(html);
        QVERIFY2(report.open(QIODevice::ReadOnly), qPrintable(text(*page, QStringLiteral("error"))));
        const QString document = QString::fromUtf8(report.readAll());
        QVERIFY(document.contains(QStringLiteral("Go-live timeline")));
        QVERIFY(document.contains(QStringLiteral("localhost resolves to")));
        QVERIFY(!document.contains(QStringLiteral("OVERRIDE")));
        QVERIFY2(text(*page, QStringLiteral("status")).contains(QStringLiteral("Report written to")),
            qPrintable(text(*page, QStringLiteral("status"))));
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        page->exportReportTo(pdf);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30'000);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
    }

    // Out of order only with the override, which the saved note records; a delta that is not running is judged by
    // the change log's backlog in the database.
    void overrideIsRecorded()
    {
        const QString project = newProject(QStringLiteral("override"));
        GoLivePage page;
        setUpPage(page, project);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(action(page, "m1-maintenance")->isEnabled(), 10'000);
        const qsizetype callsBefore = calls().size();

        // The stock reindex before anything else: refused, then allowed with the override and recorded.
        action(page, "reindex-stock")->click();
        QVERIFY(text(page, QStringLiteral("error")).contains(QStringLiteral("comes first")));
        QCOMPARE(calls().size(), callsBefore);
        child<QCheckBox>(page, QStringLiteral("override"))->setChecked(true);
        action(page, "reindex-stock")->click();
        QTRY_VERIFY_WITH_TIMEOUT(tick(page, "reindex-stock")->isChecked() && !page.isBusy(), 20'000);
        QCOMPARE(calls().size(), callsBefore + 1);
        const ChecklistTick* skipped
            = Project::load(project).progress.tick(QLatin1String(GoLiveChecklist::stockReindexed));
        QVERIFY(skipped && skipped->ticked);
        QVERIFY2(skipped->note.startsWith(QStringLiteral("overridden: \"Magento 1 in maintenance mode\" comes first.")),
            qPrintable(skipped->note));
        // Steps are undone from the last one back: the override's step is the last done.
        QVERIFY(child<QPushButton>(page, QStringLiteral("undo-reindex-stock"))->isVisible());

        // A warm-up that no page answers (the new server's address is wrong) is not ticked.
        page.setStoreAddress(storeUrl(), QStringLiteral("127.0.0.2"));
        action(page, "cache-warmed")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60'000);
        QVERIFY(!tick(page, "cache-warmed")->isChecked());
        QVERIFY2(text(page, QStringLiteral("error")).contains(QStringLiteral("No page answered")),
            qPrintable(text(page, QStringLiteral("error"))));
        page.setStoreAddress(storeUrl(), QStringLiteral("127.0.0.1"));
        child<QCheckBox>(page, QStringLiteral("override"))->setChecked(false);

        // The delta is not running and Magento 1 has changes it has not carried: refused, saying what to do.
        page.setStoreRoots(QString(), m_m2Root); // no Magento 1 folder: the user switches maintenance on
        QTRY_VERIFY_WITH_TIMEOUT(tick(page, "m1-maintenance")->isEnabled(), 10'000);
        QVERIFY(!action(page, "m1-maintenance")->isEnabled());
        tick(page, "m1-maintenance")->click();
        QTRY_VERIFY_WITH_TIMEOUT(tick(page, "m1-maintenance")->isChecked() && !page.isBusy(), 10'000);
        QVERIFY2(note(page, "m1-maintenance").contains(QStringLiteral("not checked by Cutover")),
            qPrintable(note(page, "m1-maintenance")));
        writeChanges(m_m1, 2);
        action(page, "delta-stopped")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20'000);
        QVERIFY(!tick(page, "delta-stopped")->isChecked());
        QVERIFY2(text(page, QStringLiteral("error")).contains(QStringLiteral("are not in Magento 2 yet")),
            qPrintable(text(page, QStringLiteral("error"))));
        QVERIFY(text(page, QStringLiteral("error")).contains(QStringLiteral("Live changes page")));
        QVERIFY(!Project::load(project).progress.tick(QLatin1String(GoLiveChecklist::deltaStopped)));
    }

    // The store's address and the new server's, typed once, are kept in the project: a restart in the middle of
    // go-live finds them again, and the DNS check uses them.
    void addressesSurviveARestart()
    {
        const QString project = newProject(QStringLiteral("addresses"));
        {
            GoLivePage page;
            page.setProjectPath(project);
            page.show();
            auto* url = child<QLineEdit>(page, QStringLiteral("store-url"));
            auto* address = child<QLineEdit>(page, QStringLiteral("new-address"));
            QVERIFY(url && address);
            QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10'000);
            url->setFocus();
            QTest::keyClicks(url, QStringLiteral("https://shop.example.com/"));
            QTest::keyClick(url, Qt::Key_Return);
            address->setFocus();
            QTest::keyClicks(address, QStringLiteral("203.0.113.9"));
            QTest::keyClick(address, Qt::Key_Return);
            QTRY_COMPARE_WITH_TIMEOUT(Project::load(project).newServerAddress, QStringLiteral("203.0.113.9"), 10'000);
            QCOMPARE(Project::load(project).storeUrl, QStringLiteral("https://shop.example.com/"));
        }
        GoLivePage again;
        again.setProjectPath(project);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(again, QStringLiteral("store-url"))->text(),
            QStringLiteral("https://shop.example.com/"), 10'000);
        QCOMPARE(child<QLineEdit>(again, QStringLiteral("new-address"))->text(), QStringLiteral("203.0.113.9"));
    }
};

QTEST_MAIN(TestGoLivePage)
#include "tst_golivepage.moc"
