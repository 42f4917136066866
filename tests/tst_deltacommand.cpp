#include "db/database.h"
#include "delta/deltacapture.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

const QString sourcePassword = QStringLiteral("Delta-src-pw-51");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs cutover-cli as a script would: no terminal, the password only in the environment.
Run runCli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), sourcePassword);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CUTOVER_CLI_PATH), QStringList { QStringLiteral("delta") } + arguments);
    process.waitForFinished(120'000);
    return { process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
        QString::fromLocal8Bit(process.readAllStandardError()) };
}

QString describe(const Run& run)
{
    return QStringLiteral("exit %1\n--- out\n%2\n--- err\n%3").arg(run.exitCode).arg(run.out.left(3000), run.err);
}

QJsonObject parse(const Run& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(run.out.left(2000)));
    return document.object();
}

} // namespace

// `cutover-cli delta install|status|remove` as a script runs it, against the prefixed 1.9.3.2 dump.
class TestDeltaCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto& server = TestServer::instance();
        m_profile = server.magento1Prefixed(QStringLiteral("deltacli_m1p"));
        server.sql(QStringLiteral("CREATE USER IF NOT EXISTS 'deltacli'@'%' IDENTIFIED BY '%1'; "
                                  "GRANT ALL PRIVILEGES ON deltacli_m1p.* TO 'deltacli'@'%';")
                       .arg(sourcePassword));
        m_source
            = QStringLiteral("mysql://deltacli@127.0.0.1:%1/deltacli_m1p?prefix=magev1_").arg(server.server().port());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("no action") << QStringList { "--source", "mysql://u@h/db" } << "install|run|status|remove";
        QTest::addRow("unknown action") << QStringList { "start", "--source", "mysql://u@h/db" }
                                        << "install|run|status|remove";
        QTest::addRow("run without a destination") << QStringList { "run", "--source", "mysql://u@h/db" } << "--dest";
        QTest::addRow("no source") << QStringList { "status", "--dest", "mysql://u@h/db" } << "--source";
        QTest::addRow("password in url") << QStringList { "status", "--source", "mysql://u:pw@h/db" }
                                         << "CUTOVER_SOURCE_PASSWORD";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fragment);
        const Run run = runCli(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(fragment), qPrintable(describe(run)));
    }

    void installAskNeedsYesWithoutTerminal()
    {
        Database db(m_profile, {}, QStringLiteral("test"));
        const QStringList before = DeltaCapture::schemaObjects(db);
        const Run run = runCli({ QStringLiteral("install"), QStringLiteral("--source"), m_source });
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("--yes")), qPrintable(describe(run)));
        // The exact list was shown first.
        QVERIFY2(run.out.contains(QStringLiteral("magev1_cutover_cl")), qPrintable(describe(run)));
        QVERIFY(run.out.contains(QStringLiteral("magev1_cutover_sales_flat_order_au")));
        QVERIFY(run.out.contains(QStringLiteral("magev1_cms_page_store [page_id, store_id]")));
        QCOMPARE(DeltaCapture::schemaObjects(db), before);
    }

    void installStatusRemove()
    {
        Database db(m_profile, {}, QStringLiteral("test"));
        const QStringList before = DeltaCapture::schemaObjects(db);

        Run run = runCli({ QStringLiteral("install"), QStringLiteral("--source"), m_source, QStringLiteral("--yes") });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QStringLiteral("Change capture installed")));
        QVERIFY(!run.out.contains(sourcePassword) && !run.err.contains(sourcePassword));

        db.exec(QStringLiteral("UPDATE magev1_cms_page SET title = CONCAT(title, '!') WHERE page_id = 2"));
        db.exec(QStringLiteral("UPDATE magev1_cms_block SET content = CONCAT(content, '!')"));
        const qint64 blocks = db.scalar(QStringLiteral("SELECT COUNT(*) FROM magev1_cms_block")).toLongLong();

        run = runCli({ QStringLiteral("status"), QStringLiteral("--source"), m_source, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject status = parse(run);
        QCOMPARE(status.value(QStringLiteral("healthy")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("backlog")).toInteger(), blocks + 1);
        QVERIFY(status.value(QStringLiteral("lagSeconds")).toDouble() >= 0.0);
        const QJsonArray tables = status.value(QStringLiteral("tableBacklog")).toArray();
        QCOMPARE(tables.size(), 2);
        QCOMPARE(tables[0].toObject().value(QStringLiteral("table")).toString(),
            blocks >= 1 ? QStringLiteral("cms_block") : QStringLiteral("cms_page"));

        run = runCli({ QStringLiteral("status"), QStringLiteral("--source"), m_source });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("Backlog: %1 change(s)").arg(blocks + 1)), qPrintable(run.out));

        // A change log dropped by hand: status says what happened and how to repair it, and fails.
        db.exec(QStringLiteral("DROP TABLE magev1_cutover_cl"));
        run = runCli({ QStringLiteral("status"), QStringLiteral("--source"), m_source });
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("PROBLEM The change-log table magev1_cutover_cl is missing")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("delta install")));
        run = runCli({ QStringLiteral("install"), QStringLiteral("--source"), m_source, QStringLiteral("--yes") });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = runCli({ QStringLiteral("status"), QStringLiteral("--source"), m_source, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

        run = runCli({ QStringLiteral("remove"), QStringLiteral("--source"), m_source });
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY(run.err.contains(QStringLiteral("--yes")));
        run = runCli({ QStringLiteral("remove"), QStringLiteral("--source"), m_source, QStringLiteral("--yes"),
            QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject removed = parse(run);
        QCOMPARE(removed.value(QStringLiteral("clean")).toBool(), true);
        QVERIFY(removed.value(QStringLiteral("removed")).toArray().size() > 300);
        QCOMPARE(DeltaCapture::schemaObjects(db), before);

        run = runCli({ QStringLiteral("status"), QStringLiteral("--source"), m_source });
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QStringLiteral("not installed")));
    }

    // On a terminal the question is asked in the user's language, and its "yes" counts: a German "j" removes.
    void germanYesOnATerminalConfirms()
    {
        Database db(m_profile, {}, QStringLiteral("test"));
        const QStringList before = DeltaCapture::schemaObjects(db);
        Run run = runCli({ QStringLiteral("install"), QStringLiteral("--source"), m_source, QStringLiteral("--yes") });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(DeltaCapture::schemaObjects(db) != before);

        // script(1) gives the command a terminal; what is written to it is what the user types.
        auto quoted = [](const QString& text) { return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\''); };
        auto onTerminal = [&](const QString& typed) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), sourcePassword);
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
            env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
            process.setProcessEnvironment(env);
            const QString command = QStringList { quoted(QStringLiteral(CUTOVER_CLI_PATH)), QStringLiteral("delta"),
                QStringLiteral("remove"), QStringLiteral("--source"), quoted(m_source) }
                                        .join(QLatin1Char(' '));
            process.start(QStringLiteral("script"),
                { QStringLiteral("-qec"), command, QStringLiteral("/dev/null") });
            process.waitForStarted();
            process.write(typed.toUtf8());
            process.waitForFinished(120'000);
            return Run { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError()) };
        };
        run = onTerminal(QStringLiteral("n\n"));
        QVERIFY2(run.out.contains(QStringLiteral("[j/N]")), qPrintable(describe(run)));
        QVERIFY2(DeltaCapture::schemaObjects(db) != before, qPrintable(describe(run)));
        run = onTerminal(QStringLiteral("j\n"));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(DeltaCapture::schemaObjects(db), before);
    }

private:
    ConnectionProfile m_profile;
    QString m_source;
};

QTEST_GUILESS_MAIN(TestDeltaCommand)
#include "tst_deltacommand.moc"
