#include "delta/tableapplier.h"

#include "copy/tablecopier.h"
#include "db/database.h"
#include "error.h"
#include "mapping/mapconfig.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace cutover {

namespace {

// Rows are matched to their change by key text; keys compare as the server compares them (case-insensitively
// under Magento's collations), so the text is case-folded.
QString matchId(const QVariantList& values)
{
    QStringList parts;
    for (const QVariant& v : values)
        parts << v.toString().toCaseFolded();
    return parts.join(QChar(0x1f));
}

QString literal(const QVariant& value)
{
    QString out;
    TableCopier::appendLiteral(out, value.typeId() == QMetaType::QString ? value : QVariant(value.toString()));
    return out;
}

// Changes per SELECT: keeps statements small and the IN list cheap to plan.
constexpr int readChunk = 500;

} // namespace

QString MappedTableApplier::keyText(const QStringList& columns, const QVariantList& values)
{
    QStringList parts;
    for (int i = 0; i < columns.size(); ++i)
        parts << QStringLiteral("%1=%2").arg(columns[i], values.value(i).toString());
    return parts.join(QLatin1Char(','));
}

MappedTableApplier::MappedTableApplier(const TablePlan& plan, const QStringList& keyColumns, const MapConfig& map,
    const QString& destinationPrefix, const QString& notKeptReason)
    : m_job(plan.job)
    , m_makeTransform(plan.makeTransform)
    , m_keyValue(plan.destinationKeyValue)
    , m_options { false, notKeptReason }
    , m_keptCondition(plan.keptSourceRowsCondition)
    , m_keyColumns(keyColumns)
    , m_destination(Database::quoteIdentifier(destinationPrefix + plan.job.destination.name))
{
    const QString table = m_job.source.name;
    if (m_keyColumns.isEmpty())
        throw Error(tr("The table %1 has no key in the change log, so its changes cannot be found again.").arg(table));
    for (const QString& key : m_keyColumns) {
        const auto field = map.destinationField(table, key);
        if (!field || !m_job.destinationColumns.contains(*field))
            throw Error(tr("The key column %1.%2 is not carried to %3 by the map, so a changed row cannot be found "
                           "in the destination; changes to %1 are not applied until a rule carries it.")
                            .arg(table, key, m_job.destination.name));
        m_destinationKey << *field;
    }
    init();
}

MappedTableApplier::MappedTableApplier(const TablePlan& plan, const QStringList& keyColumns,
    const QStringList& destinationKey, const QString& destinationPrefix, const Options& options)
    : m_job(plan.job)
    , m_makeTransform(plan.makeTransform)
    , m_keyValue(plan.destinationKeyValue)
    , m_options(options)
    , m_keptCondition(plan.keptSourceRowsCondition)
    , m_keyColumns(keyColumns)
    , m_destinationKey(destinationKey)
    , m_destination(Database::quoteIdentifier(destinationPrefix + plan.job.destination.name))
{
    const QString table = m_job.source.name;
    if (m_keyColumns.isEmpty())
        throw Error(tr("The table %1 has no key in the change log, so its changes cannot be found again.").arg(table));
    for (int i = 0; i < m_keyColumns.size(); ++i) {
        if (i >= m_destinationKey.size() || !m_job.destinationColumns.contains(m_destinationKey[i]))
            throw Error(tr("The key column %1.%2 is not written to %3, so a changed row cannot be found in the "
                           "destination; changes to %1 are not applied.")
                            .arg(table, m_keyColumns[i], m_job.destination.name));
    }
    init();
}

void MappedTableApplier::init()
{
    const QString table = m_job.source.name;
    if (m_makeTransform && !m_options.freshTransform)
        m_job.transform = m_makeTransform();
    for (const QString& key : m_job.destination.primaryKey) {
        if (!m_job.destinationColumns.contains(key))
            throw Error(tr("The destination table %1 has a primary key column %2 that the map does not write, so "
                           "a changed row of %3 cannot be updated in place.")
                            .arg(m_job.destination.name, key, table));
    }

    QStringList expressions;
    for (const QString& name : m_job.sourceColumns) {
        const ColumnInfo* column = m_job.source.column(name);
        if (!column)
            throw Error(tr("The source table %1 has no column %2.").arg(table, name));
        expressions << TableCopier::readExpression(*column);
    }
    for (const QString& key : m_keyColumns)
        expressions << QStringLiteral("CAST(%1 AS CHAR)").arg(Database::quoteIdentifier(key));
    // The step removes the rows its condition excludes after its copy; read the condition with the row.
    if (!m_keptCondition.isEmpty())
        expressions << QStringLiteral("(%1)").arg(m_keptCondition);
    m_select = QStringLiteral("SELECT %1 FROM ").arg(expressions.join(QLatin1String(", ")));

    QStringList columns;
    QStringList sets;
    for (const QString& c : m_job.destinationColumns) {
        columns << Database::quoteIdentifier(c);
        sets << QStringLiteral("%1 = VALUES(%1)").arg(Database::quoteIdentifier(c));
    }
    m_insertHead = QStringLiteral("INSERT INTO ") + m_destination + QStringLiteral(" (") + columns.join(u',')
        + QStringLiteral(") VALUES (");
    m_upsertTail = QStringLiteral(") ON DUPLICATE KEY UPDATE ") + sets.join(QLatin1String(", "));
}

