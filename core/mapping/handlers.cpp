#include "mapping/handlers.h"

#include "error.h"
#include "mapping/classmap.h"
#include "mapping/cryptkeys.h"
#include "mapping/phpserialize.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTimeZone>

#include <array>

namespace cutover {

QString RecordIssue::toString() const
{
    QString where = document + QLatin1Char('.') + field;
    if (!recordKey.isEmpty())
        where += QStringLiteral(" (%1)").arg(recordKey);
    return where + QStringLiteral(": ") + message;
}

void HandlerCall::report(const QString& message, RecordIssue::Severity severity) const
{
    issues.append(RecordIssue { severity, document, field, recordKey, message });
}

void HandlerCall::skipRow(const QString& reason) const
{
    issues.append(RecordIssue { RecordIssue::Severity::Error, document, field, recordKey, reason, true });
}

QByteArray recordBytes(const QVariant& value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return value.toByteArray();
    return value.toString().toUtf8();
}

namespace {

// Keeps the caller's representation: a QString row stays QString, a byte row stays bytes.
QVariant sameKind(const QVariant& original, const QByteArray& bytes)
{
    if (original.typeId() == QMetaType::QString)
        return QString::fromUtf8(bytes);
    return bytes;
}

QString nativeFile(const HandlerConfig& config)
{
    return QDir::toNativeSeparators(config.file);
}

[[noreturn]] void badParam(const HandlerConfig& config, const QString& what)
{
    throw Error(HandlerRegistry::tr("%1:%2: the handler %3 %4. Fix the handler's params in the map file.")
                    .arg(nativeFile(config))
                    .arg(config.line)
                    .arg(config.className, what));
}

QString required(const HandlerConfig& config, const QString& name)
{
    if (!config.hasParam(name))
        badParam(config, HandlerRegistry::tr("needs the param \"%1\"").arg(name));
    return config.param(name);
}

bool truthy(const QString& value, bool fallback)
{
    if (value.isNull())
        return fallback;
    return value == QLatin1String("true") || value == QLatin1String("1");
}

// The tool's AbstractHandler::validate(): the field must be a column of the record.
bool validate(HandlerCall& call)
{
    if (call.record.contains(call.field))
        return true;
    if (!call.knownFields.isEmpty() && call.knownFields.contains(call.field)) {
        call.record.insert(call.field, QVariant());
        return true;
    }
    call.report(HandlerRegistry::tr("the field %1 is not a column of the record").arg(call.field));
    return false;
}

// A PCRE pattern as PHP writes it ("/.../flags") as a QRegularExpression.
QRegularExpression phpRegex(const QString& pattern, const HandlerConfig& config)
{
    if (pattern.size() < 2)
        badParam(config, HandlerRegistry::tr("has the invalid pattern \"%1\"").arg(pattern));
    const QChar delimiter = pattern.front();
    const auto end = pattern.lastIndexOf(delimiter);
    if (end <= 0)
        badParam(config, HandlerRegistry::tr("has the invalid pattern \"%1\"").arg(pattern));
    QRegularExpression::PatternOptions options;
    for (const QChar flag : pattern.mid(end + 1)) {
        if (flag == QLatin1Char('i'))
            options |= QRegularExpression::CaseInsensitiveOption;
        else if (flag == QLatin1Char('m'))
            options |= QRegularExpression::MultilineOption;
        else if (flag == QLatin1Char('s'))
            options |= QRegularExpression::DotMatchesEverythingOption;
        else if (flag == QLatin1Char('U'))
            options |= QRegularExpression::InvertedGreedinessOption;
        else if (flag == QLatin1Char('u'))
            continue;
        else
            badParam(config, HandlerRegistry::tr("uses the unsupported pattern flag \"%1\"").arg(flag));
    }
    QRegularExpression regex(pattern.mid(1, end - 1), options);
    if (!regex.isValid())
        badParam(config, HandlerRegistry::tr("has the invalid pattern \"%1\": %2").arg(pattern, regex.errorString()));
    return regex;
}

QVariant nullOr(const QString& value)
{
    return value.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0 ? QVariant() : QVariant(value);
}

// PHP's loose truthiness of a string value: "" and "0" are false.
bool phpTruthy(const QVariant& value)
{
    if (value.isNull())
        return false;
    const QByteArray bytes = recordBytes(value);
    return !bytes.isEmpty() && bytes != "0";
}

class SetValue : public Handler
{
public:
    explicit SetValue(const HandlerConfig& config)
        : m_value(config.param(QStringLiteral("value")) == QLatin1String("NULL")
                ? QVariant()
                : QVariant(required(config, QStringLiteral("value"))))
    {
    }
    void handle(HandlerCall& call) override
    {
        if (validate(call))
            call.record[call.field] = m_value;
    }

private:
    QVariant m_value;
};

class AddPrefix : public Handler
{
public:
    explicit AddPrefix(const HandlerConfig& config)
        : m_prefix(required(config, QStringLiteral("prefix")).toUtf8())
    {
    }
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const QVariant value = call.record.value(call.field);
        call.record[call.field] = sameKind(value, m_prefix + recordBytes(value));
    }

private:
    QByteArray m_prefix;
};

class Convert : public Handler
{
public:
    explicit Convert(const HandlerConfig& config)
    {
        QString map = required(config, QStringLiteral("map"));
        while (map.endsWith(QLatin1Char(']')))
            map.chop(1);
        while (map.startsWith(QLatin1Char('[')))
            map.remove(0, 1);
        for (const auto& record : map.split(QLatin1Char(';'))) {
            const auto parts = record.trimmed().split(QLatin1Char(':'));
            if (parts.size() != 2)
                badParam(config, HandlerRegistry::tr("has an invalid map: \"%1\" is not key:value").arg(record));
            m_map.insert(parts[0], parts[1]);
        }
        m_default = config.param(QStringLiteral("defaultValue"));
    }
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const QVariant value = call.record.value(call.field);
        const QString key = value.isNull() ? QString() : QString::fromUtf8(recordBytes(value));
        const auto it = m_map.constFind(key);
        if (!value.isNull() && it != m_map.constEnd())
            call.record[call.field] = *it;
        else if (!m_default.isEmpty() && m_default != QLatin1String("0"))
            call.record[call.field] = m_default;
    }

private:
    QHash<QString, QString> m_map;
    QString m_default;
};

