#include "steps/optionalareas.h"

#include "db/database.h"
#include "mapping/dmtconfig.h"
#include "steps/logstep.h"

#include <QJsonValue>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace cutover {

namespace {

const QString logsName = QStringLiteral("logs");
const QString reportsName = QStringLiteral("reports");
const QString oldQuotesName = QStringLiteral("old-quotes");

constexpr int defaultQuoteLifetimeDays = 30; // Magento 1's and 2's checkout/cart/delete_quote_after default

} // namespace

QStringList OptionalAreas::leftOutNames() const
{
    QStringList names;
    if (!visitorLogs)
        names << logsName;
    if (!reports)
        names << reportsName;
    if (!carriesOldQuotes())
        names << oldQuotesName;
    return names;
}

std::optional<OptionalAreas> OptionalAreas::fromNames(
    const QString& list, const QDateTime& oldQuotesBefore, QString* error)
{
    OptionalAreas areas;
    areas.visitorLogs = true;
    for (const QString& raw : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed().toLower();
        if (name == logsName) {
            areas.visitorLogs = false;
        } else if (name == reportsName) {
            areas.reports = false;
        } else if (name == oldQuotesName) {
            areas.oldQuotesBefore = oldQuotesBefore.isValid() ? oldQuotesBefore : QDateTime::currentDateTimeUtc();
        } else if (name != QLatin1String("none")) {
            if (error)
                *error = tr("\"%1\" is not an area that can be left out; give logs, reports, old-quotes (comma "
                            "separated) or none.")
                             .arg(raw.trimmed());
            return std::nullopt;
        }
    }
    return areas;
}

QJsonObject OptionalAreas::toJson() const
{
    QJsonObject json { { QStringLiteral("visitorLogs"), visitorLogs }, { QStringLiteral("reports"), reports } };
    if (oldQuotesBefore.isValid())
        json.insert(QStringLiteral("oldQuotesBefore"), oldQuotesBefore.toUTC().toString(Qt::ISODate));
    return json;
}

OptionalAreas OptionalAreas::fromJson(const QJsonObject& json)
{
    OptionalAreas areas;
    areas.visitorLogs = json.value(QStringLiteral("visitorLogs")).toBool(areas.visitorLogs);
    areas.reports = json.value(QStringLiteral("reports")).toBool(areas.reports);
    const QString before = json.value(QStringLiteral("oldQuotesBefore")).toString();
    if (!before.isEmpty()) {
        areas.oldQuotesBefore = QDateTime::fromString(before, Qt::ISODate);
        areas.oldQuotesBefore.setTimeZone(QTimeZone::utc());
    }
    return areas;
}

bool OptionalAreas::isReportTable(const QString& table)
{
    if (table == QLatin1String("report_event"))
        return true;
    const bool aggregated = table.contains(QLatin1String("_aggregated"));
    if (table.startsWith(QLatin1String("report_")))
        return aggregated || table.endsWith(QLatin1String("_index"));
    // Sales, tax and coupon statistics; not rating_option_vote_aggregated, the summaries the storefront shows.
    return aggregated
        && (table.startsWith(QLatin1String("sales_")) || table.startsWith(QLatin1String("tax_"))
            || table.startsWith(QLatin1String("coupon_")));
}

const QStringList& OptionalAreas::quoteTables()
{
    static const QStringList tables { QStringLiteral("sales_flat_quote"), QStringLiteral("sales_flat_quote_address"),
        QStringLiteral("sales_flat_quote_address_item"), QStringLiteral("sales_flat_quote_item"),
        QStringLiteral("sales_flat_quote_item_option"), QStringLiteral("sales_flat_quote_payment"),
        QStringLiteral("sales_flat_quote_shipping_rate") };
    return tables;
}

QStringList OptionalAreas::logTables(const DmtConfiguration* dmt)
{
    const GroupsConfig* groups = dmt ? dmt->groups(QStringLiteral("log_document_groups_file")) : nullptr;
    return groups ? groups->documents(QStringLiteral("source_documents")) : QStringList { QStringLiteral("log_visitor") };
}

QStringList OptionalAreas::leftOutTables(const DmtConfiguration* dmt, const QStringList& sourceTables) const
{
    QStringList left;
    const QStringList logs = visitorLogs ? QStringList() : logTables(dmt);
    for (const QString& table : sourceTables) {
        if (logs.contains(table) || (!reports && isReportTable(table)))
            left << table;
    }
    return left;
}

