#include "db/database.h"
#include "engine/migrationrunner.h"
#include "engine/verifier.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "mapping/cryptkeys.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "steps/eavstep.h"
#include "steps/mapstep.h"
#include "steps/settingsstep.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace cutover;
using namespace cutover::test;

namespace {

// Known vectors made outside Cutover, with Python's `cryptography` (OpenSSL's Blowfish, ECB, over the plain text
// padded with NULs to 8 bytes, as mcrypt does), then base64: what Magento 1 stores for these keys and values.
const QByteArray magento1Key = "0e4ef3b2a0c5e4c26e8a1f7d9b3c5a71";
const QByteArray cardVector = "n45OjYFDnFBcramvXiQxDg=="; // "4111111111111111"
const QByteArray passwordVector = "GCYKcD5quZXWpgtobZQ1wX3ThOJVD7qK"; // "s3cr3t-Pässwörd" (UTF-8)
const QByteArray paddedVector = "BhBi/3qeczjju98C8JN8Ig=="; // "  api-user  "

// Magento 2 keys: a 32-character one (Magento up to 2.4.6) and a 2.4.7+ "base64" one of 32 raw bytes 100..131.
const QByteArray magento2Key = "5d41402abc4b2a76b9719d911017c592";
const QByteArray magento2Base64Key = "base64ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoM=";

QString ns()
{
    return QStringLiteral("\\Migration\\Handler\\");
}

HandlerConfig encryptConfig(const QString& className = QStringLiteral("Encrypt"))
{
    HandlerConfig config;
    config.className = ns() + className;
    config.file = QStringLiteral("/etc/dmt/map.xml");
    config.line = 948;
    return config;
}

CryptKeys bothKeys(const QByteArray& m2 = magento2Key)
{
    CryptKeys keys;
    keys.setMagento1(magento1Key, QStringLiteral("test"));
    keys.setMagento2(CryptKeys::parseMagento2Keys(m2, QStringLiteral("test")), QStringLiteral("test"));
    return keys;
}

class OptionContext : public HandlerContext
{
public:
    QString option(const QString& name) const override
    {
        return name == QLatin1String("crypt_key") ? m_cryptKey : QString();
    }
    QString m_cryptKey;
};

/** Decrypts a Magento 2 value "<version>:3:<base64>" with libsodium directly, as Magento 2's SodiumChachaIetf does. */
std::optional<QByteArray> magento2Decrypt(const QByteArray& value, const QByteArray& key, int* version = nullptr)
{
    const QList<QByteArray> parts = value.split(':');
    if (parts.size() != 3 || parts[1] != "3")
        return std::nullopt;
    if (version)
        *version = parts[0].toInt();
    const auto payload = QByteArray::fromBase64Encoding(parts[2], QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype nonceSize = crypto_aead_chacha20poly1305_ietf_NPUBBYTES;
    if (!payload || payload.decoded.size() < nonceSize + qsizetype(crypto_aead_chacha20poly1305_ietf_ABYTES))
        return std::nullopt;
    const QByteArray nonce = payload.decoded.left(nonceSize);
    const QByteArray cipher = payload.decoded.mid(nonceSize);
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    unsigned long long length = 0;
    const auto* n = reinterpret_cast<const unsigned char*>(nonce.constData());
    if (crypto_aead_chacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &length, nullptr,
            reinterpret_cast<const unsigned char*>(cipher.constData()), cipher.size(), n, nonce.size(), n,
            reinterpret_cast<const unsigned char*>(key.constData()))
        != 0)
        return std::nullopt;
    plain.truncate(qsizetype(length));
    return plain;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

const QByteArray localXml = R"(<?xml version="1.0"?>
<config>
    <global>
        <install><date><![CDATA[Tue, 01 Jan 2019 00:00:00 +0000]]></date></install>
        <crypt>
            <key><![CDATA[0e4ef3b2a0c5e4c26e8a1f7d9b3c5a71]]></key>
        </crypt>
        <resources><default_setup><connection>
            <password><![CDATA[secret]]></password>
        </connection></default_setup></resources>
    </global>
</config>
)";

// As Magento 2.4.7+ writes it after a key change: two keys, the current one last, base64-encoded.
const QByteArray envPhp = R"(<?php
return [
    'backend' => [
        'frontName' => 'admin_x'
    ],
    'db' => [
        'connection' => [
            'default' => [
                'password' => 'it\'s [a] secret, => too',
                'active' => '1'
            ]
        ]
    ],
    // the key a merchant rotated away from comes first
    'crypt' => [
        'key' => 'aaaabbbbccccddddeeeeffff00001111
base64ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoM='
    ],
    'cache_types' => array('config' => 1, 'layout' => 1),
];
)";

} // namespace

