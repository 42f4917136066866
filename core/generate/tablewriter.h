#pragma once

#include "sqlvalue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <initializer_list>

namespace cutover {

class GenContext;
struct TableInfo;

/**
 * Writes generated rows into one table with multi-row INSERT statements of about a megabyte each.
 *
 * The caller names the columns it fills; the writer checks them against the table as information_schema
 * describes it in the release at hand: a named column the table lacks is left out (older Magento releases have
 * fewer columns), a NOT NULL column without a default that the caller did not name gets a neutral value of its
 * type, and a table that does not exist makes the writer a no-op that is counted in the report. Call finish()
 * before it goes out of scope; rows not flushed then are written by the destructor unless an exception is on
 * its way.
 */
class TableWriter {
    Q_DECLARE_TR_FUNCTIONS(TableWriter)
public:
    /** How rows that clash with a unique key are handled. */
    enum class OnDuplicate {
        Fail,    ///< plain INSERT: a clash is an error (the default)
        Ignore,  ///< INSERT IGNORE: the existing row stays
        Replace, ///< REPLACE: the new row wins
    };

    TableWriter(GenContext& context, const QString& table, const QStringList& columns,
        OnDuplicate onDuplicate = OnDuplicate::Fail);
    ~TableWriter();

    TableWriter(const TableWriter&) = delete;
    TableWriter& operator=(const TableWriter&) = delete;

    /** Adds one row: one value for each column named at construction, in that order. */
    void add(std::initializer_list<SqlValue> row);
    /** Writes what is buffered. */
    void flush();
    /** Flushes and stops; later add() calls are an error. */
    void finish();

    bool tableExists() const { return m_table != nullptr; }
    bool hasColumn(const QString& column) const;
    qint64 rowsWritten() const { return m_rowsWritten; }
    const QString& tableName() const { return m_name; }

private:
    GenContext& m_context;
    QString m_name;
    const TableInfo* m_table = nullptr;
    QVector<bool> m_keep;          ///< per caller column: does the table have it
    QStringList m_fillerValues;    ///< SQL literals for NOT NULL columns the caller did not name
    int m_expected = 0;
    QString m_head;
    QString m_buffer;
    int m_bufferedRows = 0;
    qint64 m_rowsWritten = 0;
    bool m_finished = false;
};

} // namespace cutover
