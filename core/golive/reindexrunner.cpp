#include "golive/reindexrunner.h"

#include "log/log.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>
#include <sys/types.h>
#include <unistd.h>

namespace cutover {

namespace {

constexpr qsizetype maxOutputLines = 5000;

// A POSIX shell word: plain words as they are, anything else in single quotes.
QString shellQuote(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// A folder on the SSH host: "~" and a leading "~/" stay unquoted, so that the remote shell expands them to the
// remote user's home; the rest is quoted as a word.
QString remoteFolder(const QString& folder)
{
    if (folder == QLatin1String("~"))
        return folder;
    if (folder.startsWith(QLatin1String("~/")))
        return folder.size() == 2 ? folder : QStringLiteral("~/") + shellQuote(folder.mid(2));
    return shellQuote(folder);
}

QString clockText(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Splits USER@HOST[:PORT]; the port is empty when not given.
void splitTarget(const QString& target, QString& destination, QString& port)
{
    destination = target;
    port.clear();
    const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
    if (colon > target.indexOf(QLatin1Char('@')) && !target.contains(QLatin1Char(']'))) {
        bool ok = false;
        target.mid(colon + 1).toUShort(&ok);
        if (ok) {
            destination = target.left(colon);
            port = target.mid(colon + 1);
        }
    }
}

QString hostOf(const QString& target)
{
    QString destination, port;
    splitTarget(target, destination, port);
    return destination.mid(destination.indexOf(QLatin1Char('@')) + 1);
}

} // namespace

QString IndexerState::statusName(Status status)
{
    switch (status) {
    case Running:
        return QStringLiteral("running");
    case Rebuilt:
        return QStringLiteral("rebuilt");
    case Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject IndexerState::toJson() const
{
    QJsonObject json { { QStringLiteral("title"), title }, { QStringLiteral("status"), statusName(status) },
        { QStringLiteral("elapsedMs"), elapsedMs }, { QStringLiteral("output"), QJsonArray::fromStringList(output) } };
    if (seconds >= 0)
        json.insert(QStringLiteral("seconds"), seconds);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

int ReindexResult::failedCount() const
{
    return int(std::count_if(indexers.cbegin(), indexers.cend(),
        [](const IndexerState& state) { return state.status != IndexerState::Rebuilt; }));
}

QJsonObject ReindexResult::toJson() const
{
    static const char* names[] = { "succeeded", "failed", "cancelled" };
    QJsonArray list;
    for (const IndexerState& state : indexers)
        list.append(state.toJson());
    QJsonObject json { { QStringLiteral("status"), QString::fromLatin1(names[status]) },
        { QStringLiteral("host"), host }, { QStringLiteral("command"), commandLine },
        { QStringLiteral("indexers"), list }, { QStringLiteral("exitCode"), exitCode },
        { QStringLiteral("elapsedMs"), elapsedMs }, { QStringLiteral("output"), QJsonArray::fromStringList(output) } };
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

QString ReindexResult::toText() const
{
    QStringList lines;
    for (const IndexerState& state : indexers) {
        switch (state.status) {
        case IndexerState::Rebuilt:
            lines << tr("  rebuilt  %1 (%2)")
                         .arg(state.title, clockText(state.seconds >= 0 ? state.seconds : state.elapsedMs / 1000));
            break;
        case IndexerState::Failed:
            lines << tr("  FAILED   %1: %2").arg(state.title, state.error);
            for (const QString& line : state.output)
                lines << QStringLiteral("           | ") + line;
            break;
        case IndexerState::Running:
            lines << tr("  stopped  %1 (no result)").arg(state.title);
            break;
        }
    }
    const QLocale locale;
    switch (status) {
    case Succeeded:
        lines << tr("Reindex finished on %1: %2 indexers rebuilt in %3.")
                     .arg(host, locale.toString(indexers.size()), clockText(elapsedMs / 1000));
        break;
    case Cancelled:
        lines << tr("Reindex stopped on %1 after %2; the indexers without a result are still invalid: run the "
                    "reindex again.")
                     .arg(host, clockText(elapsedMs / 1000));
        break;
    case Failed:
        lines << tr("Reindex failed on %1: %2").arg(host, error);
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

ReindexRunner::ReindexRunner(ReindexOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

ReindexRunner::~ReindexRunner()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        if (m_pid > 0)
            ::kill(pid_t(-m_pid), SIGTERM);
        if (!m_process->waitForFinished(3000) && m_pid > 0) {
            ::kill(pid_t(-m_pid), SIGKILL);
            m_process->waitForFinished(3000);
        }
        if (m_pid > 0)
            ::kill(pid_t(-m_pid), SIGKILL); // what PHP started and left behind
    }
}

QString ReindexRunner::host() const
{
    return m_options.sshTarget.isEmpty() ? tr("this computer") : hostOf(m_options.sshTarget);
}

QStringList ReindexRunner::magentoArguments() const
{
    if (!m_options.command.isEmpty())
        return m_options.command;
    return QStringList { QStringLiteral("indexer:reindex") } + m_options.indexers;
}

void ReindexRunner::program(QString& program, QStringList& arguments) const
{
    const QStringList magento = magentoArguments();
    if (m_options.sshTarget.isEmpty()) {
        const QString script = QDir(m_options.magentoRoot).filePath(QStringLiteral("bin/magento"));
        if (QFileInfo(script).isExecutable()) {
            program = script;
            arguments = magento;
        } else {
            program = m_options.php;
            arguments = QStringList { QStringLiteral("bin/magento") } + magento;
        }
        return;
    }
    // The marker first: what follows it comes from the remote shell and PHP, not from ssh.
    QStringList remote { QStringLiteral("echo"), QLatin1String(connectedMarker) + QLatin1Char(';'),
        QStringLiteral("cd"), remoteFolder(m_options.magentoRoot), QStringLiteral("&&"), shellQuote(m_options.php),
        QStringLiteral("bin/magento") };
    for (const QString& word : magento)
        remote << shellQuote(word);
    QString destination, port;
    splitTarget(m_options.sshTarget, destination, port);
    program = m_options.ssh;
    arguments = QStringList { QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
        QStringLiteral("ConnectTimeout=%1").arg(m_options.sshConnectTimeoutSeconds) };
    if (!port.isEmpty())
        arguments << QStringLiteral("-p") << port;
    // A terminal for the remote command: when ssh ends, sshd hangs it up and PHP gets SIGHUP, not an orphan's life.
    arguments << QStringLiteral("-tt");
    // "--": a destination starting with "-" is never read as an option.
    arguments << QStringLiteral("--") << destination << remote.join(QLatin1Char(' '));
}

QString ReindexRunner::commandLine() const
{
    QString executable;
    QStringList arguments;
    program(executable, arguments);
    QStringList words;
    if (m_options.sshTarget.isEmpty()) {
        words << QStringLiteral("cd") << shellQuote(m_options.magentoRoot) << QStringLiteral("&&");
        words << (executable == m_options.php ? shellQuote(executable) : QStringLiteral("bin/magento"));
    } else {
        words << shellQuote(executable);
    }
    for (const QString& argument : arguments)
        words << shellQuote(argument);
    return words.join(QLatin1Char(' '));
}

QString ReindexRunner::problem() const
{
    if (m_options.magentoRoot.isEmpty())
        return tr("No Magento 2 folder given: name the folder that holds bin/magento (--m2-root DIR, or the "
                  "project's Magento 2 folder).");
    if (!m_options.sshTarget.isEmpty())
        return {};
    const QFileInfo root(m_options.magentoRoot);
    if (!root.isDir())
        return tr("The Magento 2 folder %1 does not exist on this computer. Give the folder that holds bin/magento, "
                  "or run the reindex on the store's server with --ssh USER@HOST.")
            .arg(m_options.magentoRoot);
    const QFileInfo script(QDir(m_options.magentoRoot).filePath(QStringLiteral("bin/magento")));
    if (!script.isFile())
        return tr("There is no bin/magento in %1: this is not a Magento 2 installation folder. Give the folder that "
                  "holds bin/magento (the one with app/, bin/ and pub/).")
            .arg(root.absoluteFilePath());
    if (script.isExecutable())
        return {};
    const QString php = m_options.php.contains(QLatin1Char('/'))
        ? (QFileInfo(m_options.php).isExecutable() ? m_options.php : QString())
        : QStandardPaths::findExecutable(m_options.php);
    if (php.isEmpty())
        return tr("%1 is not executable and no PHP command-line interpreter \"%2\" was found to run it. Make it "
                  "executable (chmod u+x %1, as the file system owner of Magento) or install PHP's CLI (or name "
                  "it with --php PATH).")
            .arg(script.absoluteFilePath(), m_options.php);
    return {};
}

void ReindexRunner::start()
{
    if (m_running)
        return;
    m_result = ReindexResult();
    m_result.host = host();
    m_result.commandLine = commandLine();
    m_running = true;
    m_cancelled = false;
    m_connected = false;
    m_current = -1;
    m_announced.clear();
    m_buffer.clear();
    m_pid = 0;
    m_clock.start();
    m_indexerClock.start();

    const QString refusal = problem();
    if (!refusal.isEmpty()) {
        QTimer::singleShot(0, this, [this, refusal] { finish(ReindexResult::Failed, refusal); });
        return;
    }
    QString executable;
    QStringList arguments;
    program(executable, arguments);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice()); // neither PHP nor ssh may wait on a question
    if (m_options.sshTarget.isEmpty())
        m_process->setWorkingDirectory(m_options.magentoRoot);
    // Its own process group, so that cancel() reaches everything PHP or the shell started; and SIGTERM when the
    // thread that started it ends, so that a Cutover killed mid-run leaves no bin/magento or ssh behind.
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) // the parent died before prctl() took effect
            ::raise(SIGTERM);
    });
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &ReindexRunner::onReadyRead);
    connect(m_process.get(), &QProcess::finished, this, &ReindexRunner::onFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this, executable](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        QString message;
        if (!m_options.sshTarget.isEmpty())
            message = tr("Could not start %1: install the OpenSSH client (Debian: apt install openssh-client) or "
                         "run the reindex on the store's server yourself.")
                          .arg(executable);
        else
            message = tr("Could not start %1 in %2: %3. Check that the file is executable by you, or give the PHP "
                         "command-line interpreter with --php PATH.")
                          .arg(executable, m_options.magentoRoot, m_process->errorString());
        finish(ReindexResult::Failed, message);
    });
    logger("core.golive")->info("reindex on {}: {}", m_result.host.toStdString(), m_result.commandLine.toStdString());
    m_process->start(executable, arguments);
    m_pid = m_process->processId();
}

void ReindexRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        finish(ReindexResult::Cancelled, {});
        return;
    }
    if (m_pid > 0)
        ::kill(pid_t(-m_pid), SIGTERM);
    m_killTimer = new QTimer(this);
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (m_pid > 0 && m_process && m_process->state() != QProcess::NotRunning)
            ::kill(pid_t(-m_pid), SIGKILL);
    });
    m_killTimer->start(3000);
}

