#include "cliutil.h"
#include "commands.h"
#include "projectoption.h"

#include "db/connectionprofile.h"
#include "error.h"
#include "media/mediacopier.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QThread>

namespace cutover::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cutover::cli", text);
}

// "media 1,234/50,000 files 12.3 MB/80 MB 15% 4.1 MB/s ETA 0:12", rewritten in place on a terminal; on a pipe a
// plain line every five seconds.
class MediaProgressLine
{
public:
    // Its own context, as lupdate files the strings of a class's methods.
    static QString tr(const char* text)
    {
        return QCoreApplication::translate("cutover::cli::MediaProgressLine", text);
    }

    void update(const MediaCopyProgress& p)
    {
        const bool terminal = stderrIsTerminal();
        const bool last = p.phase == MediaCopyProgress::Copying && p.filesDone == p.filesTotal;
        if (m_timer.isValid() && m_timer.elapsed() < (terminal ? 100 : 5000) && !last)
            return;
        m_timer.start();
        const QLocale locale;
        QString line;
        switch (p.phase) {
        case MediaCopyProgress::Scanning:
            line = tr("media: reading the folders...");
            break;
        case MediaCopyProgress::CrossChecking:
            line = tr("media: cross-checking with the database...");
            break;
        case MediaCopyProgress::Copying:
            line = tr("media %1/%2 files %3/%4")
                       .arg(locale.toString(p.filesDone), locale.toString(p.filesTotal),
                           locale.formattedDataSize(p.bytesDone), locale.formattedDataSize(p.bytesTotal));
            if (p.bytesTotal > 0)
                line += QStringLiteral(" %1%").arg(100 * p.bytesDone / p.bytesTotal);
            if (p.bytesPerSecond > 0)
                line += tr(" %1/s").arg(locale.formattedDataSize(qint64(p.bytesPerSecond)));
            if (p.etaSeconds >= 0 && !last)
                line += tr(" ETA %1").arg(clockText(p.etaSeconds));
            if (p.paused)
                line += tr(" (paused)");
            break;
        }
        if (terminal) {
            std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
            m_dirty = true;
        } else {
            err(line);
        }
    }
    void finish()
    {
        if (m_dirty)
            std::fprintf(stderr, "\n");
        m_dirty = false;
    }

private:
    QElapsedTimer m_timer;
    bool m_dirty = false;
};

// --from/--to, or the media folders under the project's installation roots.
QString folderOrExit(const QCommandLineParser& parser, const QString& option, const Databases& databases,
    const QString& root, const QString& below, const QString& rootName)
{
    if (parser.isSet(option))
        return parser.value(option);
    if (databases.project && !root.isEmpty())
        return QDir(root).filePath(below);
    if (databases.project)
        err(tr("The project %1 has no %2 installation folder: give --%3 DIR, or set the folder in the project "
               "(cutover-cli project create --%4 DIR, or the wizard).")
                .arg(databases.projectPath, rootName, option,
                    option == QLatin1String("from") ? QStringLiteral("m1-root") : QStringLiteral("m2-root")));
    else
        err(tr("Give both folders: --from <magento1-root>/media --to <magento2-root>/pub/media (or a project with "
               "--project FILE)."));
    std::exit(UsageError);
}

} // namespace

