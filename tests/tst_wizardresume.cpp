#include "connectionform.h"
#include "connectionspage.h"
#include "cutoverwizard.h"
#include "deltapage.h"
#include "golivepage.h"
#include "migratepage.h"
#include "project/project.h"
#include "testserver.h"
#include "wizardcontroller.h"
#include "wizardmodel.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTimeZone>

using namespace cutover;
using namespace cutover::test;
using namespace cutover::ui;

namespace {

const QString sourcePassword = QStringLiteral("Rz4-ResumeSrc-1187");
const QString destPassword = QStringLiteral("Rz4-ResumeDst-2290");

} // namespace

// A reopened project returns to the page it was left on, through the connections that must pass again; saving
// the project happens off the GUI thread, in order, and the GUI keeps running while the file's lock is held.
class TestWizardResume : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CutoverTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizardresume"));
        // No keychain: the passwords are typed again.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/cutover-test-bus");
        QSettings().clear();
        QVERIFY(m_folder.isValid());
        auto& server = TestServer::instance();
        m_source = server.magento1(QStringLiteral("resume_m1"));
        m_destination = server.magento2(QStringLiteral("resume_m2"));
        server.sql(QStringLiteral("CREATE USER IF NOT EXISTS 'resume_src'@'%' IDENTIFIED BY '%1'; "
                                  "GRANT ALL PRIVILEGES ON resume_m1.* TO 'resume_src'@'%'; "
                                  "CREATE USER IF NOT EXISTS 'resume_dst'@'%' IDENTIFIED BY '%2'; "
                                  "GRANT ALL PRIVILEGES ON resume_m2.* TO 'resume_dst'@'%';")
                       .arg(sourcePassword, destPassword));
        // Over TCP, as a user with a password, as the Connections page tests them.
        for (auto [profile, user] : { std::pair { &m_source, QStringLiteral("resume_src") },
                 std::pair { &m_destination, QStringLiteral("resume_dst") } }) {
            profile->user = user;
            profile->host = QStringLiteral("127.0.0.1");
            profile->port = server.server().port();
            profile->socket.clear();
        }
    }

    void init()
    {
        m_wizard = std::make_unique<CutoverWizard>(m_folder.filePath(QStringLiteral("demo")));
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void cleanup() { m_wizard.reset(); }

    // The project was left on Media: opened again, the wizard stops on Connections (the passwords are never on
    // disk) and says why; once both pass, it goes on to Media by itself.
    void returnsToTheSavedPage()
    {
        const QString path = projectOn(QStringLiteral("media"));
        QVERIFY(m_wizard->controller()->openProject(path));
        QCOMPARE(m_wizard->currentId(), int(CutoverWizard::ConnectionsPageId));
        QCOMPARE(m_wizard->resumeTarget(), int(CutoverWizard::MediaPageId));
        QVERIFY(note()->isVisible());
        QVERIFY2(
            note()->text().contains(m_wizard->page(CutoverWizard::MediaPageId)->title()), qPrintable(note()->text()));
        QVERIFY(note()->text().contains(QLatin1String("passwords")));

        typeAndTest(connections()->sourceForm(), sourcePassword);
        QCOMPARE(m_wizard->currentId(), int(CutoverWizard::ConnectionsPageId)); // one side is not enough
        typeAndTest(connections()->destinationForm(), destPassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(CutoverWizard::MediaPageId), 30'000);
        QCOMPARE(m_wizard->resumeTarget(), -1);
        QVERIFY(!note()->isVisible());
        // The way there is the normal history: Back goes to Pre-flight, and that move is saved.
        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), int(CutoverWizard::PreflightPageId));
        QTRY_COMPARE(Project::load(path).progress.currentPage, QStringLiteral("preflight"));
        QTRY_VERIFY(!m_wizard->controller()->isSaving());

        // Next then Back while another Cutover holds the lock: the model still says Pre-flight when the wizard
        // comes back to it, yet the page the user is on is what the file says once the queued saves land.
        QSignalSpy errors(m_wizard->controller(), &WizardController::errorOccurred);
        QSignalSpy saved(m_wizard->model(), &WizardModel::projectUpdated);
        QLockFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(CutoverWizard::MediaPageId));
        QVERIFY(m_wizard->controller()->isSaving());
        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), int(CutoverWizard::PreflightPageId));
        lock.unlock();
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->controller()->isSaving(), 10'000);
        // Both moves were saved (the file said Pre-flight before, so its content alone would prove nothing).
        QCOMPARE(errors.size(), 0);
        QVERIFY2(saved.size() >= 2, qPrintable(QString::number(saved.size())));
        QCOMPARE(Project::load(path).progress.currentPage, QStringLiteral("preflight"));
    }

    // What the user chose to leave behind is the project's: every page that reads or verifies data takes it, and a
    // change on the Settings and data page is kept and handed on at once.
    void leftOutAreasReachEveryPage()
    {
        StepOptions options;
        options.urlClash = UrlRewriteStep::ClashRule::KeepFirst;
        options.areas.reports = false;
        options.areas.oldQuotesBefore = QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc());
        const QString path = projectOn(QStringLiteral("connections"));
        Project::update(path, [&](Project& project) { project.stepOptions = options.toJson(); });
        QVERIFY(m_wizard->controller()->openProject(path));
        auto* migrate = qobject_cast<MigratePage*>(m_wizard->page(CutoverWizard::MigratePageId));
        auto* delta = qobject_cast<DeltaPage*>(m_wizard->page(CutoverWizard::DeltaPageId));
        auto* goLive = qobject_cast<GoLivePage*>(m_wizard->page(CutoverWizard::GoLivePageId));
        QTRY_COMPARE(migrate->stepOptions(), options);
        QCOMPARE(goLive->stepOptions(), options);
        QCOMPARE(delta->areas(), options.areas);

        // Carrying the visitor logs after all: kept in the project, and the other pages know at once.
        migrate->findChild<QCheckBox*>(QStringLiteral("logs"))->setChecked(true);
        options.areas.visitorLogs = true;
        QCOMPARE(goLive->stepOptions(), options);
        QCOMPARE(delta->areas(), options.areas);
        QTRY_COMPARE_WITH_TIMEOUT(StepOptions::fromJson(Project::load(path).stepOptions), options, 10'000);
    }

    // A connection that no longer passes stops the way back on Connections, with the reason beside the field.
    void stopsWhereTheUserIsNeeded()
    {
        const QString path = projectOn(QStringLiteral("delta"));
        QVERIFY(m_wizard->controller()->openProject(path));
        QCOMPARE(m_wizard->currentId(), int(CutoverWizard::ConnectionsPageId));
        typeAndTest(connections()->sourceForm(), QStringLiteral("not-the-password"));
        typeAndTest(connections()->destinationForm(), destPassword);
        QTRY_VERIFY(note()->text().contains(QLatin1String("no longer passes")));
        QVERIFY(!connections()->sourceForm()->errorText(ConnectionForm::Field::Password).isEmpty());
        QCOMPARE(m_wizard->currentId(), int(CutoverWizard::ConnectionsPageId));
        // Nothing moved, so the page saved is still the one the user left.
        QTRY_VERIFY(!m_wizard->controller()->isSaving());
        QCOMPARE(Project::load(path).progress.currentPage, QStringLiteral("delta"));
        // Fixed, it goes on.
        typeAndTest(connections()->sourceForm(), sourcePassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(CutoverWizard::DeltaPageId), 30'000);
    }

    void unknownOrNoPageStaysOnWelcome_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addRow("none") << QString();
        QTest::addRow("unknown") << QStringLiteral("a-page-of-a-newer-cutover");
    }

    void unknownOrNoPageStaysOnWelcome()
    {
        QFETCH(QString, page);
        QVERIFY(m_wizard->controller()->openProject(projectOn(page)));
        QCOMPARE(m_wizard->currentId(), int(CutoverWizard::WelcomePageId));
        QCOMPARE(m_wizard->resumeTarget(), -1);
    }

    void pageKeysAreStable()
    {
        QCOMPARE(CutoverWizard::pageKey(CutoverWizard::MediaPageId), QStringLiteral("media"));
        QCOMPARE(CutoverWizard::pageKey(CutoverWizard::ReindexPageId), QStringLiteral("reindex"));
        for (int id = CutoverWizard::WelcomePageId; id <= CutoverWizard::GoLivePageId; ++id)
            QCOMPARE(CutoverWizard::pageId(CutoverWizard::pageKey(id)), id);
        QCOMPARE(CutoverWizard::pageId(QStringLiteral("nope")), -1);
    }

    // While another Cutover holds the project's lock, a save waits on a worker: the GUI thread's timer keeps
    // ticking, the save lands when the lock goes, and saves keep their order.
    void savingNeverBlocksTheGui()
    {
        const QString path = projectOn(QString());
        WizardController* controller = m_wizard->controller();
        QVERIFY(controller->openProject(path));
        QLockFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));

        QSignalSpy updated(m_wizard->model(), &WizardModel::projectUpdated);
        QElapsedTimer call;
        call.start();
        QVERIFY(controller->saveRoots(QStringLiteral("/srv/a"), QStringLiteral("/srv/m2-a")));
        QVERIFY(controller->saveRoots(QStringLiteral("/srv/b"), QStringLiteral("/srv/m2-b")));
        QVERIFY(controller->setChecklistTick(QStringLiteral("firewall-opened"), true));
        QVERIFY(call.elapsed() < 100);
        QVERIFY(controller->isSaving());

        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, longestGap = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
            ++ticks;
        });
        timer.start();
        QTest::qWait(1500);
        QVERIFY(controller->isSaving()); // still waiting on the lock
        QCOMPARE(updated.size(), 0);
        lock.unlock();
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isSaving(), 10'000);
        timer.stop();
        QVERIFY2(longestGap < 100, qPrintable(QString::number(longestGap)));
        QVERIFY(ticks > 50);

        QCOMPARE(updated.size(), 3);
        const Project saved = Project::load(path);
        QCOMPARE(saved.m1Root, QStringLiteral("/srv/b"));
        QVERIFY(saved.progress.tick(QStringLiteral("firewall-opened"))->ticked);
        QCOMPARE(m_wizard->model()->project().m1Root, QStringLiteral("/srv/b"));
    }

    // A lock that never goes: the save fails after its wait, errorOccurred names the lock, and the GUI ran on.
    void failedSaveIsReported()
    {
        const QString path = projectOn(QString());
        WizardController* controller = m_wizard->controller();
        QVERIFY(controller->openProject(path));
        QLockFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));
        QSignalSpy errors(controller, &WizardController::errorOccurred);
        std::optional<bool> result;
        QVERIFY(controller->setChecklistTick(
            QStringLiteral("firewall-opened"), true, {}, [&result](bool ok) { result = ok; }));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15'000);
        QVERIFY(!*result);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0][0].toString().contains(QLatin1String(".lock")), qPrintable(errors[0][0].toString()));
        QVERIFY(!m_wizard->model()->project().progress.tick(QStringLiteral("firewall-opened")));
        lock.unlock();
        QVERIFY(!Project::load(path).progress.tick(QStringLiteral("firewall-opened")));
    }

private:
    QString projectOn(const QString& page)
    {
        Project project;
        project.ensureId();
        project.name = QStringLiteral("resume");
        project.source = m_source;
        project.destination = m_destination;
        project.progress.currentPage = page;
        const QString path = m_folder.filePath(QStringLiteral("resume-%1.cutover").arg(++m_count));
        project.save(path);
        return path;
    }
    ConnectionsPage* connections() const
    {
        return qobject_cast<ConnectionsPage*>(m_wizard->page(CutoverWizard::ConnectionsPageId));
    }
    QLabel* note() const { return connections()->findChild<QLabel*>(QStringLiteral("resumeNote")); }
    void typeAndTest(ConnectionForm* form, const QString& password)
    {
        auto* edit = form->findChild<QLineEdit*>(QStringLiteral("password"));
        edit->clear();
        QTest::keyClicks(edit, password);
        form->findChild<QPushButton*>(QStringLiteral("test"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!form->isRunning(), 60'000);
    }

    QTemporaryDir m_folder;
    ConnectionProfile m_source;
    ConnectionProfile m_destination;
    int m_count = 0;
    std::unique_ptr<CutoverWizard> m_wizard;
};

QTEST_MAIN(TestWizardResume)
#include "tst_wizardresume.moc"
