#include "copy/tablecopier.h"

#include "copy/runcontrol.h"
#include "db/database.h"
#include "error.h"
#include "log/log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cstring>

namespace cutover {

namespace {

// One INSERT statement stays well under MariaDB's default max_allowed_packet (16 MiB).
constexpr qsizetype statementBytes = 4 * 1024 * 1024;

QString encodeKey(const QStringList& literals)
{
    return literals.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(literals)).toJson(QJsonDocument::Compact));
}

QStringList decodeKey(const QString& stored)
{
    QStringList literals;
    if (stored.isEmpty())
        return literals;
    for (const QJsonValue& v : QJsonDocument::fromJson(stored.toUtf8()).array())
        literals << v.toString();
    return literals;
}

QString columnList(const QStringList& columns)
{
    QStringList quoted;
    for (const QString& c : columns)
        quoted << Database::quoteIdentifier(c);
    return quoted.join(QLatin1String(", "));
}

QString upsertClause(const QStringList& columns)
{
    QStringList sets;
    for (const QString& c : columns)
        sets << QStringLiteral("%1 = VALUES(%1)").arg(Database::quoteIdentifier(c));
    return QStringLiteral(" ON DUPLICATE KEY UPDATE ") + sets.join(QLatin1String(", "));
}

// The length of the valid UTF-8 sequence at `p` (RFC 3629: no overlong forms, no surrogates, nothing above
// U+10FFFF), or 0 when the byte there starts none.
int utf8SequenceLength(const uchar* p, qsizetype left)
{
    const uchar b = p[0];
    if (b < 0x80)
        return 1;
    auto continuation = [&](int i) { return i < left && (p[i] & 0xC0) == 0x80; };
    if (b >= 0xC2 && b <= 0xDF)
        return continuation(1) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        if (!continuation(1) || !continuation(2) || (b == 0xE0 && p[1] < 0xA0) || (b == 0xED && p[1] > 0x9F))
            return 0;
        return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        if (!continuation(1) || !continuation(2) || !continuation(3) || (b == 0xF0 && p[1] < 0x90)
            || (b == 0xF4 && p[1] > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

// Windows-1252's characters for 0x80..0x9F; 0xFFFD where it defines none. 0xA0..0xFF are Latin-1's.
constexpr char16_t cp1252High[32] = { 0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
    0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178 };

void appendUtf8(QByteArray& out, char16_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// The "at row N" of a MariaDB warning: the row of the statement it concerns (1-based), or 0.
int warningRow(const QString& message)
{
    static const QRegularExpression row(QStringLiteral("at row (\\d+)"));
    const auto match = row.match(message);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// Values the destination cut or clamped to fit their column (reason, row key or empty): counted in the report by
// reason, and each named in the warnings.
void recordChangedByDestination(
    TableReport& report, const CopyJob& job, const QList<QPair<QString, QString>>& changed)
{
    for (const auto& [reason, key] : changed) {
        report.changed[TableCopier::tr("changed by the destination to fit its column: %1").arg(reason)] += 1;
        report.addWarning(key.isEmpty() ? TableCopier::tr("%1: %2").arg(job.destination.name, reason)
                                        : TableCopier::tr("%1 (%2): %3").arg(job.destination.name, key, reason));
    }
}

// Accumulates rows into multi-row INSERT statements and runs each when it reaches the statement budget.
class InsertWriter
{
public:
    InsertWriter(Database& db, const CopyJob& job, const QStringList& keyNames = {})
        : m_db(db)
        , m_table(job.destination.name)
        , m_keyNames(keyNames)
    {
        m_head = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                     .arg(db.table(job.destination.name), columnList(job.destinationColumns));
        // Every warning of a statement, not the first 64: each changed value is counted and named.
        db.exec(QStringLiteral("SET SESSION max_error_count = 65535"));
        if (job.existing == CopyLedger::Existing::Keep)
            m_tail = upsertClause(job.destinationColumns);
    }

    /** `key`: the row's key values (in the order of the key names), to name it if the server refuses its text. */
    void add(const QVariantList& values, QVariantList key = {})
    {
        m_keys.append(std::move(key));
        if (m_sql.isEmpty())
            m_sql = m_head;
        else
            m_sql += QLatin1Char(',');
        m_sql += QLatin1Char('(');
        for (int i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_sql += QLatin1Char(',');
            TableCopier::appendLiteral(m_sql, values[i]);
        }
        m_sql += QLatin1Char(')');
        ++m_rows;
        if (m_sql.size() >= statementBytes)
            flush();
    }

    void flush()
    {
        if (m_sql.isEmpty())
            return;
        m_db.exec(m_sql + m_tail);
        const auto keyOf = [this](int row) {
            const QVariantList key = m_keys.value(row - 1);
            QStringList parts;
            for (int i = 0; i < key.size() && i < m_keyNames.size(); ++i)
                parts << QStringLiteral("%1=%2").arg(m_keyNames[i], key[i].toString());
            return parts.join(QLatin1Char(','));
        };
        TableCopier::failOnTextWarnings(m_db, m_table, keyOf, [&](const QString& reason, int row) {
            m_changed.append({ reason, row > 0 ? keyOf(row) : QString() });
        });
        m_bytes += m_sql.size();
        m_sql.clear();
        m_keys.clear();
    }

    qint64 rows() const { return m_rows; }
    /** The values the destination cut or clamped to fit (reason, row key), for the report once committed. */
    const QList<QPair<QString, QString>>& changed() const { return m_changed; }

private:
    Database& m_db;
    QString m_table;
    QStringList m_keyNames;
    QList<QVariantList> m_keys; ///< the rows of the statement being built
    QList<QPair<QString, QString>> m_changed;
    QString m_head;
    QString m_tail;
    QString m_sql;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
};

// Reads the current row of `q` as values: NULL as an invalid QVariant, text as QString, binary as QByteArray,
// numbers as exact text (the source connection uses QSql::HighPrecision).
QVariantList readRow(const QSqlQuery& q, int columns, qint64& bytes)
{
    QVariantList row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i) {
        if (q.isNull(i)) {
            row.append(QVariant());
            continue;
        }
        QVariant v = q.value(i);
        if (v.typeId() == QMetaType::QByteArray)
            bytes += v.toByteArray().size();
        else if (v.typeId() == QMetaType::QString)
            bytes += v.toString().size() * 2;
        else
            bytes += 8;
        row.append(std::move(v));
    }
    return row;
}

} // namespace

// The read expression of a column: dates and times as the server's text (Qt would turn a zero date into an
// invalid QDateTime), BIT as a number; everything else as is.
QString TableCopier::readExpression(const ColumnInfo& column)
{
    const QString name = Database::quoteIdentifier(column.name);
    if (column.isTemporal() || column.dataType == QLatin1String("year"))
        return QStringLiteral("CAST(%1 AS CHAR)").arg(name);
    if (column.dataType == QLatin1String("bit"))
        return QStringLiteral("CAST(%1 AS UNSIGNED)").arg(name);
    return name;
}

QString TableCopier::keyLiteral(const ColumnInfo* column, const QVariant& value)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (column && column->isNumeric() && value.typeId() != QMetaType::QByteArray) {
        const QString text = value.toString();
        if (number.match(text).hasMatch())
            return text;
    }
    QString out;
    TableCopier::appendLiteral(out, value);
    return out;
}

// `(k1, k2) > (v1, v2)` spelled so that MariaDB's range optimiser uses the key's index.
QString TableCopier::keysetCondition(const QStringList& keys, const QStringList& literals)
{
    if (literals.isEmpty())
        return QStringLiteral("1");
    QStringList alternatives;
    for (int i = 0; i < keys.size(); ++i) {
        QStringList parts;
        for (int j = 0; j < i; ++j)
            parts << QStringLiteral("%1 = %2").arg(Database::quoteIdentifier(keys[j]), literals[j]);
        parts << QStringLiteral("%1 > %2").arg(Database::quoteIdentifier(keys[i]), literals[i]);
        alternatives << QLatin1Char('(') + parts.join(QLatin1String(" AND ")) + QLatin1Char(')');
    }
    return QStringLiteral("%1 >= %2 AND (%3)")
        .arg(Database::quoteIdentifier(keys.first()), literals.first(), alternatives.join(QLatin1String(" OR ")));
}

bool TableCopier::isTextColumn(const ColumnInfo& column)
{
    static const QStringList text { QStringLiteral("char"), QStringLiteral("varchar"), QStringLiteral("tinytext"),
        QStringLiteral("text"), QStringLiteral("mediumtext"), QStringLiteral("longtext"), QStringLiteral("enum"),
        QStringLiteral("set"), QStringLiteral("json") };
    return text.contains(column.dataType);
}

qsizetype TableCopier::invalidUtf8At(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII, the bulk of a store's text, eight bytes at a time.
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const int length = utf8SequenceLength(p + i, n - i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

QByteArray TableCopier::repairUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype n = bytes.size();
    QByteArray out;
    out.reserve(n + n / 2);
    qsizetype i = 0;
    while (i < n) {
        const int length = utf8SequenceLength(p + i, n - i);
        if (length > 0) {
            out.append(bytes.data() + i, length);
            i += length;
            continue;
        }
        // Not UTF-8 here: the byte is read as Windows-1252 (0x80..0x9F its own characters, 0xA0..0xFF Latin-1's).
        const uchar b = p[i];
        appendUtf8(out, b < 0xA0 ? cp1252High[b - 0x80] : char16_t(b));
        ++i;
    }
    return out;
}

// After a statement that wrote rows: MariaDB outside strict mode replaces text that the column's character set
// cannot hold with '?' and only warns (1366, 1300). That would change data silently; turn it into an error that
// names the row (`rowKey` turns the warning's row number into a key) and says what to do.
void TableCopier::failOnTextWarnings(Database& db, const QString& table,
    const std::function<QString(int)>& rowKey, const std::function<void(const QString& reason, int row)>& onChanged)
{
    QSqlQuery q = db.query(QStringLiteral("SHOW WARNINGS"));
    while (q.next()) {
        const int code = q.value(1).toInt();
        if (code == 1265 || code == 1264 || code == 1292) {
            if (onChanged) {
                static const QRegularExpression atRow(QStringLiteral("\\s+at row \\d+$"));
                const QString text = q.value(2).toString();
                onChanged(QString(text).remove(atRow), warningRow(text));
            }
            continue;
        }
        if (code != 1366 && code != 1300)
            continue;
        const QString text = q.value(2).toString();
        const int row = warningRow(text);
        const QString key = row > 0 && rowKey ? rowKey(row) : QString();
        throw Error(TableCopier::tr("The destination refused text of the table %1%2: %3. %4")
                        .arg(table, key.isEmpty() ? QString() : TableCopier::tr(" (row %1)").arg(key), text,
                            Database::advice(code, text)),
            text);
    }
}

QVariant TableCopier::valueForColumn(const QVariant& value, const ColumnInfo& column, bool* repaired)
{
    if (value.typeId() != QMetaType::QByteArray || !isTextColumn(column))
        return value;
    const QByteArray bytes = value.toByteArray();
    if (invalidUtf8At(bytes) < 0)
        return value;
    if (repaired)
        *repaired = true;
    return QVariant(repairUtf8(bytes));
}

bool TableCopier::needsTextCheck(const CopyJob& job)
{
    for (int i = 0; i < std::min(job.sourceColumns.size(), job.destinationColumns.size()); ++i) {
        const ColumnInfo* from = job.source.column(job.sourceColumns[i]);
        const ColumnInfo* to = job.destination.column(job.destinationColumns[i]);
        if (from && to && isTextColumn(*to) && !isTextColumn(*from) && !from->isNumeric() && !from->isTemporal())
            return true;
    }
    return false;
}

TableCopier::TableCopier(DatabaseTarget source, DatabaseTarget destination, Options options)
    : m_source(std::move(source))
    , m_destination(std::move(destination))
    , m_options(options)
{
}

TableCopier::TableCopier(DatabaseTarget source, DatabaseTarget destination)
    : TableCopier(std::move(source), std::move(destination), Options {})
{
}

bool TableCopier::sameServer(const ConnectionProfile& a, const ConnectionProfile& b)
{
    if (!a.socket.isEmpty() || !b.socket.isEmpty())
        return a.socket == b.socket;
    return a.host == b.host && a.port == b.port;
}

void TableCopier::appendLiteral(QString& out, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        out += QLatin1String("NULL");
        return;
    }
    if (value.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isEmpty()) {
            out += QLatin1String("''");
            return;
        }
        out += QLatin1String("X'");
        out += QLatin1String(bytes.toHex());
        out += QLatin1Char('\'');
        return;
    }
    if (value.typeId() == QMetaType::QString) {
        Database::appendQuotedString(out, value.toString());
        return;
    }
    if (value.userType() == qMetaTypeId<SqlDefault>()) {
        out += QLatin1String("DEFAULT");
        return;
    }
    Database::appendQuotedString(out, value.toString());
}

QStringList TableCopier::keyColumns(Database& db, const TableInfo& table)
{
    if (!table.primaryKey.isEmpty())
        return table.primaryKey;
    // A unique key whose columns are all NOT NULL orders rows as well as a primary key does.
    QSqlQuery q
        = db.query(QStringLiteral("SELECT s.INDEX_NAME, s.COLUMN_NAME, c.IS_NULLABLE FROM "
                                  "information_schema.STATISTICS s JOIN information_schema.COLUMNS c ON "
                                  "c.TABLE_SCHEMA = s.TABLE_SCHEMA AND c.TABLE_NAME = s.TABLE_NAME AND "
                                  "c.COLUMN_NAME = s.COLUMN_NAME WHERE s.TABLE_SCHEMA = DATABASE() AND "
                                  "s.TABLE_NAME = %1 AND s.NON_UNIQUE = 0 ORDER BY s.INDEX_NAME, s.SEQ_IN_INDEX")
                       .arg(Database::quoteString(db.profile().table(table.name))));
    QMap<QString, QStringList> indexes;
    QSet<QString> nullable;
    while (q.next()) {
        indexes[q.value(0).toString()] << q.value(1).toString();
        if (q.value(2).toString() == QLatin1String("YES"))
            nullable.insert(q.value(0).toString());
    }
    for (auto it = indexes.cbegin(); it != indexes.cend(); ++it) {
        if (!nullable.contains(it.key()))
            return it.value();
    }
    return {};
}

TableReport TableCopier::run(const CopyJob& job, const RunControl& control, const std::function<void(qint64)>& onRows)
{
    TableReport report;
    report.sourceTable = job.source.name;
    report.destinationTable = job.destination.name;
    report.started = QDateTime::currentDateTime();
    try {
        Database dst(m_destination.profile, m_destination.password, QStringLiteral("destination"));
        dst.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
        CopyLedger::ensureTables(dst);
        if (!job.variantOf.isEmpty()) {
            const QStringList others = CopyLedger::otherVariants(dst, job.variantOf, job.job);
            if (!others.isEmpty()) {
                // This variant's own progress, from before another one ran, no longer says what the table holds.
                CopyLedger::dropVariants(dst, others + QStringList { job.job }, job.destination.name);
                report.addWarning(tr("%1 was copied again from the start: an earlier run copied it with another "
                                     "choice of rows (%2).")
                                      .arg(job.destination.name, others.join(QStringLiteral(", "))));
            }
        }
        const auto saved = CopyLedger::progress(dst, job.job);
        if (saved && saved->done) {
            report.outcome = Outcome::Succeeded;
            report.rowsResumed = saved->rows;
            report.reason = tr("already copied by an earlier run");
            report.finished = QDateTime::currentDateTime();
            return report;
        }
        if (!saved)
            CopyLedger::startJob(dst, job.job, job.destination.name, job.existing);
        else
            report.rowsResumed = saved->rows;

        Database src(m_source.profile, m_source.password, QStringLiteral("source"));
        src.handle().setNumericalPrecisionPolicy(QSql::HighPrecision);
        const QStringList keys = keyColumns(src, job.source);
        if (keys.isEmpty())
            report.addWarning(tr("The table %1 has no primary or unique key: it is copied in one transaction, and "
                                 "an interrupted copy starts it again.")
                                  .arg(job.source.name));

        bool direct = job.allowDirect && !job.transform && sameServer(m_source.profile, m_destination.profile);
        // The server would put '?' for bytes of a binary column that are not UTF-8 and only warn: such a table goes
        // through Cutover, which repairs them by its stated rule and names the rows.
        if (direct && needsTextCheck(job)) {
            direct = false;
            report.reason = tr("copied through Cutover: bytes of binary columns that go to text columns are checked "
                               "for UTF-8");
        }
        if (direct) {
            try {
                dst.exec(QStringLiteral("SELECT 1 FROM %1.%2 LIMIT 0")
                             .arg(Database::quoteIdentifier(m_source.profile.database), src.table(job.source.name)));
            } catch (const Error& e) {
                direct = false;
                report.addWarning(tr("No direct copy on the shared server (the destination user cannot read the "
                                     "source database); rows go through Cutover instead."));
            }
        }
        if (direct) {
            report.reason = tr("direct INSERT ... SELECT on the shared server");
            copyDirect(dst, job, keys, report, control, onRows);
        } else {
            copyKeyset(src, dst, job, keys, report, control, onRows);
        }
    } catch (const Error& caught) {
        // Every failure names the table, also when it came before the first batch (a destination gone away).
        const Error e = caught.message().contains(job.source.name)
            ? caught
            : caught.withContext(tr("Could not copy the table %1 to %2").arg(job.source.name, job.destination.name));
        report.outcome = Outcome::Failed;
        report.reason = e.message();
        report.addError(e.message());
        logger("core.copy")
            ->error(
                "{}: {} | {}", job.job.toStdString(), e.message().toStdString(), e.details().left(500).toStdString());
    }
    report.finished = QDateTime::currentDateTime();
    return report;
}

void TableCopier::copyKeyset(Database& src, Database& dst, const CopyJob& job, const QStringList& keys,
    TableReport& report, const RunControl& control, const std::function<void(qint64)>& onRows)
{
    QStringList expressions;
    for (const QString& name : job.sourceColumns) {
        const ColumnInfo* column = job.source.column(name);
        if (!column)
            throw Error(tr("The source table %1 has no column %2.").arg(job.source.name, name));
        expressions << readExpression(*column);
    }
    QList<int> keyIndexes;
    for (const QString& key : keys) {
        const int index = int(job.sourceColumns.indexOf(key));
        if (index < 0)
            throw Error(tr("The copy of %1 does not read its key column %2.").arg(job.source.name, key));
        keyIndexes << index;
    }
    QStringList orderBy;
    for (const QString& key : keys)
        orderBy << Database::quoteIdentifier(key);

    const auto saved = CopyLedger::progress(dst, job.job);
    QStringList lastKey = decodeKey(saved ? saved->lastKey : QString());
    qint64 committed = saved ? saved->rows : 0;
    int batchRows = keys.isEmpty() ? 0 : m_options.firstBatchRows;
    int batches = 0;
    const QString select
        = QStringLiteral("SELECT %1 FROM %2").arg(expressions.join(QLatin1String(", ")), src.table(job.source.name));
    const QString filter
        = job.sourceCondition.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(job.sourceCondition);

    // The destination's text columns: bytes bound for them are checked for UTF-8 (a byte scan, text columns only).
    QList<int> textColumns;
    QList<const ColumnInfo*> destinationInfo;
    for (int i = 0; i < job.destinationColumns.size(); ++i) {
        const ColumnInfo* column = job.destination.column(job.destinationColumns[i]);
        destinationInfo << column;
        if (column && isTextColumn(*column))
            textColumns << i;
    }
    auto rowKey = [&](const QVariantList& row) {
        QStringList parts;
        for (int i = 0; i < keyIndexes.size(); ++i)
            parts << QStringLiteral("%1=%2").arg(keys[i], row[keyIndexes[i]].toString());
        return parts.join(QLatin1Char(','));
    };
    auto keyValues = [&](const QVariantList& row) {
        QVariantList values;
        values.reserve(keyIndexes.size());
        for (int index : keyIndexes)
            values << row[index];
        return values;
    };
    // Repairs the values of `values` that are bytes and not UTF-8 but go to a text column; true if it changed any.
    auto repairText = [&](QVariantList& values, const QVariantList& row, QString& keyText) {
        bool changed = false;
        for (int i : std::as_const(textColumns)) {
            if (i >= values.size() || values[i].typeId() != QMetaType::QByteArray)
                continue;
            bool repaired = false;
            QVariant fixed = valueForColumn(values[i], *destinationInfo[i], &repaired);
            if (!repaired)
                continue;
            if (keyText.isEmpty())
                keyText = rowKey(row);
            const QByteArray before = values[i].toByteArray();
            const qsizetype at = invalidUtf8At(before);
            report.changed[tr("text in %1.%2 was not valid UTF-8: repaired (bytes read as Windows-1252)")
                               .arg(job.destination.name, job.destinationColumns[i])]
                += 1;
            report.addWarning(tr("%1.%2 (%3): not valid UTF-8 at byte %4 (%5); written as \"%6\"")
                                  .arg(job.source.name, job.destinationColumns[i], keyText)
                                  .arg(at)
                                  .arg(QString::fromLatin1(before.mid(at, 4).toHex(' ')))
                                  .arg(QString::fromUtf8(fixed.toByteArray()).left(60)));
            values[i] = std::move(fixed);
            changed = true;
        }
        return changed;
    };

    auto convert = [&](const QVariantList& row, InsertWriter& writer) {
        ++report.rowsRead;
        QString keyText;
        if (job.transform) {
            keyText = rowKey(row);
            RowResult result = job.transform(row, keyText);
            for (const QString& w : result.warnings)
                report.addWarning(w);
            if (!result.skipReason.isEmpty()) {
                report.skipped[result.skipReason] += 1;
                return;
            }
            const bool repaired = !textColumns.isEmpty() && repairText(result.values, row, keyText);
            if (result.transformed || repaired)
                ++report.rowsTransformed;
            writer.add(result.values, keyValues(row));
        } else if (!textColumns.isEmpty()) {
            QVariantList values = row;
            if (repairText(values, row, keyText))
                ++report.rowsTransformed;
            writer.add(values, keyValues(row));
        } else {
            writer.add(row, keyValues(row));
        }
    };

    for (;;) {
        if (!control.checkpoint()) {
            report.outcome = Outcome::Cancelled;
            return;
        }
        InsertWriter writer(dst, job, keys);
        qint64 bytes = 0;
        qint64 read = 0;
        bool finished = false;
        dst.beginTransaction();
        try {
            if (keys.isEmpty()) {
                // No key to page by: stream the whole table in this one transaction.
                QSqlQuery q = src.query(
                    job.sourceCondition.isEmpty() ? select : select + QStringLiteral(" WHERE 1") + filter);
                const int columns = int(job.sourceColumns.size());
                while (q.next()) {
                    convert(readRow(q, columns, bytes), writer);
                    ++read;
                    if (read % 10'000 == 0 && control.isCancelled())
                        throw Error(tr("cancelled"));
                }
                finished = true;
            } else {
                QSqlQuery q
                    = src.query(QStringLiteral("%1 WHERE %2%3 ORDER BY %4 LIMIT %5")
                                    .arg(select, keysetCondition(keys, lastKey), filter,
                                        orderBy.join(QLatin1String(", ")))
                                    .arg(batchRows));
                const int columns = int(job.sourceColumns.size());
                QVariantList row;
                while (q.next()) {
                    row = readRow(q, columns, bytes);
                    convert(row, writer);
                    ++read;
                }
                if (read > 0) {
                    lastKey.clear();
                    for (int i = 0; i < keyIndexes.size(); ++i)
                        lastKey << keyLiteral(job.source.column(keys[i]), row[keyIndexes[i]]);
                }
                finished = read < batchRows;
            }
            writer.flush();
            if (m_options.stopAfterBatches > 0 && batches + 1 >= m_options.stopAfterBatches)
                throw Error(tr("stopped by request after %1 batches").arg(batches + 1));
            committed += read;
            CopyLedger::saveProgress(dst, job.job, encodeKey(lastKey), committed, finished);
            dst.commit();
        } catch (const Error& e) {
            try {
                dst.rollback();
            } catch (const Error&) {
                // The connection is gone; the server rolled the batch back with it.
            }
            if (control.isCancelled()) {
                report.outcome = Outcome::Cancelled;
                return;
            }
            throw e.withContext(tr("Could not copy the table %1 to %2").arg(job.source.name, job.destination.name));
        }
        ++batches;
        report.rowsWritten += writer.rows();
        recordChangedByDestination(report, job, writer.changed());
        if (onRows)
            onRows(read);
        if (finished)
            break;
        // Aim the next batch at the byte budget: wide rows make small batches, narrow ones large.
        const qint64 perRow = std::max<qint64>(1, bytes / std::max<qint64>(1, read));
        batchRows = int(std::clamp<qint64>(m_options.batchBytes / perRow, 100, m_options.maxBatchRows));
    }
    report.outcome = Outcome::Succeeded;
}

void TableCopier::copyDirect(Database& dst, const CopyJob& job, const QStringList& keys, TableReport& report,
    const RunControl& control, const std::function<void(qint64)>& onRows)
{
    const QString sourceTable = QStringLiteral("%1.%2").arg(Database::quoteIdentifier(m_source.profile.database),
        Database::quoteIdentifier(m_source.profile.table(job.source.name)));
    QString insert = QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %4")
                         .arg(dst.table(job.destination.name), columnList(job.destinationColumns),
                             columnList(job.sourceColumns), sourceTable);
    const QString tail = job.existing == CopyLedger::Existing::Keep ? upsertClause(job.destinationColumns) : QString();
    const auto saved = CopyLedger::progress(dst, job.job);
    QStringList lastKey = decodeKey(saved ? saved->lastKey : QString());
    qint64 committed = saved ? saved->rows : 0;
    // Every warning of a statement, not the first 64: each changed value is counted.
    dst.exec(QStringLiteral("SET SESSION max_error_count = 65535"));
    QStringList orderBy;
    for (const QString& key : keys)
        orderBy << Database::quoteIdentifier(key);
    const int chunk = m_options.maxBatchRows;
    int batches = 0;

    for (;;) {
        if (!control.checkpoint()) {
            report.outcome = Outcome::Cancelled;
            return;
        }
        QString where = keysetCondition(keys, lastKey);
        if (!job.sourceCondition.isEmpty())
            where += QStringLiteral(" AND (%1)").arg(job.sourceCondition);
        QStringList upper;
        if (!keys.isEmpty()) {
            QSqlQuery q = dst.query(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %1 LIMIT 1 OFFSET %4")
                                        .arg(orderBy.join(QLatin1String(", ")), sourceTable, where)
                                        .arg(chunk - 1));
            if (q.next()) {
                for (int i = 0; i < keys.size(); ++i)
                    upper << keyLiteral(job.source.column(keys[i]), q.isNull(i) ? QVariant() : q.value(i));
                where += QStringLiteral(" AND NOT (%1)").arg(keysetCondition(keys, upper));
            }
        }
        const bool finished = upper.isEmpty();
        qint64 rows = 0;
        QList<QPair<QString, QString>> changed;
        dst.beginTransaction();
        try {
            rows = dst.exec(insert + QStringLiteral(" WHERE ") + where + tail);
            TableCopier::failOnTextWarnings(dst, job.destination.name, {},
                [&](const QString& reason, int) { changed.append({ reason, QString() }); });
            if (m_options.stopAfterBatches > 0 && batches + 1 >= m_options.stopAfterBatches)
                throw Error(tr("stopped by request after %1 batches").arg(batches + 1));
            committed += rows;
            CopyLedger::saveProgress(dst, job.job, encodeKey(finished ? lastKey : upper), committed, finished);
            dst.commit();
        } catch (const Error& e) {
            try {
                dst.rollback();
            } catch (const Error&) {
            }
            throw e.withContext(tr("Could not copy the table %1 to %2").arg(job.source.name, job.destination.name));
        }
        ++batches;
        report.rowsRead += rows;
        report.rowsWritten += rows;
        recordChangedByDestination(report, job, changed);
        if (onRows)
            onRows(rows);
        if (finished)
            break;
        lastKey = upper;
    }
    report.outcome = Outcome::Succeeded;
}

} // namespace cutover
