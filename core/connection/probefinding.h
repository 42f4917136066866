#pragma once

#include "db/connectionprofile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVector>

#include <utility>

namespace cutover {

/** Which side of the migration a database is: what the probe expects to find there. */
enum class ProbeRole {
    Source, ///< a Magento 1 store, read and (for delta) watched with triggers
    Destination, ///< a fresh Magento 2 install, written
};

/** The outcome of one probe step. */
enum class ProbeStatus {
    Ok,
    Warning, ///< works, but something limits the migration (no delta, a non-fresh destination)
    Failed, ///< the migration cannot run; the probe stops here
    Skipped, ///< not applicable here (name resolution for a unix socket), or not run after a failure
};

/** Stable ids of the steps, in the order the probe runs them; JSON output and the wizard key on them. */
namespace probestep {
inline constexpr auto resolve = "resolve";
inline constexpr auto connect = "connect";
inline constexpr auto handshake = "handshake";
inline constexpr auto tls = "tls";
inline constexpr auto login = "login";
inline constexpr auto database = "database";
inline constexpr auto magento = "magento";
inline constexpr auto readAccess = "read-access";
inline constexpr auto delta = "delta";
inline constexpr auto writeAccess = "write-access";
inline constexpr auto fresh = "fresh";
inline constexpr auto definers = "trigger-definers";
inline constexpr auto size = "size";
} // namespace probestep

/**
 * One finished probe step: a value type that crosses threads by copy (a worker makes it, a page shows it).
 *
 * `message` says what was found and names the object (host, port, user, database, table); `fix` says what to do
 * when the status is Warning or Failed. Both are translated. `details` holds technical text (server error, the
 * statement) for a "Details" expander and the log. `evidence` holds machine-readable facts in a fixed order
 * (`prefix`, `version`, `rows.catalog`, ...) for the JSON output and for pages that act on them (offer the
 * detected table prefix, for instance). No field ever holds a password.
 */
struct ProbeFinding
{
    QString id;
    ProbeStatus status = ProbeStatus::Ok;
    QString title;
    QString message;
    QString fix;
    QString details;
    qint64 elapsedMs = 0;
    QVector<std::pair<QString, QVariant>> evidence;

    /** The value recorded under `key`, or an invalid QVariant. */
    QVariant value(const QString& key) const;
    void add(const QString& key, const QVariant& value) { evidence.append({ key, value }); }

    /** Keys: id, status, title, message, fix, details, elapsedMs, evidence (an object). */
    QJsonObject toJson() const;
};

/** What a probe of one database found, in the order the steps ran. */
struct ProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(ProbeReport)
public:
    ProbeRole role = ProbeRole::Source;
    ConnectionProfile profile;
    QVector<ProbeFinding> findings;
    bool cancelled = false;

    /** True when no step failed and the probe was not cancelled (warnings allowed). */
    bool passed() const;
    const ProbeFinding* finding(const QString& id) const;
    /** The first failed step, or nullptr. */
    const ProbeFinding* failure() const;

    /** Keys: role ("source"/"destination"), target (the URL without password), passed, cancelled, findings. */
    QJsonObject toJson() const;
};

/** "ok", "warning", "failed", "skipped": the JSON spelling, not translated. */
QString probeStatusName(ProbeStatus status);
/** "source" or "destination". */
QString probeRoleName(ProbeRole role);
/** The translated word for a status, for text output ("OK", "WARNING", ...). */
QString probeStatusLabel(ProbeStatus status);

} // namespace cutover

Q_DECLARE_METATYPE(cutover::ProbeFinding)
