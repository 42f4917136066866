#include "db/database.h"
#include "golive/cachewarmer.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cutover;
using namespace cutover::test;

namespace {

struct Request
{
    QString path;
    QString host;
    QString cookie;
};

// A small HTTP/1.1 server on a free loopback port: 200 for any page, 404 for missing.html, 500 for broken.html,
// a late answer for slow.html, none at all for hang.html, and the sitemaps below. It records each request and
// the most requests it had open at once. Each answer closes its connection.
class PageServer : public QObject
{
public:
    PageServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    int port() const { return m_server.serverPort(); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1/").arg(port()); }

    QList<Request> requests;
    int delayMs = 0; ///< every answer waits this long
    QString overridePage; ///< the page /override.xml lists; default: http://shop.cutover.test:<port>/override-page.html
    int open = 0;
    int maxOpen = 0;

private:
    void onRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> lines = buffer.left(buffer.indexOf("\r\n\r\n")).split('\n');
        m_buffers.remove(socket);
        Request request;
        request.path = QString::fromUtf8(lines.value(0).split(' ').value(1));
        for (const QByteArray& line : lines)
            if (line.toLower().startsWith("host:"))
                request.host = QString::fromUtf8(line.mid(5).trimmed());
            else if (line.toLower().startsWith("cookie:"))
                request.cookie = QString::fromUtf8(line.mid(7).trimmed());
        requests.append(request);
        maxOpen = std::max(maxOpen, ++open);
        if (request.path.endsWith(QLatin1String("hang.html")) || request.path.endsWith(QLatin1String("hang.xml")))
            return; // the client's time-out ends it
        int delay = delayMs;
        if (request.path.endsWith(QLatin1String("slow.html")))
            delay += 700;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(delay, this, [this, guard, request] {
            --open;
            if (guard)
                answer(guard, request.path);
        });
    }

    void answer(QTcpSocket* socket, const QString& path)
    {
        int status = 200;
        QByteArray type = "text/html";
        QByteArray body = "<html><body>" + path.toUtf8() + "</body></html>";
        if (path.endsWith(QLatin1String("missing.html")))
            status = 404;
        else if (path.endsWith(QLatin1String("broken.html")))
            status = 500;
        else if (path == QLatin1String("/sitemap-index.xml")) {
            type = "application/xml";
            body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex "
                   "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>"
                + base().toUtf8() + "sitemap-1.xml</loc></sitemap></sitemapindex>";
        } else if (path == QLatin1String("/sitemap-1.xml")) {
            type = "application/xml";
            body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
                   "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
            for (const char* page : { "", "a.html", "hang.html", "b.html" })
                body += "<url><loc>" + base().toUtf8() + page + "</loc></url>";
            body += "</urlset>";
        } else if (path == QLatin1String("/override.xml")) {
            type = "application/xml";
            const QByteArray page = overridePage.isEmpty()
                ? "http://shop.cutover.test:" + QByteArray::number(port()) + "/override-page.html"
                : overridePage.toUtf8();
            body = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + page
                + "</loc></url></urlset>";
        } else if (path == QLatin1String("/sitemap-dup.xml")) {
            type = "application/xml";
            body = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
            for (const char* page : { "a.html", "b.html", "a.html" })
                body += "<url><loc>" + base().toUtf8() + page + "</loc></url>";
            body += "</urlset>";
        } else if (path == QLatin1String("/not-a-sitemap.xml")) {
            status = 404;
        }
        const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Internal Server Error";
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QStringList paths(const QList<Request>& requests)
{
    QStringList list;
    for (const Request& request : requests)
        list << request.path;
    return list;
}

} // namespace

class TestCacheWarmer : public QObject
{
    Q_OBJECT
    ConnectionProfile m_store;
    std::unique_ptr<PageServer> m_pages;

    void sql(const QString& statement) { TestServer::instance().sql(statement, m_store.database); }

