#include "cliutil.h"
#include "commands.h"
#include "projectoption.h"

#include "engine/integritycheck.h"
#include "error.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace cutover::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cutover::cli", text, disambiguation, n);
}

std::optional<IntegrityReport> check(const MigrationEnvironment& env, bool json)
{
    installCancelHandler();
    RunControl control;
    control.setExternalCancelFlag(&cancelFlag());
    ProgressLine progress;
    const QString area = tr("integrity check");
    IntegrityReport report = IntegrityCheck::run(env, &control, [&](int done, int total) {
        if (!json)
            progress.update(area, done, total);
    });
    progress.finish();
    return report;
}

} // namespace

int runIntegrity(const QStringList& arguments)
{
    QCommandLineParser parser;
    addDatabaseOptions(parser, Needs::Both);
    addStoreRootOptions(parser);
    parser.addOption({ QStringLiteral("config"), dmtConfigHelp(), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("overrides"),
        tr("The override map (the Data Migration Tool's map.xml format) layered on the configuration's map.xml, "
           "and where --fix writes. Default with --project: the project's own (created next to the project file "
           "and recorded in it on the first fix)."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("fix"),
        tr("Apply a fix: a fix id as listed, or a finding id for its first fix. Repeat for several."),
        QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("fix-all-ignores"),
        tr("Apply the ignore fix of every error finding that has one (asks first; --yes without a terminal).") });
    parser.addOption({ QStringLiteral("yes"), tr("Confirm --fix-all-ignores without asking.") });
    parser.addOption({ QStringLiteral("json"), tr("Print the findings as one JSON document.") });
    processOrExit(parser, arguments,
        tr("The integrity check before data moves, as a dry run: source tables and fields the destination lacks "
           "(extension tables), required destination fields without a source, type mismatches, rules naming what "
           "does not exist, handlers Cutover cannot run, and orphan rows in the source. Writes nothing to either "
           "database. Each finding has an id; --fix ID adds its rule to the project's override map, never to the "
           "defaults, and checks again. Exit code 0 when no error remains, 1 when errors remain, 2 for usage "
           "errors."));

    const bool json = parser.isSet(QStringLiteral("json"));
    const QStringList fixIds = parser.values(QStringLiteral("fix"));
    const bool allIgnores = parser.isSet(QStringLiteral("fix-all-ignores"));
    const bool yes = parser.isSet(QStringLiteral("yes"));
    const Databases databases = resolveDatabasesOrExit(parser, Needs::Both);
    const bool givenOverrides = parser.isSet(QStringLiteral("overrides"));
    const bool fixing = !fixIds.isEmpty() || allIgnores;
    if (fixing && !givenOverrides && !databases.project) {
        err(tr("A fix is written to the project's override map: give --project FILE, or --overrides FILE for a map "
               "of your own."));
        return UsageError;
    }
    if (allIgnores && !yes && !stdinIsTerminal()) {
        err(tr("--fix-all-ignores changes the mapping of every finding it fixes; without a terminal to ask, add "
               "--yes to confirm."));
        return UsageError;
    }
    const QDateTime started = QDateTime::currentDateTime();
    QString overrides = givenOverrides ? overridesPathOf(parser, databases) : QString();
    if (!givenOverrides && databases.project)
        overrides = databases.project->mappingOverridesPath(databases.projectPath);

    try {
        // --overrides names a file the first fix may create; a project's recorded one must exist.
        const QString layered = givenOverrides && !QFileInfo::exists(overrides) ? QString() : overrides;
        std::optional<DmtConfiguration> dmt = loadDmtConfigOrReport(parser, layered);
        if (!dmt)
            return UsageError;
        HandlerRegistry handlers;
        handlers.setCryptKeys(cryptKeys(parser, databases, dmt->config().cryptKey()));
        MigrationEnvironment env;
        env.source = { *databases.source, passwordOrExit(databases, SecretRole::Source) };
        env.destination = { *databases.destination, passwordOrExit(databases, SecretRole::Destination) };
        env.dmt = &*dmt;
        env.handlers = &handlers;

        std::optional<IntegrityReport> report = check(env, json);
        QJsonArray applied;
        if (fixing) {
            QList<IntegrityFix> fixes;
            for (const QString& id : fixIds) {
                const IntegrityFix* fix = report->fix(id);
                if (!fix) {
                    err(report->finding(id)
                            ? tr("The finding %1 has no fix: its message says what to do.").arg(id)
                            : tr("No finding or fix has the id %1 (any more); run 'cutover-cli integrity' to list "
                                 "them.")
                                  .arg(id));
                    return UsageError;
                }
                fixes << *fix;
            }
            if (allIgnores) {
                for (const IntegrityFinding& finding : report->findings) {
                    // Errors only: a warning's "ignore" (accepting a type mismatch) is a decision to take one by one.
                    if (finding.severity != IntegrityFinding::Severity::Error)
                        continue;
                    for (const IntegrityFix& fix : finding.fixes) {
                        if (fix.isIgnore()) {
                            fixes << fix;
                            break;
                        }
                    }
                }
                if (!yes && !stdinIsTerminal()) {
                    err(tr("--fix-all-ignores adds %n ignore rule(s) to the override map; without a terminal to ask, "
                           "add --yes to confirm.",
                        "", int(fixes.size())));
                    return UsageError;
                }
                if (!yes) {
                    if (!askYes(tr("Add %n ignore rule(s) to the override map? Their rows or values will not be "
                                   "migrated.",
                            "", int(fixes.size())))) {
                        err(tr("Not confirmed; the mapping was not changed."));
                        return UsageError;
                    }
                }
            }
            if (!fixes.isEmpty()) {
                const QString xsd = dmt->config().schemaPath(QStringLiteral("map.xsd"));
                if (givenOverrides)
                    IntegrityCheck::applyFixes(fixes, overrides, xsd);
                else
                    overrides = IntegrityCheck::applyFixesToProject(fixes, databases.projectPath, xsd);
                for (const IntegrityFix& fix : fixes)
                    applied.append(fix.toJson());
                err(tr("Applied %n fix(es) to %1; checking again.", "", int(fixes.size()))
                        .arg(QDir::toNativeSeparators(overrides)));
                // The check again, with the new rules layered on the configuration.
                dmt = loadDmtConfigOrReport(parser, overrides);
                if (!dmt)
                    return Failed;
                env.dmt = &*dmt;
                report = check(env, json);
            }
        }

        QJsonObject document = report->toJson();
        if (!overrides.isEmpty())
            document.insert(QStringLiteral("overrides"), overrides);
        document.insert(QStringLiteral("applied"), applied);
        if (json)
            out(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
        else
            out(report->toText());
        const int code = report->errors() > 0 ? Failed : Success;
        recordRun(databases, QStringLiteral("integrity"), started, outcomeOf(code),
            tr("%n error(s)", "", report->errors()) + QStringLiteral(", ")
                + tr("%n warning(s)", "", report->warnings()),
            document);
        return code;
    } catch (const CancelledError& e) {
        err(e.message());
        return Cancelled;
    } catch (const Error& e) {
        err(e.message());
        recordRun(databases, QStringLiteral("integrity"), started, RunOutcome::Failed, e.message());
        return Failed;
    }
}

} // namespace cutover::cli
