#include "error.h"
#include "project/project.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs cutover-cli as a script would: no terminal, no keychain (the session bus points nowhere), and every
// folder the program may write to (data, logs, settings) inside `home`.
Run runCli(const QStringList& arguments, const QString& home, const QMap<QString, QString>& extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/cutover-test-bus"));
    env.remove(QStringLiteral("CUTOVER_SOURCE_PASSWORD"));
    env.remove(QStringLiteral("CUTOVER_DEST_PASSWORD"));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CUTOVER_CLI_PATH), arguments);
    if (!process.waitForFinished(30'000))
        process.kill();
    return { process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
        QString::fromLocal8Bit(process.readAllStandardError()) };
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList filesContaining(const QString& folder, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(needle))
            found.append(path);
    }
    return found;
}

Project fullProject()
{
    Project project;
    project.ensureId();
    project.name = QStringLiteral("Shop «Müller»");
    project.source = ConnectionProfile::fromUrl(
        QStringLiteral("mysql://shop@db.example.com:3307/m1?prefix=mg_&ssl=verify-ca&ssl-ca=/etc/ca.pem"));
    project.destination = ConnectionProfile::fromUrl(QStringLiteral("mysql://root@localhost/m2?socket=/run/m.sock"));
    project.m1Root = QStringLiteral("/var/www/m1");
    project.deltaBusyThreshold = 17;
    project.m2Root = QStringLiteral("/var/www/m2");
    project.storeUrl = QStringLiteral("https://shop.example.com/");
    project.newServerAddress = QStringLiteral("203.0.113.9");
    project.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    project.progress.currentPage = QStringLiteral("preflight");
    project.progress.setTicked(QStringLiteral("firewall-opened"), true, QStringLiteral("anna"),
        QDateTime(QDate(2026, 1, 3), QTime(10, 0), Qt::UTC));
    project.progress.setTicked(QStringLiteral("cron-stopped"), false, QStringLiteral("bob"),
        QDateTime(QDate(2026, 1, 3), QTime(11, 30, 0, 250), Qt::UTC));
    project.progress.runs = {
        { QStringLiteral("check"), QDateTime(QDate(2026, 1, 4), QTime(8, 0), Qt::UTC),
            QDateTime(QDate(2026, 1, 4), QTime(8, 1), Qt::UTC), RunOutcome::Succeeded, QStringLiteral("2 warnings"),
            QJsonObject { { QStringLiteral("passed"), true },
                { QStringLiteral("source"), QJsonObject { { QStringLiteral("findings"), QJsonArray { 1, 2 } } } } } },
        { QStringLiteral("migrate customers"), QDateTime(QDate(2026, 1, 4), QTime(9, 0), Qt::UTC),
            QDateTime(QDate(2026, 1, 4), QTime(9, 5), Qt::UTC), RunOutcome::Cancelled, {}, {} },
        { QStringLiteral("migrate sales"), QDateTime(QDate(2026, 1, 4), QTime(10, 0), Qt::UTC), {}, RunOutcome::Failed,
            QStringLiteral("Lost connection"), {} },
    };
    return project;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The report and the overview read a run's kind from its command the same way; a media dry run copied nothing.
    void runKindsFromCommands()
    {
        QCOMPARE(runKindOf(QStringLiteral("migrate data")), RunKind::Migrate);
        QCOMPARE(runKindOf(QStringLiteral("wizard migrate settings")), RunKind::Migrate);
        QCOMPARE(runKindOf(QStringLiteral("verify data")), RunKind::Verify);
        QCOMPARE(runKindOf(QStringLiteral("media")), RunKind::Media);
        QCOMPARE(runKindOf(QStringLiteral("media --dry-run")), RunKind::Other);
        QCOMPARE(runKindOf(QStringLiteral("delta run")), RunKind::Delta);
        QCOMPARE(runKindOf(QStringLiteral("delta install")), RunKind::Other);
        QCOMPARE(runKindOf(QStringLiteral("reindex")), RunKind::Reindex);
        QCOMPARE(runKindOf(QStringLiteral("warm")), RunKind::Warm);
        QCOMPARE(runKindOf(QStringLiteral("check")), RunKind::Check);
        // The wizard's runs, as its pages record them.
        QCOMPARE(runKindOf(QStringLiteral("wizard media")), RunKind::Media);
        QCOMPARE(runKindOf(QStringLiteral("wizard delta run")), RunKind::Delta);
        QCOMPARE(runKindOf(QStringLiteral("wizard verify")), RunKind::Verify);
        QCOMPARE(runKindOf(QStringLiteral("wizard check")), RunKind::Check);
        QCOMPARE(runKindOf(QStringLiteral("checklist")), RunKind::Other);
    }

    void roundTripOfEveryField()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("shop.cutover"));
        const Project project = fullProject();
        project.save(path);
        const Project loaded = Project::load(path);
        QCOMPARE(loaded.id, project.id);
        QCOMPARE(loaded.source, project.source);
        QCOMPARE(loaded.destination, project.destination);
        QCOMPARE(loaded.progress.checklist, project.progress.checklist);
        QCOMPARE(loaded.progress.runs, project.progress.runs);
        QCOMPARE(loaded.storeUrl, project.storeUrl);
        QCOMPARE(loaded.newServerAddress, project.newServerAddress);
        QCOMPARE(loaded.deltaBusyThreshold, 17);
        QCOMPARE(loaded, project);
        QVERIFY(loaded.progress.tick(QStringLiteral("firewall-opened"))->ticked);
        QCOMPARE(loaded.progress.tick(QStringLiteral("cron-stopped"))->by, QStringLiteral("bob"));
        QVERIFY(!loaded.progress.tick(QStringLiteral("replica-made")));
        QVERIFY(!readFile(path).contains("assword"));
    }

    void tickingAgainReplacesTheTick()
    {
        ProjectProgress progress;
        const QDateTime first(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
        progress.setTicked(QStringLiteral("cron-stopped"), true, QStringLiteral("anna"), first);
        progress.setTicked(QStringLiteral("cron-stopped"), false, QStringLiteral("bob"), first.addSecs(60));
        QCOMPARE(progress.checklist.size(), 1);
        QCOMPARE(progress.tick(QStringLiteral("cron-stopped"))->ticked, false);
        QCOMPARE(progress.tick(QStringLiteral("cron-stopped"))->at, first.addSecs(60));
    }

    // A newer Cutover's keys survive a load and save by this one (recordRun() saves after every command).
    void unknownKeysArePreserved()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("newer.cutover"));
        writeFile(path, R"({"format": "cutover-project", "version": 1, "mapping": {"rules": [1, 2]},
            "progress": {"currentPage": "map", "deltaCursor": 1234, "runs": []}})");
        Project project = Project::load(path);
        QCOMPARE(project.progress.currentPage, QStringLiteral("map"));
        project.name = QStringLiteral("renamed");
        project.save(path);
        const QJsonObject saved = QJsonDocument::fromJson(readFile(path)).object();
        QCOMPARE(saved.value(QStringLiteral("mapping")).toObject().value(QStringLiteral("rules")).toArray().size(), 2);
        QCOMPARE(saved.value(QStringLiteral("progress")).toObject().value(QStringLiteral("deltaCursor")).toInt(), 1234);
        QCOMPARE(saved.value(QStringLiteral("name")).toString(), QStringLiteral("renamed"));
        QCOMPARE(Project::load(path), project);
    }

    void loadRefusesBadState_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fragment");
        const QByteArray head = R"({"format": "cutover-project", "version": 1, )";
        QTest::addRow("id not a uuid") << head + R"("id": "abc"})"
                                       << "\"abc\"";
        QTest::addRow("progress not an object") << head + R"("progress": []})"
                                                << "\"progress\"";
        QTest::addRow("runs not a list") << head + R"("progress": {"runs": {}}})"
                                         << "\"runs\"";
        QTest::addRow("run not an object") << head + R"("progress": {"runs": [{}, 3]}})"
                                           << "runs[1]";
        QTest::addRow("unknown outcome") << head + R"("progress": {"runs": [{"outcome": "exploded"}]}})"
                                         << "exploded";
        QTest::addRow("bad run date") << head + R"("progress": {"runs": [{"outcome": "failed", "started": "x"}]}})"
                                      << "\"started\"";
        QTest::addRow("details not an object")
            << head + R"("progress": {"runs": [{"outcome": "failed", "details": [1]}]}})"
            << "\"details\"";
        QTest::addRow("tick without id") << head + R"("progress": {"checklist": [{"ticked": true}]}})"
                                         << "\"id\"";
        QTest::addRow("ticked not a boolean")
            << head + R"("progress": {"checklist": [{"id": "cron", "ticked": "yes"}]}})"
            << "\"ticked\"";
        QTest::addRow("bad tick date") << head + R"("progress": {"checklist": [{"id": "cron", "at": "noon"}]}})"
                                       << "noon";
        QTest::addRow("password in source") << head + R"("source": {"user": "shop", "password": "x"}})"
                                            << "CUTOVER_SOURCE_PASSWORD";
        QTest::addRow("passwd in destination") << head + R"("destination": {"passwd": "x"}})"
                                               << "CUTOVER_DEST_PASSWORD";
    }
    void loadRefusesBadState()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fragment);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("bad.cutover"));
        writeFile(path, content);
        try {
            Project::load(path);
            QFAIL("a bad project file was loaded");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
            QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
        }
    }

    void recordRunAppendsAndKeepsTheNewest()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("shop.cutover"));
        Project project = fullProject();
        project.save(path);
        const RunRecord run { QStringLiteral("delta"), QDateTime::currentDateTimeUtc().addSecs(-5),
            QDateTime::currentDateTimeUtc(), RunOutcome::Succeeded, QStringLiteral("12 rows"), {} };
        Project::recordRun(path, run);
        QCOMPARE(Project::load(path).progress.runs.size(), 4);
        QCOMPARE(Project::load(path).progress.runs.last().summary, QStringLiteral("12 rows"));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));

        project.progress.runs.clear();
        for (int i = 0; i < Project::maxRuns; ++i)
            project.progress.runs.append({ QStringLiteral("run %1").arg(i), {}, {}, RunOutcome::Succeeded, {}, {} });
        project.save(path);
        Project::recordRun(path, run);
        const Project trimmed = Project::load(path);
        QCOMPARE(trimmed.progress.runs.size(), Project::maxRuns);
        QCOMPARE(trimmed.progress.runs.first().command, QStringLiteral("run 1"));
        QCOMPARE(trimmed.progress.runs.last().command, QStringLiteral("delta"));
        QCOMPARE(trimmed.id, project.id);
    }

    // The details each command records (its --json document) feed the migration report; a file without them (an
    // older Cutover's) loads, and only the newest record with details of each command keeps them, so that hundreds
    // of runs do not grow the file without bound.
    void detailsRoundTripAndAreBounded()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("old.cutover"));
        writeFile(path, R"({"format": "cutover-project", "version": 1, "name": "Old",
            "progress": {"runs": [{"command": "verify data", "outcome": "succeeded", "summary": "ok"}]}})");
        Project project = Project::load(path);
        QCOMPARE(project.progress.runs.size(), 1);
        QVERIFY(project.progress.runs.first().details.isEmpty());
        project.save(path);
        QVERIFY2(!readFile(path).contains("details"), readFile(path).constData());

        const auto details = [](int n) {
            return QJsonObject { { QStringLiteral("n"), n },
                { QStringLiteral("padding"), QString(2000, QLatin1Char('x')) } };
        };
        const auto record = [&](const QString& command, int n) {
            Project::recordRun(
                path, { command, {}, {}, RunOutcome::Succeeded, QStringLiteral("run %1").arg(n), details(n) });
        };
        for (int i = 0; i < 60; ++i)
            record(QStringLiteral("verify data"), i);
        record(QStringLiteral("delta run"), 100);
        record(QStringLiteral("migrate data"), 101);
        // A newest record without details (a command that failed before it had any) keeps the older details.
        Project::recordRun(
            path, { QStringLiteral("migrate data"), {}, {}, RunOutcome::Failed, QStringLiteral("x"), {} });
        record(QStringLiteral("verify data"), 60);

        const Project loaded = Project::load(path);
        QCOMPARE(loaded.progress.runs.size(), 1 + 60 + 3 + 1);
        QMap<QString, QList<int>> withDetails;
        for (const RunRecord& run : loaded.progress.runs) {
            if (!run.details.isEmpty())
                withDetails[run.command] << run.details.value(QStringLiteral("n")).toInt();
        }
        QCOMPARE(withDetails.value(QStringLiteral("verify data")), QList<int> { 60 });
        QCOMPARE(withDetails.value(QStringLiteral("delta run")), QList<int> { 100 });
        QCOMPARE(withDetails.value(QStringLiteral("migrate data")), QList<int> { 101 });
        QCOMPARE(loaded.progress.runs.last().details, details(60));
        QCOMPARE(loaded.progress.runs.at(1).summary, QStringLiteral("run 0")); // summaries stay
        // 62 records' worth of details were recorded (about 124 KB); three are kept.
        QVERIFY2(QFileInfo(path).size() < 3 * 2100 + 65 * 400, qPrintable(QString::number(QFileInfo(path).size())));
    }

    // The wizard saves ticks and profiles through update(): what another process wrote meanwhile (a recorded
    // run) stays, and a lock held by another Cutover is named instead of waited on forever.
    void updateKeepsWhatOthersWrote()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("shop.cutover"));
        Project stale = fullProject();
        stale.save(path);
        Project::recordRun(path, { QStringLiteral("check"), {}, {}, RunOutcome::Failed, QStringLiteral("x"), {} });
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const Project saved = Project::update(path,
            [&](Project& p) { p.progress.setTicked(QStringLiteral("cron-stopped"), true, QStringLiteral("ana"), at); });
        const Project loaded = Project::load(path);
        QCOMPARE(loaded, saved);
        QCOMPARE(loaded.progress.runs.size(), stale.progress.runs.size() + 1);
        QCOMPARE(loaded.progress.runs.last().command, QStringLiteral("check"));
        QVERIFY(loaded.progress.tick(QStringLiteral("cron-stopped"))->ticked);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));

        QLockFile held(path + QStringLiteral(".lock"));
        QVERIFY(held.lock());
        try {
            Project::update(path, [](Project& p) { p.name = QStringLiteral("changed"); });
            QFAIL("updated a locked project");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral(".lock")), qPrintable(e.message()));
        }
        held.unlock();
        QCOMPARE(Project::load(path).name, loaded.name);
    }

    void recordRunNamesAMissingProject()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("gone.cutover"));
        try {
            Project::recordRun(path, {});
            QFAIL("recorded a run in a missing file");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
    }

    // Created from the command line with passwords in the environment: no password in any file the program
    // wrote (project, settings, logs), and `show --json` gives back what was given.
    void createAndShow()
    {
        QTemporaryDir home;
        const QString password = QStringLiteral("Pw-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString source = QStringLiteral("mysql://shop@db1.example.com:3307/m1?prefix=mg_&ssl=required");
        const QString dest = QStringLiteral("mysql://root@localhost/m2?socket=/run/mysqld/mysqld.sock");
        const QString path = home.filePath(QStringLiteral("shop.cutover"));
        const Run run
            = runCli({ QStringLiteral("project"), QStringLiteral("create"), home.filePath(QStringLiteral("shop")),
                         QStringLiteral("--verbose"), QStringLiteral("--source"), source, QStringLiteral("--dest"),
                         dest, QStringLiteral("--m1-root"), home.path(), QStringLiteral("--m2-root"),
                         home.filePath(QStringLiteral("m2")) },
                home.path(),
                { { QStringLiteral("CUTOVER_SOURCE_PASSWORD"), password },
                    { QStringLiteral("CUTOVER_DEST_PASSWORD"), password + QStringLiteral("d") } });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(path), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("--m2-root")), qPrintable(run.err)); // not a folder: a warning
        QVERIFY(!run.out.contains(password) && !run.err.contains(password));

        const Project project = Project::load(path);
        QVERIFY(!project.id.isNull());
        QCOMPARE(project.source, ConnectionProfile::fromUrl(source));
        QCOMPARE(project.destination, ConnectionProfile::fromUrl(dest));
        QCOMPARE(project.m1Root, home.path());
        QCOMPARE(project.name, QStringLiteral("shop"));
        QVERIFY(QFileInfo::exists(home.path() + QStringLiteral("/data/Cutover/Cutover/logs/cutover-cli.log")));
        QCOMPARE(filesContaining(home.path(), password.toUtf8()), QStringList());

        const Run shown = runCli({ QStringLiteral("project"), QStringLiteral("show"), path, QStringLiteral("--json") },
            home.path(), { { QStringLiteral("CUTOVER_SOURCE_PASSWORD"), password } });
        QCOMPARE(shown.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(shown.out));
        QCOMPARE(json.value(QStringLiteral("source")).toString(), ConnectionProfile::fromUrl(source).toUrl());
        QCOMPARE(json.value(QStringLiteral("destination")).toString(), ConnectionProfile::fromUrl(dest).toUrl());
        QCOMPARE(json.value(QStringLiteral("id")).toString(), project.id.toString(QUuid::WithoutBraces));
        QCOMPARE(json.value(QStringLiteral("file")).toString(), path);
        QVERIFY(json.value(QStringLiteral("progress")).toObject().value(QStringLiteral("runs")).isArray());
        QVERIFY(!shown.out.contains(password));

        // Runs and ticks recorded later show in the text form.
        Project::recordRun(path,
            { QStringLiteral("check"), QDateTime::currentDateTimeUtc(), {}, RunOutcome::Failed,
                QStringLiteral("login refused"), {} });
        Project edited = Project::load(path);
        edited.progress.setTicked(
            QStringLiteral("firewall-opened"), true, QStringLiteral("anna"), QDateTime::currentDateTimeUtc());
        edited.save(path);
        const Run text = runCli({ QStringLiteral("project"), QStringLiteral("show"), path }, home.path());
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("[x] firewall-opened")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("check  failed: login refused")), qPrintable(text.out));
        QVERIFY2(text.out.contains(ConnectionProfile::fromUrl(source).toUrl()), qPrintable(text.out));

        // --force replaces the project with a new one.
        const Run again = runCli({ QStringLiteral("project"), QStringLiteral("create"), path, QStringLiteral("--force"),
                                     QStringLiteral("--source"), dest, QStringLiteral("--dest"), source },
            home.path());
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const Project replaced = Project::load(path);
        QCOMPARE(replaced.source, ConnectionProfile::fromUrl(dest));
        QVERIFY(replaced.id != project.id);
        QVERIFY(replaced.progress.runs.isEmpty());
    }

    void createRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("fragments");
        const QString good = QStringLiteral("mysql://shop@db/m1");
        QTest::addRow("bad source URL") << QStringList { "@FILE", "--source", "postgres://x/y", "--dest", good } << 2
                                        << QStringList { "--source" };
        QTest::addRow("bad dest URL") << QStringList { "@FILE", "--source", good, "--dest", "mysql://" } << 2
                                      << QStringList { "--dest" };
        QTest::addRow("password in URL") << QStringList { "@FILE", "--source", good, "--dest",
            "mysql://a:secret@db/m2" } << 2
                                         << QStringList { "--dest", "CUTOVER_DEST_PASSWORD" };
        QTest::addRow("existing file") << QStringList { "@EXISTING", "--source", good, "--dest", good } << 2
                                       << QStringList { "already exists", "--force", "@EXISTING" };
        QTest::addRow("no dest") << QStringList { "@FILE", "--source", good } << 2 << QStringList { "--dest" };
        QTest::addRow("no source") << QStringList { "@FILE", "--dest", good } << 2 << QStringList { "--source" };
        QTest::addRow("no file") << QStringList { "--source", good, "--dest", good } << 2 << QStringList { "FILE" };
        QTest::addRow("two files") << QStringList { "@FILE", "other", "--source", good, "--dest", good } << 2
                                   << QStringList { "one project file" };
        QTest::addRow("password option") << QStringList { "@FILE", "--source", good, "--dest", good, "--password", "x" }
                                         << 2 << QStringList { "password" };
        QTest::addRow("missing folder") << QStringList { "/nonexistent-folder/x", "--source", good, "--dest", good }
                                        << 2 << QStringList { "/nonexistent-folder" };
        QTest::addRow("no keychain") << QStringList { "@FILE", "--source", good, "--dest", good, "--save-passwords" }
                                     << 1 << QStringList { "D-Bus", "CUTOVER_SOURCE_PASSWORD" };
    }
    void createRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QStringList, fragments);
        QTemporaryDir home;
        const QString file = home.filePath(QStringLiteral("new.cutover"));
        const QString existing = home.filePath(QStringLiteral("old.cutover"));
        writeFile(existing, "keep me");
        for (QString& argument : arguments)
            argument.replace(QStringLiteral("@FILE"), file).replace(QStringLiteral("@EXISTING"), existing);
        for (QString& fragment : fragments)
            fragment.replace(QStringLiteral("@EXISTING"), existing);
        arguments.prepend(QStringLiteral("create"));
        arguments.prepend(QStringLiteral("project"));
        const Run run = runCli(arguments, home.path(), { { QStringLiteral("CUTOVER_SOURCE_PASSWORD"), "pw" } });
        QCOMPARE(run.exitCode, exitCode);
        for (const QString& fragment : fragments)
            QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(readFile(existing), QByteArray("keep me"));
    }

    void showRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("missing file") << QStringList { "show", "/nonexistent/x.cutover" } << "does not exist";
        QTest::addRow("no file") << QStringList { "show" } << "project file";
        QTest::addRow("unknown action") << QStringList { "frobnicate" } << "frobnicate";
        QTest::addRow("no action") << QStringList {} << "project create FILE";
    }
    void showRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fragment);
        QTemporaryDir home;
        arguments.prepend(QStringLiteral("project"));
        const Run run = runCli(arguments, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
