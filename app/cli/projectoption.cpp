#include "projectoption.h"

#include "cliutil.h"
#include "db/database.h"
#include "error.h"
#include "log/log.h"

#include <QFileInfo>
#include <QProcessEnvironment>

#include <cstdlib>
#include <termios.h>
#include <unistd.h>

namespace cutover::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cutover::cli", text);
}

const QString projectOption = QStringLiteral("project");
const QString sourceOption = QStringLiteral("source");
const QString destOption = QStringLiteral("dest");

[[noreturn]] void usageExit(const QString& message)
{
    err(message);
    std::exit(UsageError);
}

std::optional<ConnectionProfile> urlOption(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    try {
        return ConnectionProfile::fromUrl(parser.value(name));
    } catch (const Error& e) {
        usageExit(QStringLiteral("--%1: %2").arg(name, e.message()));
    }
}

// A project made by the wizard may not have its databases yet; a profile without a database is not set.
std::optional<ConnectionProfile> projectSide(const ConnectionProfile& profile)
{
    if (profile.database.isEmpty())
        return std::nullopt;
    return profile;
}

const ConnectionProfile* profileOf(const Databases& databases, SecretRole role)
{
    const auto& side = role == SecretRole::Source ? databases.source : databases.destination;
    return side ? &*side : nullptr;
}

QString sideName(SecretRole role)
{
    return role == SecretRole::Source ? tr("source (Magento 1)") : tr("destination (Magento 2)");
}

} // namespace

const char* passwordVariable(SecretRole role)
{
    return role == SecretRole::Source ? "CUTOVER_SOURCE_PASSWORD" : "CUTOVER_DEST_PASSWORD";
}

void addProjectOption(QCommandLineParser& parser)
{
    parser.addOption({ projectOption,
        tr("Use the databases of this project file (made with 'cutover-cli project create' or the wizard) instead "
           "of --source and --dest, and record the run in it."),
        QStringLiteral("FILE") });
}

void addDatabaseOptions(QCommandLineParser& parser, Needs needs)
{
    addProjectOption(parser);
    if (needs != Needs::Destination)
        parser.addOption({ sourceOption,
            tr("The Magento 1 database, as mysql://USER@HOST:PORT/DB?prefix=P. Its password is read from "
               "CUTOVER_SOURCE_PASSWORD."),
            QStringLiteral("URL") });
    if (needs != Needs::Source)
        parser.addOption({ destOption,
            tr("The Magento 2 database, as mysql://USER@HOST:PORT/DB. Its password is read from "
               "CUTOVER_DEST_PASSWORD."),
            QStringLiteral("URL") });
}

Databases resolveDatabasesOrExit(const QCommandLineParser& parser, Needs needs)
{
    const bool hasSourceOption = parser.optionNames().contains(sourceOption);
    const bool hasDestOption = parser.optionNames().contains(destOption);
    const bool urls = (hasSourceOption && parser.isSet(sourceOption)) || (hasDestOption && parser.isSet(destOption));
    const bool project = parser.isSet(projectOption);
    if (project && urls)
        usageExit(tr("Give either --project FILE or --source/--dest URLs, not both: the project already holds its "
                     "databases."));

    Databases databases;
    if (project) {
        databases.projectPath = QFileInfo(parser.value(projectOption)).absoluteFilePath();
        try {
            databases.project = Project::load(databases.projectPath);
        } catch (const Error& e) {
            usageExit(QStringLiteral("--project: %1").arg(e.message()));
        }
        databases.source = projectSide(databases.project->source);
        databases.destination = projectSide(databases.project->destination);
    } else {
        databases.source = urlOption(parser, sourceOption);
        databases.destination = urlOption(parser, destOption);
    }

    const auto missing = [&](const QString& side, const QString& option) {
        if (project)
            usageExit(
                tr("The project %1 has no %2 database yet; set it in the wizard.").arg(databases.projectPath, side));
        usageExit(tr("Give the %1 database with %2 URL, or a project with --project FILE.").arg(side, option));
    };
    if ((needs == Needs::Source || needs == Needs::Both) && !databases.source)
        missing(sideName(SecretRole::Source), QStringLiteral("--source"));
    if ((needs == Needs::Destination || needs == Needs::Both) && !databases.destination)
        missing(sideName(SecretRole::Destination), QStringLiteral("--dest"));
    if (needs == Needs::Either && !databases.source && !databases.destination) {
        if (project)
            usageExit(tr("The project %1 has no databases yet; set them in the wizard.").arg(databases.projectPath));
        usageExit(tr("Give the database(s) with --source URL and/or --dest URL, or a project with --project FILE."));
    }
    return databases;
}

