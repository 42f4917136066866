#include "db/database.h"
#include "project/project.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

const QString sourcePassword = QStringLiteral("Src-pw-4471");
const QString destPassword = QStringLiteral("Dst-pw-9032");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs cutover-cli as a script would: no terminal on its input, passwords only in the environment.
Run runCli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), sourcePassword);
    env.insert(QStringLiteral("CUTOVER_DEST_PASSWORD"), destPassword);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/cutover-test-bus"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CUTOVER_CLI_PATH), arguments);
    process.waitForFinished(300'000);
    return { process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
        QString::fromLocal8Bit(process.readAllStandardError()) };
}

QString describe(const Run& run)
{
    return QStringLiteral("exit %1\n--- out\n%2\n--- err\n%3").arg(run.exitCode).arg(run.out, run.err);
}

QJsonObject json(const Run& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList findingIds(const QJsonObject& document, const QString& severity = {})
{
    QStringList ids;
    for (const QJsonValue& value : document.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        if (severity.isEmpty() || finding.value(QStringLiteral("severity")).toString() == severity)
            ids << finding.value(QStringLiteral("id")).toString();
    }
    return ids;
}

} // namespace

// `cutover-cli integrity` as a user runs it, and the check `migrate data` runs first.
class TestIntegrityCli : public QObject
{
    Q_OBJECT
    QString m_source;
    QString m_dest;
    QTemporaryDir m_dir;
    QString m_project;
    ConnectionProfile m_m2;

private Q_SLOTS:
    void initTestCase()
    {
        auto& server = TestServer::instance();
        const ConnectionProfile m1 = server.magento1(QStringLiteral("icli_m1"));
        m_m2 = server.magento2(QStringLiteral("icli_m2"));
        server.sql(QStringLiteral("CREATE USER IF NOT EXISTS 'icli_src'@'%' IDENTIFIED BY '%1'; "
                                  "GRANT ALL PRIVILEGES ON icli_m1.* TO 'icli_src'@'%'; "
                                  "CREATE USER IF NOT EXISTS 'icli_dst'@'%' IDENTIFIED BY '%2'; "
                                  "GRANT ALL PRIVILEGES ON icli_m2.* TO 'icli_dst'@'%';")
                       .arg(sourcePassword, destPassword));
        // An extension's table and column, as real stores have.
        server.sql(QStringLiteral("CREATE TABLE ext_loyalty_points (id INT PRIMARY KEY, points INT); "
                                  "INSERT INTO ext_loyalty_points VALUES (1, 5); "
                                  "ALTER TABLE cms_block ADD COLUMN ext_flag VARCHAR(16) NULL;"),
            QStringLiteral("icli_m1"));
        const int port = server.server().port();
        m_source = QStringLiteral("mysql://icli_src@127.0.0.1:%1/icli_m1").arg(port);
        m_dest = QStringLiteral("mysql://icli_dst@127.0.0.1:%1/icli_m2").arg(port);
        m_project = m_dir.filePath(QStringLiteral("shop.cutover"));
        const Run created = runCli({ QStringLiteral("project"), QStringLiteral("create"), m_project,
            QStringLiteral("--source"), m_source, QStringLiteral("--dest"), m_dest });
        QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    }

