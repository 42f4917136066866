#include "golive/cachewarmer.h"

#include "db/database.h"
#include "error.h"
#include "log/log.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QXmlStreamReader>

#include <algorithm>
#include <deque>
#include <memory>
#include <vector>

namespace cutover {

namespace {

constexpr qint64 maxSitemapBytes = 64 * 1024 * 1024;

QString clockText(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// A page to fetch: its URL, the store view it belongs to (an index; 0 for a sitemap) and the store code to send
// as Magento's store cookie (empty: none).
struct FeedItem
{
    QUrl url;
    qsizetype store = 0;
    QString storeCookie;
};

// Where the pages come from, one URL at a time; total() is known before the first.
class UrlFeed
{
public:
    virtual ~UrlFeed() = default;
    virtual qint64 total() const = 0;
    /** The next page, or nullopt when there are no more. Throws Error when the source fails. */
    virtual std::optional<FeedItem> next() = 0;
};

class ListFeed : public UrlFeed
{
public:
    explicit ListFeed(QList<QUrl> urls)
        : m_urls(std::move(urls))
    {
    }
    qint64 total() const override { return m_urls.size(); }
    std::optional<FeedItem> next() override
    {
        if (m_next >= m_urls.size())
            return std::nullopt;
        return FeedItem { m_urls.at(m_next++), 0, QString() };
    }

private:
    QList<QUrl> m_urls;
    qsizetype m_next = 0;
};

// Store views and their url_rewrite rows, read in keyset-paged batches as the queue drains.
class DatabaseFeed : public UrlFeed
{
    Q_DECLARE_TR_FUNCTIONS(CacheWarmer)
public:
    DatabaseFeed(const CacheWarmOptions& options, CacheWarmResult& result)
        : m_options(options)
        , m_db(*options.destination, options.password, QStringLiteral("cache warm-up"))
    {
        readConfig();
        readStatusAttributes();
        QSqlQuery stores = m_db.query(QStringLiteral("SELECT store_id, code, website_id FROM %1 WHERE store_id > 0 "
                                                     "AND is_active = 1 ORDER BY sort_order, store_id")
                                          .arg(m_db.table(QStringLiteral("store"))));
        while (stores.next()) {
            WarmStore store;
            store.storeId = stores.value(0).toInt();
            store.code = stores.value(1).toString();
            const int website = stores.value(2).toInt();
            QString why;
            store.baseUrl = baseUrl(store, website, why);
            if (!why.isEmpty()) {
                result.warnings << why;
                continue;
            }
            m_websites.insert(store.storeId, website);
            const qint64 rows = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE store_id = %2 AND %3")
                                                .arg(m_db.table(QStringLiteral("url_rewrite")))
                                                .arg(store.storeId)
                                                .arg(pageClause(store.storeId, website)))
                                    .toLongLong();
            if (!m_unavailable.isEmpty())
                store.leftOut
                    = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE store_id = %2 AND %3 AND "
                                                 "NOT (%4)")
                                      .arg(m_db.table(QStringLiteral("url_rewrite")))
                                      .arg(store.storeId)
                                      .arg(basePageClause(store.storeId, website), availableClause(store.storeId)))
                          .toLongLong();
            result.leftOut += store.leftOut;
            store.pages = std::min<qint64>(m_options.limitPerStore, 1 + rows);
            m_total += store.pages;
            result.stores.append(store);
        }
        // Store views on one base URL are told apart by Magento's store cookie.
        for (WarmStore& store : result.stores)
            store.sharedBaseUrl = std::count_if(result.stores.cbegin(), result.stores.cend(),
                                      [&store](const WarmStore& other) { return other.baseUrl == store.baseUrl; })
                > 1;
        m_stores = result.stores;
        if (m_stores.isEmpty() && result.warnings.isEmpty())
            throw Error(tr("The Magento 2 database %1 has no active store view: there is nothing to warm.")
                            .arg(options.destination->database));
    }

