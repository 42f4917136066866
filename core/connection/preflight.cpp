#include "preflight.h"

#include "db/database.h"
#include "error.h"
#include "log/log.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QPromise>
#include <QStorageInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <tuple>

namespace cutover {

namespace {

const char* const timeFormat = "%Y-%m-%d %H:%i:%s";

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

/** "2026-11-26 09:12:00 UTC (12 minutes ago)". */
QString whenText(const QString& at, qint64 secondsAgo)
{
    if (at.isEmpty())
        return Preflight::tr("never");
    QString ago;
    if (secondsAgo < 60)
        ago = Preflight::tr("less than a minute ago");
    else if (secondsAgo < 2 * 3600)
        ago = Preflight::tr("%n minute(s) ago", nullptr, int(secondsAgo / 60));
    else if (secondsAgo < 2 * 86400)
        ago = Preflight::tr("%n hour(s) ago", nullptr, int(secondsAgo / 3600));
    else
        ago = Preflight::tr("%n day(s) ago", nullptr, int(secondsAgo / 86400));
    return Preflight::tr("%1 UTC (%2)").arg(at, ago);
}

ProbeFinding makeFinding(const char* id, const QString& title)
{
    ProbeFinding f;
    f.id = QString::fromLatin1(id);
    f.title = title;
    return f;
}

ProbeFinding skipped(const char* id, const QString& title, const QString& message)
{
    ProbeFinding f = makeFinding(id, title);
    f.status = ProbeStatus::Skipped;
    f.message = message;
    return f;
}

/** The state the checks of one run share, on one thread. */
class PreflightRun
{
public:
    PreflightRun(const ConnectionProfile& source, const QString& password, const PreflightOptions& options,
        std::function<bool()> cancelled)
        : m_source(source)
        , m_password(password)
        , m_options(options)
        , m_cancelled(std::move(cancelled))
    {
    }

    PreflightReport run();

private:
    bool hasTable(const QString& name)
    {
        return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                           "DATABASE() AND TABLE_NAME = %1")
                                .arg(Database::quoteString(m_source.table(name))))
                   .toLongLong()
            > 0;
    }
    /** The latest value of `column` in `table` (optionally among rows matching `where`), formatted, and its age. */
    std::pair<QString, qint64> latest(const QString& table, const QString& column, const QString& where = {})
    {
        QSqlQuery q = m_db->query(QStringLiteral("SELECT DATE_FORMAT(MAX(%1), '%2'), TIMESTAMPDIFF(SECOND, MAX(%1), "
                                                 "UTC_TIMESTAMP()) FROM %3 WHERE %1 IS NOT NULL%4")
                                      .arg(column, QLatin1String(timeFormat), m_db->table(table),
                                          where.isEmpty() ? QString() : QStringLiteral(" AND ") + where));
        if (!q.next() || q.isNull(0))
            return { QString(), 0 };
        return { q.value(0).toString(), std::max<qint64>(0, q.value(1).toLongLong()) };
    }
    qint64 countSince(const QString& table, const QString& column, int minutes)
    {
        return m_db
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 >= UTC_TIMESTAMP() - INTERVAL %3 MINUTE")
                         .arg(m_db->table(table), column)
                         .arg(minutes))
            .toLongLong();
    }

    ProbeFinding cron();
    ProbeFinding adminActivity();
    ProbeFinding orders();
    ProbeFinding m1Media();
    ProbeFinding diskSpace();

    ConnectionProfile m_source;
    QString m_password;
    PreflightOptions m_options;
    std::function<bool()> m_cancelled;
    std::unique_ptr<Database> m_db;
    std::optional<qint64> m_m1MediaBytes; ///< set by m1Media() when the folder could be measured
};

