#pragma once

#include <QString>

#include <cstdint>
#include <variant>

namespace cutover {

/**
 * One value of a generated row, written straight into a multi-row INSERT: NULL, an integer, a decimal with a
 * fixed number of places, a string (escaped), or a raw SQL expression the caller vouches for.
 */
class SqlValue {
public:
    SqlValue()
        : m_value(std::monostate {})
    {
    }
    SqlValue(std::nullptr_t)
        : m_value(std::monostate {})
    {
    }
    SqlValue(int v)
        : m_value(qint64(v))
    {
    }
    SqlValue(unsigned v)
        : m_value(qint64(v))
    {
    }
    SqlValue(long v)
        : m_value(qint64(v))
    {
    }
    SqlValue(long long v)
        : m_value(qint64(v))
    {
    }
    SqlValue(bool v)
        : m_value(qint64(v ? 1 : 0))
    {
    }
    /** A decimal with 4 places, as Magento's decimal(12,4) columns hold prices. */
    SqlValue(double v)
        : m_value(Decimal { v, 4 })
    {
    }
    SqlValue(const char* v)
        : m_value(QString::fromUtf8(v))
    {
    }
    SqlValue(QString v)
        : m_value(std::move(v))
    {
    }

    static SqlValue decimal(double v, int places) { return SqlValue(Decimal { v, places }); }
    /** A SQL expression written as it is (`NOW()`, `'0000-00-00 00:00:00'`); never pass user text here. */
    static SqlValue raw(QString sql) { return SqlValue(Raw { std::move(sql) }); }

    bool isNull() const { return std::holds_alternative<std::monostate>(m_value); }
    void appendTo(QString& out) const;

private:
    struct Decimal {
        double value;
        int places;
    };
    struct Raw {
        QString sql;
    };
    explicit SqlValue(Decimal d)
        : m_value(d)
    {
    }
    explicit SqlValue(Raw r)
        : m_value(std::move(r))
    {
    }

    std::variant<std::monostate, qint64, Decimal, QString, Raw> m_value;
};

} // namespace cutover