    qint64 total() const override { return m_total; }

    std::optional<FeedItem> next() override
    {
        while (m_queue.empty()) {
            if (m_store >= m_stores.size())
                return std::nullopt;
            fill();
        }
        FeedItem item = std::move(m_queue.front());
        m_queue.pop_front();
        return item;
    }

private:
    // web/ settings at every scope: (path, scope, scope id) -> value.
    void readConfig()
    {
        QSqlQuery rows = m_db.query(QStringLiteral("SELECT path, scope, scope_id, value FROM %1 WHERE path IN "
                                                   "('web/unsecure/base_url', 'web/secure/base_url', "
                                                   "'web/secure/use_in_frontend', 'web/url/use_store', "
                                                   "'web/default/cms_home_page', 'web/default/cms_no_route')")
                                        .arg(m_db.table(QStringLiteral("core_config_data"))));
        while (rows.next())
            m_config.insert(rows.value(0).toString() + QLatin1Char('|') + rows.value(1).toString() + QLatin1Char('|')
                    + rows.value(2).toString(),
                rows.value(3).toString());
    }

    // The value Magento reads for a store view: store scope, then website, then default.
    std::optional<QString> config(const QString& path, int store, int website) const
    {
        for (const QString& key : { QStringLiteral("%1|stores|%2").arg(path).arg(store),
                 QStringLiteral("%1|websites|%2").arg(path).arg(website), QStringLiteral("%1|default|0").arg(path) }) {
            const auto it = m_config.constFind(key);
            if (it != m_config.cend())
                return it.value();
        }
        return std::nullopt;
    }

    // As Magento\Store\Model\Config\Placeholder: {{unsecure_base_url}} and {{secure_base_url}} stand for those
    // settings' values; {{base_url}} is the URL of the request, which only a web server knows.
    QUrl baseUrl(const WarmStore& store, int website, QString& why) const
    {
        const bool secure
            = config(QStringLiteral("web/secure/use_in_frontend"), store.storeId, website).value_or(QStringLiteral("0"))
            == QLatin1String("1");
        const QString path = secure ? QStringLiteral("web/secure/base_url") : QStringLiteral("web/unsecure/base_url");
        QString value = config(path, store.storeId, website).value_or(QString());
        for (int depth = 0; depth < 4 && value.contains(QLatin1String("{{")); ++depth) {
            for (const char* name : { "unsecure", "secure" }) {
                const QString placeholder = QStringLiteral("{{%1_base_url}}").arg(QLatin1String(name));
                if (value.contains(placeholder))
                    value.replace(placeholder,
                        config(QStringLiteral("web/%1/base_url").arg(QLatin1String(name)), store.storeId, website)
                            .value_or(QString()));
            }
        }
        QUrl url(value.trimmed(), QUrl::StrictMode);
        if (value.contains(QLatin1String("{{")) || !url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            why = tr("Store view %1 skipped: its base URL (%2) is \"%3\", not a full http(s) URL. Set %2 for it in "
                     "the Magento 2 admin (Stores > Configuration > General > Web) or warm from a sitemap.")
                      .arg(store.code, path, value);
            return {};
        }
        if (!url.path().endsWith(QLatin1Char('/')))
            url.setPath(url.path() + QLatin1Char('/'));
        if (config(QStringLiteral("web/url/use_store"), store.storeId, website) == QStringLiteral("1"))
            url.setPath(url.path() + store.code + QLatin1Char('/'));
        return url;
    }

