#include "connection/preflight.h"
#include "connectionform.h"
#include "connectionspage.h"
#include "cutoverwizard.h"
#include "db/database.h"
#include "delta/deltacapture.h"
#include "error.h"
#include "fakemagento.h"
#include "generate/storegenerator.h"
#include "golive/golivechecklist.h"
#include "golivepage.h"
#include "migratepage.h"
#include "pageserver.h"
#include "project/project.h"
#include "stepsupport.h"
#include "testserver.h"
#include "wizardcontroller.h"
#include "wizardmodel.h"
#include "wizardpages.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace cutover;
using namespace cutover::test;
using namespace cutover::ui;

namespace {

const QString sourcePassword = QStringLiteral("Jy7-JourneySrc-5521");
const QString destPassword = QStringLiteral("Jy7-JourneyDst-6634");

template <typename T> T* child(const QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qFatal("no widget %s in %s", qPrintable(name), parent->metaObject()->className());
    return widget;
}

QString text(const QWidget* parent, const QString& name)
{
    return child<QLabel>(parent, name)->text();
}

qint64 number(const QWidget* parent, const QString& name)
{
    return QLocale().toLongLong(text(parent, name));
}

qint64 scalar(Database& db, const QString& sql)
{
    return db.scalar(expand(db, sql)).toLongLong();
}

/** Files under `folder`, as paths relative to it, sorted. */
QStringList filesUnder(const QString& folder)
{
    QStringList files;
    for (QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

// The whole migration in the real wizard, as a merchant clicks through it, on a generated store in the test
// MariaDB: a new project, both connections typed and tested, pre-flight with its checklist, the media copied,
// change capture installed, settings and data migrated after an integrity finding is fixed from the page, the
// live delta carrying what Magento 1 writes meanwhile (a new order, a changed customer, a new CMS page), the
// reindex (the recording bin/magento of tests/support), the go-live checklist from maintenance to "store open",
// the exported report, and the change capture removed. Then the destination, Magento 1 and the report are checked.
//
// Every page is also checked for text its width cuts off and for Tab against reading order, in the state the journey
// leaves it in (findings, notes and figures that the first-state checks of tst_clippedtext and tst_accessibility do
// not see). CUTOVER_SCREENSHOTS=FOLDER saves each
// page as journey-<page>.png.
class TestWizardJourney : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ConnectionProfile m_m1;
    ConnectionProfile m_m2;
    QString m_m1Root;
    QString m_m2Root;
    QStringList m_schemaBefore;
    std::unique_ptr<PageServer> m_pages;
    GeneratorReport m_generated;

    QString storeUrl() const { return QStringLiteral("http://localhost:%1/").arg(m_pages->port()); }

private Q_SLOTS:
    void initTestCase()
    {
        prepareWizardTest(QStringLiteral("tst_wizardjourney"));
        QVERIFY(m_dir.isValid());
        QElapsedTimer timer;
        timer.start();
        m_pages = std::make_unique<PageServer>();
        QVERIFY(m_pages->port() > 0);

        // Magento 1's folder with what the maintenance step looks for, Magento 2's with the recording bin/magento.
        m_m1Root = m_dir.filePath(QStringLiteral("m1"));
        m_m2Root = m_dir.filePath(QStringLiteral("m2"));
        makeMagento1Root(m_m1Root);
        installFakeMagento(m_m2Root);

        auto& server = TestServer::instance();
        QString loadError;
        std::thread loadM2([&]() {
            try {
                m_m2 = server.magento2(QStringLiteral("journey_m2"));
            } catch (const Error& e) {
                loadError = e.message();
            }
        });
        m_m1 = server.magento1(QStringLiteral("journey_m1"));
        GeneratorOptions options;
        options.products = 24;
        options.customers = 12;
        options.orders = 40;
        options.seed = 19;
        options.mediaDir = m_m1Root + QStringLiteral("/media");
        m_generated = StoreGenerator::run(m_m1, {}, options);
        QVERIFY(m_generated.mediaFiles > 0);
        // An extension's table the mapping does not know: the integrity check finds it before the data moves.
        server.sql(QStringLiteral("CREATE TABLE ext_loyalty_points (id INT PRIMARY KEY, points INT); "
                                  "INSERT INTO ext_loyalty_points VALUES (1, 5);"),
            m_m1.database);
        {
            Database db(m_m1, {}, QStringLiteral("test"));
            m_schemaBefore = DeltaCapture::schemaObjects(db);
        }
        loadM2.join();
        QVERIFY2(loadError.isEmpty(), qPrintable(loadError));
        // The merchant's database users, over TCP with passwords, as the Connections page tests them.
        server.sql(QStringLiteral("CREATE USER IF NOT EXISTS 'journey_src'@'%' IDENTIFIED BY '%1'; "
                                  "GRANT ALL PRIVILEGES ON journey_m1.* TO 'journey_src'@'%'; "
                                  "CREATE USER IF NOT EXISTS 'journey_dst'@'%' IDENTIFIED BY '%2'; "
                                  "GRANT ALL PRIVILEGES ON journey_m2.* TO 'journey_dst'@'%';")
                       .arg(sourcePassword, destPassword));
        qInfo("set-up: %.1f s", timer.elapsed() / 1000.0);
    }

    void wholeJourney()
    {
        QElapsedTimer total;
        total.start();
        CutoverWizard wizard(m_dir.filePath(QStringLiteral("demo")));
        wizard.resize(860, 640);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QStringList clipped;
        const auto look = [&](int id) {
            const QString key = CutoverWizard::pageKey(id);
            QApplication::processEvents();
            clipped << clippedText(wizard, wizard.page(id), key) << tabOrderProblems(wizard, wizard.page(id), key);
            if (const QString folder = qEnvironmentVariable("CUTOVER_SCREENSHOTS"); !folder.isEmpty())
                wizard.grab().save(QDir(folder).filePath(QStringLiteral("journey-%1.png").arg(key)));
        };
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        // Next, once the page allows it; false when it does not within 30 s or the wizard does not arrive at `to`.
        const auto goNext = [&](int to) {
            if (!QTest::qWaitFor([next] { return next->isEnabled(); }, 30'000))
                return false;
            next->click();
            return QTest::qWaitFor([&wizard, to] { return wizard.currentId() == to; }, 30'000);
        };
        const auto phase = [&total](const char* name) { qInfo("%6.1f s  %s", total.elapsed() / 1000.0, name); };

        // 1. Welcome: a new project, saved where the file dialog says.
        phase("welcome");
        QCOMPARE(wizard.currentId(), int(CutoverWizard::WelcomePageId));
        const QString projectPath = m_dir.filePath(QStringLiteral("shop.cutover"));
        answerNextDialog(projectPath);
        child<QPushButton>(wizard.page(CutoverWizard::WelcomePageId), QStringLiteral("newProjectButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.model()->hasProject(), 10'000);
        QCOMPARE(wizard.model()->projectPath(), projectPath);
        QVERIFY(QFile::exists(projectPath));
        look(CutoverWizard::WelcomePageId);
        QVERIFY2(goNext(CutoverWizard::ConnectionsPageId), "ConnectionsPageId");

        // 2. Connections: both typed, tested, passed.
        phase("connections");
        auto* connections = qobject_cast<ConnectionsPage*>(wizard.page(CutoverWizard::ConnectionsPageId));
        QVERIFY(!next->isEnabled());
        const int port = TestServer::instance().server().port();
        typeConnection(connections->sourceForm(), QStringLiteral("journey_src"), sourcePassword, m_m1.database, port);
        typeConnection(connections->destinationForm(), QStringLiteral("journey_dst"), destPassword, m_m2.database, port);
        QVERIFY2(connections->sourceForm()->passed(), qPrintable(text(connections->sourceForm(), QStringLiteral("status"))));
        QVERIFY2(connections->destinationForm()->passed(),
            qPrintable(text(connections->destinationForm(), QStringLiteral("status"))));
        look(CutoverWizard::ConnectionsPageId);
        QVERIFY2(goNext(CutoverWizard::PreflightPageId), "PreflightPageId");
        // The project keeps both connections, never a password.
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.controller()->isSaving(), 10'000);
        {
            QFile file(projectPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray saved = file.readAll();
            QVERIFY(saved.contains("journey_m1") && saved.contains("journey_m2"));
            QVERIFY(!saved.contains(sourcePassword.toUtf8()) && !saved.contains(destPassword.toUtf8()));
        }

        // 3. Pre-flight: the two folders typed, the check run, the checklist ticked.
        phase("pre-flight");
        QWizardPage* preflight = wizard.page(CutoverWizard::PreflightPageId);
        for (auto [name, folder] : { std::pair { "m1Root", m_m1Root }, std::pair { "m2Root", m_m2Root } }) {
            auto* edit = child<QLineEdit>(preflight, QLatin1String(name));
            edit->setFocus();
            QTest::keyClicks(edit, folder);
            QTest::keyClick(edit, Qt::Key_Return); // ends the edit; the wizard stays on the page
        }
        QCOMPARE(wizard.currentId(), int(CutoverWizard::PreflightPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.model()->project().m2Root == m_m2Root, 10'000);
        QCOMPARE(wizard.model()->project().m1Root, m_m1Root);
        child<QPushButton>(preflight, QStringLiteral("recheck"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(text(preflight, QStringLiteral("summary")).startsWith(QStringLiteral("Checked at")), 60'000);
        for (const ChecklistItem& item : Preflight::manualChecklist()) {
            auto* box = child<QCheckBox>(preflight, QStringLiteral("tick-%1").arg(item.id));
            box->click();
            QTRY_VERIFY_WITH_TIMEOUT(wizard.model()->project().progress.tick(item.id)
                    && wizard.model()->project().progress.tick(item.id)->ticked,
                10'000);
            QVERIFY(box->isChecked());
        }
        look(CutoverWizard::PreflightPageId);
        QVERIFY2(goNext(CutoverWizard::MediaPageId), "MediaPageId");

        // 4. Media: the folders come from the project; every file arrives, verified.
        phase("media");
        QWizardPage* media = wizard.page(CutoverWizard::MediaPageId);
        QCOMPARE(child<QLineEdit>(media, QStringLiteral("from"))->text(), Preflight::m1MediaFolder(m_m1Root));
        QCOMPARE(child<QLineEdit>(media, QStringLiteral("to"))->text(), Preflight::m2MediaFolder(m_m2Root));
        QVERIFY(!next->isEnabled());
        child<QPushButton>(media, QStringLiteral("start"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(media->isComplete(), 60'000);
        QCOMPARE(filesUnder(Preflight::m2MediaFolder(m_m2Root)), filesUnder(Preflight::m1MediaFolder(m_m1Root)));
        QCOMPARE(number(media, QStringLiteral("count-copied")), m_generated.mediaFiles);
        QCOMPARE(number(media, QStringLiteral("count-failed")), 0);
        look(CutoverWizard::MediaPageId);
        QVERIFY2(goNext(CutoverWizard::MigratePageId), "MigratePageId");

        // 5. Settings and data. Change capture first, with consent, so that nothing written meanwhile is missed.
        phase("capture");
        auto* migrate = qobject_cast<MigratePage*>(wizard.page(CutoverWizard::MigratePageId));
        QTRY_VERIFY_WITH_TIMEOUT(text(migrate, QStringLiteral("capture")).contains(QStringLiteral("not installed")), 30'000);
        answerNextDialog();
        child<QPushButton>(migrate, QStringLiteral("install-capture"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            text(migrate, QStringLiteral("capture")).contains(QStringLiteral("Change capture is installed")), 120'000);
        {
            Database db(m_m1, {}, QStringLiteral("test"));
            QVERIFY(DeltaCapture::isInstalled(db));
        }
        // Start checks the mapping first: the extension's table blocks the data until the user decides.
        phase("integrity");
        QSignalSpy finished(migrate, &MigratePage::runFinished);
        auto* start = child<QPushButton>(migrate, QStringLiteral("start"));
        start->click();
        QTRY_VERIFY_WITH_TIMEOUT(migrate->integrityReport().has_value(), 120'000);
        QVERIFY(migrate->integrityReport()->finding(QStringLiteral("unmapped-table:ext_loyalty_points")));
        QTRY_VERIFY_WITH_TIMEOUT(!migrate->isRunning(), 10'000);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!start->isEnabled());
        look(CutoverWizard::MigratePageId);
        auto* fix = child<QPushButton>(migrate, QStringLiteral("fix:unmapped-table:ext_loyalty_points"));
        QCOMPARE(fix->text(), QStringLiteral("Ignore"));
        fix->click();
        QTRY_VERIFY_WITH_TIMEOUT(migrate->integrityReport().has_value()
                && !migrate->integrityReport()->finding(QStringLiteral("unmapped-table:ext_loyalty_points")),
            120'000);
        QCOMPARE(migrate->integrityReport()->errors(), 0);
        phase("migrate");
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 30'000);
        start->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 600'000);
        QVERIFY2(finished.at(0).at(0).value<Outcome>() == Outcome::Succeeded,
            qPrintable(migrate->lastReport().toText()));
        QVERIFY2(text(migrate, QStringLiteral("status")).startsWith(QStringLiteral("Finished in")),
            qPrintable(text(migrate, QStringLiteral("status"))));
        look(CutoverWizard::MigratePageId);
        QVERIFY2(goNext(CutoverWizard::DeltaPageId), "DeltaPageId");

        // 6. Delta: started, it carries what Magento 1 writes while the store stays open.
        phase("delta");
        QWizardPage* delta = wizard.page(CutoverWizard::DeltaPageId);
        auto* deltaStart = child<QPushButton>(delta, QStringLiteral("start"));
        QTRY_VERIFY_WITH_TIMEOUT(deltaStart->isEnabled(), 30'000);
        deltaStart->click();
        QTRY_COMPARE_WITH_TIMEOUT(text(delta, QStringLiteral("count-state")), QStringLiteral("running"), 30'000);
        const Written written = writeOnMagento1();
        QTRY_VERIFY_WITH_TIMEOUT(number(delta, QStringLiteral("count-applied")) > 0, 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(text(delta, QStringLiteral("count-backlog")), QStringLiteral("0"), 60'000);
        QVERIFY2(child<QWidget>(delta, QStringLiteral("error"))->isHidden(), qPrintable(text(delta, QStringLiteral("error"))));
        look(CutoverWizard::DeltaPageId);
        checkWritesArrived(written);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY2(goNext(CutoverWizard::ReindexPageId), "ReindexPageId");

        // 7. Reindex with bin/magento on this computer, then the test of the new store.
        phase("reindex");
        QWizardPage* reindex = wizard.page(CutoverWizard::ReindexPageId);
        QCOMPARE(child<QLineEdit>(reindex, QStringLiteral("magentoRoot"))->text(), m_m2Root);
        QVERIFY(!next->isEnabled());
        child<QPushButton>(reindex, QStringLiteral("run"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(reindex->isComplete(), 60'000);
        QVERIFY(fakeMagentoCalls(m_m2Root).contains(QStringLiteral("indexer:reindex")));
        look(CutoverWizard::ReindexPageId);
        QVERIFY2(goNext(CutoverWizard::GoLivePageId), "GoLivePageId");

        // 8. Go-live. The new server answers for the store's address (the page server here), with Magento 2's base
        // URLs set to it, as the merchant's host does before the switch.
        phase("go-live");
        {
            Database m2(m_m2, {}, QStringLiteral("test"));
            m2.exec(QStringLiteral(
                "UPDATE %1 SET value = '%2' WHERE path IN ('web/unsecure/base_url', 'web/secure/base_url')")
                        .arg(m2.table(QStringLiteral("core_config_data")), storeUrl()));
        }
        auto* goLive = qobject_cast<GoLivePage*>(wizard.page(CutoverWizard::GoLivePageId));
        for (auto [name, value] : { std::pair { "store-url", storeUrl() },
                 std::pair { "new-address", QStringLiteral("127.0.0.1") } }) {
            auto* edit = child<QLineEdit>(goLive, QLatin1String(name));
            edit->clear();
            edit->setFocus();
            QTest::keyClicks(edit, value);
            QTest::keyClick(edit, Qt::Key_Return); // saves the address; it does not press Finish
        }
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(CutoverWizard::GoLivePageId));
        QTRY_COMPARE_WITH_TIMEOUT(Project::load(projectPath).newServerAddress, QStringLiteral("127.0.0.1"), 10'000);
        // One more order arrives just before maintenance: the delta still carries it.
        const Written late = writeOnMagento1();
        for (const char* step : { "m1-maintenance", "delta-stopped", "m2-cron", "reindex-stock", "cache-warmed",
                 "final-verification" }) {
            auto* action = child<QPushButton>(goLive, QStringLiteral("action-") + QLatin1String(step));
            auto* tick = child<QCheckBox>(goLive, QStringLiteral("tick-") + QLatin1String(step));
            QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 30'000);
            phase(step);
            action->click();
            QTRY_VERIFY_WITH_TIMEOUT(!goLive->isBusy(), 120'000);
            QVERIFY2(tick->isChecked(),
                qPrintable(QStringLiteral("%1: %2 / %3").arg(QLatin1String(step), text(goLive, QStringLiteral("error")),
                    text(goLive, QStringLiteral("note-") + QLatin1String(step)))));
        }
        QVERIFY(QFile::exists(QDir(m_m1Root).filePath(QStringLiteral("maintenance.flag"))));
        checkWritesArrived(late);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(!m_pages->paths.isEmpty());
        for (const char* step : { "dns-switched", "store-open" }) {
            auto* tick = child<QCheckBox>(goLive, QStringLiteral("tick-") + QLatin1String(step));
            QTRY_VERIFY_WITH_TIMEOUT(tick->isEnabled(), 30'000);
            tick->click();
            QTRY_VERIFY2_WITH_TIMEOUT(tick->isChecked() && !goLive->isBusy(),
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(step), text(goLive, QStringLiteral("error")))),
                30'000);
        }
        QVERIFY(text(goLive, QStringLiteral("clock-caption")).contains(QStringLiteral("ended")));
        look(CutoverWizard::GoLivePageId);

        // The report, through its file dialog.
        phase("report");
        const QString reportPath = m_dir.filePath(QStringLiteral("report.html"));
        answerNextDialog(reportPath);
        child<QPushButton>(goLive, QStringLiteral("export"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(reportPath)
                && text(goLive, QStringLiteral("status")).contains(QStringLiteral("Report written to")),
            30'000);

        // 9. The capture comes off Magento 1: back on the Live changes page, Remove capture, confirmed.
        phase("remove capture");
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(CutoverWizard::DeltaPageId));
        auto* remove = child<QPushButton>(delta, QStringLiteral("remove"));
        QTRY_VERIFY_WITH_TIMEOUT(remove->isEnabled(), 30'000);
        remove->click();
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = delta->findChild<QMessageBox*>(QStringLiteral("confirmRemove"))), 30'000);
        confirm->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(text(delta, QStringLiteral("capture"))
                                     .contains(QStringLiteral("no Cutover trigger or change-log table is left")),
            60'000);
        look(CutoverWizard::DeltaPageId);
        phase("checks");

        // Magento 1 is as it was, but for the maintenance flag and the data it wrote itself.
        {
            Database db(m_m1, {}, QStringLiteral("test"));
            QCOMPARE(DeltaCapture::schemaObjects(db), m_schemaBefore);
        }
        // The destination holds every order, customer and CMS page of Magento 1, the ones written during delta too.
        {
            Database m1(m_m1, {}, QStringLiteral("test"));
            Database m2(m_m2, {}, QStringLiteral("test"));
            for (auto [from, to] : { std::pair { "sales_flat_order", "sales_order" },
                     std::pair { "customer_entity", "customer_entity" }, std::pair { "cms_page", "cms_page" },
                     std::pair { "catalog_product_entity", "catalog_product_entity" } }) {
                QCOMPARE(scalar(m2, QStringLiteral("SELECT COUNT(*) FROM {%1}").arg(QLatin1String(to))),
                    scalar(m1, QStringLiteral("SELECT COUNT(*) FROM {%1}").arg(QLatin1String(from))));
            }
            QCOMPARE(scalar(m2, QStringLiteral("SELECT COUNT(*) FROM {sales_order_grid}")),
                scalar(m1, QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order}")));
        }
        // The saved project: every run recorded, every go-live step ticked, the downtime measured.
        const Project saved = Project::load(projectPath);
        QStringList commands;
        for (const RunRecord& run : saved.progress.runs) {
            commands << run.command;
            QVERIFY2(run.outcome == RunOutcome::Succeeded, qPrintable(run.command + QLatin1Char(' ') + run.summary));
        }
        // Each page's work, as cutover-cli records its commands: the report and the overview read these.
        for (const RunKind kind : { RunKind::Check, RunKind::Media, RunKind::Migrate, RunKind::Delta, RunKind::Reindex, RunKind::Verify }) {
            QVERIFY2(std::any_of(commands.cbegin(), commands.cend(), [kind](const QString& c) { return runKindOf(c) == kind; }),
                qPrintable(QStringLiteral("no run of kind %1 in: %2").arg(int(kind)).arg(commands.join(", "))));
        }
        const GoLiveChecklist list(saved.progress);
        QCOMPARE(list.doneCount(), int(GoLiveChecklist::steps().size()));
        QVERIFY(list.downtimeEnded().has_value());
        // The report says the store is open, shows the timeline and the verification, and holds no password.
        QFile reportFile(reportPath);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(reportFile.readAll());
        QVERIFY(report.contains(QStringLiteral("Migrated, and the new store is open.")));
        QVERIFY(report.contains(QStringLiteral("Go-live timeline")));
        QVERIFY(report.contains(QStringLiteral("every compared table matches")));
        QVERIFY(!report.contains(QStringLiteral("Not run yet")));
        QVERIFY(!report.contains(QStringLiteral("not checked yet"))); // the stores' releases, from the connection tests
        QVERIFY(!report.contains(sourcePassword) && !report.contains(destPassword));

        qInfo("journey driven in %.1f s", total.elapsed() / 1000.0);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }

private:
    /** What writeOnMagento1() wrote, to find in Magento 2. */
    struct Written
    {
        qint64 order = 0;
        QString orderNumber;
        qint64 customer = 0;
        QString email;
        QString pagePath;
    };

    void typeConnection(ConnectionForm* form, const QString& user, const QString& password, const QString& database,
        int port)
    {
        const auto type = [form](const char* name, const QString& value) {
            auto* edit = child<QLineEdit>(form, QLatin1String(name));
            edit->clear();
            QTest::keyClicks(edit, value);
        };
        type("host", QStringLiteral("127.0.0.1"));
        child<QSpinBox>(form, QStringLiteral("port"))->setValue(port);
        type("user", user);
        type("password", password);
        type("database", database);
        child<QPushButton>(form, QStringLiteral("test"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!form->isRunning(), 60'000);
    }

    /** A new order (with its item, address and payment), a customer's new e-mail and a new CMS page. */
    Written writeOnMagento1()
    {
        static int round = 0;
        ++round;
        Written w;
        Database db(m_m1, {}, QStringLiteral("shop"));
        const qint64 from = scalar(db,
            QStringLiteral("SELECT MIN(o.entity_id) FROM {sales_flat_order} o JOIN {sales_flat_order_address} a ON "
                           "a.parent_id = o.entity_id JOIN {sales_flat_order_payment} p ON p.parent_id = o.entity_id "
                           "JOIN {sales_flat_order_item} i ON i.order_id = o.entity_id"));
        w.order = scalar(db, QStringLiteral("SELECT MAX(entity_id) + 1 FROM {sales_flat_order}"));
        w.orderNumber = QStringLiteral("J%1").arg(900000 + round);
        db.beginTransaction();
        cloneRow(db, QStringLiteral("sales_flat_order"), QStringLiteral("entity_id = %1").arg(from),
            QStringLiteral("entity_id = %1, increment_id = '%2', created_at = NOW(), updated_at = NOW(), "
                           "billing_address_id = NULL, shipping_address_id = NULL")
                .arg(w.order)
                .arg(w.orderNumber));
        const qint64 address = scalar(db, QStringLiteral("SELECT MAX(entity_id) + 1 FROM {sales_flat_order_address}"));
        cloneRow(db, QStringLiteral("sales_flat_order_address"), QStringLiteral("parent_id = %1").arg(from),
            QStringLiteral("entity_id = %1, parent_id = %2").arg(address).arg(w.order));
        db.exec(expand(db, QStringLiteral("UPDATE {sales_flat_order} SET billing_address_id = %1 WHERE entity_id = %2"))
                    .arg(address)
                    .arg(w.order));
        cloneRow(db, QStringLiteral("sales_flat_order_payment"), QStringLiteral("parent_id = %1").arg(from),
            QStringLiteral("entity_id = (SELECT MAX(entity_id) + 1 FROM %1), parent_id = %2")
                .arg(db.table(QStringLiteral("sales_flat_order_payment")))
                .arg(w.order));
        cloneRow(db, QStringLiteral("sales_flat_order_item"), QStringLiteral("order_id = %1 AND parent_item_id IS NULL").arg(from),
            QStringLiteral("item_id = (SELECT MAX(item_id) + 1 FROM %1), order_id = %2")
                .arg(db.table(QStringLiteral("sales_flat_order_item")))
                .arg(w.order));
        db.commit();
        // A customer changes their e-mail address.
        w.customer = scalar(db, QStringLiteral("SELECT MIN(entity_id) FROM {customer_entity}"));
        w.email = QStringLiteral("journey-%1@example.com").arg(round);
        db.exec(expand(db, QStringLiteral("UPDATE {customer_entity} SET email = '%1', updated_at = NOW() WHERE entity_id = %2"))
                    .arg(w.email)
                    .arg(w.customer));
        // A new CMS page for every store.
        const qint64 page = scalar(db, QStringLiteral("SELECT MAX(page_id) + 1 FROM {cms_page}"));
        w.pagePath = QStringLiteral("journey-page-%1").arg(round);
        db.exec(expand(db, QStringLiteral("INSERT INTO {cms_page} (page_id, title, identifier, content, is_active, "
                                          "creation_time, update_time, root_template) VALUES (%1, 'Journey %2', '%3', "
                                          "'<p>new</p>', 1, NOW(), NOW(), 'one_column')"))
                    .arg(page)
                    .arg(round)
                    .arg(w.pagePath));
        db.exec(expand(db, QStringLiteral("INSERT INTO {cms_page_store} (page_id, store_id) VALUES (%1, 0)")).arg(page));
        return w;
    }

    void checkWritesArrived(const Written& w)
    {
        Database m2(m_m2, {}, QStringLiteral("test"));
        QCOMPARE(scalar(m2,
                     QStringLiteral("SELECT COUNT(*) FROM {sales_order} WHERE entity_id = %1 AND increment_id = '%2'")
                         .arg(w.order)
                         .arg(w.orderNumber)),
            qint64(1));
        QVERIFY(scalar(m2, QStringLiteral("SELECT COUNT(*) FROM {sales_order_item} WHERE order_id = %1").arg(w.order)) > 0);
        QCOMPARE(scalar(m2, QStringLiteral("SELECT COUNT(*) FROM {sales_order_grid} WHERE entity_id = %1").arg(w.order)),
            qint64(1));
        QCOMPARE(scalarText(m2, QStringLiteral("SELECT email FROM {customer_entity} WHERE entity_id = %1").arg(w.customer)),
            w.email);
        QVERIFY(scalar(m2,
                    QStringLiteral("SELECT COUNT(*) FROM {url_rewrite} WHERE entity_type = 'cms-page' AND request_path "
                                   "= '%1'")
                        .arg(w.pagePath))
            > 0);
    }
};

QTEST_MAIN(TestWizardJourney)
#include "tst_wizardjourney.moc"
