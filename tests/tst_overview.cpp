#include "connection/preflight.h"
#include "cutoverwizard.h"
#include "delta/deltasync.h"
#include "engine/verifier.h"
#include "golive/golivechecklist.h"
#include "golive/reindexrunner.h"
#include "media/mediacopier.h"
#include "mediapage.h"
#include "migratepage.h"
#include "overviewwindow.h"
#include "project/project.h"
#include "report/runreport.h"
#include "steps/steplist.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::ui;
using namespace cutover::test;

using Phase = OverviewWindow::Phase;
using State = OverviewWindow::State;

namespace {

QString dmtPath()
{
    return fixturePath(QStringLiteral("dmt/etc/opensource-to-opensource/1.9.4.5/config.xml.dist"));
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString labelText(const OverviewWindow& window, const char* name)
{
    auto* label = window.findChild<QLabel*>(QLatin1String(name));
    return label && !label->isHidden() ? label->text() : QString();
}

/** A table of a step's report, with its rows. */
TableReport table(const QString& name, qint64 written, qint64 skipped = 0, qint64 warnings = 0)
{
    TableReport t;
    t.sourceTable = t.destinationTable = name;
    t.outcome = Outcome::Succeeded;
    t.rowsRead = written + skipped;
    t.rowsWritten = written;
    if (skipped)
        t.skipped.insert(QStringLiteral("orphan row"), skipped);
    t.warningCount = warnings;
    return t;
}

/** The first step of a mode, as the step list makes it: its report with `tables`, between `from` and `to`. */
StepReport stepOf(StepSet set, const QList<TableReport>& tables, const QDateTime& from, const QDateTime& to)
{
    const std::vector<std::unique_ptr<Step>> steps = migrationSteps(set);
    StepReport s;
    s.id = steps.front()->id();
    s.title = steps.front()->title();
    s.outcome = Outcome::Succeeded;
    s.tables = tables;
    s.started = from;
    s.finished = to;
    return s;
}

/**
 * A project half way through the go-live, as the commands record it: a failed check, two pre-flight ticks, one
 * combined settings+data run with its verification failing on one table, media, a reindex with one failed indexer,
 * a delta run; go-live: maintenance on and the delta stopped, the cron step skipped and the stock reindex done with
 * an override.
 */
Project recordedProject(const QDateTime& t)
{
    Project project;
    project.name = QStringLiteral("Shop of Anna");
    project.createdAt = t.addDays(-3);

    RunReport migration;
    migration.mode = QStringLiteral("settings+data");
    migration.outcome = Outcome::Succeeded;
    migration.started = t;
    migration.finished = t.addSecs(3600);
    migration.steps << stepOf(
        StepSet::Settings, { table(QStringLiteral("core_config_data"), 1234, 5) }, t, t.addSecs(65));
    migration.steps << stepOf(StepSet::Data,
        { table(QStringLiteral("eav_attribute"), 40000, 0, 3), table(QStringLiteral("eav_entity_type"), 5678, 7) },
        t.addSecs(70), t.addSecs(3600));
    VerifyReport verify;
    verify.outcome = Outcome::Failed;
    for (const auto status : { TableVerification::Status::Match, TableVerification::Status::Match,
             TableVerification::Status::Match, TableVerification::Status::Mismatch }) {
        TableVerification v;
        v.sourceTable = QStringLiteral("t%1").arg(verify.tables.size());
        v.status = status;
        verify.tables << v;
    }
    QJsonObject migrationJson = migration.toJson();
    migrationJson.insert(QStringLiteral("verification"), verify.toJson());

    MediaCopyReport media;
    media.status = MediaCopyReport::Succeeded;
    media.copied = { QStringLiteral("a.jpg"), QStringLiteral("b.jpg"), QStringLiteral("c.jpg") };
    media.upToDate = 1;
    media.bytesCopied = 3 * 1024 * 1024;

    ReindexResult reindex;
    reindex.status = ReindexResult::Failed;
    IndexerState rebuilt;
    rebuilt.title = QStringLiteral("Stock");
    rebuilt.status = IndexerState::Rebuilt;
    IndexerState broken;
    broken.title = QStringLiteral("Catalog Search");
    broken.status = IndexerState::Failed;
    reindex.indexers = { rebuilt, broken };

    DeltaFigures delta;
    delta.applied = 12345;
    delta.backlog = 0;
    QJsonObject deltaJson = delta.toJson();
    deltaJson.insert(QStringLiteral("outcome"), QStringLiteral("succeeded"));

    project.progress.runs = {
        { QStringLiteral("check"), t.addSecs(-600), t.addSecs(-590), RunOutcome::Failed,
            QStringLiteral("login refused for shop@db"), {} },
        { QStringLiteral("wizard migrate settings+data"), t, t.addSecs(3700), RunOutcome::Succeeded,
            QStringLiteral("x"), migrationJson },
        { QStringLiteral("media"), t.addSecs(3800), t.addSecs(3900), RunOutcome::Succeeded, QStringLiteral("y"),
            media.toJson() },
        { QStringLiteral("reindex"), t.addSecs(4000), t.addSecs(4100), RunOutcome::Failed, QStringLiteral("z"),
            reindex.toJson() },
        { QStringLiteral("delta run"), t.addSecs(3700), t.addSecs(7000), RunOutcome::Succeeded, QStringLiteral("d"),
            deltaJson },
    };
    const QVector<ChecklistItem> items = Preflight::manualChecklist();
    project.progress.setTicked(items.at(0).id, true, QStringLiteral("bob"), t.addSecs(-3000));
    project.progress.setTicked(items.at(1).id, true, QStringLiteral("bob"), t.addSecs(-2000));
    project.progress.setTicked(GoLiveChecklist::maintenanceOn, true, QStringLiteral("anna"), t.addSecs(7100));
    project.progress.setTicked(GoLiveChecklist::deltaStopped, true, QStringLiteral("anna"), t.addSecs(7200));
    project.progress.setTicked(GoLiveChecklist::stockReindexed, true, QStringLiteral("anna"), t.addSecs(7300),
        QStringLiteral("overridden: cron is started by the hosting company"));
    return project;
}

} // namespace

class TestOverview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;

