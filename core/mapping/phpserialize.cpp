#include "mapping/phpserialize.h"

#include <QHash>

#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

namespace cutover {

PhpValue PhpValue::boolean(bool value)
{
    PhpValue v;
    v.m_type = Type::Bool;
    v.m_bool = value;
    return v;
}

PhpValue PhpValue::integer(qint64 value)
{
    PhpValue v;
    v.m_type = Type::Int;
    v.m_int = value;
    return v;
}

PhpValue PhpValue::floating(double value)
{
    PhpValue v;
    v.m_type = Type::Float;
    v.m_double = value;
    return v;
}

PhpValue PhpValue::string(QByteArray value)
{
    PhpValue v;
    v.m_type = Type::String;
    v.m_bytes = std::move(value);
    return v;
}

PhpValue PhpValue::array()
{
    PhpValue v;
    v.m_type = Type::Array;
    return v;
}

PhpValue PhpValue::object(QByteArray className)
{
    PhpValue v;
    v.m_type = Type::Object;
    v.m_bytes = std::move(className);
    return v;
}

namespace {

bool keyMatches(const PhpValue& key, const QByteArray& wanted)
{
    if (key.type() == PhpValue::Type::Int)
        return QByteArray::number(key.toInt()) == wanted;
    return key.bytes() == wanted;
}

bool sameKey(const PhpValue& a, const PhpValue& b)
{
    if (a.type() != b.type())
        return false;
    return a.type() == PhpValue::Type::Int ? a.toInt() == b.toInt() : a.bytes() == b.bytes();
}

// PHP's ZEND_HANDLE_NUMERIC_STR: "12" and "-3" become int keys, "012", "-0", "+1" and overflowing ones do not.
bool numericKey(const QByteArray& s, qint64* out)
{
    if (s.isEmpty() || s.size() > 20)
        return false;
    qsizetype i = 0;
    if (s[0] == '-')
        i = 1;
    if (i >= s.size())
        return false;
    if (s[i] == '0' && (s.size() - i > 1 || i == 1))
        return false;
    for (qsizetype j = i; j < s.size(); ++j) {
        if (s[j] < '0' || s[j] > '9')
            return false;
    }
    qint64 value = 0;
    const auto [ptr, ec] = std::from_chars(s.constData(), s.constData() + s.size(), value);
    if (ec != std::errc() || ptr != s.constData() + s.size())
        return false;
    *out = value;
    return true;
}

} // namespace

const PhpValue* PhpValue::value(const QByteArray& key) const
{
    for (const auto& entry : m_entries) {
        if (keyMatches(entry.key, key))
            return &entry.value;
    }
    return nullptr;
}

PhpValue* PhpValue::value(const QByteArray& key)
{
    return const_cast<PhpValue*>(std::as_const(*this).value(key));
}

void PhpValue::insert(const PhpValue& key, PhpValue value)
{
    for (auto& entry : m_entries) {
        if (sameKey(entry.key, key)) {
            entry.value = std::move(value);
            return;
        }
    }
    m_entries.push_back(PhpEntry { key, std::move(value) });
}

bool PhpValue::operator==(const PhpValue& other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Int:
        return m_int == other.m_int;
    case Type::Float:
        return m_double == other.m_double || (std::isnan(m_double) && std::isnan(other.m_double));
    case Type::String:
        return m_bytes == other.m_bytes;
    case Type::Array:
    case Type::Object:
        return m_bytes == other.m_bytes && m_custom == other.m_custom && m_bytes2 == other.m_bytes2
            && m_entries == other.m_entries;
    }
    return false;
}

namespace {

struct ParseError
{
    qsizetype offset;
    QString message;
};

// A recursive-descent reader of PHP's var_unserializer grammar. Values are parsed in place (into the element
// their container already holds) so that the addresses recorded for back-references stay valid.
class Parser
{
public:
    Parser(const QByteArray& data, const PhpSerialize::Limits& limits)
        : m_data(data)
        , m_p(data.constData())
        , m_end(data.constData() + data.size())
        , m_limits(limits)
    {
    }

    void parse(PhpValue& out)
    {
        parseValue(out, 0);
        if (m_p != m_end)
            fail(PhpSerialize::tr(
                "unexpected data after the end of the value (%n byte(s) left)", nullptr, int(m_end - m_p)));
    }

private:
    struct Slot
    {
        PhpValue* value;
        bool complete;
    };