    // The attributes that say whether a product is enabled and a category active, and how their value tables
    // name the entity (entity_id in Magento Open Source, row_id with Adobe Commerce's staging).
    void readStatusAttributes()
    {
        const auto attribute = [this](const char* entityType, const char* code) {
            return m_db
                .scalar(
                    QStringLiteral("SELECT a.attribute_id FROM %1 a JOIN %2 t ON t.entity_type_id = a.entity_type_id "
                                   "WHERE t.entity_type_code = '%3' AND a.attribute_code = '%4'")
                        .arg(m_db.table(QStringLiteral("eav_attribute")), m_db.table(QStringLiteral("eav_entity_type")),
                            QLatin1String(entityType), QLatin1String(code)))
                .toInt();
        };
        const auto link = [this](const QString& table) {
            QSqlQuery columns = m_db.query(
                QStringLiteral("SHOW COLUMNS FROM %1 WHERE Field IN ('entity_id', 'row_id')").arg(m_db.table(table)));
            QStringList names;
            while (columns.next())
                names << columns.value(0).toString();
            return names.contains(QLatin1String("entity_id")) ? QStringLiteral("entity_id")
                : names.contains(QLatin1String("row_id"))     ? QStringLiteral("row_id")
                                                              : QString();
        };
        struct Kind
        {
            const char* entityType;
            const char* rewriteType;
            const char* code;
            const char* table;
            const char* entityTable;
            const char* unavailable;
        };
        for (const Kind& kind : { Kind { "catalog_product", "product", "status", "catalog_product_entity_int",
                                      "catalog_product_entity", "2" },
                 Kind { "catalog_category", "category", "is_active", "catalog_category_entity_int",
                     "catalog_category_entity", "0" } }) {
            const int id = attribute(kind.entityType, kind.code);
            const QString table = QLatin1String(kind.table);
            const QString column = id > 0 ? link(table) : QString();
            if (column.isEmpty())
                continue;
            const QString rewrite = m_db.table(QStringLiteral("url_rewrite"));
            // The value row of the rewrite's entity: by entity_id, or through the entity's current staging row.
            const QString entity = column == QLatin1String("entity_id")
                ? QStringLiteral("v.entity_id = %1.entity_id").arg(rewrite)
                : QStringLiteral("v.row_id IN (SELECT e.row_id FROM %1 e WHERE e.entity_id = %2.entity_id AND "
                                 "e.created_in <= UNIX_TIMESTAMP() AND e.updated_in > UNIX_TIMESTAMP())")
                      .arg(m_db.table(QLatin1String(kind.entityTable)), rewrite);
            m_unavailable.append({ QLatin1String(kind.rewriteType),
                QStringLiteral("SELECT v.value FROM %1 v WHERE v.attribute_id = %2 AND v.store_id = %3 AND %4 LIMIT 1")
                    .arg(m_db.table(table))
                    .arg(id)
                    .arg(QStringLiteral("%1"), entity),
                QLatin1String(kind.unavailable) });
        }
    }

    // Rewrites whose product is enabled or category active for the store view (its own value, else the default).
    QString availableClause(int store) const
    {
        QStringList clauses;
        for (const Unavailable& kind : m_unavailable)
            clauses << QStringLiteral("NOT (entity_type = '%1' AND COALESCE((%2), (%3), -1) = %4)")
                           .arg(kind.rewriteType, kind.valueQuery.arg(store), kind.valueQuery.arg(0), kind.value);
        return clauses.isEmpty() ? QStringLiteral("1 = 1") : clauses.join(QLatin1String(" AND "));
    }

    // The url_rewrite rows that are pages and can be served: see basePageClause(), without the rewrites of
    // disabled products and inactive categories.
    QString pageClause(int store, int website) const
    {
        return basePageClause(store, website) + QStringLiteral(" AND ") + availableClause(store);
    }

    // The url_rewrite rows that are pages: no redirects, and not the CMS home and 404 pages (home is the base URL).
    QString basePageClause(int store, int website) const
    {
        const QString home = config(QStringLiteral("web/default/cms_home_page"), store, website)
                                 .value_or(QStringLiteral("home"))
                                 .section(QLatin1Char('|'), 0, 0);
        const QString noRoute = config(QStringLiteral("web/default/cms_no_route"), store, website)
                                    .value_or(QStringLiteral("no-route"))
                                    .section(QLatin1Char('|'), 0, 0);
        return QStringLiteral("redirect_type = 0 AND request_path IS NOT NULL AND request_path <> '' AND NOT "
                              "(entity_type = 'cms-page' AND request_path IN (%1, %2))")
            .arg(Database::quoteString(home), Database::quoteString(noRoute));
    }

