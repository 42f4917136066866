#include "steps/sourcehandlercontext.h"

#include "db/database.h"
#include "mapping/dmtconfig.h"
#include "schema/tableinfo.h"

#include <QSqlQuery>

#include <limits>

namespace cutover {

SourceHandlerContext::SourceHandlerContext(DatabaseTarget source, const DmtConfiguration* dmt,
    const SchemaCatalog* sourceCatalog, const SchemaCatalog* destinationCatalog)
    : m_source(std::move(source))
    , m_dmt(dmt)
    , m_sourceCatalog(sourceCatalog)
    , m_destinationCatalog(destinationCatalog)
{
}

SourceHandlerContext::~SourceHandlerContext() = default;

Database& SourceHandlerContext::db() const
{
    if (!m_db)
        m_db = std::make_unique<Database>(m_source.profile, m_source.password, QStringLiteral("source"));
    return *m_db;
}

QString SourceHandlerContext::option(const QString& name) const
{
    return m_dmt ? m_dmt->config().option(name) : QString();
}

const ClassMap* SourceHandlerContext::classMap() const
{
    return m_dmt ? m_dmt->classMap() : nullptr;
}

std::optional<QString> SourceHandlerContext::sourceConfigValue(const QString& path) const
{
    QSqlQuery q = db().query(QStringLiteral("SELECT value FROM %1 WHERE path = ? ORDER BY config_id LIMIT 1")
                                 .arg(db().table(QStringLiteral("core_config_data"))),
        { path });
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

QList<qint64> SourceHandlerContext::sourceAttributeIds(
    const QString& entityTypeCode, const QStringList& attributeCodes) const
{
    QList<qint64> ids;
    if (attributeCodes.isEmpty())
        return ids;
    QStringList quoted;
    for (const QString& code : attributeCodes)
        quoted << Database::quoteString(code);
    QSqlQuery q = db().query(
        QStringLiteral("SELECT a.attribute_id FROM %1 a JOIN %2 t ON t.entity_type_id = "
                       "a.entity_type_id WHERE t.entity_type_code = %3 AND a.attribute_code IN (%4) "
                       "ORDER BY a.attribute_id")
            .arg(db().table(QStringLiteral("eav_attribute")), db().table(QStringLiteral("eav_entity_type")),
                Database::quoteString(entityTypeCode), quoted.join(QLatin1Char(','))));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<qint64> SourceHandlerContext::sourceAttributeIdsByInput(
    const QString& entityTypeCode, const QString& frontendInput) const
{
    QList<qint64> ids;
    QSqlQuery q = db().query(
        QStringLiteral("SELECT a.attribute_id FROM %1 a JOIN %2 t ON t.entity_type_id = "
                       "a.entity_type_id WHERE t.entity_type_code = ? AND a.frontend_input = ? "
                       "ORDER BY a.attribute_id")
            .arg(db().table(QStringLiteral("eav_attribute")), db().table(QStringLiteral("eav_entity_type"))),
        { entityTypeCode, frontendInput });
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

std::optional<QString> SourceHandlerContext::sourceAttributeCode(qint64 attributeId) const
{
    QSqlQuery q = db().query(QStringLiteral("SELECT attribute_code FROM %1 WHERE attribute_id = ?")
                                 .arg(db().table(QStringLiteral("eav_attribute"))),
        { attributeId });
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

QMap<qint64, QString> SourceHandlerContext::sourceStoreGroupNames() const
{
    QMap<qint64, QString> names;
    QSqlQuery q = db().query(QStringLiteral("SELECT group_id, name FROM %1 ORDER BY group_id")
                                 .arg(db().table(QStringLiteral("core_store_group"))));
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

std::optional<QVariant> SourceHandlerContext::sourceValue(
    const QString& document, const QString& keyField, const QVariant& key, const QString& valueField) const
{
    bool ok = false;
    const qint64 wanted = key.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    constexpr int windowRows = 5000;
    Window& window = m_windows[document + QLatin1Char('\x1f') + keyField + QLatin1Char('\x1f') + valueField];
    const auto load = [&]() {
        // The rows from the wanted key on: the next calls of a copy in key order find theirs in it.
        window.values.clear();
        window.from = wanted;
        window.to = wanted;
        QSqlQuery q = db().query(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 >= %4 ORDER BY %1 LIMIT %5")
                                     .arg(Database::quoteIdentifier(keyField), Database::quoteIdentifier(valueField),
                                         db().table(document))
                                     .arg(wanted)
                                     .arg(windowRows));
        int rows = 0;
        while (q.next()) {
            ++rows;
            window.to = q.value(0).toLongLong();
            window.values.insert(window.to, q.isNull(1) ? QVariant() : q.value(1));
        }
        if (rows < windowRows)
            window.to = std::numeric_limits<qint64>::max(); // the end of the table, when it was read
    };
    bool fresh = false;
    if (wanted < window.from || wanted > window.to) {
        load();
        fresh = true;
    }
    auto it = window.values.constFind(wanted);
    // Not in a window read earlier: the row may be newer than the window (delta keeps its transform, and so this
    // context, for a whole session), so it is read again before it is called missing.
    if (it == window.values.cend() && !fresh) {
        load();
        it = window.values.constFind(wanted);
    }
    if (it == window.values.cend())
        return std::nullopt;
    return *it;
}

QString SourceHandlerContext::columnType(const QString& document, const QString& field) const
{
    for (const SchemaCatalog* catalog : { m_sourceCatalog, m_destinationCatalog }) {
        if (!catalog)
            continue;
        if (const TableInfo* table = catalog->table(document)) {
            if (const ColumnInfo* column = table->column(field))
                return column->dataType;
        }
    }
    return {};
}

} // namespace cutover