    [[noreturn]] void fail(const QString& what) const { throw ParseError { m_p - m_data.constData(), what }; }
    [[noreturn]] void expected(const QString& what) const
    {
        if (m_p >= m_end)
            fail(PhpSerialize::tr("expected %1 but the data ends").arg(what));
        fail(PhpSerialize::tr("expected %1, found '%2'").arg(what, printable(*m_p)));
    }
    static QString printable(char c)
    {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f)
            return QString(QLatin1Char(c));
        return QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }

    void expect(char c)
    {
        if (m_p >= m_end || *m_p != c)
            expected(QStringLiteral("'%1'").arg(QLatin1Char(c)));
        ++m_p;
    }

    qsizetype remaining() const { return m_end - m_p; }

    void countNode(qsizetype n = 1)
    {
        m_nodes += n;
        if (m_nodes > m_limits.maxNodes)
            fail(PhpSerialize::tr("the value has more than %1 elements (references expanded)").arg(m_limits.maxNodes));
    }

    // An unsigned length or count: digits only, as PHP's parse_uiv.
    qsizetype parseLength(const QString& what)
    {
        const char* start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        if (m_p == start)
            expected(what);
        quint64 value = 0;
        const auto [ptr, ec] = std::from_chars(start, m_p, value);
        if (ec != std::errc() || value > quint64(std::numeric_limits<qsizetype>::max() / 2)) {
            m_p = start;
            fail(PhpSerialize::tr("the %1 %2 is out of range")
                     .arg(what, QString::fromLatin1(start, int(std::min<qsizetype>(ptr - start, 24)))));
        }
        return qsizetype(value);
    }

    qint64 parseInteger()
    {
        const char* start = m_p;
        if (m_p < m_end && (*m_p == '-' || *m_p == '+'))
            ++m_p;
        const char* digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        if (m_p == digits)
            expected(PhpSerialize::tr("an integer"));
        qint64 value = 0;
        const auto [ptr, ec] = std::from_chars(*start == '+' ? start + 1 : start, m_p, value);
        if (ec != std::errc()) {
            m_p = start;
            fail(PhpSerialize::tr("the integer is out of the 64-bit range"));
        }
        return value;
    }