ReindexResult ReindexRunner::run()
{
    QEventLoop loop;
    connect(this, &ReindexRunner::finished, &loop, &QEventLoop::quit);
    start();
    if (m_running)
        loop.exec();
    return m_result;
}

void ReindexRunner::onReadyRead()
{
    m_buffer += m_process->readAllStandardOutput();
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        handleLine(QString::fromUtf8(m_buffer.left(end)));
        m_buffer.remove(0, end + 1);
    }
    if (!m_buffer.isEmpty())
        handlePartial(QString::fromUtf8(m_buffer));
}

void ReindexRunner::handlePartial(const QString& partial)
{
    // Magento writes "<Title> index " before it starts an indexer and the rest of the line when it is done.
    static const QRegularExpression started(QStringLiteral("^(.+) index $"));
    const QRegularExpressionMatch match = started.match(partial);
    if (!match.hasMatch() || match.captured(1) == m_announced)
        return;
    m_announced = match.captured(1);
    m_indexerClock.start();
    current(m_announced);
    Q_EMIT indexerStarted(m_announced);
}

IndexerState& ReindexRunner::current(const QString& title)
{
    if (m_current < 0 || m_result.indexers[m_current].title != title
        || m_result.indexers[m_current].status != IndexerState::Running) {
        IndexerState state;
        state.title = title;
        m_result.indexers.append(state);
        m_current = int(m_result.indexers.size() - 1);
    }
    return m_result.indexers[m_current];
}