class TestEncrypt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decryptsMagento1Values_data();
    void decryptsMagento1Values();
    void refusesValuesThatDoNotDecrypt_data();
    void refusesValuesThatDoNotDecrypt();
    void refusesBadKeys();
    void encryptsLikeMagento2_data();
    void encryptsLikeMagento2();
    void handlerReEncrypts();
    void handlerKeepsFalsyValuesAndReportsBrokenOnes();
    void configCryptKeyWins();
    void missingKeysAreIntegrityErrors();
    void loadsKeysFromStoreFiles();
    void keySourcesInOrder();
    void badKeyFiles_data();
    void badKeyFiles();
    void mapStepMigratesPayments();
};

void TestEncrypt::decryptsMagento1Values_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("plain");
    QTest::addRow("card number, whole blocks") << magento1Key << cardVector << QByteArray("4111111111111111");
    QTest::addRow("UTF-8, NUL padded") << magento1Key << passwordVector << QByteArray("s3cr3t-Pässwörd");
    QTest::addRow("trimmed as the tool does") << magento1Key << paddedVector << QByteArray("api-user");
    QTest::addRow("4-byte key") << QByteArray("k3y!") << QByteArray("jt+sTMHVgx7AjjDcrkY6aA==")
                                << QByteArray("short key");
    QTest::addRow("56-byte key") << QByteArray(56, 'x') << QByteArray("+Yus4Yg7m98/Fem7PhoALxGJC4d30Ld5")
                                 << QByteArray("longest key mcrypt takes");
}

void TestEncrypt::decryptsMagento1Values()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, plain);
    Magento1Decryptor decryptor(key, QStringLiteral("test"));
    QString why;
    const auto result = decryptor.decrypt(value, &why);
    QVERIFY2(result, qPrintable(why));
    QCOMPARE(*result, plain);
}

void TestEncrypt::refusesValuesThatDoNotDecrypt_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("plain text") << QByteArray("4111-1111 card") << QStringLiteral("not base64");
    QTest::addRow("not whole blocks") << QByteArray("AAECAwQ=") << QStringLiteral("not whole 8-byte Blowfish blocks");
    // The 56-byte key's vector under the 32-character key: Blowfish has no check, the result is binary noise.
    QTest::addRow("another key's value") << QByteArray("+Yus4Yg7m98/Fem7PhoALxGJC4d30Ld5")
                                         << QStringLiteral("does not decrypt to text");
}

void TestEncrypt::refusesValuesThatDoNotDecrypt()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, fragment);
    Magento1Decryptor decryptor(magento1Key, QStringLiteral("test"));
    QString why;
    QVERIFY(!decryptor.decrypt(value, &why));
    QVERIFY2(why.contains(fragment), qPrintable(why));
}

void TestEncrypt::refusesBadKeys()
{
    for (const QByteArray& key : { QByteArray(), QByteArray(57, 'k') }) {
        try {
            Magento1Decryptor decryptor(key, QStringLiteral("local.xml"));
            QFAIL("accepted a key mcrypt refuses");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("1 to 56 bytes")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("local.xml")), qPrintable(e.message()));
            QVERIFY2(key.isEmpty() || !e.message().contains(QString::fromLatin1(key)), "the key is in the message");
        }
    }
    try {
        Magento2Encryptor encryptor(Magento2Key { "short", 0 }, QStringLiteral("env.php"));
        QFAIL("accepted a 5-byte Magento 2 key");
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(QStringLiteral("5 bytes long; Magento 2 needs 32")), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QStringLiteral("short")), qPrintable(e.message()));
    }
}

