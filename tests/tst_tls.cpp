#include "connection/connectionprobe.h"
#include "db/database.h"
#include "error.h"
#include "sandbox/localserver.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cutover;
using namespace cutover::test;

Q_DECLARE_METATYPE(cutover::TlsMode)

namespace {

const QString database = QStringLiteral("tls_m1");
// 'tls_user' has REQUIRE SSL; 'plain_user' may log in without TLS.
const QString tlsUser = QStringLiteral("tls_user");
const QString plainUser = QStringLiteral("plain_user");
const QString password = QStringLiteral("Tls-pw-8807");

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

// The connection probe against a private server that runs with TLS: a certificate signed by our own CA, checked by
// the probe itself (QSslSocket) before the login, and a login that uses TLS. The other probe tests run on a server
// without TLS.
class TestTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("The openssl command is not installed.");
        const QString ext = path(QStringLiteral("server.ext"));
        writeFile(ext,
            "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
            "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n");
        QVERIFY(makeCa(QStringLiteral("ca"), QStringLiteral("Cutover Test CA")));
        QVERIFY(makeCa(QStringLiteral("other-ca"), QStringLiteral("Unrelated Test CA")));
        QVERIFY(openssl({ "req", "-newkey", "rsa:2048", "-nodes", "-keyout", path("server.key"), "-out",
            path("server.csr"), "-subj", "/CN=127.0.0.1" }));
        QVERIFY(openssl({ "x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"),
            "-CAcreateserial", "-days", "2", "-out", path("server.pem"), "-extfile", ext }));
        writeFile(path(QStringLiteral("junk.pem")), "this is not a certificate\n");

        LocalServer::Options options;
        options.rootFolder = path(QStringLiteral("server"));
        options.extraArguments = QStringList { QStringLiteral("--ssl-ca=%1").arg(path("ca.pem")),
            QStringLiteral("--ssl-cert=%1").arg(path("server.pem")),
            QStringLiteral("--ssl-key=%1").arg(path("server.key")) };
        m_server = std::make_unique<LocalServer>(options);
        try {
            m_server->start();
            m_server->recreateDatabase(database);
            m_server->loadDump(database, fixturePath(QStringLiteral("m1/magento-ce-1.9.1.1.sql")));
            m_server->runSql(QStringLiteral("CREATE USER '%1'@'%' IDENTIFIED BY '%3' REQUIRE SSL; "
                                            "GRANT ALL PRIVILEGES ON `%4`.* TO '%1'@'%'; "
                                            "CREATE USER '%2'@'%' IDENTIFIED BY '%3'; "
                                            "GRANT ALL PRIVILEGES ON `%4`.* TO '%2'@'%';")
                                 .arg(tlsUser, plainUser, password, database));
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message()));
        }
        qInfo("TLS server ready in %lld ms", timer.elapsed());
    }

    void cleanupTestCase() { m_server.reset(); }

    // (1) The right CA over TCP: the probe checks the certificate itself, logs in over TLS, and the whole probe
    // passes for a Magento 1 source.
    void rightCaPasses_data()
    {
        QTest::addColumn<TlsMode>("mode");
        QTest::addRow("ssl=required") << TlsMode::Required;
        QTest::addRow("ssl=verify-ca") << TlsMode::VerifyCa;
        QTest::addRow("ssl=verify-identity") << TlsMode::VerifyIdentity;
    }
    void rightCaPasses()
    {
        QFETCH(TlsMode, mode);
        const ConnectionProfile profile = tlsProfile(tlsUser, mode, path(QStringLiteral("ca.pem")));
        QElapsedTimer timer;
        timer.start();
        const ProbeReport report = ConnectionProbe(profile, password, ProbeRole::Source).run();
        qInfo("probe took %lld ms", timer.elapsed());
        QVERIFY2(report.passed(), qPrintable(dump(report)));
        QCOMPARE(ids(report),
            (QStringList { "resolve", "connect", "handshake", "tls", "login", "database", "magento", "read-access",
                "delta", "size" }));
        QVERIFY(report.finding(QStringLiteral("handshake"))->value(QStringLiteral("tlsOffered")).toBool());
        const ProbeFinding* tls = report.finding(QStringLiteral("tls"));
        QCOMPARE(tls->status, ProbeStatus::Ok);
        QVERIFY2(tls->message.contains(QStringLiteral("signed by the CA")), qPrintable(tls->message));
        QVERIFY2(tls->message.contains(path(QStringLiteral("ca.pem"))), qPrintable(tls->message));
        const ProbeFinding* login = report.finding(QStringLiteral("login"));
        QCOMPARE(login->status, ProbeStatus::Ok);
        QVERIFY2(login->message.contains(QStringLiteral("over TLS")), qPrintable(login->message));
        QVERIFY(!login->value(QStringLiteral("cipher")).toString().isEmpty());
        QCOMPARE(report.finding(QStringLiteral("magento"))->value(QStringLiteral("flavour")).toString(),
            QStringLiteral("magento1"));
        QVERIFY(!dump(report).contains(password));
    }

    // (2) A CA that did not sign the server's certificate: the TLS step fails and names the CA file and the fix, and
    // the login never runs, so the password never crosses an unverified channel. (3) A CA file that is missing or
    // holds no PEM certificate has its own message.
    void badCaStopsBeforeLogin_data()
    {
        QTest::addColumn<TlsMode>("mode");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("fragment");
        const QString notAccepted = QStringLiteral("is not accepted with the CA file");
        const QString noPem = QStringLiteral("cannot be read or holds no PEM certificate");
        QTest::addRow("wrong CA, ssl=required") << TlsMode::Required << "other-ca.pem" << notAccepted;
        QTest::addRow("wrong CA, ssl=verify-ca") << TlsMode::VerifyCa << "other-ca.pem" << notAccepted;
        QTest::addRow("wrong CA, ssl=verify-identity") << TlsMode::VerifyIdentity << "other-ca.pem" << notAccepted;
        QTest::addRow("missing CA file, ssl=required") << TlsMode::Required << "missing.pem" << noPem;
        QTest::addRow("missing CA file, ssl=verify-ca") << TlsMode::VerifyCa << "missing.pem" << noPem;
        QTest::addRow("CA file without PEM, ssl=verify-ca") << TlsMode::VerifyCa << "junk.pem" << noPem;
        QTest::addRow("CA file without PEM, ssl=required") << TlsMode::Required << "junk.pem" << noPem;
    }
    void badCaStopsBeforeLogin()
    {
        QFETCH(TlsMode, mode);
        QFETCH(QString, caFile);
        QFETCH(QString, fragment);
        const ConnectionProfile profile = tlsProfile(tlsUser, mode, path(caFile));
        QVector<ProbeFinding> live;
        const ProbeReport report
            = ConnectionProbe(profile, password, ProbeRole::Source).run([&](const ProbeFinding& f) { live << f; });
        QVERIFY2(!report.passed(), qPrintable(dump(report)));
        const ProbeFinding* failure = report.failure();
        QVERIFY(failure);
        QCOMPARE(failure->id, QStringLiteral("tls"));
        QCOMPARE(ids(report), (QStringList { "resolve", "connect", "handshake", "tls" }));
        QCOMPARE(live.size(), report.findings.size());
        QVERIFY(!report.finding(QStringLiteral("login")));
        QVERIFY2(failure->message.contains(fragment), qPrintable(combined(*failure)));
        QVERIFY2(failure->message.contains(path(caFile)), qPrintable(combined(*failure)));
        QVERIFY2(failure->fix.contains(QStringLiteral("ssl-ca=FILE")), qPrintable(combined(*failure)));
        QVERIFY(!dump(report).contains(password));
    }

    // (4) Without ssl= (preferred) against this TLS server: a user that does not require TLS logs in, and the TLS
    // step says the server offers TLS and how to insist on it.
    void preferredPasses()
    {
        ConnectionProfile profile = m_server->tcpProfile(plainUser, database);
        QCOMPARE(profile.tls, TlsMode::Preferred);
        const ProbeReport report = ConnectionProbe(profile, password, ProbeRole::Source).run();
        QVERIFY2(report.passed(), qPrintable(dump(report)));
        const ProbeFinding* tls = report.finding(QStringLiteral("tls"));
        QCOMPARE(tls->status, ProbeStatus::Skipped);
        QVERIFY2(tls->message.contains(QStringLiteral("ssl=required")), qPrintable(tls->message));
    }

    // (5) A user with REQUIRE SSL and a profile without TLS: the server refuses the login, and the message says TLS
    // is what is missing and suggests ssl=required.
    void requireSslUserWithoutTls_data()
    {
        QTest::addColumn<TlsMode>("mode");
        QTest::addRow("ssl=disabled") << TlsMode::Disabled;
        QTest::addRow("ssl=preferred") << TlsMode::Preferred;
    }
    void requireSslUserWithoutTls()
    {
        QFETCH(TlsMode, mode);
        ConnectionProfile profile = m_server->tcpProfile(tlsUser, database);
        profile.tls = mode;
        const ProbeReport report = ConnectionProbe(profile, password, ProbeRole::Source).run();
        if (mode == TlsMode::Preferred && report.passed())
            return; // the client library used TLS on its own: nothing to suggest
        QVERIFY2(!report.passed(), qPrintable(dump(report)));
        const ProbeFinding* failure = report.failure();
        QVERIFY(failure);
        QCOMPARE(failure->id, QStringLiteral("login"));
        QVERIFY2(combined(*failure).contains(QStringLiteral("ssl=required")), qPrintable(combined(*failure)));
        QVERIFY2(combined(*failure).contains(tlsUser), qPrintable(combined(*failure)));
        QVERIFY(!dump(report).contains(password));
    }

    // The migration's own connections (core/db Database) insist on TLS when the profile asks for it, with or
    // without a CA file, so a REQUIRE SSL user logs in; without ssl= they do not use TLS.
    void databaseUsesTls_data()
    {
        QTest::addColumn<TlsMode>("mode");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<bool>("encrypted");
        QTest::addRow("ssl=required") << TlsMode::Required << "" << true;
        QTest::addRow("ssl=required, CA") << TlsMode::Required << "ca.pem" << true;
        QTest::addRow("ssl=verify-ca, CA") << TlsMode::VerifyCa << "ca.pem" << true;
        QTest::addRow("preferred") << TlsMode::Preferred << "" << false;
    }
    void databaseUsesTls()
    {
        QFETCH(TlsMode, mode);
        QFETCH(QString, caFile);
        QFETCH(bool, encrypted);
        const QString user = encrypted ? tlsUser : plainUser;
        const ConnectionProfile profile = tlsProfile(user, mode, caFile.isEmpty() ? QString() : path(caFile));
        try {
            Database db(profile, password, QStringLiteral("source"));
            QSqlQuery status = db.query(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"));
            QVERIFY(status.next());
            QCOMPARE(!status.value(1).toString().isEmpty(), encrypted);
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message()));
        }
    }

    // The URL form round-trips the modes used above.
    void urlForm()
    {
        const ConnectionProfile profile
            = ConnectionProfile::fromUrl(QStringLiteral("mysql://%1@127.0.0.1:%2/%3?ssl=verify-ca&ssl-ca=%4")
                                             .arg(tlsUser)
                                             .arg(m_server->port())
                                             .arg(database, path(QStringLiteral("ca.pem"))));
        QCOMPARE(profile.tls, TlsMode::VerifyCa);
        QCOMPARE(profile.caFile, path(QStringLiteral("ca.pem")));
        QCOMPARE(ConnectionProfile::fromUrl(QStringLiteral("mysql://u@h/d?ssl=disabled")).tls, TlsMode::Disabled);
    }

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString path(const char* name) const { return path(QString::fromLatin1(name)); }

    static void writeFile(const QString& file, const QByteArray& contents)
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(contents);
    }

    bool openssl(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning(
                "openssl %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))), process.readAll().constData());
            return false;
        }
        return true;
    }

    bool makeCa(const QString& name, const QString& commonName)
    {
        return openssl({ "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout",
            path(name + QStringLiteral(".key")), "-out", path(name + QStringLiteral(".pem")), "-subj",
            QStringLiteral("/CN=%1").arg(commonName), "-addext", "basicConstraints=critical,CA:TRUE", "-addext",
            "keyUsage=critical,keyCertSign,cRLSign" });
    }

    ConnectionProfile tlsProfile(const QString& user, TlsMode mode, const QString& caFile) const
    {
        ConnectionProfile profile = m_server->tcpProfile(user, database);
        profile.host = QStringLiteral("127.0.0.1");
        profile.tls = mode;
        profile.caFile = caFile;
        return profile;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalServer> m_server;
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
