#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace cutover {

class Database;
class DmtConfiguration;
struct ConnectionProfile;

/**
 * The parts of a Magento 1 store that a user may leave behind, chosen on the Settings and data page or with the
 * command line's --leave-out, and kept in the project so that every later command treats them alike: the data
 * migration does not copy them (and reports what it left, with its size), change capture puts no trigger on their
 * tables, delta does not carry them, and the verifications do not expect them.
 *
 * - Visitor logs (log_visitor, the Log step): left behind by default; Magento 2 hardly uses them.
 * - Reports and statistics (report_event, the viewed and compared product indexes, every *_aggregated* table but
 *   the rating summaries the storefront shows): carried by default. Magento 2 rebuilds its statistics from the
 *   orders (Reports > Statistics > Refresh Statistics); the events and indexes feed "recently viewed" only.
 * - Old quotes: carried by default. Left behind, a quote whose updated_at is before `oldQuotesBefore` goes, with its
 *   items, addresses, payment and shipping rates. By default that moment is Magento 2's own rule: the store's
 *   quote lifetime (checkout/cart/delete_quote_after, 30 days unless set; the longest of its scopes) before today,
 *   the quotes Magento 2's sales_clean_quotes cron job would delete on its first run. The moment is fixed when the
 *   choice is made, so that a resumed run and the final verification agree on which quotes are old. A quote left
 *   behind that Magento 1 changes again during delta comes back whole (DeltaApplier adopts its rows).
 *
 * A value type.
 */
struct OptionalAreas
{
    Q_DECLARE_TR_FUNCTIONS(OptionalAreas)
public:
    bool visitorLogs = false; ///< carry Magento 1's visitor log
    bool reports = true; ///< carry the reports and statistics tables
    /** Valid: quotes not updated since this moment (UTC) are left behind. Invalid: every quote is carried. */
    QDateTime oldQuotesBefore;

    bool carriesOldQuotes() const { return !oldQuotesBefore.isValid(); }

    /** The areas left behind by name ("logs", "reports", "old-quotes"), as --leave-out takes them. */
    QStringList leftOutNames() const;
    /**
     * Parses --leave-out: a comma-separated list of logs, reports and old-quotes, or none. Old quotes are left
     * behind from `oldQuotesBefore` (the caller computes the default). Nullopt with `error` set for a bad name.
     */
    static std::optional<OptionalAreas> fromNames(
        const QString& list, const QDateTime& oldQuotesBefore, QString* error = nullptr);

    QJsonObject toJson() const;
    /** Missing keys keep the defaults, so that an older project file loads. */
    static OptionalAreas fromJson(const QJsonObject& json);

    friend bool operator==(const OptionalAreas&, const OptionalAreas&) = default;

    /** A Magento 1 table (without prefix) of reports and statistics. */
    static bool isReportTable(const QString& table);
    /** The Magento 1 quote tables, the quote first. */
    static const QStringList& quoteTables();
    /** The visitor log tables: the source documents of the configuration's log groups file. */
    static QStringList logTables(const DmtConfiguration* dmt);

    /**
     * The tables among `sourceTables` (without prefix) whose rows these choices leave behind whole: the visitor
     * log unless carried, the reports and statistics unless carried. Old quotes are rows, not tables: not listed.
     */
    QStringList leftOutTables(const DmtConfiguration* dmt, const QStringList& sourceTables) const;

    /**
     * When old quotes are left behind: for each quote table, an SQL condition true for the rows kept, written
     * against the table's physical name (so it holds both on the source connection and in an `INSERT ... SELECT`
     * on a shared server, where the other tables it reads are named with the source database). Empty otherwise.
     */
    QHash<QString, QString> keptQuoteConditions(const ConnectionProfile& source) const;

    /** The longest quote lifetime in days that Magento 1's core_config_data sets (any scope), else 30. */
    static int quoteLifetimeDays(Database& src);
    /** Midnight UTC of `now` less the store's quote lifetime: where old quotes end by Magento 2's rule. */
    static QDateTime defaultOldQuotesBefore(Database& src, const QDateTime& now = QDateTime::currentDateTimeUtc());

    /** What an area holds and weighs on Magento 1. */
    struct Size
    {
        int tables = 0; ///< tables present
        qint64 rows = 0;
        qint64 bytes = 0; ///< data and indexes
        bool estimated = false; ///< a table past a million rows was counted by the server's estimate
    };
    /** The reports and statistics tables of `src`. Throws cutover::Error. */
    static Size reportsSize(Database& src);

    struct QuotesSize
    {
        qint64 quotes = 0; ///< every quote
        qint64 oldQuotes = 0; ///< quotes not updated since the moment given
        qint64 bytes = 0; ///< all quote tables
        qint64 oldBytes = 0; ///< their share of old quotes, estimated by the quotes' proportion
    };
    /** The quotes of `src`, and those not updated since `before`. Throws cutover::Error. */
    static QuotesSize quotesSize(Database& src, const QDateTime& before);
};

} // namespace cutover