PreflightReport PreflightRun::run()
{
    PreflightReport report;
    const auto log = logger("core.connection");
    std::optional<Error> dbError;
    try {
        m_db = std::make_unique<Database>(m_source, m_password, QStringLiteral("source"));
    } catch (const Error& e) {
        dbError = e;
    }
    using Check = ProbeFinding (PreflightRun::*)();
    struct Step
    {
        Check check;
        bool needsDatabase;
    };
    const Step steps[] = { { &PreflightRun::cron, true }, { &PreflightRun::adminActivity, true },
        { &PreflightRun::orders, true }, { &PreflightRun::m1Media, false }, { &PreflightRun::diskSpace, false } };
    if (dbError) {
        ProbeFinding f = makeFinding(preflightcheck::sourceDatabase, Preflight::tr("Magento 1 database"));
        f.status = ProbeStatus::Failed;
        f.message = Preflight::tr("The pre-flight checks could not open the Magento 1 database %1: %2")
                        .arg(m_source.displayName(), dbError->message());
        f.fix = Preflight::tr("Test the source connection again, then re-check.");
        f.details = dbError->details();
        report.findings.append(f);
    }
    for (const Step& step : steps) {
        if (m_cancelled && m_cancelled()) {
            report.cancelled = true;
            break;
        }
        if (step.needsDatabase && !m_db)
            continue;
        QElapsedTimer timer;
        timer.start();
        ProbeFinding f;
        try {
            f = (this->*step.check)();
        } catch (const Error& e) {
            f.id = QStringLiteral("unexpected");
            f.title = Preflight::tr("Unexpected error");
            f.status = ProbeStatus::Failed;
            f.message = e.message();
            f.fix = Preflight::tr("Check the server's error log, then re-check.");
            f.details = e.details();
        }
        f.elapsedMs = timer.elapsed();
        log->info("preflight {}: {} {}", f.id.toStdString(), probeStatusName(f.status).toStdString(),
            f.message.toStdString());
        report.findings.append(f);
    }
    m_db.reset();
    return report;
}

ProbeFinding PreflightRun::cron()
{
    const QString title = Preflight::tr("Cron");
    const QString table = QStringLiteral("cron_schedule");
    if (!hasTable(table))
        return skipped(preflightcheck::cron, title,
            Preflight::tr("The database has no %1 table, so whether cron runs cannot be seen from it.")
                .arg(m_source.table(table)));
    ProbeFinding f = makeFinding(preflightcheck::cron, title);
    const auto [last, ago] = latest(table, QStringLiteral("executed_at"));
    const qint64 recent = countSince(table, QStringLiteral("executed_at"), m_options.cronMinutes);
    const qint64 running
        = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE status = 'running'").arg(m_db->table(table)))
              .toLongLong();
    f.add(QStringLiteral("lastExecutedAt"), last);
    f.add(QStringLiteral("secondsSinceLast"), last.isEmpty() ? QVariant() : QVariant(ago));
    f.add(QStringLiteral("windowMinutes"), m_options.cronMinutes);
    f.add(QStringLiteral("jobsInWindow"), recent);
    f.add(QStringLiteral("jobsMarkedRunning"), running);
    if (recent > 0) {
        f.status = ProbeStatus::Warning;
        f.message = Preflight::tr("Magento 1 cron is still running: %n job(s) started in the last %1 minutes, the "
                                  "last at %2.",
            nullptr, int(recent))
                        .arg(m_options.cronMinutes)
                        .arg(whenText(last, ago));
        f.fix = Preflight::tr("Stop Magento 1's cron on the server (remove cron.sh or cron.php from the crontab of "
                              "the web server's user), then re-check. Its jobs (indexers, clean-ups, newsletters) "
                              "change rows while they are being copied.");
        return f;
    }
    f.message = last.isEmpty()
        ? Preflight::tr("No cron job has ever run on this store (%1 has no executed job).").arg(m_source.table(table))
        : Preflight::tr("No cron job started in the last %1 minutes; the last one started at %2.")
              .arg(m_options.cronMinutes)
              .arg(whenText(last, ago));
    return f;
}

