#include "cliutil.h"
#include "commands.h"
#include "projectoption.h"

#include "db/database.h"
#include "delta/captureplan.h"
#include "delta/deltaapplier.h"
#include "delta/deltacapture.h"
#include "delta/dependentrefresher.h"
#include "engine/integritycheck.h"
#include "error.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <string>

namespace cutover::cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("cutover::cli", text, nullptr, n);
}

void printJson(const QJsonObject& object)
{
    out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

// The Data Migration Tool configuration that says which tables the migration carries: --dmt-config, else the
// same default as migrate and verify (defaultDmtConfig()).
QString dmtConfigPath(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("dmt-config")))
        return parser.value(QStringLiteral("dmt-config"));
    return defaultDmtConfig();
}

// Asks on the terminal; without one, --yes is required and the caller exits with a usage error.
enum class Answer { Yes, No, NoTerminal };
Answer confirm(const QString& question, bool yes)
{
    if (yes)
        return Answer::Yes;
    if (!stdinIsTerminal())
        return Answer::NoTerminal;
    return askYes(question) ? Answer::Yes : Answer::No;
}

void printPlan(const CapturePlan& plan, bool verbose)
{
    out(tr("Change capture for %1 (table prefix \"%2\", server %3):")
            .arg(plan.database, plan.tablePrefix, plan.server.version));
    out(tr("  Tables to create: %1 (the change log), %2 (what Cutover installed).").arg(plan.logTable, plan.metaTable));
    out(tr("  Triggers to create: %1 on %2 table(s):").arg(plan.triggerCount()).arg(plan.targets.size()));
    for (const CaptureTarget& target : plan.targets) {
        QStringList names;
        for (const CaptureTrigger& trigger : target.triggers)
            names << trigger.name;
        QString line = QStringLiteral("    %1%2 [%3]: %4")
                           .arg(plan.tablePrefix, target.table, target.keyColumns.join(QStringLiteral(", ")),
                               names.join(QStringLiteral(", ")));
        if (!target.foreignTriggers.isEmpty())
            line += QLatin1Char(' ') + tr("(keeps %1)").arg(target.foreignTriggers.join(QStringLiteral(", ")));
        out(line);
    }
    for (const SkippedTable& skipped : plan.skipped)
        out(tr("  Not captured: %1: %2").arg(skipped.table, skipped.reason));
    if (verbose) {
        out(tr("  Statements:"));
        for (const QString& statement : plan.statements())
            out(QStringLiteral("    %1;").arg(statement));
    }
}

void printObjects(const QString& database, const QVector<CaptureObject>& objects)
{
    out(tr("Cutover's change capture in %1: %2 object(s) to drop:").arg(database).arg(objects.size()));
    for (const CaptureObject& object : objects) {
        if (object.kind == CaptureObject::Kind::Trigger)
            out(tr("  trigger %1 on %2").arg(object.name, object.table));
        else
            out(tr("  table %1").arg(object.name));
    }
}

QJsonArray objectsJson(const QVector<CaptureObject>& objects)
{
    QJsonArray array;
    for (const CaptureObject& object : objects)
        array << QJsonObject { { QStringLiteral("kind"),
                                   object.kind == CaptureObject::Kind::Trigger ? QStringLiteral("trigger")
                                                                               : QStringLiteral("table") },
            { QStringLiteral("name"), object.name }, { QStringLiteral("table"), object.table } };
    return array;
}