void TestEncrypt::encryptsLikeMagento2_data()
{
    QTest::addColumn<QByteArray>("keys");
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("expected");
    // Made with Python's cryptography: ChaCha20Poly1305(key).encrypt(nonce, plain, nonce), nonce = bytes 0..11.
    QTest::addRow("32-character key") << magento2Key << QByteArray("4111111111111111")
                                      << QByteArray("0:3:AAECAwQFBgcICQoLnsFL5QTqqHzHu4Dh0X8x3AK01f1tpVDitvz3Z+qOyPM=");
    QTest::addRow("2.4.7 base64 key, second of two")
        << QByteArray("aaaabbbbccccddddeeeeffff00001111\n " + magento2Base64Key) << QByteArray("s3cr3t-Pässwörd")
        << QByteArray("1:3:AAECAwQFBgcICQoLfEXv7wuSSCnPA87hLeXLi+t9tXbxHnOPgGb/8XkNx7E5");
}

void TestEncrypt::encryptsLikeMagento2()
{
    QFETCH(QByteArray, keys);
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, expected);
    const Magento2Key key = CryptKeys::parseMagento2Keys(keys, QStringLiteral("test"));
    Magento2Encryptor encryptor(key, QStringLiteral("test"));
    QByteArray nonce(12, '\0');
    for (int i = 0; i < 12; ++i)
        nonce[i] = char(i);
    QCOMPARE(encryptor.encrypt(plain, nonce), expected);

    // With the nonce Cutover derives: a value always gives the same text (the Verifier and reruns rely on it),
    // another value another nonce, and libsodium opens both.
    const QByteArray a = encryptor.encrypt(plain);
    QCOMPARE(encryptor.encrypt(plain), a);
    const QByteArray b = encryptor.encrypt(plain + "1");
    QVERIFY(a.left(20) != b.left(20)); // "v:3:" and the start of the nonce
    int version = -1;
    QCOMPARE(magento2Decrypt(a, key.key, &version).value_or("(failed)"), plain);
    QCOMPARE(version, key.version);
    QCOMPARE(magento2Decrypt(b, key.key).value_or("(failed)"), plain + "1");
    // Another key, another nonce for the same value.
    Magento2Encryptor other(Magento2Key { QByteArray(32, 'z'), key.version }, QStringLiteral("test"));
    QVERIFY(other.encrypt(plain).left(20) != a.left(20));
}

void TestEncrypt::handlerReEncrypts()
{
    HandlerRegistry registry;
    QCOMPARE(registry.support(ns() + QStringLiteral("Encrypt")), HandlerRegistry::Support::Implemented);
    QCOMPARE(registry.support(ns() + QStringLiteral("Settings\\Encrypt")), HandlerRegistry::Support::Implemented);
    registry.setCryptKeys(bothKeys());
    OptionContext context;
    QVERIFY(registry.check({ encryptConfig(), encryptConfig(QStringLiteral("Settings\\Encrypt")) }).isEmpty());

    auto handler = registry.create(encryptConfig(), context);
    Record record { { QStringLiteral("entity_id"), QByteArray("3") },
        { QStringLiteral("cc_number_enc"), QString::fromLatin1(cardVector) } };
    QList<RecordIssue> issues;
    const Record opposite;
    HandlerCall call { record, opposite, QStringLiteral("sales_flat_order_payment"), QStringLiteral("cc_number_enc"),
        QStringLiteral("entity_id=3"), issues, {} };
    handler->handle(call);
    QVERIFY(issues.isEmpty());
    const QVariant value = record.value(QStringLiteral("cc_number_enc"));
    QCOMPARE(value.typeId(), QMetaType::QString); // the row's representation is kept
    QVERIFY2(value.toString().startsWith(QLatin1String("0:3:")), qPrintable(value.toString()));
    QCOMPARE(
        magento2Decrypt(value.toString().toLatin1(), magento2Key).value_or("(failed)"), QByteArray("4111111111111111"));

    // Settings\Encrypt works on core_config_data.value.
    auto settings = registry.create(encryptConfig(QStringLiteral("Settings\\Encrypt")), context);
    Record row { { QStringLiteral("path"), QByteArray("paypal/wpp/api_password") },
        { QStringLiteral("value"), passwordVector } };
    HandlerCall settingsCall { row, opposite, QStringLiteral("core_config_data"), QString(),
        QStringLiteral("config_id=9"), issues, {} };
    settings->handle(settingsCall);
    QVERIFY(issues.isEmpty());
    QCOMPARE(magento2Decrypt(row.value(QStringLiteral("value")).toByteArray(), magento2Key).value_or("(failed)"),
        QByteArray("s3cr3t-Pässwörd"));
}

