#include "database.h"

#include "error.h"
#include "log/log.h"

#include <QRegularExpression>
#include <QSqlError>

#include <atomic>

namespace cutover {

namespace {

QString uniqueConnectionName(const QString& purpose)
{
    static std::atomic<quint64> counter { 0 };
    return QStringLiteral("cutover-%1-%2").arg(purpose).arg(++counter);
}

} // namespace

Database::Database(const ConnectionProfile& profile, const QString& password, const QString& purpose)
    : m_profile(profile)
    , m_purpose(purpose)
    , m_connectionName(uniqueConnectionName(purpose))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), m_connectionName);
    if (!m_db.isValid()) {
        m_db = {};
        QSqlDatabase::removeDatabase(m_connectionName);
        throw Error(tr("The MySQL driver for Qt is not installed. Install the Debian package libqt6sql6-mysql."));
    }
    m_db.setUserName(profile.user);
    m_db.setPassword(password);
    m_db.setDatabaseName(profile.database);
    QStringList options { QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10") };
    if (!profile.socket.isEmpty()) {
        options << QStringLiteral("UNIX_SOCKET=%1").arg(profile.socket);
    } else {
        m_db.setHostName(profile.host);
        m_db.setPort(profile.port);
    }
    // As the probe's login: Qt 6.4's QMYSQL has no ssl-mode option, and any SSL_* option makes the client library
    // insist on TLS, so ssl=required without a CA file still gets TLS and ssl=disabled/preferred never does.
    if (profile.tls != TlsMode::Disabled && profile.tls != TlsMode::Preferred)
        options << (profile.caFile.isEmpty() ? QStringLiteral("SSL_CIPHER=HIGH")
                                             : QStringLiteral("SSL_CA=%1").arg(profile.caFile));
    m_db.setConnectOptions(options.join(QLatin1Char(';')));

    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        m_db = {};
        QSqlDatabase::removeDatabase(m_connectionName);
        throw Error(
            tr("Could not connect to the %1 database %2: %3").arg(purpose, profile.displayName(), error.databaseText()),
            error.text());
    }
    // Magento stores text as utf8; the generator and the copier also write zero dates and explicit zero ids,
    // which MariaDB's strict default modes would refuse.
    exec(QStringLiteral("SET NAMES utf8mb4"));
    exec(QStringLiteral("SET SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO'"));
    logger("core.db")->debug("opened {} connection to {}", purpose.toStdString(), profile.displayName().toStdString());
}

Database::~Database()
{
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::fail(const QString& what, const QSqlError& error, const QString& sql) const
{
    QString statement = sql.size() > 2000 ? sql.left(2000) + QStringLiteral("...") : sql;
    QString message
        = tr("%1 failed on the %2 database %3: %4").arg(what, m_purpose, m_profile.displayName(), error.databaseText());
    // MariaDB's ER_NO_SUCH_USER: a trigger's or view's definer is missing, typical of a restored Magento 2 dump.
    if (error.nativeErrorCode() == QLatin1String("1449"))
        message += QLatin1Char(' ')
            + tr("A trigger on this table runs as a user that does not exist on this server (Magento 2's indexer "
                 "triggers name the user of the server they were made on). Create that user, or recreate the "
                 "triggers with bin/magento indexer:set-mode schedule.");
    const QString advised = advice(error.nativeErrorCode().toInt(), error.databaseText());
    if (!advised.isEmpty()) {
        // The server's own words rarely end a sentence; the advice starts a new one.
        if (!message.endsWith(QLatin1Char('.')))
            message += QLatin1Char('.');
        message += QLatin1Char(' ') + advised;
    }
    throw Error(message, QStringLiteral("%1\n%2").arg(error.text(), statement));
}

bool Database::isOutOfSpace(int code, const QString& text)
{
    // 1114 ER_RECORD_FILE_FULL ("The table 'x' is full"), 1021 ER_DISK_FULL, and errno 28 (ENOSPC) as the server
    // words it inside other errors ("Got error 28 \"No space left on device\" from storage engine").
    static const QRegularExpression errno28(QStringLiteral("(errno:? 28\\b|error 28\\b|No space left on device)"),
        QRegularExpression::CaseInsensitiveOption);
    return code == 1114 || code == 1021 || errno28.match(text).hasMatch();
}

QString Database::advice(int code, const QString& text)
{
    if (isOutOfSpace(code, text))
        return tr("The database server is out of space: its disk or its InnoDB tablespace is full. Free disk space "
                  "on the database server, or let the tablespace grow (innodb_data_file_path with :autoextend, or "
                  "innodb_file_per_table=1), then run the migration again: it resumes after the last committed batch "
                  "and keeps every row already written.");
    // 1366 ER_TRUNCATED_WRONG_VALUE_FOR_FIELD ("Incorrect string value: ... for column ..."), 1300
    // ER_INVALID_CHARACTER_STRING: text the column's character set cannot hold.
    // 2006 CR_SERVER_GONE_ERROR, 2013 CR_SERVER_LOST, 2002/2003 cannot connect (the server went down between two
    // statements), 1053 ER_SERVER_SHUTDOWN, 1927 ER_CONNECTION_KILLED.
    if (code == 2006 || code == 2013 || code == 2002 || code == 2003 || code == 1053 || code == 1927)
        return tr("The connection to the database server was lost: the server stopped, restarted or dropped the "
                  "connection. Check that it is running and reachable, then run the migration again: it resumes "
                  "after the last committed batch and keeps every row already written.");
    if (code == 1366 || code == 1300)
        return tr("The text is not valid in the column's character set (Magento 2 stores utf8mb4; a utf8mb3 column "
                  "cannot hold characters such as emoji). Convert the destination table to utf8mb4 (ALTER TABLE ... "
                  "CONVERT TO CHARACTER SET utf8mb4) or correct the value in Magento 1, then run the migration "
                  "again: it resumes after the last committed batch.");
    return {};
}

qint64 Database::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        fail(tr("A statement"), q.lastError(), sql);
    return q.numRowsAffected();
}

QSqlQuery Database::query(const QString& sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        fail(tr("A query"), q.lastError(), sql);
    return q;
}

QSqlQuery Database::query(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(tr("Preparing a query"), q.lastError(), sql);
    for (const QVariant& value : bindings)
        q.addBindValue(value);
    if (!q.exec())
        fail(tr("A query"), q.lastError(), sql);
    return q;
}

QVariant Database::scalar(const QString& sql)
{
    QSqlQuery q = query(sql);
    return q.next() ? q.value(0) : QVariant();
}

void Database::beginTransaction()
{
    exec(QStringLiteral("START TRANSACTION"));
}

void Database::commit()
{
    exec(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    exec(QStringLiteral("ROLLBACK"));
}

QString Database::quoteIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + quoted + QLatin1Char('`');
}

void Database::appendQuotedString(QString& out, QStringView value)
{
    out.reserve(out.size() + value.size() + 2);
    out += QLatin1Char('\'');
    for (QChar c : value) {
        switch (c.unicode()) {
        case '\'':
            out += QLatin1String("\\'");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\0':
            out += QLatin1String("\\0");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case 0x1a:
            out += QLatin1String("\\Z");
            break;
        default:
            out += c;
        }
    }
    out += QLatin1Char('\'');
}

QString Database::likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    return text;
}

QString Database::quoteString(const QString& value)
{
    QString out;
    appendQuotedString(out, value);
    return out;
}

} // namespace cutover
