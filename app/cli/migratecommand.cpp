#include "cliutil.h"
#include "commands.h"
#include "projectoption.h"

#include "copy/copyledger.h"
#include "db/connectionprofile.h"
#include "db/database.h"
#include "delta/deltacapture.h"
#include "engine/destinationcontents.h"
#include "engine/integritycheck.h"
#include "engine/migrationrunner.h"
#include "error.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "steps/steplist.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace cutover::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cutover::cli", text, disambiguation, n);
}

bool confirmReset(const ConnectionProfile& destination, bool yes)
{
    if (yes)
        return true;
    if (!stdinIsTerminal()) {
        err(tr("--reset removes what Cutover wrote to %1; without a terminal to ask, add --yes to confirm.")
                .arg(destination.displayName()));
        return false;
    }
    return askYes(
        tr("Remove everything Cutover wrote to %1 and put back the rows it replaced?").arg(destination.displayName()));
}

// The destination database's name as the user confirms replacing a store in use: --replace-store, else typed on a
// terminal. Empty when the destination is not a store in use. nullopt when it is and the run must not start (the
// reason printed).
std::optional<QString> confirmStoreInUse(
    const DatabaseTarget& source, const DatabaseTarget& destination, const QString& given)
{
    if (!given.isEmpty())
        return given; // the runner checks the name
    Database db(destination.profile, destination.password, QStringLiteral("destination"));
    Database sourceDb(source.profile, source.password, QStringLiteral("source"));
    const DestinationContents contents = DestinationContents::read(db, &sourceDb);
    if (!contents.inUse())
        return QString();
    err(contents.inUseMessage(destination.profile.displayName()));
    if (!stdinIsTerminal()) {
        err(tr("Without a terminal to ask, add --replace-store %1 (the destination database's name) to confirm, or "
               "migrate into a freshly installed Magento 2.")
                .arg(destination.profile.database));
        return std::nullopt;
    }
    err(tr("Type the destination database's name, %1, to replace its store, or press Enter to stop: ")
            .arg(destination.profile.database));
    QTextStream in(stdin);
    const QString typed = in.readLine().trimmed();
    if (typed != destination.profile.database) {
        err(tr("Not confirmed; nothing was written."));
        return std::nullopt;
    }
    return typed;
}

// Warns (and goes on) when change capture is not on the source: rows changed during the copy would be lost.
QString captureWarning(const DatabaseTarget& source)
{
    try {
        Database db(source.profile, source.password, QStringLiteral("source"));
        if (DeltaCapture::isInstalled(db))
            return {};
    } catch (const Error& e) {
        return tr("Warning: could not check change capture on %1 (%2); changes made to the store during the copy "
                  "may not be carried over.")
            .arg(source.profile.displayName(), e.message());
    }
    return tr("Warning: change capture is not installed on %1, so changes made to the Magento 1 store during the "
              "copy will not be carried over to Magento 2. To carry them, stop here and run 'cutover-cli delta "
              "install' first; the copy goes on now.")
        .arg(source.profile.displayName());
}

} // namespace

QString defaultDmtConfig()
{
    return DmtConfiguration::defaultPath();
}

QString dmtConfigHelp()
{
    return tr("The Data Migration Tool's config.xml, read unchanged with the map.xml family it names (or Cutover's "
              "own, written out by 'cutover-cli mapping export DIR'). Default: $CUTOVER_DMT_CONFIG when set, else "
              "Cutover's own mapping for CE 1.9.x to 2.4.x, built into the program.");
}

void addOverridesOption(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("overrides"),
        tr("The override map (the Data Migration Tool's map.xml format, as 'cutover-cli integrity --fix' writes it) "
           "layered on the configuration's map.xml. Default with --project: the project's own."),
        QStringLiteral("FILE") });
}

QString overridesPathOf(const QCommandLineParser& parser, const Databases& databases)
{
    if (parser.optionNames().contains(QStringLiteral("overrides")))
        return QFileInfo(parser.value(QStringLiteral("overrides"))).absoluteFilePath();
    if (databases.project)
        return databases.project->mappingOverridesPath(databases.projectPath);
    return {};
}

