#include "cliutil.h"
#include "commands.h"
#include "projectoption.h"

#include "golive/cachewarmer.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace cutover::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cutover::cli", text);
}

// "warm 120/1,000 pages 12% 8.5/s ETA 1:43, 2 failed", in place on a terminal; a line every five seconds on a pipe.
class WarmProgressLine
{
public:
    // Its own context, as lupdate files the strings of a class's methods.
    static QString tr(const char* text)
    {
        return QCoreApplication::translate("cutover::cli::WarmProgressLine", text);
    }

    void update(const CacheWarmProgress& p)
    {
        const bool terminal = stderrIsTerminal();
        if (m_timer.isValid() && m_timer.elapsed() < (terminal ? 100 : 5000))
            return;
        m_timer.start();
        const QLocale locale;
        QString line = tr("warm %1/%2 pages").arg(locale.toString(p.done), locale.toString(p.total));
        if (p.total > 0)
            line += QStringLiteral(" %1%").arg(100 * p.done / p.total);
        line += tr(" %1/s").arg(locale.toString(p.pagesPerSecond, 'f', 1));
        if (p.etaSeconds >= 0)
            line += tr(" ETA %1").arg(clockText(p.etaSeconds));
        if (p.failed > 0)
            line += tr(", %1 failed").arg(locale.toString(p.failed));
        if (terminal) {
            std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
            m_dirty = true;
        } else {
            err(line);
        }
    }
    void finish()
    {
        if (m_dirty)
            std::fprintf(stderr, "\n");
        m_dirty = false;
    }

private:
    QElapsedTimer m_timer;
    bool m_dirty = false;
};

} // namespace

int runWarm(const QStringList& arguments)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QCommandLineParser parser;
    addDatabaseOptions(parser, Needs::Destination);
    parser.addOption({ QStringLiteral("sitemap"),
        tr("Take the pages from this sitemap (or sitemap index) instead of the Magento 2 database."),
        QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("limit"),
        tr("At most N pages per store view: home, CMS pages, categories, then products (default 1000; with "
           "--sitemap, N pages in all)."),
        QStringLiteral("N") });
    parser.addOption(
        { QStringLiteral("parallel"), tr("Requests in flight at most (default 4, 1 to 64)."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("timeout"),
        tr("Seconds a page may stay silent before it counts as failed (default 30)."), QStringLiteral("S") });
    parser.addOption({ QStringLiteral("resolve"),
        tr("Send the requests for HOST to the address IP, with HOST in the Host header and as the certificate's "
           "name: warms the new server before DNS points at it (HOST:IP)."),
        QStringLiteral("HOST:IP") });
    parser.addOption({ QStringLiteral("ca-file"),
        tr("Also trust the certificate authorities in this PEM file (a staging server's own CA)."),
        QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("slow"), tr("How many of the slowest pages to list (default 10)."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("json"), tr("Print the report as one JSON document.") });
    processOrExit(parser, arguments,
        tr("Fetches the Magento 2 store's pages to fill its caches before it opens: each active store view's home "
           "page, CMS pages, categories and products (from url_rewrite, at the base URLs the database sets), or the "
           "pages of a sitemap, with a bounded number of requests in flight. Reports status codes, the slowest "
           "pages and the failures; a page that fails or times out is counted and the run goes on. Ctrl+C stops "
           "it. Exit code 0 when every page answered, 1 when a page failed or nothing could be fetched, 2 for "
           "usage errors, 130 when stopped."));

    CacheWarmOptions options;
    options.limitPerStore = int(std::min<qint64>(integerOption(parser, QStringLiteral("limit"), 1000), 10000000));
    options.parallel = int(integerOption(parser, QStringLiteral("parallel"), 4));
    options.timeoutSeconds = int(std::min<qint64>(integerOption(parser, QStringLiteral("timeout"), 30), 3600));
    options.slowestCount = int(std::min<qint64>(integerOption(parser, QStringLiteral("slow"), 10), 1000));
    if (options.parallel < 1 || options.parallel > 64) {
        err(tr("--parallel must be between 1 and 64."));
        return UsageError;
    }
    if (options.limitPerStore < 1 || options.timeoutSeconds < 1) {
        err(tr("--limit and --timeout must be 1 or more."));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("resolve"))) {
        const QString problem = CacheWarmer::parseOverride(parser.value(QStringLiteral("resolve")), options);
        if (!problem.isEmpty()) {
            err(tr("--resolve: %1").arg(problem));
            return UsageError;
        }
    }

    options.caFile = parser.value(QStringLiteral("ca-file"));

    Databases databases;
    if (parser.isSet(QStringLiteral("sitemap"))) {
        options.sitemap = QUrl(parser.value(QStringLiteral("sitemap")), QUrl::StrictMode);
        if (!options.sitemap.isValid()
            || (options.sitemap.scheme() != QLatin1String("http")
                && options.sitemap.scheme() != QLatin1String("https"))) {
            err(tr("--sitemap takes an http(s) URL, not \"%1\".").arg(parser.value(QStringLiteral("sitemap"))));
            return UsageError;
        }
        if (parser.isSet(QStringLiteral("project")) || parser.isSet(QStringLiteral("dest")))
            databases = resolveDatabasesOrExit(parser, Needs::Destination); // only to record the run
    } else {
        if (!parser.isSet(QStringLiteral("project")) && !parser.isSet(QStringLiteral("dest"))) {
            err(tr("Name where the pages come from: --dest mysql://USER@HOST/DB (the Magento 2 database), --project "
                   "FILE, or --sitemap URL."));
            return UsageError;
        }
        databases = resolveDatabasesOrExit(parser, Needs::Destination);
        options.destination = databases.destination;
        // Asks on a terminal; without one it stops with a message naming CUTOVER_DEST_PASSWORD.
        options.password = passwordOrExit(databases, SecretRole::Destination);
    }

    installCancelHandler();
    CacheWarmer warmer(options);
    WarmProgressLine line;
    const bool json = parser.isSet(QStringLiteral("json"));
    const CacheWarmResult result = warmer.run([&](const CacheWarmProgress& p) {
        if (cancelFlag())
            warmer.cancel();
        if (!json)
            line.update(p);
    });
    line.finish();
    if (json)
        out(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    else if (result.status == CacheWarmResult::Failed && result.done == 0)
        err(result.toText());
    else
        out(result.toText());
    int exitCode = Failed;
    if (result.status == CacheWarmResult::Cancelled)
        exitCode = Cancelled;
    else if (result.status == CacheWarmResult::Succeeded && result.failed == 0)
        exitCode = Success;
    const QLocale locale;
    recordRun(databases, QStringLiteral("warm"), started, outcomeOf(exitCode),
        tr("%1 of %2 pages, %3 failed")
            .arg(locale.toString(result.done), locale.toString(result.total), locale.toString(result.failed)),
        result.toJson());
    return exitCode;
}

} // namespace cutover::cli
