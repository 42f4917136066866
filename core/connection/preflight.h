#pragma once

#include "connection/probefinding.h"
#include "db/connectionprofile.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <atomic>

namespace cutover {

/** Stable ids of the pre-flight findings, in the order they run; the JSON output and the wizard key on them. */
namespace preflightcheck {
inline constexpr auto sourceDatabase = "source-database"; ///< only when the source cannot be opened at all
inline constexpr auto cron = "cron";
inline constexpr auto adminActivity = "admin-activity";
inline constexpr auto orders = "orders";
inline constexpr auto m1Media = "m1-media";
inline constexpr auto diskSpace = "disk-space";
} // namespace preflightcheck

/** Settings of a pre-flight run. */
struct PreflightOptions
{
    /** A cron job executed within this many minutes means Magento 1's cron still runs. */
    int cronMinutes = 15;
    /** Admin log-ins and catalog changes within this many minutes mean someone still works in the admin. */
    int activityMinutes = 60;
    /** Orders within this many minutes are reported (the store still takes orders; delta carries them). */
    int orderMinutes = 60;
    /** Free space to keep at the Magento 2 media folder beyond the size of Magento 1's media. */
    qint64 spareBytes = qint64(1) << 30;
    /** The Magento 1 installation folder (holds `media/`); empty skips the media check. */
    QString m1Root;
    /** The Magento 2 installation folder (holds `pub/media/`); empty skips the disk space check. */
    QString m2Root;
};

/** What one pre-flight run found, in order. */
struct PreflightReport
{
    QVector<ProbeFinding> findings;
    bool cancelled = false;

    const ProbeFinding* finding(const QString& id) const;
    /** Findings with `status`. */
    int count(ProbeStatus status) const;
    /** Keys: cancelled, findings (each as ProbeFinding::toJson()). */
    QJsonObject toJson() const;
};

/** A checklist item the database cannot show; the user ticks it and the project keeps the tick (ChecklistTick). */
struct ChecklistItem
{
    QString id; ///< stable, saved in the project: "firewall-opened", ...
    QString text; ///< translated, one line
    QString help; ///< translated: how to do it
};

/**
 * The checks to make before data moves, read from the Magento 1 database and the two installation folders. Each
 * is a ProbeFinding with evidence (times in UTC, counts):
 *
 * - cron: the last `cron_schedule` execution and the jobs executed in the last `cronMinutes` (Warning while cron
 *   runs: its jobs change rows while they are copied);
 * - admin activity: admin log-ins (`admin_user.logdate`) and products/categories changed (`updated_at`) in the
 *   last `activityMinutes` (Warning while someone works in the admin);
 * - orders in the last `orderMinutes` (always Ok: the store may take orders, delta carries them);
 * - the Magento 1 `media` folder exists and its files are readable (Failed/Warning otherwise), with its size;
 * - free space at the Magento 2 `pub/media` folder for that size plus `spareBytes` (Failed when short).
 *
 * Magento 1 writes UTC into its timestamp columns through a connection in the server's default time zone, so
 * the checks compare them with UTC_TIMESTAMP() on a connection left in that same time zone.
 *
 * run() blocks: call it on a worker thread (start() does). It opens its own connection and never throws: a
 * failure becomes a finding. Nothing is written. The password is used to log in only.
 */
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)
public:
    Preflight(ConnectionProfile source, QString password, PreflightOptions options = {});

    /** Runs every check on the calling thread; `cancel` is checked between checks and while walking media. */
    PreflightReport run(const std::atomic<bool>* cancel = nullptr) const;

    /** Runs on Qt's thread pool; QFuture::cancel() stops it at the next check. */
    static QFuture<PreflightReport> start(ConnectionProfile source, QString password, PreflightOptions options = {});

    /** The manual checklist (firewall opened, Magento 1 database copied, cron stopped, admin frozen), in order. */
    static QVector<ChecklistItem> manualChecklist();

    /** `<m1Root>/media` and `<m2Root>/pub/media`. */
    static QString m1MediaFolder(const QString& m1Root);
    static QString m2MediaFolder(const QString& m2Root);

private:
    ConnectionProfile m_source;
    QString m_password;
    PreflightOptions m_options;
};

} // namespace cutover
