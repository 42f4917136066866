#include "cliutil.h"
#include "commands.h"

#include "connection/connectionprobe.h"
#include "db/connectionprofile.h"
#include "error.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace cutover::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
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
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("source"),
        tr("The Magento 1 database, as mysql://USER@HOST:PORT/DB?prefix=P. Its password is read from "
           "CUTOVER_SOURCE_PASSWORD."),
        QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("dest"),
        tr("The Magento 2 database, as mysql://USER@HOST:PORT/DB. Its password is read from CUTOVER_DEST_PASSWORD."),
        QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("json"), tr("Print one JSON document instead of text.") });
    parser.addOption({ QStringLiteral("timeout"),
        tr("Seconds to wait for the TCP connection and for the server's first answer (default 5)."),
        QStringLiteral("S") });
    processOrExit(parser, arguments,
        tr("Checks the source and destination databases step by step: name resolution, network connection, the "
           "server's greeting and TLS, login, the database, which Magento it holds and its table prefix, "
           "privileges (read, delta triggers, write), whether the destination is fresh, and the size of the store "
           "with an estimate of the migration time. Stops at the first failure of each and suggests a fix. Exit "
           "code 0 when both pass (warnings allowed), 1 when a check failed, 2 for usage errors."));

    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(QStringLiteral("source")) && !parser.isSet(QStringLiteral("dest"))) {
        err(tr("Give the database(s) to check with --source mysql://USER@HOST/DB and/or --dest mysql://USER@HOST/DB."));
        return UsageError;
    }
    ProbeOptions options;
    const qint64 timeout = integerOption(parser, QStringLiteral("timeout"), options.timeoutMs / 1000);
    if (timeout < 1 || timeout > 600) {
        err(tr("--timeout must be between 1 and 600 seconds."));
        return UsageError;
    }
    options.timeoutMs = int(timeout * 1000);

    struct Side
    {
        ProbeRole role;
        const char* option;
        std::optional<ConnectionProfile> profile;
    };
    Side sides[] = { { ProbeRole::Source, "source", {} }, { ProbeRole::Destination, "dest", {} } };
    for (Side& side : sides) {
        if (!parser.isSet(QString::fromLatin1(side.option)))
            continue;
        try {
            side.profile = ConnectionProfile::fromUrl(parser.value(QString::fromLatin1(side.option)));
        } catch (const Error& e) {
            err(QStringLiteral("--%1: %2").arg(QString::fromLatin1(side.option), e.message()));
            return UsageError;
        }
    }

    installCancelHandler();
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    bool passed = true;
    QJsonObject document;
    for (const Side& side : sides) {
        if (!side.profile)
            continue;
        if (!json)
            out(side.role == ProbeRole::Source ? tr("Source %1").arg(side.profile->displayName())
                                               : tr("Destination %1").arg(side.profile->displayName()));
        ConnectionProbe probe(
            *side.profile, passwordFromEnvironment(ConnectionProbe::passwordVariable(side.role)), side.role, options);
        const ProbeReport report = probe.run(
            [&](const ProbeFinding& f) {
                if (!json)
                    printFinding(f, verbose);
            },
            &cancelFlag());
        if (report.cancelled)
            return Cancelled;
        passed = passed && report.passed();
        document.insert(probeRoleName(side.role), report.toJson());
        if (!json)
            out(report.passed() ? tr("  The %1 passed.").arg(probeRoleName(side.role))
                                : tr("  The %1 did not pass.").arg(probeRoleName(side.role)));
    }
    document.insert(QStringLiteral("passed"), passed);
    if (json)
        out(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)).trimmed());
    return passed ? Success : Failed;
}

} // namespace cutover::cli
