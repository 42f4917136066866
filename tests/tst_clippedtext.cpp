#include "cutoverwizard.h"
#include "wizardpages.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace cutover::ui;

// Every wizard page in English, German and French at the wizard's first size (860 x 640): no button, check box or
// one-line label cuts its text. German and French run a third longer than English; a layout that fits only the
// English strings fails here with the page, the widget and the widths.
class TestClippedText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        cutover::test::prepareWizardTest(QStringLiteral("tst_clippedtext"));
        // CUTOVER_PALETTE=dark: the Fusion style with a dark palette, to look at the pages as a dark desktop shows them.
        if (qEnvironmentVariable("CUTOVER_PALETTE") == QLatin1String("dark")) {
            QApplication::setStyle(QStringLiteral("Fusion"));
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
            dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
            dark.setColor(QPalette::Base, QColor(0x25, 0x25, 0x25));
            dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
            dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
            dark.setColor(QPalette::Button, QColor(0x45, 0x45, 0x45));
            dark.setColor(QPalette::ButtonText, QColor(0xf0, 0xf0, 0xf0));
            dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
            dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
            QApplication::setPalette(dark);
        }
        QVERIFY(m_folder.isValid());
    }

    void everyPageFitsItsText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("English") << QStringLiteral("en");
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("French") << QStringLiteral("fr");
    }

    void everyPageFitsItsText()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QLocale(language), QStringLiteral("cutover"), QStringLiteral("_"),
                QStringLiteral(":/i18n")));
            QVERIFY(!translator.isEmpty());
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        QStringList clipped;
        {
            CutoverWizard wizard(m_folder.filePath(QStringLiteral("demo-") + language));
            wizard.resize(860, 640);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            for (int id : wizard.pageIds()) {
                QVERIFY(cutover::test::showPage(wizard, id));
                QWizardPage* page = wizard.page(id);
                const QString where = CutoverWizard::pageKey(id);
                // CUTOVER_SCREENSHOTS=FOLDER saves each page as <language>-<page>.png, to look at.
                if (const QString folder = qEnvironmentVariable("CUTOVER_SCREENSHOTS"); !folder.isEmpty())
                    QVERIFY(wizard.grab().save(QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(language, where))));
                // The page's layout fits the first size: nothing has to be squeezed or cut.
                const QSize minimum = wizard.minimumSizeHint().expandedTo(wizard.minimumSize());
                // CUTOVER_CLIP_DEBUG=1 lists what makes each page wide.
                if (qEnvironmentVariableIsSet("CUTOVER_CLIP_DEBUG")) {
                    qInfo("%s %s: wizard at least %dx%d, page %dx%d", qPrintable(language), qPrintable(where),
                        minimum.width(), minimum.height(), page->minimumSizeHint().width(),
                        page->minimumSizeHint().height());
                    for (QWidget* w : page->findChildren<QWidget*>()) {
                        if (w->isVisibleTo(&wizard) && w->minimumSizeHint().width() > 120)
                            qInfo("  %s %s %d", w->metaObject()->className(), qPrintable(w->objectName()),
                                w->minimumSizeHint().width());
                    }
                }
                if (minimum.width() > 860 || minimum.height() > 640)
                    clipped << QStringLiteral("%1: needs at least %2 x %3 px, more than the first size 860 x 640 "
                                              "(CUTOVER_CLIP_DEBUG=1 lists the widest widgets)")
                                   .arg(where)
                                   .arg(minimum.width())
                                   .arg(minimum.height());
                clipped << cutover::test::clippedText(wizard, page, where);
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }

private:
    QTemporaryDir m_folder;
};

QTEST_MAIN(TestClippedText)
#include "tst_clippedtext.moc"
