#include "mapping/cryptkeys.h"

#include "error.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <gcrypt.h>
#include <sodium.h>

#include <array>
#include <cctype>
#include <cstring>
#include <vector>

namespace cutover {

namespace {

const char* const magento1Variable = "CUTOVER_M1_CRYPT_KEY";
const char* const magento2Variable = "CUTOVER_M2_CRYPT_KEY";

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QByteArray readFile(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(CryptKeys::tr("Cannot read %1: %2.").arg(native(file), f.errorString()));
    return f.readAll();
}

// A PHP value as env.php writes it with var_export() or by hand: a string, another scalar or expression (kept as
// its source text), or an array of key => value entries.
struct PhpLiteral
{
    enum class Kind { String, Other, Array };
    Kind kind = Kind::Other;
    QByteArray text;
    std::vector<std::pair<QByteArray, PhpLiteral>> entries;

    const PhpLiteral* value(const QByteArray& key) const
    {
        for (const auto& [k, v] : entries) {
            if (k == key)
                return &v;
        }
        return nullptr;
    }
};

// Reads the array that env.php returns. Enough of PHP for configuration files: comments, both string quotes with
// their escapes, [ ] and array( ), nested arrays; anything else (constants, calls, concatenations) is kept as text.
class PhpArrayReader
{
public:
    explicit PhpArrayReader(const QByteArray& source)
        : m_s(source)
    {
    }

    PhpLiteral returnedArray()
    {
        // Skip to the first "return" outside strings and comments.
        for (;;) {
            skipSpace();
            if (m_i >= m_s.size())
                fail(CryptKeys::tr("it returns no array"));
            const QByteArray w = word();
            if (w == "return")
                break;
            if (!w.isEmpty())
                m_i += w.size();
            else if (m_s[m_i] == '\'' || m_s[m_i] == '"')
                readString();
            else
                ++m_i;
        }
        m_i += 6;
        PhpLiteral value = readValue();
        if (value.kind != PhpLiteral::Kind::Array)
            fail(CryptKeys::tr("it returns no array"));
        return value;
    }

    int line() const { return int(m_s.left(m_i).count('\n')) + 1; }

private:
    [[noreturn]] void fail(const QString& what) const { throw Error(what); }

    QByteArray word() const
    {
        qsizetype j = m_i;
        while (j < m_s.size() && (std::isalnum(static_cast<unsigned char>(m_s[j])) || m_s[j] == '_'))
            ++j;
        return m_s.mid(m_i, j - m_i).toLower();
    }

    void skipSpace()
    {
        while (m_i < m_s.size()) {
            const char c = m_s[m_i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++m_i;
            } else if (m_s.mid(m_i, 5) == "<?php") {
                m_i += 5;
            } else if (c == '#' || m_s.mid(m_i, 2) == "//") {
                while (m_i < m_s.size() && m_s[m_i] != '\n')
                    ++m_i;
            } else if (m_s.mid(m_i, 2) == "/*") {
                const auto end = m_s.indexOf("*/", m_i + 2);
                m_i = end < 0 ? m_s.size() : end + 2;
            } else {
                break;
            }
        }
    }

    QByteArray readString()
    {
        const char quote = m_s[m_i++];
        QByteArray out;
        while (m_i < m_s.size() && m_s[m_i] != quote) {
            char c = m_s[m_i++];
            if (c != '\\' || m_i >= m_s.size()) {
                out += c;
                continue;
            }
            const char next = m_s[m_i];
            if (quote == '\'') {
                // Single quotes know only \' and \\.
                if (next == '\'' || next == '\\') {
                    out += next;
                    ++m_i;
                } else {
                    out += c;
                }
                continue;
            }
            ++m_i;
            switch (next) {
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case 'v':
                out += '\v';
                break;
            case 'f':
                out += '\f';
                break;
            case 'e':
                out += '\x1b';
                break;
            case '\\':
            case '$':
            case '"':
                out += next;
                break;
            default:
                out += c;
                out += next;
            }
        }
        if (m_i >= m_s.size())
            fail(CryptKeys::tr("a string that starts on line %1 never ends").arg(line()));
        ++m_i;
        return out;
    }

    PhpLiteral readArray(char close)
    {
        PhpLiteral array;
        array.kind = PhpLiteral::Kind::Array;
        qint64 nextIndex = 0;
        for (;;) {
            skipSpace();
            if (m_i >= m_s.size())
                fail(CryptKeys::tr("an array is not closed"));
            if (m_s[m_i] == close) {
                ++m_i;
                return array;
            }
            PhpLiteral first = readValue();
            skipSpace();
            QByteArray key;
            PhpLiteral value;
            if (m_s.mid(m_i, 2) == "=>") {
                m_i += 2;
                key = first.text;
                value = readValue();
            } else {
                key = QByteArray::number(nextIndex++);
                value = std::move(first);
            }
            array.entries.emplace_back(key, std::move(value));
            skipSpace();
            if (m_i < m_s.size() && m_s[m_i] == ',')
                ++m_i;
            else if (m_i < m_s.size() && m_s[m_i] != close)
                fail(CryptKeys::tr("unexpected \"%1\" on line %2").arg(QChar::fromLatin1(m_s[m_i])).arg(line()));
        }
    }

