#include "copy/copyledger.h"
#include "db/database.h"
#include "delta/deltacapture.h"
#include "migratepage.h"
#include "project/project.h"
#include "testserver.h"
#include "wizardpages.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace cutover;
using namespace cutover::ui;
using namespace cutover::test;

namespace {

QString dmtPath()
{
    return fixturePath(QStringLiteral("dmt/etc/opensource-to-opensource/1.9.4.5/config.xml.dist"));
}

template <typename T> T* child(const MigratePage& page, const char* name)
{
    T* widget = page.findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s on the page", name);
    return widget;
}

QString text(const MigratePage& page, const char* name)
{
    return child<QLabel>(page, name)->text();
}

qint64 count(const ConnectionProfile& profile, const QString& table)
{
    Database db(profile, {}, QStringLiteral("test"));
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(db.table(table))).toLongLong();
}

} // namespace

class TestMigratePage : public QObject
{
    Q_OBJECT

    ConnectionProfile m_m1;
    ConnectionProfile m_m2;
    qint64 m_cmsPagesBefore = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_m1 = TestServer::instance().magento1(QStringLiteral("mp_m1"));
        m_m2 = TestServer::instance().magento2(QStringLiteral("mp_m2"));
        m_cmsPagesBefore = count(m_m2, QStringLiteral("cms_page"));
    }

    void startNeedsBothConnections()
    {
        MigratePage page;
        page.setDmtConfig(dmtPath());
        QVERIFY(!child<QPushButton>(page, "start")->isEnabled());
        QVERIFY(text(page, "capture").contains(QStringLiteral("Connections page")));
        page.setConnections(m_m1, {}, std::nullopt, {});
        QVERIFY(!child<QPushButton>(page, "start")->isEnabled());
        page.setConnections(m_m1, {}, m_m2, {});
        QVERIFY(child<QPushButton>(page, "start")->isEnabled());
        // Neither mode chosen: nothing to start.
        child<QCheckBox>(page, "settings")->setChecked(false);
        child<QCheckBox>(page, "data")->setChecked(false);
        QVERIFY(!child<QPushButton>(page, "start")->isEnabled());
    }

    // The visitor log choice says what it would carry, read from Magento 1 once the connections are known.
    void visitorLogSizeIsShown()
    {
        MigratePage page;
        page.setDmtConfig(dmtPath());
        auto* logs = child<QCheckBox>(page, "logs");
        QVERIFY(!logs->text().contains(QStringLiteral(" rows, ")));
        page.setConnections(m_m1, {}, m_m2, {});
        const QString rows = QLocale().toString(count(m_m1, QStringLiteral("log_visitor")));
        QTRY_VERIFY2_WITH_TIMEOUT(logs->text().contains(QStringLiteral("(%1 rows, ").arg(rows)), qPrintable(logs->text()),
            30'000);
        QVERIFY2(logs->text().contains(QStringLiteral(" MB; ")), qPrintable(logs->text()));
    }

    void optionalAreasShowTheirSizeAndAreAnnounced()
    {
        MigratePage page;
        page.setDmtConfig(dmtPath());
        auto* reports = child<QCheckBox>(page, "reports");
        auto* quotes = child<QCheckBox>(page, "old-quotes");
        // Everything but the visitor log is carried unless the user says otherwise.
        QVERIFY(reports->isChecked() && quotes->isChecked());
        QCOMPARE(page.stepOptions().areas, OptionalAreas());
        // Which quotes are old needs the store's quote lifetime: not before Magento 1 was read.
        QVERIFY(!quotes->isEnabled());
        QSignalSpy changed(&page, &MigratePage::stepOptionsChanged);
        page.setConnections(m_m1, {}, m_m2, {});
        QTRY_VERIFY_WITH_TIMEOUT(quotes->isEnabled(), 30'000);
        QVERIFY2(reports->text().contains(QLatin1String(" rows in ")) && reports->text().contains(QLatin1String(" MB)")),
            qPrintable(reports->text()));
        const QString allQuotes = QLocale().toString(count(m_m1, QStringLiteral("sales_flat_quote")));
        QVERIFY2(quotes->text().contains(QStringLiteral("(of %1; about ").arg(allQuotes)), qPrintable(quotes->text()));
        QCOMPARE(changed.count(), 0);

        // Each choice is announced (the wizard keeps it in the project); old quotes take Magento 2's rule: the
        // store sets no lifetime, so 30 days before today, from midnight UTC.
        reports->setChecked(false);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!changed.last().at(0).value<StepOptions>().areas.reports);
        quotes->setChecked(false);
        QCOMPARE(changed.count(), 2);
        const QDateTime before = page.stepOptions().areas.oldQuotesBefore;
        QCOMPARE(before, QDateTime(QDateTime::currentDateTimeUtc().date().addDays(-30), QTime(0, 0), QTimeZone::utc()));
        QVERIFY2(quotes->text().contains(QLocale().toString(before.date(), QLocale::ShortFormat)),
            qPrintable(quotes->text()));

        // The project's choice comes back as it was kept, its date included, without being announced again.
        MigratePage reopened;
        QSignalSpy again(&reopened, &MigratePage::stepOptionsChanged);
        reopened.setStepOptions(page.stepOptions());
        QCOMPARE(reopened.stepOptions(), page.stepOptions());
        QVERIFY(!child<QCheckBox>(reopened, "reports")->isChecked());
        QCOMPARE(again.count(), 0);
    }

    void urlClashRuleReachesTheSteps()
    {
        MigratePage page;
        page.setConnections(m_m1, {}, m_m2, {});
        auto* clash = child<QComboBox>(page, "url-clash");
        QCOMPARE(page.stepOptions().urlClash, UrlRewriteStep::ClashRule::RenameWithSuffix);
        clash->setCurrentIndex(clash->findData(int(UrlRewriteStep::ClashRule::KeepFirst)));
        QCOMPARE(page.stepOptions().urlClash, UrlRewriteStep::ClashRule::KeepFirst);
        // The data steps are the ones that write rewrites: without them the choice is off.
        child<QCheckBox>(page, "data")->setChecked(false);
        QVERIFY(!clash->isEnabled());
        child<QCheckBox>(page, "data")->setChecked(true);
        QVERIFY(clash->isEnabled());
        // The step list hands the rule to the URL rewrite step.
        bool found = false;
        for (const std::unique_ptr<Step>& step : migrationSteps(StepSet::Data, page.stepOptions())) {
            if (auto* rewrites = dynamic_cast<UrlRewriteStep*>(step.get())) {
                QCOMPARE(rewrites->clashRule(), UrlRewriteStep::ClashRule::KeepFirst);
                found = true;
            }
        }
        QVERIFY(found);
        // Visitor logs stay behind unless the box is ticked.
        QVERIFY(!page.stepOptions().areas.visitorLogs);
        child<QCheckBox>(page, "logs")->setChecked(true);
        QVERIFY(page.stepOptions().areas.visitorLogs);
    }

    void pauseAndCancelKeepThePageIncomplete()
    {
        MigratePage page;
        page.setDmtConfig(dmtPath());
        page.setConnections(m_m1, {}, m_m2, {});
        QSignalSpy finished(&page, &MigratePage::runFinished);
        child<QPushButton>(page, "start")->click();
        QVERIFY(page.isRunning() || !child<QPushButton>(page, "start")->isEnabled());
        auto* pause = child<QPushButton>(page, "pause");
        QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), 30'000);
        pause->click();
        QCOMPARE(pause->text(), QStringLiteral("&Resume"));
        QVERIFY(child<QPlainTextEdit>(page, "log")->toPlainText().contains(QStringLiteral("Paused")));
        child<QPushButton>(page, "cancel")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120'000);
        QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::Cancelled);
        QVERIFY2(text(page, "status").contains(QStringLiteral("Cancelled")), qPrintable(text(page, "status")));
        QVERIFY(!page.isComplete());
        QVERIFY(child<QPushButton>(page, "start")->isEnabled());
    }

    void capturesBeforeTheCopyWhenAsked()
    {
        MigratePage page;
        page.setDmtConfig(dmtPath());
        page.setConnections(m_m1, {}, m_m2, {});
        QTRY_VERIFY_WITH_TIMEOUT(text(page, "capture").contains(QStringLiteral("not installed")), 30'000);
        auto* install = child<QPushButton>(page, "install-capture");
        QVERIFY(install->isVisibleTo(&page));
        answerNextDialog();
        install->click();
        QTRY_VERIFY_WITH_TIMEOUT(text(page, "capture").contains(QStringLiteral("Change capture is installed")), 60'000);
        QVERIFY2(!install->isVisibleTo(&page),
            qPrintable(
                text(page, "capture") + QStringLiteral(" / ") + child<QPlainTextEdit>(page, "log")->toPlainText()));
        Database db(m_m1, {}, QStringLiteral("test"));
        QVERIFY(DeltaCapture::isInstalled(db));
        // Leave the store as it was for the other tests: no capture.
        DeltaCapture::remove(db, DeltaCapture::removalPlan(db));
        QVERIFY(!DeltaCapture::isInstalled(db));
    }

    void migratesVerifiesRecordsAndResets()
    {
        QTemporaryDir folder;
        const QString projectPath = folder.filePath(QStringLiteral("shop.cutover"));
        Project project;
        project.source = m_m1;
        project.destination = m_m2;
        project.save(projectPath);

        MigratePage page;
        page.setDmtConfig(dmtPath());
        page.setProjectPath(projectPath);
        page.setConnections(m_m1, {}, m_m2, {});
        QSignalSpy finished(&page, &MigratePage::runFinished);
        QSignalSpy complete(&page, &QWizardPage::completeChanged);
        QVERIFY(!page.isComplete());
        child<QPushButton>(page, "start")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 600'000);
        const QString log = child<QPlainTextEdit>(page, "log")->toPlainText();
        QVERIFY2(finished.at(0).at(0).value<Outcome>() == Outcome::Succeeded, qPrintable(log));
        QVERIFY(page.isComplete());
        QVERIFY(text(page, "status").startsWith(QStringLiteral("Finished in")));
        QVERIFY2(log.contains(QStringLiteral("Verifying")), qPrintable(log));
        // Start checked the mapping first, found no error, and went on by itself.
        QVERIFY2(log.contains(QStringLiteral("before the data moves")), qPrintable(log));
        QVERIFY(page.integrityReport().has_value());
        QCOMPARE(page.integrityReport()->errors(), 0);

        // The tree shows both steps with their tables, as the report has them.
        auto* tree = child<QTreeWidget>(page, "tree");
        QCOMPARE(tree->topLevelItemCount(), qsizetype(page.lastReport().steps.size()));
        QVERIFY(tree->topLevelItemCount() >= 2);
        int tables = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            tables += tree->topLevelItem(i)->childCount();
        int reported = 0;
        for (const StepReport& step : page.lastReport().steps)
            reported += int(step.tables.size());
        QCOMPARE(tables, reported);
        QVERIFY(count(m_m2, QStringLiteral("cms_page")) == count(m_m1, QStringLiteral("cms_page")));

        // CUTOVER_SCREENSHOTS=FOLDER saves the page as the README shows it.
        if (const QString shots = qEnvironmentVariable("CUTOVER_SCREENSHOTS"); !shots.isEmpty()) {
            page.resize(860, 640);
            page.show();
            QTest::qWait(200);
            QVERIFY(page.grab().save(QDir(shots).filePath(QStringLiteral("migrate.png"))));
            page.hide();
        }

        // The run is recorded in the project, off the GUI thread.
        QTRY_VERIFY_WITH_TIMEOUT(!Project::load(projectPath).progress.runs.isEmpty(), 10'000);
        const RunRecord record = Project::load(projectPath).progress.runs.last();
        QCOMPARE(record.command, QStringLiteral("wizard migrate settings+data"));
        QCOMPARE(record.outcome, RunOutcome::Succeeded);

        // Reset asks for the database name: a wrong one resets nothing.
        {
            Database db(m_m2, {}, QStringLiteral("test"));
            QVERIFY(!CopyLedger::writtenTables(db).isEmpty());
        }
        answerNextDialog(QStringLiteral("not-the-name"));
        child<QPushButton>(page, "reset")->click();
        QVERIFY(text(page, "error").contains(QStringLiteral("does not match")));
        QCOMPARE(count(m_m2, QStringLiteral("cms_page")), count(m_m1, QStringLiteral("cms_page")));

        answerNextDialog(m_m2.database);
        child<QPushButton>(page, "reset")->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QPlainTextEdit>(page, "log")->toPlainText().contains(QStringLiteral("Reset done")), 120'000);
        QCOMPARE(count(m_m2, QStringLiteral("cms_page")), m_cmsPagesBefore);
        QVERIFY(!page.isComplete());
    }

    // A destination with orders Cutover did not write: the run starts only once its database name is typed.
    void storeInUseAsksForTheDatabaseName()
    {
        const auto destination = TestServer::instance().magento2(QStringLiteral("mp_inuse_m2"));
        {
            Database db(destination, {}, QStringLiteral("test"));
            db.exec(QStringLiteral("INSERT INTO sales_order (state, status) VALUES ('new', 'pending')"));
        }
        MigratePage page;
        page.setDmtConfig(dmtPath());
        page.setConnections(m_m1, {}, destination, {});
        child<QCheckBox>(page, "data")->setChecked(false);
        QSignalSpy finished(&page, &MigratePage::runFinished);

        answerNextDialog(QStringLiteral("not-the-name"));
        child<QPushButton>(page, "start")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(page, "start")->isEnabled(), 30'000);
        QVERIFY2(text(page, "error").contains(QStringLiteral("was not confirmed")), qPrintable(text(page, "error")));
        QCOMPARE(finished.size(), 0);
        {
            Database db(destination, {}, QStringLiteral("test"));
            QVERIFY(CopyLedger::writtenTables(db).isEmpty());
        }

        answerNextDialog(destination.database);
        child<QPushButton>(page, "start")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120'000);
        const QString log = child<QPlainTextEdit>(page, "log")->toPlainText();
        QVERIFY2(finished.at(0).at(0).value<Outcome>() == Outcome::Succeeded, qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("you confirmed replacing it")), qPrintable(log));
    }

    // Start before any check: the check runs first and, with an error, the data does not move.
    void startChecksIntegrityFirst()
    {
        auto& server = TestServer::instance();
        const ConnectionProfile source = server.magento1(QStringLiteral("mp_auto_m1"));
        const ConnectionProfile destination = server.magento2(QStringLiteral("mp_auto_m2"));
        server.sql(QStringLiteral("CREATE TABLE ext_rewards (id INT PRIMARY KEY)"), source.database);
        MigratePage page;
        page.setDmtConfig(dmtPath());
        page.setConnections(source, {}, destination, {});
        QSignalSpy finished(&page, &MigratePage::runFinished);
        QVERIFY(!page.integrityReport().has_value());
        child<QPushButton>(page, "start")->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.integrityReport().has_value(), 120'000);
        QVERIFY(page.integrityReport()->finding(QStringLiteral("unmapped-table:ext_rewards")));
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!page.isRunning());
        QVERIFY(!child<QPushButton>(page, "start")->isEnabled()); // blocked by the error
        const QString log = child<QPlainTextEdit>(page, "log")->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("did not start")), qPrintable(log));
        Database db(destination, {}, QStringLiteral("test"));
        QVERIFY(CopyLedger::writtenTables(db).isEmpty());
    }

    void integrityFindingsAndTheirFixes()
    {
        auto& server = TestServer::instance();
        const ConnectionProfile source = server.magento1(QStringLiteral("mp_int_m1"));
        const ConnectionProfile destination = server.magento2(QStringLiteral("mp_int_m2"));
        server.sql(QStringLiteral("CREATE TABLE ext_loyalty_points (id INT PRIMARY KEY, points INT); "
                                  "INSERT INTO ext_loyalty_points VALUES (1, 5);"),
            source.database);
        // An extension's column on both sides under different names: the source field gets a choice of fixes.
        server.sql(QStringLiteral("ALTER TABLE sales_flat_order ADD COLUMN gift_note_m1 VARCHAR(64)"), source.database);
        server.sql(QStringLiteral("ALTER TABLE sales_order ADD COLUMN gift_note VARCHAR(64)"), destination.database);
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(QStringLiteral("shop.cutover"));
        Project project;
        project.source = source;
        project.destination = destination;
        project.save(projectPath);

        MigratePage page;
        page.setDmtConfig(dmtPath());
        page.setProjectPath(projectPath);
        page.setConnections(source, {}, destination, {});
        auto* start = child<QPushButton>(page, "start");
        auto* check = child<QPushButton>(page, "check-integrity");
        auto* findings = child<QTreeWidget>(page, "findings");
        const auto listed = [findings](const QString& id) {
            for (QTreeWidgetItemIterator it(findings); *it; ++it) {
                if ((*it)->data(0, Qt::UserRole).toString() == id)
                    return true;
            }
            return false;
        };
        QVERIFY(check->isEnabled());
        QVERIFY(start->isEnabled()); // no check yet: nothing known to block on
        check->click();
        QVERIFY(!check->isEnabled()); // while it runs, off the GUI thread
        QVERIFY(!start->isEnabled()); // a run would not wait for the check's answer
        QTRY_VERIFY_WITH_TIMEOUT(page.integrityReport().has_value(), 120'000);
        QVERIFY2(page.integrityReport()->finding(QStringLiteral("unmapped-table:ext_loyalty_points")),
            qPrintable(page.integrityReport()->toText()));
        QVERIFY(findings->isVisible() || !page.isVisible());
        QVERIFY2(text(page, "integrity-status").contains(QStringLiteral("block the data migration")),
            qPrintable(text(page, "integrity-status")));
        // The finding is in the list, under its kind, with its Fix button; data cannot start while it is there.
        const auto items = findings->findItems(QStringLiteral("ext_loyalty_points"), Qt::MatchContains | Qt::MatchRecursive);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0)->parent()->text(0), IntegrityFinding::kindTitle(IntegrityFinding::Kind::UnmappedTable));
        QVERIFY(listed(QStringLiteral("unmapped-table:ext_loyalty_points")));
        QVERIFY(!start->isEnabled());
        // Settings alone do not depend on the mapping's tables.
        child<QCheckBox>(page, "data")->setChecked(false);
        QVERIFY(start->isEnabled());
        child<QCheckBox>(page, "data")->setChecked(true);
        QVERIFY(!start->isEnabled());

        // Set CUTOVER_SCREENSHOTS to a folder to save the docs' screenshot of the findings.
        if (const QString folder = qEnvironmentVariable("CUTOVER_SCREENSHOTS"); !folder.isEmpty()) {
            page.resize(900, 760);
            page.show();
            QTest::qWait(300);
            QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("integrity.png"))));
        }

        // Each finding with a fix has its Fix button, enabled since the page has a project.
        auto* fix = page.findChild<QPushButton*>(QStringLiteral("fix:unmapped-table:ext_loyalty_points"));
        QVERIFY(fix);
        QVERIFY(fix->isEnabled());
        // The button says what it does; its tooltip names the table.
        QCOMPARE(fix->text(), QStringLiteral("Ignore"));
        QVERIFY2(fix->toolTip().contains(QStringLiteral("ext_loyalty_points")), qPrintable(fix->toolTip()));
        // A finding with several fixes offers them in a menu.
        bool menuFound = false;
        for (QPushButton* button : page.findChildren<QPushButton*>()) {
            if (button->objectName().startsWith(QStringLiteral("fix:")) && button->menu()) {
                QCOMPARE(button->text(), QStringLiteral("Choose a fix"));
                QVERIFY(button->menu()->actions().size() >= 2);
                menuFound = true;
            }
        }
        QVERIFY2(menuFound, "no finding offers a choice of fixes");

        // The fix goes to the project's override map, the check runs again, and the finding is gone.
        fix->click();
        QVERIFY(!fix->isEnabled()); // one fix at a time, and none under a run
        QVERIFY(!start->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(page.integrityReport().has_value()
                && !page.integrityReport()->finding(QStringLiteral("unmapped-table:ext_loyalty_points")),
            120'000);
        const Project saved = Project::load(projectPath);
        QVERIFY(!saved.mappingOverrides.isEmpty());
        QFile overrides(saved.mappingOverridesPath(projectPath));
        QVERIFY2(overrides.open(QIODevice::ReadOnly), qPrintable(overrides.fileName()));
        QVERIFY(overrides.readAll().contains("ext_loyalty_points"));
        QVERIFY(!listed(QStringLiteral("unmapped-table:ext_loyalty_points")));
        const QString log = child<QPlainTextEdit>(page, "log")->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("override map")), qPrintable(log));
    }
};

QTEST_MAIN(TestMigratePage)
#include "tst_migratepage.moc"
