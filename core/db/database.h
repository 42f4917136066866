#pragma once

#include "connectionprofile.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace cutover {

/**
 * One open connection to a MariaDB/MySQL server, owned by the thread that made it.
 *
 * A QSqlDatabase may only be used on the thread that opened it, so each Database registers a connection under
 * a unique name and removes it in its destructor. Create it in the worker that uses it; never share it.
 * Every failing statement throws cutover::Error with the server's text and the statement in the details.
 */
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    /**
     * Opens the connection. `purpose` names it in messages and logs ("source", "destination", "generator").
     * Throws cutover::Error when the server cannot be reached or refuses the login.
     */
    Database(const ConnectionProfile& profile, const QString& password, const QString& purpose);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const ConnectionProfile& profile() const { return m_profile; }
    QSqlDatabase& handle() { return m_db; }

    /** Runs a statement that returns no rows; returns the number of rows it affected. */
    qint64 exec(const QString& sql);

    /** Runs a query and returns it positioned before the first row (forward-only). */
    QSqlQuery query(const QString& sql);

    /** Runs a query with positional `?` bindings. */
    QSqlQuery query(const QString& sql, const QVariantList& bindings);

    /** The first column of the first row, or an invalid QVariant when there is no row. */
    QVariant scalar(const QString& sql);

    /** `prefix + name`, quoted with backticks, ready to put in SQL. */
    QString table(const QString& name) const { return quoteIdentifier(m_profile.table(name)); }

    void beginTransaction();
    void commit();
    void rollback();

    /**
     * What a MariaDB error means and what to do next, for the errors that bad input and full disks cause: 1114
     * (a table is full), 1021 (disk full), errno 28 (no space left on device) in any error's text, 1366 and 1300
     * (text the column's character set cannot hold). Empty for other errors. `code` is the server's error number,
     * `text` its message. Translated; fail() appends it to every failing statement's message.
     */
    static QString advice(int code, const QString& text);
    /** True when the error says the server is out of space (1114, 1021, errno 28). */
    static bool isOutOfSpace(int code, const QString& text);

    static QString quoteIdentifier(const QString& name);
    /** A SQL string literal for MariaDB, with quotes, backslashes and control characters escaped. */
    static QString quoteString(const QString& value);
    /** `text` with LIKE's wildcards and escape character escaped, so that a pattern matches it literally. */
    static QString likeEscaped(QString text);
    static void appendQuotedString(QString& out, QStringView value);

private:
    [[noreturn]] void fail(const QString& what, const QSqlError& error, const QString& sql) const;

    ConnectionProfile m_profile;
    QString m_purpose;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace cutover