    PhpLiteral readValue()
    {
        skipSpace();
        if (m_i >= m_s.size())
            fail(CryptKeys::tr("the file ends inside an array"));
        const char c = m_s[m_i];
        if (c == '\'' || c == '"') {
            PhpLiteral value;
            value.kind = PhpLiteral::Kind::String;
            value.text = readString();
            return value;
        }
        if (c == '[') {
            ++m_i;
            return readArray(']');
        }
        if (word() == "array") {
            const qsizetype save = m_i;
            m_i += 5;
            skipSpace();
            if (m_i < m_s.size() && m_s[m_i] == '(') {
                ++m_i;
                return readArray(')');
            }
            m_i = save;
        }
        // Any other expression: its text up to the next , => ] or ) at this level.
        PhpLiteral value;
        int depth = 0;
        const qsizetype start = m_i;
        while (m_i < m_s.size()) {
            const char d = m_s[m_i];
            if (d == '\'' || d == '"') {
                readString();
                continue;
            }
            if (depth == 0 && (d == ',' || d == ']' || d == ')' || d == ';' || m_s.mid(m_i, 2) == "=>"))
                break;
            if (d == '(' || d == '[')
                ++depth;
            else if (d == ')' || d == ']')
                --depth;
            ++m_i;
        }
        value.text = m_s.mid(start, m_i - start).trimmed();
        return value;
    }

    const QByteArray& m_s;
    qsizetype m_i = 0;
};

// PHP's trim() characters.
bool phpSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\x0b';
}

QByteArray phpTrim(const QByteArray& bytes)
{
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end && phpSpace(bytes[begin]))
        ++begin;
    while (end > begin && phpSpace(bytes[end - 1]))
        --end;
    return bytes.mid(begin, end - begin);
}

bool isText(const QByteArray& bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7f)
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

void initGcrypt()
{
    // libgcrypt must be initialised once per process before use; another library (libsecret) may have done it.
    static const bool done = [] {
        if (!gcry_control(GCRYCTL_INITIALIZATION_FINISHED_P)) {
            gcry_check_version(nullptr);
            gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
        }
        return true;
    }();
    Q_UNUSED(done)
}

} // namespace

CryptKeys CryptKeys::load(const QString& dmtCryptKey, const QString& magento1Root, const QString& magento2Root,
    const QProcessEnvironment& environment)
{
    CryptKeys keys;
    const QString m1Variable = QLatin1String(magento1Variable);
    const QString m2Variable = QLatin1String(magento2Variable);
    if (!dmtCryptKey.trimmed().isEmpty()) {
        keys.setMagento1(dmtCryptKey.trimmed().toUtf8(), tr("the crypt_key option of config.xml"));
    } else if (!environment.value(m1Variable).trimmed().isEmpty()) {
        keys.setMagento1(
            environment.value(m1Variable).trimmed().toUtf8(), tr("the environment variable %1").arg(m1Variable));
    } else if (!magento1Root.isEmpty()) {
        const QString file = QDir(magento1Root).filePath(QStringLiteral("app/etc/local.xml"));
        try {
            keys.setMagento1(readLocalXml(file), native(file));
        } catch (const Error& e) {
            keys.m_magento1Problem = e.message();
        }
    }

    if (!environment.value(m2Variable).trimmed().isEmpty()) {
        const QString source = tr("the environment variable %1").arg(m2Variable);
        try {
            keys.setMagento2(parseMagento2Keys(environment.value(m2Variable).toUtf8(), source), source);
        } catch (const Error& e) {
            keys.m_magento2Problem = e.message();
        }
    } else if (!magento2Root.isEmpty()) {
        const QString file = QDir(magento2Root).filePath(QStringLiteral("app/etc/env.php"));
        try {
            keys.setMagento2(readEnvPhp(file), native(file));
        } catch (const Error& e) {
            keys.m_magento2Problem = e.message();
        }
    }
    return keys;
}

void CryptKeys::setMagento1(const QByteArray& key, const QString& source)
{
    m_magento1 = key;
    m_magento1Source = source;
    m_magento1Problem.clear();
}

void CryptKeys::setMagento2(const Magento2Key& key, const QString& source)
{
    m_magento2 = key;
    m_magento2Source = source;
    m_magento2Problem.clear();
}