QHash<QString, QString> OptionalAreas::keptQuoteConditions(const ConnectionProfile& source) const
{
    QHash<QString, QString> conditions;
    if (carriesOldQuotes())
        return conditions;
    // UNIX_TIMESTAMP() of a TIMESTAMP column is the same instant whatever the session's time zone.
    const QString recent
        = QStringLiteral("UNIX_TIMESTAMP(q.`updated_at`) >= %1").arg(oldQuotesBefore.toSecsSinceEpoch());
    auto named = [&](const QString& table) {
        return Database::quoteIdentifier(source.database) + QLatin1Char('.')
            + Database::quoteIdentifier(source.table(table));
    };
    auto outer = [&](const QString& table, const char* column) {
        return Database::quoteIdentifier(source.table(table)) + QLatin1Char('.')
            + Database::quoteIdentifier(QLatin1String(column));
    };
    const QString quote = named(QStringLiteral("sales_flat_quote"));
    const QString address = named(QStringLiteral("sales_flat_quote_address"));
    const QString item = named(QStringLiteral("sales_flat_quote_item"));
    conditions.insert(QStringLiteral("sales_flat_quote"),
        QStringLiteral("UNIX_TIMESTAMP(%1) >= %2")
            .arg(outer(QStringLiteral("sales_flat_quote"), "updated_at"))
            .arg(oldQuotesBefore.toSecsSinceEpoch()));
    for (const char* table : { "sales_flat_quote_address", "sales_flat_quote_item", "sales_flat_quote_payment" }) {
        conditions.insert(QLatin1String(table),
            QStringLiteral("EXISTS (SELECT 1 FROM %1 q WHERE q.`entity_id` = %2 AND %3)")
                .arg(quote, outer(QLatin1String(table), "quote_id"), recent));
    }
    conditions.insert(QStringLiteral("sales_flat_quote_item_option"),
        QStringLiteral("EXISTS (SELECT 1 FROM %1 i JOIN %2 q ON q.`entity_id` = i.`quote_id` WHERE i.`item_id` = %3 "
                       "AND %4)")
            .arg(item, quote, outer(QStringLiteral("sales_flat_quote_item_option"), "item_id"), recent));
    conditions.insert(QStringLiteral("sales_flat_quote_address_item"),
        QStringLiteral("EXISTS (SELECT 1 FROM %1 a JOIN %2 q ON q.`entity_id` = a.`quote_id` WHERE a.`address_id` = "
                       "%3 AND %4)")
            .arg(address, quote, outer(QStringLiteral("sales_flat_quote_address_item"), "quote_address_id"), recent));
    conditions.insert(QStringLiteral("sales_flat_quote_shipping_rate"),
        QStringLiteral("EXISTS (SELECT 1 FROM %1 a JOIN %2 q ON q.`entity_id` = a.`quote_id` WHERE a.`address_id` = "
                       "%3 AND %4)")
            .arg(address, quote, outer(QStringLiteral("sales_flat_quote_shipping_rate"), "address_id"), recent));
    return conditions;
}

int OptionalAreas::quoteLifetimeDays(Database& src)
{
    int days = 0;
    QSqlQuery q = src.query(QStringLiteral("SELECT `value` FROM %1 WHERE `path` = 'checkout/cart/delete_quote_after'")
                                .arg(src.table(QStringLiteral("core_config_data"))));
    while (q.next()) {
        bool ok = false;
        const int value = q.value(0).toString().trimmed().toInt(&ok);
        if (ok && value > 0)
            days = std::max(days, value);
    }
    return days > 0 ? days : defaultQuoteLifetimeDays;
}

QDateTime OptionalAreas::defaultOldQuotesBefore(Database& src, const QDateTime& now)
{
    const QDate day = now.toUTC().date().addDays(-quoteLifetimeDays(src));
    return QDateTime(day, QTime(0, 0), QTimeZone::utc());
}

OptionalAreas::Size OptionalAreas::reportsSize(Database& src)
{
    Size size;
    const QString prefix = src.profile().tablePrefix;
    QStringList tables;
    QSqlQuery q = src.query(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                           "DATABASE() AND TABLE_TYPE = 'BASE TABLE'"));
    while (q.next()) {
        const QString physical = q.value(0).toString();
        if (physical.startsWith(prefix) && isReportTable(physical.mid(prefix.size())))
            tables << physical.mid(prefix.size());
    }
    for (const QString& table : std::as_const(tables)) {
        const LogStep::Size one = LogStep::sizeOf(src, table);
        if (!one.present)
            continue;
        ++size.tables;
        size.rows += one.rows;
        size.bytes += one.bytes;
        size.estimated = size.estimated || one.estimated;
    }
    return size;
}

OptionalAreas::QuotesSize OptionalAreas::quotesSize(Database& src, const QDateTime& before)
{
    QuotesSize size;
    for (const QString& table : quoteTables()) {
        const LogStep::Size one = LogStep::sizeOf(src, table);
        size.bytes += one.bytes;
    }
    QSqlQuery q = src.query(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(UNIX_TIMESTAMP(`updated_at`) < %1), 0) "
                                           "FROM %2")
                                .arg(before.toSecsSinceEpoch())
                                .arg(src.table(QStringLiteral("sales_flat_quote"))));
    if (q.next()) {
        size.quotes = q.value(0).toLongLong();
        size.oldQuotes = q.value(1).toLongLong();
    }
    if (size.quotes > 0)
        size.oldBytes = qint64(std::llround(double(size.bytes) * double(size.oldQuotes) / double(size.quotes)));
    return size;
}

} // namespace cutover
