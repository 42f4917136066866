#include "golive/golivechecklist.h"

#include "db/database.h"
#include "error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUrl>

namespace cutover {

QVector<GoLiveStep> GoLiveChecklist::steps()
{
    return {
        { QLatin1String(maintenanceOn), tr("Magento 1 in maintenance mode"),
            tr("Downtime starts here: Magento 1 stops taking orders. Cutover creates maintenance.flag in the Magento "
               "1 root when it can reach it; otherwise switch maintenance on yourself and tick this.") },
        { QLatin1String(deltaStopped), tr("Delta stopped, backlog empty"),
            tr("The last changes made before maintenance are carried over. Cutover waits for a backlog of zero, "
               "then stops the delta.") },
        { QLatin1String(cronStarted), tr("Magento 2 cron started"),
            tr("Magento 2 runs its scheduled jobs (indexers, e-mails) from now on: bin/magento cron:install, or "
               "your own crontab.") },
        { QLatin1String(stockReindexed), tr("Stock index rebuilt"),
            tr("bin/magento indexer:reindex cataloginventory_stock, so the storefront shows what is in stock.") },
        { QLatin1String(cacheWarmed), tr("Cache warmed"),
            tr("Cutover fetches the home page, CMS pages, categories and products, so the first customers do not "
               "wait for a cold cache.") },
        { QLatin1String(finalVerification), tr("Final verification"),
            tr("The data verification once more, a delta backlog of zero, and the last Magento 1 order present in "
               "Magento 2.") },
        { QLatin1String(dnsSwitched), tr("DNS and load balancers switched"),
            tr("Point the store's host name at the Magento 2 server (DNS, load balancer, CDN). Cutover checks what "
               "the name resolves to now.") },
        { QLatin1String(storeOpen), tr("Store open"),
            tr("Downtime ends here: Magento 2 takes orders. Check an order end to end, then tick this.") },
    };
}

GoLiveChecklist::GoLiveChecklist(ProjectProgress progress)
    : m_progress(std::move(progress))
    , m_steps(steps())
{
}

int GoLiveChecklist::indexOf(const QString& id) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].id == id)
            return i;
    }
    return -1;
}

const ChecklistTick* GoLiveChecklist::tick(const QString& id) const
{
    const ChecklistTick* t = m_progress.tick(id);
    return t && t->ticked ? t : nullptr;
}

bool GoLiveChecklist::isDone(const QString& id) const
{
    return tick(id) != nullptr;
}

int GoLiveChecklist::doneCount() const
{
    int done = 0;
    for (const GoLiveStep& step : m_steps)
        done += isDone(step.id) ? 1 : 0;
    return done;
}

QString GoLiveChecklist::next() const
{
    for (const GoLiveStep& step : m_steps) {
        if (!isDone(step.id))
            return step.id;
    }
    return {};
}

QString GoLiveChecklist::whyNot(const QString& id, bool done) const
{
    const int index = indexOf(id);
    if (index < 0)
        return tr("%1 is not a step of the go-live checklist.").arg(id);
    if (done) {
        if (isDone(id))
            return tr("\"%1\" is done already.").arg(m_steps[index].title);
        for (int i = 0; i < index; ++i) {
            if (!isDone(m_steps[i].id))
                return tr("\"%1\" comes first.").arg(m_steps[i].title);
        }
        return {};
    }
    if (!isDone(id))
        return tr("\"%1\" is not done.").arg(m_steps[index].title);
    for (int i = index + 1; i < m_steps.size(); ++i) {
        if (isDone(m_steps[i].id))
            return tr("Undo \"%1\" first: steps are undone from the last one back.").arg(m_steps[i].title);
    }
    return {};
}

std::optional<QDateTime> GoLiveChecklist::downtimeStarted() const
{
    const ChecklistTick* t = tick(QLatin1String(maintenanceOn));
    return t ? std::optional<QDateTime>(t->at) : std::nullopt;
}