void TestEncrypt::handlerKeepsFalsyValuesAndReportsBrokenOnes()
{
    HandlerRegistry registry;
    registry.setCryptKeys(bothKeys());
    OptionContext context;
    auto handler = registry.create(encryptConfig(), context);
    const Record opposite;
    // As the tool: NULL, "" and "0" are not touched.
    for (const QVariant& falsy : { QVariant(), QVariant(QByteArray()), QVariant(QByteArray("0")) }) {
        Record record { { QStringLiteral("cc_number_enc"), falsy } };
        QList<RecordIssue> issues;
        HandlerCall call { record, opposite, QStringLiteral("sales_flat_order_payment"),
            QStringLiteral("cc_number_enc"), QStringLiteral("entity_id=1"), issues, {} };
        handler->handle(call);
        QVERIFY(issues.isEmpty());
        QCOMPARE(record.value(QStringLiteral("cc_number_enc")), falsy);
    }
    const QList<std::pair<QByteArray, QString>> broken { { "xxxx-not-encrypted", QStringLiteral("not base64") },
        { "1:2:abcdefghijklmnop:" + cardVector, QStringLiteral("Magento 1 Enterprise") } };
    for (const auto& [value, fragment] : broken) {
        Record record { { QStringLiteral("cc_number_enc"), value } };
        QList<RecordIssue> issues;
        HandlerCall call { record, opposite, QStringLiteral("sales_flat_order_payment"),
            QStringLiteral("cc_number_enc"), QStringLiteral("entity_id=7"), issues, {} };
        handler->handle(call);
        QCOMPARE(issues.size(), 1);
        const QString text = issues[0].toString();
        QVERIFY2(
            text.contains(QStringLiteral("sales_flat_order_payment.cc_number_enc (entity_id=7)")), qPrintable(text));
        QVERIFY2(text.contains(fragment), qPrintable(text));
        QCOMPARE(record.value(QStringLiteral("cc_number_enc")).toByteArray(), value); // left as it was
    }
}

void TestEncrypt::configCryptKeyWins()
{
    // config.xml's crypt_key is the Data Migration Tool's key; it wins over a key found elsewhere.
    HandlerRegistry registry;
    CryptKeys keys = bothKeys();
    keys.setMagento1("k3y!", QStringLiteral("test"));
    registry.setCryptKeys(keys);
    OptionContext context;
    context.m_cryptKey = QString::fromLatin1(magento1Key);
    auto handler = registry.create(encryptConfig(), context);
    Record record { { QStringLiteral("value"), cardVector } };
    QList<RecordIssue> issues;
    const Record opposite;
    HandlerCall call { record, opposite, QStringLiteral("core_config_data"), QStringLiteral("value"), {}, issues, {} };
    handler->handle(call);
    QVERIFY(issues.isEmpty());
    QCOMPARE(magento2Decrypt(record.value(QStringLiteral("value")).toByteArray(), magento2Key).value_or("(failed)"),
        QByteArray("4111111111111111"));
}

void TestEncrypt::missingKeysAreIntegrityErrors()
{
    HandlerRegistry registry;
    OptionContext context;
    try {
        registry.create(encryptConfig(), context);
        QFAIL("built Encrypt without keys");
    } catch (const Error& e) {
        for (const char* fragment : { "/etc/dmt/map.xml:948", "Encrypt", "Magento 1 encryption key is missing",
                 "crypt_key", "app/etc/local.xml", "--m1-root", "CUTOVER_M1_CRYPT_KEY" })
            QVERIFY2(e.message().contains(QLatin1String(fragment)), qPrintable(e.message()));
    }
    const auto issues = registry.check({ encryptConfig(QStringLiteral("Settings\\Encrypt")) });
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues[0].line, 948);

    CryptKeys onlyMagento1;
    onlyMagento1.setMagento1(magento1Key, QStringLiteral("test"));
    registry.setCryptKeys(onlyMagento1);
    try {
        registry.create(encryptConfig(), context);
        QFAIL("built Encrypt without the Magento 2 key");
    } catch (const Error& e) {
        for (const char* fragment :
            { "Magento 2 encryption key is missing", "app/etc/env.php", "--m2-root", "CUTOVER_M2_CRYPT_KEY" })
            QVERIFY2(e.message().contains(QLatin1String(fragment)), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QString::fromLatin1(magento1Key)), "the key is in the message");
    }
}

