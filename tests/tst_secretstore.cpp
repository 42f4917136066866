#include "project/project.h"
#include "project/secretstore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace cutover;

// The keychain tests talk to a real Secret Service: GNOME Keyring, started headless in a private D-Bus session
// with a throw-away home folder (see main() below). The no-keychain tests run in the first process, whose
// session bus address points nowhere.

namespace {

const char sessionVariable[] = "CUTOVER_KEYRING_SESSION";

// Every file under `folder` that holds `needle`, except those under `except`.
QStringList filesContaining(const QString& folder, const QByteArray& needle, const QString& except = {})
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!except.isEmpty() && path.startsWith(except))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(path);
    }
    return found;
}

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unavailableIsReportedQuickly_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addRow("read") << 0;
        QTest::addRow("write") << 1;
        QTest::addRow("remove") << 2;
    }
    void unavailableIsReportedQuickly()
    {
        QFETCH(int, operation);
        const QUuid id = QUuid::createUuid();
        const SecretStore store(20'000);
        QElapsedTimer timer;
        timer.start();
        const SecretResult result = operation == 0 ? store.readNow(id, SecretRole::Source)
            : operation == 1                       ? store.writeNow(id, SecretRole::Source, QStringLiteral("pw"))
                                                   : store.removeNow(id, SecretRole::Source);
        QVERIFY2(timer.elapsed() < 3'000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.status, SecretStatus::Unavailable);
        QVERIFY2(result.message.contains(QStringLiteral("D-Bus")), qPrintable(result.message));
        QVERIFY(result.secret.isEmpty());
        QVERIFY(!SecretStore::unavailableReason().isEmpty());
    }

    void aProjectWithoutIdHasNoSecrets()
    {
        const SecretResult result = SecretStore().writeNow(QUuid(), SecretRole::Source, QStringLiteral("pw"));
        QCOMPARE(result.status, SecretStatus::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("no id")), qPrintable(result.message));
    }
};

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(SecretStore::unavailableReason().isEmpty(), qPrintable(SecretStore::unavailableReason()));
    }

    void writeReadRemove()
    {
        const SecretStore store;
        const QUuid id = QUuid::createUuid();
        const QString secret = QStringLiteral("pä$$ wörd \"1\"");
        QCOMPARE(store.writeNow(id, SecretRole::Source, secret).status, SecretStatus::Done);
        const SecretResult read = store.readNow(id, SecretRole::Source);
        QCOMPARE(read.status, SecretStatus::Done);
        QCOMPARE(read.secret, secret);
        // Writing again replaces.
        QCOMPARE(store.writeNow(id, SecretRole::Source, QStringLiteral("second")).status, SecretStatus::Done);
        QCOMPARE(store.readNow(id, SecretRole::Source).secret, QStringLiteral("second"));
        QCOMPARE(store.removeNow(id, SecretRole::Source).status, SecretStatus::Done);
        const SecretResult gone = store.readNow(id, SecretRole::Source);
        QCOMPARE(gone.status, SecretStatus::NotFound);
        QVERIFY(gone.secret.isEmpty());
        QCOMPARE(store.removeNow(id, SecretRole::Source).status, SecretStatus::Done);
    }

    void keysAreSeparatePerProjectAndRole()
    {
        const SecretStore store;
        const QUuid first = QUuid::createUuid();
        const QUuid second = QUuid::createUuid();
        QCOMPARE(store.writeNow(first, SecretRole::Source, QStringLiteral("m1")).status, SecretStatus::Done);
        QCOMPARE(store.writeNow(first, SecretRole::Destination, QStringLiteral("m2")).status, SecretStatus::Done);
        QCOMPARE(store.readNow(first, SecretRole::Source).secret, QStringLiteral("m1"));
        QCOMPARE(store.readNow(first, SecretRole::Destination).secret, QStringLiteral("m2"));
        QCOMPARE(store.readNow(second, SecretRole::Source).status, SecretStatus::NotFound);
        QCOMPARE(store.removeNow(first, SecretRole::Source).status, SecretStatus::Done);
        QCOMPARE(store.readNow(first, SecretRole::Destination).secret, QStringLiteral("m2"));
        QCOMPARE(SecretStore::key(first, SecretRole::Destination),
            first.toString(QUuid::WithoutBraces) + QStringLiteral("/destination"));
    }

    // Workers call the blocking form at the same time; the GUI thread watches a future.
    void manyThreadsAndAsync()
    {
        const SecretStore store;
        const QUuid id = QUuid::createUuid();
        QCOMPARE(store.writeNow(id, SecretRole::Destination, QStringLiteral("shared")).status, SecretStatus::Done);
        QList<QFuture<SecretResult>> reads;
        for (int i = 0; i < 6; ++i)
            reads.append(QtConcurrent::run([store, id] { return store.readNow(id, SecretRole::Destination); }));
        for (QFuture<SecretResult>& read : reads)
            QCOMPARE(read.result().secret, QStringLiteral("shared"));

        QFutureWatcher<SecretResult> watcher;
        bool finished = false;
        connect(&watcher, &QFutureWatcherBase::finished, this, [&] { finished = true; });
        watcher.setFuture(store.read(id, SecretRole::Destination));
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10'000);
        QCOMPARE(watcher.result().secret, QStringLiteral("shared"));
        QCOMPARE(store.removeNow(id, SecretRole::Destination).status, SecretStatus::Done);
    }

    // The secret reaches the keyring's encrypted store and no other file of the user, the CLI's included.
    void secretIsOnlyInTheKeyring()
    {
        const QByteArray secret = "Sekr1t-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("shop.cutover"));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), QString::fromLatin1(secret));
        env.insert(QStringLiteral("CUTOVER_DEST_PASSWORD"), QString::fromLatin1(secret) + QStringLiteral("-dest"));
        cli.setProcessEnvironment(env);
        cli.setStandardInputFile(QProcess::nullDevice());
        cli.start(QStringLiteral(CUTOVER_CLI_PATH),
            { QStringLiteral("project"), QStringLiteral("create"), path, QStringLiteral("--save-passwords"),
                QStringLiteral("--verbose"), QStringLiteral("--source"), QStringLiteral("mysql://shop@db1/m1"),
                QStringLiteral("--dest"), QStringLiteral("mysql://shop@db2/m2") });
        QVERIFY(cli.waitForFinished(30'000));
        const QByteArray output = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, output.constData());
        QVERIFY(!output.contains(secret));

        // What the CLI kept is what a later command reads under the project's id.
        const Project project = Project::load(path);
        QCOMPARE(SecretStore().readNow(project.id, SecretRole::Source).secret, QString::fromLatin1(secret));
        QCOMPARE(SecretStore().readNow(project.id, SecretRole::Destination).secret,
            QString::fromLatin1(secret) + QStringLiteral("-dest"));

        const QString home = QDir::homePath();
        const QString keyrings = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings");
        QVERIFY2(home.startsWith(QDir::tempPath()), qPrintable(home)); // the throw-away home of main()
        QVERIFY2(QDir(keyrings).entryList(QDir::Files).contains(QStringLiteral("login.keyring")),
            qPrintable(QDir(keyrings).entryList(QDir::Files).join(QLatin1Char(' '))));
        QCOMPARE(filesContaining(home, secret, keyrings), QStringList());
        QCOMPARE(filesContaining(folder.path(), secret), QStringList());
        // The keyring file is encrypted: not even it holds the secret in clear.
        QCOMPARE(filesContaining(keyrings, secret), QStringList());
        // The CLI's log is in that home, so the search above covered it.
        QVERIFY(QFileInfo::exists(
            qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/Cutover/Cutover/logs/cutover-cli.log")));

        QCOMPARE(SecretStore().removeNow(project.id, SecretRole::Source).status, SecretStatus::Done);
        QCOMPARE(SecretStore().removeNow(project.id, SecretRole::Destination).status, SecretStatus::Done);
    }
};

// Runs the no-keychain tests here, with the session bus pointing nowhere, then this program again inside
// `dbus-run-session` with GNOME Keyring unlocked headless and a temporary home, for the keychain tests.
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsSet(sessionVariable)) {
        QCoreApplication app(argc, argv);
        app.setOrganizationName(QStringLiteral("Cutover"));
        app.setApplicationName(QStringLiteral("Cutover"));
        TestKeychain test;
        return QTest::qExec(&test, argc, argv);
    }

    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/cutover-test-bus");
    int failures = 0;
    QString session = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    {
        QCoreApplication app(argc, argv);
        TestNoKeychain test;
        failures += QTest::qExec(&test, argc, argv);

        if (session.isEmpty() || keyring.isEmpty()) {
            qWarning("FAIL: dbus-run-session or gnome-keyring-daemon is missing: run scripts/setup.sh");
            return failures + 1;
        }
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(sessionVariable), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
        // A desktop in the environment could steer QtKeychain to KWallet; this test is about the Secret Service.
        env.remove(QStringLiteral("XDG_CURRENT_DESKTOP"));
        env.remove(QStringLiteral("DESKTOP_SESSION"));
        env.remove(QStringLiteral("KDE_FULL_SESSION"));
        QDir(home.path()).mkpath(QStringLiteral("run"));
        QFile::setPermissions(
            home.filePath(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QStringList arguments = { QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("printf %s keyring-test | \"$0\" --unlock --components=secrets >/dev/null && exec \"$@\""),
            keyring, QCoreApplication::applicationFilePath() };
        arguments += QCoreApplication::arguments().mid(1);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(session, arguments);
        if (!child.waitForFinished(120'000)) {
            child.kill();
            child.waitForFinished();
            qWarning("FAIL: the keychain tests did not finish within 2 minutes");
            return failures + 1;
        }
        if (child.exitStatus() != QProcess::NormalExit) {
            qWarning("FAIL: the keychain tests crashed");
            return failures + 1;
        }
        failures += child.exitCode();
    }
    return failures;
}

#include "tst_secretstore.moc"
