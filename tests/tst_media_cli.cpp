#include "generate/storegenerator.h"
#include "media/mediarules.h"
#include "project/project.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
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

// The environment of a script: no terminal, the source password (the test server's root has none) only in the
// environment unless `withPassword` is false, and no keychain to fall back on.
QProcessEnvironment scriptEnvironment(bool withPassword = true)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CUTOVER_SOURCE_PASSWORD"));
    if (withPassword)
        env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), QString());
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/cutover-test-bus"));
    return env;
}

// Runs cutover-cli, optionally as the unprivileged user nobody (setpriv), since root ignores permission bits.
Run cli(const QStringList& arguments, bool asNobody = false, bool withPassword = true)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setProcessEnvironment(scriptEnvironment(withPassword));
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

QString describe(const Run& run)
{
    return QStringLiteral("exit %1\n--- out\n%2\n--- err\n%3").arg(run.exitCode).arg(run.out, run.err);
}

// Relative path -> hash of every regular file under `root` (hidden ones included, so partial files show).
QMap<QString, QByteArray> hashTree(const QString& root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha1);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
        files.insert(QDir(root).relativeFilePath(path), hash.result());
    }
    return files;
}

// What a copy must bring over: the tree minus what the rules leave behind.
QMap<QString, QByteArray> expectedTree(const QString& root)
{
    QMap<QString, QByteArray> files = hashTree(root);
    files.removeIf([](const QMap<QString, QByteArray>::iterator& it) {
        const QByteArray rel = QFile::encodeName(it.key());
        // Test each folder of the path as the copier does on its walk.
        for (qsizetype slash = rel.indexOf('/'); slash > 0; slash = rel.indexOf('/', slash + 1)) {
            if (!MediaRules::excludedReason(rel.left(slash), true).isEmpty())
                return true;
        }
        return !MediaRules::excludedReason(rel, false).isEmpty();
    });
    return files;
}

