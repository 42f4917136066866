#include "cliutil.h"
#include "commands.h"

#include "copy/copyledger.h"
#include "db/connectionprofile.h"
#include "db/database.h"
#include "engine/migrationrunner.h"
#include "error.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "steps/mapstep.h"
#include "steps/settingsstep.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace cutover::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

// The Data Migration Tool configuration for CE 1.9.4.5 -> 2.4.x that Cutover is built against.
QString defaultConfig()
{
    return QStringLiteral(CUTOVER_DEFAULT_FIXTURES)
        + QStringLiteral("/dmt/etc/opensource-to-opensource/1.9.4.5/config.xml.dist");
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
    err(tr("Remove everything Cutover wrote to %1 and put back the rows it replaced? [y/N] ")
            .arg(destination.displayName()));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace

int runMigrate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"), tr("settings or data"));
    parser.addOption({ QStringLiteral("source"),
        tr("The Magento 1 database, as mysql://USER@HOST:PORT/DB?prefix=P. Its password is read from "
           "CUTOVER_SOURCE_PASSWORD."),
        QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("dest"),
        tr("The Magento 2 database, as mysql://USER@HOST:PORT/DB. Its password is read from CUTOVER_DEST_PASSWORD."),
        QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("config"),
        tr("The Data Migration Tool's config.xml (default: CE 1.9.4.5 to 2.4.x)."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("jobs"), tr("Tables copied at once (default: the number of cores, 2 to 8)."),
        QStringLiteral("N") });
    parser.addOption({ QStringLiteral("reset"),
        tr("Remove exactly what Cutover wrote to the destination (and put back the rows it replaced) before running, "
           "so the run starts clean.") });
    parser.addOption({ QStringLiteral("yes"), tr("Confirm --reset without asking.") });
    parser.addOption({ QStringLiteral("json"), tr("Print the report as one JSON document.") });
    processOrExit(parser, arguments,
        tr("Migrates settings (core_config_data, websites, store groups, stores) or data (the Map step: every table "
           "map.xml carries over) from Magento 1 to Magento 2. An interrupted run resumes where it stopped when run "
           "again. Exit code 0 when it succeeded, 1 when it failed, 2 for usage errors, 130 when cancelled."));

    const QStringList positional = parser.positionalArguments();
    const QString mode = positional.value(0);
    if (positional.size() != 1 || (mode != QLatin1String("settings") && mode != QLatin1String("data"))) {
        err(tr("Say what to migrate: cutover-cli migrate settings|data --source URL --dest URL"));
        return UsageError;
    }
    if (!parser.isSet(QStringLiteral("source")) || !parser.isSet(QStringLiteral("dest"))) {
        err(tr("Give both databases: --source mysql://USER@HOST/DB --dest mysql://USER@HOST/DB."));
        return UsageError;
    }
    const qint64 jobs = integerOption(parser, QStringLiteral("jobs"), MigrationRunner::defaultJobs());
    if (jobs < 1 || jobs > 64) {
        err(tr("--jobs must be between 1 and 64."));
        return UsageError;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    try {
        MigrationEnvironment env;
        env.source = { ConnectionProfile::fromUrl(parser.value(QStringLiteral("source"))),
            passwordFromEnvironment("CUTOVER_SOURCE_PASSWORD") };
        env.destination = { ConnectionProfile::fromUrl(parser.value(QStringLiteral("dest"))),
            passwordFromEnvironment("CUTOVER_DEST_PASSWORD") };
        env.jobs = int(jobs);
        const QString configFile
            = parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config")) : defaultConfig();
        if (!QFileInfo::exists(configFile)) {
            err(tr("The Data Migration Tool configuration %1 does not exist; give one with --config.").arg(configFile));
            return UsageError;
        }
        const DmtConfiguration dmt = DmtConfiguration::load(configFile);
        const HandlerRegistry handlers;
        env.dmt = &dmt;
        env.handlers = &handlers;

        if (parser.isSet(QStringLiteral("reset"))) {
            if (!confirmReset(env.destination.profile, parser.isSet(QStringLiteral("yes"))))
                return UsageError;
            Database destination(env.destination.profile, env.destination.password, QStringLiteral("destination"));
            const QStringList restored = CopyLedger::reset(destination);
            err(tr("Reset %1 tables on %2.").arg(restored.size()).arg(env.destination.profile.displayName()));
        }

        installCancelHandler();
        MigrationRunner runner(env);
        runner.setMode(mode);
        runner.setExternalCancelFlag(&cancelFlag());
        if (mode == QLatin1String("settings"))
            runner.addStep(std::make_unique<SettingsStep>());
        else
            runner.addStep(std::make_unique<MapStep>());
        ProgressLine progress;
        QObject::connect(
            &runner, &MigrationRunner::progressChanged, &runner,
            [&](const RunProgress& p) { progress.update(p.step, p.done, p.total); }, Qt::DirectConnection);
        const RunReport report = runner.run();
        progress.finish();
        if (json)
            out(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
        else
            out(report.toText());
        switch (report.outcome) {
        case Outcome::Succeeded:
            return Success;
        case Outcome::Cancelled:
            return Cancelled;
        default:
            return Failed;
        }
    } catch (const Error& e) {
        err(e.message());
        return Failed;
    }
}

} // namespace cutover::cli
