#include "cutoverwizard.h"
#include "fakemagento.h"
#include "project/project.h"
#include "reindexpage.h"
#include "testserver.h"
#include "wizardcontroller.h"
#include "wizardmodel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::test;
using namespace cutover::ui;

namespace {

} // namespace

// The Reindex page in a real wizard window (offscreen): the host and command shown before running, bad input
// beside its field, the indexers' states and a failed one's output, Cancel, the record in the project, the skip
// tick, and the store's address read from the Magento 2 database. CUTOVER_SCREENSHOTS=FOLDER saves reindex.png.
class TestReindexPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CutoverTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reindexpage"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/cutover-test-bus");
        QSettings().clear();
        QVERIFY(m_folder.isValid());
        m_root = m_folder.filePath(QStringLiteral("magento2"));
        // The recording bin/magento of tests/support, for a store without MSI: Magento calls its stock index "Stock".
        installFakeMagento(m_root);
        writeFile("stock-title.txt", "Stock");

        m_store = TestServer::instance().magento2(QStringLiteral("reindex_m2"));
        TestServer::instance().sql(QStringLiteral("UPDATE core_config_data SET value = 'http://shop.cutover.test/' "
                                                  "WHERE path IN ('web/unsecure/base_url', 'web/secure/base_url')"),
            m_store.database);

        m_wizard = std::make_unique<CutoverWizard>(m_folder.filePath(QStringLiteral("demo")));
        m_wizard->resize(1000, 760);
        m_projectPath = m_folder.filePath(QStringLiteral("shop.cutover"));
        QVERIFY(m_wizard->controller()->newProject(m_projectPath));
        QVERIFY(m_wizard->controller()->saveRoots(QString(), m_root));
        // The Magento 2 connection passed, as on the Connections page: the wizard gives the page that destination
        // each time the project changes (a run recorded), as in a real session.
        QVERIFY(m_wizard->controller()->saveConnection(SecretRole::Destination, m_store));
        QTRY_VERIFY(!m_wizard->controller()->isSaving());
        m_wizard->model()->setConnectionPassed(SecretRole::Destination, true);
        // Straight to the Reindex page.
        m_wizard->setStartId(CutoverWizard::ReindexPageId);
        m_wizard->restart();
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_page = qobject_cast<ReindexPage*>(m_wizard->currentPage());
        QVERIFY(m_page);
        // The project's Magento 2 folder came through the wizard.
        QCOMPARE(field("magentoRoot")->text(), m_root);
    }

    void cleanupTestCase() { m_wizard.reset(); }

    void init()
    {
        QFile::remove(file("fail.txt"));
        QFile::remove(file("sleep.txt"));
        QFile::remove(file("calls.log"));
        button("local")->click();
        button("allIndexers")->click();
        field("magentoRoot")->setText(m_root);
    }

    // Before anything runs, the page says where and exactly what.
    void showsHostAndCommandBeforeRunning()
    {
        QCOMPARE(label("hostPreview")->text(), ReindexRunner(m_page->options()).host());
        QVERIFY2(label("commandPreview")->text().contains(m_root), qPrintable(label("commandPreview")->text()));
        QVERIFY2(label("commandPreview")->text().contains(QLatin1String("bin/magento indexer:reindex")),
            qPrintable(label("commandPreview")->text()));
        QVERIFY(!label("commandPreview")->text().contains(QLatin1String("cataloginventory_stock")));

        // Some indexers: the command names them.
        button("someIndexers")->click();
        auto* list = m_page->findChild<QListWidget*>(QStringLiteral("indexers"));
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("catalog_product_price"))
                list->item(i)->setCheckState(Qt::Checked);
        }
        QVERIFY2(label("commandPreview")
                     ->text()
                     .contains(QLatin1String("indexer:reindex cataloginventory_stock catalog_product_price")),
            qPrintable(label("commandPreview")->text()));
        // None ticked: said beside the list, and Run is off.
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(label("indexerError")->isVisible());
        QVERIFY(!run()->isEnabled());
        list->item(0)->setCheckState(Qt::Checked);
        QVERIFY(run()->isEnabled());

        // Over SSH: the host and the ssh command, with the remote folder.
        button("ssh")->click();
        field("sshUser")->setText(QStringLiteral("deploy"));
        field("sshHost")->setText(QStringLiteral("shop.example.com"));
        field("magentoRoot")->setText(QStringLiteral("/var/www/m2"));
        QCOMPARE(label("hostPreview")->text(), QStringLiteral("shop.example.com"));
        QVERIFY2(label("commandPreview")->text().startsWith(QLatin1String("ssh -o BatchMode=yes")),
            qPrintable(label("commandPreview")->text()));
        QVERIFY(label("commandPreview")->text().contains(QLatin1String("deploy@shop.example.com")));
        QVERIFY(label("commandPreview")->text().contains(QLatin1String("/var/www/m2")));
        field("sshHost")->clear();
        QVERIFY(label("sshError")->isVisible());
        QVERIFY(!run()->isEnabled());
        QVERIFY(QFile(file("calls.log")).size() <= 0); // nothing ran
    }

    void badInstallationIsShownBesideTheFolder_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("no folder") << QStringLiteral("nofolder") << QStringLiteral("does not exist");
        QTest::addRow("no bin/magento") << QStringLiteral("noscript") << QStringLiteral("There is no bin/magento");
        QTest::addRow("not executable, no php") << QStringLiteral("noexec") << QStringLiteral("chmod u+x");
    }

    void badInstallationIsShownBesideTheFolder()
    {
        QFETCH(QString, setup);
        QFETCH(QString, fragment);
        const QString other = m_folder.filePath(QStringLiteral("other-") + setup);
        if (setup != QLatin1String("nofolder")) {
            QVERIFY(QDir().mkpath(other + QStringLiteral("/bin")));
            if (setup == QLatin1String("noexec")) {
                QFile::copy(m_root + QStringLiteral("/bin/magento"), other + QStringLiteral("/bin/magento"));
                QFile::setPermissions(other + QStringLiteral("/bin/magento"), QFile::ReadOwner | QFile::WriteOwner);
            }
        }
        m_page->setPrograms(QStringLiteral("cutover-no-such-php"), QStringLiteral("ssh"));
        field("magentoRoot")->setText(other);
        QVERIFY(label("rootError")->isVisible());
        QVERIFY2(label("rootError")->text().contains(fragment), qPrintable(label("rootError")->text()));
        QVERIFY(!run()->isEnabled());
        m_page->setPrograms(QStringLiteral("php"), QStringLiteral("ssh"));
        field("magentoRoot")->setText(m_root);
        QVERIFY(!label("rootError")->isVisible());
        QVERIFY(run()->isEnabled());
    }

    // ssh's own failure goes beside the host field, and the run is recorded as failed.
    void unknownSshHostIsShownBesideTheHost()
    {
        button("ssh")->click();
        field("sshUser")->setText(QStringLiteral("deploy"));
        field("sshHost")->setText(QStringLiteral("cutover-no-such-host.invalid"));
        QSignalSpy finished(m_page, &ReindexPage::runFinished);
        run()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QCOMPARE(m_page->lastResult().status, ReindexResult::Failed);
        QVERIFY(label("sshError")->isVisible());
        QVERIFY2(
            label("sshError")->text().contains(QLatin1String("is unknown")), qPrintable(label("sshError")->text()));
        QVERIFY(!m_page->isComplete());
        QTRY_VERIFY(!m_wizard->controller()->isSaving());
        const RunRecord last = Project::load(m_projectPath).progress.runs.last();
        QCOMPARE(last.command, QStringLiteral("reindex"));
        QCOMPARE(last.outcome, RunOutcome::Failed);
    }

    // One indexer fails: its row says so, its output shows, Next stays off, the log has every line.
    void failedIndexerIsShownWithItsOutput()
    {
        writeFile("fail.txt", "catalog_product_price exception");
        QSignalSpy finished(m_page, &ReindexPage::runFinished);
        run()->click();
        QVERIFY(m_page->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QCOMPARE(m_page->lastResult().status, ReindexResult::Failed);
        QCOMPARE(rowStates(),
            QStringList({ QStringLiteral("Catalog Product Rule=rebuilt"), QStringLiteral("Stock=rebuilt"),
                QStringLiteral("Product Price=failed"), QStringLiteral("Catalog Search=rebuilt") }));
        auto* table = m_page->findChild<QTableWidget*>(QStringLiteral("indexerTable"));
        QCOMPARE(table->item(0, 2)->text(), QLocale().toString(1.0, 'f', 1) + QStringLiteral(" s"));
        auto* output = m_page->findChild<QPlainTextEdit*>(QStringLiteral("indexerOutput"));
        QVERIFY2(output->toPlainText().contains(QLatin1String("Could not rebuild index for empty products array")),
            qPrintable(output->toPlainText()));
        auto* log = m_page->findChild<QPlainTextEdit*>(QStringLiteral("log"));
        QVERIFY(log->toPlainText().contains(QLatin1String("Catalog Search index has been rebuilt successfully")));
        QVERIFY(label("summary")->text().contains(QLatin1String("failed")));
        QVERIFY(!m_page->isComplete());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!m_page->findChild<QGroupBox*>(QStringLiteral("testPanel"))->isVisible());
        QTRY_VERIFY(!m_wizard->controller()->isSaving());
        QCOMPARE(Project::load(m_projectPath).progress.runs.last().outcome, RunOutcome::Failed);
        screenshot(QStringLiteral("reindex.png"));
    }

    void lockedIndexerIsShownAsLocked()
    {
        writeFile("fail.txt", "cataloginventory_stock locked");
        QSignalSpy finished(m_page, &ReindexPage::runFinished);
        run()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QVERIFY(rowStates().contains(QStringLiteral("Stock=locked")));
    }

    void cancelStopsTheRun()
    {
        writeFile("sleep.txt", "60");
        QSignalSpy finished(m_page, &ReindexPage::runFinished);
        run()->click();
        QTRY_VERIFY_WITH_TIMEOUT(rowStates().contains(QStringLiteral("Catalog Product Rule=running")), 10'000);
        QVERIFY(!run()->isEnabled());
        QElapsedTimer clock;
        clock.start();
        m_page->findChild<QPushButton*>(QStringLiteral("cancel"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        QVERIFY(clock.elapsed() < 8000);
        QCOMPARE(m_page->lastResult().status, ReindexResult::Cancelled);
        QCOMPARE(rowStates(), QStringList { QStringLiteral("Catalog Product Rule=stopped") });
        QVERIFY(!m_page->isComplete());
        QTRY_VERIFY(!m_wizard->controller()->isSaving());
        QCOMPARE(Project::load(m_projectPath).progress.runs.last().outcome, RunOutcome::Cancelled);
    }

    // A chosen few: waiting rows first, then rebuilt; Next is on, the store's address is a link.
    void successShowsTheStoreToTest()
    {
        button("someIndexers")->click();
        auto* list = m_page->findChild<QListWidget*>(QStringLiteral("indexers"));
        for (int i = 0; i < list->count(); ++i) {
            const QString id = list->item(i)->data(Qt::UserRole).toString();
            list->item(i)->setCheckState(
                id == QLatin1String("cataloginventory_stock") || id == QLatin1String("catalog_product_price")
                    ? Qt::Checked
                    : Qt::Unchecked);
        }
        m_page->setDestination(m_store, QString());
        writeFile("sleep.txt", "1");
        QSignalSpy finished(m_page, &ReindexPage::runFinished);
        QSignalSpy url(m_page, &ReindexPage::storeUrlRead);
        run()->click();
        QCOMPARE(
            rowStates(), QStringList({ QStringLiteral("Stock=waiting"), QStringLiteral("Product Price=waiting") }));
        QTRY_COMPARE_WITH_TIMEOUT(rowStates(),
            QStringList({ QStringLiteral("Stock=running"), QStringLiteral("Product Price=waiting") }), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QCOMPARE(m_page->lastResult().status, ReindexResult::Succeeded);
        QCOMPARE(
            rowStates(), QStringList({ QStringLiteral("Stock=rebuilt"), QStringLiteral("Product Price=rebuilt") }));
        QFile calls(file("calls.log"));
        QVERIFY(calls.open(QIODevice::ReadOnly));
        QCOMPARE(calls.readAll().trimmed(), QByteArray("indexer:reindex cataloginventory_stock catalog_product_price"));
        QVERIFY(m_page->isComplete());
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled() || !m_wizard->page(CutoverWizard::GoLivePageId));
        QVERIFY(m_page->findChild<QGroupBox*>(QStringLiteral("testPanel"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(url.size(), 1, 30'000);
        QCOMPARE(m_page->storeUrl(), QUrl(QStringLiteral("http://shop.cutover.test/")));
        QVERIFY2(label("storeLink")->text().contains(QLatin1String("href=\"http://shop.cutover.test/\"")),
            qPrintable(label("storeLink")->text()));
        QVERIFY(label("testChecklist")->text().contains(QLatin1String("test order")));
        QTRY_VERIFY(!m_wizard->controller()->isSaving());
        const RunRecord last = Project::load(m_projectPath).progress.runs.last();
        QCOMPARE(last.command, QStringLiteral("reindex cataloginventory_stock catalog_product_price"));
        QCOMPARE(last.outcome, RunOutcome::Succeeded);
        QVERIFY(!last.details.isEmpty()); // the result as cutover-cli reindex --json gives it

        // Reopened, the project remembers the successful reindex.
        QVERIFY(m_wizard->controller()->openProject(m_projectPath));
        QVERIFY(m_page->isComplete());
    }

    // "I reindexed myself" is a tick in the project with a note, and lets the user on.
    void skipIsRecorded()
    {
        // A project without a reindex.
        const QString path = m_folder.filePath(QStringLiteral("skip.cutover"));
        QVERIFY(m_wizard->controller()->newProject(path));
        QVERIFY(!m_page->isComplete());
        auto* skip = m_page->findChild<QCheckBox*>(QStringLiteral("skip"));
        QVERIFY(!skip->isChecked());
        skip->click();
        QVERIFY(m_page->isComplete());
        QTRY_VERIFY(!m_wizard->controller()->isSaving());
        const ChecklistTick* tick = Project::load(path).progress.tick(ReindexPage::skippedTickId);
        QVERIFY(tick);
        QVERIFY(tick->ticked);
        QVERIFY(tick->note.contains(QLatin1String("reindexed")));
        QVERIFY(!tick->by.isEmpty());
        skip->click();
        QVERIFY(!m_page->isComplete());
        QTRY_VERIFY(!m_wizard->controller()->isSaving());
        QVERIFY(!Project::load(path).progress.tick(ReindexPage::skippedTickId)->ticked);
    }

private:
    QString file(const QString& name) const { return m_root + QLatin1Char('/') + name; }
    QString file(const char* name) const { return file(QLatin1String(name)); }
    void writeFile(const char* name, const QByteArray& content)
    {
        QFile out(file(name));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(content);
    }
    QLineEdit* field(const char* name) const { return m_page->findChild<QLineEdit*>(QLatin1String(name)); }
    QLabel* label(const char* name) const { return m_page->findChild<QLabel*>(QLatin1String(name)); }
    QAbstractButton* button(const char* name) const { return m_page->findChild<QAbstractButton*>(QLatin1String(name)); }
    QPushButton* run() const { return m_page->findChild<QPushButton*>(QStringLiteral("run")); }
    QStringList rowStates() const
    {
        auto* table = m_page->findChild<QTableWidget*>(QStringLiteral("indexerTable"));
        QStringList states;
        for (int row = 0; row < table->rowCount(); ++row)
            states << table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 1)->text();
        return states;
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
    QString m_root;
    QString m_projectPath;
    ConnectionProfile m_store;
    std::unique_ptr<CutoverWizard> m_wizard;
    ReindexPage* m_page = nullptr;
};

QTEST_MAIN(TestReindexPage)
#include "tst_reindexpage.moc"
