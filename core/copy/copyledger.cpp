#include "copy/copyledger.h"

#include "db/database.h"
#include "error.h"
#include "log/log.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace cutover {

namespace {

bool tableExists(Database& db, const QString& name)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                    "AND TABLE_NAME = %1")
                         .arg(Database::quoteString(name)))
               .toLongLong()
        > 0;
}

// Holds a named server lock so that two workers never back up or empty the same table at once.
class ServerLock
{
public:
    ServerLock(Database& db, const QString& name)
        : m_db(db)
        , m_name(Database::quoteString(name + QLatin1Char('/') + db.profile().database))
    {
        if (m_db.scalar(QStringLiteral("SELECT GET_LOCK(%1, 600)").arg(m_name)).toInt() != 1)
            throw Error(
                CopyLedger::tr("Timed out waiting for another Cutover worker on %1.").arg(db.profile().displayName()));
    }
    ~ServerLock()
    {
        try {
            m_db.scalar(QStringLiteral("SELECT RELEASE_LOCK(%1)").arg(m_name));
        } catch (const Error&) {
            // The connection is gone; the server released the lock with it.
        }
    }

private:
    Database& m_db;
    QString m_name;
};

} // namespace

void CopyLedger::ensureTables(Database& destination)
{
    destination.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (job VARCHAR(190) NOT NULL PRIMARY KEY, "
                                    "last_key LONGTEXT NULL, `rows` BIGINT NOT NULL DEFAULT 0, "
                                    "done TINYINT NOT NULL DEFAULT 0, updated_at TIMESTAMP NOT NULL DEFAULT "
                                    "CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP) ENGINE=InnoDB")
                         .arg(destination.table(QLatin1String(progressTable))));
    destination.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY "
                                    "KEY, table_name VARCHAR(190) NOT NULL UNIQUE, backup_table VARCHAR(64) NULL, "
                                    "rows_before BIGINT NOT NULL DEFAULT 0, created TINYINT NOT NULL DEFAULT 0, "
                                    "created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP) ENGINE=InnoDB")
                         .arg(destination.table(QLatin1String(writtenTable))));
    // A ledger of an earlier version of Cutover, made before tables it created were marked. Checked first: MySQL has
    // no ADD COLUMN IF NOT EXISTS, and DDL on every call would be wasted.
    const bool marked
        = destination
              .scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "
                                     "DATABASE() AND TABLE_NAME = %1 AND COLUMN_NAME = 'created'")
                          .arg(Database::quoteString(destination.profile().table(QLatin1String(writtenTable)))))
              .toLongLong()
        > 0;
    if (!marked)
        destination.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN created TINYINT NOT NULL DEFAULT 0")
                             .arg(destination.table(QLatin1String(writtenTable))));
}

std::optional<CopyLedger::Progress> CopyLedger::progress(Database& destination, const QString& job)
{
    QSqlQuery q
        = destination.query(QStringLiteral("SELECT last_key, `rows`, done FROM %1 WHERE job = %2")
                                .arg(destination.table(QLatin1String(progressTable)), Database::quoteString(job)));
    if (!q.next())
        return std::nullopt;
    return Progress { q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt() != 0 };
}

