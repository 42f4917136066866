#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The README's "whole journey from the command line" is a script consultants copy: every `cutover-cli COMMAND
// [ACTION] --flag` in it must be one the built cutover-cli accepts, so that a renamed command or flag breaks this
// test rather than a client's go-live night. The script is the fenced block whose info string is "sh cli-journey".
namespace {

const QString journeyInfo = QStringLiteral("sh cli-journey");

/** The lines of the fenced block with the info string `info`; empty when there is none. */
QStringList fencedBlock(const QString& markdown, const QString& info)
{
    QStringList block;
    bool inside = false;
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        if (!inside && line.trimmed() == QLatin1String("```") + info) {
            inside = true;
            continue;
        }
        if (inside && line.trimmed() == QLatin1String("```"))
            return block;
        if (inside)
            block << line;
    }
    return {};
}

/** Shell words of one line: quotes grouped and removed, `#` outside quotes starts a comment. No expansion. */
QStringList shellWords(const QString& line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else if (c == QLatin1Char('#') && !inWord) {
            break;
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            word += line[++i];
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    return words;
}

/** One `cutover-cli` call of the script. */
struct Call
{
    QString command;
    QString action; ///< the first plain word after the command ("install", "data"); may be empty
    QStringList flags; ///< "--yes", without "=value"
    QString line;
};

QList<Call> cliCalls(const QStringList& script)
{
    // Join continued lines first.
    QStringList lines;
    QString pending;
    for (const QString& raw : script) {
        if (raw.endsWith(QLatin1Char('\\'))) {
            pending += raw.chopped(1) + QLatin1Char(' ');
            continue;
        }
        lines << pending + raw;
        pending.clear();
    }
    static const QSet<QString> separators { QStringLiteral("&&"), QStringLiteral("||"), QStringLiteral("|"),
        QStringLiteral(";") };
    static const QRegularExpression plainWord(QStringLiteral("^[a-z][a-z-]*$"));
    QList<Call> calls;
    for (const QString& line : lines) {
        const QStringList words = shellWords(line);
        for (int i = 0; i < words.size(); ++i) {
            if (words[i] != QLatin1String("cutover-cli"))
                continue;
            Call call;
            call.line = line.trimmed();
            call.command = words.value(i + 1);
            int j = i + 2;
            if (j < words.size() && plainWord.match(words[j]).hasMatch())
                call.action = words[j++];
            for (; j < words.size() && !separators.contains(words[j]); ++j) {
                if (words[j].startsWith(QLatin1String("--")))
                    call.flags << words[j].section(QLatin1Char('='), 0, 0);
            }
            calls << call;
        }
    }
    return calls;
}

/** What `cutover-cli ARGS` prints on stdout; fails the test when it does not run. */
QString cliOutput(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CUTOVER_CLI_PATH), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

/** The options a command's --help lists ("--project", "--config"...). */
QSet<QString> optionsOf(const QString& help)
{
    static const QRegularExpression optionLine(
        QStringLiteral("^  (-{1,2}[\\w-]+(?:, -{1,2}[\\w-]+)*)"), QRegularExpression::MultilineOption);
    QSet<QString> options;
    for (auto it = optionLine.globalMatch(help); it.hasNext();) {
        for (const QString& name : it.next().captured(1).split(QStringLiteral(", ")))
            options.insert(name);
    }
    return options;
}

/**
 * The actions (positional words) a command's --help names: those of its usage lines ("cutover-cli project create
 * FILE") and the words of its "Arguments:" section ("action  install, run, status or remove").
 */
QSet<QString> actionsOf(const QString& help, const QString& command)
{
    QSet<QString> actions;
    const QRegularExpression usage(QStringLiteral("cutover-cli %1 ([a-z][a-z-]*)").arg(command));
    for (auto it = usage.globalMatch(help); it.hasNext();)
        actions.insert(it.next().captured(1));
    const qsizetype arguments = help.indexOf(QLatin1String("\nArguments:\n"));
    if (arguments >= 0) {
        static const QRegularExpression nonWord(QStringLiteral("[^a-z-]+"));
        for (const QString& word : help.mid(arguments).split(nonWord, Qt::SkipEmptyParts))
            actions.insert(word);
    }
    return actions;
}

/**
 * The problems of a script's cutover-cli calls as the built binary sees them: unknown commands, actions its help
 * does not name, flags its help does not list. Caches each help output.
 */
QStringList problemsOf(const QList<Call>& calls)
{
    QStringList problems;
    const QString commandList = cliOutput({ QStringLiteral("--help") });
    QHash<QString, QString> helps;
    const auto help = [&helps](const QStringList& arguments) -> QString {
        const QString key = arguments.join(QLatin1Char(' '));
        if (!helps.contains(key))
            helps.insert(key, cliOutput(arguments + QStringList { QStringLiteral("--help") }));
        return helps.value(key);
    };
    for (const Call& call : calls) {
        if (!QRegularExpression(QStringLiteral("^  %1 ").arg(QRegularExpression::escape(call.command)),
                QRegularExpression::MultilineOption)
                 .match(commandList)
                 .hasMatch()) {
            problems << QStringLiteral("unknown command \"%1\" in: %2").arg(call.command, call.line);
            continue;
        }
        if (!call.action.isEmpty() && !actionsOf(help({ call.command }), call.command).contains(call.action)) {
            problems << QStringLiteral("\"%1 %2\" is not an action its help names, in: %3")
                            .arg(call.command, call.action, call.line);
            continue;
        }
        QStringList arguments { call.command };
        if (!call.action.isEmpty())
            arguments << call.action;
        const QSet<QString> options = optionsOf(help(arguments));
        if (options.isEmpty()) {
            problems << QStringLiteral("no options listed by cutover-cli %1 --help").arg(arguments.join(' '));
            continue;
        }
        for (const QString& flag : call.flags) {
            if (!options.contains(flag))
                problems << QStringLiteral("%1 is not an option of cutover-cli %2, in: %3")
                                .arg(flag, arguments.join(QLatin1Char(' ')), call.line);
        }
    }
    return problems;
}

QStringList readmeJourney()
{
    QFile readme(QStringLiteral(CUTOVER_README));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    return fencedBlock(QString::fromUtf8(readme.readAll()), journeyInfo);
}

} // namespace

