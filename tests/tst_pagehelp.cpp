#include "cutoverwizard.h"
#include "helpdialog.h"
#include "pagehelp.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace cutover::ui;

// Help on every wizard page: its text, and its part of the README's migration guide rendered from the README
// embedded in the program. The wizard runs offscreen; F1 and the Help button are pressed as a user would.
// Set CUTOVER_SCREENSHOTS=FOLDER to save docs/screenshots/help.png (the help of the Connections page).
class TestPageHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CutoverTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_pagehelp"));
        // No keychain here: nothing in this test needs a password.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/cutover-test-bus");
        QSettings().clear();
        QVERIFY(m_folder.isValid());
    }

    void cleanup() { m_wizard.reset(); }

    void readmeIsEmbedded()
    {
        const QString readme = guide::readme();
        QVERIFY(readme.contains(QLatin1String("\n## Migration guide\n")));
        // The embedded copy is the README of this source tree, not a stale one.
        QFile source(QStringLiteral(CUTOVER_README));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(readme, QString::fromUtf8(source.readAll()));
    }

    void everyPageHasHelpAndAGuideSection()
    {
        CutoverWizard wizard(m_folder.filePath(QStringLiteral("demo")));
        const QList<int> ids = wizard.pageIds();
        QCOMPARE(ids.size(), 8);
        const QString readme = guide::readme();
        const QStringList anchors = guide::anchors(readme);
        QSet<QString> used;
        for (int id : ids) {
            const PageHelp help = PageHelp::forPage(id);
            QVERIFY2(help.isValid(), qPrintable(CutoverWizard::pageKey(id)));
            QVERIFY(!help.title.isEmpty());
            QVERIFY2(help.text.size() > 150, qPrintable(help.text));
            QVERIFY2(anchors.contains(help.anchor), qPrintable(help.anchor));
            QVERIFY2(!used.contains(help.anchor), qPrintable(help.anchor));
            used.insert(help.anchor);
            const QString section = guide::section(readme, help.anchor);
            QVERIFY(section.startsWith(QLatin1String("### ")));
            // Each is a real part of the guide (a few paragraphs), inside the "Migration guide" section.
            QVERIFY2(section.size() > 600, qPrintable(section));
            QVERIFY(guide::section(readme, QStringLiteral("migration-guide")).contains(section));
        }
        QVERIFY(!PageHelp::forPage(-1).isValid());
        QVERIFY(!PageHelp::forPage(int(ids.size())).isValid());
    }

    void anchorsAreGitHubs_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("anchor");
        QTest::addRow("words") << QStringLiteral("Settings and data") << QStringLiteral("settings-and-data");
        QTest::addRow("hyphen kept") << QStringLiteral("Go-live") << QStringLiteral("go-live");
        QTest::addRow("parentheses") << QStringLiteral("Live changes (delta)") << QStringLiteral("live-changes-delta");
        QTest::addRow("comma, digits") << QStringLiteral("Two commands, on a fresh Debian 12 machine")
                                       << QStringLiteral("two-commands-on-a-fresh-debian-12-machine");
        QTest::addRow("code") << QStringLiteral("The `cutover-cli` command")
                              << QStringLiteral("the-cutover-cli-command");
        QTest::addRow("non-ASCII") << QStringLiteral("Übersicht: Größe") << QStringLiteral("übersicht-größe");
    }

    void anchorsAreGitHubs()
    {
        QFETCH(QString, heading);
        QFETCH(QString, anchor);
        QCOMPARE(guide::anchorOf(heading), anchor);
    }

    void sectionsEndAtTheNextHeadingOfTheirLevel()
    {
        const QString markdown = QStringLiteral("# Top\nintro\n## A\na text\n```sh\n# not a heading\n## nor this\n```\n"
                                                "### A.1\nsub\n## B\nb text\n## A\nagain\n");
        QCOMPARE(guide::anchors(markdown),
            (QStringList { QStringLiteral("top"), QStringLiteral("a"), QStringLiteral("a1"), QStringLiteral("b"),
                QStringLiteral("a-1") }));
        QCOMPARE(guide::section(markdown, QStringLiteral("a")),
            QStringLiteral("## A\na text\n```sh\n# not a heading\n## nor this\n```\n### A.1\nsub"));
        QCOMPARE(guide::section(markdown, QStringLiteral("a1")), QStringLiteral("### A.1\nsub"));
        QCOMPARE(guide::section(markdown, QStringLiteral("a-1")), QStringLiteral("## A\nagain"));
        QCOMPARE(guide::section(markdown, QStringLiteral("b")), QStringLiteral("## B\nb text"));
        QVERIFY(guide::section(markdown, QStringLiteral("nor-this")).isEmpty());
    }

    void f1AndTheHelpButtonShowThePagesHelp_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("phrase"); // from the page's guide section, not from its help text
        QTest::addColumn<QString>("elsewhere"); // from another section: the dialog shows one section only
        QTest::addRow("welcome") << int(CutoverWizard::WelcomePageId)
                                 << QStringLiteral("Reopening a project returns you to that page.")
                                 << QStringLiteral("Remember in the system keychain");
        QTest::addRow("connections") << int(CutoverWizard::ConnectionsPageId)
                                     << QStringLiteral("Passwords stay in memory unless you tick Remember in the "
                                                       "system keychain")
                                     << QStringLiteral("The findings are advice");
        QTest::addRow("preflight") << int(CutoverWizard::PreflightPageId)
                                   << QStringLiteral(
                                          "The findings are advice: Cutover does not stop you from going on.")
                                   << QStringLiteral("A manifest remembers what was copied");
        QTest::addRow("media") << int(CutoverWizard::MediaPageId)
                               << QStringLiteral("A manifest remembers what was copied, so a second run copies only "
                                                 "what is new or changed")
                               << QStringLiteral("puts back the rows it replaced");
        QTest::addRow("migrate") << int(CutoverWizard::MigratePageId)
                                 << QStringLiteral("Reset destination… removes exactly what Cutover wrote and puts "
                                                   "back the rows it replaced")
                                 << QStringLiteral("log_bin_trust_function_creators");
        QTest::addRow("delta") << int(CutoverWizard::DeltaPageId)
                               << QStringLiteral("SUPER or log_bin_trust_function_creators = 1")
                               << QStringLiteral("Skip: I reindexed this store myself");
        QTest::addRow("reindex") << int(CutoverWizard::ReindexPageId)
                                 << QStringLiteral("tick Skip: I reindexed this store myself; the project records it.")
                                 << QStringLiteral("the downtime clock stops");
        QTest::addRow("golive") << int(CutoverWizard::GoLivePageId)
                                << QStringLiteral("Store open: place an order end to end, then tick it; the downtime "
                                                  "clock stops.")
                                << QStringLiteral("Export report…");
    }

    void f1AndTheHelpButtonShowThePagesHelp()
    {
        QFETCH(int, id);
        QFETCH(QString, phrase);
        QFETCH(QString, elsewhere);
        openWizardOn(id);
        const PageHelp help = PageHelp::forPage(id);

        // F1
        QTest::keyClick(m_wizard->currentPage(), Qt::Key_F1);
        HelpDialog* dialog = m_wizard->findChild<HelpDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        checkDialog(dialog, id, help, phrase, elsewhere);
        dialog->close();
        QTRY_VERIFY(!dialog->isVisible());

        // The Help button, after the dialog showed another page's help: it follows the page.
        dialog->showPage(
            id == CutoverWizard::WelcomePageId ? CutoverWizard::GoLivePageId : CutoverWizard::WelcomePageId);
        QAbstractButton* button = m_wizard->button(QWizard::HelpButton);
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(dialog->isVisible());
        checkDialog(dialog, id, help, phrase, elsewhere);
        QCOMPARE(m_wizard->findChildren<HelpDialog*>().size(), 1);

        if (id == CutoverWizard::ConnectionsPageId)
            screenshot(dialog, QStringLiteral("help.png"));
    }

    void readTheWholeGuideAndFollowItsLinks()
    {
        openWizardOn(CutoverWizard::MediaPageId);
        HelpDialog* dialog = m_wizard->showHelp();
        auto* link = dialog->findChild<QLabel*>(QStringLiteral("guideLink"));
        auto* browser = dialog->findChild<QTextBrowser*>(QStringLiteral("guide"));
        QVERIFY(link->isVisible());
        QVERIFY(!browser->toPlainText().contains(QLatin1String("The whole journey from the command line")));
        // The link the label carries, as a click on it would give it.
        const QRegularExpressionMatch href
            = QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).match(link->text());
        QVERIFY(href.hasMatch());
        Q_EMIT link->linkActivated(href.captured(1));
        QCOMPARE(dialog->guideAnchor(), QStringLiteral("migration-guide"));
        const QString whole = browser->toPlainText();
        for (const QString& heading :
            { QStringLiteral("Welcome and the project"), QStringLiteral("Connections"), QStringLiteral("Pre-flight"),
                QStringLiteral("Settings and data"), QStringLiteral("Live changes (delta)"), QStringLiteral("Go-live"),
                QStringLiteral("The whole journey from the command line") })
            QVERIFY2(whole.contains(heading), qPrintable(heading));
        QVERIFY(!whole.contains(QLatin1String("## Benchmarks")));
        QVERIFY(!whole.contains(QLatin1String("scripts/bench.sh")));
        // A link inside the guide to one of its sections stays in the dialog.
        Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("#go-live")));
        QCOMPARE(dialog->guideAnchor(), QStringLiteral("go-live"));
        QVERIFY(browser->toPlainText().startsWith(QLatin1String("Go-live")));
    }

