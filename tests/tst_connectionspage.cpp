#include "../app/logging.h"
#include "connectionform.h"
#include "connectionspage.h"
#include "cutoverwizard.h"
#include "preflightpage.h"
#include "project/project.h"
#include "testserver.h"
#include "wizardcontroller.h"
#include "wizardmodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::test;
using namespace cutover::ui;

namespace {

// Distinctive, so that finding them in a file cannot be a coincidence.
const QString sourcePassword = QStringLiteral("Xy7-SrcSecret-4471");
const QString destPassword = QStringLiteral("Xy7-DstSecret-9902");

QStringList filesContaining(const QString& folder, const QByteArray& needle, int* scanned = nullptr)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (scanned)
            ++*scanned;
        if (file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace

// The Connections and Pre-flight pages in a real wizard window (offscreen) against the test server: inline errors
// next to the field at fault, Next only when both sides pass, the async re-check, the pre-flight findings and
// ticks, and no password on disk afterwards. Set CUTOVER_SCREENSHOTS=FOLDER to save the screenshots of the docs.
class TestConnectionsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CutoverTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectionspage"));
        // No keychain in this test: remembering a password must say so and keep it nowhere.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/cutover-test-bus");
        QVERIFY(m_folder.isValid());
        m_logFile = app::setUpLogging(QStringLiteral("cutover"), true, true);
        QSettings().clear();

        auto& server = TestServer::instance();
        server.magento1(QStringLiteral("wiz_m1"));
        server.magento1Prefixed(QStringLiteral("wiz_m1p"));
        server.magento2(QStringLiteral("wiz_m2"));
        server.sql(QStringLiteral("CREATE USER IF NOT EXISTS 'wiz_src'@'%' IDENTIFIED BY '%1'; "
                                  "GRANT ALL PRIVILEGES ON wiz_m1.* TO 'wiz_src'@'%'; "
                                  "GRANT ALL PRIVILEGES ON wiz_m1p.* TO 'wiz_src'@'%'; "
                                  "GRANT SELECT ON wiz_m2.* TO 'wiz_src'@'%'; "
                                  "CREATE USER IF NOT EXISTS 'wiz_dst'@'%' IDENTIFIED BY '%2'; "
                                  "GRANT ALL PRIVILEGES ON wiz_m2.* TO 'wiz_dst'@'%';")
                       .arg(sourcePassword, destPassword));
        // Magento 1's cron ran two minutes ago: the pre-flight page must say it still runs.
        server.sql(QStringLiteral("INSERT INTO cron_schedule (job_code, status, created_at, scheduled_at, executed_at) "
                                  "VALUES ('catalog_product_alert', 'success', UTC_TIMESTAMP() - INTERVAL 3 MINUTE, "
                                  "UTC_TIMESTAMP() - INTERVAL 2 MINUTE, UTC_TIMESTAMP() - INTERVAL 2 MINUTE)"),
            QStringLiteral("wiz_m1"));
        m_port = server.server().port();

        m_wizard = std::make_unique<CutoverWizard>(m_folder.filePath(QStringLiteral("demo")));
        m_wizard->resize(900, 700);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_projectPath = m_folder.filePath(QStringLiteral("shop.cutover"));
        QVERIFY(m_wizard->controller()->newProject(m_projectPath));
        // The new project has an id: the keychain's key for its passwords.
        QVERIFY(!Project::load(m_projectPath).id.isNull());
        QVERIFY(!m_wizard->model()->project().id.isNull());
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(CutoverWizard::ConnectionsPageId));
        m_page = qobject_cast<ConnectionsPage*>(m_wizard->currentPage());
        QVERIFY(m_page);
    }

    void cleanupTestCase() { m_wizard.reset(); }

    void emptyFieldsAreNamedWithoutTesting()
    {
        ConnectionForm* form = m_page->sourceForm();
        QVERIFY(!form->test());
        QVERIFY(!form->isRunning());
        QVERIFY(form->errorText(ConnectionForm::Field::User).contains(QStringLiteral("user")));
        QVERIFY(form->errorText(ConnectionForm::Field::Database).contains(QStringLiteral("database")));
        QVERIFY(!nextEnabled());
    }

    void wrongPasswordIsShownNextToThePassword()
    {
        // The destination passes: one side is not enough for Next.
        ConnectionForm* dest = m_page->destinationForm();
        fill(dest, QStringLiteral("wiz_dst"), destPassword, QStringLiteral("wiz_m2"));
        runTest(dest);
        QVERIFY(dest->passed());
        ConnectionForm* form = m_page->sourceForm();
        fill(form, QStringLiteral("wiz_src"), QStringLiteral("not-the-password"), QStringLiteral("wiz_m1"));
        runTest(form);
        QVERIFY(!form->passed());
        const QString error = form->errorText(ConnectionForm::Field::Password);
        QVERIFY2(error.contains(QStringLiteral("refused this password")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("wiz_src")), qPrintable(error));
        QVERIFY(form->findChild<QLabel*>(QStringLiteral("passwordError"))->isVisible());
        // Nothing else is blamed.
        QVERIFY(form->errorText(ConnectionForm::Field::User).isEmpty());
        QVERIFY(form->errorText(ConnectionForm::Field::Database).isEmpty());
        // The steps so far are listed, the failed one last.
        auto* results = form->findChild<QListWidget*>(QStringLiteral("results"));
        QVERIFY(results->count() >= 3);
        QCOMPARE(results->item(results->count() - 1)->data(Qt::UserRole).toString(), QStringLiteral("login"));
        QVERIFY(!m_page->isComplete());
        QVERIFY(!nextEnabled());
        screenshot(QStringLiteral("connections.png"));
    }

    void eachFailureStandsNextToItsField_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("unknown database") << "wiz_nothing"
                                          << "" << 0 << int(ConnectionForm::Field::Database) << "does not exist";
        QTest::addRow("magento 2 as source")
            << "wiz_m2"
            << "" << 0 << int(ConnectionForm::Field::Database) << "Magento 2 (destination) side";
        QTest::addRow("prefix missing") << "wiz_m1p"
                                        << "" << 0 << int(ConnectionForm::Field::Prefix) << "magev1_";
        QTest::addRow("nothing listens") << "wiz_m1"
                                         << "" << 1 << int(ConnectionForm::Field::Port) << "refused";
    }
    void eachFailureStandsNextToItsField()
    {
        QFETCH(QString, database);
        QFETCH(QString, prefix);
        QFETCH(int, port);
        QFETCH(int, field);
        QFETCH(QString, fragment);
        ConnectionForm* form = m_page->sourceForm();
        fill(form, QStringLiteral("wiz_src"), sourcePassword, database, prefix, port == 0 ? m_port : port);
        runTest(form);
        QVERIFY(!form->passed());
        const QString error = form->errorText(ConnectionForm::Field(field));
        QVERIFY2(error.contains(fragment), qPrintable(error));
        QVERIFY(form->errorText(ConnectionForm::Field::Password).isEmpty());
        QVERIFY(!nextEnabled());
    }

    void suggestedPrefixIsOneClickAway()
    {
        ConnectionForm* form = m_page->sourceForm();
        fill(form, QStringLiteral("wiz_src"), sourcePassword, QStringLiteral("wiz_m1p"));
        runTest(form);
        auto* label = form->findChild<QLabel*>(QStringLiteral("prefixError"));
        QVERIFY(label->text().contains(QStringLiteral("href=\"prefix:magev1_\"")));
        emit label->linkActivated(QStringLiteral("prefix:magev1_"));
        QVERIFY(form->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!form->isRunning(), 60'000);
        QVERIFY2(form->passed(), qPrintable(form->errorText(ConnectionForm::Field::Prefix)));
        QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("prefix"))->text(), QStringLiteral("magev1_"));
    }

    void bothSidesPassingEnableNext()
    {
        ConnectionForm* source = m_page->sourceForm();
        ConnectionForm* dest = m_page->destinationForm();
        fill(source, QStringLiteral("wiz_src"), sourcePassword, QStringLiteral("wiz_m1"));
        fill(dest, QStringLiteral("wiz_dst"), destPassword, QStringLiteral("wiz_m2"));
        runTest(source);
        QVERIFY2(source->passed(), qPrintable(source->report().failure() ? source->report().failure()->message : ""));
        QVERIFY(!nextEnabled());
        runTest(dest);
        QVERIFY2(dest->passed(), qPrintable(dest->report().failure() ? dest->report().failure()->message : ""));
        QVERIFY(m_page->isComplete());
        QVERIFY(nextEnabled());
        screenshot(QStringLiteral("connections-ok.png"));

        // Asking to remember the password without a keychain says so next to the box, and still lets on.
        dest->findChild<QCheckBox*>(QStringLiteral("remember"))->click();
        QTRY_VERIFY(!dest->errorText(ConnectionForm::Field::Remember).isEmpty());
        QVERIFY2(dest->errorText(ConnectionForm::Field::Remember).contains(QStringLiteral("not kept")),
            qPrintable(dest->errorText(ConnectionForm::Field::Remember)));

        // The profiles are in the project (saved on a worker), the passwords in memory only.
        QTRY_VERIFY(!m_wizard->controller()->isSaving());
        const Project saved = Project::load(m_projectPath);
        QCOMPARE(saved.source.user, QStringLiteral("wiz_src"));
        QCOMPARE(saved.source.database, QStringLiteral("wiz_m1"));
        QCOMPARE(saved.destination.database, QStringLiteral("wiz_m2"));
        QCOMPARE(saved.source.port, m_port);
        QCOMPARE(m_wizard->model()->password(SecretRole::Source), sourcePassword);
        QVERIFY(m_wizard->model()->connectionPassed(SecretRole::Destination));
        QVERIFY(nextEnabled());

        // Editing a field forgets the result.
        QTest::keyClicks(source->findChild<QLineEdit*>(QStringLiteral("database")), QStringLiteral("x"));
        QVERIFY(!source->passed());
        QVERIFY(!nextEnabled());
        QTest::keyClick(source->findChild<QLineEdit*>(QStringLiteral("database")), Qt::Key_Backspace);
        runTest(source);
        QVERIFY(nextEnabled());
    }

    void staleResultsAreCheckedAgainBeforeMovingOn()
    {
        m_page->setRecheckAfterMs(0);
        QTest::qWait(5);
        m_wizard->next();
        // The page stays while both sides are tested again on workers; the GUI keeps running meanwhile.
        QCOMPARE(m_wizard->currentId(), int(CutoverWizard::ConnectionsPageId));
        QVERIFY(m_page->sourceForm()->isRunning() || m_page->destinationForm()->isRunning());
        QVERIFY(!m_page->sourceForm()->findChild<QProgressBar*>(QStringLiteral("spinner"))->isHidden());
        QVERIFY(!nextEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(CutoverWizard::PreflightPageId), 60'000);
        m_page->setRecheckAfterMs(10 * 60 * 1000);
    }

    void preflightShowsFindingsAndSavesTicks()
    {
        auto* page = qobject_cast<PreflightPage*>(m_wizard->currentPage());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 60'000);
        const ProbeFinding* cron = page->report().finding(QStringLiteral("cron"));
        QVERIFY(cron);
        QCOMPARE(cron->status, ProbeStatus::Warning);
        auto* findings = page->findChild<QListWidget*>(QStringLiteral("findings"));
        QListWidgetItem* cronItem = nullptr;
        for (int i = 0; i < findings->count(); ++i) {
            if (findings->item(i)->data(Qt::UserRole).toString() == QLatin1String("cron"))
                cronItem = findings->item(i);
        }
        QVERIFY(cronItem);
        QVERIFY2(cronItem->text().contains(QStringLiteral("still running")), qPrintable(cronItem->text()));
        // Its evidence travels with it.
        QVERIFY2(cronItem->toolTip().contains(QStringLiteral("jobsInWindow: 1")), qPrintable(cronItem->toolTip()));
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("summary"))->text().contains(QStringLiteral("warning")));

        // A tick is saved in the project with who and when.
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto* firewall = page->findChild<QCheckBox*>(QStringLiteral("tick-firewall-opened"));
        QVERIFY(firewall);
        QVERIFY(!firewall->isChecked());
        firewall->click();
        // Saved on a worker: the box shows the tick once the file has it.
        QTRY_VERIFY(!m_wizard->controller()->isSaving());
        QVERIFY(firewall->isChecked());
        const Project saved = Project::load(m_projectPath);
        const ChecklistTick* tick = saved.progress.tick(QStringLiteral("firewall-opened"));
        QVERIFY(tick);
        QVERIFY(tick->ticked);
        QVERIFY(tick->at >= before);
        QVERIFY(!tick->by.isEmpty());
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("note-firewall-opened"))->text().contains(tick->by));
        // The connection profiles saved earlier are still there.
        QCOMPARE(saved.source.database, QStringLiteral("wiz_m1"));

        // Folders, saved in the project, feed the media checks.
        const QString m1Root = m_folder.filePath(QStringLiteral("m1"));
        const QString m2Root = m_folder.filePath(QStringLiteral("m2"));
        QVERIFY(QDir().mkpath(m1Root + QStringLiteral("/media/catalog/product/a/b")));
        QVERIFY(QDir().mkpath(m2Root + QStringLiteral("/pub")));
        for (const char* name :
            { "/media/catalog/product/a/b/ab-shirt.jpg", "/media/catalog/product/a/b/ab-cap.jpg" }) {
            QFile image(m1Root + QLatin1String(name));
            QVERIFY(image.open(QIODevice::WriteOnly));
            image.write(QByteArray(150'000, 'x'));
        }
        auto* m1Edit = page->findChild<QLineEdit*>(QStringLiteral("m1Root"));
        auto* m2Edit = page->findChild<QLineEdit*>(QStringLiteral("m2Root"));
        m1Edit->setText(m1Root);
        emit m1Edit->editingFinished();
        m2Edit->setText(m2Root);
        emit m2Edit->editingFinished();
        QTRY_VERIFY(!m_wizard->controller()->isSaving());
        QCOMPARE(Project::load(m_projectPath).m1Root, m1Root);
        QCOMPARE(Project::load(m_projectPath).m2Root, m2Root);

        // Cron stopped: Re-check shows it.
        TestServer::instance().sql(QStringLiteral("DELETE FROM cron_schedule"), QStringLiteral("wiz_m1"));
        page->findChild<QPushButton*>(QStringLiteral("recheck"))->click();
        QVERIFY(page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 60'000);
        QCOMPARE(page->report().finding(QStringLiteral("cron"))->status, ProbeStatus::Ok);
        QCOMPARE(page->report().finding(QStringLiteral("m1-media"))->status, ProbeStatus::Ok);
        QCOMPARE(page->report().finding(QStringLiteral("m1-media"))->value(QStringLiteral("files")).toInt(), 2);
        QCOMPARE(page->report().finding(QStringLiteral("disk-space"))->status, ProbeStatus::Ok);

        // Unticking is saved too, and a reopened project shows the ticks.
        firewall->click();
        QTRY_VERIFY(!m_wizard->controller()->isSaving());
        QVERIFY(!Project::load(m_projectPath).progress.tick(QStringLiteral("firewall-opened"))->ticked);
        page->findChild<QCheckBox*>(QStringLiteral("tick-cron-stopped"))->click();
        QTRY_VERIFY(!m_wizard->controller()->isSaving());
        QCOMPARE(Project::load(m_projectPath).progress.currentPage, QStringLiteral("preflight"));
        QVERIFY(m_wizard->controller()->openProject(m_projectPath));
        QVERIFY(page->findChild<QCheckBox*>(QStringLiteral("tick-cron-stopped"))->isChecked());
        QVERIFY(!firewall->isChecked());
        // The reopened project returns to Pre-flight once both connections pass again: the passwords are not
        // on disk (and there is no keychain here), so the wizard waits on Connections and says why.
        QCOMPARE(m_wizard->currentId(), int(CutoverWizard::ConnectionsPageId));
        auto* note = m_page->findChild<QLabel*>(QStringLiteral("resumeNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(page->title()), qPrintable(note->text()));
        for (auto [form, password] : { std::pair { m_page->sourceForm(), sourcePassword },
                 std::pair { m_page->destinationForm(), destPassword } }) {
            auto* edit = form->findChild<QLineEdit*>(QStringLiteral("password"));
            edit->clear();
            QTest::keyClicks(edit, password);
            runTest(form);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(CutoverWizard::PreflightPageId), 60'000);
        QVERIFY(!note->isVisible());
        QVERIFY(page->findChild<QCheckBox*>(QStringLiteral("tick-cron-stopped"))->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 60'000);

        // Put cron back as it was for the screenshot.
        TestServer::instance().sql(QStringLiteral("INSERT INTO cron_schedule (job_code, status, created_at, "
                                                  "scheduled_at, executed_at) VALUES ('catalog_product_alert', "
                                                  "'success', UTC_TIMESTAMP() - INTERVAL 3 MINUTE, UTC_TIMESTAMP() - "
                                                  "INTERVAL 2 MINUTE, UTC_TIMESTAMP() - INTERVAL 2 MINUTE)"),
            QStringLiteral("wiz_m1"));
        m_wizard->model()->setPassword(SecretRole::Source, sourcePassword);
        page->recheck();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 60'000);
        screenshot(QStringLiteral("preflight.png"));
    }

    void noPasswordReachesDisk()
    {
        // The command line on the same project, as a script runs it: passwords in the environment, logs in a
        // data folder of our own, verbose.
        const QString dataHome = m_folder.filePath(QStringLiteral("cli-data"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), sourcePassword);
        env.insert(QStringLiteral("CUTOVER_DEST_PASSWORD"), destPassword);
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_folder.filePath(QStringLiteral("cli-config")));
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(CUTOVER_CLI_PATH),
            { QStringLiteral("check"), QStringLiteral("--project"), m_projectPath, QStringLiteral("--verbose") });
        QVERIFY(process.waitForFinished(120'000));
        const QString output = QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(output));
        QVERIFY(!output.contains(sourcePassword) && !output.contains(destPassword));
        QCOMPARE(Project::load(m_projectPath).progress.runs.last().command, QStringLiteral("check"));

        QSettings().sync();
        const QString settingsFile = QSettings().fileName();
        const QString logFolder = QFileInfo(m_logFile).absolutePath();
        QVERIFY(QFileInfo::exists(settingsFile));
        QVERIFY(QFileInfo(m_logFile).size() > 0);
        // The logs are there and did record the work, so finding no password in them means something.
        QVERIFY(!filesContaining(logFolder, QByteArrayLiteral("testing source")).isEmpty());
        QVERIFY(!filesContaining(dataHome, QByteArrayLiteral("login")).isEmpty());
        for (const QString& password : { sourcePassword, destPassword }) {
            int scanned = 0;
            QStringList hits;
            hits << filesContaining(m_folder.path(), password.toUtf8(), &scanned);
            hits << filesContaining(logFolder, password.toUtf8(), &scanned);
            hits << filesContaining(QFileInfo(settingsFile).absolutePath(), password.toUtf8(), &scanned);
            QVERIFY(scanned >= 4);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        }
    }

private:
    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }

    void fill(ConnectionForm* form, const QString& user, const QString& password, const QString& database,
        const QString& prefix = {}, int port = 0)
    {
        const auto set = [form](const char* name, const QString& text) {
            auto* edit = form->findChild<QLineEdit*>(QLatin1String(name));
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        set("host", QStringLiteral("127.0.0.1"));
        form->findChild<QSpinBox*>(QStringLiteral("port"))->setValue(port == 0 ? m_port : port);
        set("socket", QString());
        set("user", user);
        set("password", password);
        set("database", database);
        set("prefix", prefix);
    }

    void runTest(ConnectionForm* form)
    {
        form->findChild<QPushButton*>(QStringLiteral("test"))->click();
        // The probe runs on a worker: the click has returned while it still runs.
        QVERIFY(form->isRunning());
        QVERIFY(!form->findChild<QProgressBar*>(QStringLiteral("spinner"))->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!form->isRunning(), 60'000);
        QVERIFY(form->findChild<QProgressBar*>(QStringLiteral("spinner"))->isHidden());
    }

    void screenshot(const QString& name)
    {
        const QString folder = qEnvironmentVariable("CUTOVER_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QTest::qWait(200);
        QVERIFY(m_wizard->grab().save(QDir(folder).filePath(name)));
    }

    QTemporaryDir m_folder;
    QString m_logFile;
    QString m_projectPath;
    int m_port = 0;
    std::unique_ptr<CutoverWizard> m_wizard;
    ConnectionsPage* m_page = nullptr;
};

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