    double parseDouble()
    {
        const auto rest = [&](const char* token) {
            const auto n = qsizetype(qstrlen(token));
            return remaining() >= n && std::equal(token, token + n, m_p);
        };
        if (rest("NAN")) {
            m_p += 3;
            return std::numeric_limits<double>::quiet_NaN();
        }
        if (rest("INF")) {
            m_p += 3;
            return std::numeric_limits<double>::infinity();
        }
        if (rest("-INF")) {
            m_p += 4;
            return -std::numeric_limits<double>::infinity();
        }
        // [+-]? ( [0-9]+ ("." [0-9]*)? | "." [0-9]+ ) ([eE] [+-]? [0-9]+)?
        const char* start = m_p;
        if (m_p < m_end && (*m_p == '-' || *m_p == '+'))
            ++m_p;
        const char* mantissa = m_p;
        qsizetype digits = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p, ++digits;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p, ++digits;
        }
        if (digits == 0) {
            m_p = start;
            expected(PhpSerialize::tr("a number, INF or NAN"));
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            const char* e = m_p++;
            if (m_p < m_end && (*m_p == '-' || *m_p == '+'))
                ++m_p;
            const char* expDigits = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == expDigits)
                m_p = e; // not an exponent after all: leave it for the ';' check to report
        }
        double value = 0;
        const bool negative = *start == '-';
        const auto [ptr, ec] = std::from_chars(mantissa, m_p, value);
        if (ec == std::errc::result_out_of_range) {
            // zend_strtod saturates: overflow is infinity, underflow zero
            bool large = false;
            for (const char* c = mantissa; c < m_p; ++c) {
                if (*c == 'e' || *c == 'E') {
                    large = c + 1 < m_p && c[1] != '-';
                    break;
                }
            }
            value = large ? std::numeric_limits<double>::infinity() : 0.0;
        } else if (ec != std::errc() || ptr != m_p) {
            m_p = start;
            expected(PhpSerialize::tr("a number"));
        }
        return negative ? -value : value;
    }

    QByteArray parseQuotedBytes(qsizetype length, const QString& what)
    {
        expect('"');
        if (length > remaining())
            fail(
                PhpSerialize::tr("the %1 declares %2 bytes but only %3 remain").arg(what).arg(length).arg(remaining()));
        QByteArray bytes(m_p, length);
        m_p += length;
        if (m_p >= m_end || *m_p != '"')
            fail(PhpSerialize::tr("expected '\"' after the %1 bytes of the %2 (is the declared length right?)")
                     .arg(length)
                     .arg(what));
        ++m_p;
        return bytes;
    }

    // S:len:"..." — PHP's escaped string: \xx is one byte.
    QByteArray parseEscapedBytes(qsizetype length)
    {
        expect('"');
        if (length > remaining())
            fail(PhpSerialize::tr("the string declares %1 bytes but only %2 remain").arg(length).arg(remaining()));
        QByteArray bytes;
        bytes.reserve(length);
        for (qsizetype i = 0; i < length; ++i) {
            if (m_p >= m_end)
                expected(PhpSerialize::tr("more string bytes"));
            if (*m_p != '\\') {
                bytes.append(*m_p++);
                continue;
            }
            ++m_p;
            int value = 0;
            for (int k = 0; k < 2; ++k) {
                if (m_p >= m_end || !std::isxdigit(static_cast<unsigned char>(*m_p)))
                    expected(PhpSerialize::tr("a hexadecimal digit of an escape"));
                const char c = *m_p++;
                value = value * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
            }
            bytes.append(char(value));
        }
        expect('"');
        return bytes;
    }

    void parseKey(PhpValue& key, bool objectKeys)
    {
        if (m_p >= m_end)
            expected(PhpSerialize::tr("a key (i: or s:)"));
        const char type = *m_p;
        if (type == 'i') {
            ++m_p;
            expect(':');
            const qint64 value = parseInteger();
            expect(';');
            key = objectKeys ? PhpValue::string(QByteArray::number(value)) : PhpValue::integer(value);
            return;
        }
        if (type == 's' || type == 'S') {
            ++m_p;
            expect(':');
            const qsizetype length = parseLength(PhpSerialize::tr("string length"));
            expect(':');
            QByteArray bytes
                = type == 's' ? parseQuotedBytes(length, PhpSerialize::tr("string")) : parseEscapedBytes(length);
            expect(';');
            qint64 number = 0;
            if (!objectKeys && numericKey(bytes, &number))
                key = PhpValue::integer(number);
            else
                key = PhpValue::string(std::move(bytes));
            return;
        }
        expected(PhpSerialize::tr("a key (i: or s:)"));
    }

    void parseEntries(PhpValue& container, qsizetype count, int depth, bool objectKeys)
    {
        // Each entry takes at least 6 bytes ("i:0;N;"), so a count beyond that is a lie that must not allocate.
        if (count > remaining() / 6)
            fail(PhpSerialize::tr("%1 elements are declared but only %2 bytes remain").arg(count).arg(remaining()));
        expect('{');
        QHash<QByteArray, qsizetype> index;
        auto& entries = container.entries();
        for (qsizetype i = 0; i < count; ++i) {
            PhpValue key;
            parseKey(key, objectKeys);
            const QByteArray keyId
                = (key.type() == PhpValue::Type::Int ? QByteArray("i") + QByteArray::number(key.toInt())
                                                     : QByteArray("s") + key.bytes());
            const auto existing = index.constFind(keyId);
            if (existing == index.constEnd()) {
                index.insert(keyId, qsizetype(entries.size()));
                entries.push_back(PhpEntry { std::move(key), PhpValue() });
                parseValue(entries.back().value, depth + 1);
            } else {
                // PHP overwrites a repeated key in place; the replaced value stays alive for references.
                m_graveyard.emplace_back();
                parseValue(m_graveyard.back(), depth + 1);
                entries[std::size_t(existing.value())].value = m_graveyard.back();
            }
        }
        expect('}');
    }

    void checkClassName(const QByteArray& name, const char* at)
    {
        if (name.isEmpty()) {
            m_p = at;
            fail(PhpSerialize::tr("the class name is empty"));
        }
        for (const char c : name) {
            const auto u = static_cast<unsigned char>(c);
            if (!(std::isalnum(u) || c == '_' || c == '\\' || u >= 0x80)) {
                m_p = at;
                fail(PhpSerialize::tr("the class name contains the invalid character '%1'").arg(printable(c)));
            }
        }
    }

    void reference(PhpValue& out, bool objectReference)
    {
        const char* at = m_p - 2;
        const qsizetype n = parseLength(PhpSerialize::tr("reference number"));
        expect(';');
        if (n < 1 || n > qsizetype(m_slots.size())) {
            m_p = at;
            fail(PhpSerialize::tr("the reference %1 points to no earlier value (there are %2)")
                     .arg(n)
                     .arg(m_slots.size()));
        }
        const Slot& slot = m_slots[std::size_t(n - 1)];
        if (!slot.complete) {
            m_p = at;
            fail(
                PhpSerialize::tr("the reference %1 points to a value that contains it (a recursive structure)").arg(n));
        }
        if (objectReference && !slot.value->isObject()) {
            m_p = at;
            fail(PhpSerialize::tr("the object reference r:%1 points to a value that is not an object").arg(n));
        }
        countNode(nodeCount(*slot.value, m_limits.maxNodes - m_nodes + 1));
        out = *slot.value;
    }

    static qsizetype nodeCount(const PhpValue& value, qsizetype limit)
    {
        qsizetype n = 1;
        for (const auto& entry : value.entries()) {
            n += nodeCount(entry.value, limit - n);
            if (n > limit)
                return n;
        }
        return n;
    }

    void parseValue(PhpValue& out, int depth)
    {
        if (depth > m_limits.maxDepth)
            fail(PhpSerialize::tr("the value is nested deeper than %1 levels").arg(m_limits.maxDepth));
        if (m_p >= m_end)
            expected(PhpSerialize::tr("a value"));
        countNode();
        const char type = *m_p;
        // As in PHP's var_unserializer: every value takes a reference slot except an R: reference itself.
        std::size_t slot = 0;
        if (type != 'R') {
            m_slots.push_back(Slot { &out, false });
            slot = m_slots.size();
        }
        ++m_p;
        switch (type) {
        case 'N':
            expect(';');
            out = PhpValue::null();
            break;
        case 'b': {
            expect(':');
            if (m_p >= m_end || (*m_p != '0' && *m_p != '1'))
                expected(PhpSerialize::tr("0 or 1"));
            out = PhpValue::boolean(*m_p++ == '1');
            expect(';');
            break;
        }
        case 'i':
            expect(':');
            out = PhpValue::integer(parseInteger());
            expect(';');
            break;
        case 'd':
            expect(':');
            out = PhpValue::floating(parseDouble());
            expect(';');
            break;
        case 's':
        case 'S': {
            expect(':');
            const qsizetype length = parseLength(PhpSerialize::tr("string length"));
            expect(':');
            out = PhpValue::string(
                type == 's' ? parseQuotedBytes(length, PhpSerialize::tr("string")) : parseEscapedBytes(length));
            expect(';');
            break;
        }
        case 'a': {
            expect(':');
            const qsizetype count = parseLength(PhpSerialize::tr("element count"));
            expect(':');
            out = PhpValue::array();
            parseEntries(out, count, depth, false);
            break;
        }
        case 'O':
        case 'C': {
            expect(':');
            const qsizetype nameLength = parseLength(PhpSerialize::tr("class name length"));
            expect(':');
            const char* nameAt = m_p;
            QByteArray name = parseQuotedBytes(nameLength, PhpSerialize::tr("class name"));
            checkClassName(name, nameAt + 1); // the first byte of the name
            expect(':');
            out = PhpValue::object(std::move(name));
            if (type == 'O') {
                const qsizetype count = parseLength(PhpSerialize::tr("property count"));
                expect(':');
                parseEntries(out, count, depth, true);
            } else {
                const qsizetype length = parseLength(PhpSerialize::tr("custom data length"));
                expect(':');
                expect('{');
                if (length > remaining())
                    fail(PhpSerialize::tr("the custom data declares %1 bytes but only %2 remain")
                             .arg(length)
                             .arg(remaining()));
                out.setCustomData(QByteArray(m_p, length));
                m_p += length;
                expect('}');
            }
            break;
        }
        case 'r':
        case 'R':
            expect(':');
            reference(out, type == 'r');
            break;
        case 'E':
            --m_p;
            fail(PhpSerialize::tr("enum values (E:) are not supported"));
        default:
            --m_p;
            expected(PhpSerialize::tr("a value type (N, b, i, d, s, a, O, C, r or R)"));
        }
        if (slot)
            m_slots[slot - 1].complete = true;
    }

    const QByteArray& m_data;
    const char* m_p;
    const char* m_end;
    PhpSerialize::Limits m_limits;
    qsizetype m_nodes = 0;
    std::vector<Slot> m_slots;
    std::deque<PhpValue> m_graveyard;
};

