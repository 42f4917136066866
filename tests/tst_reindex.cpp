#include "fakemagento.h"
#include "golive/reindexrunner.h"
#include "project/project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>

using namespace cutover;
using namespace cutover::test;

namespace {

// A Magento 2 root with the recording bin/magento of tests/support (fakemagento.h), steered by files in it.
struct Root
{
    QTemporaryDir dir;
    QString path() const { return dir.path(); }
    QString file(const QString& name) const { return dir.filePath(name); }
    QStringList calls() const { return fakeMagentoCalls(path()); }
    void write(const QString& name, const QByteArray& bytes) const
    {
        QFile out(file(name));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
    }
};

std::unique_ptr<Root> magentoRoot(bool executable = true)
{
    auto root = std::make_unique<Root>();
    installFakeMagento(root->path(), executable);
    return root;
}

ReindexOptions optionsFor(const Root& root, const QStringList& indexers = {})
{
    ReindexOptions options;
    options.magentoRoot = root.path();
    options.indexers = indexers;
    return options;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CUTOVER_CLI_PATH), QStringList { QStringLiteral("reindex") } + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QString describe(const Run& run)
{
    return QStringLiteral("exit %1\n--- out\n%2\n--- err\n%3").arg(run.exitCode).arg(run.out, run.err);
}

int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort(); // closed again when the server goes
}

} // namespace