    // Refills the queue with the next batch of the current store: home first, then CMS pages, categories,
    // products and the rest, each pass keyset-paged on url_rewrite_id.
    void fill()
    {
        static const QString passes[] = {
            QStringLiteral("entity_type = 'cms-page'"),
            QStringLiteral("entity_type = 'category'"),
            QStringLiteral("entity_type = 'product'"),
            QStringLiteral("entity_type NOT IN ('cms-page', 'category', 'product')"),
        };
        const WarmStore& store = m_stores.at(m_store);
        const QString cookie = store.sharedBaseUrl ? store.code : QString();
        if (m_queuedForStore == 0) {
            m_queue.push_back(FeedItem { store.baseUrl, m_store, cookie });
            ++m_queuedForStore;
        }
        const qint64 room = store.pages - m_queuedForStore;
        if (room <= 0 || m_pass >= std::size(passes)) {
            nextStore();
            return;
        }
        QSqlQuery rows = m_db.query(QStringLiteral("SELECT url_rewrite_id, request_path FROM %1 WHERE store_id = %2 "
                                                   "AND %3 AND %4 AND url_rewrite_id > %5 ORDER BY url_rewrite_id "
                                                   "LIMIT %6")
                                        .arg(m_db.table(QStringLiteral("url_rewrite")))
                                        .arg(store.storeId)
                                        .arg(pageClause(store.storeId, m_websites.value(store.storeId)), passes[m_pass])
                                        .arg(m_lastId)
                                        .arg(std::min<qint64>(room, m_options.batchSize)));
        int read = 0;
        while (rows.next()) {
            ++read;
            m_lastId = rows.value(0).toLongLong();
            QUrl url = store.baseUrl;
            url.setPath(store.baseUrl.path() + rows.value(1).toString());
            m_queue.push_back(FeedItem { url, m_store, cookie });
            ++m_queuedForStore;
        }
        if (read == 0) {
            ++m_pass;
            m_lastId = 0;
        }
    }

    void nextStore()
    {
        ++m_store;
        m_pass = 0;
        m_lastId = 0;
        m_queuedForStore = 0;
    }

    struct Unavailable
    {
        QString rewriteType; ///< url_rewrite.entity_type
        QString valueQuery; ///< the value for the rewrite's entity, with %1 for the store id
        QString value; ///< the value that makes it unavailable
    };

    const CacheWarmOptions& m_options;
    Database m_db;
    QList<Unavailable> m_unavailable;
    QHash<QString, QString> m_config;
    QHash<int, int> m_websites;
    QList<WarmStore> m_stores;
    qint64 m_total = 0;
    std::deque<FeedItem> m_queue;
    qsizetype m_store = 0;
    size_t m_pass = 0;
    qint64 m_lastId = 0;
    qint64 m_queuedForStore = 0;
};

} // namespace