// PHP's ip2long() of a dotted quad (no leading zeros, as FILTER_VALIDATE_IP), or nullopt.
std::optional<qint64> ipv4(const QByteArray& text)
{
    const auto parts = text.split('.');
    if (parts.size() != 4)
        return std::nullopt;
    qint64 result = 0;
    for (const auto& part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part[0] == '0'))
            return std::nullopt;
        for (const char c : part) {
            if (c < '0' || c > '9')
                return std::nullopt;
        }
        const int octet = part.toInt();
        if (octet > 255)
            return std::nullopt;
        result = result * 256 + octet;
    }
    return result;
}

class ConvertIp : public Handler
{
public:
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const QVariant value = call.record.value(call.field);
        const QByteArray bytes = value.isNull() ? QByteArray() : recordBytes(value);
        qint64 result = 0;
        if (const auto v4 = ipv4(bytes)) {
            result = *v4;
        } else if (bytes.size() == 4) {
            // A packed (binary) address: inet_ntop() then ip2long().
            for (const char c : bytes)
                result = result * 256 + static_cast<unsigned char>(c);
        }
        // A valid IPv6 text or a 16-byte packed one gives ip2long() === false, which the tool casts to 0.
        call.record[call.field] = QString::number(result);
    }
};

class Timezone : public Handler
{
public:
    Timezone(const HandlerConfig& config, const HandlerContext& context)
        : m_context(context)
    {
        const QString offset = required(config, QStringLiteral("offset"));
        bool ok = false;
        m_hours = offset.toInt(&ok);
        if (!ok || m_hours < -14 || m_hours > 12)
            badParam(config,
                HandlerRegistry::tr("has the offset \"%1\"; it must be a whole number of hours between -14 and +12")
                    .arg(offset));
    }
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const QVariant value = call.record.value(call.field);
        if (!phpTruthy(value) || m_hours == 0)
            return;
        const QString text = QString::fromUtf8(recordBytes(value));
        QString type = m_context.columnType(call.document, call.field).toLower();
        if (type.isEmpty())
            type = QRegularExpression(QStringLiteral("^-?\\d+$")).match(text).hasMatch() ? QStringLiteral("int")
                                                                                         : QStringLiteral("datetime");
        if (type == QLatin1String("int") || type == QLatin1String("integer")) {
            call.record[call.field] = QString::number(text.toLongLong() + qint64(m_hours) * 3600);
            return;
        }
        if (type != QLatin1String("timestamp") && type != QLatin1String("datetime")) {
            call.report(HandlerRegistry::tr("the Timezone handler does not support the column type %1").arg(type));
            return;
        }
        QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        time.setTimeZone(QTimeZone::utc());
        if (!time.isValid()) {
            call.report(HandlerRegistry::tr("\"%1\" is not a date and time").arg(text));
            return;
        }
        call.record[call.field] = time.addSecs(qint64(m_hours) * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }

private:
    const HandlerContext& m_context;
    int m_hours = 0;
};