QString MappedTableApplier::deleteStatement(const QVariantList& key) const
{
    QStringList where;
    for (int i = 0; i < m_destinationKey.size(); ++i) {
        const QVariant value = m_keyValue ? m_keyValue(m_destinationKey[i], key.value(i)) : key.value(i);
        if (!value.isValid())
            return {};
        where << QStringLiteral("%1 = %2").arg(Database::quoteIdentifier(m_destinationKey[i]), literal(value));
    }
    return QStringLiteral("DELETE FROM ") + m_destination + QStringLiteral(" WHERE ")
        + where.join(QLatin1String(" AND "));
}

void MappedTableApplier::appendDelete(QStringList& statements, const QVariantList& key) const
{
    const QString sql = deleteStatement(key);
    if (!sql.isEmpty())
        statements << sql;
}

QVector<PreparedWrite> MappedTableApplier::prepare(Database& source, const QVector<CapturedChange>& changes)
{
    const int columns = int(m_job.sourceColumns.size());
    const int keptAt = columns + int(m_keyColumns.size());
    RowTransform transform = m_job.transform;
    if (m_options.freshTransform && m_makeTransform)
        transform = m_makeTransform();
    QVector<PreparedWrite> writes;
    writes.reserve(changes.size());
    for (int start = 0; start < changes.size(); start += readChunk) {
        const int end = std::min<int>(int(changes.size()), start + readChunk);
        QStringList tuples;
        for (int i = start; i < end; ++i) {
            QStringList values;
            for (int k = 0; k < m_keyColumns.size(); ++k)
                values << literal(changes[i].key.value(k));
            tuples << (values.size() == 1 ? values.first() : QLatin1Char('(') + values.join(u',') + QLatin1Char(')'));
        }
        QStringList keys;
        for (const QString& key : m_keyColumns)
            keys << Database::quoteIdentifier(key);
        const QString keyTuple
            = keys.size() == 1 ? keys.first() : QLatin1Char('(') + keys.join(u',') + QLatin1Char(')');
        QSqlQuery q = source.query(m_select + source.table(m_job.source.name)
            + QStringLiteral(" WHERE %1 IN (%2)").arg(keyTuple, tuples.join(u',')));
        QHash<QString, QVariantList> rows;
        QSet<QString> notKept;
        while (q.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int i = 0; i < columns; ++i)
                row << (q.isNull(i) ? QVariant() : q.value(i));
            QVariantList key;
            for (int k = 0; k < m_keyColumns.size(); ++k)
                key << q.value(columns + k);
            rows.insert(matchId(key), row);
            if (!m_keptCondition.isEmpty() && q.value(keptAt).toInt() == 0)
                notKept.insert(matchId(key));
        }
        // In key order: transforms that read windows of the source by key (the Customer step's) read each once.
        QVector<int> order;
        for (int i = start; i < end; ++i)
            order << i;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            bool okA = false, okB = false;
            const qint64 x = changes[a].key.value(0).toLongLong(&okA);
            const qint64 y = changes[b].key.value(0).toLongLong(&okB);
            return okA && okB && x < y;
        });
        for (int i : order) {
            const CapturedChange& change = changes[i];
            PreparedWrite write;
            write.change = i;
            write.key = keyText(m_keyColumns, change.key);
            const auto it = rows.constFind(matchId(change.key));
            if (it == rows.cend()) {
                write.isDelete = true;
                appendDelete(write.statements, change.key);
                writes << write;
                continue;
            }
            if (notKept.contains(matchId(change.key))) {
                write.skipReason = m_options.notKeptReason;
                write.isDelete = true;
                appendDelete(write.statements, change.key);
                writes << write;
                continue;
            }
            QVariantList values;
            if (transform) {
                RowResult result = transform(*it, write.key);
                write.warnings = result.warnings;
                write.transformed = result.transformed;
                if (!result.skipReason.isEmpty()) {
                    // The Map step would not write this row: the destination must not have it either.
                    write.skipReason = result.skipReason;
                    write.isDelete = true;
                    appendDelete(write.statements, change.key);
                    writes << write;
                    continue;
                }
                values = result.values;
            } else {
                values = *it;
            }
            // Bytes bound for a text column are repaired by the copy's rule, so that delta writes what the data
            // migration wrote (and what the verification expects), and the row is counted as transformed.
            for (int v = 0; v < values.size() && v < m_job.destinationColumns.size(); ++v) {
                const ColumnInfo* column = m_job.destination.column(m_job.destinationColumns[v]);
                bool repaired = false;
                if (column)
                    values[v] = TableCopier::valueForColumn(values[v], *column, &repaired);
                if (repaired) {
                    write.transformed = true;
                    write.warnings << tr("%1.%2: not valid UTF-8; repaired (bytes read as Windows-1252)")
                                          .arg(m_job.destination.name, m_job.destinationColumns[v]);
                }
            }
            QString sql = m_insertHead;
            for (int v = 0; v < values.size(); ++v) {
                if (v > 0)
                    sql += QLatin1Char(',');
                TableCopier::appendLiteral(sql, values[v]);
            }
            sql += m_upsertTail;
            write.statements << sql;
            writes << write;
        }
    }
    return writes;
}

} // namespace cutover