void appendSerialized(QByteArray& out, const PhpValue& value)
{
    switch (value.type()) {
    case PhpValue::Type::Null:
        out += "N;";
        return;
    case PhpValue::Type::Bool:
        out += value.toBool() ? "b:1;" : "b:0;";
        return;
    case PhpValue::Type::Int:
        out += "i:" + QByteArray::number(value.toInt()) + ';';
        return;
    case PhpValue::Type::Float:
        out += "d:" + PhpSerialize::formatDouble(value.toDouble(), 'E') + ';';
        return;
    case PhpValue::Type::String:
        out += "s:" + QByteArray::number(value.bytes().size()) + ":\"" + value.bytes() + "\";";
        return;
    case PhpValue::Type::Array:
    case PhpValue::Type::Object:
        break;
    }
    if (value.isObject()) {
        out += (value.isCustom() ? "C:" : "O:") + QByteArray::number(value.bytes().size()) + ":\"" + value.bytes()
            + "\":";
        if (value.isCustom()) {
            out += QByteArray::number(value.customData().size()) + ":{" + value.customData() + '}';
            return;
        }
    } else {
        out += "a:";
    }
    out += QByteArray::number(qsizetype(value.entries().size())) + ":{";
    for (const auto& entry : value.entries()) {
        appendSerialized(out, entry.key);
        appendSerialized(out, entry.value);
    }
    out += '}';
}

