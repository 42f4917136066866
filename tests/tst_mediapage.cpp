#include "generate/storegenerator.h"
#include "mediapage.h"
#include "testserver.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>

using namespace cutover;
using namespace cutover::ui;
using namespace cutover::test;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

int filesUnder(const QString& root)
{
    int count = 0;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

QString count(const MediaPage& page, const char* name)
{
    auto* label = page.findChild<QLabel*>(QStringLiteral("count-%1").arg(QLatin1String(name)));
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

// The media page drives a real copy through core on a worker thread and shows its progress and report, or the
// refusal next to the folders.
class TestMediaPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the copy records go to a test folder, not the user's
    }

    void copiesAndCompletes()
    {
        QTemporaryDir work;
        const QString from = work.path() + QStringLiteral("/media");
        for (int i = 0; i < 30; ++i)
            writeFile(from + QStringLiteral("/catalog/product/a/b/ab-%1.png").arg(i),
                QByteArray(1000 + i, char('a' + i % 26)));
        writeFile(from + QStringLiteral("/.htaccess"), "Options -Indexes");
        MediaPage page;
        page.show();
        QSignalSpy complete(&page, &QWizardPage::completeChanged);
        QVERIFY(!page.isComplete());
        page.setFolders(from, work.path() + QStringLiteral("/pub/media"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("start")), Qt::LeftButton);
        QVERIFY(page.isRunning()); // the click returned while the copy runs on its worker
        QTRY_VERIFY_WITH_TIMEOUT(page.isComplete(), 10000);
        QVERIFY(complete.size() >= 2);
        QVERIFY(QFile::exists(work.path() + QStringLiteral("/pub/media/catalog/product/a/b/ab-29.png")));
        const QString report = page.findChild<QPlainTextEdit*>(QStringLiteral("report"))->toPlainText();
        QVERIFY2(report.contains(QLatin1String("30 verified")), qPrintable(report));
        QVERIFY(report.contains(QLatin1String(".htaccess")));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("start"))->isEnabled());
        QCOMPARE(page.findChild<QProgressBar*>()->value(), 1000);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("status"))->text().contains(QLatin1String("30 files copied")));
        QCOMPARE(count(page, "copied"), QStringLiteral("30"));
        QCOMPARE(count(page, "upToDate"), QStringLiteral("0"));
        QCOMPARE(count(page, "excluded"), QStringLiteral("1"));
        QCOMPARE(count(page, "failed"), QStringLiteral("0"));
        QCOMPARE(count(page, "missing"), QString()); // no database given: not shown as "0"

        // Again, with one file changed in Magento 1: only that one is copied.
        writeFile(from + QStringLiteral("/catalog/product/a/b/ab-3.png"), "changed");
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("start")), Qt::LeftButton);
        QVERIFY(!page.isComplete());
        QTRY_VERIFY_WITH_TIMEOUT(page.isComplete(), 10000);
        QCOMPARE(count(page, "copied"), QStringLiteral("0"));
        QCOMPARE(count(page, "updated"), QStringLiteral("1"));
        QCOMPARE(count(page, "upToDate"), QStringLiteral("29"));
    }

    void showsARefusalBesideTheFolders()
    {
        QTemporaryDir work;
        MediaPage page;
        page.show();
        page.setFolders(work.path() + QStringLiteral("/no-media"), work.path() + QStringLiteral("/pub/media"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("start")), Qt::LeftButton);
        auto* error = page.findChild<QLabel*>(QStringLiteral("error"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY(error->text().contains(QLatin1String("no-media does not exist")));
        QVERIFY(!page.isComplete());
        QCOMPARE(count(page, "copied"), QString()); // no empty tally under a refusal

        page.setFolders(QString(), work.path() + QStringLiteral("/pub/media"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("start")), Qt::LeftButton);
        QVERIFY(error->text().contains(QLatin1String("Give both folders")));
        QVERIFY(!page.isRunning());
    }

    // Pause holds the copy and says so, cancel stops it keeping what is copied, a new start finishes the rest;
    // the GUI thread keeps running its event loop all along.
    void pauseCancelAndNoFreeze()
    {
        QTemporaryDir work;
        const QString from = work.path() + QStringLiteral("/media");
        const int total = 3000;
        for (int i = 0; i < total; ++i)
            writeFile(from + QStringLiteral("/catalog/product/%1/%2/p-%3.jpg").arg(i % 7).arg(i % 11).arg(i),
                QByteArray(2048 + i % 100, char(i)));
        const QString to = work.path() + QStringLiteral("/pub/media");
        MediaPage page;
        page.show();
        page.setFolders(from, to);
        auto* start = page.findChild<QPushButton*>(QStringLiteral("start"));
        auto* pause = page.findChild<QPushButton*>(QStringLiteral("pause"));
        auto* cancel = page.findChild<QPushButton*>(QStringLiteral("cancel"));
        auto* status = page.findChild<QLabel*>(QStringLiteral("status"));
        QVERIFY(!pause->isEnabled());

        // The longest pause between two ticks of a 10 ms timer on the GUI thread.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        QObject::connect(&ticker, &QTimer::timeout, [&] { longestGap = std::max(longestGap, sinceTick.restart()); });

        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(pause->isEnabled());
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(pause->text(), QStringLiteral("Resume"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("(paused)")), 10000);
        const int whilePaused = filesUnder(to);
        QVERIFY(whilePaused < total);
        QTest::qWait(500);
        QCOMPARE(filesUnder(to), whilePaused);
        QVERIFY(page.isRunning());

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 10000);
        QVERIFY(!page.isComplete());
        QVERIFY2(status->text().contains(QLatin1String("cancelled")), qPrintable(status->text()));
        QVERIFY(start->isEnabled());
        QVERIFY(!pause->isEnabled());
        QCOMPARE(pause->text(), QStringLiteral("Pause"));
        const int kept = filesUnder(to);
        QCOMPARE(kept, whilePaused);
        QCOMPARE(count(page, "copied"), QLocale().toString(kept));

        sinceTick.start();
        ticker.start();
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.isComplete(), 60000);
        ticker.stop();
        QCOMPARE(filesUnder(to), total);
        QCOMPARE(count(page, "copied"), QLocale().toString(total - kept));
        QCOMPARE(count(page, "upToDate"), QLocale().toString(kept));
        QVERIFY2(longestGap < 1000, qPrintable(QStringLiteral("the GUI thread stalled %1 ms").arg(longestGap)));
    }

    // With the Magento 1 database the page shows what it names that the folder lacks, and what nothing names;
    // a different file at the destination is kept unless the user asks to replace it. Set CUTOVER_SCREENSHOTS to
    // a folder to save the docs' screenshot of this state.
    void crossCheckAndConflicts()
    {
        QTemporaryDir work;
        const QString from = work.path() + QStringLiteral("/magento1/media");
        const ConnectionProfile store = TestServer::instance().magento1(QStringLiteral("media_page"));
        GeneratorOptions generator;
        generator.products = 12;
        generator.customers = 0;
        generator.orders = 0;
        generator.mediaDir = from;
        QVERIFY(StoreGenerator::run(store, {}, generator).mediaFiles > 12);
        writeFile(from + QStringLiteral("/.htaccess"), "Options -Indexes");
        writeFile(from + QStringLiteral("/catalog/product/cache/1/image/x.jpg"), "cached");
        writeFile(from + QStringLiteral("/catalog/product/z/z/zz-orphan.png"), "nobody names me");
        const QString to = work.path() + QStringLiteral("/magento2/pub/media");
        writeFile(to + QStringLiteral("/wysiwyg/banner-1.jpg"), "a Magento 2 banner of its own");

        QWizard wizard;
        wizard.setWizardStyle(QWizard::ModernStyle);
        auto* page = new MediaPage;
        wizard.addPage(page);
        wizard.resize(860, 640);
        wizard.show();
        page->setFolders(from, to);
        page->setSourceDatabase(store);
        auto* start = page->findChild<QPushButton*>(QStringLiteral("start"));
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 60000);
        const QString report = page->findChild<QPlainTextEdit*>(QStringLiteral("report"))->toPlainText();
        QVERIFY2(report.contains(QLatin1String("wysiwyg/promo/summer-2015.jpg")), qPrintable(report));
        QVERIFY(report.contains(QLatin1String("catalog/product/z/z/zz-orphan.png")));
        QVERIFY(report.contains(QLatin1String("wysiwyg/banner-1.jpg: the destination holds a different file")));
        QVERIFY(count(*page, "missing").toInt() > 0);
        QVERIFY(count(*page, "unreferenced").toInt() >= 1);
        QCOMPARE(count(*page, "conflicts"), QStringLiteral("1"));
        QCOMPARE(count(*page, "excluded"), QStringLiteral("2"));
        QVERIFY(count(*page, "copied").toInt() > 10);
        QFile kept(to + QStringLiteral("/wysiwyg/banner-1.jpg"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("a Magento 2 banner of its own"));
        kept.close();

        const QString folder = qEnvironmentVariable("CUTOVER_SCREENSHOTS");
        if (!folder.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(wizard.grab().save(QDir(folder).filePath(QStringLiteral("media.png"))));
        }

        page->findChild<QCheckBox*>(QStringLiteral("overwrite"))->setChecked(true);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 60000);
        QCOMPARE(count(*page, "updated"), QStringLiteral("1"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QFile original(from + QStringLiteral("/wysiwyg/banner-1.jpg"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), original.readAll());
    }
};

QTEST_MAIN(TestMediaPage)
#include "tst_mediapage.moc"