quint32 crc32(const QByteArray& data)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char ch : data)
        crc = table[(crc ^ static_cast<unsigned char>(ch)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

class SetHash : public Handler
{
public:
    explicit SetHash(const HandlerConfig& config)
        : m_baseField(required(config, QStringLiteral("baseField")))
    {
        if (required(config, QStringLiteral("hash")) != QLatin1String("crc32"))
            badParam(config,
                HandlerRegistry::tr("uses the hash \"%1\"; only crc32 is supported")
                    .arg(config.param(QStringLiteral("hash"))));
    }
    void handle(HandlerCall& call) override
    {
        if (validate(call))
            call.record[call.field] = QString::number(crc32(recordBytes(call.opposite.value(m_baseField))));
    }

private:
    QString m_baseField;
};

const ClassMap& needClassMap(const HandlerContext& context, const HandlerConfig& config)
{
    if (!context.classMap())
        badParam(config, HandlerRegistry::tr("needs the class map (the option class_map of config.xml)"));
    return *context.classMap();
}

class ClassMapHandler : public Handler
{
public:
    ClassMapHandler(const HandlerConfig& config, const HandlerContext& context)
        : m_map(needClassMap(context, config))
    {
    }
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const QVariant value = call.record.value(call.field);
        const QString converted = value.isNull() ? QString() : m_map.convert(value.toString());
        call.record[call.field] = converted.isEmpty() ? QVariant() : QVariant(converted);
    }

private:
    const ClassMap& m_map;
};

class ConvertModel : public Handler
{
public:
    ConvertModel(const HandlerConfig& config, const HandlerContext& context)
        : m_map(needClassMap(context, config))
    {
    }
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const QVariant source = call.record.value(call.field);
        const QVariant destination = call.opposite.value(call.field);
        const QString converted = source.isNull() ? QString() : m_map.convert(source.toString());
        if (!phpTruthy(source) && phpTruthy(destination))
            call.record[call.field] = destination;
        else if (!phpTruthy(source) || converted.isEmpty())
            call.record[call.field] = QVariant();
        else
            call.record[call.field] = converted;
    }

private:
    const ClassMap& m_map;
};

class Placeholder : public Handler
{
public:
    Placeholder(const HandlerConfig& config, const HandlerContext& context)
        : m_map(needClassMap(context, config))
    {
    }
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const QVariant value = call.record.value(call.field);
        if (value.isNull())
            return;
        QString content = value.toString();
        static const QRegularExpression hasPlaceholders(QStringLiteral("({{widget|{{block).*}}"),
            QRegularExpression::MultilineOption | QRegularExpression::InvertedGreedinessOption);
        if (!hasPlaceholders.match(content).hasMatch())
            return;
        // str_replace() with arrays: each pair in turn over the whole text.
        for (const auto& rename : m_map.renames()) {
            if (rename.to.isEmpty())
                continue;
            QString to = rename.to;
            to.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
            content.replace(QStringLiteral("type=\"%1\"").arg(rename.from), QStringLiteral("type=\"%1\"").arg(to));
        }
        static const QRegularExpression modulePath(QStringLiteral("({{widget|{{block)(.*template=\")(.*\\/)(.*\".*}})"),
            QRegularExpression::MultilineOption | QRegularExpression::InvertedGreedinessOption);
        content.replace(modulePath, QStringLiteral("\\1\\2\\4"));
        static const QRegularExpression unknownWidget(QStringLiteral("{{widget type=\"[\\w\\-_]+\\/[\\w\\-_]+\".+}}"),
            QRegularExpression::MultilineOption | QRegularExpression::InvertedGreedinessOption);
        content.remove(unknownWidget);
        call.record[call.field] = content;
    }

private:
    const ClassMap& m_map;
};

// The tool's SerializeToJson family: unserialize() then json_encode(). A value that does not unserialize is
// reported with its table, column and row key and left unchanged, so that nothing is dropped silently.
bool toJson(HandlerCall& call, const QByteArray& bytes, QByteArray* json, RecordIssue::Severity severity)
{
    const auto parsed = PhpSerialize::unserialize(bytes);
    if (!parsed.ok) {
        call.report(HandlerRegistry::tr("the serialized value is broken %1").arg(parsed.error), severity);
        return false;
    }
    const auto encoded = PhpSerialize::toJson(parsed.value);
    if (!encoded.ok) {
        call.report(HandlerRegistry::tr("the value cannot be converted to JSON: %1").arg(encoded.error), severity);
        return false;
    }
    *json = encoded.json;
    return true;
}

class SerializeToJson : public Handler
{
public:
    explicit SerializeToJson(const HandlerConfig& config)
        : m_migrateBroken(truthy(config.param(QStringLiteral("migrateBrokenData")), true))
    {
    }
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const QVariant value = call.record.value(call.field);
        if (value.isNull())
            return;
        QByteArray json;
        if (toJson(call, recordBytes(value), &json,
                m_migrateBroken ? RecordIssue::Severity::Warning : RecordIssue::Severity::Error))
            call.record[call.field] = sameKind(value, json);
    }

private:
    bool m_migrateBroken;
};

class ConvertWithConditions : public Handler
{
public:
    explicit ConvertWithConditions(const HandlerConfig& config)
        : m_conditionalField(required(config, QStringLiteral("conditionalField")))
        , m_pattern(phpRegex(required(config, QStringLiteral("conditionalFieldValuesPattern")), config))
        , m_ignoreBroken(truthy(config.param(QStringLiteral("ignoreBrokenData")), true))
    {
    }
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        if (!call.record.contains(m_conditionalField) || call.record.value(m_conditionalField).isNull()) {
            call.report(HandlerRegistry::tr("the conditional field %1 is not in the record").arg(m_conditionalField));
            return;
        }
        const QVariant value = call.record.value(call.field);
        if (value.isNull() || !m_pattern.match(call.record.value(m_conditionalField).toString()).hasMatch())
            return;
        QByteArray json;
        if (toJson(call, recordBytes(value), &json,
                m_ignoreBroken ? RecordIssue::Severity::Warning : RecordIssue::Severity::Error))
            call.record[call.field] = sameKind(value, json);
    }

