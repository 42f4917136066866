#include "cliutil.h"
#include "commands.h"
#include "projectoption.h"

#include "db/connectionprofile.h"
#include "error.h"
#include "project/project.h"
#include "project/secretstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cutover::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cutover::cli", text);
}

QString localTime(const QDateTime& date)
{
    return date.isValid() ? date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : tr("(unknown)");
}

QJsonValue urlOrNull(const ConnectionProfile& profile)
{
    return profile.database.isEmpty() ? QJsonValue() : QJsonValue(profile.toUrl());
}

int create(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file to create (.cutover is added)."));
    parser.addOption({ QStringLiteral("source"),
        tr("The Magento 1 database, as mysql://USER@HOST:PORT/DB?prefix=P&socket=PATH&ssl=MODE&ssl-ca=FILE."),
        QStringLiteral("URL") });
    parser.addOption(
        { QStringLiteral("dest"), tr("The Magento 2 database, in the same form."), QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("m1-root"),
        tr("The Magento 1 installation folder (holds media/), for copying media."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("m2-root"),
        tr("The Magento 2 installation folder (holds bin/magento and pub/media/)."), QStringLiteral("DIR") });
    parser.addOption(
        { QStringLiteral("name"), tr("The project's name (default: the file name)."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("force"), tr("Replace an existing project file.") });
    parser.addOption({ QStringLiteral("save-passwords"),
        tr("Keep the passwords given in CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD in the system keychain, "
           "so that later commands with --project find them.") });
    processOrExit(parser, arguments,
        tr("Creates a project file holding the source (Magento 1) and destination (Magento 2) databases and "
           "installation folders. Every command then accepts --project FILE in place of the URLs. Passwords are "
           "never written to the file: they come from CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD, from the "
           "keychain (--save-passwords), or are asked each time."));

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err(files.isEmpty() ? tr("Give the project file to create: cutover-cli project create FILE --source URL "
                                 "--dest URL.")
                            : tr("Give one project file, not %1.").arg(files.size()));
        return UsageError;
    }
    QString path = QFileInfo(files.first()).absoluteFilePath();
    if (!path.endsWith(QLatin1String(Project::fileExtension)))
        path += QLatin1String(Project::fileExtension);

    Project project;
    struct Side
    {
        const char* option;
        ConnectionProfile* profile;
    };
    for (const Side& side : { Side { "source", &project.source }, Side { "dest", &project.destination } }) {
        const QString option = QString::fromLatin1(side.option);
        if (!parser.isSet(option)) {
            err(tr("--%1 is missing: give the %2 database as --%1 mysql://USER@HOST/DB.")
                    .arg(option, option == QLatin1String("source") ? tr("Magento 1") : tr("Magento 2")));
            return UsageError;
        }
        try {
            *side.profile = ConnectionProfile::fromUrl(parser.value(option));
        } catch (const Error& e) {
            err(QStringLiteral("--%1: %2").arg(option, e.message()));
            return UsageError;
        }
    }
    if (QFileInfo::exists(path) && !parser.isSet(QStringLiteral("force"))) {
        err(tr("The project file %1 already exists. Give --force to replace it, or choose another name.").arg(path));
        return UsageError;
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        err(tr("The folder %1 does not exist. Create it first, or choose another place for the project.")
                .arg(QFileInfo(path).absolutePath()));
        return UsageError;
    }
    for (const auto& [option, root] : { std::pair { "m1-root", &project.m1Root }, { "m2-root", &project.m2Root } }) {
        const QString name = QString::fromLatin1(option);
        if (!parser.isSet(name))
            continue;
        *root = QDir::cleanPath(QFileInfo(parser.value(name)).absoluteFilePath());
        // The project may be prepared away from the servers, so a missing folder is worth a word, not a refusal.
        if (!QFileInfo(*root).isDir())
            err(tr("Warning: --%1 %2 is not a folder on this computer.").arg(name, *root));
    }

    const bool savePasswords = parser.isSet(QStringLiteral("save-passwords"));
    if (savePasswords) {
        if (!qEnvironmentVariableIsSet("CUTOVER_SOURCE_PASSWORD")
            && !qEnvironmentVariableIsSet("CUTOVER_DEST_PASSWORD")) {
            err(tr("--save-passwords keeps the passwords given in CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD, "
                   "and neither is set."));
            return UsageError;
        }
        const QString reason = SecretStore::unavailableReason();
        if (!reason.isEmpty()) {
            err(tr("The passwords cannot be kept: %1. Create the project without --save-passwords and give the "
                   "passwords in CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD each time.")
                    .arg(reason));
            return Failed;
        }
    }

    project.name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                        : QFileInfo(path).completeBaseName();
    project.createdAt = QDateTime::currentDateTimeUtc();
    project.ensureId();
    try {
        project.save(path);
    } catch (const Error& e) {
        err(e.message());
        return Failed;
    }
    out(tr("Created the project %1.").arg(path));

    if (savePasswords) {
        const SecretStore store;
        for (SecretRole role : { SecretRole::Source, SecretRole::Destination }) {
            const char* variable = passwordVariable(role);
            if (!qEnvironmentVariableIsSet(variable))
                continue;
            const SecretResult stored = store.writeNow(project.id, role, qEnvironmentVariable(variable));
            if (stored.status != SecretStatus::Done) {
                err(tr("The password from %1 was not kept: %2").arg(QString::fromLatin1(variable), stored.message));
                return Failed;
            }
            out(tr("Kept the password from %1 in the system keychain.").arg(QString::fromLatin1(variable)));
        }
    }
    return Success;
}

int show(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({ QStringLiteral("json"), tr("Print one JSON document instead of text.") });
    processOrExit(parser, arguments,
        tr("Shows a project: its databases as URLs, installation folders, the manual checklist and the runs "
           "recorded in it. Passwords are never shown: the project does not hold them."));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err(tr("Give one project file: cutover-cli project show FILE."));
        return UsageError;
    }
    const QString path = QFileInfo(files.first()).absoluteFilePath();
    Project project;
    try {
        project = Project::load(path);
    } catch (const Error& e) {
        err(e.message());
        return UsageError;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject file = project.toJson();
        QJsonObject document;
        document.insert(QStringLiteral("file"), path);
        document.insert(QStringLiteral("id"), file.value(QStringLiteral("id")));
        document.insert(QStringLiteral("name"), project.name);
        document.insert(QStringLiteral("createdAt"), file.value(QStringLiteral("createdAt")));
        document.insert(QStringLiteral("source"), urlOrNull(project.source));
        document.insert(QStringLiteral("destination"), urlOrNull(project.destination));
        document.insert(QStringLiteral("m1Root"), project.m1Root);
        document.insert(QStringLiteral("m2Root"), project.m2Root);
        document.insert(QStringLiteral("progress"), file.value(QStringLiteral("progress")));
        out(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }

    const QString none = tr("(not set)");
    const auto orNone = [&](const QString& text) { return text.isEmpty() ? none : text; };
    out(tr("Project %1 (%2)").arg(project.name, path));
    out(tr("  Id:             %1").arg(project.id.isNull() ? none : project.id.toString(QUuid::WithoutBraces)));
    out(tr("  Created:        %1").arg(localTime(project.createdAt)));
    out(tr("  Source:         %1").arg(project.source.database.isEmpty() ? none : project.source.toUrl()));
    out(tr("  Destination:    %1").arg(project.destination.database.isEmpty() ? none : project.destination.toUrl()));
    out(tr("  Magento 1 root: %1").arg(orNone(project.m1Root)));
    out(tr("  Magento 2 root: %1").arg(orNone(project.m2Root)));
    out(tr("  Current page:   %1").arg(orNone(project.progress.currentPage)));
    out(tr("  Checklist:"));
    if (project.progress.checklist.isEmpty())
        out(tr("    nothing ticked yet"));
    for (const ChecklistTick& tick : project.progress.checklist)
        out(tr("    [%1] %2 (%3 by %4)")
                .arg(tick.ticked ? QStringLiteral("x") : QStringLiteral(" "), tick.id, localTime(tick.at),
                    orNone(tick.by)));
    out(tr("  Runs:"));
    if (project.progress.runs.isEmpty())
        out(tr("    none yet"));
    for (const RunRecord& run : project.progress.runs)
        out(QStringLiteral("    %1  %2  %3%4")
                .arg(localTime(run.started), run.command, runOutcomeName(run.outcome),
                    run.summary.isEmpty() ? QString() : QStringLiteral(": ") + run.summary));
    return Success;
}

} // namespace

int runProject(const QStringList& arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("%1 %2").arg(arguments.value(0), action));
    if (action == QLatin1String("create"))
        return create(rest);
    if (action == QLatin1String("show"))
        return show(rest);
    const QString usage = tr("Usage: cutover-cli project create FILE --source URL --dest URL [--m1-root DIR] "
                             "[--m2-root DIR] [--name NAME] [--force] [--save-passwords]\n"
                             "       cutover-cli project show FILE [--json]\n"
                             "Run 'cutover-cli project create --help' for the details.");
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action == QLatin1String("help")) {
        out(usage);
        return Success;
    }
    if (action.isEmpty())
        err(usage);
    else
        err(tr("Unknown action \"%1\" for cutover-cli project.\n%2").arg(action, usage));
    return UsageError;
}

} // namespace cutover::cli
