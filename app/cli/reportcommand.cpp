#include "cliutil.h"
#include "commands.h"

#include "error.h"
#include "project/project.h"
#include "report/migrationreport.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>

namespace cutover::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cutover::cli", text);
}

} // namespace

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("project"),
        tr("The project file whose migration report to export (made with 'cutover-cli project create' or the "
           "wizard)."),
        QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("html"), tr("Write the report as one self-contained HTML file."), QStringLiteral("OUT") });
    parser.addOption({ QStringLiteral("pdf"), tr("Write the report as a PDF (A4)."), QStringLiteral("OUT") });
    processOrExit(parser, arguments,
        tr("Exports the migration report of a project: both stores, every recorded run with its steps, rows, "
           "warnings and findings, the verification, media, live changes, reindex and warm-up, and the go-live "
           "timeline with the downtime. Written for a client who never saw Cutover. Reads the project file only: "
           "no database is opened and no password is needed."));

    if (!parser.isSet(QStringLiteral("project"))) {
        err(tr("Give the project with --project FILE."));
        return UsageError;
    }
    const bool html = parser.isSet(QStringLiteral("html"));
    const bool pdf = parser.isSet(QStringLiteral("pdf"));
    if (html == pdf) {
        err(html ? tr("Give either --html OUT or --pdf OUT, not both: run the command once for each format.")
                 : tr("Say which format to write: --html OUT or --pdf OUT."));
        return UsageError;
    }
    const QString out = parser.value(html ? QStringLiteral("html") : QStringLiteral("pdf"));
    if (out.isEmpty()) {
        err(html ? tr("--html needs a file name to write the report to.")
                 : tr("--pdf needs a file name to write the report to."));
        return UsageError;
    }

    const QString projectPath = QFileInfo(parser.value(QStringLiteral("project"))).absoluteFilePath();
    Project project;
    try {
        project = Project::load(projectPath);
    } catch (const Error& e) {
        err(QStringLiteral("--project: %1").arg(e.message()));
        return UsageError;
    }

    const QString outPath = QFileInfo(out).absoluteFilePath();
    try {
        const MigrationReport report
            = MigrationReport::fromProject(project, projectPath, QDateTime::currentDateTimeUtc());
        if (html) {
            report.writeHtml(outPath);
        } else {
            // main() makes a QGuiApplication for this command; a PDF cannot be laid out without one.
            if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
                err(tr("The PDF could not be written: Qt's GUI module could not start. Use --html instead."));
                return Failed;
            }
            report.writePdf(outPath);
        }
    } catch (const Error& e) {
        err(e.message());
        return Failed;
    }
    err(tr("Report written to %1.").arg(outPath));
    return Success;
}

} // namespace cutover::cli
