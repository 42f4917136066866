#include "generate/storegenerator.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
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

// Runs cutover-cli, optionally as the unprivileged user nobody (setpriv), since root ignores permission bits.
Run cli(const QStringList& arguments, bool asNobody = false)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList all = arguments;
    all.prepend(QStringLiteral("media"));
    QString program = QStringLiteral(CUTOVER_CLI_PATH);
    if (asNobody) {
        all = QStringList { QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
            QStringLiteral("--clear-groups"), program }
            + all;
        program = QStringLiteral("setpriv");
    }
    process.start(program, all);
    process.closeWriteChannel(); // a question would wait forever on a terminal, never on a closed pipe
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
        QString::fromLocal8Bit(process.readAllStandardError()) };
}

} // namespace

// `cutover-cli media` on a generated store's media folder: report, dry run, JSON, cross-check, and the permission
// failures that only an unprivileged user meets.
class TestMediaCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_work;
    QString m_media;
    ConnectionProfile m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QFile::setPermissions(m_work.path(), QFile::Permissions(0x7755));
        m_media = m_work.path() + QStringLiteral("/media");
        m_store = TestServer::instance().magento1(QStringLiteral("media_cli"));
        GeneratorOptions options;
        options.products = 20;
        options.customers = 0;
        options.orders = 0;
        options.mediaDir = m_media;
        QVERIFY(StoreGenerator::run(m_store, {}, options).mediaFiles > 20);
        QFile htaccess(m_media + QStringLiteral("/.htaccess"));
        QVERIFY(htaccess.open(QIODevice::WriteOnly));
        htaccess.write("Options -Indexes");
    }

    void copiesAndReports()
    {
        const QString to = m_work.path() + QStringLiteral("/pub/media");
        const QString manifest = m_work.path() + QStringLiteral("/copies.manifest");
        const Run dry = cli({ QStringLiteral("--from"), m_media, QStringLiteral("--to"), to,
            QStringLiteral("--manifest"), manifest, QStringLiteral("--dry-run") });
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.contains(QLatin1String("dry run")));
        QVERIFY(!QFile::exists(to));

        const Run first = cli({ QStringLiteral("--from"), m_media, QStringLiteral("--to"), to,
            QStringLiteral("--manifest"), manifest, QStringLiteral("--source"), m_store.toUrl() });
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(QLatin1String("Copied:")), qPrintable(first.out));
        QVERIFY(first.out.contains(QLatin1String(".htaccess: Magento 1 server rules")));
        QVERIFY2(first.out.contains(QLatin1String("wysiwyg/promo/summer-2015.jpg")), qPrintable(first.out));
        QVERIFY2(first.err.contains(QLatin1String("files")), qPrintable(first.err)); // the progress line
        QVERIFY(QFile::exists(to + QStringLiteral("/wysiwyg/banner-1.jpg")));
        QVERIFY(!QFile::exists(to + QStringLiteral("/.htaccess")));

        const Run again = cli({ QStringLiteral("--from"), m_media, QStringLiteral("--to"), to,
            QStringLiteral("--manifest"), manifest, QStringLiteral("--json") });
        QCOMPARE(again.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(report.value(QStringLiteral("copied")).toArray().size(), 0);
        QVERIFY(report.value(QStringLiteral("upToDate")).toInteger() > 20);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("no --to") << QStringList { "--from", "/x" } << 2 << "--to";
        QTest::addRow("bad --source") << QStringList { "--from", "/x", "--to", "/y", "--source", "ftp://h/db" } << 2
                                      << "--source";
        QTest::addRow("missing folder") << QStringList { "--from", "/nonexistent/media", "--to", "/tmp/x" } << 1
                                        << "/nonexistent/media does not exist";
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, fragment);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
    }

    void permissions_data()
    {
        QTest::addColumn<bool>("sourceUnreadable");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("unreadable source folder") << true << "Cannot read the Magento 1 media folder";
        QTest::addRow("destination without write permission") << false << "Cannot write to the Magento 2 media folder";
    }
    void permissions()
    {
        QFETCH(bool, sourceUnreadable);
        QFETCH(QString, fragment);
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("setpriv (util-linux) is missing: no way to run the copy as an unprivileged user");
        const QString from = m_work.path() + QStringLiteral("/private-media");
        const QString to = m_work.path() + QStringLiteral("/root-only");
        QDir().mkpath(from + QStringLiteral("/wysiwyg"));
        QDir().mkpath(to);
        QFile::setPermissions(from,
            sourceUnreadable ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner : QFile::Permissions(0x7755));
        QFile::setPermissions(to, QFile::Permissions(0x7755)); // others may enter, not write
        const Run run = cli({ QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--manifest"),
                                m_work.path() + QStringLiteral("/nobody.manifest") },
            true);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err + run.out));
        QVERIFY(run.err.contains(sourceUnreadable ? from : to));
    }
};

QTEST_GUILESS_MAIN(TestMediaCli)
#include "tst_media_cli.moc"
