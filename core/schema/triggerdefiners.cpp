#include "triggerdefiners.h"

#include "db/database.h"
#include "error.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>

namespace cutover {

TriggerDefinerCheck::Result TriggerDefinerCheck::run(Database& db)
{
    Result result;
    QMap<QString, MissingDefiner> byDefiner;
    QSqlQuery triggers = db.query(QStringLiteral("SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, DEFINER FROM "
                                                 "information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() "
                                                 "ORDER BY TRIGGER_NAME"));
    while (triggers.next()) {
        MissingDefiner& entry = byDefiner[triggers.value(2).toString()];
        entry.definer = triggers.value(2).toString();
        entry.triggers << triggers.value(0).toString();
        if (!entry.tables.contains(triggers.value(1).toString()))
            entry.tables << triggers.value(1).toString();
    }
    if (byDefiner.isEmpty()) {
        result.checked = true;
        return result;
    }

    QSet<QString> users;
    try {
        QSqlQuery q = db.query(QStringLiteral("SELECT CONCAT(User, '@', Host) FROM mysql.user"));
        while (q.next())
            users.insert(q.value(0).toString());
    } catch (const Error& e) {
        result.uncheckedReason = tr("The user may not read the server's list of users (mysql.user), so Cutover "
                                    "cannot tell whether the definers of this database's triggers exist.");
        return result;
    }
    result.checked = true;
    for (const MissingDefiner& entry : std::as_const(byDefiner)) {
        if (!users.contains(entry.definer))
            result.missing << entry;
    }
    return result;
}

QString TriggerDefinerCheck::explain(const MissingDefiner& missing, const QString& databaseName)
{
    const int at = missing.definer.lastIndexOf(QLatin1Char('@'));
    const QString user = missing.definer.left(at);
    const QString host = missing.definer.mid(at + 1);
    return tr("%n trigger(s) in the database %1 (on %2 and other tables) run as the user '%3'@'%4', which does not "
              "exist on this server, so every write to those tables would fail with \"The user specified as a "
              "definer does not exist\". This happens when a Magento 2 database is restored from another server's "
              "dump. Create that user on this server (CREATE USER '%3'@'%4'; GRANT ALL ON %1.* TO '%3'@'%4';) or "
              "recreate the triggers with bin/magento indexer:set-mode schedule, then check again.",
        nullptr, int(missing.triggers.size()))
        .arg(databaseName, missing.tables.value(0), user, host);
}

} // namespace cutover