class TestCliJourney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theScriptIsThere()
    {
        const QStringList script = readmeJourney();
        QVERIFY2(script.size() > 10, "README.md has no ```sh cli-journey block");
        QVERIFY(script.contains(QStringLiteral("set -euo pipefail")));
        const QList<Call> calls = cliCalls(script);
        // The whole journey, in the order of a migration.
        QStringList journey;
        for (const Call& call : calls)
            journey << (call.action.isEmpty() ? call.command : call.command + QLatin1Char(' ') + call.action);
        const QStringList expected { QStringLiteral("project create"), QStringLiteral("check"),
            QStringLiteral("delta install"), QStringLiteral("migrate settings"), QStringLiteral("media"),
            QStringLiteral("integrity"), QStringLiteral("migrate data"), QStringLiteral("reindex"), QStringLiteral("delta run"),
            QStringLiteral("delta status"), QStringLiteral("delta run"), QStringLiteral("media"),
            QStringLiteral("reindex"), QStringLiteral("warm"), QStringLiteral("verify"), QStringLiteral("delta remove"),
            QStringLiteral("report") };
        QCOMPARE(journey, expected);
        // Nothing in it waits for an answer: the commands that would ask are told --yes.
        for (const Call& call : calls) {
            if (call.command == QLatin1String("delta")
                && (call.action == QLatin1String("install") || call.action == QLatin1String("remove")))
                QVERIFY2(call.flags.contains(QStringLiteral("--yes")), qPrintable(call.line));
        }
    }

    void theScriptIsValidShell()
    {
        const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        QVERIFY(!bash.isEmpty());
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("journey.sh")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(readmeJourney().join(QLatin1Char('\n')).toUtf8());
        file.close();
        QProcess process;
        process.start(bash, { QStringLiteral("-n"), file.fileName() });
        QVERIFY(process.waitForFinished(10000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    void everyCommandAndFlagIsAccepted()
    {
        const QList<Call> calls = cliCalls(readmeJourney());
        QVERIFY(!calls.isEmpty());
        const QStringList problems = problemsOf(calls);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The check itself catches what it is there for: each of these lines is wrong in one way.
    void theCheckCatchesMistakes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("problem");
        QTest::addRow("renamed flag") << QStringLiteral("cutover-cli migrate data --project \"$P\" --verify-after")
                                      << QStringLiteral("--verify-after is not an option of cutover-cli migrate data");
        QTest::addRow("flag of another command") << QStringLiteral("cutover-cli media --project x --once # comment")
                                                 << QStringLiteral("--once is not an option of cutover-cli media");
        QTest::addRow("unknown command") << QStringLiteral("cutover-cli preflight --project x")
                                         << QStringLiteral("unknown command \"preflight\"");
        QTest::addRow("unknown action") << QStringLiteral("cutover-cli delta stop --project x --yes")
                                        << QStringLiteral("\"delta stop\" is not an action");
        QTest::addRow("continued line") << QStringLiteral("cutover-cli warm --project x \\\n    --resolv h:1.2.3.4")
                                        << QStringLiteral("--resolv is not an option of cutover-cli warm");
    }

    void theCheckCatchesMistakes()
    {
        QFETCH(QString, line);
        QFETCH(QString, problem);
        const QList<Call> calls = cliCalls(line.split(QLatin1Char('\n')));
        QCOMPARE(calls.size(), 1);
        const QStringList problems = problemsOf(calls);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
    }
};

QTEST_MAIN(TestCliJourney)
#include "tst_clijourney.moc"