private:
    void openWizardOn(int id)
    {
        m_wizard = std::make_unique<CutoverWizard>(m_folder.filePath(QStringLiteral("demo")));
        m_wizard->setStartId(id);
        m_wizard->restart();
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        QCOMPARE(m_wizard->currentId(), id);
    }

    static void checkDialog(
        HelpDialog* dialog, int id, const PageHelp& help, const QString& phrase, const QString& elsewhere)
    {
        QCOMPARE(dialog->pageId(), id);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("helpTitle"))->text(), help.title);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("helpText"))->text(), help.text);
        QVERIFY(dialog->windowTitle().contains(help.title));
        QCOMPARE(dialog->guideAnchor(), help.anchor);
        // Rendered from Markdown: no marks left, soft line breaks joined, screenshots left out.
        const QString guide = dialog->findChild<QTextBrowser*>(QStringLiteral("guide"))->toPlainText();
        QVERIFY2(guide.contains(phrase), qPrintable(guide));
        QVERIFY2(!guide.contains(elsewhere), qPrintable(elsewhere));
        QVERIFY(!guide.contains(QLatin1String("**")));
        QVERIFY(!guide.contains(QLatin1String("![")));
    }

    static void screenshot(QWidget* widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("CUTOVER_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QTest::qWait(200);
        QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
    }

    QTemporaryDir m_folder;
    std::unique_ptr<CutoverWizard> m_wizard;
};

QTEST_MAIN(TestPageHelp)
#include "tst_pagehelp.moc"
