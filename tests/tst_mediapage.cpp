#include "mediapage.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::ui;

// The media page drives a real copy through core and shows its report, or the refusal next to the folders.
class TestMediaPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copiesAndCompletes()
    {
        QTemporaryDir work;
        const QString from = work.path() + QStringLiteral("/media");
        QDir().mkpath(from + QStringLiteral("/catalog/product/a/b"));
        for (int i = 0; i < 30; ++i) {
            QFile file(from + QStringLiteral("/catalog/product/a/b/ab-%1.png").arg(i));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(1000 + i, char('a' + i % 26)));
        }
        MediaPage page;
        page.show();
        QSignalSpy complete(&page, &QWizardPage::completeChanged);
        QVERIFY(!page.isComplete());
        page.setFolders(from, work.path() + QStringLiteral("/pub/media"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("start")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.isComplete(), 10000);
        QVERIFY(complete.size() >= 2);
        QVERIFY(QFile::exists(work.path() + QStringLiteral("/pub/media/catalog/product/a/b/ab-29.png")));
        const QString report = page.findChild<QPlainTextEdit*>(QStringLiteral("report"))->toPlainText();
        QVERIFY2(report.contains(QLatin1String("30 verified")), qPrintable(report));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("start"))->isEnabled());
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
    }
};

QTEST_MAIN(TestMediaPage)
#include "tst_mediapage.moc"