QString duration(double seconds)
{
    const qint64 s = qint64(seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

int install(Database& db, const QCommandLineParser& parser, const QString& overridesPath, const OptionalAreas& areas,
    bool json, bool yes)
{
    const QString configPath = dmtConfigPath(parser);
    DmtConfiguration dmt;
    try {
        dmt = loadLayeredConfiguration(configPath, overridesPath);
    } catch (const Error& e) {
        err(tr("Could not load the Data Migration Tool configuration %1: %2 Give another with --dmt-config FILE.")
                .arg(configPath, e.message()));
        return Failed;
    }
    const CapturePlan plan = CapturePlanner::plan(db, dmt, areas);
    if (!json)
        printPlan(plan, parser.isSet(QStringLiteral("verbose")));
    if (!plan.canInstall()) {
        if (json) {
            QJsonObject document { { QStringLiteral("plan"), plan.toJson(false) },
                { QStringLiteral("installed"), false } };
            printJson(document);
        }
        for (const CaptureBlocker& blocker : plan.blockers)
            err(tr("Cannot install: %1\n  Fix: %2").arg(blocker.message, blocker.fix));
        err(tr("Nothing was changed."));
        return Failed;
    }
    switch (
        confirm(tr("Create these %1 triggers and 2 tables in %2?").arg(plan.triggerCount()).arg(plan.database), yes)) {
    case Answer::NoTerminal:
        err(tr("Standard input is not a terminal, so Cutover cannot ask before it creates triggers on %1. Check the "
               "list above and run again with --yes.")
                .arg(plan.database));
        return UsageError;
    case Answer::No:
        err(tr("Nothing was changed."));
        return Cancelled;
    case Answer::Yes:
        break;
    }
    const DeltaCapture::InstallResult result = DeltaCapture::install(db, plan);
    if (json) {
        printJson(QJsonObject { { QStringLiteral("plan"), plan.toJson(false) }, { QStringLiteral("installed"), true },
            { QStringLiteral("created"), result.created }, { QStringLiteral("unchanged"), result.unchanged },
            { QStringLiteral("dropped"), result.dropped } });
    } else {
        out(tr("Change capture installed on %1: %2 object(s) created, %3 already in place, %4 old trigger(s) dropped.")
                .arg(plan.database)
                .arg(result.created)
                .arg(result.unchanged)
                .arg(result.dropped));
        out(tr("Migrate the data now: changes from here on are recorded in %1.").arg(plan.logTable));
    }
    return Success;
}

int status(Database& db, bool json)
{
    const CaptureStatus status = DeltaCapture::status(db);
    if (json) {
        printJson(status.toJson());
        return status.healthy() ? Success : Failed;
    }
    const QString database = db.profile().database;
    if (!status.installed) {
        out(tr("Change capture is not installed on %1. Run cutover-cli delta install before migrating the data.")
                .arg(database));
        return Failed;
    }
    out(tr("Change capture on %1: %2 table(s), %3 of %4 trigger(s) in place, installed %5 by Cutover %6.")
            .arg(database)
            .arg(status.tables.size())
            .arg(status.triggersPresent)
            .arg(status.triggersExpected)
            .arg(status.installedAt, status.cutoverVersion));
    const QLocale locale;
    out(tr("  Backlog: %1 change(s) not applied (applied up to #%2 of #%3), lag %4.")
            .arg(locale.toString(status.backlog))
            .arg(status.appliedSeq)
            .arg(status.lastSeq)
            .arg(duration(status.lagSeconds)));
    for (const TableBacklog& b : status.tableBacklog)
        out(QStringLiteral("    %1 %2 (%3)")
                .arg(b.table)
                .arg(locale.toString(b.changes))
                .arg(tr("oldest %1").arg(b.oldest.toString(Qt::ISODate))));
    for (const CaptureProblem& p : status.problems) {
        out(tr("  PROBLEM %1").arg(p.message));
        out(tr("       Fix: %1").arg(p.fix));
    }
    if (status.healthy())
        out(tr("  Every piece is in place."));
    return status.healthy() ? Success : Failed;
}

int remove(Database& db, bool json, bool yes)
{
    const QString database = db.profile().database;
    const QVector<CaptureObject> objects = DeltaCapture::removalPlan(db);
    if (objects.isEmpty()) {
        if (json)
            printJson(QJsonObject { { QStringLiteral("removed"), QJsonArray() }, { QStringLiteral("clean"), true } });
        else
            out(tr("There is no Cutover change capture in %1; nothing to remove.").arg(database));
        return Success;
    }
    if (!json)
        printObjects(database, objects);
    switch (confirm(tr("Drop these %1 object(s) from %2? Unapplied changes in the change log are lost.")
                        .arg(objects.size())
                        .arg(database),
        yes)) {
    case Answer::NoTerminal:
        err(tr("Standard input is not a terminal, so Cutover cannot ask before it drops triggers and tables in %1. "
               "Check the list above and run again with --yes.")
                .arg(database));
        return UsageError;
    case Answer::No:
        err(tr("Nothing was changed."));
        return Cancelled;
    case Answer::Yes:
        break;
    }
    DeltaCapture::remove(db, objects);
    if (json)
        printJson(
            QJsonObject { { QStringLiteral("removed"), objectsJson(objects) }, { QStringLiteral("clean"), true } });
    else
        out(tr("Change capture removed from %1: %2 object(s) dropped, none left.").arg(database).arg(objects.size()));
    return Success;
}

QString statusLine(const DeltaFigures& f)
{
    const QLocale locale;
    QStringList areas;
    for (auto it = f.backlogByArea.cbegin(); it != f.backlogByArea.cend(); ++it)
        areas << QStringLiteral("%1 %2").arg(it.key(), locale.toString(it.value()));
    QString line = tr("%1 | applied %2 (%3/s) | backlog %4%5 | lag %6")
                       .arg(DeltaFigures::stateName(f.state), locale.toString(f.applied),
                           locale.toString(f.changesPerSecond, 'f', 1), locale.toString(f.backlog),
                           areas.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(areas.join(QStringLiteral(", "))),
                           duration(f.lagSeconds));
    qint64 refreshed = 0;
    for (const qint64 rows : f.refreshed)
        refreshed += rows;
    if (refreshed > 0)
        line += tr(" | refreshed %1").arg(locale.toString(refreshed));
    if (f.failed > 0 || f.pendingRetries > 0)
        line += tr(" | failed %1, waiting for retry %2").arg(f.failed).arg(f.pendingRetries);
    if (f.state == DeltaFigures::State::BackingOff)
        line += tr(" | %1 threads running > %2").arg(f.threadsRunning).arg(f.threadsRunningLimit);
    return line;
}

int run(const Databases& databases, const QCommandLineParser& parser, bool json)
{
    const QDateTime started = QDateTime::currentDateTime();
    const QString configPath = dmtConfigPath(parser);
    if (!QFileInfo::exists(configPath)) {
        err(tr("The Data Migration Tool configuration %1 does not exist; give one with --config FILE.")
                .arg(configPath));
        return UsageError;
    }
    DmtConfiguration dmt;
    try {
        dmt = loadLayeredConfiguration(configPath, overridesPathOf(parser, databases));
    } catch (const Error& e) {
        err(tr("Could not load the Data Migration Tool configuration %1: %2 Give another with --config FILE.")
                .arg(configPath, e.message()));
        return UsageError;
    }
    DeltaApplier::Options options;
    options.areas = resolveStepOptionsOrExit(parser, databases).areas;
    options.once = parser.isSet(QStringLiteral("once"));
    // The project's threshold, as the Live changes page last set it; --max-threads-running overrides it.
    if (databases.project && databases.project->deltaBusyThreshold >= 0)
        options.maxThreadsRunning = databases.project->deltaBusyThreshold;
    options.maxThreadsRunning
        = int(integerOption(parser, QStringLiteral("max-threads-running"), options.maxThreadsRunning));
    options.batchSize = int(integerOption(parser, QStringLiteral("batch-size"), options.batchSize));
    if (options.batchSize < 1 || options.batchSize > 100'000) {
        err(tr("--batch-size must be between 1 and 100000."));
        return UsageError;
    }
    // A script waiting for --once must not hang on a server that is gone for good.
    if (options.once)
        options.giveUpAfterSeconds = 120;

    const QString sourcePassword = passwordOrExit(databases, SecretRole::Source);
    const QString destinationPassword = passwordOrExit(databases, SecretRole::Destination);
    HandlerRegistry handlers;
    handlers.setCryptKeys(cryptKeys(parser, databases, dmt.config().cryptKey()));
    MigrationEnvironment env;
    env.source = { *databases.source, sourcePassword };
    env.destination = { *databases.destination, destinationPassword };
    env.dmt = &dmt;
    env.handlers = &handlers;

    installCancelHandler();
    RunControl control;
    control.setExternalCancelFlag(&cancelFlag());
    DeltaApplier applier(env, options);
    const bool terminal = stderrIsTerminal();
    QElapsedTimer sincePrint;
    bool dirty = false;
    QString lastShown;
    QString lastNotice;
    applier.setFiguresCallback([&](const DeltaFigures& f) {
        // New errors go on their own lines, so that the status line never hides them.
        if (!f.lastErrors.isEmpty() && f.lastErrors.last() != lastShown) {
            const int from = int(f.lastErrors.lastIndexOf(lastShown)) + 1;
            for (int i = from; i < f.lastErrors.size(); ++i) {
                if (dirty)
                    std::fputs("\r\033[K", stderr);
                err(f.lastErrors[i]);
            }
            lastShown = f.lastErrors.last();
        }
        if (!f.lastNotices.isEmpty() && f.lastNotices.last() != lastNotice) {
            const int from = int(f.lastNotices.lastIndexOf(lastNotice)) + 1;
            for (int i = from; i < f.lastNotices.size(); ++i) {
                if (dirty)
                    std::fputs("\r\033[K", stderr);
                err(f.lastNotices[i]);
            }
            lastNotice = f.lastNotices.last();
        }
        if (json)
            return;
        if (sincePrint.isValid() && sincePrint.elapsed() < (terminal ? 100 : 5000))
            return;
        sincePrint.start();
        if (terminal) {
            std::fprintf(stderr, "\r\033[K%s", statusLine(f).toLocal8Bit().constData());
            dirty = true;
        } else {
            err(statusLine(f));
        }
    });
    if (!json)
        err(options.once ? tr("Applying the changes recorded on %1 to %2 until the backlog is empty (Ctrl+C stops "
                              "after the current batch).")
                               .arg(env.source.profile.displayName(), env.destination.profile.displayName())
                         : tr("Applying the changes recorded on %1 to %2 as they come; Ctrl+C stops after the current "
                              "batch.")
                               .arg(env.source.profile.displayName(), env.destination.profile.displayName()));
    const Outcome outcome = applier.run(control);
    if (dirty)
        std::fputc('\n', stderr);
    const DeltaFigures f = applier.figures();
    QJsonObject document = f.toJson();
    document.insert(QStringLiteral("outcome"), outcomeName(outcome));
    if (json) {
        printJson(document);
    } else {
        out(tr("Delta %1: %2 change(s) applied (%3 change-log rows), %4 failed attempt(s), %5 waiting for a retry, "
               "%6 not carried yet; applied up to #%7, backlog %8, lag %9.")
                .arg(outcome == Outcome::Succeeded      ? tr("caught up")
                        : outcome == Outcome::Cancelled ? tr("stopped")
                                                        : tr("failed"))
                .arg(f.applied)
                .arg(f.changeRows)
                .arg(f.failed)
                .arg(f.pendingRetries)
                .arg(f.notCarried)
                .arg(f.appliedSeq)
                .arg(f.backlog)
                .arg(duration(f.lagSeconds)));
        QStringList refreshed;
        for (const QString& kind : DependentRefresher::kinds())
            refreshed << tr("%1 %2").arg(f.refreshed.value(kind)).arg(DependentRefresher::kindLabel(kind));
        out(tr("  Refreshed with them: %1.").arg(refreshed.join(QStringLiteral(", "))));
        // Values written cut or clamped to fit their column, by table and the server's reason (each is a note above).
        for (auto it = f.changedReasons.cbegin(); it != f.changedReasons.cend(); ++it)
            out(tr("  Written cut or clamped to fit: %1 value(s), %2").arg(it.value()).arg(it.key()));
        if (f.refreshFailed > 0)
            // translate() with the count, so that the translations get their plural forms.
            out(QCoreApplication::translate("cli",
                "  %n batch(es) could not refresh what depends on their rows (see the errors).", nullptr,
                int(f.refreshFailed)));
        for (auto it = f.notCarriedByTable.cbegin(); it != f.notCarriedByTable.cend(); ++it)
            out(tr("  Not carried: %1 change(s) of %2: %3").arg(it.value()).arg(it.key(), f.notCarriedTables.value(it.key())));
        for (auto it = f.notCarriedTables.cbegin(); it != f.notCarriedTables.cend(); ++it) {
            if (f.backlogByTable.contains(it.key()) && !f.notCarriedByTable.contains(it.key()))
                out(tr("  Not carried: %1: %2").arg(it.key(), it.value()));
        }
        if (!f.fatalError.isEmpty())
            err(f.fatalError);
    }
    const int code = outcome == Outcome::Succeeded ? Success : outcome == Outcome::Cancelled ? Cancelled : Failed;
    recordRun(databases, QStringLiteral("delta run"), started, outcomeOf(code),
        tr("%1 change(s) applied, %2 waiting for a retry").arg(f.applied).arg(f.pendingRetries), document);
    return code;
}

} // namespace

int runDelta(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("install, run, status or remove"));
    addDatabaseOptions(parser, Needs::Either);
    parser.addOption({ QStringLiteral("json"), tr("Print one JSON document instead of text.") });
    parser.addOption({ QStringLiteral("yes"), tr("Install or remove without asking (for scripts).") });
    parser.addOption(
        { QStringLiteral("once"), tr("run: stop when the backlog is empty instead of waiting for more.") });
    addStoreRootOptions(parser);
    parser.addOption({ QStringLiteral("max-threads-running"),
        tr("run: wait while the Magento 1 server has more than N threads running (default 40; 0 = never wait)."),
        QStringLiteral("N") });
    parser.addOption(
        { QStringLiteral("batch-size"), tr("run: change-log rows per batch (default 1000)."), QStringLiteral("N") });
    parser.addOption({ { QStringLiteral("dmt-config"), QStringLiteral("config") },
        tr("The Data Migration Tool's config.xml whose map and groups files say which tables the migration carries "
           "(default: as for migrate, $CUTOVER_DMT_CONFIG when set, else Cutover's own "
           "built-in mapping)."),
        QStringLiteral("FILE") });
    addOverridesOption(parser);
    addAreaOptions(parser);
    processOrExit(parser, arguments,
        tr("Change capture on the Magento 1 database for incremental (delta) migration. 'install' lists the "
           "change-log tables and triggers it will create on every table the migration carries and asks before "
           "creating them; 'status' shows the backlog, the lag and any missing or altered piece; 'remove' lists "
           "and drops everything Cutover created, leaving the tables and triggers as they were before install. "
           "'run' applies the recorded changes to the Magento 2 database (--dest) with the migration's mapping, "
           "until Ctrl+C (a clean stop after the current batch) or, with --once, until the backlog is empty; it "
           "resumes where it stopped. The passwords are read from CUTOVER_SOURCE_PASSWORD and "
           "CUTOVER_DEST_PASSWORD. Exit code 0 on success (status: installed and healthy; run --once: caught up), "
           "1 on failure or problems, 2 for usage errors, 130 when declined or stopped."));

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1
        || !QStringList { QStringLiteral("install"), QStringLiteral("run"), QStringLiteral("status"),
            QStringLiteral("remove") }
                .contains(action)) {
        err(tr("Give one action: cutover-cli delta install|run|status|remove --source mysql://USER@HOST/DB."));
        return UsageError;
    }
    const Databases databases = resolveDatabasesOrExit(parser, Needs::Either);
    if (!databases.source) {
        err(tr("delta %1 works on the Magento 1 database: give it with --source mysql://USER@HOST/DB (or a project "
               "with a source).")
                .arg(action));
        return UsageError;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool yes = parser.isSet(QStringLiteral("yes"));
    if (action == QLatin1String("run")) {
        if (!databases.destination) {
            err(tr("delta run writes to the Magento 2 database: give it with --dest mysql://USER@HOST/DB (or a "
                   "project with a destination)."));
            return UsageError;
        }
        return run(databases, parser, json);
    }
    const QString password = passwordOrExit(databases, SecretRole::Source);
    try {
        Database db(*databases.source, password, QStringLiteral("source"));
        if (action == QLatin1String("install"))
            return install(db, parser, overridesPathOf(parser, databases),
                resolveStepOptionsOrExit(parser, databases).areas, json, yes);
        if (action == QLatin1String("status"))
            return status(db, json);
        return remove(db, json, yes);
    } catch (const Error& e) {
        err(e.message());
        if (parser.isSet(QStringLiteral("verbose")) && !e.details().isEmpty())
            err(tr("Details: %1").arg(e.details()));
        return Failed;
    }
}

} // namespace cutover::cli