struct JsonError
{
    QString message;
};

class JsonWriter
{
public:
    QByteArray out;

    void write(const PhpValue& value, int depth)
    {
        switch (value.type()) {
        case PhpValue::Type::Null:
            out += "null";
            return;
        case PhpValue::Type::Bool:
            out += value.toBool() ? "true" : "false";
            return;
        case PhpValue::Type::Int:
            out += QByteArray::number(value.toInt());
            return;
        case PhpValue::Type::Float:
            if (!std::isfinite(value.toDouble()))
                throw JsonError { PhpSerialize::tr("INF and NAN cannot be encoded in JSON") };
            out += PhpSerialize::formatDouble(value.toDouble(), 'e');
            return;
        case PhpValue::Type::String:
            writeString(value.bytes());
            return;
        case PhpValue::Type::Array:
        case PhpValue::Type::Object:
            break;
        }
        // json_encode's default depth is 512 and counts arrays and objects.
        if (depth + 1 > 512)
            throw JsonError { PhpSerialize::tr("the value is nested deeper than json_encode's limit of 512") };
        if (value.isArray() && isList(value)) {
            out += '[';
            bool first = true;
            for (const auto& entry : value.entries()) {
                if (!first)
                    out += ',';
                first = false;
                write(entry.value, depth + 1);
            }
            out += ']';
            return;
        }
        out += '{';
        bool first = true;
        // Objects of classes that the Data Migration Tool does not have become __PHP_Incomplete_Class, which keeps
        // the class name as its first property.
        if (value.isObject() && value.bytes().compare("stdClass", Qt::CaseInsensitive) != 0) {
            out += "\"__PHP_Incomplete_Class_Name\":";
            writeString(value.bytes());
            first = false;
        }
        for (const auto& entry : value.entries()) {
            if (value.isObject() && entry.key.type() == PhpValue::Type::String && entry.key.bytes().startsWith('\0'))
                continue; // protected and private properties
            if (!first)
                out += ',';
            first = false;
            if (entry.key.type() == PhpValue::Type::Int)
                out += '"' + QByteArray::number(entry.key.toInt()) + '"';
            else
                writeString(entry.key.bytes());
            out += ':';
            write(entry.value, depth + 1);
        }
        out += '}';
    }

private:
    static bool isList(const PhpValue& value)
    {
        qint64 expected = 0;
        for (const auto& entry : value.entries()) {
            if (entry.key.type() != PhpValue::Type::Int || entry.key.toInt() != expected++)
                return false;
        }
        return true;
    }

    void writeHex(uint unit)
    {
        static const char digits[] = "0123456789abcdef";
        out += "\\u";
        out += digits[(unit >> 12) & 0xf];
        out += digits[(unit >> 8) & 0xf];
        out += digits[(unit >> 4) & 0xf];
        out += digits[unit & 0xf];
    }

