#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <deque>

namespace cutover {

struct PhpEntry;

/**
 * A value as PHP's unserialize() builds it: null, bool, int, float, string, array (ordered, int or string keys)
 * or object (class name and ordered properties). Strings are bytes, as in PHP: their length is a byte count and
 * their encoding is whatever the writer used.
 *
 * A plain value type; children live in a std::deque so that the parser can keep stable addresses of values it
 * has finished (PHP's back-references point at them).
 */
class PhpValue
{
public:
    enum class Type { Null, Bool, Int, Float, String, Array, Object };

    PhpValue() = default;
    static PhpValue null() { return {}; }
    static PhpValue boolean(bool value);
    static PhpValue integer(qint64 value);
    static PhpValue floating(double value);
    static PhpValue string(QByteArray value);
    static PhpValue array();
    static PhpValue object(QByteArray className);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool isString() const { return m_type == Type::String; }

    bool toBool() const { return m_bool; }
    qint64 toInt() const { return m_int; }
    double toDouble() const { return m_double; }
    /** The bytes of a string, or the class name of an object. */
    const QByteArray& bytes() const { return m_bytes; }
    void setBytes(QByteArray bytes) { m_bytes = std::move(bytes); }

    /** Entries of an array or properties of an object, in order. */
    const std::deque<PhpEntry>& entries() const { return m_entries; }
    std::deque<PhpEntry>& entries() { return m_entries; }
    /** The value under an int or string key of an array/object, or nullptr. PHP's numeric-string keys are ints. */
    const PhpValue* value(const QByteArray& key) const;
    PhpValue* value(const QByteArray& key);
    /** Appends (or replaces, keeping its position) the entry under `key`. */
    void insert(const PhpValue& key, PhpValue value);

    /** For objects written with PHP's custom format (C:): the raw payload. */
    bool isCustom() const { return m_custom; }
    void setCustomData(QByteArray data)
    {
        m_custom = true;
        m_bytes2 = std::move(data);
    }
    const QByteArray& customData() const { return m_bytes2; }

    bool operator==(const PhpValue& other) const;

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    bool m_custom = false;
    qint64 m_int = 0;
    double m_double = 0;
    QByteArray m_bytes;
    QByteArray m_bytes2;
    std::deque<PhpEntry> m_entries;
};

/** One array entry or object property. The key is an Int or a String value. */
struct PhpEntry
{
    PhpValue key;
    PhpValue value;
    bool operator==(const PhpEntry& other) const { return key == other.key && value == other.value; }
};

/** The outcome of unserializing: the value, or where (byte offset) and why the input is broken. */
struct PhpUnserializeResult
{
    PhpValue value;
    bool ok = false;
    qsizetype errorOffset = -1;
    QString error; ///< translated, names the byte offset and what was expected there
};

/** The outcome of a conversion to JSON: the text, or why PHP's json_encode() would have failed. */
struct PhpJsonResult
{
    QByteArray json;
    bool ok = false;
    QString error;
};

/**
 * PHP's serialize() format, read and written natively, and PHP's json_encode() of the result: what the Data
 * Migration Tool's SerializeToJson handlers do to Magento 1 values on their way to Magento 2.
 *
 * Pure functions, safe on any thread. The reader is made for hostile input: declared lengths and counts are
 * checked against the bytes that remain before anything is allocated, nesting is limited, back-references may
 * not expand beyond a node budget, and every error names the byte offset and what was expected there.
 */
class PhpSerialize
{
    Q_DECLARE_TR_FUNCTIONS(PhpSerialize)
public:
    struct Limits
    {
        int maxDepth = 4096; ///< PHP's unserialize_max_depth default
        qsizetype maxNodes = 1000000; ///< values created, references expanded included
    };

    /**
     * Reads one serialized value. As PHP 8.3 does (with a warning there), bytes after the value are an error.
     * Numeric string keys of arrays become int keys, as in PHP arrays.
     */
    static PhpUnserializeResult unserialize(const QByteArray& data, const Limits& limits);
    static PhpUnserializeResult unserialize(const QByteArray& data) { return unserialize(data, Limits {}); }

    /** Writes a value in PHP's serialize() format, byte for byte as PHP 7.1+ writes it. */
    static QByteArray serialize(const PhpValue& value);

    /**
     * Encodes as PHP's json_encode($value) with no flags: arrays with keys 0..n-1 in order become lists, other
     * arrays and objects become objects ("__PHP_Incomplete_Class_Name" first for classes other than stdClass,
     * non-public properties left out), "/" is written "\/", non-ASCII as \uXXXX, floats in their shortest
     * round-trip form. Fails, as PHP does, on invalid UTF-8, INF/NAN and nesting deeper than 512.
     */
    static PhpJsonResult toJson(const PhpValue& value);

    /** PHP's float formatting with serialize_precision -1, with `exponentChar` 'e' (json) or 'E' (serialize). */
    static QByteArray formatDouble(double value, char exponentChar);
};

} // namespace cutover