private:
    QString m_conditionalField;
    QRegularExpression m_pattern;
    bool m_ignoreBroken;
};

class ItemOption : public Handler
{
public:
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        if (!call.record.contains(QStringLiteral("code")) || call.record.value(QStringLiteral("code")).isNull()) {
            call.report(HandlerRegistry::tr("the field code is not in the record"));
            return;
        }
        const QVariant value = call.record.value(call.field);
        static const QRegularExpression optionCode(QStringLiteral("option_\\d+"));
        if (value.isNull() || !optionCode.match(call.record.value(QStringLiteral("code")).toString()).hasMatch())
            return;
        // Custom option values are often plain text: the tool keeps whatever does not unserialize (or is false).
        const auto parsed = PhpSerialize::unserialize(recordBytes(value));
        if (!parsed.ok || (parsed.value.type() == PhpValue::Type::Bool && !parsed.value.toBool()))
            return;
        const auto encoded = PhpSerialize::toJson(parsed.value);
        if (!encoded.ok) {
            call.report(HandlerRegistry::tr("the value cannot be converted to JSON: %1").arg(encoded.error));
            return;
        }
        call.record[call.field] = sameKind(value, encoded.json);
    }
};

class SalesOrderItem : public Handler
{
public:
    explicit SalesOrderItem(const HandlerConfig& config)
        : m_ignoreBroken(truthy(config.param(QStringLiteral("ignoreBrokenData")), true))
    {
    }
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const QVariant value = call.record.value(call.field);
        if (value.isNull())
            return;
        const auto severity = m_ignoreBroken ? RecordIssue::Severity::Warning : RecordIssue::Severity::Error;
        auto parsed = PhpSerialize::unserialize(recordBytes(value));
        if (!parsed.ok) {
            call.report(HandlerRegistry::tr("the serialized value is broken %1").arg(parsed.error), severity);
            return;
        }
        PhpValue& data = parsed.value;
        // File options and bundle selection attributes hold serialized values of their own.
        if (data.isArray()) {
            if (PhpValue* options = data.value("options"); options && options->isArray()) {
                for (auto& entry : options->entries()) {
                    PhpValue& option = entry.value;
                    const PhpValue* type = option.isArray() ? option.value("option_type") : nullptr;
                    if (!type || !type->isString() || type->bytes() != "file")
                        continue;
                    PhpValue* optionValue = option.value("option_value");
                    if (!optionValue || !nestedToJson(call, *optionValue, "option_value"))
                        return;
                }
            }
            if (PhpValue* attributes = data.value("bundle_selection_attributes")) {
                if (!nestedToJson(call, *attributes, "bundle_selection_attributes"))
                    return;
            }
        }
        const auto encoded = PhpSerialize::toJson(data);
        if (!encoded.ok) {
            call.report(HandlerRegistry::tr("the value cannot be converted to JSON: %1").arg(encoded.error));
            return;
        }
        call.record[call.field] = sameKind(value, encoded.json);
    }

private:
    static bool isPhpTruthy(const PhpValue& v)
    {
        switch (v.type()) {
        case PhpValue::Type::Null:
            return false;
        case PhpValue::Type::Bool:
            return v.toBool();
        case PhpValue::Type::Int:
            return v.toInt() != 0;
        case PhpValue::Type::Float:
            return v.toDouble() != 0;
        case PhpValue::Type::String:
            return !v.bytes().isEmpty() && v.bytes() != "0";
        case PhpValue::Type::Array:
            return !v.entries().empty();
        case PhpValue::Type::Object:
            return true;
        }
        return false;
    }

    // $x = $x ? json_encode(unserialize($x)) : json_encode($x)
    bool nestedToJson(HandlerCall& call, PhpValue& nested, const char* what)
    {
        PhpValue decoded = nested;
        if (isPhpTruthy(nested)) {
            const auto inner = PhpSerialize::unserialize(nested.isString() ? nested.bytes() : QByteArray());
            if (!inner.ok) {
                call.report(HandlerRegistry::tr("the serialized %1 inside the value is broken %2")
                                .arg(QLatin1String(what), inner.error));
                return false;
            }
            decoded = inner.value;
        }
        const auto encoded = PhpSerialize::toJson(decoded);
        if (!encoded.ok) {
            call.report(HandlerRegistry::tr("the %1 inside the value cannot be converted to JSON: %2")
                            .arg(QLatin1String(what), encoded.error));
            return false;
        }
        nested = PhpValue::string(encoded.json);
        return true;
    }

    bool m_ignoreBroken;
};

