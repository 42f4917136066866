#pragma once

#include "project/project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace cutover {

class Database;

/** One step of the go-live procedure. */
struct GoLiveStep
{
    QString id; ///< "golive/m1-maintenance": the key of its tick in the project's checklist
    QString title; ///< translated
    QString help; ///< translated: what it is for, what Cutover does, what the user does
};

/**
 * The go-live procedure, in the order of the seed's cut-over: Magento 1 into maintenance mode (downtime starts),
 * delta stopped with an empty backlog, Magento 2 cron started, the stock index rebuilt, the cache warmed, the final
 * verification, DNS and load balancers switched, the store open (downtime ends).
 *
 * The state is kept in the project's checklist (ProjectProgress ticks), so it survives a restart and is the same
 * for the wizard and the report: each tick records who, when, and what Cutover checked or did. Steps are done in
 * order: a step can be ticked only when every step before it is, and only the last one done can be unticked
 * (undone, e.g. maintenance off again when go-live is called off), so the record is always a sequence. A value
 * type over a copy of the project's progress.
 */
class GoLiveChecklist
{
    Q_DECLARE_TR_FUNCTIONS(GoLiveChecklist)
public:
    static constexpr const char* maintenanceOn = "golive/m1-maintenance";
    static constexpr const char* deltaStopped = "golive/delta-stopped";
    static constexpr const char* cronStarted = "golive/m2-cron";
    static constexpr const char* stockReindexed = "golive/reindex-stock";
    static constexpr const char* cacheWarmed = "golive/cache-warmed";
    static constexpr const char* finalVerification = "golive/final-verification";
    static constexpr const char* dnsSwitched = "golive/dns-switched";
    static constexpr const char* storeOpen = "golive/store-open";

    /** The steps, in order. */
    static QVector<GoLiveStep> steps();

    explicit GoLiveChecklist(ProjectProgress progress);

    bool isDone(const QString& id) const;
    /** The tick of a done step, else nullptr. */
    const ChecklistTick* tick(const QString& id) const;
    int doneCount() const;
    /** The first step not done; empty when the store is open. */
    QString next() const;
    /** Why `id` cannot be ticked (`done` true) or undone (false) now, translated; empty when it can. */
    QString whyNot(const QString& id, bool done) const;

    /** When Magento 1 went into maintenance mode; nullopt before. */
    std::optional<QDateTime> downtimeStarted() const;
    /** When the store was opened; nullopt before. */
    std::optional<QDateTime> downtimeEnded() const;
    /** Seconds of downtime: from the start to the end, or to `now` while it runs; 0 before it starts. */
    qint64 downtimeSeconds(const QDateTime& now) const;
    /** "1:07:09" */
    static QString clock(qint64 seconds);

    /** For the migration report: every step with its tick, and the downtime. */
    QJsonObject toJson(const QDateTime& now) const;
    QString toText(const QDateTime& now) const;

private:
    int indexOf(const QString& id) const;

    ProjectProgress m_progress;
    QVector<GoLiveStep> m_steps;
};

/** Magento 1's maintenance switch: the file maintenance.flag in its root, which index.php checks. */
class MaintenanceFlag
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceFlag)
public:
    static QString path(const QString& m1Root);
    static bool isOn(const QString& m1Root);
    /**
     * Creates or removes the flag. Throws cutover::Error naming the path and what to do when the root is not a
     * Magento 1 root (no index.php and app/Mage.php) or the file cannot be written or removed.
     */
    static void set(const QString& m1Root, bool on);
};

/** Where the store's host name points now, for the DNS switch: blocking, run it off the GUI thread. */
struct DnsCheck
{
    Q_DECLARE_TR_FUNCTIONS(DnsCheck)
public:
    QString host;
    QStringList addresses; ///< what it resolves to now
    bool matches = false; ///< one of them is the expected address
    QString message; ///< translated, for the checklist and the report

    /** `hostOrUrl`: "shop.example.com" or "https://shop.example.com/"; `expected`: the new server's address. */
    static DnsCheck run(const QString& hostOrUrl, const QString& expected);
};

/** The final verification's last check: the newest Magento 1 order is in Magento 2, with the same number. */
struct LastOrderCheck
{
    Q_DECLARE_TR_FUNCTIONS(LastOrderCheck)
public:
    QString incrementId; ///< empty when Magento 1 has no order
    QDateTime createdAt;
    bool present = false;
    QString message; ///< translated

    /** Throws cutover::Error when either database cannot be read. */
    static LastOrderCheck run(Database& magento1, Database& magento2);
};

} // namespace cutover