ProbeFinding PreflightRun::adminActivity()
{
    ProbeFinding f = makeFinding(preflightcheck::adminActivity, Preflight::tr("Admin activity"));
    const int minutes = m_options.activityMinutes;
    QStringList users;
    QString lastLogin;
    qint64 lastLoginAgo = 0;
    if (hasTable(QStringLiteral("admin_user"))) {
        std::tie(lastLogin, lastLoginAgo) = latest(QStringLiteral("admin_user"), QStringLiteral("logdate"));
        // Bounded: a store has a handful of admins, and the message names at most a few.
        QSqlQuery q = m_db->query(QStringLiteral("SELECT username FROM %1 WHERE logdate >= UTC_TIMESTAMP() - "
                                                 "INTERVAL %2 MINUTE ORDER BY logdate DESC LIMIT 50")
                                      .arg(m_db->table(QStringLiteral("admin_user")))
                                      .arg(minutes));
        while (q.next())
            users << q.value(0).toString();
    }
    qint64 products = 0;
    qint64 categories = 0;
    QString lastChange;
    qint64 lastChangeAgo = 0;
    for (const auto& [table, count] : { std::pair { QStringLiteral("catalog_product_entity"), &products },
             std::pair { QStringLiteral("catalog_category_entity"), &categories } }) {
        if (!hasTable(table))
            continue;
        *count = countSince(table, QStringLiteral("updated_at"), minutes);
        const auto [at, ago] = latest(table, QStringLiteral("updated_at"));
        if (!at.isEmpty() && (lastChange.isEmpty() || at > lastChange)) {
            lastChange = at;
            lastChangeAgo = ago;
        }
    }
    f.add(QStringLiteral("windowMinutes"), minutes);
    f.add(QStringLiteral("adminLoginsInWindow"), qint64(users.size()));
    f.add(QStringLiteral("adminUsersInWindow"), users.join(QLatin1Char(',')));
    f.add(QStringLiteral("lastAdminLogin"), lastLogin);
    f.add(QStringLiteral("productsChangedInWindow"), products);
    f.add(QStringLiteral("categoriesChangedInWindow"), categories);
    f.add(QStringLiteral("lastCatalogChange"), lastChange);

    if (users.isEmpty() && products == 0 && categories == 0) {
        f.message = Preflight::tr("No admin logged in and no product or category changed in the last %1 minutes "
                                  "(last admin log-in: %2; last catalog change: %3).")
                        .arg(minutes)
                        .arg(whenText(lastLogin, lastLoginAgo), whenText(lastChange, lastChangeAgo));
        return f;
    }
    QStringList seen;
    if (!users.isEmpty()) {
        QStringList names = users.mid(0, 5);
        if (users.size() > names.size())
            names << QStringLiteral("...");
        seen << Preflight::tr("%n admin log-in(s) (%1; the last at %2)", nullptr, int(users.size()))
                    .arg(names.join(QStringLiteral(", ")), whenText(lastLogin, lastLoginAgo));
    }
    if (products > 0)
        seen << Preflight::tr("%n product(s) changed", nullptr, int(products));
    if (categories > 0)
        seen << Preflight::tr("%n category(ies) changed", nullptr, int(categories));
    f.status = ProbeStatus::Warning;
    f.message = Preflight::tr("Someone is working in the Magento 1 admin: %1 in the last %2 minutes.")
                    .arg(seen.join(QStringLiteral(", ")))
                    .arg(minutes);
    f.fix = Preflight::tr("Ask the store's staff to stop editing products, categories, CMS pages and settings in "
                          "the Magento 1 admin until go-live (handling orders may go on), then re-check. Changes "
                          "made after the copy would have to be made again in Magento 2.");
    return f;
}

ProbeFinding PreflightRun::orders()
{
    const QString title = Preflight::tr("Orders");
    const QString table = QStringLiteral("sales_flat_order");
    if (!hasTable(table))
        return skipped(preflightcheck::orders, title,
            Preflight::tr("The database has no %1 table, so recent orders cannot be counted.")
                .arg(m_source.table(table)));
    ProbeFinding f = makeFinding(preflightcheck::orders, title);
    const int minutes = m_options.orderMinutes;
    const qint64 recent = countSince(table, QStringLiteral("created_at"), minutes);
    const auto [last, ago] = latest(table, QStringLiteral("created_at"));
    f.add(QStringLiteral("windowMinutes"), minutes);
    f.add(QStringLiteral("ordersInWindow"), recent);
    f.add(QStringLiteral("lastOrderAt"), last);
    if (recent > 0) {
        f.message = Preflight::tr("The store is still taking orders: %n in the last %1 minutes, the last at %2. "
                                  "That is expected: delta migration carries new orders over until go-live.",
            nullptr, int(recent))
                        .arg(minutes)
                        .arg(whenText(last, ago));
        return f;
    }
    f.message
        = Preflight::tr("No order in the last %1 minutes (last order: %2).").arg(minutes).arg(whenText(last, ago));
    return f;
}