class SerializedData : public Handler
{
public:
    SerializedData(const HandlerConfig& config, const HandlerContext& context)
        : m_map(needClassMap(context, config))
    {
    }
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const QVariant value = call.record.value(call.field);
        auto parsed = PhpSerialize::unserialize(recordBytes(value));
        if (!parsed.ok) {
            call.report(HandlerRegistry::tr("the serialized rule data is broken %1").arg(parsed.error));
            return;
        }
        if (!parsed.value.isArray())
            return;
        replace(parsed.value);
        call.record[call.field] = sameKind(value, PhpSerialize::serialize(parsed.value));
    }

private:
    void replace(PhpValue& array)
    {
        for (auto& entry : array.entries()) {
            if (entry.value.isArray()) {
                replace(entry.value);
            } else if (entry.value.isString()) {
                const QString converted = m_map.convert(QString::fromUtf8(entry.value.bytes()));
                if (!converted.isEmpty())
                    entry.value = PhpValue::string(converted.toUtf8());
            }
        }
    }

    const ClassMap& m_map;
};

class UrlSuffix : public Handler
{
public:
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const QVariant value = call.record.value(call.field);
        if (phpTruthy(value)) {
            const QString text = value.toString();
            if (!text.startsWith(QLatin1Char('.')))
                call.record[call.field] = QStringLiteral(".") + text;
        }
    }
};

class CategoryRootId : public Handler
{
public:
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        // PHP's loose ==: "2", "2.0" and " 2" equal 2.
        bool ok = false;
        const double number = call.record.value(call.field).toString().trimmed().toDouble(&ok);
        if (ok && number == 2)
            call.record[call.field] = QVariant();
    }
};

class GetDestinationValue : public Handler
{
public:
    explicit GetDestinationValue(const HandlerConfig& config)
        : m_setNullIfEmpty(config.param(QStringLiteral("setNullIfEmpty")) == QLatin1String("true"))
    {
    }
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const QVariant other = call.opposite.value(call.field);
        if (!other.isNull() || m_setNullIfEmpty)
            call.record[call.field] = other;
    }

private:
    bool m_setNullIfEmpty;
};

class ConvertTimestampToDate : public Handler
{
public:
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const QVariant value = call.record.value(call.field);
        bool numeric = false;
        const double seconds = value.toString().trimmed().toDouble(&numeric);
        if (phpTruthy(value) && numeric
            && call.record.value(QStringLiteral("frontend_input")).toString() == QLatin1String("date")) {
            call.record[call.field] = QDateTime::fromSecsSinceEpoch(qint64(seconds), QTimeZone::utc())
                                          .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
    }
};

class SetVisibleOnFront : public Handler
{
public:
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const QString status = call.record.value(QStringLiteral("status")).toString();
        const QString state = call.record.value(QStringLiteral("state")).toString();
        static const QStringList initiallyInvisible = { QStringLiteral("pending_ogone-pending_payment"),
            QStringLiteral("pending_payment-pending_payment"), QStringLiteral("processed_ogone-processing") };
        const bool invisible = initiallyInvisible.contains(status + QLatin1Char('-') + state)
            || state == QLatin1String("pending_payment");
        call.record[QStringLiteral("visible_on_front")] = invisible ? QStringLiteral("0") : QStringLiteral("1");
    }
};

QList<qint64> attributeIdsOf(const QVariant& value)
{
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok ? QList<qint64> { id } : QList<qint64> {};
}

class TruncateSuffix : public Handler
{
public:
    TruncateSuffix(const HandlerConfig& config, const HandlerContext& context)
        : m_context(context)
        , m_suffixPath(required(config, QStringLiteral("suffixPath")))
        , m_entityType(required(config, QStringLiteral("entityTypeCode")))
    {
        QString codes = required(config, QStringLiteral("attributeCodes"));
        while (codes.endsWith(QLatin1Char(']')))
            codes.chop(1);
        while (codes.startsWith(QLatin1Char('[')))
            codes.remove(0, 1);
        m_codes = codes.split(QLatin1Char(','));
    }
    void handle(HandlerCall& call) override
    {
        if (!m_suffix) {
            // The tool's default when the source has no such setting.
            m_suffix = m_context.sourceConfigValue(m_suffixPath).value_or(QStringLiteral(".html"));
            m_ids = m_context.sourceAttributeIds(m_entityType, m_codes);
        }
        if (m_suffix->isEmpty())
            return;
        const auto id = attributeIdsOf(call.record.value(QStringLiteral("attribute_id")));
        if (id.isEmpty() || !m_ids.contains(id.first()))
            return;
        const QVariant value = call.record.value(call.field);
        const QString text = value.toString();
        if (!value.isNull() && text.endsWith(*m_suffix))
            call.record[call.field] = text.chopped(m_suffix->size());
    }

private:
    const HandlerContext& m_context;
    QString m_suffixPath;
    QString m_entityType;
    QStringList m_codes;
    std::optional<QString> m_suffix;
    QList<qint64> m_ids;
};