    // The pages Magento would serve for a store view, read straight from the database: the base URL, then the
    // url_rewrite rows that are not redirects, without the CMS home and 404 pages.
    QStringList expectedPaths(int storeId, const QString& prefix)
    {
        Database db(m_store, QString(), QStringLiteral("test"));
        QSqlQuery query = db.query(QStringLiteral("SELECT request_path FROM url_rewrite WHERE store_id = %1 AND "
                                                  "redirect_type = 0 AND NOT (entity_type = 'cms-page' AND "
                                                  "request_path IN ('home', 'no-route'))")
                                       .arg(storeId));
        QStringList list { prefix };
        while (query.next())
            list << prefix + query.value(0).toString();
        return list;
    }

    CacheWarmOptions options()
    {
        CacheWarmOptions options;
        options.destination = m_store;
        options.parallel = 4;
        options.timeoutSeconds = 10;
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pages = std::make_unique<PageServer>();
        m_store = TestServer::instance().magento2(QStringLiteral("warm_m2"));
        // Store 1 at the test server by IP at default scope; the secure URL (used, as use_in_frontend is 1) is the
        // placeholder Magento resolves. A second store view with its own base URL at store scope.
        sql(QStringLiteral("UPDATE core_config_data SET value = '%1' WHERE path = 'web/unsecure/base_url'")
                .arg(m_pages->base()));
        sql(QStringLiteral("UPDATE core_config_data SET value = '{{unsecure_base_url}}' WHERE path = "
                           "'web/secure/base_url'"));
        sql(QStringLiteral("INSERT INTO store (store_id, code, website_id, group_id, name, sort_order, is_active) "
                           "VALUES (2, 'fr', 1, 1, 'French', 1, 1), (3, 'closed', 1, 1, 'Closed', 2, 0)"));
        sql(QStringLiteral("INSERT INTO core_config_data (scope, scope_id, path, value) VALUES ('stores', 2, "
                           "'web/unsecure/base_url', 'http://localhost:%1/fr/')")
                .arg(m_pages->port()));
        sql(QStringLiteral(
            "INSERT INTO url_rewrite (entity_type, entity_id, request_path, target_path, redirect_type, store_id) "
            "VALUES ('custom', 0, 'missing.html', 'x', 0, 1), ('custom', 0, 'broken.html', 'x', 0, 1), "
            "('custom', 0, 'slow.html', 'x', 0, 1), ('custom', 0, 'old-page.html', 'slow.html', 301, 1), "
            "('cms-page', 2, 'home', 'cms/page/view/page_id/2', 0, 2), "
            "('cms-page', 3, 'activer-cookies', 'cms/page/view/page_id/3', 0, 2), "
            "('product', 1, 'camiseta.html', 'catalog/product/view/id/1', 0, 2), "
            "('category', 4, 'roupas.html', 'catalog/category/view/id/4', 0, 2), "
            "('product', 1, 'never.html', 'catalog/product/view/id/1', 0, 3)"));
    }

    void init()
    {
        m_pages->requests.clear();
        m_pages->delayMs = 0;
        m_pages->maxOpen = 0;
        m_pages->open = 0; // a hang.html of an earlier test is never answered
    }