QString CryptKeys::magento1Missing() const
{
    QString message = tr("the Magento 1 encryption key is missing. Give it one of three ways: set crypt_key in the "
                         "Data Migration Tool's config.xml; give the Magento 1 root folder (--m1-root, or the "
                         "project's Magento 1 folder), whose app/etc/local.xml holds it; or set the environment "
                         "variable %1")
                          .arg(QLatin1String(magento1Variable));
    if (!m_magento1Problem.isEmpty())
        message += QStringLiteral(" (") + m_magento1Problem + QLatin1Char(')');
    return message;
}

QString CryptKeys::magento2Missing() const
{
    QString message = tr("the Magento 2 encryption key is missing. Give it one of these ways: give the Magento 2 root "
                         "folder (--m2-root, or the project's Magento 2 folder), whose app/etc/env.php holds it; or "
                         "set the environment variable %1")
                          .arg(QLatin1String(magento2Variable));
    if (!m_magento2Problem.isEmpty())
        message += QStringLiteral(" (") + m_magento2Problem + QLatin1Char(')');
    return message;
}

QByteArray CryptKeys::readLocalXml(const QString& file)
{
    const QByteArray bytes = readFile(file);
    QXmlStreamReader xml(bytes);
    QStringList path;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path << xml.name().toString();
            if (path
                == QStringList { QStringLiteral("config"), QStringLiteral("global"), QStringLiteral("crypt"),
                    QStringLiteral("key") }) {
                const QByteArray key = xml.readElementText().trimmed().toUtf8();
                if (xml.hasError())
                    break;
                if (key.isEmpty())
                    throw Error(tr("%1: <config><global><crypt><key> is empty.").arg(native(file)));
                return key;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
        }
    }
    if (xml.hasError()) {
        throw Error(
            tr("%1:%2: the file is not valid XML: %3.").arg(native(file)).arg(xml.lineNumber()).arg(xml.errorString()));
    }
    throw Error(tr("%1 has no <config><global><crypt><key>; is it Magento 1's app/etc/local.xml?").arg(native(file)));
}

Magento2Key CryptKeys::readEnvPhp(const QString& file)
{
    const QByteArray bytes = readFile(file);
    PhpArrayReader reader(bytes);
    PhpLiteral config;
    try {
        config = reader.returnedArray();
    } catch (const Error& e) {
        throw Error(tr("%1 cannot be read as Magento 2's env.php: %2.").arg(native(file), e.message()));
    }
    const PhpLiteral* crypt = config.value("crypt");
    const PhpLiteral* key = crypt ? crypt->value("key") : nullptr;
    if (!key)
        throw Error(tr("%1 has no 'crypt' => ['key' => ...]; is it Magento 2's app/etc/env.php?").arg(native(file)));
    if (key->kind != PhpLiteral::Kind::String) {
        throw Error(tr("%1: 'crypt' => ['key' => ...] is not a plain string; set the environment variable %2 instead.")
                        .arg(native(file), QLatin1String(magento2Variable)));
    }
    return parseMagento2Keys(key->text, native(file));
}

Magento2Key CryptKeys::parseMagento2Keys(const QByteArray& keys, const QString& source)
{
    // Encryptor: preg_split('/\s+/s', trim($keys)); the last is current, its index the key version.
    const QList<QByteArray> list = keys.simplified().split(' ');
    if (list.isEmpty() || list.last().isEmpty())
        throw Error(tr("The Magento 2 encryption key in %1 is empty.").arg(source));
    Magento2Key key;
    key.version = int(list.size() - 1);
    key.key = list.last();
    // Magento 2.4.7+ writes "base64" and the base64 of random bytes (ConfigOptionsListConstants).
    if (key.key.startsWith("base64")) {
        const auto decoded = QByteArray::fromBase64Encoding(key.key.mid(6), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            throw Error(tr("The Magento 2 encryption key in %1 starts with \"base64\" but the rest is not base64.")
                            .arg(source));
        key.key = *decoded;
    }
    return key;
}

Magento1Decryptor::Magento1Decryptor(const QByteArray& key, const QString& source)
{
    // Varien_Crypt_Mcrypt refuses a key longer than mcrypt_enc_get_key_size(): 56 bytes for Blowfish.
    if (key.isEmpty() || key.size() > 56) {
        throw Error(tr("the Magento 1 encryption key from %1 is %2 bytes long; Blowfish (mcrypt) takes 1 to 56 bytes. "
                       "Check the key.")
                        .arg(source)
                        .arg(key.size()));
    }
    initGcrypt();
    gcry_cipher_hd_t handle = nullptr;
    gcry_error_t error = gcry_cipher_open(&handle, GCRY_CIPHER_BLOWFISH, GCRY_CIPHER_MODE_ECB, 0);
    if (!error)
        error = gcry_cipher_setkey(handle, key.constData(), size_t(key.size()));
    if (error) {
        gcry_cipher_close(handle);
        throw Error(tr("libgcrypt cannot use the Magento 1 encryption key from %1 for Blowfish: %2.")
                        .arg(source, QString::fromUtf8(gcry_strerror(error))));
    }
    m_handle = handle;
}

Magento1Decryptor::~Magento1Decryptor()
{
    gcry_cipher_close(m_handle);
}

std::optional<QByteArray> Magento1Decryptor::decrypt(const QByteArray& value, QString* why) const
{
    // PHP's base64_decode() skips what is not base64; white space is all a stored value plausibly carries.
    QByteArray text = value;
    text.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray()).replace('\t', QByteArray());
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        if (why)
            *why = tr("it is not base64, so not a Magento 1 encrypted value");
        return std::nullopt;
    }
    QByteArray data = *decoded;
    if (data.size() % 8 != 0) {
        if (why)
            *why = tr("its %1 bytes are not whole 8-byte Blowfish blocks").arg(data.size());
        return std::nullopt;
    }
    const gcry_error_t error = gcry_cipher_decrypt(m_handle, data.data(), size_t(data.size()), nullptr, 0);
    if (error) {
        if (why)
            *why = tr("libgcrypt failed: %1").arg(QString::fromUtf8(gcry_strerror(error)));
        return std::nullopt;
    }
    // mcrypt pads with NULs (Crypt::decrypt strips them); the tool then trim()s.
    const QByteArray plain = phpTrim(data);
    if (!isText(plain)) {
        if (why)
            *why = tr("it does not decrypt to text with the Magento 1 key (a wrong key, or a value that was never "
                      "encrypted)");
        return std::nullopt;
    }
    return plain;
}

