#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include <array>
#include <optional>

struct gcry_cipher_handle;

namespace cutover {

/** Magento 2's current encryption key as its Encryptor uses it: the last key of env.php's crypt/key list. */
struct Magento2Key
{
    QByteArray key; ///< the raw key (a "base64..." key of Magento 2.4.7+ decoded)
    int version = 0; ///< its index in the list: the key version that starts "0:3:..."
};

/**
 * The two stores' encryption keys, which the Encrypt handlers need to re-encrypt Magento 1 values for Magento 2.
 * Keys are secrets: this class never logs them, has no way to print them, and nothing writes them to the project
 * file; only where each came from (a file or a variable name) may be shown.
 *
 * Where load() finds them, the first that is set wins:
 * - Magento 1: config.xml's crypt_key option (what the Data Migration Tool uses), the environment variable
 *   CUTOVER_M1_CRYPT_KEY, <Magento 1 root>/app/etc/local.xml (config/global/crypt/key).
 * - Magento 2: the environment variable CUTOVER_M2_CRYPT_KEY, <Magento 2 root>/app/etc/env.php ('crypt' =>
 *   ['key' => ...]). Magento 2.4.7+ may list several keys separated by white space: the last one is current and its
 *   index is the key version; a key written "base64..." is the base64 of the raw key (Encryptor::decodeKey).
 *
 * A plain value, cheap to copy and safe to read from any thread.
 */
class CryptKeys
{
    Q_DECLARE_TR_FUNCTIONS(CryptKeys)
public:
    /**
     * Finds both keys as described above. Never throws: a key that cannot be found or read is missing, and
     * magento1Missing()/magento2Missing() say why and how to give it. An empty root or crypt key is not given.
     */
    static CryptKeys load(const QString& dmtCryptKey, const QString& magento1Root, const QString& magento2Root,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    /** The Magento 1 key (Mage_Core_Model_Encryption's global/crypt/key), or nullopt when missing. */
    const std::optional<QByteArray>& magento1() const { return m_magento1; }
    /** The Magento 2 key to encrypt with, or nullopt when missing. */
    const std::optional<Magento2Key>& magento2() const { return m_magento2; }
    /** Where the key came from ("the environment variable CUTOVER_M1_CRYPT_KEY", a file path); empty if missing. */
    QString magento1Source() const { return m_magento1Source; }
    QString magento2Source() const { return m_magento2Source; }

    void setMagento1(const QByteArray& key, const QString& source);
    void setMagento2(const Magento2Key& key, const QString& source);

    /** Translated: the Magento 1 key is missing, the three ways to give it, and what went wrong reading a file. */
    QString magento1Missing() const;
    /** Translated: the Magento 2 key is missing, the ways to give it, and what went wrong reading a file. */
    QString magento2Missing() const;

    /** The key of a Magento 1 app/etc/local.xml. Throws cutover::Error naming the file and what is wrong. */
    static QByteArray readLocalXml(const QString& file);
    /** The current key of a Magento 2 app/etc/env.php. Throws cutover::Error naming the file and what is wrong. */
    static Magento2Key readEnvPhp(const QString& file);
    /**
     * Magento 2's crypt/key value (one key, or several separated by white space) as Encryptor reads it; `source`
     * names where it came from in the error thrown when it holds no key or a "base64" key that does not decode.
     */
    static Magento2Key parseMagento2Keys(const QByteArray& keys, const QString& source);

private:
    std::optional<QByteArray> m_magento1;
    std::optional<Magento2Key> m_magento2;
    QString m_magento1Source;
    QString m_magento2Source;
    QString m_magento1Problem; ///< translated: why a file given for the key could not be used
    QString m_magento2Problem;
};

/**
 * Decrypts Magento 1 values as Mage_Core_Model_Encryption::decrypt does: base64, then Blowfish in ECB mode (mcrypt's
 * MCRYPT_BLOWFISH) with the store's key, then the NUL padding and surrounding white space removed (the Data
 * Migration Tool's trim()). Blowfish comes from libgcrypt. Not thread-safe: one per handler, used on one thread.
 */
class Magento1Decryptor
{
    Q_DECLARE_TR_FUNCTIONS(Magento1Decryptor)
public:
    /** Throws cutover::Error when the key is empty or longer than the 56 bytes that mcrypt's Blowfish accepts. */
    Magento1Decryptor(const QByteArray& key, const QString& source);
    ~Magento1Decryptor();
    Magento1Decryptor(const Magento1Decryptor&) = delete;
    Magento1Decryptor& operator=(const Magento1Decryptor&) = delete;

    /**
     * The plain text of `value`, or nullopt with `why` (translated) when it is not base64 of whole Blowfish blocks
     * or does not decrypt to text (a wrong key, or a value that was never encrypted). Blowfish has no integrity
     * check: "text" means valid UTF-8 without control characters other than tab and line breaks.
     */
    std::optional<QByteArray> decrypt(const QByteArray& value, QString* why) const;

private:
    gcry_cipher_handle* m_handle = nullptr;
};

/**
 * Encrypts values as Magento 2's Encryptor::encrypt does today: "<key version>:3:" and the base64 of a 12-byte
 * nonce followed by ChaCha20-Poly1305 (IETF) of the value, the nonce also being the additional data
 * (Magento\Framework\Encryption\Adapter\SodiumChachaIetf), so Magento 2 decrypts it as its own. Magento draws the
 * nonce at random; here it is a keyed hash of the value, so that a value always encrypts to the same text (see
 * encrypt()). Uses libsodium; thread-safe.
 */
class Magento2Encryptor
{
    Q_DECLARE_TR_FUNCTIONS(Magento2Encryptor)
public:
    /** Throws cutover::Error when the key is not the 32 bytes that the cipher needs (or libsodium fails to start). */
    Magento2Encryptor(const Magento2Key& key, const QString& source);

    /**
     * The value as Magento 2 stores it. Deterministic: the nonce is a BLAKE2b hash of the value keyed with a
     * sub-key of the Magento 2 key, so reruns, resumed batches, the delta and the Verifier's re-transformation all
     * give the text the first copy wrote. It shows which values are equal, as Magento 1's Blowfish ECB did.
     */
    QByteArray encrypt(const QByteArray& plain) const;
    /** The same with a given 12-byte nonce: for known-answer tests only; never reuse a nonce. */
    QByteArray encrypt(const QByteArray& plain, const QByteArray& nonce) const;

private:
    Magento2Key m_key;
    std::array<unsigned char, 32> m_nonceKey {};
};

} // namespace cutover
