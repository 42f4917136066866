#include "probefinding.h"

#include <QJsonArray>

namespace cutover {

QVariant ProbeFinding::value(const QString& key) const
{
    for (const auto& [name, value] : evidence) {
        if (name == key)
            return value;
    }
    return {};
}

QJsonObject ProbeFinding::toJson() const
{
    QJsonObject facts;
    for (const auto& [name, value] : evidence)
        facts.insert(name, QJsonValue::fromVariant(value));
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("status"), probeStatusName(status) },
        { QStringLiteral("title"), title },
        { QStringLiteral("message"), message },
        { QStringLiteral("fix"), fix },
        { QStringLiteral("details"), details },
        { QStringLiteral("elapsedMs"), elapsedMs },
        { QStringLiteral("evidence"), facts },
    };
}

bool ProbeReport::passed() const
{
    return !cancelled && failure() == nullptr && !findings.isEmpty();
}

const ProbeFinding* ProbeReport::finding(const QString& id) const
{
    for (const ProbeFinding& f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

const ProbeFinding* ProbeReport::failure() const
{
    for (const ProbeFinding& f : findings) {
        if (f.status == ProbeStatus::Failed)
            return &f;
    }
    return nullptr;
}

QJsonObject ProbeReport::toJson() const
{
    QJsonArray steps;
    for (const ProbeFinding& f : findings)
        steps.append(f.toJson());
    return {
        { QStringLiteral("role"), probeRoleName(role) },
        { QStringLiteral("target"), profile.toUrl() },
        { QStringLiteral("passed"), passed() },
        { QStringLiteral("cancelled"), cancelled },
        { QStringLiteral("findings"), steps },
    };
}

QString probeStatusName(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Ok:
        return QStringLiteral("ok");
    case ProbeStatus::Warning:
        return QStringLiteral("warning");
    case ProbeStatus::Failed:
        return QStringLiteral("failed");
    case ProbeStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString probeRoleName(ProbeRole role)
{
    return role == ProbeRole::Source ? QStringLiteral("source") : QStringLiteral("destination");
}

QString probeStatusLabel(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Ok:
        return ProbeReport::tr("OK");
    case ProbeStatus::Warning:
        return ProbeReport::tr("WARNING");
    case ProbeStatus::Failed:
        return ProbeReport::tr("FAILED");
    case ProbeStatus::Skipped:
        return ProbeReport::tr("SKIPPED");
    }
    return {};
}

} // namespace cutover