namespace {

// Tables that the triggers of `table` write to (Magento 2's indexer triggers fill the *_cl change logs): rows
// Cutover's inserts make there are Cutover's doing too, so reset() must restore those tables as well.
QStringList triggerTargets(Database& db, const QString& fullName)
{
    static const QRegularExpression insertInto(
        QStringLiteral("(?:INSERT|REPLACE)\\s+(?:IGNORE\\s+)?INTO\\s+`?([A-Za-z0-9_$]+)`?"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList targets;
    QSqlQuery q = db.query(QStringLiteral("SELECT ACTION_STATEMENT FROM information_schema.TRIGGERS WHERE "
                                          "EVENT_OBJECT_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = %1")
                               .arg(Database::quoteString(fullName)));
    while (q.next()) {
        auto it = insertInto.globalMatch(q.value(0).toString());
        while (it.hasNext()) {
            const QString target = it.next().captured(1);
            if (target != fullName && !targets.contains(target))
                targets << target;
        }
    }
    return targets;
}

} // namespace

void CopyLedger::startJob(Database& destination, const QString& job, const QString& table, Existing existing)
{
    ServerLock lock(destination, QStringLiteral("cutover-ledger"));
    const QString prefix = destination.profile().tablePrefix;
    for (const QString& target : triggerTargets(destination, destination.profile().table(table))) {
        if (target.startsWith(prefix))
            registerTable(destination, target.mid(prefix.size()), Existing::Keep);
    }
    if (registerTable(destination, table, existing)) {
        destination.exec(QStringLiteral("REPLACE INTO %1 (job, last_key, `rows`, done) VALUES (%2, NULL, 0, 0)")
                             .arg(destination.table(QLatin1String(progressTable)), Database::quoteString(job)));
        return;
    }
    destination.exec(QStringLiteral("INSERT IGNORE INTO %1 (job, last_key, `rows`, done) VALUES (%2, NULL, 0, 0)")
                         .arg(destination.table(QLatin1String(progressTable)), Database::quoteString(job)));
}

QStringList CopyLedger::otherVariants(Database& destination, const QString& family, const QString& job)
{
    QStringList jobs;
    const QString like = Database::likeEscaped(family + QLatin1Char('@'));
    QSqlQuery q = destination.query(QStringLiteral("SELECT job FROM %1 WHERE job = %2 OR job LIKE %3")
                                        .arg(destination.table(QLatin1String(progressTable)),
                                            Database::quoteString(family), Database::quoteString(like + QLatin1Char('%'))));
    while (q.next()) {
        if (q.value(0).toString() != job)
            jobs << q.value(0).toString();
    }
    return jobs;
}

void CopyLedger::dropVariants(Database& destination, const QStringList& jobs, const QString& table)
{
    if (jobs.isEmpty())
        return;
    QStringList names;
    for (const QString& job : jobs)
        names << Database::quoteString(job);
    destination.beginTransaction();
    try {
        destination.exec(QStringLiteral("DELETE FROM %1").arg(destination.table(table)));
        destination.exec(QStringLiteral("DELETE FROM %1 WHERE job IN (%2)")
                             .arg(destination.table(QLatin1String(progressTable)), names.join(QLatin1Char(','))));
        destination.commit();
    } catch (const Error&) {
        destination.rollback();
        throw;
    }
}

bool CopyLedger::registerTable(Database& destination, const QString& table, Existing existing)
{
    const QString ledger = destination.table(QLatin1String(writtenTable));
    const QString fullName = destination.profile().table(table);
    const bool registered = destination
                                .scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE table_name = %2")
                                            .arg(ledger, Database::quoteString(fullName)))
                                .toLongLong()
        > 0;
    if (!registered) {
        const qint64 before
            = destination.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(Database::quoteIdentifier(fullName)))
                  .toLongLong();
        QString backup;
        // The id the ledger row will get names the backup; a backup left by a run killed before it registered
        // the table is dropped and made again.
        const qint64 next
            = destination.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(ledger)).toLongLong();
        if (before > 0) {
            backup = destination.profile().table(QStringLiteral("cutover_bk_%1").arg(next));
            const QString quotedBackup = Database::quoteIdentifier(backup);
            destination.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(quotedBackup));
            destination.exec(
                QStringLiteral("CREATE TABLE %1 LIKE %2").arg(quotedBackup, Database::quoteIdentifier(fullName)));
            destination.exec(QStringLiteral("INSERT INTO %1 SELECT * FROM %2")
                                 .arg(quotedBackup, Database::quoteIdentifier(fullName)));
        }
        destination.beginTransaction();
        destination.exec(QStringLiteral("INSERT INTO %1 (id, table_name, backup_table, rows_before) VALUES "
                                        "(%5, %2, %3, %4)")
                             .arg(ledger, Database::quoteString(fullName),
                                 backup.isEmpty() ? QStringLiteral("NULL") : Database::quoteString(backup))
                             .arg(before)
                             .arg(next));
        if (existing == Existing::Replace && before > 0)
            destination.exec(QStringLiteral("DELETE FROM %1").arg(Database::quoteIdentifier(fullName)));
        destination.commit();
        logger("core.copy")->info("registered {} as written (backup of {} rows)", fullName.toStdString(), before);
        return true;
    }
    return false;
}

