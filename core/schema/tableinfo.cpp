#include "tableinfo.h"

#include "db/database.h"

#include <QSqlQuery>

#include <algorithm>

namespace cutover {

bool ColumnInfo::isNumeric() const
{
    static const QStringList numeric { QStringLiteral("tinyint"), QStringLiteral("smallint"),
        QStringLiteral("mediumint"), QStringLiteral("int"), QStringLiteral("bigint"), QStringLiteral("decimal"),
        QStringLiteral("float"), QStringLiteral("double"), QStringLiteral("bit") };
    return numeric.contains(dataType);
}

bool ColumnInfo::isTemporal() const
{
    return dataType == QLatin1String("datetime") || dataType == QLatin1String("timestamp")
        || dataType == QLatin1String("date") || dataType == QLatin1String("time");
}

const ColumnInfo* TableInfo::column(const QString& columnName) const
{
    for (const ColumnInfo& c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

SchemaCatalog SchemaCatalog::read(Database& db)
{
    const QString prefix = db.profile().tablePrefix;
    SchemaCatalog catalog;
    QSqlQuery q = db.query(
        QStringLiteral("SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE, c.COLUMN_TYPE, c.IS_NULLABLE, "
                       "c.COLUMN_DEFAULT IS NOT NULL OR c.IS_NULLABLE = 'YES', c.EXTRA, "
                       "COALESCE(c.CHARACTER_MAXIMUM_LENGTH, 0), c.COLUMN_KEY "
                       "FROM information_schema.COLUMNS c JOIN information_schema.TABLES t "
                       "ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME "
                       "WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE' "
                       "ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION"));
    while (q.next()) {
        const QString fullName = q.value(0).toString();
        if (!fullName.startsWith(prefix))
            continue;
        const QString name = fullName.mid(prefix.size());
        TableInfo& table = catalog.m_tables[name];
        table.name = name;
        ColumnInfo column;
        column.name = q.value(1).toString();
        column.dataType = q.value(2).toString().toLower();
        column.columnType = q.value(3).toString().toLower();
        column.nullable = q.value(4).toString() == QLatin1String("YES");
        column.hasDefault = q.value(5).toBool();
        column.autoIncrement = q.value(6).toString().contains(QLatin1String("auto_increment"));
        column.maxLength = q.value(7).toLongLong();
        table.columns.push_back(column);
    }

    QSqlQuery keys = db.query(QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.STATISTICS "
                                             "WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME = 'PRIMARY' "
                                             "ORDER BY TABLE_NAME, SEQ_IN_INDEX"));
    while (keys.next()) {
        const QString fullName = keys.value(0).toString();
        if (!fullName.startsWith(prefix))
            continue;
        auto it = catalog.m_tables.find(fullName.mid(prefix.size()));
        if (it != catalog.m_tables.end())
            it->primaryKey << keys.value(1).toString();
    }
    return catalog;
}

const TableInfo* SchemaCatalog::table(const QString& name) const
{
    auto it = m_tables.constFind(name);
    return it == m_tables.constEnd() ? nullptr : &it.value();
}

QStringList SchemaCatalog::tableNames() const
{
    QStringList names = m_tables.keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace cutover