ProbeFinding PreflightRun::m1Media()
{
    const QString title = Preflight::tr("Media folder");
    if (m_options.m1Root.isEmpty())
        return skipped(preflightcheck::m1Media, title,
            Preflight::tr("The project has no Magento 1 folder, so its media folder was not checked. Set it to have "
                          "the media checked and copied."));
    ProbeFinding f = makeFinding(preflightcheck::m1Media, title);
    const QString folder = Preflight::m1MediaFolder(m_options.m1Root);
    f.add(QStringLiteral("path"), folder);
    const QFileInfo info(folder);
    const QString fix = Preflight::tr("Check the project's Magento 1 folder (the one that holds app/Mage.php and "
                                      "media/), and that this computer can read it (mount it, or copy it here).");
    if (!info.exists()) {
        f.status = ProbeStatus::Failed;
        f.message = Preflight::tr("There is no media folder at %1.").arg(folder);
        f.fix = fix;
        return f;
    }
    if (!info.isDir()) {
        f.status = ProbeStatus::Failed;
        f.message = Preflight::tr("%1 is not a folder.").arg(folder);
        f.fix = fix;
        return f;
    }
    QDir dir(folder);
    if (!info.isReadable() || !info.isExecutable() || !dir.isReadable()) {
        f.status = ProbeStatus::Failed;
        f.message = Preflight::tr("The media folder %1 cannot be read by this user.").arg(folder);
        f.fix = Preflight::tr("Give this user read access to %1 and the folders in it (chmod -R a+rX, or add the "
                              "user to the web server's group).")
                    .arg(folder);
        return f;
    }
    // Counts only: memory stays flat however many images the store has.
    qint64 files = 0;
    qint64 bytes = 0;
    qint64 unreadable = 0;
    QStringList examples;
    QDirIterator it(
        folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo entry = it.fileInfo();
        const bool readable = entry.isReadable() && (!entry.isDir() || entry.isExecutable());
        if (!readable) {
            ++unreadable;
            if (examples.size() < 5)
                examples << dir.relativeFilePath(entry.filePath());
        }
        if (entry.isFile()) {
            ++files;
            bytes += entry.size();
        }
        if ((files & 1023) == 0 && m_cancelled && m_cancelled())
            break;
    }
    f.add(QStringLiteral("files"), files);
    f.add(QStringLiteral("bytes"), bytes);
    f.add(QStringLiteral("unreadable"), unreadable);
    m_m1MediaBytes = bytes;
    if (unreadable > 0) {
        f.status = ProbeStatus::Warning;
        f.message = Preflight::tr("%n file(s) or folder(s) in %1 cannot be read: %2.", nullptr, int(unreadable))
                        .arg(folder, examples.join(QStringLiteral(", ")));
        f.fix = Preflight::tr("Give this user read access to them (chmod -R a+rX %1); they would be missing in "
                              "Magento 2.")
                    .arg(folder);
        return f;
    }
    f.message = Preflight::tr("The media folder %1 is readable: %n file(s), %2.", nullptr, int(files))
                    .arg(folder, bytesText(bytes));
    return f;
}