class TestReindex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rebuildsEveryIndexer()
    {
        auto root = magentoRoot();
        ReindexRunner runner(optionsFor(*root));
        QCOMPARE(runner.host(), QStringLiteral("this computer"));
        QVERIFY2(runner.commandLine().endsWith(QLatin1String("&& bin/magento indexer:reindex")),
            qPrintable(runner.commandLine()));
        QSignalSpy started(&runner, &ReindexRunner::indexerStarted);
        QSignalSpy finished(&runner, &ReindexRunner::indexerFinished);
        QSignalSpy lines(&runner, &ReindexRunner::outputLine);
        const ReindexResult result = runner.run();
        QVERIFY2(result.status == ReindexResult::Succeeded, qPrintable(result.error));
        QCOMPARE(root->calls(), QStringList { QStringLiteral("indexer:reindex") });
        QCOMPARE(result.indexers.size(), 4);
        QCOMPARE(result.indexers[0].title, QStringLiteral("Catalog Product Rule"));
        QCOMPARE(result.indexers[3].title, QStringLiteral("Catalog Search"));
        for (const IndexerState& state : result.indexers) {
            QCOMPARE(state.status, IndexerState::Rebuilt);
            QCOMPARE(state.seconds, 1);
        }
        QCOMPARE(finished.size(), 4);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[1][0].toString(), QStringLiteral("Inventory index has been rebuilt successfully in 00:00:01"));
        // An indexer is announced when Magento's half line arrives on its own, so how many depends on timing; each
        // announced one is an indexer of the run, in the run's order, never twice.
        qsizetype next = 0;
        for (const QList<QVariant>& announced : started) {
            while (next < result.indexers.size() && result.indexers[next].title != announced[0].toString())
                ++next;
            QVERIFY2(next < result.indexers.size(), qPrintable(announced[0].toString()));
            ++next;
        }
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.toText().contains(QLatin1String("rebuilt  Product Price (00:00:01)")));
    }

    void passesTheNamedIndexers()
    {
        auto root = magentoRoot();
        const ReindexResult result
            = ReindexRunner(optionsFor(*root, { QStringLiteral("cataloginventory_stock") })).run();
        QVERIFY2(result.status == ReindexResult::Succeeded, qPrintable(result.error));
        QCOMPARE(root->calls(), QStringList { QStringLiteral("indexer:reindex cataloginventory_stock") });
        QCOMPARE(result.indexers.size(), 1);
        QCOMPARE(result.indexers[0].title, QStringLiteral("Inventory"));
        QVERIFY(result.commandLine.endsWith(QLatin1String("bin/magento indexer:reindex cataloginventory_stock")));
    }

    void failedIndexer_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("outputLines");
        QTest::addRow("exception") << QStringLiteral("exception")
                                   << QStringLiteral("Could not rebuild index for empty products array") << 1;
        QTest::addRow("unknown error") << QStringLiteral(
            "unknown") << QStringLiteral("SQLSTATE[HY000]: General error: 2006 MySQL server has gone away")
                                       << 2;
        QTest::addRow("locked") << QStringLiteral("locked")
                                << QStringLiteral("Product Price index is locked by another reindex process. Skipping.")
                                << 1;
        // Magento 2.4's forms: one catch of any Throwable, its message on the next line.
        QTest::addRow("2.4 error") << QStringLiteral("throwable")
                                   << QStringLiteral("Allowed memory size of 134217728 bytes exhausted") << 2;
        QTest::addRow("2.4 locked") << QStringLiteral(
            "locked24") << QStringLiteral("Product Price index is locked by another reindex process. Skipping.")
                                    << 1;
    }

    void failedIndexer()
    {
        QFETCH(QString, mode);
        QFETCH(QString, error);
        QFETCH(int, outputLines);
        auto root = magentoRoot();
        root->write(QStringLiteral("fail.txt"), "catalog_product_price " + mode.toUtf8());
        const ReindexResult result = ReindexRunner(optionsFor(*root)).run();
        QCOMPARE(result.status, ReindexResult::Failed);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.indexers.size(), 4);
        QCOMPARE(result.failedCount(), 1);
        const IndexerState& failed = result.indexers[2];
        QCOMPARE(failed.title, QStringLiteral("Product Price"));
        QCOMPARE(failed.status, IndexerState::Failed);
        QCOMPARE(failed.error, error);
        QCOMPARE(failed.output.size(), outputLines);
        QCOMPARE(result.indexers[3].status, IndexerState::Rebuilt); // Magento goes on with the next one
        QVERIFY2(result.error.contains(QLatin1String("Product Price")), qPrintable(result.error));
        QVERIFY(result.error.contains(QLatin1String("--indexer")));
        QVERIFY(result.toText().contains(QLatin1String("FAILED   Product Price")));
    }

    void unknownIndexer()
    {
        auto root = magentoRoot();
        const ReindexResult result = ReindexRunner(optionsFor(*root, { QStringLiteral("no_such_index") })).run();
        QCOMPARE(result.status, ReindexResult::Failed);
        QVERIFY2(result.error.contains(QLatin1String("'no_such_index'")), qPrintable(result.error));
        QVERIFY(result.error.contains(QLatin1String("Supported types: catalogrule_product")));
        QVERIFY(result.error.contains(QLatin1String("indexer:info")));
    }

    void refusesBadInstallations_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("no folder") << QStringLiteral("nofolder") << QStringLiteral("does not exist on this computer");
        QTest::addRow("no bin/magento") << QStringLiteral("noscript") << QStringLiteral("There is no bin/magento in");
        QTest::addRow("not executable, no php") << QStringLiteral("noexec") << QStringLiteral("chmod u+x");
    }

    void refusesBadInstallations()
    {
        QFETCH(QString, setup);
        QFETCH(QString, fragment);
        auto root = magentoRoot(setup != QLatin1String("noexec"));
        ReindexOptions options = optionsFor(*root);
        if (setup == QLatin1String("nofolder"))
            options.magentoRoot = root->file(QStringLiteral("missing"));
        if (setup == QLatin1String("noscript"))
            QVERIFY(QFile::remove(root->file(QStringLiteral("bin/magento"))));
        if (setup == QLatin1String("noexec"))
            options.php = QStringLiteral("cutover-no-such-php");
        ReindexRunner runner(options);
        QVERIFY2(runner.problem().contains(fragment), qPrintable(runner.problem()));
        QSignalSpy finished(&runner, &ReindexRunner::finished);
        const ReindexResult result = runner.run();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(result.status, ReindexResult::Failed);
        QVERIFY(result.error.contains(fragment));
        QVERIFY(result.error.contains(options.magentoRoot) || setup == QLatin1String("noexec"));
        QVERIFY(root->calls().isEmpty()); // nothing ran
    }

    void runsNonExecutableScriptThroughPhp()
    {
        // A PHP stand-in that runs the script with sh, as php would run bin/magento.
        auto root = magentoRoot(false);
        root->write(QStringLiteral("php"), "#!/bin/sh\nexec sh \"$@\"\n");
        QFile::setPermissions(root->file(QStringLiteral("php")), QFile::ReadOwner | QFile::ExeOwner);
        ReindexOptions options = optionsFor(*root, { QStringLiteral("catalogrule_product") });
        options.php = root->file(QStringLiteral("php"));
        ReindexRunner runner(options);
        QVERIFY(runner.problem().isEmpty());
        QVERIFY2(runner.commandLine().contains(options.php + QStringLiteral(" bin/magento indexer:reindex")),
            qPrintable(runner.commandLine()));
        const ReindexResult result = runner.run();
        QVERIFY2(result.status == ReindexResult::Succeeded, qPrintable(result.error));
        QCOMPARE(root->calls(), QStringList { QStringLiteral("indexer:reindex catalogrule_product") });
    }

    // Cancel ends the script and the child it is waiting on (the process group), and says Cancelled.
    void cancelKillsTheProcessTree()
    {
        auto root = magentoRoot();
        root->write(QStringLiteral("sleep.txt"), "60");
        ReindexRunner runner(optionsFor(*root));
        QSignalSpy started(&runner, &ReindexRunner::indexerStarted);
        QSignalSpy finished(&runner, &ReindexRunner::finished);
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        QCOMPARE(started[0][0].toString(), QStringLiteral("Catalog Product Rule"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(root->file(QStringLiteral("sleeper.pid"))), 10000);
        auto readPid = [&root] {
            QFile file(root->file(QStringLiteral("sleeper.pid")));
            return file.open(QIODevice::ReadOnly) ? pid_t(file.readAll().trimmed().toInt()) : pid_t(0);
        };
        QTRY_VERIFY(readPid() > 0); // the shell may not have written it yet
        const pid_t sleeper = readPid();
        QVERIFY(sleeper > 0);
        QCOMPARE(::kill(sleeper, 0), 0);
        QElapsedTimer clock;
        clock.start();
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(clock.elapsed() < 8000);
        QCOMPARE(runner.result().status, ReindexResult::Cancelled);
        QCOMPARE(runner.result().indexers.size(), 1);
        QCOMPARE(runner.result().indexers[0].status, IndexerState::Running);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(sleeper, 0) != 0 && errno == ESRCH, 5000);
        QVERIFY(runner.result().toText().contains(QLatin1String("stopped")));
    }

    void sshCommandAndUnreachableHost_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("refused") << QStringLiteral("deploy@127.0.0.1:%1").arg(closedPort())
                                 << QStringLiteral("Could not reach the SSH server on 127.0.0.1");
        QTest::addRow("unknown host") << QStringLiteral("deploy@cutover-no-such-host.invalid")
                                      << QStringLiteral("is unknown");
    }

    void sshCommandAndUnreachableHost()
    {
        QFETCH(QString, target);
        QFETCH(QString, fragment);
        ReindexOptions options;
        options.magentoRoot = QStringLiteral("/var/www/magento 2");
        options.sshTarget = target;
        options.indexers = { QStringLiteral("cataloginventory_stock") };
        options.sshConnectTimeoutSeconds = 5;
        ReindexRunner runner(options);
        QCOMPARE(runner.host(), target.section(QLatin1Char('@'), 1).section(QLatin1Char(':'), 0, 0));
        const QString command = runner.commandLine();
        QVERIFY2(command.startsWith(QLatin1String("ssh -o BatchMode=yes -o ConnectTimeout=5 ")), qPrintable(command));
        QVERIFY2(command.contains(QLatin1String(" -tt ")), qPrintable(command)); // remote PHP hung up with ssh
        QVERIFY2(command.contains(QLatin1String(" -- ")), qPrintable(command)); // the host is never an option
        QVERIFY2(command.endsWith(QLatin1String(" 'echo CUTOVER-CONNECTED; cd '\\''/var/www/magento 2'\\'' && php "
                                                "bin/magento indexer:reindex cataloginventory_stock'")),
            qPrintable(command));
        QVERIFY(runner.problem().isEmpty());
        const ReindexResult result = runner.run();
        QCOMPARE(result.status, ReindexResult::Failed);
        QCOMPARE(result.exitCode, 255);
        QVERIFY2(result.error.contains(fragment), qPrintable(result.error + result.output.join(QLatin1Char('\n'))));
    }

    // Over SSH, through an ssh stand-in that runs the remote command with sh in a fake home (no sshd on these
    // machines): "~/" reaches the remote shell unquoted, the marker line is not part of Magento's output, and PHP's
    // own exit code 255 after connecting is read as PHP's failure, not as ssh's.
    void sshRemoteShell()
    {
        auto root = magentoRoot();
        QTemporaryDir home;
        QVERIFY(QFile::link(root->path(), home.filePath(QStringLiteral("m2 shop"))));
        root->write(QStringLiteral("php"), "#!/bin/sh\nexec sh \"$@\"\n");
        QFile::setPermissions(root->file(QStringLiteral("php")), QFile::ReadOwner | QFile::ExeOwner);
        root->write(QStringLiteral("ssh"),
            QStringLiteral(
                "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '%1/ssh.log'\nwhile [ \"$1\" != \"--\" ]; do shift; done\n"
                "shift 2\ncd '%2' && HOME='%2' exec sh -c \"$1\"\n")
                .arg(root->path(), home.path())
                .toUtf8());
        QFile::setPermissions(root->file(QStringLiteral("ssh")), QFile::ReadOwner | QFile::ExeOwner);
        ReindexOptions options;
        options.magentoRoot = QStringLiteral("~/m2 shop");
        options.sshTarget = QStringLiteral("deploy@shop.example.com:2222");
        options.indexers = { QStringLiteral("cataloginventory_stock") };
        options.php = root->file(QStringLiteral("php"));
        options.ssh = root->file(QStringLiteral("ssh"));
        ReindexRunner runner(options);
        QVERIFY2(runner.commandLine().contains(QLatin1String("; cd ~/'\\''m2 shop'\\'' && ")),
            qPrintable(runner.commandLine()));
        QSignalSpy lines(&runner, &ReindexRunner::outputLine);
        ReindexResult result = runner.run();
        QVERIFY2(result.status == ReindexResult::Succeeded, qPrintable(result.error + result.output.join('\n')));
        QCOMPARE(root->calls(), QStringList { QStringLiteral("indexer:reindex cataloginventory_stock") });
        QCOMPARE(
            result.output, QStringList { QStringLiteral("Inventory index has been rebuilt successfully in 00:00:01") });
        QCOMPARE(lines.size(), 1);
        QFile sshLog(root->file(QStringLiteral("ssh.log")));
        QVERIFY(sshLog.open(QIODevice::ReadOnly));
        const QString sshArguments = QString::fromUtf8(sshLog.readAll());
        QVERIFY2(sshArguments.startsWith(QLatin1String("-o BatchMode=yes -o ConnectTimeout=15 -p 2222 -tt -- "
                                                       "deploy@shop.example.com echo CUTOVER-CONNECTED;")),
            qPrintable(sshArguments));

        // PHP stops on a fatal error: exit code 255, after the marker.
        root->write(QStringLiteral("fatal.txt"), "");
        result = ReindexRunner(options).run();
        QCOMPARE(result.status, ReindexResult::Failed);
        QCOMPARE(result.exitCode, 255);
        QVERIFY2(result.error.contains(QLatin1String("PHP fatal error (exit code 255)")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("Allowed memory size exhausted")), qPrintable(result.error));
        QVERIFY2(!result.error.contains(QLatin1String("ssh")), qPrintable(result.error));

        // The same exit code from ssh itself, before the marker: a connection failure.
        root->write(QStringLiteral("ssh"),
            "#!/bin/sh\necho 'ssh: connect to host shop.example.com port 2222: Connection refused' >&2\nexit 255\n");
        result = ReindexRunner(options).run();
        QCOMPARE(result.status, ReindexResult::Failed);
        QVERIFY2(result.error.contains(QLatin1String("Could not reach the SSH server on shop.example.com")),
            qPrintable(result.error));
    }

    // Another bin/magento command through the same runner: cron:install, recorded, succeeded, no indexers.
    void runsAnotherCommand()
    {
        auto root = magentoRoot();
        ReindexOptions options = optionsFor(*root);
        options.command = { QStringLiteral("cron:install") };
        ReindexRunner runner(options);
        QVERIFY2(runner.commandLine().endsWith(QLatin1String("&& bin/magento cron:install")),
            qPrintable(runner.commandLine()));
        ReindexResult result = runner.run();
        QVERIFY2(result.status == ReindexResult::Succeeded, qPrintable(result.error));
        QCOMPARE(root->calls(), QStringList { QStringLiteral("cron:install") });
        QVERIFY(result.indexers.isEmpty());
        QCOMPARE(result.output, QStringList { QStringLiteral("Crontab has been generated and saved") });

        options.command = { QStringLiteral("cron:remove-everything") };
        result = ReindexRunner(options).run();
        QCOMPARE(result.status, ReindexResult::Failed);
        QVERIFY2(result.error.contains(QLatin1String("bin/magento cron:remove-everything ended with exit code 1")),
            qPrintable(result.error));
    }

    // Cutover killed mid-run (no destructor, no cancel): bin/magento gets SIGTERM instead of running on.
    void killedParentEndsTheChild()
    {
        auto root = magentoRoot();
        root->write(QStringLiteral("sleep.txt"), "60");
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(
            QStringLiteral(CUTOVER_CLI_PATH), { QStringLiteral("reindex"), QStringLiteral("--m2-root"), root->path() });
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(root->file(QStringLiteral("sleeper.pid"))), 10000);
        auto readPid = [&root](const char* name) {
            QFile file(root->file(QLatin1String(name)));
            return file.open(QIODevice::ReadOnly) ? pid_t(file.readAll().trimmed().toInt()) : pid_t(0);
        };
        QTRY_VERIFY(readPid("magento.pid") > 0 && readPid("sleeper.pid") > 0);
        const pid_t magento = readPid("magento.pid");
        const pid_t sleeper = readPid("sleeper.pid");
        // Gone, or a zombie waiting for whoever adopted it to reap it.
        auto alive = [](pid_t pid) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                return false;
            const QByteArray line = stat.readAll();
            return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
        };
        QCOMPARE(::kill(magento, 0), 0);
        QVERIFY(alive(magento));
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!alive(magento), 5000);
        ::kill(sleeper, SIGKILL); // the grandchild is not ours to follow: clean up after the test
    }

    void commandLine()
    {
        auto root = magentoRoot();
        const Run ok = cli({ QStringLiteral("--m2-root"), root->path(), QStringLiteral("--indexer"),
            QStringLiteral("cataloginventory_stock"), QStringLiteral("--indexer"),
            QStringLiteral("catalog_product_price") });
        QVERIFY2(ok.exitCode == 0, qPrintable(describe(ok)));
        QVERIFY2(ok.err.contains(QStringLiteral("Running on this computer: cd %1 && bin/magento indexer:reindex "
                                                "cataloginventory_stock catalog_product_price")
                                     .arg(root->path())),
            qPrintable(describe(ok)));
        QVERIFY(ok.out.contains(QLatin1String("Inventory index has been rebuilt successfully in 00:00:01")));
        QVERIFY(ok.out.contains(QLatin1String("2 indexers rebuilt")));

        root->write(QStringLiteral("fail.txt"), "cataloginventory_stock exception");
        const Run failed = cli({ QStringLiteral("--m2-root"), root->path(), QStringLiteral("--json") });
        QVERIFY2(failed.exitCode == 1, qPrintable(describe(failed)));
        const QJsonObject json = QJsonDocument::fromJson(failed.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QJsonArray indexers = json.value(QStringLiteral("indexers")).toArray();
        QCOMPARE(indexers.size(), 4);
        QCOMPARE(indexers[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(indexers[1].toObject().value(QStringLiteral("error")).toString(),
            QStringLiteral("Could not rebuild index for empty products array"));
        QCOMPARE(root->calls().size(), 2);

        const Run missing = cli({ QStringLiteral("--m2-root"), root->file(QStringLiteral("nowhere")) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("does not exist on this computer")), qPrintable(describe(missing)));

        const Run usage = cli({});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains(QLatin1String("--m2-root DIR")));
        const Run badSsh
            = cli({ QStringLiteral("--m2-root"), root->path(), QStringLiteral("--ssh"), QStringLiteral("justahost") });
        QCOMPARE(badSsh.exitCode, 2);
        QVERIFY(badSsh.err.contains(QLatin1String("USER@HOST")));
        const Run help = cli({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("--indexer")));
    }

    // With --project the Magento 2 folder comes from the project and the run is recorded in it.
    void commandLineWithProject()
    {
        auto root = magentoRoot();
        Project project;
        project.name = QStringLiteral("reindex test");
        project.m2Root = root->path();
        const QString path = root->file(QStringLiteral("shop.cutover"));
        project.save(path);
        const Run ok = cli({ QStringLiteral("--project"), path, QStringLiteral("--indexer"),
            QStringLiteral("cataloginventory_stock") });
        QVERIFY2(ok.exitCode == 0, qPrintable(describe(ok)));
        QCOMPARE(root->calls(), QStringList { QStringLiteral("indexer:reindex cataloginventory_stock") });
        const Project saved = Project::load(path);
        QCOMPARE(saved.progress.runs.size(), 1);
        QCOMPARE(saved.progress.runs[0].command, QStringLiteral("reindex cataloginventory_stock"));
        QCOMPARE(saved.progress.runs[0].outcome, RunOutcome::Succeeded);

        Project empty;
        empty.name = QStringLiteral("no folders");
        const QString emptyPath = root->file(QStringLiteral("empty.cutover"));
        empty.save(emptyPath);
        const Run noRoot = cli({ QStringLiteral("--project"), emptyPath });
        QCOMPARE(noRoot.exitCode, 2);
        QVERIFY2(
            noRoot.err.contains(QLatin1String("has no Magento 2 installation folder")), qPrintable(describe(noRoot)));
    }

    void commandLineStopsOnSigint()
    {
        auto root = magentoRoot();
        root->write(QStringLiteral("sleep.txt"), "60");
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(
            QStringLiteral(CUTOVER_CLI_PATH), { QStringLiteral("reindex"), QStringLiteral("--m2-root"), root->path() });
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(root->file(QStringLiteral("sleeper.pid"))), 10000);
        QTest::qWait(200);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QLatin1String("Reindex stopped")));
    }
};

QTEST_GUILESS_MAIN(TestReindex)
#include "tst_reindex.moc"