void ReindexRunner::finishCurrent(IndexerState::Status status, const QString& error, qint64 seconds)
{
    IndexerState& state = m_result.indexers[m_current];
    state.status = status;
    state.error = error;
    state.seconds = seconds;
    state.elapsedMs = m_indexerClock.elapsed();
    m_indexerClock.start();
    m_announced.clear();
    Q_EMIT indexerFinished(state);
}

void ReindexRunner::handleLine(const QString& raw)
{
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;]*[A-Za-z]"));
    QString line = raw;
    line.remove(ansi);
    while (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (!m_options.sshTarget.isEmpty() && !m_connected && line == QLatin1String(connectedMarker)) {
        m_connected = true;
        return;
    }
    if (m_result.output.size() >= maxOutputLines)
        m_result.output.removeFirst();
    m_result.output.append(line);
    Q_EMIT outputLine(line);

    // The forms of Magento\Indexer\Console\Command\IndexerReindexCommand (2.4; "indexer process" is 2.0's).
    static const QRegularExpression rebuilt(
        QStringLiteral("^(.+?) index has been rebuilt successfully in (\\d+):(\\d{2}):(\\d{2})\\s*$"));
    static const QRegularExpression exception(QStringLiteral("^(.+?) index exception: (.*)$"));
    // 2.4.x prints the lock after "process error during indexation process:" without "exception: " before it.
    static const QRegularExpression locked(
        QStringLiteral("^(?:exception: )?((.+?) index is locked by another reindex process\\. Skipping\\.)\\s*$"));
    // Older 2.x "process unknown error:", 2.4.x "process error during indexation process:" (its catch of any
    // Throwable); the message follows on the next line.
    static const QRegularExpression unknown(
        QStringLiteral("^(.+?) index(?:er)? process (?:unknown error|error during indexation process):\\s*$"));

    QRegularExpressionMatch match = rebuilt.match(line);
    if (match.hasMatch()) {
        current(match.captured(1)).output.append(line);
        const qint64 seconds = match.captured(2).toLongLong() * 3600 + match.captured(3).toLongLong() * 60
            + match.captured(4).toLongLong();
        finishCurrent(IndexerState::Rebuilt, {}, seconds);
        m_current = -1;
        return;
    }
    match = exception.match(line);
    if (!match.hasMatch())
        match = locked.match(line);
    if (match.hasMatch()) {
        const bool isLocked = match.regularExpression() == locked;
        current(match.captured(isLocked ? 2 : 1)).output.append(line);
        finishCurrent(IndexerState::Failed, match.captured(isLocked ? 1 : 2), -1);
        m_current = -1;
        return;
    }
    match = unknown.match(line);
    if (match.hasMatch()) {
        current(match.captured(1)).output.append(line);
        finishCurrent(IndexerState::Failed, tr("unknown error"), -1);
        return; // the message follows on the next lines: they stay with this indexer
    }
    if (m_current >= 0) {
        IndexerState& state = m_result.indexers[m_current];
        state.output.append(line);
        if (state.status == IndexerState::Failed && state.error == tr("unknown error") && !line.trimmed().isEmpty()) {
            state.error = line.trimmed();
            Q_EMIT indexerFinished(state);
        }
    }
}