ProbeFinding PreflightRun::diskSpace()
{
    const QString title = Preflight::tr("Free disk space");
    if (m_options.m2Root.isEmpty())
        return skipped(preflightcheck::diskSpace, title,
            Preflight::tr("The project has no Magento 2 folder, so the free space for the media was not checked."));
    ProbeFinding f = makeFinding(preflightcheck::diskSpace, title);
    const QString folder = Preflight::m2MediaFolder(m_options.m2Root);
    f.add(QStringLiteral("path"), folder);
    if (!QFileInfo(m_options.m2Root).isDir()) {
        f.status = ProbeStatus::Failed;
        f.message = Preflight::tr("The Magento 2 folder %1 does not exist.").arg(m_options.m2Root);
        f.fix = Preflight::tr("Check the project's Magento 2 folder (the one that holds bin/magento and pub/).");
        return f;
    }
    // pub/media may not exist yet on a fresh install: measure the volume it will be created on.
    QString existing = folder;
    while (!QFileInfo(existing).exists())
        existing = QFileInfo(existing).absolutePath();
    const QStorageInfo storage(existing);
    const qint64 free = storage.bytesAvailable();
    const qint64 needed = m_m1MediaBytes.value_or(0) + m_options.spareBytes;
    f.add(QStringLiteral("freeBytes"), free);
    f.add(QStringLiteral("neededBytes"), needed);
    f.add(QStringLiteral("mediaBytes"), m_m1MediaBytes ? QVariant(*m_m1MediaBytes) : QVariant());
    const QString need = m_m1MediaBytes ? Preflight::tr("the Magento 1 media (%1) plus %2 to spare")
                                              .arg(bytesText(*m_m1MediaBytes), bytesText(m_options.spareBytes))
                                        : Preflight::tr("%1 to spare (the size of the Magento 1 media is not known)")
                                              .arg(bytesText(m_options.spareBytes));
    if (free < needed) {
        f.status = ProbeStatus::Failed;
        f.message = Preflight::tr("Only %1 is free at %2, but the copy needs %3: %4.")
                        .arg(bytesText(free), folder, bytesText(needed), need);
        f.fix = Preflight::tr("Free space on that disk (or grow the volume), then re-check.");
        return f;
    }
    f.message = Preflight::tr("%1 is free at %2; the copy needs %3: %4.")
                    .arg(bytesText(free), folder, bytesText(needed), need);
    return f;
}

} // namespace

const ProbeFinding* PreflightReport::finding(const QString& id) const
{
    for (const ProbeFinding& f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

int PreflightReport::count(ProbeStatus status) const
{
    return int(std::count_if(
        findings.begin(), findings.end(), [status](const ProbeFinding& f) { return f.status == status; }));
}

QJsonObject PreflightReport::toJson() const
{
    QJsonArray list;
    for (const ProbeFinding& f : findings)
        list.append(f.toJson());
    return { { QStringLiteral("cancelled"), cancelled }, { QStringLiteral("findings"), list } };
}

Preflight::Preflight(ConnectionProfile source, QString password, PreflightOptions options)
    : m_source(std::move(source))
    , m_password(std::move(password))
    , m_options(std::move(options))
{
}

PreflightReport Preflight::run(const std::atomic<bool>* cancel) const
{
    PreflightRun run(m_source, m_password, m_options, [cancel] { return cancel && cancel->load(); });
    return run.run();
}

QFuture<PreflightReport> Preflight::start(ConnectionProfile source, QString password, PreflightOptions options)
{
    return QtConcurrent::run([source = std::move(source), password = std::move(password), options = std::move(options)](
                                 QPromise<PreflightReport>& promise) {
        PreflightRun run(source, password, options, [&promise] { return promise.isCanceled(); });
        promise.addResult(run.run());
    });
}

QVector<ChecklistItem> Preflight::manualChecklist()
{
    return {
        { QStringLiteral("firewall-opened"), tr("The firewall lets this computer reach both database servers"),
            tr("Open the MySQL port (usually 3306) of both servers to this computer's address, or use an SSH "
               "tunnel. The connection test above shows whether it works.") },
        { QStringLiteral("m1-database-copied"), tr("The Magento 1 database is copied as a safety copy"),
            tr("Make a backup (mysqldump --single-transaction) or a replica of the Magento 1 database and keep it "
               "until Magento 2 is live.") },
        { QStringLiteral("cron-stopped"), tr("Magento 1 cron is stopped on the server"),
            tr("Remove cron.sh/cron.php from the web server user's crontab (crontab -e) on every Magento 1 "
               "server.") },
        { QStringLiteral("admin-frozen"), tr("Staff stopped working in the Magento 1 admin"),
            tr("Tell the staff not to edit products, categories, CMS pages or settings until go-live; handling "
               "orders may go on.") },
    };
}

QString Preflight::m1MediaFolder(const QString& m1Root)
{
    return QDir(m1Root).filePath(QStringLiteral("media"));
}

QString Preflight::m2MediaFolder(const QString& m2Root)
{
    return QDir(m2Root).filePath(QStringLiteral("pub/media"));
}

} // namespace cutover