QStringList partialFiles(const QString& root)
{
    QStringList found;
    QDirIterator it(root, { QStringLiteral("%1*").arg(QLatin1String(MediaRules::partialPrefix)) },
        QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
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

    // SIGKILL in the middle of a copy (no handler runs), then a plain rerun: the destination ends equal to the
    // source, the temporary files of the killed run are gone, and the rerun's counts add up.
    void killedMidCopyResumesCleanly()
    {
        const QString from = m_work.path() + QStringLiteral("/kill-media");
        QCOMPARE(QProcess::execute(QStringLiteral("cp"), { QStringLiteral("-a"), m_media, from }), 0);
        // Large files keep the copy busy long enough to be caught with a file half written.
        for (int i = 0; i < 6; ++i) {
            QByteArray big(16 * 1024 * 1024, char('a' + i));
            big[i] = 'x';
            writeBytes(from + QStringLiteral("/catalog/product/k/i/kill-%1.jpg").arg(i), big);
        }
        const QString to = m_work.path() + QStringLiteral("/kill-pub/media");
        const QStringList arguments = { QStringLiteral("media"), QStringLiteral("--from"), from, QStringLiteral("--to"),
            to, QStringLiteral("--manifest"), m_work.path() + QStringLiteral("/kill.manifest") };
        QStringList partials;
        // The kill can land between two files; try again (each start goes on where the last one stopped).
        for (int attempt = 0; attempt < 5 && partials.isEmpty(); ++attempt) {
            QProcess process;
            process.setProcessEnvironment(scriptEnvironment());
            process.setStandardInputFile(QProcess::nullDevice());
            process.start(QStringLiteral(CUTOVER_CLI_PATH), arguments);
            QVERIFY(process.waitForStarted());
            QElapsedTimer clock;
            clock.start();
            bool finished = false;
            while (partialFiles(to).isEmpty() && clock.elapsed() < 120'000) {
                if (process.waitForFinished(2)) {
                    finished = true;
                    break;
                }
            }
            QVERIFY2(!finished, "the copy ended before a file was caught half written: make the large files larger");
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(10'000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            partials = partialFiles(to);
        }
        QVERIFY2(!partials.isEmpty(), "five kills all landed between two files");

        const QMap<QString, QByteArray> want = expectedTree(from);
        QMap<QString, QByteArray> have = hashTree(to);
        for (const QString& partial : std::as_const(partials))
            have.remove(QDir(to).relativeFilePath(partial));
        QVERIFY(have.size() < want.size());
        for (auto it = have.cbegin(); it != have.cend(); ++it)
            QVERIFY2(it.value() == want.value(it.key()), qPrintable(it.key())); // what is in place is whole

        const Run rerun = cli({ QStringLiteral("--from"), from, QStringLiteral("--to"), to,
            QStringLiteral("--manifest"), m_work.path() + QStringLiteral("/kill.manifest"), QStringLiteral("--json") });
        QVERIFY2(rerun.exitCode == 0, qPrintable(describe(rerun)));
        const QJsonObject report = QJsonDocument::fromJson(rerun.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("partialsRemoved")).toInteger(), partials.size());
        QCOMPARE(report.value(QStringLiteral("copied")).toArray().size(), want.size() - have.size());
        QCOMPARE(report.value(QStringLiteral("upToDate")).toInteger(), have.size());
        QCOMPARE(report.value(QStringLiteral("updated")).toArray().size(), 0);
        QCOMPARE(report.value(QStringLiteral("failed")).toArray().size(), 0);
        QCOMPARE(report.value(QStringLiteral("conflicts")).toArray().size(), 0);
        QVERIFY(partialFiles(to).isEmpty());
        QCOMPARE(hashTree(to), want);

        // The text report says what was cleaned up.
        QCOMPARE(
            QProcess::execute(QStringLiteral("cp"),
                { QStringLiteral("--preserve=timestamps"), from + QStringLiteral("/catalog/product/k/i/kill-0.jpg"),
                    to + QStringLiteral("/catalog/product/k/i/.cutover-partial-999999999-1") }),
            0);
        const Run text = cli({ QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--manifest"),
            m_work.path() + QStringLiteral("/kill.manifest") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QLatin1String("Removed 1 partial file(s) left by an interrupted copy")),
            qPrintable(text.out));
        QVERIFY(partialFiles(to).isEmpty());
    }

    // Ctrl+C or SIGTERM mid-copy: the command stops after the current buffer, deletes the half-written files,
    // says that what is copied is kept, and exits with 130.
    void interruptStopsCleanly()
    {
        const QString from = m_work.path() + QStringLiteral("/term-media");
        QCOMPARE(QProcess::execute(QStringLiteral("cp"), { QStringLiteral("-a"), m_media, from }), 0);
        for (int i = 0; i < 6; ++i)
            writeBytes(from + QStringLiteral("/catalog/product/t/e/term-%1.jpg").arg(i),
                QByteArray(16 * 1024 * 1024, char('A' + i)));
        const QString to = m_work.path() + QStringLiteral("/term-pub/media");
        QProcess process;
        process.setProcessEnvironment(scriptEnvironment());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(CUTOVER_CLI_PATH),
            { QStringLiteral("media"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                QStringLiteral("--manifest"), m_work.path() + QStringLiteral("/term.manifest") });
        QVERIFY(process.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (partialFiles(to).isEmpty() && clock.elapsed() < 120'000)
            QVERIFY2(!process.waitForFinished(2), "the copy ended before it could be interrupted");
        process.terminate(); // SIGTERM, handled as Ctrl+C
        QVERIFY(process.waitForFinished(30'000));
        const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY2(out.contains(QLatin1String("cancelled")) && out.contains(QLatin1String("kept")), qPrintable(out));
        QVERIFY(partialFiles(to).isEmpty());
        const QMap<QString, QByteArray> want = expectedTree(from);
        const QMap<QString, QByteArray> have = hashTree(to);
        QVERIFY(have.size() < want.size());
        for (auto it = have.cbegin(); it != have.cend(); ++it)
            QVERIFY2(it.value() == want.value(it.key()), qPrintable(it.key()));
    }

    // A disk that fills in the middle (a 1 MB tmpfs in a private mount namespace, which needs no root where user
    // namespaces are allowed): the command stops with a message that says what to do, and a rerun with room
    // copies the rest.
    void fullDiskStopsWithAClearMessage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
            QSKIP("unshare (util-linux) is missing: no way to mount a small disk for this test");
        const QString from = m_work.path() + QStringLiteral("/full-media");
        QCOMPARE(QProcess::execute(QStringLiteral("cp"), { QStringLiteral("-a"), m_media, from }), 0);
        for (int i = 0; i < 4; ++i)
            writeBytes(from + QStringLiteral("/catalog/product/f/u/full-%1.jpg").arg(i), QByteArray(400 * 1024, 'f'));
        const QString disk = m_work.path() + QStringLiteral("/small-disk");
        QDir().mkpath(disk);
        const QString first = m_work.path() + QStringLiteral("/full-first.json");
        const QString second = m_work.path() + QStringLiteral("/full-second.json");
        const QString script = QStringLiteral(R"(mount -t tmpfs -o size=1m tmpfs "$1" || exit 90
"$2" media --from "$3" --to "$1/media" --manifest "$4" --no-space-check --json >"$5"; echo $? >"$5.code"
mount -o remount,size=64m "$1" || exit 91
"$2" media --from "$3" --to "$1/media" --manifest "$4" --json >"$6"; echo $? >"$6.code"
find "$1" -name '.cutover-partial-*' | wc -l >"$6.partials")");
        QProcess process;
        process.setProcessEnvironment(scriptEnvironment());
        process.start(QStringLiteral("unshare"),
            { QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
                QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), disk,
                QStringLiteral(CUTOVER_CLI_PATH), from, m_work.path() + QStringLiteral("/full.manifest"), first,
                second });
        QVERIFY(process.waitForFinished(120'000));
        const QString stderrText = QString::fromLocal8Bit(process.readAllStandardError());
        if (process.exitCode() != 0 && !QFile::exists(first + QStringLiteral(".code")))
            QSKIP(qPrintable(
                QStringLiteral("no private mount namespace with a tmpfs here (user namespaces off?): ") + stderrText));
        QCOMPARE(process.exitCode(), 0);
        const auto read = [](const QString& path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
        };
        QCOMPARE(read(first + QStringLiteral(".code")), QByteArray("1"));
        const QJsonObject full = QJsonDocument::fromJson(read(first)).object();
        const QString error = full.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QLatin1String("is full")), qPrintable(error));
        QVERIFY2(error.contains(disk + QStringLiteral("/media")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("free some space and run the copy again")), qPrintable(error));
        const qsizetype copiedBefore = full.value(QStringLiteral("copied")).toArray().size();
        QVERIFY(copiedBefore > 0);

        QCOMPARE(read(second + QStringLiteral(".code")), QByteArray("0"));
        const QJsonObject rest = QJsonDocument::fromJson(read(second)).object();
        QCOMPARE(rest.value(QStringLiteral("copied")).toArray().size() + copiedBefore, expectedTree(from).size());
        QCOMPARE(rest.value(QStringLiteral("upToDate")).toInteger(), copiedBefore);
        QCOMPARE(read(second + QStringLiteral(".partials")), QByteArray("0"));
    }

    // --project FILE: the folders come from the project's installation folders, the cross-check from its
    // Magento 1 database, and the run is recorded in the project.
    void projectGivesTheFoldersAndTheDatabase()
    {
        QTemporaryDir folder;
        const QString m1Root = folder.filePath(QStringLiteral("magento1"));
        const QString m2Root = folder.filePath(QStringLiteral("magento2"));
        QDir().mkpath(m1Root);
        QCOMPARE(QProcess::execute(
                     QStringLiteral("cp"), { QStringLiteral("-a"), m_media, m1Root + QStringLiteral("/media") }),
            0);
        Project project;
        project.ensureId();
        project.name = QStringLiteral("shop");
        project.source = m_store;
        project.m1Root = m1Root;
        project.m2Root = m2Root;
        const QString path = folder.filePath(QStringLiteral("shop.cutover"));
        project.save(path);
        const QString manifest = folder.filePath(QStringLiteral("copies.manifest"));

        const Run run = cli(
            { QStringLiteral("--project"), path, QStringLiteral("--manifest"), manifest, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QMap<QString, QByteArray> want = expectedTree(m1Root + QStringLiteral("/media"));
        QCOMPARE(report.value(QStringLiteral("copied")).toArray().size(), want.size());
        QCOMPARE(hashTree(m2Root + QStringLiteral("/pub/media")), want);
        QVERIFY2(report.value(QStringLiteral("crossChecked")).toBool(),
            qPrintable(report.value(QStringLiteral("crossCheckError")).toString()));
        QStringList missing;
        for (const QJsonValue& note : report.value(QStringLiteral("missingOnDisk")).toArray())
            missing << note.toObject().value(QStringLiteral("path")).toString();
        QVERIFY2(missing.contains(QStringLiteral("wysiwyg/promo/summer-2015.jpg")),
            qPrintable(missing.join(QLatin1Char(','))));

        Project saved = Project::load(path);
        QCOMPARE(saved.progress.runs.size(), 1);
        const RunRecord record = saved.progress.runs.first();
        QCOMPARE(record.command, QStringLiteral("media"));
        QCOMPARE(record.outcome, RunOutcome::Succeeded);
        QVERIFY2(record.summary.startsWith(QStringLiteral("%1 copied").arg(QLocale().toString(want.size()))),
            qPrintable(record.summary));
        QVERIFY(record.summary.contains(QLatin1String("referenced but missing")));

        // --to wins over the project's folder; without a password and a terminal the cross-check cannot run, and
        // --no-cross-check is the way round that the message does not need.
        const QString elsewhere = folder.filePath(QStringLiteral("elsewhere"));
        const Run noPassword = cli({ QStringLiteral("--project"), path, QStringLiteral("--to"), elsewhere,
                                       QStringLiteral("--manifest"), manifest },
            false, false);
        QCOMPARE(noPassword.exitCode, 2);
        QVERIFY2(noPassword.err.contains(QLatin1String("CUTOVER_SOURCE_PASSWORD")), qPrintable(noPassword.err));
        QVERIFY(!QFile::exists(elsewhere));
        const Run dry
            = cli({ QStringLiteral("--project"), path, QStringLiteral("--to"), elsewhere, QStringLiteral("--manifest"),
                      manifest, QStringLiteral("--no-cross-check"), QStringLiteral("--dry-run") },
                false, false);
        QVERIFY2(dry.exitCode == 0, qPrintable(describe(dry)));
        QVERIFY(!dry.out.contains(QLatin1String("Cross-check")));
        QVERIFY(!QFile::exists(elsewhere));
        saved = Project::load(path);
        QCOMPARE(saved.progress.runs.size(), 2);
        QCOMPARE(saved.progress.runs.last().command, QStringLiteral("media --dry-run"));

        // A project whose databases are not set yet still gives the folders.
        Project bare;
        bare.m1Root = m1Root;
        bare.m2Root = folder.filePath(QStringLiteral("bare-m2"));
        const QString barePath = folder.filePath(QStringLiteral("bare.cutover"));
        bare.save(barePath);
        const Run plain = cli({ QStringLiteral("--project"), barePath, QStringLiteral("--manifest"),
            folder.filePath(QStringLiteral("bare.manifest")) });
        QVERIFY2(plain.exitCode == 0, qPrintable(describe(plain)));
        QCOMPARE(hashTree(bare.m2Root + QStringLiteral("/pub/media")), want);
        QCOMPARE(Project::load(barePath).progress.runs.size(), 1);
    }

    void projectBadInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("project and --source") << "both"
                                              << "not both";
        QTest::addRow("project file missing") << "missing"
                                              << "--project";
        QTest::addRow("project without a Magento 1 folder") << "no-m1"
                                                            << "--from DIR";
        QTest::addRow("project without a Magento 2 folder") << "no-m2"
                                                            << "--to DIR";
    }
    void projectBadInput()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        QTemporaryDir folder;
        Project project;
        project.m1Root = kind == QLatin1String("no-m1") ? QString() : m_work.path();
        project.m2Root = kind == QLatin1String("no-m2") ? QString() : folder.filePath(QStringLiteral("m2"));
        if (kind == QLatin1String("both"))
            project.source = m_store;
        const QString path = folder.filePath(QStringLiteral("shop.cutover"));
        if (kind != QLatin1String("missing"))
            project.save(path);
        QStringList arguments { QStringLiteral("--project"), path };
        if (kind == QLatin1String("both"))
            arguments << QStringLiteral("--source") << m_store.toUrl();
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
        if (kind.startsWith(QLatin1String("no-")))
            QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("m2"))));
        if (kind != QLatin1String("missing"))
            QVERIFY(Project::load(path).progress.runs.isEmpty());
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
