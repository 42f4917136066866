#include "cliutil.h"
#include "commands.h"
#include "projectoption.h"

#include "error.h"
#include "golive/reindexrunner.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace cutover::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cutover::cli", text);
}

QString summaryOf(const ReindexResult& result)
{
    QString summary = tr("%1 indexers, %2 failed").arg(result.indexers.size()).arg(result.failedCount());
    if (result.status == ReindexResult::Failed && !result.error.isEmpty())
        summary += QStringLiteral(": ") + result.error;
    return summary;
}

// The result as the project records it: Magento's last lines, not the up to 5,000 of a long run (each indexer keeps
// its own).
QJsonObject recordedDetails(const ReindexResult& result)
{
    QJsonObject json = result.toJson();
    QJsonArray output = json.value(QStringLiteral("output")).toArray();
    while (output.size() > 50)
        output.removeFirst();
    json.insert(QStringLiteral("output"), output);
    return json;
}

} // namespace

int runReindex(const QStringList& arguments)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("m2-root"),
        tr("The Magento 2 installation folder, which holds bin/magento (default with --project: the project's "
           "Magento 2 folder). With --ssh, the folder on that host."),
        QStringLiteral("DIR") });
    addProjectOption(parser);
    parser.addOption({ QStringLiteral("ssh"),
        tr("Run on this host through your own ssh client and keys (USER@HOST or USER@HOST:PORT). ssh runs with "
           "BatchMode=yes: it never asks for a password, so your key must be accepted (ssh-copy-id, ssh-agent)."),
        QStringLiteral("USER@HOST") });
    parser.addOption({ QStringLiteral("indexer"),
        tr("An indexer to rebuild (cataloginventory_stock, catalog_product_price, ...); repeat for several. "
           "Default: all of them."),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("php"),
        tr("The PHP command-line interpreter that runs bin/magento when it is not executable, and always over SSH "
           "(default: php)."),
        QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("json"), tr("Print the report as one JSON document.") });
    processOrExit(parser, arguments,
        tr("Runs Magento's bin/magento indexer:reindex in the Magento 2 folder, on this computer or over SSH, shows "
           "the host and the exact command before it starts, streams Magento's output, and ends with the state of "
           "each indexer (rebuilt, or failed with its output). Ctrl+C stops the reindex and everything it started. "
           "Exit code 0 when every indexer was rebuilt, 1 when one failed or the command could not run, 2 for "
           "usage errors, 130 when stopped."));

    Databases databases;
    ReindexOptions options;
    options.magentoRoot = parser.value(QStringLiteral("m2-root"));
    if (parser.isSet(QStringLiteral("project"))) {
        const QString path = parser.value(QStringLiteral("project"));
        try {
            databases.project = Project::load(path);
            databases.projectPath = QFileInfo(path).absoluteFilePath();
        } catch (const Error& e) {
            err(e.message());
            return UsageError;
        }
        if (options.magentoRoot.isEmpty())
            options.magentoRoot = databases.project->m2Root;
    }
    if (options.magentoRoot.isEmpty()) {
        err(databases.project
                ? tr("The project %1 has no Magento 2 installation folder: give --m2-root DIR, or set it in the "
                     "project (cutover-cli project create --m2-root DIR, or the wizard).")
                      .arg(databases.projectPath)
                : tr("Give the Magento 2 installation folder: --m2-root DIR (or a project with --project FILE)."));
        return UsageError;
    }
    options.sshTarget = parser.value(QStringLiteral("ssh"));
    if (parser.isSet(QStringLiteral("ssh"))
        && (!options.sshTarget.contains(QLatin1Char('@')) || options.sshTarget.startsWith(QLatin1Char('@'))
            || options.sshTarget.endsWith(QLatin1Char('@')) || options.sshTarget.contains(QLatin1Char(' ')))) {
        err(tr("--ssh takes USER@HOST or USER@HOST:PORT, not \"%1\".").arg(options.sshTarget));
        return UsageError;
    }
    for (const QString& indexer : parser.values(QStringLiteral("indexer"))) {
        for (const QString& name : indexer.split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.indexers << name.trimmed();
    }
    if (parser.isSet(QStringLiteral("php")))
        options.php = parser.value(QStringLiteral("php"));

    ReindexRunner runner(options);
    const bool json = parser.isSet(QStringLiteral("json"));
    // Shown before anything runs: where, and exactly what.
    err(tr("Running on %1: %2").arg(runner.host(), runner.commandLine()));
    if (!json)
        QObject::connect(&runner, &ReindexRunner::outputLine, [](const QString& line) { out(line); });

    installCancelHandler();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&runner] {
        if (cancelFlag())
            runner.cancel();
    });
    poll.start(100);
    const ReindexResult result = runner.run();
    poll.stop();

    if (json)
        out(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    else if (result.status == ReindexResult::Failed && result.indexers.isEmpty())
        err(result.toText()); // what stopped it, where scripts look for errors
    else
        out(result.toText());
    int exitCode = Failed;
    switch (result.status) {
    case ReindexResult::Succeeded:
        exitCode = Success;
        break;
    case ReindexResult::Cancelled:
        exitCode = Cancelled;
        break;
    case ReindexResult::Failed:
        break;
    }
    recordRun(databases,
        options.indexers.isEmpty() ? QStringLiteral("reindex")
                                   : QStringLiteral("reindex %1").arg(options.indexers.join(QLatin1Char(' '))),
        started, outcomeOf(exitCode), summaryOf(result), recordedDetails(result));
    return exitCode;
}

} // namespace cutover::cli