    void jsonListsTheFindingsAndFailsOnErrors()
    {
        const Run run = runCli({ QStringLiteral("integrity"), QStringLiteral("--source"), m_source,
            QStringLiteral("--dest"), m_dest, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject document = json(run);
        const QStringList errors = findingIds(document, QStringLiteral("error"));
        QVERIFY2(errors.contains(QStringLiteral("unmapped-table:ext_loyalty_points")), qPrintable(run.out));
        QVERIFY2(errors.contains(QStringLiteral("unmapped-field:cms_block.ext_flag")), qPrintable(run.out));
        QCOMPARE(document.value(QStringLiteral("errors")).toInt(), errors.size());
        for (const QJsonValue& value : document.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            if (finding.value(QStringLiteral("id")).toString() != QLatin1String("unmapped-table:ext_loyalty_points"))
                continue;
            QCOMPARE(finding.value(QStringLiteral("kind")).toString(), QStringLiteral("unmapped-table"));
            const QJsonArray fixes = finding.value(QStringLiteral("fixes")).toArray();
            QCOMPARE(fixes.size(), 1);
            QCOMPARE(fixes.at(0).toObject().value(QStringLiteral("action")).toString(),
                QStringLiteral("ignore-document"));
        }
        // Text: grouped by kind, each finding with its id.
        const Run text = runCli({ QStringLiteral("integrity"), QStringLiteral("--project"), m_project });
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains(QStringLiteral("Source tables without a destination")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("[unmapped-table:ext_loyalty_points]")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("fix unmapped-table:ext_loyalty_points/ignore")), qPrintable(text.out));
    }

    void migrateDataStopsOnErrorsNamingTheCommand()
    {
        const Run run = runCli({ QStringLiteral("migrate"), QStringLiteral("data"), QStringLiteral("--project"),
            m_project });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("cutover-cli integrity")), qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("ext_loyalty_points")), qPrintable(describe(run)));
        // Nothing was written: no table of Cutover's (its ledger) in the destination.
        Database db(m_m2, {}, QStringLiteral("test"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                          "DATABASE() AND TABLE_NAME LIKE 'cutover%'"))
                     .toLongLong(),
            0);
    }

    void refusesFixAllWithoutATerminal()
    {
        const Run run = runCli({ QStringLiteral("integrity"), QStringLiteral("--project"), m_project,
            QStringLiteral("--fix-all-ignores") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--yes")), qPrintable(describe(run)));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("shop.map.xml"))));
        // A fix needs somewhere to go.
        const Run nowhere = runCli({ QStringLiteral("integrity"), QStringLiteral("--source"), m_source,
            QStringLiteral("--dest"), m_dest, QStringLiteral("--fix"), QStringLiteral("unmapped-table:ext_loyalty_points") });
        QCOMPARE(nowhere.exitCode, 2);
        QVERIFY2(nowhere.err.contains(QStringLiteral("--project")), qPrintable(describe(nowhere)));
        // An unknown id names itself.
        const Run unknown = runCli({ QStringLiteral("integrity"), QStringLiteral("--project"), m_project,
            QStringLiteral("--fix"), QStringLiteral("unmapped-table:nothing_here") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("unmapped-table:nothing_here")), qPrintable(describe(unknown)));
    }

    void fixWritesTheProjectsOverrideMap()
    {
        Run run = runCli({ QStringLiteral("integrity"), QStringLiteral("--project"), m_project, QStringLiteral("--json"),
            QStringLiteral("--fix"), QStringLiteral("unmapped-table:ext_loyalty_points") });
        QJsonObject document = json(run);
        QVERIFY2(!findingIds(document).contains(QStringLiteral("unmapped-table:ext_loyalty_points")),
            qPrintable(describe(run)));
        QVERIFY2(findingIds(document).contains(QStringLiteral("unmapped-field:cms_block.ext_flag")),
            qPrintable(describe(run)));
        QCOMPARE(run.exitCode, 1); // the column's error remains
        const QString overrides = m_dir.filePath(QStringLiteral("shop.map.xml"));
        QCOMPARE(document.value(QStringLiteral("overrides")).toString(), overrides);
        QCOMPARE(Project::load(m_project).mappingOverrides, QStringLiteral("shop.map.xml"));
        QFile file(overrides);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("<document>ext_loyalty_points</document>")));

        // --fix-all-ignores --yes takes the rest: no error remains, exit 0.
        run = runCli({ QStringLiteral("integrity"), QStringLiteral("--project"), m_project, QStringLiteral("--json"),
            QStringLiteral("--fix-all-ignores"), QStringLiteral("--yes") });
        document = json(run);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(document.value(QStringLiteral("errors")).toInt(), 0);
        QVERIFY(!document.value(QStringLiteral("applied")).toArray().isEmpty());
        QVERIFY(file.seek(0));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(file.readAll());
        QVERIFY2(xml.contains(QStringLiteral("<document>ext_loyalty_points</document>")), qPrintable(xml));
        QVERIFY2(xml.contains(QStringLiteral("<field>cms_block.ext_flag</field>")), qPrintable(xml));

        // A plain check with the project now passes, and records its run.
        run = runCli({ QStringLiteral("integrity"), QStringLiteral("--project"), m_project });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(Project::load(m_project).progress.runs.last().command, QStringLiteral("integrity"));
    }

    // Delta carries what the migration carried: a table the project's override map ignores gets no trigger.
    void deltaInstallFollowsTheOverrideMap()
    {
        const QString table = QStringLiteral(" ext_loyalty_points [");
        const Run plain = runCli({ QStringLiteral("delta"), QStringLiteral("install"), QStringLiteral("--source"),
            m_source, QStringLiteral("--dest"), m_dest });
        QVERIFY2(plain.exitCode == 2 && plain.err.contains(QStringLiteral("--yes")), qPrintable(describe(plain)));
        QVERIFY2(plain.out.contains(table), qPrintable(describe(plain)));
        const Run project = runCli(
            { QStringLiteral("delta"), QStringLiteral("install"), QStringLiteral("--project"), m_project });
        QVERIFY2(project.exitCode == 2 && project.out.contains(QStringLiteral("Triggers to create")),
            qPrintable(describe(project)));
        QVERIFY2(!project.out.contains(table), qPrintable(describe(project)));
        // Nothing was installed without --yes.
        Database m1(TestServer::instance().server().rootProfile(QStringLiteral("icli_m1")), {}, QStringLiteral("t"));
        QCOMPARE(m1.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = "
                                          "'icli_m1'"))
                     .toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestIntegrityCli)
#include "tst_integritycli.moc"