void TestEncrypt::loadsKeysFromStoreFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString m1 = dir.filePath(QStringLiteral("m1"));
    const QString m2 = dir.filePath(QStringLiteral("m2"));
    writeFile(m1 + QStringLiteral("/app/etc/local.xml"), localXml);
    writeFile(m2 + QStringLiteral("/app/etc/env.php"), envPhp);

    QCOMPARE(CryptKeys::readLocalXml(m1 + QStringLiteral("/app/etc/local.xml")), magento1Key);
    const Magento2Key key = CryptKeys::readEnvPhp(m2 + QStringLiteral("/app/etc/env.php"));
    QCOMPARE(key.version, 1);
    QByteArray raw;
    for (int i = 100; i < 132; ++i)
        raw += char(i);
    QCOMPARE(key.key, raw);

    const CryptKeys keys = CryptKeys::load({}, m1, m2, QProcessEnvironment());
    QCOMPARE(keys.magento1().value_or("(none)"), magento1Key);
    QVERIFY2(keys.magento1Source().endsWith(QStringLiteral("local.xml")), qPrintable(keys.magento1Source()));
    QVERIFY(keys.magento2());
    QCOMPARE(keys.magento2()->key, raw);
    QVERIFY2(keys.magento2Source().endsWith(QStringLiteral("env.php")), qPrintable(keys.magento2Source()));
}

void TestEncrypt::keySourcesInOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("m1/app/etc/local.xml")), localXml);
    writeFile(dir.filePath(QStringLiteral("m2/app/etc/env.php")), envPhp);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("CUTOVER_M1_CRYPT_KEY"), QStringLiteral("k3y!"));
    environment.insert(QStringLiteral("CUTOVER_M2_CRYPT_KEY"), QString::fromLatin1(magento2Key));

    // The variables win over the store files; config.xml's crypt_key wins over everything.
    CryptKeys keys
        = CryptKeys::load({}, dir.filePath(QStringLiteral("m1")), dir.filePath(QStringLiteral("m2")), environment);
    QCOMPARE(keys.magento1().value_or("(none)"), QByteArray("k3y!"));
    QVERIFY2(keys.magento1Source().contains(QStringLiteral("CUTOVER_M1_CRYPT_KEY")), qPrintable(keys.magento1Source()));
    QCOMPARE(keys.magento2()->key, magento2Key);
    QCOMPARE(keys.magento2()->version, 0);
    keys = CryptKeys::load(QStringLiteral("fromconfig"), dir.filePath(QStringLiteral("m1")), {}, environment);
    QCOMPARE(keys.magento1().value_or("(none)"), QByteArray("fromconfig"));

    // Nothing given: both missing, and the messages say how to give them.
    keys = CryptKeys::load({}, {}, {}, QProcessEnvironment());
    QVERIFY(!keys.magento1());
    QVERIFY(!keys.magento2());
    QVERIFY(keys.magento1Missing().contains(QStringLiteral("CUTOVER_M1_CRYPT_KEY")));
    QVERIFY(keys.magento2Missing().contains(QStringLiteral("CUTOVER_M2_CRYPT_KEY")));
}

void TestEncrypt::badKeyFiles_data()
{
    QTest::addColumn<bool>("magento1");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("no local.xml") << true << QByteArray() << QStringLiteral("Cannot read");
    QTest::addRow("local.xml broken") << true << QByteArray("<config><global><crypt><key>abc</crypt>")
                                      << QStringLiteral("not valid XML");
    QTest::addRow("local.xml without key")
        << true << QByteArray("<config><global/></config>") << QStringLiteral("has no <config><global><crypt><key>");
    QTest::addRow("no env.php") << false << QByteArray() << QStringLiteral("Cannot read");
    QTest::addRow("env.php without crypt")
        << false << QByteArray("<?php return ['db' => ['x' => 'y']];") << QStringLiteral("has no 'crypt'");
    QTest::addRow("env.php key from a call") << false << QByteArray("<?php return ['crypt' => ['key' => getenv('K')]];")
                                             << QStringLiteral("not a plain string");
    QTest::addRow("env.php cut short") << false << QByteArray("<?php return ['crypt' => ['key' => 'abc")
                                       << QStringLiteral("never ends");
    QTest::addRow("env.php bad base64 key")
        << false << QByteArray("<?php return ['crypt' => ['key' => 'base64*']];") << QStringLiteral("not base64");
}

