#include "cliutil.h"
#include "commands.h"
#include "projectoption.h"

#include "connection/connectionprobe.h"
#include "db/connectionprofile.h"
#include "error.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace cutover::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cutover::cli", text);
}

QString statusWord(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Ok:
        return tr("OK  ");
    case ProbeStatus::Warning:
        return tr("WARN");
    case ProbeStatus::Failed:
        return tr("FAIL");
    case ProbeStatus::Skipped:
        return tr("SKIP");
    }
    return {};
}

void printFinding(const ProbeFinding& f, bool verbose)
{
    out(QStringLiteral("  %1 %2: %3").arg(statusWord(f.status), f.title, f.message));
    if (!f.fix.isEmpty() && (f.status == ProbeStatus::Warning || f.status == ProbeStatus::Failed))
        out(QStringLiteral("       %1 %2").arg(tr("Fix:"), f.fix));
    if (verbose && !f.details.isEmpty())
        out(QStringLiteral("       %1 %2").arg(tr("Details:"), f.details));
}

} // namespace

int runCheck(const QStringList& arguments)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QCommandLineParser parser;
    addDatabaseOptions(parser, Needs::Either);
    parser.addOption({ QStringLiteral("json"), tr("Print one JSON document instead of text.") });
    parser.addOption({ QStringLiteral("timeout"),
        tr("Seconds to wait for the TCP connection and for the server's first answer (default 5)."),
        QStringLiteral("S") });
    processOrExit(parser, arguments,
        tr("Checks the source and destination databases step by step: name resolution, network connection, the "
           "server's greeting and TLS, login, the database, which Magento it holds and its table prefix, "
           "privileges (read, delta triggers, write), whether the destination is fresh, and the size of the store "
           "with an estimate of the migration time. Stops at the first failure of each and suggests a fix. With "
           "--project, checks the project's databases (passwords from the environment or the keychain) and records "
           "the run in the project. Exit code 0 when both pass (warnings allowed), 1 when a check failed, 2 for "
           "usage errors."));

    const bool json = parser.isSet(QStringLiteral("json"));
    ProbeOptions options;
    const qint64 timeout = integerOption(parser, QStringLiteral("timeout"), options.timeoutMs / 1000);
    if (timeout < 1 || timeout > 600) {
        err(tr("--timeout must be between 1 and 600 seconds."));
        return UsageError;
    }
    options.timeoutMs = int(timeout * 1000);
    const Databases databases = resolveDatabasesOrExit(parser, Needs::Either);

    struct Side
    {
        ProbeRole role;
        SecretRole secret;
        std::optional<ConnectionProfile> profile;
        QString password;
    };
    Side sides[] = { { ProbeRole::Source, SecretRole::Source, databases.source, {} },
        { ProbeRole::Destination, SecretRole::Destination, databases.destination, {} } };
    // Every password is settled before the first probe, so that a missing one stops the command before any output.
    for (Side& side : sides) {
        if (side.profile)
            side.password = passwordOrExit(databases, side.secret);
    }

    installCancelHandler();
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    bool passed = true;
    QStringList summary;
    QJsonObject document;
    for (const Side& side : sides) {
        if (!side.profile)
            continue;
        if (!json)
            out(side.role == ProbeRole::Source ? tr("Source %1").arg(side.profile->displayName())
                                               : tr("Destination %1").arg(side.profile->displayName()));
        ConnectionProbe probe(*side.profile, side.password, side.role, options);
        const ProbeReport report = probe.run(
            [&](const ProbeFinding& f) {
                if (!json)
                    printFinding(f, verbose);
            },
            &cancelFlag());
        if (report.cancelled) {
            recordRun(databases, QStringLiteral("check"), started, RunOutcome::Cancelled);
            return Cancelled;
        }
        passed = passed && report.passed();
        const ProbeFinding* failure = report.failure();
        summary << (failure ? tr("%1 failed at %2").arg(probeRoleName(side.role), failure->id)
                            : tr("%1 passed").arg(probeRoleName(side.role)));
        document.insert(probeRoleName(side.role), report.toJson());
        if (!json)
            out(report.passed() ? tr("  The %1 passed.").arg(probeRoleName(side.role))
                                : tr("  The %1 did not pass.").arg(probeRoleName(side.role)));
    }
    document.insert(QStringLiteral("passed"), passed);
    if (json)
        out(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)).trimmed());
    const int exitCode = passed ? Success : Failed;
    // The findings (which Magento and which server each side is) are what the migration report shows of the stores.
    recordRun(
        databases, QStringLiteral("check"), started, outcomeOf(exitCode), summary.join(QStringLiteral(", ")), document);
    return exitCode;
}

} // namespace cutover::cli
