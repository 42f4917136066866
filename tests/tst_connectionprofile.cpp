#include "db/connectionprofile.h"
#include "error.h"

#include <QTest>

using namespace cutover;

class TestConnectionProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesFullUrl()
    {
        const auto p = ConnectionProfile::fromUrl(
            QStringLiteral("mysql://shop@db.example.com:3307/magento1?prefix=magev1_&ssl=required"));
        QCOMPARE(p.user, QStringLiteral("shop"));
        QCOMPARE(p.host, QStringLiteral("db.example.com"));
        QCOMPARE(p.port, 3307);
        QCOMPARE(p.database, QStringLiteral("magento1"));
        QCOMPARE(p.tablePrefix, QStringLiteral("magev1_"));
        QCOMPARE(p.tls, TlsMode::Required);
        QCOMPARE(p.table(QStringLiteral("core_store")), QStringLiteral("magev1_core_store"));
    }

    void parsesSocketUrl()
    {
        const auto p = ConnectionProfile::fromUrl(QStringLiteral("mysql://root@localhost/m2?socket=/run/mysqld/mysqld.sock"));
        QCOMPARE(p.socket, QStringLiteral("/run/mysqld/mysqld.sock"));
        QCOMPARE(p.port, 3306);
        QCOMPARE(p.displayName(), QStringLiteral("root@/run/mysqld/mysqld.sock/m2"));
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addRow("plain") << "mysql://u@h/db";
        QTest::addRow("port") << "mysql://u@h:3310/db";
        QTest::addRow("socket and prefix") << "mysql://u@localhost/db?socket=/tmp/a b.sock&prefix=p_";
        QTest::addRow("verify-ca") << "mysql://u@h/db?ssl=verify-ca&ssl-ca=/etc/ca.pem";
        QTest::addRow("non-ascii user") << "mysql://j%C3%BCrgen@h/db";
    }
    void roundTrips()
    {
        QFETCH(QString, url);
        const auto p = ConnectionProfile::fromUrl(url);
        QCOMPARE(ConnectionProfile::fromUrl(p.toUrl()), p);
        QVERIFY(!p.toUrl().contains(QLatin1Char(':') + QStringLiteral("secret")));
    }

    void rejectsBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("empty") << "" << "empty";
        QTest::addRow("wrong scheme") << "postgres://u@h/db" << "mysql://";
        QTest::addRow("password in url") << "mysql://u:secret@h/db" << "CUTOVER_SOURCE_PASSWORD";
        QTest::addRow("no user") << "mysql://h/db" << "names no user";
        QTest::addRow("no database") << "mysql://u@h/" << "exactly one database";
        QTest::addRow("two path parts") << "mysql://u@h/a/b" << "exactly one database";
        QTest::addRow("bad tls mode") << "mysql://u@h/db?ssl=maybe" << "maybe";
        QTest::addRow("unknown option") << "mysql://u@h/db?compress=1" << "compress";
        QTest::addRow("verify without ca") << "mysql://u@h/db?ssl=verify-identity" << "ssl-ca";
        QTest::addRow("port out of range") << "mysql://u@h:70000/db" << "";
    }
    void rejectsBadUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, fragment);
        try {
            ConnectionProfile::fromUrl(url);
            QFAIL("accepted a bad URL");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
            QVERIFY2(!e.message().contains(QStringLiteral("secret")), "a password reached an error message");
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