class CleanMultiselect : public Handler
{
public:
    explicit CleanMultiselect(const HandlerContext& context)
        : m_context(context)
    {
    }
    void handle(HandlerCall& call) override
    {
        if (!m_ids) {
            m_ids
                = m_context.sourceAttributeIdsByInput(QStringLiteral("catalog_product"), QStringLiteral("multiselect"));
        }
        const auto id = attributeIdsOf(call.record.value(QStringLiteral("attribute_id")));
        if (id.isEmpty() || !m_ids->contains(id.first()))
            return;
        // explode(',') then array_filter(): empty parts and "0" go.
        QStringList kept;
        for (const auto& part : call.record.value(call.field).toString().split(QLatin1Char(','))) {
            if (!part.isEmpty() && part != QLatin1String("0"))
                kept.append(part);
        }
        call.record[call.field] = kept.join(QLatin1Char(','));
    }

private:
    const HandlerContext& m_context;
    std::optional<QList<qint64>> m_ids;
};

class SetValueAttributeCondition : public Handler
{
public:
    SetValueAttributeCondition(const HandlerConfig& config, const HandlerContext& context)
        : m_context(context)
        , m_code(required(config, QStringLiteral("attributeCode")))
        // The tool compares with 'null' only; the 1.9.4.5 files write "NULL" and mean SQL NULL.
        , m_value(nullOr(required(config, QStringLiteral("value"))))
    {
    }
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        const auto id = attributeIdsOf(call.record.value(QStringLiteral("attribute_id")));
        if (id.isEmpty())
            return;
        auto cached = m_codes.constFind(id.first());
        if (cached == m_codes.constEnd())
            cached = m_codes.insert(id.first(), m_context.sourceAttributeCode(id.first()).value_or(QString()));
        if (*cached == m_code)
            call.record[call.field] = m_value;
    }

private:
    const HandlerContext& m_context;
    QString m_code;
    QVariant m_value;
    QHash<qint64, QString> m_codes;
};

/**
 * Magento 2 keys bundle option titles and selection prices by the bundle product too (parent_product_id); Magento 1
 * did not. The value is looked up in the source row the record points at: `parentField` of this record names a
 * row of `documentWithProductId`, whose `fieldWithProductId` is the product. A record whose row is gone is not
 * written (an orphan Magento 2's foreign key would refuse), with that reason.
 */
class BundleParentProduct : public Handler
{
public:
    BundleParentProduct(const HandlerConfig& config, const HandlerContext& context)
        : m_context(context)
        , m_parentField(required(config, QStringLiteral("parentField")))
        , m_document(required(config, QStringLiteral("documentWithProductId")))
        , m_productField(required(config, QStringLiteral("fieldWithProductId")))
    {
    }
    void handle(HandlerCall& call) override
    {
        QVariant parent = call.record.value(m_parentField);
        if (parent.isNull())
            parent = call.opposite.value(m_parentField);
        const std::optional<QVariant> product
            = parent.isNull() ? std::nullopt : m_context.sourceValue(m_document, m_parentField, parent, m_productField);
        if (!product || product->isNull()) {
            call.skipRow(HandlerRegistry::tr("its %1 row does not exist in Magento 1, so its bundle product is not "
                                             "known (an orphan row in Magento 1)")
                             .arg(m_document));
            return;
        }
        call.record[call.field] = *product;
    }

private:
    const HandlerContext& m_context;
    QString m_parentField;
    QString m_document;
    QString m_productField;
};

class StoreGroupCode : public Handler
{
public:
    explicit StoreGroupCode(const HandlerContext& context)
        : m_context(context)
    {
    }
    void handle(HandlerCall& call) override
    {
        if (!validate(call))
            return;
        if (!m_codes) {
            m_codes.emplace();
            QStringList names;
            const auto groups = m_context.sourceStoreGroupNames();
            for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
                QString code = it.value();
                code.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral("_"));
                code = code.toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9\\-_]")));
                code.remove(QRegularExpression(QStringLiteral("^[^a-z]+")));
                if (names.contains(it.value())) {
                    // The tool appends md5(mt_rand()); a hash of the id keeps reruns identical.
                    code += QLatin1Char('-')
                        + QString::fromLatin1(
                            QCryptographicHash::hash(QByteArray::number(it.key()), QCryptographicHash::Md5).toHex());
                    call.report(
                        HandlerRegistry::tr("the store group name \"%1\" is used twice; group %2 gets the code %3")
                            .arg(it.value())
                            .arg(it.key())
                            .arg(code),
                        RecordIssue::Severity::Warning);
                }
                names.append(it.value());
                m_codes->insert(it.key(), code);
            }
        }
        const QString code = m_codes->value(call.record.value(QStringLiteral("group_id")).toLongLong());
        call.record[call.field] = code.isEmpty() ? QStringLiteral("store_group") : code;
    }

private:
    const HandlerContext& m_context;
    std::optional<QHash<qint64, QString>> m_codes;
};

