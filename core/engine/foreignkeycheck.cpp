#include "engine/foreignkeycheck.h"

#include "db/database.h"
#include "error.h"
#include "log/log.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <climits>
#include <optional>

namespace cutover {

QJsonObject ForeignKeyOrphans::toJson() const
{
    QJsonObject json {
        { QStringLiteral("constraint"), constraint },
        { QStringLiteral("table"), table },
        { QStringLiteral("columns"), QJsonArray::fromStringList(columns) },
        { QStringLiteral("referencedTable"), referencedTable },
        { QStringLiteral("referencedColumns"), QJsonArray::fromStringList(referencedColumns) },
        { QStringLiteral("orphans"), orphans },
        { QStringLiteral("samples"), QJsonArray::fromStringList(samples) },
        { QStringLiteral("referencedCarried"), referencedCarried },
        { QStringLiteral("setNull"), setNull },
    };
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

QString ForeignKeyOrphans::toText() const
{
    const QString link
        = QStringLiteral("%1.%2 -> %3.%4")
              .arg(table, columns.join(QLatin1Char(',')), referencedTable, referencedColumns.join(QLatin1Char(',')));
    if (!error.isEmpty())
        return tr("%1: could not be checked: %2").arg(link, error);
    const int n = int(std::min<qint64>(orphans, INT_MAX));
    if (!referencedCarried)
        return tr("%1: %n row(s) point at rows that these steps do not write (%2); run the step that carries %3, "
                  "or they point at nothing",
            nullptr, n)
            .arg(link, samples.join(QStringLiteral(", ")), referencedTable);
    if (setNull)
        return tr("%1: %n row(s) point at rows that are gone (%2); Magento 2 treats them as pointing at none (a "
                  "warning)",
            nullptr, n)
            .arg(link, samples.join(QStringLiteral(", ")));
    return tr("%1: %n row(s) point at nothing (%2)", nullptr, n).arg(link, samples.join(QStringLiteral(", ")));
}

QList<ForeignKey> ForeignKey::read(Database& database, const QSet<QString>& tables)
{
    const QString prefix = database.profile().tablePrefix;
    auto strip = [&](const QString& name) -> std::optional<QString> {
        if (!name.startsWith(prefix))
            return std::nullopt;
        return name.mid(prefix.size());
    };
    QList<ForeignKey> constraints;
    QSqlQuery q = database.query(QStringLiteral(
        "SELECT k.CONSTRAINT_NAME, k.TABLE_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, "
        "r.DELETE_RULE FROM information_schema.KEY_COLUMN_USAGE k "
        "JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA "
        "AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME "
        "WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_SCHEMA = DATABASE() "
        "AND k.REFERENCED_TABLE_NAME IS NOT NULL "
        "ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION"));
    while (q.next()) {
        const auto table = strip(q.value(1).toString());
        const auto referenced = strip(q.value(3).toString());
        if (!table || !referenced || (!tables.isEmpty() && !tables.contains(*table)))
            continue;
        const QString name = q.value(0).toString();
        if (constraints.isEmpty() || constraints.last().constraint != name || constraints.last().table != *table) {
            ForeignKey c;
            c.constraint = name;
            c.table = *table;
            c.referencedTable = *referenced;
            c.deleteRule = q.value(5).toString();
            constraints << c;
        }
        constraints.last().columns << q.value(2).toString();
        constraints.last().referencedColumns << q.value(4).toString();
    }
    return constraints;
}

QList<ForeignKeyOrphans> ForeignKeyCheck::run(
    Database& destination, const QSet<QString>& tables, const RunControl* control)
{
    m_checked = 0;
    // Every constraint of this database that references a table of this database, its columns in order.
    QList<ForeignKeyOrphans> constraints;
    for (const ForeignKey& key : ForeignKey::read(destination, tables)) {
        ForeignKeyOrphans c;
        c.constraint = key.constraint;
        c.table = key.table;
        c.columns = key.columns;
        c.referencedTable = key.referencedTable;
        c.referencedColumns = key.referencedColumns;
        c.setNull = key.deleteRule == QLatin1String("SET NULL");
        constraints << c;
    }

    // Each child table's size (the server's estimate) and its single integer primary key, when it has one.
    struct Child
    {
        qint64 rows = 0;
        QString key;
    };
    QHash<QString, Child> children;
    {
        QSqlQuery sizes = destination.query(QStringLiteral(
            "SELECT TABLE_NAME, COALESCE(TABLE_ROWS, 0) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"));
        while (sizes.next())
            children[sizes.value(0).toString()].rows = sizes.value(1).toLongLong();
        QSqlQuery keys = destination.query(QStringLiteral(
            "SELECT TABLE_NAME, GROUP_CONCAT(COLUMN_NAME), GROUP_CONCAT(DATA_TYPE) FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_KEY = 'PRI' GROUP BY TABLE_NAME"));
        static const QSet<QString> integers { QStringLiteral("tinyint"), QStringLiteral("smallint"),
            QStringLiteral("mediumint"), QStringLiteral("int"), QStringLiteral("bigint") };
        while (keys.next()) {
            const QString columns = keys.value(1).toString();
            if (!columns.contains(QLatin1Char(',')) && integers.contains(keys.value(2).toString()))
                children[keys.value(0).toString()].key = columns;
        }
    }
    qint64 total = 0;
    for (const ForeignKeyOrphans& c : std::as_const(constraints))
        total += children.value(destination.profile().table(c.table)).rows;
    qint64 done = 0;
    const auto report = [&](qint64 rows) {
        done = std::min(total, done + rows);
        if (m_options.progress)
            m_options.progress(done, total);
    };

    QList<ForeignKeyOrphans> found;
    for (ForeignKeyOrphans& c : constraints) {
        if (control && control->isCancelled())
            break;
        const Child child = children.value(destination.profile().table(c.table));
        QStringList set;
        QStringList join;
        QStringList selected;
        for (int i = 0; i < c.columns.size(); ++i) {
            const QString child = QStringLiteral("c.") + Database::quoteIdentifier(c.columns[i]);
            set << child + QStringLiteral(" IS NOT NULL");
            join << QStringLiteral("p.") + Database::quoteIdentifier(c.referencedColumns[i]) + QStringLiteral(" = ")
                    + child;
            selected << child;
        }
        const QString where = QStringLiteral(" FROM %1 c WHERE %2 AND NOT EXISTS (SELECT 1 FROM %3 p WHERE %4)")
                                  .arg(destination.table(c.table), set.join(QStringLiteral(" AND ")),
                                      destination.table(c.referencedTable), join.join(QStringLiteral(" AND ")));
        ++m_checked;
        try {
            std::optional<QPair<qint64, qint64>> range;
            if (!child.key.isEmpty()) {
                // MIN and MAX of a primary key are read from the index's ends.
                QSqlQuery bounds = destination.query(QStringLiteral("SELECT MIN(%1), MAX(%1) FROM %2")
                                                         .arg(Database::quoteIdentifier(child.key),
                                                             destination.table(c.table)));
                if (bounds.next() && !bounds.isNull(0)
                    && bounds.value(1).toLongLong() - bounds.value(0).toLongLong() >= m_options.chunkKeys)
                    range = qMakePair(bounds.value(0).toLongLong(), bounds.value(1).toLongLong());
            }
            if (range) {
                // Key ranges, cancel and progress between them; the rows of each range are estimated evenly.
                const QString key = QStringLiteral("c.") + Database::quoteIdentifier(child.key);
                const qint64 span = std::max<qint64>(1, range->second - range->first + 1);
                const qint64 chunks = (span + m_options.chunkKeys - 1) / m_options.chunkKeys;
                qint64 chunk = 0;
                qint64 given = 0;
                for (qint64 from = range->first; from <= range->second; from += m_options.chunkKeys) {
                    if (control && control->isCancelled())
                        break;
                    c.orphans += destination
                                     .scalar(QStringLiteral("SELECT COUNT(*)") + where
                                         + QStringLiteral(" AND %1 >= %2 AND %1 < %3")
                                               .arg(key)
                                               .arg(from)
                                               .arg(from + m_options.chunkKeys))
                                     .toLongLong();
                    const qint64 share = child.rows * ++chunk / chunks - given;
                    given += share;
                    report(share);
                }
            } else {
                c.orphans = destination.scalar(QStringLiteral("SELECT COUNT(*)") + where).toLongLong();
                report(child.rows);
            }
            if (c.orphans > 0) {
                QSqlQuery samples = destination.query(QStringLiteral("SELECT %1").arg(selected.join(QLatin1Char(',')))
                    + where + QStringLiteral(" LIMIT %1").arg(maxSamples));
                while (samples.next()) {
                    QStringList key;
                    for (int i = 0; i < c.columns.size(); ++i)
                        key << c.columns[i] + QLatin1Char('=') + samples.value(i).toString();
                    c.samples << key.join(QLatin1Char(','));
                }
            }
        } catch (const Error& e) {
            c.error = e.message();
            logger("core.engine")
                ->warn("foreign key {} of {} not checked: {}", c.constraint.toStdString(), c.table.toStdString(),
                    e.details().left(300).toStdString());
        }
        if (c.orphans > 0 || !c.error.isEmpty())
            found << c;
    }
    return found;
}

} // namespace cutover