    void warmsEveryStoreView()
    {
        QList<CacheWarmProgress> reports;
        CacheWarmer warmer(options());
        const CacheWarmResult result = warmer.run([&](const CacheWarmProgress& p) { reports << p; });
        QVERIFY2(result.status == CacheWarmResult::Succeeded, qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(result.stores.size(), 2); // the inactive store view is left out
        QCOMPARE(result.stores[0].baseUrl.toString(), m_pages->base());
        QCOMPARE(result.stores[1].baseUrl.toString(), QStringLiteral("http://localhost:%1/fr/").arg(m_pages->port()));

        QStringList expected = expectedPaths(1, QStringLiteral("/")) + expectedPaths(2, QStringLiteral("/fr/"));
        QStringList requested = paths(m_pages->requests);
        QCOMPARE(requested.size(), expected.size());
        expected.sort();
        requested.sort();
        QCOMPARE(requested, expected);
        QVERIFY(!requested.contains(QStringLiteral("/old-page.html"))); // a redirect is not a page
        QVERIFY(!requested.contains(QStringLiteral("/home")));

        QCOMPARE(result.total, expected.size());
        QCOMPARE(result.done, expected.size());
        QCOMPARE(result.failed, 2);
        QCOMPARE(result.statusCounts.value(404), 1);
        QCOMPARE(result.statusCounts.value(500), 1);
        QCOMPARE(result.succeeded, expected.size() - 2);
        QCOMPARE(result.failures.size(), 2);
        QVERIFY(result.failures[0].error.startsWith(QLatin1String("HTTP ")));
        QVERIFY(result.slowest[0].url.path().endsWith(QLatin1String("slow.html")));
        QVERIFY(result.slowest[0].ms >= 600);
        QVERIFY(result.slowest.size() <= 10);
        QVERIFY(result.bytes > 0);
        QVERIFY(m_pages->maxOpen <= 4);
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.last().done, expected.size());
        QVERIFY(result.toText().contains(QLatin1String("404: 1")));
        QVERIFY(result.toText().contains(QLatin1String("slow.html")));
    }

    // With one request at a time the order shows: home, then CMS pages, categories, products, per store view,
    // and the limit counts the home page.
    void limitAndOrder()
    {
        CacheWarmOptions o = options();
        o.parallel = 1;
        o.limitPerStore = 3;
        o.batchSize = 1; // several batches per pass
        const CacheWarmResult result = CacheWarmer(o).run();
        QVERIFY2(result.status == CacheWarmResult::Succeeded, qPrintable(result.error));
        QCOMPARE(paths(m_pages->requests),
            QStringList({ QStringLiteral("/"), QStringLiteral("/enable-cookies"),
                QStringLiteral("/privacy-policy-cookie-restriction-mode"), QStringLiteral("/fr/"),
                QStringLiteral("/fr/activer-cookies"), QStringLiteral("/fr/roupas.html") }));
        QCOMPARE(result.total, 6);
    }

    void boundsRequestsInFlight()
    {
        m_pages->delayMs = 150;
        CacheWarmOptions o = options();
        o.parallel = 3;
        const CacheWarmResult result = CacheWarmer(o).run();
        QCOMPARE(result.status, CacheWarmResult::Succeeded);
        QCOMPARE(m_pages->maxOpen, 3);
    }

    void cancelStops()
    {
        m_pages->delayMs = 200;
        CacheWarmOptions o = options();
        o.parallel = 2;
        CacheWarmer warmer(o);
        const CacheWarmResult result = warmer.run([&](const CacheWarmProgress& p) {
            if (p.done >= 2)
                warmer.cancel();
        });
        QCOMPARE(result.status, CacheWarmResult::Cancelled);
        QVERIFY(result.done >= 2);
        QVERIFY(result.done < result.total);
        QVERIFY(m_pages->requests.size() < result.total);
        QVERIFY(result.toText().contains(QLatin1String("Warm-up stopped")));
    }

    // A sitemap index, a page that never answers (counted as failed after the time-out; the run goes on).
    void sitemapAndTimeout()
    {
        CacheWarmOptions o;
        o.sitemap = QUrl(m_pages->base() + QStringLiteral("sitemap-index.xml"));
        o.timeoutSeconds = 1;
        const CacheWarmResult result = CacheWarmer(o).run();
        QVERIFY2(result.status == CacheWarmResult::Succeeded, qPrintable(result.error));
        QCOMPARE(result.total, 4);
        QCOMPARE(result.done, 4);
        QCOMPARE(result.failed, 1);
        QCOMPARE(result.failures[0].url.path(), QStringLiteral("/hang.html"));
        QVERIFY2(result.failures[0].error.contains(QLatin1String("no answer within 1 s")),
            qPrintable(result.failures[0].error));
        QCOMPARE(result.statusCounts.value(0), 1);
        QVERIFY(paths(m_pages->requests).contains(QStringLiteral("/b.html")));
    }