// The tool's Encrypt and Settings\Encrypt: a Magento 1 value (Blowfish, base64) decrypted with the Magento 1 key
// and encrypted as Magento 2's Encryptor::encrypt() does. Falsy values ("", "0", NULL) stay as they are, as in
// the tool; a value that does not decrypt is reported with its table, column and key and left as it was (the tool
// would write garbage), so that nothing is dropped or corrupted silently.
class Encrypt : public Handler
{
public:
    Encrypt(const HandlerConfig& config, const HandlerContext& context, const CryptKeys& keys, bool settings)
        : m_settings(settings)
    {
        auto cannotRun = [&](const QString& why) {
            return Error(HandlerRegistry::tr("%1:%2: the handler %3 cannot run: %4.")
                             .arg(nativeFile(config))
                             .arg(config.line)
                             .arg(config.className, why));
        };
        QByteArray magento1Key = context.option(QStringLiteral("crypt_key")).trimmed().toUtf8();
        QString magento1Source = HandlerRegistry::tr("the crypt_key option of config.xml");
        if (magento1Key.isEmpty() && keys.magento1()) {
            magento1Key = *keys.magento1();
            magento1Source = keys.magento1Source();
        }
        if (magento1Key.isEmpty())
            throw cannotRun(keys.magento1Missing());
        if (!keys.magento2())
            throw cannotRun(keys.magento2Missing());
        try {
            m_decryptor = std::make_unique<Magento1Decryptor>(magento1Key, magento1Source);
            m_encryptor = std::make_unique<Magento2Encryptor>(*keys.magento2(), keys.magento2Source());
        } catch (const Error& e) {
            throw cannotRun(e.message());
        }
    }
    void handle(HandlerCall& call) override
    {
        // Settings\Encrypt always works on core_config_data.value; Encrypt on its field ("value" when none).
        if (m_settings || call.field.isEmpty())
            call.field = QStringLiteral("value");
        const QVariant value = call.record.value(call.field);
        if (!phpTruthy(value))
            return;
        if (!validate(call))
            return;
        const QByteArray bytes = recordBytes(value);
        if (bytes.count(':') >= 3) {
            call.report(HandlerRegistry::tr("the value has the key:cipher:vector:data form of Magento 1 Enterprise's "
                                            "encryption, which Cutover does not decrypt; it is left as it was"));
            return;
        }
        QString why;
        const auto plain = m_decryptor->decrypt(bytes, &why);
        if (!plain) {
            call.report(HandlerRegistry::tr("the encrypted value cannot be decrypted: %1; it is left as it was. Check "
                                            "the Magento 1 encryption key")
                            .arg(why));
            return;
        }
        call.record[call.field] = sameKind(value, m_encryptor->encrypt(*plain));
    }

private:
    bool m_settings;
    std::unique_ptr<Magento1Decryptor> m_decryptor;
    std::unique_ptr<Magento2Encryptor> m_encryptor;
};

template <typename T> HandlerRegistry::Factory plain()
{
    return [](const HandlerConfig&, const HandlerContext&) { return std::unique_ptr<Handler>(new T()); };
}

template <typename T> HandlerRegistry::Factory withConfig()
{
    return [](const HandlerConfig& config, const HandlerContext&) { return std::unique_ptr<Handler>(new T(config)); };
}

template <typename T> HandlerRegistry::Factory withContext()
{
    return [](const HandlerConfig&, const HandlerContext& context) { return std::unique_ptr<Handler>(new T(context)); };
}

template <typename T> HandlerRegistry::Factory withBoth()
{
    return [](const HandlerConfig& config, const HandlerContext& context) {
        return std::unique_ptr<Handler>(new T(config, context));
    };
}

} // namespace

