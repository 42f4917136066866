#include "gencontext.h"

#include "db/database.h"
#include "error.h"
#include "log/log.h"

#include <QSqlQuery>

namespace cutover {

GenContext::GenContext(Database& db, GeneratorOptions options, ProgressFn progress, const std::atomic<bool>* cancel)
    : m_db(db)
    , m_options(std::move(options))
    , m_progressFn(std::move(progress))
    , m_cancel(cancel)
    , m_schema(SchemaCatalog::read(db))
    , m_rng(m_options.seed)
{
}

QString GenContext::table(const QString& name) const
{
    return m_db.table(name);
}

qint64 GenContext::reserveIds(const QString& tableName, const QString& column, qint64 count)
{
    const QString key = tableName + QLatin1Char('.') + column;
    auto it = m_nextIds.find(key);
    if (it == m_nextIds.end()) {
        const qint64 max = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(%1), 0) FROM %2")
                                           .arg(Database::quoteIdentifier(column), table(tableName)))
                               .toLongLong();
        it = m_nextIds.insert(key, max + 1);
    }
    const qint64 first = it.value();
    it.value() += count;
    return first;
}

qint64 GenContext::nextId(const QString& tableName, const QString& column)
{
    return reserveIds(tableName, column, 1);
}

void GenContext::loadAttributes()
{
    if (m_attributesLoaded)
        return;
    m_entityTypes.clear();
    m_attributes.clear();
    QSqlQuery types = m_db.query(QStringLiteral("SELECT entity_type_id, entity_type_code FROM %1").arg(table(QStringLiteral("eav_entity_type"))));
    QHash<int, QString> codes;
    while (types.next()) {
        m_entityTypes.insert(types.value(1).toString(), types.value(0).toInt());
        codes.insert(types.value(0).toInt(), types.value(1).toString());
    }
    QSqlQuery attributes = m_db.query(QStringLiteral("SELECT attribute_id, entity_type_id, attribute_code, backend_type FROM %1")
                                          .arg(table(QStringLiteral("eav_attribute"))));
    while (attributes.next()) {
        const QString key = codes.value(attributes.value(1).toInt()) + QLatin1Char('/') + attributes.value(2).toString();
        m_attributes.insert(key, Attribute { attributes.value(0).toInt(), attributes.value(3).toString() });
    }
    m_attributesLoaded = true;
}

void GenContext::reloadAttributes()
{
    m_attributesLoaded = false;
}

int GenContext::entityTypeId(const QString& entityTypeCode)
{
    loadAttributes();
    const int id = m_entityTypes.value(entityTypeCode);
    if (id == 0)
        throw Error(tr("The database has no EAV entity type %1; it does not look like a Magento 1 store.").arg(entityTypeCode));
    return id;
}

int GenContext::attributeId(const QString& entityTypeCode, const QString& attributeCode)
{
    loadAttributes();
    return m_attributes.value(entityTypeCode + QLatin1Char('/') + attributeCode).id;
}

QString GenContext::attributeBackendType(const QString& entityTypeCode, const QString& attributeCode)
{
    loadAttributes();
    return m_attributes.value(entityTypeCode + QLatin1Char('/') + attributeCode).backendType;
}

void GenContext::checkCancelled()
{
    if (m_cancel && m_cancel->load())
        throw Error(tr("Generation was cancelled."));
}

void GenContext::progress(const QString& area, qint64 done, qint64 total)
{
    checkCancelled();
    if (m_progressFn)
        m_progressFn(area, done, total);
}

void GenContext::warn(const QString& message)
{
    if (m_warnings.contains(message))
        return;
    m_warnings << message;
    logger("core.generate")->warn("{}", message.toStdString());
}

} // namespace cutover