    void hostOverride()
    {
        CacheWarmOptions o;
        o.sitemap = QUrl(m_pages->base() + QStringLiteral("override.xml"));
        QCOMPARE(CacheWarmer::parseOverride(QStringLiteral("shop.cutover.test:127.0.0.1"), o), QString());
        const CacheWarmResult result = CacheWarmer(o).run();
        QVERIFY2(result.status == CacheWarmResult::Succeeded && result.failed == 0,
            qPrintable(result.error + result.toText()));
        QCOMPARE(m_pages->requests.size(), 2);
        QCOMPARE(m_pages->requests[1].path, QStringLiteral("/override-page.html"));
        QCOMPARE(m_pages->requests[1].host, QStringLiteral("shop.cutover.test:%1").arg(m_pages->port()));
    }

    // https before DNS switches: the request goes to 127.0.0.1, and the certificate is checked against the store's
    // name (a certificate for shop.cutover.test only), which Cutover also sends for SNI and in the Host header.
    void hostOverrideOverHttps()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty() || !QSslSocket::supportsSsl())
            QSKIP("openssl or Qt's TLS backend is missing.");
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                     { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                         QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=shop.cutover.test"), QStringLiteral("-addext"),
                         QStringLiteral("subjectAltName=DNS:shop.cutover.test") }),
            0);
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate::fromPath(cert).value(0));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QStringList hosts;
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &hosts] {
                    const QByteArray request = socket->readAll();
                    for (const QByteArray& line : request.split('\n'))
                        if (line.toLower().startsWith("host:"))
                            hosts << QString::fromUtf8(line.mid(5).trimmed());
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                    socket->disconnectFromHost();
                });
            }
        });
        // The pages come from a sitemap on the plain test server; only the page is on https.
        const QString page = QStringLiteral("https://shop.cutover.test:%1/secure.html").arg(server.serverPort());
        CacheWarmOptions o;
        o.sitemap = QUrl(m_pages->base() + QStringLiteral("override.xml"));
        QCOMPARE(CacheWarmer::parseOverride(QStringLiteral("shop.cutover.test:127.0.0.1"), o), QString());
        o.caFile = cert;
        o.timeoutSeconds = 5;
        // The sitemap served for this test names the https page.
        m_pages->overridePage = page;
        const CacheWarmResult trusted = CacheWarmer(o).run();
        QVERIFY2(trusted.status == CacheWarmResult::Succeeded && trusted.failed == 0, qPrintable(trusted.toText()));
        QCOMPARE(trusted.succeeded, 1);
        QCOMPARE(hosts, QStringList { QStringLiteral("shop.cutover.test:%1").arg(server.serverPort()) });

        // Without the authority the certificate is refused: the check is on, not skipped.
        o.caFile.clear();
        const CacheWarmResult untrusted = CacheWarmer(o).run();
        QCOMPARE(untrusted.failed, 1);
        QVERIFY2(untrusted.failures[0].error.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
                || untrusted.failures[0].error.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
            qPrintable(untrusted.failures[0].error));
        QCOMPARE(hosts.size(), 1);

        o.caFile = dir.filePath(QStringLiteral("nothing.pem"));
        const CacheWarmResult noFile = CacheWarmer(o).run();
        QCOMPARE(noFile.status, CacheWarmResult::Failed);
        QVERIFY2(noFile.error.contains(QLatin1String("nothing.pem")), qPrintable(noFile.error));
        m_pages->overridePage.clear();
    }

    void badOverride_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("no address") << QStringLiteral("shop.example.com");
        QTest::addRow("not an address") << QStringLiteral("shop.example.com:new-server");
        QTest::addRow("no host") << QStringLiteral(":203.0.113.7");
    }

    void badOverride()
    {
        QFETCH(QString, text);
        CacheWarmOptions o;
        const QString problem = CacheWarmer::parseOverride(text, o);
        QVERIFY(problem.contains(QLatin1String("HOST:IP")));
        QVERIFY(problem.contains(text));
        QVERIFY(o.overrideHost.isEmpty());
    }

    void badSources()
    {
        CacheWarmOptions sitemap;
        sitemap.sitemap = QUrl(m_pages->base() + QStringLiteral("not-a-sitemap.xml"));
        const CacheWarmResult missing = CacheWarmer(sitemap).run();
        QCOMPARE(missing.status, CacheWarmResult::Failed);
        QVERIFY2(
            missing.error.contains(QLatin1String("not-a-sitemap.xml")) && missing.error.contains(QLatin1String("404")),
            qPrintable(missing.error));

        // A base URL Magento takes from the request: that store view is skipped, named, and the others go on.
        sql(QStringLiteral("INSERT INTO core_config_data (scope, scope_id, path, value) VALUES ('stores', 2, "
                           "'web/secure/base_url', '{{base_url}}')"));
        const CacheWarmResult skipped = CacheWarmer(options()).run();
        sql(QStringLiteral("DELETE FROM core_config_data WHERE scope = 'stores' AND path = 'web/secure/base_url'"));
        QCOMPARE(skipped.status, CacheWarmResult::Succeeded);
        QCOMPARE(skipped.stores.size(), 1);
        QCOMPARE(skipped.warnings.size(), 1);
        QVERIFY2(skipped.warnings[0].contains(QLatin1String("Store view fr"))
                && skipped.warnings[0].contains(QLatin1String("web/secure/base_url")),
            qPrintable(skipped.warnings[0]));
        QVERIFY(!paths(m_pages->requests).contains(QStringLiteral("/fr/")));

        CacheWarmOptions wrong = options();
        wrong.destination->database = QStringLiteral("warm_no_such_db");
        const CacheWarmResult noDatabase = CacheWarmer(wrong).run();
        QCOMPARE(noDatabase.status, CacheWarmResult::Failed);
        QVERIFY2(noDatabase.error.contains(QLatin1String("warm_no_such_db")), qPrintable(noDatabase.error));
    }

    void commandLine()
    {
        auto run = [](const QStringList& arguments) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CUTOVER_DEST_PASSWORD"), QString());
            process.setProcessEnvironment(env);
            process.setStandardInputFile(QProcess::nullDevice());
            process.start(QStringLiteral(CUTOVER_CLI_PATH), QStringList { QStringLiteral("warm") } + arguments);
            process.waitForFinished(120000);
            return std::tuple { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError()) };
        };
        // The server lives on this thread: let the event loop run while the command does.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUTOVER_DEST_PASSWORD"), QString());
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(CUTOVER_CLI_PATH),
            { QStringLiteral("warm"), QStringLiteral("--dest"), m_store.toUrl(), QStringLiteral("--parallel"),
                QStringLiteral("2"), QStringLiteral("--json") });
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1); // the 404 and the 500
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(json.value(QStringLiteral("failed")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("done")).toInt(), m_pages->requests.size());
        QVERIFY2(!m_pages->requests.isEmpty(), qPrintable(err));

        const auto [badResolve, out1, err1] = run({ QStringLiteral("--dest"), m_store.toUrl(),
            QStringLiteral("--resolve"), QStringLiteral("shop.example.com") });
        QCOMPARE(badResolve, 2);
        QVERIFY(err1.contains(QLatin1String("--resolve")));
        const auto [nothing, out2, err2] = run({});
        QCOMPARE(nothing, 2);
        QVERIFY(err2.contains(QLatin1String("--sitemap URL")));
        const auto [parallel, out3, err3]
            = run({ QStringLiteral("--dest"), m_store.toUrl(), QStringLiteral("--parallel"), QStringLiteral("0") });
        QCOMPARE(parallel, 2);
        QVERIFY(err3.contains(QLatin1String("--parallel")));
        const auto [help, out4, err4] = run({ QStringLiteral("--help") });
        QCOMPARE(help, 0);
        QVERIFY(out4.contains(QLatin1String("--resolve")));
    }

    // Two store views on one base URL: Magento 2 tells them apart by the store cookie, so each is warmed as
    // itself; the page both have ("/") is fetched once for each, a store view on its own URL gets no cookie.
    void storeViewsSharingABaseUrlSendTheirCookie()
    {
        sql(QStringLiteral("INSERT INTO store (store_id, code, website_id, group_id, name, sort_order, is_active) "
                           "VALUES (4, 'es', 1, 1, 'Spanish', 3, 1)"));
        sql(QStringLiteral("INSERT INTO url_rewrite (entity_type, entity_id, request_path, target_path, "
                           "redirect_type, store_id) VALUES ('custom', 0, 'solo-es.html', 'x', 0, 4)"));
        const auto restore = qScopeGuard([this] {
            sql(QStringLiteral("DELETE FROM url_rewrite WHERE store_id = 4"));
            sql(QStringLiteral("DELETE FROM store WHERE store_id = 4"));
        });
        const CacheWarmResult result = CacheWarmer(options()).run();
        QVERIFY2(result.status == CacheWarmResult::Succeeded, qPrintable(result.error));
        QCOMPARE(result.stores.size(), 3);
        QString firstCode;
        for (const WarmStore& store : result.stores) {
            QCOMPARE(store.sharedBaseUrl, store.storeId != 2);
            if (store.storeId == 1)
                firstCode = store.code;
        }
        QStringList homes;
        for (const Request& request : m_pages->requests) {
            if (request.path == QLatin1String("/"))
                homes << request.cookie;
            if (request.path == QLatin1String("/solo-es.html"))
                QCOMPARE(request.cookie, QStringLiteral("store=es"));
            if (request.path.startsWith(QLatin1String("/fr/")))
                QCOMPARE(request.cookie, QString());
            if (request.path == QLatin1String("/missing.html"))
                QCOMPARE(request.cookie, QStringLiteral("store=%1").arg(firstCode));
        }
        homes.sort();
        QStringList expected { QStringLiteral("store=es"), QStringLiteral("store=%1").arg(firstCode) };
        expected.sort();
        QCOMPARE(homes, expected);
        QCOMPARE(result.done, m_pages->requests.size());
        QVERIFY(result.toText().contains(QLatin1String("with the cookie store=es")));
    }

    // Above six parallel requests, none waits in Qt's per-host queue with its time-out running: twelve answers
    // that each take 1.5 s, under a 2 s time-out, all arrive; twelve are open at once.
    void moreThanSixInParallelDoNotTimeOutInAQueue()
    {
        const qsizetype pages = expectedPaths(1, QStringLiteral("/")).size();
        QVERIFY2(pages >= 12, "the fixture's store view has too few pages for this test");
        m_pages->delayMs = 1500;
        CacheWarmOptions o = options();
        o.parallel = 12;
        o.timeoutSeconds = 2;
        o.limitPerStore = 12;
        const CacheWarmResult result = CacheWarmer(o).run();
        QVERIFY2(result.status == CacheWarmResult::Succeeded, qPrintable(result.error));
        QCOMPARE(m_pages->maxOpen, 12);
        // Only the pages that fail anyway: the 404, the 500 and slow.html (1.5 s + 0.7 s).
        for (const WarmPage& page : result.failures)
            QVERIFY2(page.url.path().endsWith(QLatin1String("missing.html"))
                    || page.url.path().endsWith(QLatin1String("broken.html"))
                    || page.url.path().endsWith(QLatin1String("slow.html")),
                qPrintable(page.url.toString() + QLatin1Char(' ') + page.error));
    }

    // Pages Magento answers with 404 are not fetched: a product disabled by default, one disabled in the store
    // view only, an inactive category. They are counted as left out.
    void disabledProductsAndInactiveCategoriesAreLeftOut()
    {
        const auto leftOut = [this] {
            qint64 total = 0;
            for (const WarmStore& store : CacheWarmer::storeViews(options()))
                total += store.leftOut;
            return total;
        };
        const qint64 before = leftOut();
        // status 97 and is_active 46 in the 2.4.8 dump; 2 is disabled, 0 inactive.
        sql(QStringLiteral("UPDATE catalog_product_entity_int SET value = 2 WHERE attribute_id = 97 AND store_id = 0 "
                           "AND entity_id = 6"));
        sql(QStringLiteral("INSERT INTO catalog_product_entity_int (attribute_id, store_id, entity_id, value) VALUES "
                           "(97, 1, 5, 2)"));
        sql(QStringLiteral("UPDATE catalog_category_entity_int SET value = 0 WHERE attribute_id = 46 AND store_id = 0 "
                           "AND entity_id = 5"));
        const auto restore = qScopeGuard([this] {
            sql(QStringLiteral("UPDATE catalog_product_entity_int SET value = 1 WHERE attribute_id = 97 AND "
                               "entity_id = 6"));
            sql(QStringLiteral("DELETE FROM catalog_product_entity_int WHERE attribute_id = 97 AND store_id = 1"));
            sql(QStringLiteral("UPDATE catalog_category_entity_int SET value = 1 WHERE attribute_id = 46 AND "
                               "entity_id = 5"));
        });
        Database db(m_store, QString(), QStringLiteral("test"));
        QSqlQuery rows = db.query(QStringLiteral("SELECT request_path FROM url_rewrite WHERE store_id = 1 AND "
                                                 "redirect_type = 0 AND ((entity_type = 'product' AND entity_id IN "
                                                 "(5, 6)) OR (entity_type = 'category' AND entity_id = 5))"));
        QStringList unavailable;
        while (rows.next())
            unavailable << QLatin1Char('/') + rows.value(0).toString();
        QVERIFY2(unavailable.size() >= 3, qPrintable(unavailable.join(QLatin1Char(' '))));
        QCOMPARE(leftOut(), before + unavailable.size());

        const CacheWarmResult result = CacheWarmer(options()).run();
        QVERIFY2(result.status == CacheWarmResult::Succeeded, qPrintable(result.error));
        const QStringList requested = paths(m_pages->requests);
        for (const QString& path : unavailable)
            QVERIFY2(!requested.contains(path), qPrintable(path));
        QCOMPARE(result.leftOut, before + unavailable.size());
        QCOMPARE(result.failed, 2); // still only the 404 and the 500 of the test's own pages
        QVERIFY(result.toText().contains(QLatin1String("disabled products and inactive categories")));
        // The product enabled at default is still fetched in the French store view.
        QVERIFY(requested.contains(QStringLiteral("/fr/camiseta.html")));
    }

    // The sitemap read itself stops on cancel, long before its time-out.
    void sitemapReadStopsOnCancel()
    {
        CacheWarmOptions o;
        o.sitemap = QUrl(m_pages->base() + QStringLiteral("sitemap-hang.xml"));
        o.timeoutSeconds = 30;
        CacheWarmer warmer(o);
        QTimer::singleShot(300, [&warmer] { warmer.cancel(); });
        QElapsedTimer clock;
        clock.start();
        const CacheWarmResult result = warmer.run();
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(result.status, CacheWarmResult::Cancelled);
        QCOMPARE(result.done, 0);
    }

    // A page listed twice is fetched once (duplicates are found per store view, with bounded memory).
    void duplicatesAreFetchedOnce()
    {
        CacheWarmOptions o;
        o.sitemap = QUrl(m_pages->base() + QStringLiteral("sitemap-dup.xml"));
        const CacheWarmResult result = CacheWarmer(o).run();
        QVERIFY2(result.status == CacheWarmResult::Succeeded, qPrintable(result.error));
        QStringList requested = paths(m_pages->requests);
        requested.removeAll(QStringLiteral("/sitemap-dup.xml"));
        requested.sort();
        QCOMPARE(requested, QStringList({ QStringLiteral("/a.html"), QStringLiteral("/b.html") }));
        QCOMPARE(result.total, 2);
        QCOMPARE(result.done, 2);
    }
};

QTEST_GUILESS_MAIN(TestCacheWarmer)
#include "tst_cachewarmer.moc"
