#include "db/database.h"
#include "testserver.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs cutover-cli as a user would from a script: no terminal on stdin, its own data folder.
Run runCli(const QStringList& arguments, const QProcessEnvironment& extra = {}, const QString& home = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    if (!home.isEmpty())
        env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CUTOVER_CLI_PATH), arguments);
    process.waitForFinished(300'000);
    return { process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
        QString::fromLocal8Bit(process.readAllStandardError()) };
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topLevelHelpListsCommands()
    {
        const Run run = runCli({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("generate")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("CUTOVER_SOURCE_PASSWORD")));
    }

    void everySubcommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::addRow("generate") << "generate"
                                  << "--products";
    }
    void everySubcommandHasHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, option);
        const Run run = runCli({ command, QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(option), qPrintable(run.out));
    }

    void version()
    {
        const Run run = runCli({ QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("cutover-cli ")));
    }

    void badInvocations_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("unknown command") << QStringList { "frobnicate" } << "Unknown command \"frobnicate\"";
        QTest::addRow("no target") << QStringList { "generate" } << "--target";
        QTest::addRow("password in url") << QStringList { "generate", "--target", "mysql://u:pw@h/db" }
                                         << "CUTOVER_PASSWORD";
        QTest::addRow("negative count") << QStringList { "generate", "--target", "mysql://u@h/db", "--orders", "-5" }
                                        << "--orders";
        QTest::addRow("not a number") << QStringList { "generate", "--target", "mysql://u@h/db", "--products", "many" }
                                      << "--products";
        QTest::addRow("unknown option") << QStringList { "generate", "--colour" } << "colour";
        QTest::addRow("project refused") << QStringList { "generate", "--project", "shop.cutover" }
                                         << "live store";
    }
    void badInvocations()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fragment);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
    }

    void generatesIntoPrefixedStoreWithoutLeakingThePassword()
    {
        auto& server = TestServer::instance();
        const auto profile = server.magento1Prefixed(QStringLiteral("cli_gen"));
        const QString password = QStringLiteral("Zq8-unguessable-pw");
        server.sql(QStringLiteral("CREATE USER IF NOT EXISTS 'gen'@'localhost' IDENTIFIED BY '%1'; "
                                  "GRANT ALL ON cli_gen.* TO 'gen'@'localhost';")
                       .arg(password));
        const QString url
            = QStringLiteral("mysql://gen@localhost/cli_gen?socket=%1&prefix=magev1_").arg(profile.socket);

        QTemporaryDir home;
        QProcessEnvironment env;
        env.insert(QStringLiteral("CUTOVER_PASSWORD"), password);
        const Run run
            = runCli({ QStringLiteral("generate"), QStringLiteral("--target"), url, QStringLiteral("--products"),
                         QStringLiteral("40"), QStringLiteral("--customers"), QStringLiteral("10"),
                         QStringLiteral("--orders"), QStringLiteral("20"), QStringLiteral("--verbose") },
                env, home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Generated")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("core_store")));

        // The password reaches neither the output nor any file the run wrote (the log above all).
        QVERIFY(!run.out.contains(password));
        QVERIFY(!run.err.contains(password));
        int files = 0;
        QDirIterator it(home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY2(files > 0, "the run wrote no log file");

        Database db(profile, {}, QStringLiteral("test"));
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM magev1_core_store WHERE code IN ('fr','de')")).toInt(), 2);
    }

    void wrongPasswordFailsWithTheServersReason()
    {
        auto& server = TestServer::instance();
        const auto profile = server.magento1(QStringLiteral("cli_denied"));
        server.sql(QStringLiteral("CREATE USER IF NOT EXISTS 'gen2'@'localhost' IDENTIFIED BY 'right-one';"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("CUTOVER_PASSWORD"), QStringLiteral("wrong-one"));
        QTemporaryDir home;
        const Run run = runCli({ QStringLiteral("generate"), QStringLiteral("--target"),
                                   QStringLiteral("mysql://gen2@localhost/cli_denied?socket=%1").arg(profile.socket) },
            env, home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Access denied")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("wrong-one")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