HandlerRegistry::HandlerRegistry()
{
    const QString ns = QStringLiteral("Migration\\Handler\\");
    add(ns + QStringLiteral("SetValue"), withConfig<SetValue>());
    add(ns + QStringLiteral("AddPrefix"), withConfig<AddPrefix>());
    add(ns + QStringLiteral("Convert"), withConfig<Convert>());
    add(ns + QStringLiteral("ConvertIp"), plain<ConvertIp>());
    add(ns + QStringLiteral("Timezone"), withBoth<Timezone>());
    add(ns + QStringLiteral("SetHash"), withConfig<SetHash>());
    add(ns + QStringLiteral("ClassMap"), withBoth<ClassMapHandler>());
    add(ns + QStringLiteral("EavAttribute\\ConvertModel"), withBoth<ConvertModel>());
    add(ns + QStringLiteral("Placeholder"), withBoth<Placeholder>());
    add(ns + QStringLiteral("SerializeToJson"), withConfig<SerializeToJson>());
    add(ns + QStringLiteral("SerializeToJson\\ConvertWithConditions"), withConfig<ConvertWithConditions>());
    add(ns + QStringLiteral("SerializeToJson\\ItemOption"), plain<ItemOption>());
    add(ns + QStringLiteral("SerializeToJson\\SalesOrderItem"), withConfig<SalesOrderItem>());
    add(ns + QStringLiteral("Rule\\SerializedData"), withBoth<SerializedData>());
    add(ns + QStringLiteral("Settings\\UrlSuffix"), plain<UrlSuffix>());
    add(ns + QStringLiteral("Settings\\CategoryRootId"), plain<CategoryRootId>());
    add(ns + QStringLiteral("GetDestinationValue"), withConfig<GetDestinationValue>());
    add(ns + QStringLiteral("ConvertTimestampToDate"), plain<ConvertTimestampToDate>());
    add(ns + QStringLiteral("SalesOrderStatusState\\SetVisibleOnFront"), plain<SetVisibleOnFront>());
    add(ns + QStringLiteral("TruncateSuffix"), withBoth<TruncateSuffix>());
    add(ns + QStringLiteral("CleanMultiselect"), withContext<CleanMultiselect>());
    add(ns + QStringLiteral("SetValueAttributeCondition"), withBoth<SetValueAttributeCondition>());
    add(ns + QStringLiteral("StoreGroupCode"), withContext<StoreGroupCode>());
    add(ns + QStringLiteral("BundleParentProduct"), withBoth<BundleParentProduct>());

    setCryptKeys(CryptKeys());

    const QString needsDatabase = tr("it reads or writes other tables and needs the migration engine");
    for (const char* name : { "ConvertEavValue", "Gallery\\InsertValueToEntity",
             "Gallery\\SetEntityId", "ProductAlertStoreId", "QuoteMultiAddressStoreId", "Synonym",
             "EavAttribute\\ApplyTo", "EavAttribute\\BackendTypeForMultiselect", "EavAttributeGroup\\SetGroupCode",
             "ConvertBinaryIp", "ConvertDateFormat", "Eav\\SetAttributeGroupCode",
             "EavAttribute\\ConvertConfigurableAttribute", "FieldCopy", "GetEventStatus", "Rule\\ConditionSql",
             "Rule\\CustomerSegmentConditionSql", "Rule\\NormalizationIds", "SetDefaultWebsiteId", "Sequence",
             "Settings\\Template", "Settings\\VisualMerchandiserAttribute", "Settings\\VisualMerchandiserInsertMode",
             "VisualMerchandiser\\Attribute", "VisualMerchandiser\\InsertMode", "VisualMerchandiser\\SmartAttribute" })
        m_notImplemented.insert(ns + QLatin1String(name), needsDatabase);
}

void HandlerRegistry::add(const QString& className, Factory factory)
{
    const QString name = normalize(className);
    m_notImplemented.remove(name);
    m_factories.insert(name, std::move(factory));
}

void HandlerRegistry::setCryptKeys(const CryptKeys& keys)
{
    const auto shared = std::make_shared<const CryptKeys>(keys);
    const QString ns = QStringLiteral("Migration\\Handler\\");
    for (const bool settings : { false, true }) {
        add(ns + (settings ? QStringLiteral("Settings\\Encrypt") : QStringLiteral("Encrypt")),
            [shared, settings](const HandlerConfig& config, const HandlerContext& context) {
                return std::unique_ptr<Handler>(new Encrypt(config, context, *shared, settings));
            });
    }
}

QString HandlerRegistry::normalize(const QString& className)
{
    QString name = className.trimmed();
    while (name.startsWith(QLatin1Char('\\')))
        name.remove(0, 1);
    return name;
}

HandlerRegistry::Support HandlerRegistry::support(const QString& className) const
{
    const QString name = normalize(className);
    if (m_factories.contains(name))
        return Support::Implemented;
    if (m_notImplemented.contains(name))
        return Support::NotImplemented;
    return Support::Unknown;
}

QStringList HandlerRegistry::implemented() const
{
    QStringList names = m_factories.keys();
    names.sort();
    return names;
}

QStringList HandlerRegistry::notImplemented() const
{
    QStringList names = m_notImplemented.keys();
    names.sort();
    return names;
}

std::unique_ptr<Handler> HandlerRegistry::create(const HandlerConfig& config, const HandlerContext& context) const
{
    const QString name = normalize(config.className);
    const auto factory = m_factories.constFind(name);
    if (factory != m_factories.constEnd())
        return (*factory)(config, context);
    const auto why = m_notImplemented.constFind(name);
    if (why != m_notImplemented.constEnd()) {
        throw Error(tr("%1:%2: the handler %3 is not implemented in Cutover: %4. Remove the rule or migrate this "
                       "data another way.")
                        .arg(nativeFile(config))
                        .arg(config.line)
                        .arg(config.className, *why));
    }
    throw Error(tr("%1:%2: unknown handler class %3. Check its spelling against the Data Migration Tool's "
                   "Migration\\Handler classes.")
                    .arg(nativeFile(config))
                    .arg(config.line)
                    .arg(config.className));
}

QList<IntegrityIssue> HandlerRegistry::check(const QList<HandlerConfig>& handlers) const
{
    QList<IntegrityIssue> issues;
    // Build each handler with an empty context: constructors only check params, look-ups happen on first use.
    // Handlers that need the class map get one that is empty.
    class CheckContext : public HandlerContext
    {
    public:
        const ClassMap* classMap() const override { return &m_map; }
        ClassMap m_map;
    } context;
    for (const auto& config : handlers) {
        try {
            create(config, context);
        } catch (const Error& e) {
            issues.append(IntegrityIssue { IntegrityIssue::Severity::Error, config.file, config.line, e.message() });
        }
    }
    return issues;
}

} // namespace cutover