std::optional<QDateTime> GoLiveChecklist::downtimeEnded() const
{
    const ChecklistTick* t = tick(QLatin1String(storeOpen));
    return t ? std::optional<QDateTime>(t->at) : std::nullopt;
}

qint64 GoLiveChecklist::downtimeSeconds(const QDateTime& now) const
{
    const std::optional<QDateTime> started = downtimeStarted();
    if (!started)
        return 0;
    const QDateTime end = downtimeEnded().value_or(now);
    return std::max<qint64>(0, started->secsTo(end));
}

QString GoLiveChecklist::clock(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject GoLiveChecklist::toJson(const QDateTime& now) const
{
    QJsonArray items;
    for (const GoLiveStep& step : m_steps) {
        QJsonObject item { { QStringLiteral("id"), step.id }, { QStringLiteral("title"), step.title },
            { QStringLiteral("done"), isDone(step.id) } };
        if (const ChecklistTick* t = tick(step.id)) {
            item.insert(QStringLiteral("at"), t->at.toUTC().toString(Qt::ISODate));
            item.insert(QStringLiteral("by"), t->by);
            item.insert(QStringLiteral("checked"), t->note);
        }
        items.append(item);
    }
    QJsonObject json { { QStringLiteral("steps"), items }, { QStringLiteral("downtimeSeconds"), downtimeSeconds(now) },
        { QStringLiteral("open"), downtimeEnded().has_value() } };
    if (const auto started = downtimeStarted())
        json.insert(QStringLiteral("downtimeStarted"), started->toUTC().toString(Qt::ISODate));
    if (const auto ended = downtimeEnded())
        json.insert(QStringLiteral("downtimeEnded"), ended->toUTC().toString(Qt::ISODate));
    return json;
}

QString GoLiveChecklist::toText(const QDateTime& now) const
{
    QString text;
    for (const GoLiveStep& step : m_steps) {
        const ChecklistTick* t = tick(step.id);
        if (!t) {
            text += tr("[ ] %1").arg(step.title) + QLatin1Char('\n');
            continue;
        }
        text += tr("[x] %1: %2 by %3").arg(step.title, t->at.toUTC().toString(Qt::ISODate), t->by);
        if (!t->note.isEmpty())
            text += QStringLiteral(" (") + t->note + QLatin1Char(')');
        text += QLatin1Char('\n');
    }
    if (!downtimeStarted())
        text += tr("Downtime: not started.") + QLatin1Char('\n');
    else if (downtimeEnded())
        text += tr("Downtime: %1, from %2 to %3.")
                    .arg(clock(downtimeSeconds(now)), downtimeStarted()->toUTC().toString(Qt::ISODate),
                        downtimeEnded()->toUTC().toString(Qt::ISODate))
            + QLatin1Char('\n');
    else
        text += tr("Downtime: %1 so far, since %2.")
                    .arg(clock(downtimeSeconds(now)), downtimeStarted()->toUTC().toString(Qt::ISODate))
            + QLatin1Char('\n');
    return text;
}

QString MaintenanceFlag::path(const QString& m1Root)
{
    return QDir(m1Root).filePath(QStringLiteral("maintenance.flag"));
}

bool MaintenanceFlag::isOn(const QString& m1Root)
{
    return !m1Root.isEmpty() && QFileInfo::exists(path(m1Root));
}

void MaintenanceFlag::set(const QString& m1Root, bool on)
{
    const QDir root(m1Root);
    if (m1Root.isEmpty() || !root.exists(QStringLiteral("index.php")) || !root.exists(QStringLiteral("app/Mage.php")))
        throw Error(tr("%1 is not a Magento 1 root folder (it has no index.php and app/Mage.php), so Cutover cannot "
                       "switch maintenance mode there.")
                        .arg(m1Root.isEmpty() ? tr("(no folder given)") : QDir::toNativeSeparators(m1Root)),
            tr("Set the Magento 1 root on the Pre-flight page, or switch maintenance mode on yourself (create "
               "maintenance.flag in the Magento 1 root) and tick the step."));
    const QString file = path(m1Root);
    if (on) {
        if (QFileInfo::exists(file))
            return;
        QFile flag(file);
        if (!flag.open(QIODevice::WriteOnly) || flag.write("Cutover: go-live in progress\n") < 0 || !flag.flush())
            throw Error(tr("Could not create %1: %2.").arg(QDir::toNativeSeparators(file), flag.errorString()),
                tr("Give the user running Cutover write access to the Magento 1 root, or create the file yourself "
                   "and tick the step."));
        return;
    }
    if (QFileInfo::exists(file) && !QFile::remove(file))
        throw Error(tr("Could not remove %1.").arg(QDir::toNativeSeparators(file)),
            tr("Remove the file yourself to take Magento 1 out of maintenance mode."));
}

DnsCheck DnsCheck::run(const QString& hostOrUrl, const QString& expected)
{
    DnsCheck check;
    const QUrl url = QUrl::fromUserInput(hostOrUrl.trimmed());
    check.host = url.host().isEmpty() ? hostOrUrl.trimmed() : url.host();
    const QHostAddress wanted(expected.trimmed());
    if (check.host.isEmpty()) {
        check.message = tr("No store host name is set; give the store's address (shop.example.com).");
        return check;
    }
    if (wanted.isNull()) {
        check.message
            = tr("\"%1\" is not an IP address; give the Magento 2 server's address (203.0.113.7).").arg(expected);
        return check;
    }
    const QHostInfo info = QHostInfo::fromName(check.host);
    if (info.error() != QHostInfo::NoError) {
        check.message = tr("%1 does not resolve: %2.").arg(check.host, info.errorString());
        return check;
    }
    for (const QHostAddress& address : info.addresses()) {
        check.addresses << address.toString();
        check.matches = check.matches || address.isEqual(wanted, QHostAddress::TolerantConversion);
    }
    check.message = check.matches
        ? tr("%1 resolves to %2, the Magento 2 server.").arg(check.host, check.addresses.join(QStringLiteral(", ")))
        : tr("%1 still resolves to %2, not to %3. DNS changes can take the record's TTL to reach everyone; check "
             "again in a few minutes.")
              .arg(check.host, check.addresses.join(QStringLiteral(", ")), wanted.toString());
    return check;
}

LastOrderCheck LastOrderCheck::run(Database& magento1, Database& magento2)
{
    LastOrderCheck check;
    QSqlQuery last = magento1.query(QStringLiteral(
        "SELECT increment_id, CAST(created_at AS CHAR), store_id FROM %1 ORDER BY entity_id DESC LIMIT 1")
                                        .arg(magento1.table(QStringLiteral("sales_flat_order"))));
    if (!last.next()) {
        check.present = true;
        check.message = tr("Magento 1 has no orders.");
        return check;
    }
    check.incrementId = last.value(0).toString();
    check.createdAt = QDateTime::fromString(last.value(1).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    check.createdAt.setTimeSpec(Qt::UTC);
    const QString store = last.value(2).isNull() ? QStringLiteral("store_id IS NULL")
                                                 : QStringLiteral("store_id = %1").arg(last.value(2).toLongLong());
    check.present = magento2
                        .scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE increment_id = %2 AND %3")
                                    .arg(magento2.table(QStringLiteral("sales_order")),
                                        Database::quoteString(check.incrementId), store))
                        .toLongLong()
        > 0;
    check.message = check.present
        ? tr("The last Magento 1 order, #%1 of %2, is in Magento 2.")
              .arg(check.incrementId, check.createdAt.toString(Qt::ISODate))
        : tr("The last Magento 1 order, #%1 of %2, is not in Magento 2: let the delta empty its backlog, then check "
             "again.")
              .arg(check.incrementId, check.createdAt.toString(Qt::ISODate));
    return check;
}

} // namespace cutover
