#include "steps/attributemap.h"

#include "db/database.h"
#include "error.h"

namespace cutover {

namespace {

QString key(const QString& entityType, const QString& code)
{
    return entityType + QLatin1Char('/') + code;
}

QHash<QString, int> entityTypes(Database& db)
{
    QHash<QString, int> types;
    QSqlQuery q = db.query(QStringLiteral("SELECT entity_type_id, entity_type_code FROM %1")
                               .arg(db.table(QStringLiteral("eav_entity_type"))));
    while (q.next())
        types.insert(q.value(1).toString(), q.value(0).toInt());
    return types;
}

QString attributesQuery(Database& db)
{
    return QStringLiteral("SELECT a.attribute_id, t.entity_type_code, a.attribute_code, a.backend_type, "
                          "a.is_user_defined FROM %1 a JOIN %2 t ON t.entity_type_id = a.entity_type_id "
                          "ORDER BY a.attribute_id")
        .arg(db.table(QStringLiteral("eav_attribute")), db.table(QStringLiteral("eav_entity_type")));
}

} // namespace

AttributeMap AttributeMap::load(Database& source, Database& destination)
{
    AttributeMap map;
    map.m_sourceTypes = entityTypes(source);
    map.m_destinationTypes = entityTypes(destination);

    QHash<QString, int> destinationIds;
    QSqlQuery d = destination.query(attributesQuery(destination));
    while (d.next())
        destinationIds.insert(key(d.value(1).toString(), d.value(2).toString()), d.value(0).toInt());

    QSqlQuery s = source.query(attributesQuery(source));
    while (s.next()) {
        Attribute a;
        a.sourceId = s.value(0).toInt();
        a.entityType = s.value(1).toString();
        a.code = s.value(2).toString();
        a.backendType = s.value(3).toString();
        a.userDefined = s.value(4).toInt() != 0;
        a.destinationId = destinationIds.value(key(a.entityType, a.code), 0);
        map.m_bySourceId.insert(a.sourceId, map.m_attributes.size());
        map.m_byCode.insert(key(a.entityType, a.code), map.m_attributes.size());
        map.m_attributes << a;
    }
    return map;
}

std::optional<int> AttributeMap::destinationId(int sourceAttributeId) const
{
    const Attribute* a = bySourceId(sourceAttributeId);
    if (!a || a->destinationId == 0)
        return std::nullopt;
    return a->destinationId;
}

const AttributeMap::Attribute* AttributeMap::bySourceId(int sourceAttributeId) const
{
    const auto it = m_bySourceId.constFind(sourceAttributeId);
    return it == m_bySourceId.constEnd() ? nullptr : &m_attributes[*it];
}

const AttributeMap::Attribute* AttributeMap::byCode(const QString& entityType, const QString& code) const
{
    const auto it = m_byCode.constFind(key(entityType, code));
    return it == m_byCode.constEnd() ? nullptr : &m_attributes[*it];
}

QList<AttributeMap::Attribute> AttributeMap::unmatched(const QString& entityType) const
{
    QList<Attribute> result;
    for (const Attribute& a : m_attributes) {
        if (a.destinationId == 0 && (entityType.isEmpty() || a.entityType == entityType))
            result << a;
    }
    return result;
}

std::optional<int> AttributeMap::sourceEntityTypeId(const QString& code) const
{
    const auto it = m_sourceTypes.constFind(code);
    return it == m_sourceTypes.constEnd() ? std::nullopt : std::optional<int>(*it);
}

std::optional<int> AttributeMap::destinationEntityTypeId(const QString& code) const
{
    const auto it = m_destinationTypes.constFind(code);
    return it == m_destinationTypes.constEnd() ? std::nullopt : std::optional<int>(*it);
}

} // namespace cutover