std::optional<QString> knownPassword(const Databases& databases, SecretRole role)
{
    const char* variable = passwordVariable(role);
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    if (!databases.project || databases.project->id.isNull())
        return std::nullopt;
    // Short: a keychain that does not answer quickly from a script will not answer at all.
    const SecretResult found = SecretStore(5'000).readNow(databases.project->id, role);
    if (found.status == SecretStatus::Done)
        return found.secret;
    if (found.status == SecretStatus::Failed)
        err(tr("Warning: the %1 password could not be read from the keychain: %2").arg(sideName(role), found.message));
    else
        logger("cli.project")->debug("no {} password in the keychain: {}", variable, found.message.toStdString());
    return std::nullopt;
}

QString askPasswordOrExit(const Databases& databases, SecretRole role)
{
    const ConnectionProfile* profile = profileOf(databases, role);
    const QString who = profile ? profile->displayName() : sideName(role);
    if (!stdinIsTerminal())
        usageExit(tr("The password for %1 is needed and standard input is not a terminal, so it cannot be asked. "
                     "Set %2 (to an empty value if the account has none).")
                      .arg(who, QString::fromLatin1(passwordVariable(role))));

    std::fputs(tr("Password for %1: ").arg(who).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved {};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::string line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.push_back(char(c));
    if (canHide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputc('\n', stderr);
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

QString passwordOrExit(const Databases& databases, SecretRole role)
{
    if (std::optional<QString> password = knownPassword(databases, role))
        return *password;
    return askPasswordOrExit(databases, role);
}

RunOutcome outcomeOf(int exitCode)
{
    if (exitCode == Success)
        return RunOutcome::Succeeded;
    if (exitCode == Cancelled)
        return RunOutcome::Cancelled;
    return RunOutcome::Failed;
}

StepOptions resolveStepOptionsOrExit(const QCommandLineParser& parser, const Databases& databases)
{
    return stepOptionsOrExit(parser, databases.project ? &*databases.project : nullptr, [&databases]() {
        if (!databases.source) {
            err(QCoreApplication::translate("cli",
                "Leaving old quotes behind needs the Magento 1 database (its quote lifetime), or a date given with "
                "--old-quotes-before."));
            std::exit(UsageError);
        }
        try {
            Database src(*databases.source, passwordOrExit(databases, SecretRole::Source), QStringLiteral("source"));
            const QDateTime before = OptionalAreas::defaultOldQuotesBefore(src);
            // Without a project nothing keeps the date: a later verify or delta must be given the same one.
            if (!databases.project)
                err(QCoreApplication::translate("cli",
                    "Old quotes are those not updated since %1 (today less the store's quote lifetime). Give "
                    "--old-quotes-before %1 to the commands that follow, so that they all leave out the same "
                    "quotes.")
                        .arg(before.toString(Qt::ISODate)));
            return before;
        } catch (const Error& e) {
            err(QCoreApplication::translate("cli",
                "Could not read Magento 1's quote lifetime to know which quotes are old: %1 Give the date with "
                "--old-quotes-before.")
                    .arg(e.message()));
            std::exit(Failed);
        }
    });
}

void recordStepOptions(const Databases& databases, const StepOptions& options)
{
    if (!databases.project)
        return;
    try {
        Project::update(databases.projectPath, [&](Project& project) { project.stepOptions = options.toJson(); });
    } catch (const Error& e) {
        err(tr("Warning: the choices of the run were not kept in the project: %1").arg(e.message()));
    }
}

void recordRun(const Databases& databases, const QString& command, const QDateTime& started, RunOutcome outcome,
    const QString& summary, const QJsonObject& details)
{
    if (!databases.project)
        return;
    try {
        Project::recordRun(databases.projectPath, RunRecord::endingNow(command, started, outcome, summary, details));
    } catch (const Error& e) {
        err(tr("Warning: the run was not recorded in the project: %1").arg(e.message()));
    }
}

void addStoreRootOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("m1-root"),
        QCoreApplication::translate("cli",
            "The Magento 1 root folder, where app/etc/local.xml holds the key that encrypted payment data and "
            "passwords in settings (or set CUTOVER_M1_CRYPT_KEY). Default: the project's."),
        QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("m2-root"),
        QCoreApplication::translate("cli",
            "The Magento 2 root folder, where app/etc/env.php holds the key to encrypt them with again (or set "
            "CUTOVER_M2_CRYPT_KEY). Default: the project's."),
        QStringLiteral("DIR") });
}

CryptKeys cryptKeys(const QCommandLineParser& parser, const Databases& databases, const QString& dmtCryptKey)
{
    const auto root = [&](const QString& option, const QString& fromProject) {
        return parser.isSet(option) ? QFileInfo(parser.value(option)).absoluteFilePath() : fromProject;
    };
    // A root given on the command line is what the user means now: a key variable left in the shell must not win.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (parser.isSet(QStringLiteral("m1-root")))
        environment.remove(QStringLiteral("CUTOVER_M1_CRYPT_KEY"));
    if (parser.isSet(QStringLiteral("m2-root")))
        environment.remove(QStringLiteral("CUTOVER_M2_CRYPT_KEY"));
    return CryptKeys::load(dmtCryptKey,
        root(QStringLiteral("m1-root"), databases.project ? databases.project->m1Root : QString()),
        root(QStringLiteral("m2-root"), databases.project ? databases.project->m2Root : QString()), environment);
}

} // namespace cutover::cli