    void writeString(const QByteArray& s)
    {
        out += '"';
        const auto* p = reinterpret_cast<const unsigned char*>(s.constData());
        const auto* end = p + s.size();
        while (p < end) {
            const unsigned char c = *p;
            if (c < 0x80) {
                ++p;
                switch (c) {
                case '"':
                    out += "\\\"";
                    break;
                case '\\':
                    out += "\\\\";
                    break;
                case '/':
                    out += "\\/";
                    break;
                case '\b':
                    out += "\\b";
                    break;
                case '\f':
                    out += "\\f";
                    break;
                case '\n':
                    out += "\\n";
                    break;
                case '\r':
                    out += "\\r";
                    break;
                case '\t':
                    out += "\\t";
                    break;
                default:
                    if (c < 0x20)
                        writeHex(c);
                    else
                        out += char(c);
                }
                continue;
            }
            uint cp = 0;
            int extra = 0;
            uint min = 0;
            if (c >= 0xc2 && c <= 0xdf) {
                cp = c & 0x1f, extra = 1, min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                cp = c & 0x0f, extra = 2, min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                cp = c & 0x07, extra = 3, min = 0x10000;
            } else {
                malformed();
            }
            if (end - p <= extra)
                malformed();
            for (int k = 1; k <= extra; ++k) {
                if ((p[k] & 0xc0) != 0x80)
                    malformed();
                cp = (cp << 6) | (p[k] & 0x3f);
            }
            if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
                malformed();
            p += extra + 1;
            if (cp >= 0x10000) {
                cp -= 0x10000;
                writeHex(0xd800 | (cp >> 10));
                writeHex(0xdc00 | (cp & 0x3ff));
            } else {
                writeHex(cp);
            }
        }
        out += '"';
    }

    [[noreturn]] static void malformed()
    {
        throw JsonError { PhpSerialize::tr("malformed UTF-8 characters, possibly incorrectly encoded") };
    }
};

} // namespace

PhpUnserializeResult PhpSerialize::unserialize(const QByteArray& data, const Limits& limits)
{
    PhpUnserializeResult result;
    try {
        Parser parser(data, limits);
        parser.parse(result.value);
        result.ok = true;
    } catch (const ParseError& e) {
        result.value = PhpValue();
        result.errorOffset = e.offset;
        result.error = tr("at byte %1: %2").arg(e.offset).arg(e.message);
    }
    return result;
}

QByteArray PhpSerialize::serialize(const PhpValue& value)
{
    QByteArray out;
    appendSerialized(out, value);
    return out;
}

PhpJsonResult PhpSerialize::toJson(const PhpValue& value)
{
    PhpJsonResult result;
    JsonWriter writer;
    try {
        writer.write(value, 0);
        result.json = std::move(writer.out);
        result.ok = true;
    } catch (const JsonError& e) {
        result.error = e.message;
    }
    return result;
}

QByteArray PhpSerialize::formatDouble(double value, char exponentChar)
{
    if (std::isnan(value))
        return "NAN";
    if (std::isinf(value))
        return value > 0 ? "INF" : "-INF";
    // The shortest digits that read back as the same double (zend_dtoa mode 0), laid out as php_gcvt does
    // with precision 17: exponential when the decimal exponent is below -4 or above 17.
    char buffer[64];
    const auto [end, ec]
        = std::to_chars(buffer, buffer + sizeof buffer, std::abs(value), std::chars_format::scientific);
    Q_UNUSED(ec)
    const QByteArray sci(buffer, end - buffer);
    const qsizetype ePos = sci.indexOf('e');
    QByteArray digits = sci.left(ePos);
    digits.replace(".", "");
    const int exponent = sci.mid(ePos + 1).toInt();
    while (digits.size() > 1 && digits.endsWith('0'))
        digits.chop(1);
    QByteArray out;
    if (std::signbit(value))
        out += '-';
    if (value == 0) {
        out += '0';
        return out;
    }
    const int decpt = exponent + 1;
    if (decpt < 0 ? decpt < -3 : decpt > 17) {
        out += digits[0];
        out += '.';
        out += digits.size() > 1 ? digits.mid(1) : QByteArray("0");
        out += exponentChar;
        out += exponent < 0 ? '-' : '+';
        out += QByteArray::number(std::abs(exponent));
    } else if (decpt <= 0) {
        out += "0.";
        out += QByteArray(-decpt, '0');
        out += digits;
    } else {
        for (int i = 0; i < decpt; ++i)
            out += i < digits.size() ? digits[i] : '0';
        if (digits.size() > decpt) {
            out += '.';
            out += digits.mid(decpt);
        }
    }
    return out;
}

} // namespace cutover