int runMedia(const QStringList& arguments)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("from"),
        tr("The Magento 1 media folder (<magento1-root>/media; default with --project: the project's Magento 1 "
           "folder's media/)."),
        QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("to"),
        tr("The Magento 2 media folder (<magento2-root>/pub/media; default with --project: the project's Magento 2 "
           "folder's pub/media/); created when missing."),
        QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("source"),
        tr("The Magento 1 database, as mysql://USER@HOST:PORT/DB?prefix=P, to cross-check the files with what it "
           "references. Its password is read from CUTOVER_SOURCE_PASSWORD (asked on a terminal when unset)."),
        QStringLiteral("URL") });
    addProjectOption(parser);
    parser.addOption({ QStringLiteral("no-cross-check"),
        tr("Do not cross-check the files with the Magento 1 database of the project (no password needed).") });
    parser.addOption({ QStringLiteral("dry-run"), tr("Show what would be copied; write nothing.") });
    parser.addOption({ QStringLiteral("overwrite"),
        tr("Replace files at the destination that differ and that no earlier copy wrote (they are listed either "
           "way).") });
    parser.addOption({ QStringLiteral("manifest"),
        tr("Where to keep the record of copied files for reruns (default: in the user's data folder, never in "
           "pub/media, which is public)."),
        QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("threads"), tr("Copying threads (default: 2 to 4, from the machine)."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("no-space-check"), tr("Start even when the free space looks too small.") });
    parser.addOption({ QStringLiteral("json"), tr("Print the report as one JSON document.") });
    parser.addOption(
        { QStringLiteral("list"), tr("How many entries of each list to print (default 20)."), QStringLiteral("N") });
    processOrExit(parser, arguments,
        tr("Copies the Magento 1 media folder to the Magento 2 pub/media folder: in parallel, only what is new or "
           "changed on a rerun, each copy verified by its hash. Leaves behind what Magento 2 regenerates (the image "
           "cache, merged CSS/JS, tmp/) and Magento 1's .htaccess files, never replaces a different file at the "
           "destination without --overwrite, and with --source (or a project's Magento 1 database) lists the files "
           "the database references that are missing and the files nothing references. With --project FILE the "
           "folders default to the project's installation folders and the run is recorded in the project. A rerun "
           "after an interrupted copy removes the partial files it left. Exit code 0 when everything copied, 1 when "
           "something failed, 2 for usage errors, 130 when cancelled."));

    // The database is optional here: only a project or --source asks for one.
    const QString projectOption = QStringLiteral("project");
    Databases databases;
    if (parser.isSet(projectOption) || parser.isSet(QStringLiteral("source"))) {
        if (parser.isSet(projectOption) && !parser.isSet(QStringLiteral("source"))) {
            // A project whose databases are not set yet still gives the folders.
            std::optional<Project> project;
            try {
                project = Project::load(parser.value(projectOption));
            } catch (const Error&) {
                // resolveDatabasesOrExit() below names what is wrong with the file.
            }
            if (project && project->source.database.isEmpty() && project->destination.database.isEmpty()) {
                databases.projectPath = QFileInfo(parser.value(projectOption)).absoluteFilePath();
                databases.project = std::move(project);
            }
        }
        if (!databases.project)
            databases = resolveDatabasesOrExit(parser, Needs::Either);
    }

    MediaCopyOptions options;
    const QString m1Root = databases.project ? databases.project->m1Root : QString();
    const QString m2Root = databases.project ? databases.project->m2Root : QString();
    options.sourceDir
        = folderOrExit(parser, QStringLiteral("from"), databases, m1Root, QStringLiteral("media"), tr("Magento 1"));
    options.destinationDir
        = folderOrExit(parser, QStringLiteral("to"), databases, m2Root, QStringLiteral("pub/media"), tr("Magento 2"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.overwriteConflicts = parser.isSet(QStringLiteral("overwrite"));
    options.manifestPath = parser.value(QStringLiteral("manifest"));
    options.checkSpace = !parser.isSet(QStringLiteral("no-space-check"));
    options.threads = int(integerOption(parser, QStringLiteral("threads"), 0));
    if (options.threads > 64) {
        err(tr("--threads must be between 1 and 64."));
        return UsageError;
    }
    const int listLimit = int(std::min<qint64>(integerOption(parser, QStringLiteral("list"), 20), 1000000));
    if (databases.source && !parser.isSet(QStringLiteral("no-cross-check"))) {
        options.source = databases.source;
        // Asks on a terminal; without one it stops with a message naming CUTOVER_SOURCE_PASSWORD.
        options.sourcePassword = passwordOrExit(databases, SecretRole::Source);
    }

    installCancelHandler();
    MediaCopier copier(options);
    MediaProgressLine line;
    const bool json = parser.isSet(QStringLiteral("json"));
    // The Ctrl+C flag is polled on the run's own thread through the progress reports (ten a second).
    const MediaCopyReport report = copier.run([&](const MediaCopyProgress& p) {
        if (cancelFlag())
            copier.cancel();
        if (!json)
            line.update(p);
    });
    line.finish();
    const bool nothingStarted = report.status == MediaCopyReport::Failed && report.copied.isEmpty()
        && report.updated.isEmpty() && report.failed.isEmpty() && report.upToDate == 0;
    if (json)
        out(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    else if (nothingStarted)
        err(report.error); // a refusal before the first file: the empty tally would only hide the reason
    else
        out(report.toText(listLimit));
    int exitCode = Failed;
    switch (report.status) {
    case MediaCopyReport::Succeeded:
        exitCode = Success;
        break;
    case MediaCopyReport::Cancelled:
        exitCode = Cancelled;
        break;
    case MediaCopyReport::Failed:
        break;
    }
    recordRun(databases, options.dryRun ? QStringLiteral("media --dry-run") : QStringLiteral("media"), started,
        outcomeOf(exitCode), report.summary(), report.recordedJson());
    return exitCode;
}

} // namespace cutover::cli
