#include "sqlvalue.h"

#include "db/database.h"

namespace cutover {

void SqlValue::appendTo(QString& out) const
{
    struct Visitor {
        QString& out;
        void operator()(std::monostate) const { out += QLatin1String("NULL"); }
        void operator()(qint64 v) const { out += QString::number(v); }
        void operator()(const Decimal& d) const { out += QString::number(d.value, 'f', d.places); }
        void operator()(const QString& s) const { Database::appendQuotedString(out, s); }
        void operator()(const Raw& r) const { out += r.sql; }
    };
    std::visit(Visitor { out }, m_value);
}

} // namespace cutover