void TestEncrypt::badKeyFiles()
{
    QFETCH(bool, magento1);
    QFETCH(QByteArray, content);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file
        = dir.filePath(magento1 ? QStringLiteral("app/etc/local.xml") : QStringLiteral("app/etc/env.php"));
    if (!content.isEmpty())
        writeFile(file, content);
    const CryptKeys keys = magento1 ? CryptKeys::load({}, dir.path(), {}, QProcessEnvironment())
                                    : CryptKeys::load({}, {}, dir.path(), QProcessEnvironment());
    QVERIFY(magento1 ? !keys.magento1() : !keys.magento2());
    const QString message = magento1 ? keys.magento1Missing() : keys.magento2Missing();
    QVERIFY2(message.contains(fragment), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
    QVERIFY2(
        message.contains(magento1 ? QStringLiteral("CUTOVER_M1_CRYPT_KEY") : QStringLiteral("CUTOVER_M2_CRYPT_KEY")),
        qPrintable(message));
}

void TestEncrypt::mapStepMigratesPayments()
{
    auto& server = TestServer::instance();
    const auto source = server.magento1(QStringLiteral("encrypt_m1"));
    const auto destination = server.magento2(QStringLiteral("encrypt_m2"));
    GeneratorOptions options;
    options.products = 6;
    options.customers = 5;
    options.orders = 12;
    options.seed = 11;
    StoreGenerator::run(source, {}, options);

    Database src(source, {}, QStringLiteral("test"));
    const qint64 payments = src.scalar(QStringLiteral("SELECT COUNT(*) FROM sales_flat_order_payment")).toLongLong();
    QVERIFY(payments >= options.orders);
    // Card numbers as Magento 1 stores them, one value that is not encrypted, and an encrypted PayPal password.
    QList<qint64> ids;
    QSqlQuery q
        = src.query(QStringLiteral("SELECT entity_id FROM sales_flat_order_payment ORDER BY entity_id LIMIT 3"));
    while (q.next())
        ids << q.value(0).toLongLong();
    QCOMPARE(ids.size(), 3);
    src.exec(QStringLiteral("UPDATE sales_flat_order_payment SET cc_number_enc = %1 WHERE entity_id = %2")
                 .arg(Database::quoteString(QString::fromLatin1(cardVector)))
                 .arg(ids[0]));
    src.exec(QStringLiteral("UPDATE sales_flat_order_payment SET cc_number_enc = %1 WHERE entity_id = %2")
                 .arg(Database::quoteString(QString::fromLatin1(passwordVector)))
                 .arg(ids[1]));
    src.exec(QStringLiteral("UPDATE sales_flat_order_payment SET cc_number_enc = 'not-encrypted' WHERE entity_id = %1")
                 .arg(ids[2]));
    src.exec(QStringLiteral("DELETE FROM core_config_data WHERE path = 'paypal/wpp/api_password'"));
    src.exec(QStringLiteral("INSERT INTO core_config_data (scope, scope_id, path, value) VALUES ('default', 0, "
                            "'paypal/wpp/api_password', %1)")
                 .arg(Database::quoteString(QString::fromLatin1(paddedVector))));

    // The keys from the stores' own files, as the CLI and the wizard load them from the project's store roots.
    QTemporaryDir roots;
    QVERIFY(roots.isValid());
    writeFile(roots.filePath(QStringLiteral("m1/app/etc/local.xml")), localXml);
    writeFile(roots.filePath(QStringLiteral("m2/app/etc/env.php")), envPhp);
    HandlerRegistry handlers;
    handlers.setCryptKeys(CryptKeys::load(dmt().config().cryptKey(), roots.filePath(QStringLiteral("m1")),
        roots.filePath(QStringLiteral("m2")), QProcessEnvironment()));
    const Magento2Key key = CryptKeys::readEnvPhp(roots.filePath(QStringLiteral("m2/app/etc/env.php")));

    MigrationEnvironment env;
    env.source = { source, {} };
    env.destination = { destination, {} };
    env.dmt = &dmt();
    env.handlers = &handlers;
    env.jobs = 2;
    MigrationRunner runner(env);
    runner.setMode(QStringLiteral("data"));
    runner.addStep(std::make_unique<SettingsStep>());
    // The attributes first: the Map step gives the tables that name one (super attributes) Magento 2's ids.
    runner.addStep(std::make_unique<EavStep>());
    runner.addStep(std::make_unique<MapStep>());
    const RunReport report = runner.run();
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));

    const StepReport* map = report.step(QStringLiteral("map"));
    QVERIFY(map);
    for (const char* table : { "sales_flat_order_payment", "sales_flat_quote_payment" }) {
        const TableReport* t = map->table(QLatin1String(table));
        QVERIFY(t);
        QVERIFY2(t->outcome == Outcome::Succeeded, qPrintable(t->sourceTable + QStringLiteral(": ") + t->reason));
    }
    const TableReport* orderPayments = map->table(QStringLiteral("sales_flat_order_payment"));
    QCOMPARE(orderPayments->destinationTable, QStringLiteral("sales_order_payment"));
    QCOMPARE(orderPayments->rowsWritten, payments);
    // The value that is not encrypted is counted and named with its key, not dropped.
    QVERIFY(orderPayments->warningCount < TableReport::maxMessages);
    const QStringList cardWarnings = orderPayments->warnings.filter(QStringLiteral("cc_number_enc"));
    QCOMPARE(cardWarnings.size(), 1);
    QVERIFY2(cardWarnings[0].contains(QStringLiteral("cc_number_enc (entity_id=%1)").arg(ids[2])),
        qPrintable(cardWarnings[0]));

    Database dst(destination, {}, QStringLiteral("test"));
    QCOMPARE(dst.scalar(QStringLiteral("SELECT COUNT(*) FROM sales_order_payment")).toLongLong(), payments);
    auto cardOf = [&](qint64 id) {
        return dst.scalar(QStringLiteral("SELECT cc_number_enc FROM sales_order_payment WHERE entity_id = %1").arg(id))
            .toByteArray();
    };
    QVERIFY2(cardOf(ids[0]).startsWith("1:3:"), cardOf(ids[0]).constData());
    QCOMPARE(magento2Decrypt(cardOf(ids[0]), key.key).value_or("(failed)"), QByteArray("4111111111111111"));
    QCOMPARE(magento2Decrypt(cardOf(ids[1]), key.key).value_or("(failed)"), QByteArray("s3cr3t-Pässwörd"));
    QCOMPARE(cardOf(ids[2]), QByteArray("not-encrypted"));
    QCOMPARE(dst.scalar(QStringLiteral("SELECT COUNT(*) FROM quote_payment")).toLongLong(),
        src.scalar(QStringLiteral("SELECT COUNT(*) FROM sales_flat_quote_payment")).toLongLong());

    // The settings step re-encrypted the PayPal password too.
    const QByteArray password
        = dst.scalar(QStringLiteral("SELECT value FROM core_config_data WHERE path = 'paypal/wpp/api_password' AND "
                                    "scope = 'default' AND scope_id = 0"))
              .toByteArray();
    QCOMPARE(magento2Decrypt(password, key.key).value_or("(failed)"), QByteArray("api-user"));

    // Verification re-transforms the source: the re-encrypted values match what was written.
    SettingsStep settingsStep;
    EavStep eavStep;
    MapStep mapStep;
    Verifier verifier(env);
    verifier.addStep(&settingsStep);
    verifier.addStep(&eavStep);
    verifier.addStep(&mapStep);
    RunControl control;
    const VerifyReport verified = verifier.run(control);
    QVERIFY2(verified.outcome == Outcome::Succeeded, qPrintable(verified.toText()));
}

QTEST_GUILESS_MAIN(TestEncrypt)
#include "tst_encrypt.moc"
