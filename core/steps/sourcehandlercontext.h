#pragma once

#include "copy/tablecopier.h"
#include "mapping/handlers.h"

#include <QHash>

#include <memory>

namespace cutover {

class Database;
class DmtConfiguration;
class SchemaCatalog;

/**
 * The HandlerContext of a running migration: config.xml's options and class map, look-ups in the source database
 * (core_config_data, eav_attribute, core_store_group) over a connection opened on first use, on the thread that
 * uses the context, and column types from both schemas. One per worker, like the handlers it serves.
 */
class SourceHandlerContext : public HandlerContext
{
public:
    /** `dmt`, `sourceCatalog` and `destinationCatalog` may be null and must outlive the context. */
    SourceHandlerContext(DatabaseTarget source, const DmtConfiguration* dmt, const SchemaCatalog* sourceCatalog,
        const SchemaCatalog* destinationCatalog);
    ~SourceHandlerContext() override;

    QString option(const QString& name) const override;
    const ClassMap* classMap() const override;
    std::optional<QString> sourceConfigValue(const QString& path) const override;
    QList<qint64> sourceAttributeIds(const QString& entityTypeCode, const QStringList& attributeCodes) const override;
    QList<qint64> sourceAttributeIdsByInput(const QString& entityTypeCode, const QString& frontendInput) const override;
    std::optional<QString> sourceAttributeCode(qint64 attributeId) const override;
    QMap<qint64, QString> sourceStoreGroupNames() const override;
    QString columnType(const QString& document, const QString& field) const override;
    std::optional<QVariant> sourceValue(
        const QString& document, const QString& keyField, const QVariant& key, const QString& valueField) const override;

private:
    Database& db() const;

    /** Rows of one look-up from `from` to `to` (keys), at most a window's worth: memory is bounded by it. */
    struct Window
    {
        qint64 from = 0;
        qint64 to = -1;
        QHash<qint64, QVariant> values;
    };
    mutable QHash<QString, Window> m_windows;

    DatabaseTarget m_source;
    const DmtConfiguration* m_dmt;
    const SchemaCatalog* m_sourceCatalog;
    const SchemaCatalog* m_destinationCatalog;
    mutable std::unique_ptr<Database> m_db;
};

} // namespace cutover
