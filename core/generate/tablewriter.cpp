#include "tablewriter.h"

#include "db/database.h"
#include "error.h"
#include "gencontext.h"
#include "log/log.h"

#include <exception>

namespace cutover {

namespace {

constexpr int flushBytes = 1 << 20;

QString neutralValue(const ColumnInfo& column)
{
    if (column.isNumeric())
        return QStringLiteral("0");
    if (column.dataType == QLatin1String("date"))
        return QStringLiteral("'0000-00-00'");
    if (column.isTemporal())
        return QStringLiteral("'0000-00-00 00:00:00'");
    return QStringLiteral("''");
}

} // namespace

TableWriter::TableWriter(GenContext& context, const QString& table, const QStringList& columns, OnDuplicate onDuplicate)
    : m_context(context)
    , m_name(table)
    , m_table(context.schema().table(table))
    , m_expected(int(columns.size()))
{
    if (!m_table) {
        context.warn(tr("The table %1 does not exist in this Magento release; nothing was generated for it.").arg(table));
        return;
    }
    QStringList written;
    for (const QString& column : columns) {
        const bool exists = m_table->hasColumn(column);
        m_keep.push_back(exists);
        if (exists)
            written << Database::quoteIdentifier(column);
        else
            logger("core.generate")->debug("{} has no column {} in this release", table.toStdString(), column.toStdString());
    }
    for (const ColumnInfo& column : m_table->columns) {
        if (columns.contains(column.name) || column.nullable || column.hasDefault || column.autoIncrement)
            continue;
        written << Database::quoteIdentifier(column.name);
        m_fillerValues << neutralValue(column);
    }
    const QString verb = onDuplicate == OnDuplicate::Replace ? QStringLiteral("REPLACE")
        : onDuplicate == OnDuplicate::Ignore                 ? QStringLiteral("INSERT IGNORE")
                                                             : QStringLiteral("INSERT");
    m_head = QStringLiteral("%1 INTO %2 (%3) VALUES ").arg(verb, context.table(table), written.join(QLatin1Char(',')));
}

TableWriter::~TableWriter()
{
    if (!m_finished && std::uncaught_exceptions() == 0) {
        try {
            flush();
        } catch (const std::exception& e) {
            logger("core.generate")->error("could not write the last rows of {}: {}", m_name.toStdString(), e.what());
        }
    }
}

bool TableWriter::hasColumn(const QString& column) const
{
    return m_table && m_table->hasColumn(column);
}

void TableWriter::add(std::initializer_list<SqlValue> row)
{
    Q_ASSERT(!m_finished);
    if (int(row.size()) != m_expected)
        throw Error(tr("Internal error: %1 values given for %2 columns of %3.").arg(row.size()).arg(m_expected).arg(m_name));
    if (!m_table)
        return;
    if (m_bufferedRows > 0)
        m_buffer += QLatin1Char(',');
    m_buffer += QLatin1Char('(');
    bool first = true;
    int index = 0;
    for (const SqlValue& value : row) {
        if (m_keep[index++]) {
            if (!first)
                m_buffer += QLatin1Char(',');
            value.appendTo(m_buffer);
            first = false;
        }
    }
    for (const QString& filler : m_fillerValues) {
        if (!first)
            m_buffer += QLatin1Char(',');
        m_buffer += filler;
        first = false;
    }
    m_buffer += QLatin1Char(')');
    ++m_bufferedRows;
    if (m_buffer.size() >= flushBytes)
        flush();
}

void TableWriter::flush()
{
    if (!m_table || m_bufferedRows == 0)
        return;
    m_context.db().exec(m_head + m_buffer);
    m_context.countRows(m_name, m_bufferedRows);
    m_rowsWritten += m_bufferedRows;
    m_bufferedRows = 0;
    m_buffer.clear();
}

void TableWriter::finish()
{
    flush();
    m_finished = true;
}

} // namespace cutover
