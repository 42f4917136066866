#include "cliutil.h"
#include "commands.h"
#include "projectoption.h"

#include "engine/migrationrunner.h"
#include "engine/progresstracker.h"
#include "engine/verifier.h"
#include "error.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "steps/steplist.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <algorithm>

namespace cutover::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cutover::cli", text);
}

} // namespace

int runVerify(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"), tr("settings, data or all (default: all)"), tr("[mode]"));
    addDatabaseOptions(parser, Needs::Both);
    addStepOptions(parser);
    addStoreRootOptions(parser);
    parser.addOption({ QStringLiteral("config"), dmtConfigHelp(), QStringLiteral("FILE") });
    addOverridesOption(parser);
    parser.addOption({ QStringLiteral("jobs"), tr("Tables compared at once (default: the number of cores, 2 to 8)."),
        QStringLiteral("N") });
    parser.addOption({ QStringLiteral("max-keys"),
        tr("Mismatching keys listed per table (default 20); the rest are counted."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("json"), tr("Print the verification as one JSON document.") });
    processOrExit(parser, arguments,
        tr("Compares the Magento 2 database with what 'cutover-cli migrate' carried: per table, row counts and a "
           "checksum of the mapped columns, computed on the Magento 1 rows after the same transformation, and the "
           "keys of the rows that are missing, extra or different. Reads both databases, writes nothing. Exit code "
           "0 when everything matches, 1 on a mismatch or an error, 2 for usage errors, 130 when cancelled."));

    const QStringList positional = parser.positionalArguments();
    const QString mode = positional.value(0, QStringLiteral("all"));
    if (positional.size() > 1
        || (mode != QLatin1String("settings") && mode != QLatin1String("data") && mode != QLatin1String("all"))) {
        err(tr("Say what to verify: cutover-cli verify [settings|data|all] --source URL --dest URL"));
        return UsageError;
    }
    const qint64 jobs = integerOption(parser, QStringLiteral("jobs"), MigrationRunner::defaultJobs());
    if (jobs < 1 || jobs > 64) {
        err(tr("--jobs must be between 1 and 64."));
        return UsageError;
    }
    Verifier::Options options;
    options.maxKeys
        = int(std::min<qint64>(integerOption(parser, QStringLiteral("max-keys"), options.maxKeys), 100'000));
    const bool json = parser.isSet(QStringLiteral("json"));
    const Databases databases = resolveDatabasesOrExit(parser, Needs::Both);
    const StepOptions stepOptions = resolveStepOptionsOrExit(parser, databases);
    const QDateTime started = QDateTime::currentDateTime();
    const QString command = QStringLiteral("verify ") + mode;
    try {
        const std::unique_ptr<CliEnvironment> loaded = makeEnvironmentOrReport(parser, databases, int(jobs));
        if (!loaded)
            return UsageError;
        const MigrationEnvironment& env = loaded->env;

        installCancelHandler();
        RunControl control;
        control.setExternalCancelFlag(&cancelFlag());
        std::vector<std::unique_ptr<Step>> steps;
        for (const StepSet set : { StepSet::Settings, StepSet::Data }) {
            if (mode == QLatin1String("all") || stepSetFromName(mode) == set) {
                for (std::unique_ptr<Step>& step : migrationSteps(set, stepOptions))
                    steps.push_back(std::move(step));
            }
        }
        Verifier verifier(env, options);
        for (const std::unique_ptr<Step>& step : steps)
            verifier.addStep(step.get());
        ProgressLine progressLine;
        ProgressTracker tracker([&](const RunProgress& p) { progressLine.update(p.step, p.done, p.total); });
        const VerifyReport report = verifier.run(control, &tracker);
        progressLine.finish();
        if (json)
            out(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
        else
            out(report.toText());
        const int code = report.outcome == Outcome::Succeeded
            ? Success
            : (report.outcome == Outcome::Cancelled ? int(Cancelled) : int(Failed));
        recordRun(databases, command, started, outcomeOf(code),
            report.outcome == Outcome::Succeeded ? report.toText().section(QLatin1Char('\n'), 0, 0) : report.message,
            report.toJson());
        return code;
    } catch (const Error& e) {
        err(e.message());
        recordRun(databases, command, started, RunOutcome::Failed, e.message());
        return Failed;
    }
}

} // namespace cutover::cli