QString ReindexRunner::explainFailure() const
{
    const QString all = m_result.output.join(QLatin1Char('\n'));
    const QString where = m_result.host;
    auto has = [&all](const char* text) { return all.contains(QLatin1String(text), Qt::CaseInsensitive); };
    // 255 is ssh's own failure only before the remote shell printed the marker; after it, PHP's (a fatal error).
    if (!m_options.sshTarget.isEmpty() && !m_connected && m_result.exitCode == 255) {
        if (has("Could not resolve hostname"))
            return tr("The SSH host %1 is unknown (its name does not resolve). Check the name in --ssh USER@HOST, "
                      "or use its IP address.")
                .arg(where);
        if (has("Permission denied"))
            return tr("%1 refused the SSH login of %2. Cutover uses your own ssh keys and never asks for a password: "
                      "add your key to the server (ssh-copy-id %2) or load it in your agent (ssh-add), then check "
                      "with: ssh %2 true")
                .arg(where, m_options.sshTarget);
        if (has("Host key verification failed"))
            return tr("The SSH host key of %1 is not known yet or has changed. Connect once yourself (ssh %2) to "
                      "check and accept it, then run the reindex again.")
                .arg(where, m_options.sshTarget);
        if (has("Connection refused") || has("timed out") || has("No route to host") || has("Network is unreachable"))
            return tr("Could not reach the SSH server on %1 (%2). Check the host name and port (USER@HOST:PORT), "
                      "that sshd runs there and that a firewall lets you through.")
                .arg(where, m_result.output.value(m_result.output.size() - 1).trimmed());
        return tr("ssh could not connect to %1: %2. Check that 'ssh %3 true' works in a terminal.")
            .arg(where, m_result.output.join(QLatin1Char(' ')).trimmed(), m_options.sshTarget);
    }
    if (has("Could not open input file"))
        return tr("There is no bin/magento in %1 on %2: give the Magento 2 installation folder (the one with app/, "
                  "bin/ and pub/).")
            .arg(m_options.magentoRoot, where);
    if (has("cd: ") && (has("No such file") || has("can't cd")))
        return tr("The folder %1 does not exist on %2: give the Magento 2 installation folder there.")
            .arg(m_options.magentoRoot, where);
    if (m_result.exitCode == 127 || has("php: command not found") || has("php: not found"))
        return tr("No PHP command-line interpreter \"%1\" on %2: install PHP's CLI there, or name it with --php "
                  "PATH.")
            .arg(m_options.php, where);
    if (has("The following requested index types are not supported")) {
        QStringList lines;
        for (const QString& line : m_result.output)
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        return tr("Magento does not know an indexer that was asked for: %1 Name only the supported ones (bin/magento "
                  "indexer:info lists them).")
            .arg(lines.join(QLatin1Char(' ')));
    }
    if (has("There are no commands defined in the \"indexer\" namespace"))
        return tr("Magento 2 in %1 is not installed or not configured (bin/magento has no indexer commands): finish "
                  "bin/magento setup:install first.")
            .arg(m_options.magentoRoot);
    QStringList failed;
    for (const IndexerState& state : m_result.indexers)
        if (state.status != IndexerState::Rebuilt)
            failed << state.title;
    if (!failed.isEmpty())
        return tr("These indexers failed: %1. Their output is shown with them; fix the cause and run the reindex "
                  "again (only those with --indexer ID).")
            .arg(failed.join(QStringLiteral(", ")));
    QStringList tail = m_result.output.mid(std::max<qsizetype>(0, m_result.output.size() - 5));
    if (m_result.exitCode == 255)
        return tr("bin/magento %1 on %2 stopped on a PHP fatal error (exit code 255): %3 Fix the cause (PHP's "
                  "memory_limit, a missing extension, the server's log) and run it again.")
            .arg(magentoArguments().join(QLatin1Char(' ')), where, tail.join(QLatin1Char(' ')).trimmed());
    return tr("bin/magento %1 ended with exit code %2: %3")
        .arg(magentoArguments().join(QLatin1Char(' ')))
        .arg(m_result.exitCode)
        .arg(tail.join(QLatin1Char(' ')).trimmed());
}

void ReindexRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_buffer.isEmpty()) {
        handleLine(QString::fromUtf8(m_buffer));
        m_buffer.clear();
    }
    m_result.exitCode = status == QProcess::NormalExit ? exitCode : -1;
    if (m_cancelled) {
        if (m_pid > 0)
            ::kill(pid_t(-m_pid), SIGKILL); // children that outlived SIGTERM
        finish(ReindexResult::Cancelled, {});
        return;
    }
    // Magento 2.0 to 2.3 exit with 0 after a failed indexer: the indexers' own states count too.
    bool anyFailed = false;
    for (const IndexerState& state : m_result.indexers)
        anyFailed = anyFailed || state.status != IndexerState::Rebuilt;
    if (status == QProcess::NormalExit && exitCode == 0 && !anyFailed) {
        finish(ReindexResult::Succeeded, {});
        return;
    }
    if (status != QProcess::NormalExit) {
        finish(ReindexResult::Failed,
            tr("bin/magento %1 on %2 crashed or was killed (%3). Run it again; if it keeps ending so, check PHP's "
               "memory_limit and the server's log.")
                .arg(magentoArguments().join(QLatin1Char(' ')), m_result.host, m_process->errorString()));
        return;
    }
    finish(ReindexResult::Failed, explainFailure());
}

void ReindexRunner::finish(ReindexResult::Status status, const QString& error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_killTimer) {
        m_killTimer->stop();
        m_killTimer->deleteLater();
        m_killTimer = nullptr;
    }
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            if (m_pid > 0)
                ::kill(pid_t(-m_pid), SIGKILL);
            m_process->waitForFinished(3000);
        }
    }
    m_result.status = status;
    m_result.error = error;
    m_result.elapsedMs = m_clock.elapsed();
    if (status == ReindexResult::Failed)
        logger("core.golive")->warn("reindex failed: {}", error.toStdString());
    Q_EMIT finished(m_result);
}

} // namespace cutover
