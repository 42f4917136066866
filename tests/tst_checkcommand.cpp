#include "project/project.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

const QString sourcePassword = QStringLiteral("Src-pw-8812");
const QString destPassword = QStringLiteral("Dst-pw-3307");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs cutover-cli as a script would: no terminal, passwords only in the environment (unless `withPasswords` is
// false), no keychain to fall back on.
Run runCli(const QStringList& arguments, bool withPasswords = true, const QString& command = QStringLiteral("check"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CUTOVER_SOURCE_PASSWORD"));
    env.remove(QStringLiteral("CUTOVER_DEST_PASSWORD"));
    if (withPasswords) {
        env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), sourcePassword);
        env.insert(QStringLiteral("CUTOVER_DEST_PASSWORD"), destPassword);
    }
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/cutover-test-bus"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CUTOVER_CLI_PATH), QStringList { command } + arguments);
    process.waitForFinished(120'000);
    return { process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
        QString::fromLocal8Bit(process.readAllStandardError()) };
}

QString describe(const Run& run)
{
    return QStringLiteral("exit %1\n--- out\n%2\n--- err\n%3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

// `cutover-cli check` as a user runs it: exit codes, text and JSON output, against the real dumps.
class TestCheckCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto& server = TestServer::instance();
        server.magento1(QStringLiteral("check_m1"));
        server.magento2(QStringLiteral("check_m2"));
        server.sql(QStringLiteral("CREATE USER IF NOT EXISTS 'check_src'@'%' IDENTIFIED BY '%1'; "
                                  "GRANT ALL PRIVILEGES ON check_m1.* TO 'check_src'@'%'; "
                                  "GRANT SELECT ON check_m2.* TO 'check_src'@'%'; "
                                  "CREATE USER IF NOT EXISTS 'check_dst'@'%' IDENTIFIED BY '%2'; "
                                  "GRANT ALL PRIVILEGES ON check_m2.* TO 'check_dst'@'%';")
                       .arg(sourcePassword, destPassword));
        const int port = server.server().port();
        m_source = QStringLiteral("mysql://check_src@127.0.0.1:%1/check_m1").arg(port);
        m_dest = QStringLiteral("mysql://check_dst@127.0.0.1:%1/check_m2").arg(port);
        m_m2AsSource = QStringLiteral("mysql://check_src@127.0.0.1:%1/check_m2").arg(port);
    }

    void bothPassOnTheRealDumps()
    {
        const Run run = runCli({ QStringLiteral("--source"), m_source, QStringLiteral("--dest"), m_dest });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("Magento CE 1.9.1 to 1.9.4")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Magento 2.4.8")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("The source passed.")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("The destination passed.")), qPrintable(run.out));
        // The 2.4.8 dump is not fresh: a warning with its fix, not a failure.
        QVERIFY2(run.out.contains(QStringLiteral("WARN Fresh install")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Fix:")));
        QVERIFY(!run.out.contains(sourcePassword) && !run.err.contains(sourcePassword));
        QVERIFY(!run.out.contains(destPassword) && !run.err.contains(destPassword));
    }

    void magento2GivenAsSourceFails()
    {
        const Run run = runCli({ QStringLiteral("--source"), m_m2AsSource });
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("FAIL Magento")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("holds Magento 2")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("--dest")), qPrintable(run.out));
        // It stopped there: no privilege or size step after the failure.
        QVERIFY(!run.out.contains(QStringLiteral("Read access")));
    }

    void jsonIsOneDocument()
    {
        const Run run = runCli(
            { QStringLiteral("--source"), m_source, QStringLiteral("--dest"), m_dest, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + run.out));
        const QJsonObject root = document.object();
        QCOMPARE(root.value(QStringLiteral("passed")).toBool(), true);
        const QJsonObject source = root.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("role")).toString(), QStringLiteral("source"));
        const QJsonArray findings = source.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("resolve"));
        QCOMPARE(findings.last().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("size"));
        const QJsonObject size = findings.last().toObject().value(QStringLiteral("evidence")).toObject();
        QVERIFY(size.value(QStringLiteral("rows.total")).toDouble() > 0);
        QCOMPARE(size.value(QStringLiteral("assumedRowsPerSecond")).toDouble(), 5000.0);
        QCOMPARE(root.value(QStringLiteral("destination")).toObject().value(QStringLiteral("passed")).toBool(), true);
    }

    void projectIsCheckedAndTheRunRecorded()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("shop.cutover"));
        const Run created = runCli(
            { QStringLiteral("create"), path, QStringLiteral("--source"), m_source, QStringLiteral("--dest"), m_dest },
            true, QStringLiteral("project"));
        QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));

        const Run run = runCli({ QStringLiteral("--project"), path });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("The source passed.")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("The destination passed.")), qPrintable(run.out));
        Project project = Project::load(path);
        QCOMPARE(project.progress.runs.size(), 1);
        QCOMPARE(project.progress.runs.first().command, QStringLiteral("check"));
        QCOMPARE(project.progress.runs.first().outcome, RunOutcome::Succeeded);
        QVERIFY2(project.progress.runs.first().summary.contains(QStringLiteral("destination passed")),
            qPrintable(project.progress.runs.first().summary));

        // A failing check is recorded as failed, with the step it stopped at.
        Project::update(path, [&](Project& p) { p.source = ConnectionProfile::fromUrl(m_m2AsSource); });
        const Run failed = runCli({ QStringLiteral("--project"), path });
        QVERIFY2(failed.exitCode == 1, qPrintable(describe(failed)));
        project = Project::load(path);
        QCOMPARE(project.progress.runs.size(), 2);
        QCOMPARE(project.progress.runs.last().outcome, RunOutcome::Failed);
        QVERIFY2(project.progress.runs.last().summary.contains(QStringLiteral("source failed at magento")),
            qPrintable(project.progress.runs.last().summary));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(sourcePassword.toUtf8()) && !text.contains(destPassword.toUtf8()));
    }

    void projectWithoutPasswordStopsWithoutAsking()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("nopw.cutover"));
        Project project;
        project.ensureId();
        project.source = ConnectionProfile::fromUrl(m_source);
        project.save(path);
        const Run run = runCli({ QStringLiteral("--project"), path }, false);
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("CUTOVER_SOURCE_PASSWORD")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("not a terminal")), qPrintable(run.err));
        // Nothing was probed, so nothing was recorded.
        QVERIFY(run.out.isEmpty());
        QVERIFY(Project::load(path).progress.runs.isEmpty());
    }

    void projectAndUrlsTogetherAreRefused()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("both.cutover"));
        Project().save(path);
        const Run both = runCli({ QStringLiteral("--project"), path, QStringLiteral("--source"), m_source });
        QVERIFY2(both.exitCode == 2, qPrintable(describe(both)));
        QVERIFY2(both.err.contains(QStringLiteral("not both")), qPrintable(both.err));
        const Run empty = runCli({ QStringLiteral("--project"), path });
        QVERIFY2(empty.exitCode == 2, qPrintable(describe(empty)));
        QVERIFY2(empty.err.contains(QStringLiteral("has no databases yet")), qPrintable(empty.err));
        const Run missing = runCli({ QStringLiteral("--project"), folder.filePath(QStringLiteral("gone.cutover")) });
        QVERIFY2(missing.exitCode == 2, qPrintable(describe(missing)));
        QVERIFY2(missing.err.contains(QStringLiteral("does not exist")), qPrintable(missing.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("nothing to check") << QStringList {} << "--source";
        QTest::addRow("password in url") << QStringList { "--source", "mysql://u:pw@h/db" }
                                         << "CUTOVER_SOURCE_PASSWORD";
        QTest::addRow("bad dest url") << QStringList { "--dest", "http://h/db" } << "--dest";
        QTest::addRow("zero timeout") << QStringList { "--source", "mysql://u@h/db", "--timeout", "0" } << "--timeout";
        QTest::addRow("unknown option") << QStringList { "--colour" } << "colour";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fragment);
        const Run run = runCli(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
    }

    void helpNamesOptions()
    {
        const Run run = runCli({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        for (const char* option : { "--source", "--dest", "--json", "--timeout", "--project", "CUTOVER_DEST_PASSWORD" })
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }

private:
    QString m_source;
    QString m_dest;
    QString m_m2AsSource;
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