std::optional<DmtConfiguration> loadDmtConfigOrReport(const QCommandLineParser& parser, const QString& overridesPath)
{
    const bool given = parser.isSet(QStringLiteral("config"));
    const QString configFile = given ? parser.value(QStringLiteral("config")) : defaultDmtConfig();
    if (!QFileInfo::exists(configFile)) {
        err(given ? tr("The Data Migration Tool configuration %1 does not exist; check the path given with --config.")
                        .arg(configFile)
                  : tr("The default Data Migration Tool configuration %1 does not exist; give one with --config FILE "
                       "or set CUTOVER_DMT_CONFIG.")
                        .arg(configFile));
        return std::nullopt;
    }
    try {
        return loadLayeredConfiguration(configFile, overridesPath);
    } catch (const Error& e) {
        err(tr("Could not load the Data Migration Tool configuration %1: %2").arg(configFile, e.message()));
        return std::nullopt;
    }
}

std::unique_ptr<CliEnvironment> makeEnvironmentOrReport(
    const QCommandLineParser& parser, const Databases& databases, int jobs)
{
    std::optional<DmtConfiguration> dmt = loadDmtConfigOrReport(parser, overridesPathOf(parser, databases));
    if (!dmt)
        return nullptr;
    auto loaded = std::unique_ptr<CliEnvironment>(new CliEnvironment { std::move(*dmt), {}, {} });
    MigrationEnvironment& env = loaded->env;
    env.source = { *databases.source, passwordOrExit(databases, SecretRole::Source) };
    env.destination = { *databases.destination, passwordOrExit(databases, SecretRole::Destination) };
    env.jobs = jobs;
    env.dmt = &loaded->dmt;
    loaded->handlers.setCryptKeys(cryptKeys(parser, databases, loaded->dmt.config().cryptKey()));
    env.handlers = &loaded->handlers;
    return loaded;
}

