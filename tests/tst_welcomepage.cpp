#include "cutoverwizard.h"
#include "error.h"
#include "golive/golivechecklist.h"
#include "project/project.h"
#include "welcomepage.h"
#include "wizardcontroller.h"
#include "wizardmodel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace cutover;
using namespace cutover::ui;

namespace {

QString writeProject(const QString& path, const QString& name)
{
    Project project;
    project.name = name;
    project.createdAt = QDateTime::currentDateTimeUtc();
    project.save(path);
    return path;
}

} // namespace

// The welcome page in a real wizard window (offscreen), with QSettings in Qt's test location and a real demo
// store in a temporary folder.
class TestWelcomePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CutoverTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_welcomepage"));
        QVERIFY(m_folder.isValid());
    }

    void init()
    {
        QSettings().clear();
        openWizard();
    }

    void cleanup() { m_wizard.reset(); }

    // The window opens at the size it was closed at (QSettings); the first time, at 860 x 640.
    void windowRemembersItsSize()
    {
        QCOMPARE(m_wizard->size(), QSize(860, 640));
        m_wizard->resize(1010, 730);
        QTRY_COMPARE(m_wizard->size(), QSize(1010, 730));
        QVERIFY(m_wizard->close());
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
        m_wizard.reset();
        openWizard();
        QCOMPARE(m_wizard->size(), QSize(1010, 730));
    }

    // In the middle of go-live (Magento 1 in maintenance, the downtime clock running), Escape or the close button
    // asks first, with what closing would stop; Cancel (the default) keeps the window. With nothing running it
    // closes at once (windowRemembersItsSize).
    void closingDuringGoLiveAsksFirst()
    {
        const QString path = m_folder.filePath(QStringLiteral("golive.cutover"));
        Project project;
        project.progress.setTicked(QLatin1String(GoLiveChecklist::maintenanceOn), true, QStringLiteral("anna"),
            QDateTime::currentDateTimeUtc());
        project.save(path);
        QVERIFY(m_wizard->controller()->openProject(path));
        const auto answer = [](QMessageBox::StandardButton button, QString* text) {
            QTimer::singleShot(0, [button, text]() {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("confirmClose"));
                *text = box->informativeText();
                box->button(button)->click();
            });
        };
        QString said;
        answer(QMessageBox::Cancel, &said);
        QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
        QVERIFY2(said.contains(QStringLiteral("downtime clock")), qPrintable(said));
        QVERIFY(m_wizard->isVisible());
        said.clear();
        answer(QMessageBox::Cancel, &said);
        QVERIFY(!m_wizard->close());
        QVERIFY(!said.isEmpty());
        QVERIFY(m_wizard->isVisible());
        answer(QMessageBox::Close, &said);
        QVERIFY(m_wizard->close());
        QVERIFY(!m_wizard->isVisible());
    }

    void listsRecentProjectsMostRecentFirst()
    {
        const QString a = writeProject(m_folder.filePath(QStringLiteral("a.cutover")), QStringLiteral("A"));
        const QString b = writeProject(m_folder.filePath(QStringLiteral("b.cutover")), QStringLiteral("B"));
        const QString c = writeProject(m_folder.filePath(QStringLiteral("c.cutover")), QStringLiteral("C"));
        auto* controller = m_wizard->controller();
        QVERIFY(controller->openProject(a));
        QVERIFY(controller->openProject(b));
        QVERIFY(controller->openProject(c));
        QVERIFY(controller->openProject(a));
        QCOMPARE(recentPaths(), (QStringList { a, c, b }));
        QCOMPARE(QSettings().value(WizardController::recentProjectsKey).toStringList(), (QStringList { a, c, b }));
    }

    void keepsAtMostEightRecentProjects()
    {
        QStringList opened;
        for (int i = 0; i < 10; ++i) {
            opened.prepend(writeProject(m_folder.filePath(QStringLiteral("p%1.cutover").arg(i)), QString()));
            QVERIFY(m_wizard->controller()->openProject(opened.first()));
        }
        QCOMPARE(recentPaths(), opened.mid(0, WizardController::maxRecentProjects));
    }

    void showsMissingProjectGreyedAndRemovable()
    {
        const QString gone = writeProject(m_folder.filePath(QStringLiteral("gone.cutover")), QStringLiteral("Gone"));
        QVERIFY(m_wizard->controller()->openProject(gone));
        QVERIFY(QFile::remove(gone));
        // A fresh page reads the list as it starts.
        openWizard();
        auto* list = m_page->findChild<QListWidget*>(QStringLiteral("recentList"));
        QCOMPARE(list->count(), 1);
        QListWidgetItem* item = list->item(0);
        QVERIFY2(item->text().contains(QStringLiteral("missing")), qPrintable(item->text()));
        QVERIFY(item->toolTip().contains(QDir::toNativeSeparators(gone)));
        QCOMPARE(item->foreground().color(), m_page->palette().color(QPalette::Disabled, QPalette::Text));

        // Double-clicking it explains inline instead of opening anything.
        doubleClick(list, item);
        QVERIFY(!m_page->isComplete());
        QVERIFY(errorText().contains(gone));

        list->setCurrentRow(0);
        auto* remove = m_page->findChild<QPushButton*>(QStringLiteral("removeRecentButton"));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(recentPaths().isEmpty());
        QVERIFY(m_wizard->controller()->recentProjects().isEmpty());
    }

    void openingAProjectCompletesThePage()
    {
        const QString path = writeProject(m_folder.filePath(QStringLiteral("shop.cutover")), QStringLiteral("Shop"));
        QSignalSpy complete(m_page, &QWizardPage::completeChanged);
        QVERIFY(!m_page->isComplete());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

        // Through the recent list, as a user would.
        QSettings().setValue(WizardController::recentProjectsKey, QStringList { path });
        openWizard();
        QVERIFY(!m_page->isComplete());
        auto* list = m_page->findChild<QListWidget*>(QStringLiteral("recentList"));
        doubleClick(list, list->item(0));
        QVERIFY(m_page->isComplete());
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(m_wizard->model()->projectPath(), path);
        QCOMPARE(m_wizard->model()->project().name, QStringLiteral("Shop"));
        auto* current = m_page->findChild<QLabel*>(QStringLiteral("currentProject"));
        QVERIFY(current->isVisible());
        QVERIFY(current->text().contains(QStringLiteral("Shop")));
        QVERIFY(!m_page->findChild<QWidget*>(QStringLiteral("errorBox"))->isVisible());
    }

    void newProjectCreatesAFile()
    {
        const QString path = m_folder.filePath(QStringLiteral("fresh"));
        QVERIFY(m_wizard->controller()->newProject(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".cutover")));
        QCOMPARE(Project::load(path + QStringLiteral(".cutover")).name, QStringLiteral("fresh"));
        QVERIFY(m_page->isComplete());
    }

    void brokenProjectShowsInlineError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("not JSON") << QByteArray("{ this is not json") << QStringLiteral("not JSON");
        QTest::addRow("not a project") << QByteArray(R"({"hello": 1})") << QStringLiteral("not a Cutover project");
        QTest::addRow("newer version") << QByteArray(R"({"format": "cutover-project", "version": 7})")
                                       << QStringLiteral("version 7");
    }
    void brokenProjectShowsInlineError()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fragment);
        const QString path = m_folder.filePath(QStringLiteral("broken.cutover"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();

        QVERIFY(!m_wizard->controller()->openProject(path));
        QVERIFY(!m_page->isComplete());
        QVERIFY(m_page->findChild<QWidget*>(QStringLiteral("errorBox"))->isVisible());
        QVERIFY2(errorText().contains(path), qPrintable(errorText()));
        QVERIFY2(errorText().contains(fragment), qPrintable(errorText()));
        QVERIFY(recentPaths().isEmpty());

        // Opening a good project afterwards clears the error.
        const QString good = writeProject(m_folder.filePath(QStringLiteral("good.cutover")), QStringLiteral("Good"));
        QVERIFY(m_wizard->controller()->openProject(good));
        QVERIFY(!m_page->findChild<QWidget*>(QStringLiteral("errorBox"))->isVisible());
    }

    void demoButtonShowsProgressAndOpensTheDemo()
    {
        auto* demoButton = m_page->findChild<QPushButton*>(QStringLiteral("demoButton"));
        auto* progressBox = m_page->findChild<QWidget*>(QStringLiteral("demoProgress"));
        auto* bar = m_page->findChild<QProgressBar*>(QStringLiteral("demoBar"));
        auto* step = m_page->findChild<QLabel*>(QStringLiteral("demoStep"));
        QSignalSpy progress(m_wizard->controller(), &WizardController::demoProgress);
        QSignalSpy finished(m_wizard->controller(), &WizardController::demoFinished);
        QVERIFY(!progressBox->isVisible());

        QTest::mouseClick(demoButton, Qt::LeftButton);
        QVERIFY(progressBox->isVisible());
        QVERIFY(!demoButton->isEnabled());
        QVERIFY(!step->text().isEmpty());
        // The window keeps answering while the worker runs: the event loop delivers progress.
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 90'000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!progressBox->isVisible());
        QVERIFY(bar->maximum() > 0);
        QVERIFY(m_page->isComplete());
        const QString demoProject = m_folder.filePath(QStringLiteral("demo/demo.cutover"));
        QCOMPARE(m_wizard->model()->projectPath(), demoProject);
        QCOMPARE(m_wizard->model()->project().source.database, QStringLiteral("demo_magento1"));
        QCOMPARE(recentPaths().value(0), demoProject);
    }

    void demoCanBeCancelled()
    {
        // A fresh folder, so the preparation takes long enough to be cancelled while the server starts.
        QTemporaryDir folder;
        m_wizard = std::make_unique<CutoverWizard>(folder.path());
        m_page = qobject_cast<WelcomePage*>(m_wizard->page(CutoverWizard::WelcomePageId));
        QSignalSpy finished(m_wizard->controller(), &WizardController::demoFinished);
        m_wizard->controller()->prepareDemo();
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("cancelDemoButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!m_page->isComplete());
        // A cancellation is the user's choice, not an error.
        QVERIFY(!m_page->findChild<QWidget*>(QStringLiteral("errorBox"))->isVisible());
    }

    void destroyingTheWizardStopsARunningDemo()
    {
        QTemporaryDir folder;
        m_wizard = std::make_unique<CutoverWizard>(folder.path());
        m_wizard->controller()->prepareDemo();
        QVERIFY(m_wizard->controller()->isPreparingDemo());
        // The destructor cancels and waits; the test would hang or crash if a worker outlived it.
        m_wizard.reset();
        QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("demo.cutover"))));
    }

private:
    // A new window reads QSettings as it starts, like the next launch of the program.
    void openWizard()
    {
        m_wizard = std::make_unique<CutoverWizard>(m_folder.filePath(QStringLiteral("demo")));
        m_page = qobject_cast<WelcomePage*>(m_wizard->page(CutoverWizard::WelcomePageId));
        QVERIFY(m_page);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    // A widget double-click event alone is not one: the view needs the press that comes before it.
    static void doubleClick(QListWidget* list, QListWidgetItem* item)
    {
        const QPoint centre = list->visualItemRect(item).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
    }

    QStringList recentPaths() const
    {
        QStringList paths;
        auto* list = m_page->findChild<QListWidget*>(QStringLiteral("recentList"));
        for (int i = 0; i < list->count(); ++i) {
            const QString path = list->item(i)->data(Qt::UserRole).toString();
            if (!path.isEmpty())
                paths << path;
        }
        return paths;
    }

    QString errorText() const { return m_page->findChild<QLabel*>(QStringLiteral("errorLabel"))->text(); }

    QTemporaryDir m_folder;
    std::unique_ptr<CutoverWizard> m_wizard;
    WelcomePage* m_page = nullptr;
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