Magento2Encryptor::Magento2Encryptor(const Magento2Key& key, const QString& source)
    : m_key(key)
{
    if (key.key.size() != crypto_aead_chacha20poly1305_ietf_KEYBYTES) {
        throw Error(tr("the Magento 2 encryption key from %1 is %2 bytes long; Magento 2 needs %3 (crypt/key in "
                       "app/etc/env.php). Check the key.")
                        .arg(source)
                        .arg(key.key.size())
                        .arg(crypto_aead_chacha20poly1305_ietf_KEYBYTES));
    }
    if (sodium_init() < 0)
        throw Error(tr("libsodium cannot start, so values cannot be encrypted for Magento 2."));
    static const QByteArray context = "Cutover Magento 2 value nonce v1";
    crypto_generichash(m_nonceKey.data(), m_nonceKey.size(),
        reinterpret_cast<const unsigned char*>(context.constData()), static_cast<unsigned long long>(context.size()),
        reinterpret_cast<const unsigned char*>(key.key.constData()), size_t(key.key.size()));
}

QByteArray Magento2Encryptor::encrypt(const QByteArray& plain) const
{
    // The nonce is a keyed hash of the value (a sub-key of the Magento 2 key, so the cipher key is used for nothing
    // else): the same value always gives the same text, so the Verifier's re-transformation, a resumed batch and
    // the delta write what the first copy wrote. Equal values are then visible as equal, which Magento 1's Blowfish
    // in ECB mode showed already; distinct values get distinct nonces (2^-96 odds of a clash).
    std::array<unsigned char, crypto_generichash_BYTES_MIN> nonce {};
    crypto_generichash(nonce.data(), nonce.size(), reinterpret_cast<const unsigned char*>(plain.constData()),
        static_cast<unsigned long long>(plain.size()), m_nonceKey.data(), m_nonceKey.size());
    return encrypt(
        plain, QByteArray(reinterpret_cast<const char*>(nonce.data()), crypto_aead_chacha20poly1305_ietf_NPUBBYTES));
}

QByteArray Magento2Encryptor::encrypt(const QByteArray& plain, const QByteArray& nonce) const
{
    Q_ASSERT(nonce.size() == crypto_aead_chacha20poly1305_ietf_NPUBBYTES);
    QByteArray payload(nonce.size() + plain.size() + crypto_aead_chacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    memcpy(payload.data(), nonce.constData(), size_t(nonce.size()));
    unsigned long long length = 0;
    const auto* n = reinterpret_cast<const unsigned char*>(nonce.constData());
    crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(payload.data()) + nonce.size(), &length,
        reinterpret_cast<const unsigned char*>(plain.constData()), static_cast<unsigned long long>(plain.size()), n,
        static_cast<unsigned long long>(nonce.size()), nullptr, n,
        reinterpret_cast<const unsigned char*>(m_key.key.constData()));
    payload.truncate(nonce.size() + qsizetype(length));
    return QByteArray::number(m_key.version) + ":3:" + payload.toBase64();
}

} // namespace cutover