QJsonObject WarmPage::toJson() const
{
    QJsonObject json { { QStringLiteral("url"), url.toString() }, { QStringLiteral("status"), status },
        { QStringLiteral("ms"), ms }, { QStringLiteral("bytes"), bytes } };
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

QJsonObject CacheWarmResult::toJson() const
{
    static const char* names[] = { "succeeded", "failed", "cancelled" };
    QJsonArray stores;
    for (const WarmStore& store : this->stores)
        stores.append(
            QJsonObject { { QStringLiteral("storeId"), store.storeId }, { QStringLiteral("code"), store.code },
                { QStringLiteral("baseUrl"), store.baseUrl.toString() }, { QStringLiteral("pages"), store.pages },
                { QStringLiteral("storeCookie"), store.sharedBaseUrl }, { QStringLiteral("leftOut"), store.leftOut } });
    QJsonObject statuses;
    for (auto it = statusCounts.cbegin(); it != statusCounts.cend(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    QJsonArray slow, failed;
    for (const WarmPage& page : slowest)
        slow.append(page.toJson());
    for (const WarmPage& page : failures)
        failed.append(page.toJson());
    QJsonObject json { { QStringLiteral("status"), QString::fromLatin1(names[status]) },
        { QStringLiteral("stores"), stores }, { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
        { QStringLiteral("total"), total }, { QStringLiteral("done"), done },
        { QStringLiteral("succeeded"), succeeded }, { QStringLiteral("redirected"), redirected },
        { QStringLiteral("failed"), this->failed }, { QStringLiteral("bytes"), bytes },
        { QStringLiteral("elapsedMs"), elapsedMs }, { QStringLiteral("statusCounts"), statuses },
        { QStringLiteral("slowest"), slow }, { QStringLiteral("failures"), failed },
        { QStringLiteral("leftOut"), leftOut } };
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

QString CacheWarmResult::toText(int listLimit) const
{
    const QLocale locale;
    QStringList lines;
    for (const WarmStore& store : stores)
        lines << (store.sharedBaseUrl ? tr("Store view %1: %2 with the cookie store=%1 (%3 pages)")
                                      : tr("Store view %1: %2 (%3 pages)"))
                     .arg(store.code, store.baseUrl.toString(), locale.toString(store.pages));
    lines << warnings;
    if (leftOut > 0)
        lines << tr("%1 pages of disabled products and inactive categories left out (Magento would answer 404).")
                     .arg(locale.toString(leftOut));
    QStringList statuses;
    for (auto it = statusCounts.cbegin(); it != statusCounts.cend(); ++it)
        statuses << (it.key() == 0 ? tr("no answer: %1") : QStringLiteral("%1: %2").arg(it.key()))
                        .arg(locale.toString(it.value()));
    if (!statuses.isEmpty())
        lines << tr("Status codes: %1").arg(statuses.join(QStringLiteral(", ")));
    if (!slowest.isEmpty()) {
        lines << tr("Slowest pages:");
        for (const WarmPage& page : slowest.mid(0, listLimit))
            lines << QStringLiteral("  %1 ms  %2  %3").arg(page.ms, 6).arg(page.status).arg(page.url.toString());
    }
    if (!failures.isEmpty()) {
        lines << tr("Failed pages:");
        for (const WarmPage& page : failures.mid(0, listLimit))
            lines << QStringLiteral("  %1  %2").arg(page.url.toString(), page.error);
        if (failed > listLimit)
            lines << tr("  ... and %1 more (--json lists up to %2)")
                         .arg(locale.toString(failed - std::min<qint64>(listLimit, failures.size())),
                             locale.toString(maxFailuresKept));
    }
    const double seconds = std::max<qint64>(elapsedMs, 1) / 1000.0;
    const QString summary
        = tr("%1 of %2 pages in %3 (%4 pages/s): %5 answered, %6 redirected, %7 failed, %8.")
              .arg(locale.toString(done), locale.toString(total), clockText(elapsedMs / 1000),
                  locale.toString(done / seconds, 'f', 1), locale.toString(succeeded), locale.toString(redirected),
                  locale.toString(failed), locale.formattedDataSize(bytes));
    switch (status) {
    case Succeeded:
        lines << tr("Warm-up finished: %1").arg(summary);
        break;
    case Cancelled:
        lines << tr("Warm-up stopped: %1").arg(summary);
        break;
    case Failed:
        lines << tr("Warm-up failed: %1").arg(error);
        if (done > 0)
            lines << summary;
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

CacheWarmer::CacheWarmer(CacheWarmOptions options)
    : m_options(std::move(options))
{
}

QString CacheWarmer::parseOverride(const QString& text, CacheWarmOptions& options)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString host = text.left(colon).trimmed();
    QString address = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    const QHostAddress parsed(address);
    if (colon <= 0 || host.contains(QLatin1Char('/')) || parsed.isNull())
        return tr("\"%1\" is not HOST:IP (for example shop.example.com:203.0.113.7): name the store's host and the "
                  "address of the new server.")
            .arg(text);
    options.overrideHost = host;
    options.overrideAddress = parsed.toString();
    return {};
}

QList<WarmStore> CacheWarmer::storeViews(const CacheWarmOptions& options, QStringList* warnings)
{
    if (!options.destination)
        throw Error(tr("No Magento 2 database to read the store views from."));
    CacheWarmResult result;
    DatabaseFeed feed(options, result);
    if (warnings)
        *warnings = result.warnings;
    return result.stores;
}

namespace {

// The TLS settings of every request: the system's authorities plus those of options.caFile. Throws Error.
std::optional<QSslConfiguration> tlsFor(const CacheWarmOptions& options)
{
    if (options.caFile.isEmpty())
        return std::nullopt;
    const QList<QSslCertificate> authorities = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
    if (authorities.isEmpty())
        throw Error(CacheWarmer::tr("%1 holds no PEM certificate: give the file of the certificate authority that "
                                    "signed the store's certificate.")
                        .arg(options.caFile));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(authorities);
    return tls;
}

// A request for `url`, sent to the override address when its host is the overridden one.
QNetworkRequest requestFor(
    const QUrl& url, const CacheWarmOptions& options, const std::optional<QSslConfiguration>& tls)
{
    QUrl target = url;
    const bool overridden
        = !options.overrideHost.isEmpty() && url.host().compare(options.overrideHost, Qt::CaseInsensitive) == 0;
    if (overridden)
        target.setHost(options.overrideAddress);
    QNetworkRequest request(target);
    if (tls)
        request.setSslConfiguration(*tls);
    request.setTransferTimeout(options.timeoutSeconds * 1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("Mozilla/5.0 (compatible; Cutover cache warm-up %1)").arg(QLatin1String(CUTOVER_VERSION)));
    if (overridden) {
        const int port = url.port();
        const bool defaultPort = port < 0 || (url.scheme() == QLatin1String("https") ? port == 443 : port == 80);
        request.setRawHeader(
            "Host", (defaultPort ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(port)).toUtf8());
        // The certificate must still match the store's name, and HTTP/2 would take the authority from the URL.
        request.setPeerVerifyName(url.host());
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    }
    return request;
}

// Thrown by readSitemap() when cancel() was called while it read.
struct SitemapCancelled
{
};

// Fetches a sitemap and, for a sitemap index, the sitemaps it names; at most `limit` page URLs. Stops (throwing
// SitemapCancelled) within a tenth of a second of `cancel`.
QList<QUrl> readSitemap(QNetworkAccessManager& network, const CacheWarmOptions& options,
    const std::optional<QSslConfiguration>& tls, const QUrl& url, int depth, qsizetype limit,
    const std::atomic<bool>& cancel)
{
    if (cancel)
        throw SitemapCancelled();
    QNetworkReply* reply = network.get(requestFor(url, options, tls));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > maxSitemapBytes)
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, reply, [reply, &cancel] {
        if (cancel)
            reply->abort();
    });
    watch.start(100);
    loop.exec();
    watch.stop();
    reply->deleteLater();
    if (cancel)
        throw SitemapCancelled();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200)
        throw Error(CacheWarmer::tr("Could not read the sitemap %1: %2. Check the URL (Magento 2 writes it where "
                                    "Marketing > Site Map says, often /sitemap.xml) or warm from the database.")
                        .arg(url.toString(), status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString()));
    QXmlStreamReader xml(reply->readAll());
    QList<QUrl> urls, children;
    bool index = false;
    while (!xml.atEnd() && urls.size() < limit) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("sitemapindex"))
            index = true;
        else if (xml.name() == QLatin1String("loc"))
            (index ? children : urls).append(QUrl(xml.readElementText().trimmed()));
    }
    if (xml.hasError() && urls.isEmpty() && children.isEmpty())
        throw Error(CacheWarmer::tr("The sitemap %1 is not valid XML (%2 at line %3): check it in a browser.")
                        .arg(url.toString(), xml.errorString())
                        .arg(xml.lineNumber()));
    for (const QUrl& child : children) {
        if (depth > 0 || urls.size() >= limit)
            break;
        urls += readSitemap(network, options, tls, child, depth + 1, limit - urls.size(), cancel);
    }
    return urls;
}

} // namespace

CacheWarmResult CacheWarmer::run(const std::function<void(const CacheWarmProgress&)>& progress)
{
    CacheWarmResult result;
    QElapsedTimer clock;
    clock.start();
    const int parallel = std::clamp(m_options.parallel, 1, 256);
    // Qt sends at most six requests at once per host through one manager and queues the rest, with their
    // transfer time-outs already running: above six, several managers, each given six requests at most.
    constexpr int perManager = 6;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<int> managerLoad;
    for (int i = 0; i < (parallel + perManager - 1) / perManager; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        managers.back()->setAutoDeleteReplies(false);
        managerLoad.append(0);
    }
    QNetworkAccessManager& network = *managers.front();

    std::unique_ptr<UrlFeed> feed;
    std::optional<QSslConfiguration> tls;
    try {
        tls = tlsFor(m_options);
        if (!m_options.sitemap.isEmpty()) {
            feed = std::make_unique<ListFeed>(readSitemap(
                network, m_options, tls, m_options.sitemap, 0, std::max(1, m_options.limitPerStore), m_cancel));
        } else if (m_options.destination) {
            feed = std::make_unique<DatabaseFeed>(m_options, result);
        } else {
            throw Error(tr("Nothing to warm: give the Magento 2 database or a sitemap URL."));
        }
    } catch (const SitemapCancelled&) {
        result.status = CacheWarmResult::Cancelled;
        result.elapsedMs = clock.elapsed();
        logger("core.golive")->info("cache warm-up stopped while reading the sitemap");
        return result;
    } catch (const Error& e) {
        result.error = e.message();
        result.elapsedMs = clock.elapsed();
        logger("core.golive")->warn("cache warm-up: {} {}", e.message().toStdString(), e.details().toStdString());
        return result;
    }
    result.total = feed->total();
    if (result.total == 0) {
        result.error = tr("No page to warm: every store view was skipped (see above).");
        result.elapsedMs = clock.elapsed();
        return result;
    }

    QEventLoop loop;
    QSet<QNetworkReply*> inFlight;
    // Hashes of the URLs of the current store view only: bounded by limitPerStore, not by the run.
    QSet<size_t> seen;
    qsizetype seenStore = -1;
    bool feedDone = false;
    bool cancelled = false;

    auto record = [&](const WarmPage& page) {
        ++result.done;
        result.bytes += page.bytes;
        ++result.statusCounts[page.status];
        if (page.status >= 200 && page.status < 300)
            ++result.succeeded;
        else if (page.status >= 300 && page.status < 400)
            ++result.redirected;
        if (!page.error.isEmpty()) {
            ++result.failed;
            if (result.failures.size() < CacheWarmResult::maxFailuresKept)
                result.failures.append(page);
        }
        const int keep = std::max(0, m_options.slowestCount);
        auto at = std::find_if(result.slowest.begin(), result.slowest.end(),
            [&page](const WarmPage& other) { return page.ms > other.ms; });
        if (at - result.slowest.begin() < keep) {
            result.slowest.insert(at, page);
            if (result.slowest.size() > keep)
                result.slowest.removeLast();
        }
    };

    std::function<void()> pump;
    auto launch = [&](const FeedItem& item) {
        const QUrl url = item.url;
        QNetworkRequest request = requestFor(url, m_options, tls);
        if (!item.storeCookie.isEmpty())
            request.setRawHeader("Cookie", "store=" + QUrl::toPercentEncoding(item.storeCookie));
        const auto least = std::min_element(managerLoad.begin(), managerLoad.end());
        const qsizetype manager = least - managerLoad.begin();
        ++*least;
        QNetworkReply* reply = managers[manager]->get(request);
        inFlight.insert(reply);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        auto bytes = std::make_shared<qint64>(0);
        QObject::connect(
            reply, &QNetworkReply::readyRead, reply, [reply, bytes] { *bytes += reply->readAll().size(); });
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, url, timer, bytes, manager] {
            inFlight.remove(reply);
            --managerLoad[manager];
            reply->deleteLater();
            if (reply->isOpen())
                *bytes += reply->readAll().size();
            if (!cancelled) {
                WarmPage page;
                page.url = url;
                page.ms = timer->elapsed();
                page.bytes = *bytes;
                page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (page.status == 0) {
                    page.error = reply->error() == QNetworkReply::OperationCanceledError
                        ? tr("no answer within %1 s").arg(m_options.timeoutSeconds)
                        : reply->errorString();
                } else if (page.status >= 400) {
                    page.error = tr("HTTP %1 %2")
                                     .arg(page.status)
                                     .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
                } else if (reply->error() != QNetworkReply::NoError) {
                    // A status came, then the transfer broke (timeout, reset): the page was not served whole.
                    page.error = reply->error() == QNetworkReply::OperationCanceledError
                        ? tr("HTTP %1, then no more data within %2 s").arg(page.status).arg(m_options.timeoutSeconds)
                        : tr("HTTP %1, then %2").arg(page.status).arg(reply->errorString());
                }
                record(page);
            }
            pump();
        });
    };
    pump = [&] {
        try {
            while (!cancelled && !feedDone && inFlight.size() < parallel) {
                const std::optional<FeedItem> item = feed->next();
                if (!item) {
                    feedDone = true;
                    break;
                }
                if (item->store != seenStore) {
                    seen.clear();
                    seenStore = item->store;
                }
                const size_t hash = qHash(item->url.toString(QUrl::FullyEncoded), size_t(0x5eed));
                if (seen.contains(hash)) {
                    --result.total; // the same page twice in a store view is fetched once
                    continue;
                }
                seen.insert(hash);
                launch(*item);
            }
        } catch (const Error& e) {
            result.error = e.message();
            feedDone = true;
        }
        if (inFlight.isEmpty() && (feedDone || cancelled))
            loop.quit();
    };

    QElapsedTimer sinceReport;
    auto report = [&] {
        if (!progress)
            return;
        CacheWarmProgress p;
        p.done = result.done;
        p.total = std::max(result.total, result.done);
        p.failed = result.failed;
        const double seconds = clock.elapsed() / 1000.0;
        p.pagesPerSecond = seconds > 0 ? result.done / seconds : 0;
        if (p.total > 0 && p.done * 100 >= p.total && p.pagesPerSecond > 0)
            p.etaSeconds = qint64((p.total - p.done) / p.pagesPerSecond);
        progress(p);
    };
    QTimer ticker;
    ticker.setInterval(100);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        if (m_cancel && !cancelled) {
            cancelled = true;
            for (QNetworkReply* reply : QSet<QNetworkReply*>(inFlight))
                reply->abort();
        }
        report();
    });
    ticker.start();
    QTimer::singleShot(0, &loop, pump);
    loop.exec();
    ticker.stop();
    report();

    result.elapsedMs = clock.elapsed();
    if (cancelled)
        result.status = CacheWarmResult::Cancelled;
    else if (!result.error.isEmpty())
        result.status = CacheWarmResult::Failed;
    else
        result.status = CacheWarmResult::Succeeded;
    if (result.status == CacheWarmResult::Succeeded)
        result.total = result.done;
    logger("core.golive")
        ->info("cache warm-up: {} of {} pages, {} failed, {} ms", result.done, result.total, result.failed,
            result.elapsedMs);
    return result;
}

} // namespace cutover