int runMigrate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"), tr("settings or data"));
    addDatabaseOptions(parser, Needs::Both);
    addStepOptions(parser);
    addStoreRootOptions(parser);
    parser.addOption({ QStringLiteral("config"), dmtConfigHelp(), QStringLiteral("FILE") });
    addOverridesOption(parser);
    parser.addOption({ QStringLiteral("jobs"), tr("Tables copied at once (default: the number of cores, 2 to 8)."),
        QStringLiteral("N") });
    parser.addOption({ QStringLiteral("reset"),
        tr("Remove exactly what Cutover wrote to the destination (and put back the rows it replaced) before running, "
           "so the run starts clean.") });
    parser.addOption({ QStringLiteral("yes"), tr("Confirm --reset without asking.") });
    parser.addOption({ QStringLiteral("replace-store"),
        tr("Confirm replacing a destination that is a store in use (it has customers or orders Cutover did not "
           "write) by giving its database name. The replaced rows are kept in backup tables; --reset puts them "
           "back."),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("json"), tr("Print the report as one JSON document.") });
    parser.addOption({ QStringLiteral("skip-integrity"),
        tr("Start the data migration even when the integrity check finds errors (see 'cutover-cli integrity').") });
    parser.addOption({ QStringLiteral("verify"),
        tr("After a successful run, compare what it carried as 'cutover-cli verify' does; a mismatch fails the "
           "run.") });
    processOrExit(parser, arguments,
        tr("Migrates settings (core_config_data, websites, store groups, stores) or data (EAV attributes, catalog, "
           "customers, every table map.xml carries, URL rewrites, ratings, order grids and sales sequences) from "
           "Magento 1 to Magento 2. An interrupted run resumes where it stopped when run "
           "again. Exit code 0 when it succeeded, 1 when it failed, 2 for usage errors, 130 when cancelled."));

    const QStringList positional = parser.positionalArguments();
    const QString mode = positional.value(0);
    if (positional.size() != 1 || !stepSetFromName(mode)) {
        err(tr("Say what to migrate: cutover-cli migrate settings|data --source URL --dest URL"));
        return UsageError;
    }
    const qint64 jobs = integerOption(parser, QStringLiteral("jobs"), MigrationRunner::defaultJobs());
    if (jobs < 1 || jobs > 64) {
        err(tr("--jobs must be between 1 and 64."));
        return UsageError;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const Databases databases = resolveDatabasesOrExit(parser, Needs::Both);
    const StepOptions stepOptions = resolveStepOptionsOrExit(parser, databases);
    const QDateTime started = QDateTime::currentDateTime();
    const QString command = QStringLiteral("migrate ") + mode;
    try {
        const std::unique_ptr<CliEnvironment> loaded = makeEnvironmentOrReport(parser, databases, int(jobs));
        if (!loaded)
            return UsageError;
        const MigrationEnvironment& env = loaded->env;

        QStringList warnings;
        if (mode == QLatin1String("data")) {
            // The integrity check first, as a dry run: its errors (an extension's table or column the mapping does
            // not cover) would leave data behind silently.
            const bool skip = parser.isSet(QStringLiteral("skip-integrity"));
            RunControl control;
            control.setExternalCancelFlag(&cancelFlag());
            IntegrityReport integrity;
            try {
                integrity = IntegrityCheck::run(env, &control);
            } catch (const Error& e) {
                // --skip-integrity means: start whatever the check says, also when it cannot say anything.
                if (!skip || cancelFlag().load())
                    throw;
                err(tr("The integrity check could not run: %1").arg(e.message()));
                warnings << tr("Started without the integrity check (--skip-integrity): %1").arg(e.message());
            }
            if (integrity.errors() > 0) {
                err(tr("The integrity check found %n error(s) that would leave data behind:", "", integrity.errors()));
                for (const IntegrityFinding& finding : integrity.findings) {
                    if (finding.severity == IntegrityFinding::Severity::Error)
                        err(QStringLiteral("  [%1] %2").arg(finding.id, finding.message));
                }
                if (!skip) {
                    err(tr("Nothing was written. Fix them with 'cutover-cli integrity' (--fix ID writes the project's "
                           "override map), or start anyway with --skip-integrity."));
                    recordRun(databases, command, started, RunOutcome::Failed,
                        tr("Not started: the integrity check found %n error(s).", "", integrity.errors()));
                    return Failed;
                }
                warnings << tr("Started despite %n integrity error(s) (--skip-integrity).", "", integrity.errors());
            } else if (integrity.warnings() > 0) {
                err(tr("The integrity check found no error and %n warning(s); 'cutover-cli integrity' lists them.", "",
                    integrity.warnings()));
            }
        }

        if (parser.isSet(QStringLiteral("reset"))) {
            if (!confirmReset(env.destination.profile, parser.isSet(QStringLiteral("yes"))))
                return UsageError;
            Database destination(env.destination.profile, env.destination.password, QStringLiteral("destination"));
            const QStringList restored = CopyLedger::reset(destination);
            err(tr("Reset %1 tables on %2.").arg(restored.size()).arg(env.destination.profile.displayName()));
        }

        const std::optional<QString> confirmed
            = confirmStoreInUse(env.source, env.destination, parser.value(QStringLiteral("replace-store")));
        if (!confirmed) {
            recordRun(databases, command, started, RunOutcome::Failed,
                tr("Not started: the destination is a store in use and replacing it was not confirmed."));
            return UsageError;
        }

        if (mode == QLatin1String("data")) {
            // Kept before the run, so that capture, delta and the verifications leave out what this run leaves.
            recordStepOptions(databases, stepOptions);
            err(tr("Left behind as chosen: %1.").arg(leftOutText(stepOptions.areas)));
            const QString warning = captureWarning(env.source);
            if (!warning.isEmpty()) {
                err(warning);
                warnings << warning;
            }
        }

        installCancelHandler();
        MigrationRunner runner(env);
        runner.setMode(mode);
        runner.setConfirmedDestination(*confirmed);
        runner.setExternalCancelFlag(&cancelFlag());
        for (std::unique_ptr<Step>& step : migrationSteps(*stepSetFromName(mode), stepOptions))
            runner.addStep(std::move(step));
        ProgressLine progress;
        QObject::connect(
            &runner, &MigrationRunner::progressChanged, &runner,
            [&](const RunProgress& p) { progress.update(p.step, p.done, p.total); }, Qt::DirectConnection);
        const RunReport report = runner.run();
        progress.finish();
        warnings << report.warnings;
        std::optional<VerifyReport> verification;
        if (parser.isSet(QStringLiteral("verify")) && report.outcome == Outcome::Succeeded) {
            verification = runner.verify();
            progress.finish();
        }
        QJsonObject document = report.toJson();
        document.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        if (verification)
            document.insert(QStringLiteral("verification"), verification->toJson());
        if (json) {
            out(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
        } else {
            out(report.toText());
            if (verification)
                out(verification->toText());
        }
        Outcome outcome = report.outcome;
        if (verification && verification->outcome != Outcome::Succeeded)
            outcome = verification->outcome;
        const int code
            = outcome == Outcome::Succeeded ? Success : (outcome == Outcome::Cancelled ? int(Cancelled) : int(Failed));
        qint64 written = 0;
        for (const StepReport& step : report.steps)
            written += step.rowsWritten();
        recordRun(databases, command, started, outcomeOf(code),
            outcome == Outcome::Succeeded ? tr("%1 rows written").arg(written)
                                          : (verification ? verification->message : report.message),
            document);
        return code;
    } catch (const Error& e) {
        err(e.message());
        recordRun(databases, command, started, RunOutcome::Failed, e.message());
        return Failed;
    }
}

} // namespace cutover::cli