bool CopyLedger::createTable(Database& destination, const QString& table, const QString& definition)
{
    ServerLock lock(destination, QStringLiteral("cutover-ledger"));
    const QString fullName = destination.profile().table(table);
    if (tableExists(destination, fullName))
        return false;
    // Recorded before it is made: a run killed in between leaves a record of a table that does not exist, which
    // reset() drops harmlessly; never a table of Cutover's that reset() would keep.
    destination.exec(QStringLiteral("INSERT INTO %1 (table_name, backup_table, rows_before, created) VALUES (%2, NULL, "
                                    "0, 1) ON DUPLICATE KEY UPDATE created = IF(backup_table IS NULL, 1, created)")
                         .arg(destination.table(QLatin1String(writtenTable)), Database::quoteString(fullName)));
    destination.exec(
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 %2").arg(Database::quoteIdentifier(fullName), definition));
    logger("core.copy")->info("created {}", fullName.toStdString());
    return true;
}

void CopyLedger::saveProgress(Database& destination, const QString& job, const QString& lastKey, qint64 rows, bool done)
{
    destination.exec(QStringLiteral("UPDATE %1 SET last_key = %2, `rows` = %3, done = %4 WHERE job = %5")
                         .arg(destination.table(QLatin1String(progressTable)),
                             lastKey.isEmpty() ? QStringLiteral("NULL") : Database::quoteString(lastKey))
                         .arg(rows)
                         .arg(done ? 1 : 0)
                         .arg(Database::quoteString(job)));
}

QStringList CopyLedger::writtenTables(Database& destination)
{
    QStringList tables;
    if (!tableExists(destination, destination.profile().table(QLatin1String(writtenTable))))
        return tables;
    QSqlQuery q = destination.query(
        QStringLiteral("SELECT table_name FROM %1 ORDER BY id").arg(destination.table(QLatin1String(writtenTable))));
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

QStringList CopyLedger::reset(Database& destination)
{
    QStringList restored;
    const QString ledger = destination.profile().table(QLatin1String(writtenTable));
    destination.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
    if (tableExists(destination, ledger)) {
        // Newest first: a table that triggers write to is registered before the tables whose triggers fill it, so
        // it is restored after them and what their restore made the triggers write is undone too.
        struct Entry
        {
            QString table;
            QString backup;
            bool created = false;
        };
        QList<Entry> entries;
        QSqlQuery q
            = destination.query(QStringLiteral("SELECT table_name, backup_table, created FROM %1 ORDER BY id DESC")
                                    .arg(Database::quoteIdentifier(ledger)));
        while (q.next())
            entries.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0 });
        for (const auto& [table, backup, created] : entries) {
            const QString quoted = Database::quoteIdentifier(table);
            if (created) {
                destination.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted));
                destination.exec(QStringLiteral("DELETE FROM %1 WHERE table_name = %2")
                                     .arg(Database::quoteIdentifier(ledger), Database::quoteString(table)));
                restored << table;
                continue;
            }
            try {
                destination.beginTransaction();
                destination.exec(QStringLiteral("DELETE FROM %1").arg(quoted));
                if (!backup.isEmpty())
                    destination.exec(QStringLiteral("INSERT INTO %1 SELECT * FROM %2")
                                         .arg(quoted, Database::quoteIdentifier(backup)));
                destination.exec(QStringLiteral("DELETE FROM %1 WHERE table_name = %2")
                                     .arg(Database::quoteIdentifier(ledger), Database::quoteString(table)));
                destination.commit();
            } catch (const Error& e) {
                destination.rollback();
                throw e.withContext(tr("Could not reset the table %1").arg(table));
            }
            if (!backup.isEmpty())
                destination.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(Database::quoteIdentifier(backup)));
            restored << table;
        }
    }
    destination.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(Database::quoteIdentifier(ledger)));
    destination.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(destination.table(QLatin1String(progressTable))));
    destination.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
    logger("core.copy")
        ->info("reset {} tables on {}", restored.size(), destination.profile().displayName().toStdString());
    return restored;
}

} // namespace cutover
