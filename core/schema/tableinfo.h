#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace cutover {

class Database;

/** One column as information_schema describes it. */
struct ColumnInfo {
    QString name;
    QString dataType;   ///< lower case: int, varchar, decimal, datetime, text, ...
    QString columnType; ///< full type: "int(10) unsigned", "varchar(255)"
    bool nullable = true;
    bool hasDefault = false;
    bool autoIncrement = false;
    qint64 maxLength = 0; ///< characters for text types, 0 otherwise

    bool isNumeric() const;
    bool isTemporal() const;
};

/** A table's columns in their order, and its primary key. Names are without the table prefix. */
struct TableInfo {
    QString name;
    QVector<ColumnInfo> columns;
    QStringList primaryKey;

    const ColumnInfo* column(const QString& name) const;
    bool hasColumn(const QString& name) const { return column(name) != nullptr; }
};

/**
 * What a database holds, read once from information_schema: every table whose name starts with the profile's
 * prefix, keyed by its name without that prefix. Nothing about Magento's schema is compiled into Cutover; code
 * that writes rows asks this catalogue which columns a table has in the release at hand.
 */
class SchemaCatalog {
public:
    /** Reads the catalogue over `db` (its profile's database and prefix). Throws cutover::Error. */
    static SchemaCatalog read(Database& db);

    const TableInfo* table(const QString& name) const;
    bool hasTable(const QString& name) const { return m_tables.contains(name); }
    QStringList tableNames() const;
    int size() const { return int(m_tables.size()); }

private:
    QHash<QString, TableInfo> m_tables;
};

} // namespace cutover
