#include "connection/connectionprobe.h"
#include "connection/grants.h"
#include "connection/magentoinstall.h"
#include "db/database.h"
#include "testserver.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

Q_DECLARE_METATYPE(cutover::ProbeRole)

namespace {

const QString password = QStringLiteral("Right-pw-7731");
const QString readOnlyPassword = QStringLiteral("Ro-pw-5519");

QString combined(const ProbeFinding& f)
{
    return f.message + QLatin1Char('\n') + f.fix;
}

QStringList ids(const ProbeReport& report)
{
    QStringList list;
    for (const ProbeFinding& f : report.findings)
        list << f.id;
    return list;
}

QString dump(const ProbeReport& report)
{
    return QString::fromUtf8(QJsonDocument(report.toJson()).toJson());
}

} // namespace

// The connection probe against a real server: every bad input of the issue has its own message naming the object,
// and good sources and destinations pass with what they hold described.
class TestConnectionProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto& server = TestServer::instance();
        server.magento1(QStringLiteral("probe_m1"));
        server.magento1Prefixed(QStringLiteral("probe_m1p"));
        server.magento2(QStringLiteral("probe_m2"));
        server.emptyDatabase(QStringLiteral("probe_empty"));
        server.emptyDatabase(QStringLiteral("probe_other"));
        server.sql(QStringLiteral("CREATE TABLE invoices (id INT PRIMARY KEY, total DECIMAL(12,2)); "
                                  "CREATE TABLE clients (id INT PRIMARY KEY, name VARCHAR(80));"),
            QStringLiteral("probe_other"));
        server.sql(QStringLiteral("CREATE USER IF NOT EXISTS 'probe_pw'@'%' IDENTIFIED BY '%1'; "
                                  "GRANT ALL PRIVILEGES ON `probe\\_%`.* TO 'probe_pw'@'%'; "
                                  "CREATE USER IF NOT EXISTS 'probe_ro'@'%' IDENTIFIED BY '%2'; "
                                  "GRANT SELECT ON probe_m1.* TO 'probe_ro'@'%'; "
                                  "GRANT SELECT ON probe_m2.* TO 'probe_ro'@'%';")
                       .arg(password, readOnlyPassword));
        QVERIFY(m_silent.listen(QHostAddress::LocalHost));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        m_closedPort = closed.serverPort();
    }

    // The bad inputs: each stops the probe at the step it concerns, with its own message and fix naming
    // the object (host, port, user, database).
    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<ProbeRole>("role");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<QString>("named");
        const auto source = ProbeRole::Source;
        const auto dest = ProbeRole::Destination;
        QTest::addRow("wrong password") << "wrong password" << source << "login"
                                        << "the password is wrong"
                                        << "probe_pw";
        QTest::addRow("unknown user") << "unknown user" << source << "login"
                                      << "there is no user nobody_here"
                                      << "nobody_here";
        QTest::addRow("no password") << "no password" << source << "login"
                                     << "CUTOVER_SOURCE_PASSWORD"
                                     << "probe_pw";
        QTest::addRow("unknown database") << "unknown database" << source << "database"
                                          << "does not exist"
                                          << "probe_missing";
        QTest::addRow("nothing listens") << "nothing listens" << source << "connect"
                                         << "refused the connection"
                                         << "PORT";
        QTest::addRow("silent listener") << "silent listener" << source << "handshake"
                                         << "sent nothing within 1 s"
                                         << "PORT";
        QTest::addRow("host does not resolve") << "no such host" << source << "resolve"
                                               << "does not resolve"
                                               << "no-such-host.invalid";
        QTest::addRow("missing socket") << "missing socket" << source << "connect"
                                        << "no socket file"
                                        << "/nonexistent/cutover.sock";
        QTest::addRow("TLS required, server without") << "tls required" << dest << "tls"
                                                      << "does not offer TLS"
                                                      << "PORT";
        QTest::addRow("Magento 2 as source") << "m2" << source << "magento"
                                             << "holds Magento 2"
                                             << "probe_m2";
        QTest::addRow("Magento 1 as destination") << "m1" << dest << "magento"
                                                  << "holds Magento 1"
                                                  << "probe_m1";
        QTest::addRow("empty database") << "empty" << source << "magento"
                                        << "is empty"
                                        << "probe_empty";
        QTest::addRow("not Magento") << "other" << source << "magento"
                                     << "not a Magento database"
                                     << "probe_other";
        QTest::addRow("prefixed Magento 1 without prefix") << "no prefix" << source << "magento"
                                                           << "?prefix=magev1_"
                                                           << "probe_m1p";
        QTest::addRow("unprefixed Magento 1 with a prefix") << "stray prefix" << source << "magento"
                                                            << "Remove prefix=shop_"
                                                            << "probe_m1";
        QTest::addRow("SELECT-only user as destination") << "read-only dest" << dest << "write-access"
                                                         << "lacks INSERT, UPDATE, DELETE, ALTER"
                                                         << "probe_ro";
    }
    void rejectsBadInput()
    {
        QFETCH(QString, kind);
        QFETCH(ProbeRole, role);
        QFETCH(QString, step);
        QFETCH(QString, fragment);
        QFETCH(QString, named);
        auto& server = TestServer::instance().server();
        const int serverPort = server.port();
        ConnectionProfile profile = server.tcpProfile(QStringLiteral("probe_pw"), QStringLiteral("probe_m1"));
        QString secret = password;
        ProbeOptions options;
        int port = serverPort;
        if (kind == QLatin1String("wrong password")) {
            secret = QStringLiteral("Wrong-pw-0042");
        } else if (kind == QLatin1String("unknown user")) {
            profile.user = QStringLiteral("nobody_here");
        } else if (kind == QLatin1String("no password")) {
            secret.clear();
        } else if (kind == QLatin1String("unknown database")) {
            profile.database = QStringLiteral("probe_missing");
        } else if (kind == QLatin1String("nothing listens")) {
            port = m_closedPort;
        } else if (kind == QLatin1String("silent listener")) {
            port = m_silent.serverPort();
            options.timeoutMs = 1000;
        } else if (kind == QLatin1String("no such host")) {
            profile.host = QStringLiteral("no-such-host.invalid");
        } else if (kind == QLatin1String("missing socket")) {
            profile.socket = QStringLiteral("/nonexistent/cutover.sock");
        } else if (kind == QLatin1String("tls required")) {
            profile.database = QStringLiteral("probe_m2");
            profile.tls = TlsMode::Required;
        } else if (kind == QLatin1String("m2")) {
            profile.database = QStringLiteral("probe_m2");
        } else if (kind == QLatin1String("empty")) {
            profile.database = QStringLiteral("probe_empty");
        } else if (kind == QLatin1String("other")) {
            profile.database = QStringLiteral("probe_other");
        } else if (kind == QLatin1String("no prefix")) {
            profile.database = QStringLiteral("probe_m1p");
        } else if (kind == QLatin1String("stray prefix")) {
            profile.tablePrefix = QStringLiteral("shop_");
        } else if (kind == QLatin1String("read-only dest")) {
            profile.user = QStringLiteral("probe_ro");
            profile.database = QStringLiteral("probe_m2");
            secret = readOnlyPassword;
        }
        profile.port = port;
        if (named == QLatin1String("PORT"))
            named = QString::number(port);

        QVector<ProbeFinding> live;
        const ProbeReport report
            = ConnectionProbe(profile, secret, role, options).run([&](const ProbeFinding& f) { live << f; });
        QVERIFY2(!report.passed(), qPrintable(dump(report)));
        const ProbeFinding* failure = report.failure();
        QVERIFY(failure);
        QCOMPARE(failure->id, step);
        // It stops at the first failure, and the callback saw every step as it finished.
        QCOMPARE(report.findings.last().id, step);
        QCOMPARE(live.size(), report.findings.size());
        QVERIFY2(combined(*failure).contains(fragment), qPrintable(combined(*failure)));
        QVERIFY2(combined(*failure).contains(named), qPrintable(combined(*failure)));
        QVERIFY2(!failure->fix.isEmpty(), qPrintable(failure->message));
        if (!secret.isEmpty())
            QVERIFY(!dump(report).contains(secret));
        if (kind == QLatin1String("no prefix"))
            QCOMPARE(failure->value(QStringLiteral("suggestedPrefix")).toString(), QStringLiteral("magev1_"));
        if (kind == QLatin1String("nothing listens") || kind == QLatin1String("silent listener"))
            QVERIFY2(failure->elapsedMs < 5000, qPrintable(QString::number(failure->elapsedMs)));
    }

    void magento1SourcePasses_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("release");
        QTest::addRow("1.9.1.1") << "probe_m1"
                                 << ""
                                 << "Magento CE 1.9.1 to 1.9.4";
        QTest::addRow("1.9.3.2 prefixed") << "probe_m1p"
                                          << "magev1_"
                                          << "Magento CE 1.9.3 or 1.9.4";
    }
    void magento1SourcePasses()
    {
        QFETCH(QString, database);
        QFETCH(QString, prefix);
        QFETCH(QString, release);
        const auto profile = TestServer::instance().server().tcpProfile(QStringLiteral("probe_pw"), database, prefix);
        const ProbeReport report = ConnectionProbe(profile, password, ProbeRole::Source).run();
        QVERIFY2(report.passed(), qPrintable(dump(report)));
        QCOMPARE(ids(report),
            (QStringList { "resolve", "connect", "handshake", "tls", "login", "database", "magento", "read-access",
                "delta", "size" }));
        const ProbeFinding* magento = report.finding(QStringLiteral("magento"));
        QCOMPARE(magento->value(QStringLiteral("release")).toString(), release);
        QCOMPARE(magento->value(QStringLiteral("flavour")).toString(), QStringLiteral("magento1"));
        QCOMPARE(report.finding(QStringLiteral("delta"))->status, ProbeStatus::Ok);
        QVERIFY(report.finding(QStringLiteral("read-access"))->value(QStringLiteral("tablesChecked")).toInt() > 300);
        const ProbeFinding* size = report.finding(QStringLiteral("size"));
        QVERIFY(size->value(QStringLiteral("tables.catalog")).toInt() > 50);
        QVERIFY(size->value(QStringLiteral("bytes.sales")).toLongLong() > 0);
        QVERIFY2(size->message.contains(QStringLiteral("5,000 rows/s")), qPrintable(size->message));
        QVERIFY2(size->message.contains(QStringLiteral("estimate")), qPrintable(size->message));
        // What each optional area weighs, so that leaving it out is an informed choice (the prefix applies).
        for (const char* key : { "optional.logs.rows", "optional.reports.rows", "optional.reports.bytes",
                 "optional.oldQuotes.quotes", "optional.oldQuotes.of", "optional.oldQuotes.before" })
            QVERIFY2(size->value(QLatin1String(key)).isValid(), key);
        QVERIFY(!size->value(QStringLiteral("optional.error")).isValid());
        QVERIFY2(size->message.contains(QStringLiteral("--leave-out logs,reports,old-quotes")), qPrintable(size->message));
        QVERIFY(report.finding(QStringLiteral("handshake"))
                    ->value(QStringLiteral("serverVersion"))
                    .toString()
                    .contains(QStringLiteral("MariaDB")));
    }

    void overUnixSocket()
    {
        const auto profile = TestServer::instance().server().rootProfile(QStringLiteral("probe_m1"));
        const ProbeReport report = ConnectionProbe(profile, {}, ProbeRole::Source).run();
        QVERIFY2(report.passed(), qPrintable(dump(report)));
        QCOMPARE(report.findings.first().status, ProbeStatus::Skipped);
    }

    // A user with SELECT only can feed a one-time migration, but not delta: a warning that says why.
    void selectOnlyUserCannotInstallDeltaTriggers()
    {
        const auto profile
            = TestServer::instance().server().tcpProfile(QStringLiteral("probe_ro"), QStringLiteral("probe_m1"));
        const ProbeReport report = ConnectionProbe(profile, readOnlyPassword, ProbeRole::Source).run();
        QVERIFY2(report.passed(), qPrintable(dump(report)));
        const ProbeFinding* delta = report.finding(QStringLiteral("delta"));
        QVERIFY(delta);
        QCOMPARE(delta->status, ProbeStatus::Warning);
        QVERIFY2(delta->message.contains(QStringLiteral("Delta (incremental) migration will not be possible")),
            qPrintable(delta->message));
        QVERIFY2(delta->message.contains(QStringLiteral("TRIGGER")), qPrintable(delta->message));
        QVERIFY2(delta->message.contains(QStringLiteral("'probe_ro'@'%'")), qPrintable(delta->message));
        QVERIFY2(delta->fix.contains(QStringLiteral("GRANT TRIGGER, CREATE")), qPrintable(delta->fix));
        QCOMPARE(report.finding(QStringLiteral("read-access"))->status, ProbeStatus::Ok);
    }

    // The 2.4.8 dump has products and categories made after install: a warning that lists them, no failure.
    void magento2DestinationPassesWithWhatItHolds()
    {
        auto& server = TestServer::instance();
        const auto profile = server.server().tcpProfile(QStringLiteral("probe_pw"), QStringLiteral("probe_m2"));
        const auto before = fingerprint();
        const ProbeReport report = ConnectionProbe(profile, password, ProbeRole::Destination).run();
        QVERIFY2(report.passed(), qPrintable(dump(report)));
        QCOMPARE(ids(report),
            (QStringList { "resolve", "connect", "handshake", "tls", "login", "database", "magento", "write-access",
                "fresh", "trigger-definers" }));
        QCOMPARE(report.finding(QStringLiteral("magento"))->value(QStringLiteral("version")).toString(),
            QStringLiteral("2.4.8"));
        const ProbeFinding* fresh = report.finding(QStringLiteral("fresh"));
        QCOMPARE(fresh->status, ProbeStatus::Warning);
        QVERIFY2(fresh->message.contains(QStringLiteral("23 product")), qPrintable(fresh->message));
        QVERIFY2(fresh->message.contains(QStringLiteral("probe_m2")), qPrintable(fresh->message));
        // probe_pw may not read mysql.user, so the definers are reported as unchecked, not as fine.
        QCOMPARE(report.finding(QStringLiteral("trigger-definers"))->status, ProbeStatus::Warning);
        const ProbeReport asRoot
            = ConnectionProbe(server.server().rootProfile(QStringLiteral("probe_m2")), {}, ProbeRole::Destination)
                  .run();
        QCOMPARE(asRoot.finding(QStringLiteral("trigger-definers"))->status, ProbeStatus::Ok);
        // The write trials changed nothing.
        QCOMPARE(fingerprint(), before);
    }

    // The "fresh enough" listing: a destination emptied of what the dump's owner added passes clean; rewrites of
    // products and orders are each counted and named.
    void freshDestinationAndWhatMakesItNotFresh()
    {
        auto& server = TestServer::instance();
        server.magento2(QStringLiteral("probe_m2fresh"));
        server.sql(QStringLiteral("DELETE FROM catalog_product_entity; DELETE FROM catalog_category_entity WHERE "
                                  "entity_id > 2; DELETE FROM url_rewrite WHERE entity_type <> 'cms-page';"),
            QStringLiteral("probe_m2fresh"));
        const auto profile = server.server().tcpProfile(QStringLiteral("probe_pw"), QStringLiteral("probe_m2fresh"));
        ProbeReport report = ConnectionProbe(profile, password, ProbeRole::Destination).run();
        const ProbeFinding* fresh = report.finding(QStringLiteral("fresh"));
        QVERIFY2(fresh, qPrintable(dump(report)));
        QCOMPARE(fresh->status, ProbeStatus::Ok);
        QVERIFY2(fresh->message.contains(QStringLiteral("is a fresh install")), qPrintable(fresh->message));
        for (const char* key : { "products", "categories", "customers", "orders", "urlRewrites" })
            QCOMPARE(fresh->value(QLatin1String(key)).toLongLong(), 0);

        server.sql(QStringLiteral("INSERT INTO url_rewrite (entity_type, entity_id, request_path, target_path, "
                                  "store_id) VALUES ('product', 99, 'probe-product.html', "
                                  "'catalog/product/view/id/99', 1)"),
            QStringLiteral("probe_m2fresh"));
        report = ConnectionProbe(profile, password, ProbeRole::Destination).run();
        fresh = report.finding(QStringLiteral("fresh"));
        QCOMPARE(fresh->status, ProbeStatus::Warning);
        QCOMPARE(fresh->value(QStringLiteral("urlRewrites")).toLongLong(), 1);
        QVERIFY2(fresh->message.contains(QStringLiteral("1 URL rewrite")), qPrintable(fresh->message));

        server.sql(QStringLiteral("INSERT INTO sales_order (increment_id) VALUES ('probe-000001'), ('probe-000002')"),
            QStringLiteral("probe_m2fresh"));
        report = ConnectionProbe(profile, password, ProbeRole::Destination).run();
        QVERIFY(report.failure());
        QCOMPARE(report.failure()->id, QStringLiteral("fresh"));
        QCOMPARE(report.failure()->value(QStringLiteral("orders")).toLongLong(), 2);
        QVERIFY2(report.failure()->message.contains(QStringLiteral("2 order")), qPrintable(report.failure()->message));
        QVERIFY(!report.failure()->fix.isEmpty());
    }

    void destinationWithCustomersAndMissingDefinerFails()
    {
        auto& server = TestServer::instance();
        const auto profile = server.server().tcpProfile(QStringLiteral("probe_pw"), QStringLiteral("probe_m2"));
        server.sql(QStringLiteral("INSERT INTO customer_entity (website_id, email, group_id, store_id, firstname, "
                                  "lastname) VALUES (1, 'probe@example.com', 1, 1, 'Pro', 'Be')"),
            QStringLiteral("probe_m2"));
        ProbeReport report = ConnectionProbe(profile, password, ProbeRole::Destination).run();
        server.sql(QStringLiteral("DELETE FROM customer_entity WHERE email = 'probe@example.com'"),
            QStringLiteral("probe_m2"));
        QVERIFY(report.failure());
        QCOMPARE(report.failure()->id, QStringLiteral("fresh"));
        QVERIFY2(
            report.failure()->message.contains(QStringLiteral("1 customer")), qPrintable(report.failure()->message));

        // A trigger whose definer is missing: the destination's writes would fail with error 1449.
        server.sql(QStringLiteral("CREATE DEFINER = 'gone'@'%' TRIGGER probe_gone BEFORE UPDATE ON flag FOR EACH ROW "
                                  "SET NEW.flag_code = NEW.flag_code"),
            QStringLiteral("probe_m2"));
        report = ConnectionProbe(server.server().rootProfile(QStringLiteral("probe_m2")), {}, ProbeRole::Destination)
                     .run();
        // A user who may not read mysql.user cannot tell: a warning that says so, not a pass.
        const ProbeReport unchecked = ConnectionProbe(profile, password, ProbeRole::Destination).run();
        server.sql(QStringLiteral("DROP TRIGGER probe_gone"), QStringLiteral("probe_m2"));
        const ProbeFinding* definers = unchecked.finding(QStringLiteral("trigger-definers"));
        QVERIFY(definers);
        QCOMPARE(definers->status, ProbeStatus::Warning);
        QVERIFY2(definers->message.contains(QStringLiteral("mysql.user")), qPrintable(definers->message));
        QVERIFY(report.failure());
        QCOMPARE(report.failure()->id, QStringLiteral("trigger-definers"));
        QVERIFY2(
            report.failure()->message.contains(QStringLiteral("'gone'@'%'")), qPrintable(report.failure()->message));
    }

    void cancelStopsBetweenSteps()
    {
        const auto profile
            = TestServer::instance().server().tcpProfile(QStringLiteral("probe_pw"), QStringLiteral("probe_m1"));
        std::atomic<bool> cancel { false };
        const ProbeReport report = ConnectionProbe(profile, password, ProbeRole::Source)
                                       .run(
                                           [&](const ProbeFinding& f) {
                                               if (f.id == QLatin1String("login"))
                                                   cancel = true;
                                           },
                                           &cancel);
        QVERIFY(report.cancelled);
        QVERIFY(!report.passed());
        QCOMPARE(report.findings.last().id, QStringLiteral("login"));
    }

    // The wizard's way: a future whose results arrive step by step.
    void startDeliversStepsAsTheyFinish()
    {
        const auto profile
            = TestServer::instance().server().tcpProfile(QStringLiteral("probe_pw"), QStringLiteral("probe_m1"));
        QFutureWatcher<ProbeFinding> watcher;
        QSignalSpy ready(&watcher, &QFutureWatcherBase::resultReadyAt);
        watcher.setFuture(ConnectionProbe::start(profile, password, ProbeRole::Source));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 60'000);
        QTRY_COMPARE(ready.size(), 10);
        ProbeReport report;
        report.findings = watcher.future().results();
        QVERIFY(report.passed());
        QCOMPARE(report.findings.first().id, QStringLiteral("resolve"));
        QCOMPARE(report.findings.last().id, QStringLiteral("size"));
    }

    void jsonHasStableKeys()
    {
        auto profile
            = TestServer::instance().server().tcpProfile(QStringLiteral("probe_pw"), QStringLiteral("probe_m2"));
        const ProbeReport report = ConnectionProbe(profile, password, ProbeRole::Source).run();
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("role")).toString(), QStringLiteral("source"));
        QCOMPARE(json.value(QStringLiteral("passed")).toBool(), false);
        QVERIFY(json.value(QStringLiteral("target")).toString().contains(QStringLiteral("probe_m2")));
        const QJsonObject last = json.value(QStringLiteral("findings")).toArray().last().toObject();
        for (const char* key : { "id", "status", "title", "message", "fix", "details", "elapsedMs", "evidence" })
            QVERIFY2(last.contains(QLatin1String(key)), key);
        QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(last.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("flavour")).toString(),
            QStringLiteral("magento2"));
    }

    void grantsAreParsed_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("privilege");
        QTest::addColumn<QString>("database");
        QTest::addColumn<bool>("granted");
        const QStringList usage { "GRANT USAGE ON *.* TO `u`@`%` IDENTIFIED BY PASSWORD '*ABC'" };
        QTest::addRow("usage only") << usage << "SELECT"
                                    << "shop" << false;
        QTest::addRow("global all") << QStringList { "GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` WITH GRANT "
                                                     "OPTION" }
                                    << "TRIGGER"
                                    << "shop" << true;
        QTest::addRow("database select") << (usage + QStringList { "GRANT SELECT ON `shop`.* TO `u`@`%`" }) << "SELECT"
                                         << "shop" << true;
        QTest::addRow("other database") << (usage + QStringList { "GRANT SELECT ON `shop`.* TO `u`@`%`" }) << "SELECT"
                                        << "shop2" << false;
        QTest::addRow("select is not trigger")
            << QStringList { "GRANT SELECT, INSERT ON `shop`.* TO `u`@`%`" } << "TRIGGER"
            << "shop" << false;
        QTest::addRow("wildcard database")
            << QStringList { "GRANT ALL PRIVILEGES ON `shop\\_%`.* TO `u`@`%`" } << "ALTER"
            << "shop_m2" << true;
        QTest::addRow("escaped underscore")
            << QStringList { "GRANT ALL PRIVILEGES ON `shop\\_%`.* TO `u`@`%`" } << "ALTER"
            << "shopxm2" << false;
        QTest::addRow("table grant is not database grant")
            << QStringList { "GRANT SELECT ON `shop`.`sales_order` TO `u`@`%`" } << "SELECT"
            << "shop" << false;
        QTest::addRow("column grant ignored")
            << QStringList { "GRANT SELECT (a, b), UPDATE ON `shop`.* TO `u`@`%`" } << "SELECT"
            << "shop" << false;
        QTest::addRow("super global") << QStringList { "GRANT SUPER, RELOAD ON *.* TO `u`@`%`" } << "SUPER"
                                      << "shop" << true;
    }
    void grantsAreParsed()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, privilege);
        QFETCH(QString, database);
        QFETCH(bool, granted);
        QCOMPARE(GrantSet::parse(lines).has(privilege, database), granted);
    }

    void magento1Releases_data()
    {
        QTest::addColumn<QString>("core");
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<bool>("enterprise");
        QTest::addColumn<QString>("release");
        QTest::addColumn<bool>("supported");
        QTest::addRow("1.9.1.1") << "1.6.0.6"
                                 << "1.6.0.0.19" << false << "Magento CE 1.9.1 to 1.9.4" << true;
        QTest::addRow("1.9.3.2") << "1.6.0.6"
                                 << "1.6.0.0.19.1.5" << false << "Magento CE 1.9.3 or 1.9.4" << true;
        QTest::addRow("1.7") << "1.6.0.2"
                             << "1.6.0.0.14" << false << "Magento CE 1.6 to 1.9.0" << true;
        QTest::addRow("enterprise") << "1.6.0.6"
                                    << "1.6.0.0.19" << true << "Magento EE 1.11 to 1.14" << true;
        QTest::addRow("1.4") << "0.8.26"
                             << "1.4.0.0.21" << false << "Magento CE 1.5 or older" << false;
    }
    void magento1Releases()
    {
        QFETCH(QString, core);
        QFETCH(QString, catalog);
        QFETCH(bool, enterprise);
        QFETCH(QString, release);
        QFETCH(bool, supported);
        bool isSupported = !supported;
        QCOMPARE(MagentoInstall::magento1Release(core, catalog, enterprise, &isSupported), release);
        QCOMPARE(isSupported, supported);
    }

private:
    // What a write trial could change: the rows and checksum of the table tried, its next id, the triggers.
    QString fingerprint()
    {
        Database db(
            TestServer::instance().server().rootProfile(QStringLiteral("probe_m2")), {}, QStringLiteral("test"));
        QSqlQuery checksum = db.query(QStringLiteral("CHECKSUM TABLE core_config_data"));
        checksum.next();
        return QStringLiteral("%1/%2/%3/%4")
            .arg(checksum.value(1).toString(),
                db.scalar(QStringLiteral("SELECT COUNT(*) FROM core_config_data")).toString(),
                db.scalar(QStringLiteral(
                              "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = 'probe_m2'"))
                    .toString(),
                db.scalar(QStringLiteral("SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                         "'probe_m2' AND TABLE_NAME = 'core_config_data'"))
                    .toString());
    }

    QTcpServer m_silent; ///< listens and never answers: the kernel accepts, nobody speaks
    quint16 m_closedPort = 0;
};

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "tst_connectionprobe.moc"