    void check(const OverviewWindow& window, Phase phase, State state, const QStringList& fragments = {})
    {
        const QString text = window.rowText(phase);
        QVERIFY2(window.state(phase) == state,
            qPrintable(QStringLiteral("%1: %2").arg(OverviewWindow::phaseKey(phase), text)));
        QVERIFY2(text.contains(OverviewWindow::stateTitle(state)), qPrintable(text));
        for (const QString& fragment : fragments)
            QVERIFY2(text.contains(fragment), qPrintable(fragment + QStringLiteral(" not in: ") + text));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CutoverTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_overview"));
        QSettings().clear();
        QVERIFY(m_folder.isValid());
    }

    // Every phase from what the project recorded: state in words (and colour), when, and the key figures.
    void recordedPhasesWithTheirFigures()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-8000);
        const QString path = m_folder.filePath(QStringLiteral("recorded.cutover"));
        recordedProject(t).save(path);
        OverviewWindow window;
        window.setProjectFile(path);

        check(window, Phase::Connections, State::Failed, { QStringLiteral("login refused for shop@db") });
        check(window, Phase::Preflight, State::Running,
            { QStringLiteral("2 of %1 checklist items ticked").arg(Preflight::manualChecklist().size()) });
        // The combined run is split by its steps: settings rows under Settings, the rest under Data.
        check(window, Phase::Settings, State::Done,
            { QStringLiteral("%1 rows copied").arg(number(1234)), QStringLiteral("5 skipped"),
                QStringLiteral("0:01:05") });
        check(window, Phase::Data, State::Done,
            { QStringLiteral("%1 rows copied").arg(number(45678)), QStringLiteral("2 tables"),
                QStringLiteral("7 skipped"), QStringLiteral("3 warnings"), QStringLiteral("0:58:50") });
        check(window, Phase::Verification, State::Failed,
            { QStringLiteral("3 tables match, 1 differ, 0 could not be compared") });
        check(window, Phase::Media, State::Done,
            { QStringLiteral("3 files copied"), QLocale().formattedDataSize(3 * 1024 * 1024),
                QStringLiteral("1 up to date") });
        check(window, Phase::Reindex, State::Failed, { QStringLiteral("1 of 2 indexers rebuilt, 1 failed") });
        check(window, Phase::Delta, State::Done, { QStringLiteral("%1 changes applied").arg(number(12345)) });
        // Go-live: three of seven steps, one skipped, flagged; the downtime clock runs.
        check(window, Phase::GoLive, State::Running,
            { QStringLiteral("3 of 7 steps done"), QStringLiteral("override"), QStringLiteral("downtime") });
        check(window, Phase::StoreOpen, State::NotStarted);
        QVERIFY2(window.downtimeText().startsWith(QStringLiteral("Downtime 0:")), qPrintable(window.downtimeText()));
        // A running phase has its progress bar; the others not.
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("phase-golive"))
                     ->findChild<QProgressBar*>(QStringLiteral("bar"))
                     ->isHidden());
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("phase-data"))
                    ->findChild<QProgressBar*>(QStringLiteral("bar"))
                    ->isHidden());
        // Screen readers get the same as the eye.
        QCOMPARE(window.findChild<QWidget*>(QStringLiteral("phase-reindex"))->accessibleName(),
            QStringLiteral("Reindex: Failed"));
        QCOMPARE(labelText(window, "heading"), QStringLiteral("Shop of Anna"));

        // A later run recorded by a worker (here: another process) shows without a reload.
        Project::update(path, [&](Project& p) {
            p.progress.runs.append({ QStringLiteral("reindex"), QDateTime::currentDateTimeUtc(),
                QDateTime::currentDateTimeUtc(), RunOutcome::Succeeded, QStringLiteral("all rebuilt"), {} });
        });
        QTRY_COMPARE_WITH_TIMEOUT(window.state(Phase::Reindex), State::Done, 5000);
        QVERIFY(window.rowText(Phase::Reindex).contains(QStringLiteral("all rebuilt")));
    }

    // Nothing recorded: every phase "not started"; one never run while a later one went ahead is "skipped".
    void emptyAndSkippedPhases()
    {
        OverviewWindow window;
        window.setProject(Project {});
        for (int i = 0; i < OverviewWindow::phaseCount; ++i)
            check(window, Phase(i), State::NotStarted);
        QCOMPARE(labelText(window, "downtime"), QString());

        Project project;
        project.progress.runs = { { QStringLiteral("migrate data"), QDateTime::currentDateTimeUtc().addSecs(-60),
            QDateTime::currentDateTimeUtc(), RunOutcome::Succeeded, QStringLiteral("12 rows"), {} } };
        window.setProject(project);
        check(window, Phase::Data, State::Done, { QStringLiteral("12 rows") });
        check(window, Phase::Settings, State::Skipped, { QStringLiteral("not run before later phases went ahead") });
        check(window, Phase::Connections, State::Skipped);
        check(window, Phase::Verification, State::NotStarted);
    }

    // The delta loop's figures arrive live: rate, backlog, lag and the time to catch up change without a reload.
    void deltaFiguresLive()
    {
        OverviewWindow window;
        window.setProject(recordedProject(QDateTime::currentDateTimeUtc().addDays(-1)));
        DeltaSync sync;
        window.setDeltaSync(&sync);
        QVERIFY(labelText(window, "delta-live").contains(QStringLiteral("not running")));

        DeltaFigures f;
        f.state = DeltaFigures::State::Running;
        f.running = true;
        f.applied = 100;
        f.backlog = 500;
        f.changesPerSecond = 50;
        f.lagSeconds = 75;
        emit sync.figuresChanged(f);
        check(window, Phase::Delta, State::Running,
            { QStringLiteral("100 changes applied"), QStringLiteral("backlog 500"), QStringLiteral("lag 0:01:15"),
                QStringLiteral("about 0:00:10 to catch up") });
        QVERIFY(labelText(window, "delta-live").contains(QStringLiteral("backlog 500")));
        auto* bar = window.findChild<QWidget*>(QStringLiteral("phase-delta"))->findChild<QProgressBar*>();
        QCOMPARE(bar->value(), 166);

        f.applied = 550;
        f.backlog = 100;
        f.changesPerSecond = 20;
        f.lagSeconds = 4;
        emit sync.figuresChanged(f);
        check(window, Phase::Delta, State::Running,
            { QStringLiteral("550 changes applied"), QStringLiteral("backlog 100"), QStringLiteral("lag 0:00:04"),
                QStringLiteral("about 0:00:05 to catch up") });
        QVERIFY(labelText(window, "delta-live").contains(QStringLiteral("550 changes applied")));
        QCOMPARE(bar->value(), 846);

        // Stopped: the last figures stay, the phase is done.
        f.state = DeltaFigures::State::Stopped;
        f.running = false;
        f.updated = QDateTime::currentDateTimeUtc();
        emit sync.figuresChanged(f);
        check(window, Phase::Delta, State::Done, { QStringLiteral("550 changes applied") });
        QVERIFY(labelText(window, "delta-live").startsWith(QStringLiteral("Delta stopped")));
    }

    // The Media page's real copy reaches the overview while it runs, and its end shows as done.
    void mediaCopyLive()
    {
        QTemporaryDir work;
        const QString from = work.filePath(QStringLiteral("media"));
        for (int i = 0; i < 40; ++i) {
            QVERIFY(QDir().mkpath(from + QStringLiteral("/catalog/product/%1").arg(i % 4)));
            QFile file(from + QStringLiteral("/catalog/product/%1/p%2.jpg").arg(i % 4).arg(i));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(20'000 + i, 'x'));
        }
        MediaPage page;
        page.setFolders(from, work.filePath(QStringLiteral("pub/media")));
        OverviewWindow window;
        window.setProject(Project {});
        window.setMediaPage(&page);
        // Connected after the window: each progress finds the window already updated.
        QList<State> seen;
        QStringList texts;
        connect(&page, &MediaPage::progressChanged, this, [&](const MediaCopyProgress& p) {
            if (p.phase == MediaCopyProgress::Copying) {
                seen << window.state(Phase::Media);
                texts << window.rowText(Phase::Media);
            }
        });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("start")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.isComplete(), 20'000);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.first(), State::Running);
        QVERIFY2(texts.last().contains(QStringLiteral("of 40 files")), qPrintable(texts.last()));
        QTRY_COMPARE_WITH_TIMEOUT(window.state(Phase::Media), State::Done, 5000);
        QVERIFY2(window.rowText(Phase::Media).contains(QStringLiteral("40 files looked at")),
            qPrintable(window.rowText(Phase::Media)));
    }

    // F11 or the button: full screen for a projector; Esc leaves it. Type grows with the window.
    void presentationModeAndScaledType()
    {
        OverviewWindow window;
        window.setProject(Project {});
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int small = window.findChild<QLabel*>(QStringLiteral("heading"))->font().pixelSize();
        QTest::keyClick(&window, Qt::Key_F11);
        QTRY_VERIFY_WITH_TIMEOUT(window.isFullScreen(), 5000);
        QVERIFY(window.isPresentationMode());
        QTest::keyClick(&window, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isFullScreen(), 5000);
        auto* button = window.findChild<QPushButton*>(QStringLiteral("presentation"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.isFullScreen(), 5000);
        QVERIFY(button->text().contains(QStringLiteral("Esc")));
        QTest::keyClick(&window, Qt::Key_F11);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isFullScreen(), 5000);

        window.resize(2560, 1440);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.findChild<QLabel*>(QStringLiteral("heading"))->font().pixelSize() >= 2 * small - 2, 5000);
    }

    // The window opens again at the size it was closed with.
    void remembersItsSize()
    {
        // From a clean slate: the windows of the tests before left their own sizes (and states) in the settings.
        QSettings().remove(QStringLiteral("overview/geometry"));
        {
            OverviewWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(760, 540); // above the rows' minimum width, inside the offscreen screen
            QTRY_COMPARE_WITH_TIMEOUT(window.size(), QSize(760, 540), 5000);
            window.close();
        }
        OverviewWindow again;
        QCOMPARE(again.size(), QSize(760, 540));
    }

    // The downtime clock runs while Magento 1 is in maintenance and stops when the store opens.
    void downtimeClock()
    {
        const QString path = m_folder.filePath(QStringLiteral("golive.cutover"));
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-65);
        Project project;
        project.progress.setTicked(GoLiveChecklist::maintenanceOn, true, QStringLiteral("anna"), start);
        project.save(path);
        OverviewWindow window;
        window.setProjectFile(path);
        const QString first = window.downtimeText();
        QVERIFY2(first.startsWith(QStringLiteral("Downtime 0:01:0")), qPrintable(first));
        QTRY_VERIFY_WITH_TIMEOUT(window.downtimeText() != first, 3000); // it runs
        check(window, Phase::GoLive, State::Running, { QStringLiteral("1 of 7 steps done") });

        Project::update(path, [&](Project& p) {
            int minute = 1;
            for (const GoLiveStep& step : GoLiveChecklist::steps()) {
                if (!p.progress.tick(step.id))
                    p.progress.setTicked(step.id, true, QStringLiteral("anna"),
                        step.id == QLatin1String(GoLiveChecklist::storeOpen) ? start.addSecs(600)
                                                                             : start.addSecs(minute++));
            }
        });
        QTRY_COMPARE_WITH_TIMEOUT(window.state(Phase::StoreOpen), State::Done, 5000);
        check(window, Phase::GoLive, State::Done, { QStringLiteral("7 of 7 steps done") });
        check(window, Phase::StoreOpen, State::Done, { QStringLiteral("downtime was 0:10:00") });
        QCOMPARE(window.downtimeText().left(16), QStringLiteral("Downtime 0:10:00"));
        const QString stopped = window.downtimeText();
        QTest::qWait(2200);
        QCOMPARE(window.downtimeText(), stopped);
    }

    // The wizard opens the overview with its button and with Ctrl+Shift+O, fed by its project and pages.
    void openedFromTheWizard()
    {
        CutoverWizard wizard(m_folder.filePath(QStringLiteral("demo")));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(!wizard.findChild<OverviewWindow*>());
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QTest::keyClick(&wizard, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        auto* overview = wizard.findChild<OverviewWindow*>();
        QVERIFY(overview);
        QTRY_VERIFY_WITH_TIMEOUT(overview->isVisible(), 5000);
        QVERIFY(overview->isWindow());
        overview->close();
        QVERIFY(!overview->isVisible());
        QTest::mouseClick(wizard.button(QWizard::CustomButton3), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(overview->isVisible(), 5000);
        QCOMPARE(wizard.findChildren<OverviewWindow*>().size(), 1);
    }

    // The screenshot of the docs: 1280x720, half way through the go-live, delta live. Set CUTOVER_SCREENSHOTS.
    void screenshot()
    {
        const QString folder = qEnvironmentVariable("CUTOVER_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set CUTOVER_SCREENSHOTS to a folder to save the screenshot");
        OverviewWindow window;
        window.setProject(recordedProject(QDateTime::currentDateTimeUtc().addSecs(-7300)));
        DeltaSync sync;
        window.setDeltaSync(&sync);
        DeltaFigures f;
        f.state = DeltaFigures::State::Running;
        f.running = true;
        f.applied = 18342;
        f.backlog = 0;
        f.changesPerSecond = 12.4;
        f.lagSeconds = 1;
        emit sync.figuresChanged(f);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300);
        QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("overview.png"))));
    }

    // A real migration on the Settings and data page: its rows, rate and ETA reach the overview while it runs.
    void migrationProgressLive()
    {
        const ConnectionProfile m1 = TestServer::instance().magento1(QStringLiteral("ov_m1"));
        const ConnectionProfile m2 = TestServer::instance().magento2(QStringLiteral("ov_m2"));
        MigratePage page;
        page.setDmtConfig(dmtPath());
        page.setConnections(m1, {}, m2, {});
        OverviewWindow window;
        window.setProject(Project {});
        window.setMigratePage(&page);
        QSignalSpy finished(&page, &MigratePage::runFinished);
        page.findChild<QPushButton*>(QStringLiteral("start"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            window.state(Phase::Settings) == State::Running || window.state(Phase::Data) == State::Running, 60'000);
        const Phase running = window.state(Phase::Settings) == State::Running ? Phase::Settings : Phase::Data;
        QVERIFY2(window.rowText(running).contains(QStringLiteral(" rows")), qPrintable(window.rowText(running)));
        QVERIFY2(window.rowText(running).contains(QStringLiteral(" tables")), qPrintable(window.rowText(running)));
        // The rows move without a reload (the row's clock moves anyway: only the rows count).
        const QRegularExpression rowsDone(QStringLiteral("([0-9][0-9,.\\x{00a0}\\x{202f} ]*) rows"));
        const auto rows = [&] { return rowsDone.match(window.rowText(running)).captured(1); };
        const QString before = rows();
        QVERIFY2(!before.isEmpty(), qPrintable(window.rowText(running)));
        QTRY_VERIFY_WITH_TIMEOUT(rows() != before || !finished.isEmpty(), 60'000);
        page.findChild<QPushButton*>(QStringLiteral("cancel"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.state(Phase::Settings) != State::Running && window.state(Phase::Data) != State::Running, 5000);
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
