#pragma once

#include "db/connectionprofile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>

namespace cutover {

/** Which pages to fetch and how. */
struct CacheWarmOptions
{
    /** The Magento 2 database the URLs come from (base URLs, url_rewrite); unused when `sitemap` is set. */
    std::optional<ConnectionProfile> destination;
    QString password; ///< of `destination`; kept in memory only
    /** A sitemap (or sitemap index) to take the URLs from instead of the database. */
    QUrl sitemap;
    /** At most this many pages per store view (home, CMS pages, categories, products, in that order). */
    int limitPerStore = 1000;
    /**
     * Requests in flight at most. Qt sends at most six requests at a time per host through one network manager;
     * above six, run() spreads the requests over several managers so that none waits in Qt's queue (where its
     * time-out would already run).
     */
    int parallel = 4;
    int timeoutSeconds = 30; ///< per request, without any data arriving
    int slowestCount = 10; ///< how many of the slowest pages the result keeps
    int batchSize = 500; ///< url_rewrite rows read at a time
    /**
     * Host override, for warming before DNS points at the new server: requests for `overrideHost` connect to
     * `overrideAddress` and carry the original host in the Host header (and, for https, as the name the
     * certificate must match).
     */
    QString overrideHost;
    QString overrideAddress;
    /** A PEM file of certificate authorities to trust besides the system's (a staging server's own CA). */
    QString caFile;
};

/** One store view whose pages are warmed. */
struct WarmStore
{
    int storeId = 0;
    QString code;
    QUrl baseUrl;
    qint64 pages = 0; ///< pages queued for it
    /**
     * Another active store view has the same base URL: Magento 2 tells them apart by the `store` cookie, so each
     * request for this one carries `Cookie: store=<code>`.
     */
    bool sharedBaseUrl = false;
    qint64 leftOut = 0; ///< url_rewrite pages of disabled products and inactive categories, not fetched
};

/** One fetched page. */
struct WarmPage
{
    QUrl url;
    int status = 0; ///< HTTP status; 0 when no answer came
    qint64 ms = 0;
    qint64 bytes = 0;
    QString error; ///< empty for 2xx and 3xx answers

    QJsonObject toJson() const;
};

/** Progress of a run; reported about ten times a second. */
struct CacheWarmProgress
{
    qint64 done = 0;
    qint64 total = 0;
    qint64 failed = 0;
    double pagesPerSecond = 0;
    qint64 etaSeconds = -1; ///< -1 until 1% is done
};

/** The end of one warm-up: exactly one of Succeeded (pages may have failed: see `failed`), Failed, Cancelled. */
struct CacheWarmResult
{
    Q_DECLARE_TR_FUNCTIONS(CacheWarmResult)
public:
    enum Status { Succeeded, Failed, Cancelled };
    Status status = Failed;
    QString error; ///< why nothing (more) could be fetched, naming what to do
    QList<WarmStore> stores;
    QStringList warnings; ///< store views skipped, with why
    /** Pages of disabled products and inactive categories left out (Magento answers them with 404). */
    qint64 leftOut = 0;
    qint64 total = 0;
    qint64 done = 0;
    qint64 succeeded = 0; ///< 2xx
    qint64 redirected = 0; ///< 3xx (not followed)
    qint64 failed = 0; ///< 4xx, 5xx, time-outs and network errors
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    QMap<int, qint64> statusCounts; ///< HTTP status -> pages; 0 for no answer
    QList<WarmPage> slowest; ///< slowest first
    QList<WarmPage> failures; ///< the first 1,000 failures
    static constexpr int maxFailuresKept = 1000;

    QJsonObject toJson() const;
    QString toText(int listLimit = 20) const;
};

/**
 * Fetches a Magento 2 store's pages to fill its caches (full page cache, Varnish, block caches) before the store
 * opens: each active store view's home page, CMS pages, categories and products from `url_rewrite` (redirects
 * left out), at most `limitPerStore` each, or the pages a sitemap lists. Store views' base URLs are resolved as
 * Magento does: `web/unsecure/base_url` and `web/secure/base_url` by store, website and default scope, the
 * secure one when `web/secure/use_in_frontend` is on, `{{unsecure_base_url}}`/`{{secure_base_url}}` replaced, the
 * store code appended when `web/url/use_store` is on.
 *
 * run() blocks the calling thread (a worker, or the command line's main thread) and runs its own event loop
 * there: the database connection and the QNetworkAccessManager live on it. At most `parallel` requests are in
 * flight; url_rewrite is read in keyset-paged batches as the queue drains, never whole. Redirects are counted,
 * not followed. cancel() may be called from any thread; requests in flight are aborted, and so is a sitemap being
 * read.
 *
 * Store views that share a base URL are warmed each as itself: its requests carry Magento's `store=<code>`
 * cookie. Rewrites of disabled products and inactive categories (at the store view, else by default) are not
 * fetched; they are counted in `leftOut`. A page is fetched once per store view: the duplicates are found with a
 * set of 64-bit hashes of the URLs of the current store view only, so memory stays bounded by `limitPerStore`
 * hashes (about 32 bytes each), whatever the number of store views.
 */
class CacheWarmer
{
    Q_DECLARE_TR_FUNCTIONS(CacheWarmer)
public:
    explicit CacheWarmer(CacheWarmOptions options);

    CacheWarmResult run(const std::function<void(const CacheWarmProgress&)>& progress = {});
    void cancel() { m_cancel = true; }

    /**
     * Parses `HOST:IP` (`shop.example.com:203.0.113.7`, `shop.example.com:[2001:db8::7]`) into the options' host
     * override; returns a message naming what is wrong, empty on success.
     */
    static QString parseOverride(const QString& text, CacheWarmOptions& options);

    /**
     * The active store views of `options.destination` with their base URLs (as run() resolves them) and their page
     * counts; the skipped ones are described in `warnings`. Blocks on the database: call it on a worker. Throws
     * cutover::Error when the database cannot be read.
     */
    static QList<WarmStore> storeViews(const CacheWarmOptions& options, QStringList* warnings = nullptr);

private:
    CacheWarmOptions m_options;
    std::atomic<bool> m_cancel { false };
};

} // namespace cutover
