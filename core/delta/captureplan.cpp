#include "captureplan.h"

#include "connection/grants.h"
#include "db/database.h"
#include "error.h"
#include "mapping/dmtconfig.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace cutover {

namespace {

// Tables that tool steps read although no map or groups file names them as carried: the URL rewrite step and
// the configurable prices step.
const char* const stepTables[] = { "core_url_rewrite", "catalog_product_super_attribute_pricing" };

const char* const neededPrivileges[] = { "TRIGGER", "CREATE", "SELECT", "INSERT", "UPDATE", "DELETE", "DROP" };

bool isNumericType(const QString& dataType)
{
    static const QSet<QString> numeric { QStringLiteral("tinyint"), QStringLiteral("smallint"),
        QStringLiteral("mediumint"), QStringLiteral("int"), QStringLiteral("integer"), QStringLiteral("bigint"),
        QStringLiteral("decimal"), QStringLiteral("float"), QStringLiteral("double"), QStringLiteral("year") };
    return numeric.contains(dataType.toLower());
}

struct KeyColumn
{
    QString name;
    QString dataType;
};

// The key as a JSON array in key-column order. Servers without JSON_ARRAY() get the same text built with CONCAT;
// string keys are escaped for backslash and quote, which is all Magento's varchar keys ever hold.
QString keyExpression(const QVector<KeyColumn>& key, const QString& row, bool jsonArray)
{
    QStringList parts;
    for (const KeyColumn& column : key) {
        const QString value = row + QLatin1Char('.') + Database::quoteIdentifier(column.name);
        if (jsonArray)
            parts << value;
        else if (isNumericType(column.dataType))
            parts << QStringLiteral("IFNULL(%1, 'null')").arg(value);
        else
            parts << QStringLiteral("IFNULL(CONCAT('\"', REPLACE(REPLACE(%1, '\\\\', '\\\\\\\\'), '\"', '\\\\\"'), "
                                    "'\"'), 'null')")
                         .arg(value);
    }
    if (jsonArray)
        return QStringLiteral("JSON_ARRAY(%1)").arg(parts.join(QStringLiteral(", ")));
    return QStringLiteral("CONCAT('[', %1, ']')").arg(parts.join(QStringLiteral(", ',', ")));
}

QString insertLog(const QString& logTable, const QString& table, QChar op, const QString& key)
{
    return QStringLiteral("INSERT INTO %1 (`tbl`, `op`, `k`) VALUES (%2, '%3', %4)")
        .arg(Database::quoteIdentifier(logTable), Database::quoteString(table), QString(op), key);
}

QString eventSuffix(const QString& event)
{
    if (event == QLatin1String("INSERT"))
        return QStringLiteral("ai");
    if (event == QLatin1String("UPDATE"))
        return QStringLiteral("au");
    return QStringLiteral("ad");
}

CaptureTarget makeTarget(const QString& prefix, const QString& table, const QString& keyName,
    const QVector<KeyColumn>& key, const QString& logTable, bool jsonArray)
{
    CaptureTarget target;
    target.table = table;
    target.keyName = keyName;
    for (const KeyColumn& column : key)
        target.keyColumns << column.name;
    const QString physical = prefix + table;
    for (const QString& event : { QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE") }) {
        CaptureTrigger trigger;
        trigger.event = event;
        trigger.name = CapturePlanner::triggerName(prefix, table, event);
        if (event == QLatin1String("INSERT")) {
            trigger.body
                = insertLog(logTable, table, QLatin1Char('I'), keyExpression(key, QStringLiteral("NEW"), jsonArray));
        } else if (event == QLatin1String("DELETE")) {
            trigger.body
                = insertLog(logTable, table, QLatin1Char('D'), keyExpression(key, QStringLiteral("OLD"), jsonArray));
        } else {
            // A key changed in place is a delete of the old key and a write of the new one; the comparison costs
            // nothing next to the INSERT and keeps the common case at one statement.
            QStringList same;
            for (const KeyColumn& column : key) {
                const QString name = Database::quoteIdentifier(column.name);
                same << QStringLiteral("OLD.%1 <=> NEW.%1").arg(name);
            }
            trigger.body = QStringLiteral("BEGIN IF NOT (%1) THEN %2; END IF; %3; END")
                               .arg(same.join(QStringLiteral(" AND ")),
                                   insertLog(logTable, table, QLatin1Char('D'),
                                       keyExpression(key, QStringLiteral("OLD"), jsonArray)),
                                   insertLog(logTable, table, QLatin1Char('U'),
                                       keyExpression(key, QStringLiteral("NEW"), jsonArray)));
        }
        trigger.statement = QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 FOR EACH ROW %4")
                                .arg(Database::quoteIdentifier(trigger.name), event,
                                    Database::quoteIdentifier(physical), trigger.body);
        target.triggers << trigger;
    }
    return target;
}

} // namespace

CaptureServer CaptureServer::fromVersion(const QString& version)
{
    CaptureServer server;
    server.version = version;
    server.mariadb = version.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);
    static const QRegularExpression number(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch match = number.match(version);
    if (match.hasMatch()) {
        server.major = match.captured(1).toInt();
        server.minor = match.captured(2).toInt();
        server.patch = match.captured(3).toInt();
    }
    const auto atLeast = [&](int major, int minor, int patch) {
        return std::tie(server.major, server.minor, server.patch) >= std::tie(major, minor, patch);
    };
    // MariaDB's 5.5 line is older than 10.x; MySQL jumped from 5.7 to 8.0.
    server.multipleTriggers = server.mariadb ? atLeast(10, 2, 3) : atLeast(5, 7, 2);
    server.jsonArray = server.mariadb ? atLeast(10, 2, 3) : atLeast(5, 7, 8);
    return server;
}

int CapturePlan::triggerCount() const
{
    int count = 0;
    for (const CaptureTarget& target : targets)
        count += int(target.triggers.size());
    return count;
}

QString CapturePlan::createLogTableStatement() const
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                          "`seq` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, "
                          "`tbl` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, "
                          "`op` CHAR(1) CHARACTER SET ascii NOT NULL, "
                          "`k` VARCHAR(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, "
                          "`changed_at` TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), "
                          "PRIMARY KEY (`seq`)) ENGINE=InnoDB "
                          "COMMENT='Cutover change capture: one row per change, removed by cutover-cli delta remove'")
        .arg(Database::quoteIdentifier(logTable));
}

QString CapturePlan::createMetaTableStatement() const
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                          "`name` VARCHAR(64) CHARACTER SET ascii NOT NULL, "
                          "`value` MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, "
                          "PRIMARY KEY (`name`)) ENGINE=InnoDB "
                          "COMMENT='Cutover change capture: what was installed, removed by cutover-cli delta remove'")
        .arg(Database::quoteIdentifier(metaTable));
}

QStringList CapturePlan::statements() const
{
    QStringList list { createLogTableStatement(), createMetaTableStatement() };
    for (const CaptureTarget& target : targets) {
        for (const CaptureTrigger& trigger : target.triggers)
            list << trigger.statement;
    }
    return list;
}

QJsonObject CapturePlan::toJson(bool withStatements) const
{
    QJsonArray tables;
    for (const CaptureTarget& target : targets) {
        QJsonArray triggers;
        for (const CaptureTrigger& trigger : target.triggers) {
            QJsonObject t { { QStringLiteral("name"), trigger.name }, { QStringLiteral("event"), trigger.event } };
            if (withStatements)
                t.insert(QStringLiteral("statement"), trigger.statement);
            triggers << t;
        }
        tables << QJsonObject { { QStringLiteral("table"), target.table }, { QStringLiteral("key"), target.keyName },
            { QStringLiteral("keyColumns"), QJsonArray::fromStringList(target.keyColumns) },
            { QStringLiteral("triggers"), triggers },
            { QStringLiteral("existingTriggers"), QJsonArray::fromStringList(target.foreignTriggers) } };
    }
    QJsonArray skippedTables;
    for (const SkippedTable& s : skipped)
        skippedTables << QJsonObject { { QStringLiteral("table"), s.table }, { QStringLiteral("reason"), s.reason } };
    QJsonArray blockerList;
    for (const CaptureBlocker& b : blockers)
        blockerList << QJsonObject { { QStringLiteral("id"), b.id }, { QStringLiteral("message"), b.message },
            { QStringLiteral("fix"), b.fix } };
    QJsonObject json { { QStringLiteral("database"), database }, { QStringLiteral("tablePrefix"), tablePrefix },
        { QStringLiteral("serverVersion"), server.version }, { QStringLiteral("logBin"), server.logBin },
        { QStringLiteral("logTable"), logTable }, { QStringLiteral("metaTable"), metaTable },
        { QStringLiteral("tables"), tables }, { QStringLiteral("skipped"), skippedTables },
        { QStringLiteral("blockers"), blockerList }, { QStringLiteral("triggerCount"), triggerCount() } };
    if (withStatements) {
        json.insert(QStringLiteral("createStatements"),
            QJsonArray::fromStringList({ createLogTableStatement(), createMetaTableStatement() }));
    }
    return json;
}

QString CapturePlanner::triggerName(const QString& prefix, const QString& table, const QString& event)
{
    const QString name = prefix + QStringLiteral("cutover_") + table + QLatin1Char('_') + eventSuffix(event);
    if (name.size() <= 64)
        return name;
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex().left(8));
    return name.left(64 - 12) + QLatin1Char('_') + hash + QLatin1Char('_') + eventSuffix(event);
}

QStringList CapturePlanner::carriedTables(
    const DmtConfiguration& dmt, const QStringList& sourceTables, const OptionalAreas& areas)
{
    QSet<QString> carried;
    if (const MapConfig* main = dmt.map(QStringLiteral("map_file"))) {
        for (const QString& table : sourceTables) {
            if (!main->isDocumentIgnored(table, MapConfig::Side::Source))
                carried.insert(table);
        }
    }
    // The other map files carry the documents their source rules name (customers, EAV, stores, tier prices, log).
    for (auto it = dmt.maps().cbegin(); it != dmt.maps().cend(); ++it) {
        if (it.key() == QLatin1String("map_file"))
            continue;
        const SideRules& rules = it.value().rules(MapConfig::Side::Source);
        for (const FieldRef& field : rules.ignoredFields)
            carried.insert(field.document);
        for (const FieldRef& field : rules.ignoredDatatypes)
            carried.insert(field.document);
        for (const FieldTransform& transform : rules.transforms)
            carried.insert(transform.field.document);
        for (const auto& rename : it.value().renamedDocuments())
            carried.insert(std::get<0>(rename));
        for (const auto& move : it.value().movedFields())
            carried.insert(move.first.document);
    }
    // Groups files list what the tool's steps read, deltalog.xml what its own delta captured. Groups of destination
    // documents (tables the log step clears, documents updated on duplicate) are not source tables to capture.
    for (const GroupsConfig& groups : dmt.allGroups()) {
        for (const GroupsConfig::Group& group : groups.groups()) {
            if (group.name.startsWith(QLatin1String("destination")))
                continue;
            for (const GroupsConfig::Entry& document : group.documents)
                carried.insert(document.name);
        }
    }
    for (const char* table : stepTables)
        carried.insert(QString::fromLatin1(table));

    for (const QString& table : areas.leftOutTables(&dmt, sourceTables))
        carried.remove(table);

    QStringList result;
    for (const QString& table : sourceTables) {
        if (!carried.contains(table) || table.startsWith(QLatin1String("cutover_"))
            || MapConfig::matchesPattern(QStringLiteral("m2_cl_*"), table))
            continue;
        result << table;
    }
    std::sort(result.begin(), result.end());
    return result;
}

CaptureServer CapturePlanner::readServer(Database& db)
{
    CaptureServer server = CaptureServer::fromVersion(db.scalar(QStringLiteral("SELECT VERSION()")).toString());
    QSqlQuery binlog = db.query(QStringLiteral("SELECT @@log_bin, @@log_bin_trust_function_creators, CURRENT_USER()"));
    if (binlog.next()) {
        server.logBin = binlog.value(0).toInt() != 0;
        server.trustFunctionCreators = binlog.value(1).toInt() != 0;
        const QString current = binlog.value(2).toString();
        const qsizetype at = current.lastIndexOf(QLatin1Char('@'));
        server.account = at < 0 ? current : QStringLiteral("'%1'@'%2'").arg(current.left(at), current.mid(at + 1));
    }
    QStringList lines;
    QSqlQuery grants = db.query(QStringLiteral("SHOW GRANTS"));
    while (grants.next())
        lines << grants.value(0).toString();
    // SUPER is a global privilege: only a grant ON *.* gives it (ALL PRIVILEGES on one database does not).
    static const QRegularExpression global(QStringLiteral("^GRANT (.+) ON \\*\\.\\* TO "));
    for (const QString& line : lines) {
        const QRegularExpressionMatch match = global.match(line);
        if (match.hasMatch()
            && (match.captured(1).contains(QLatin1String("ALL PRIVILEGES"))
                || match.captured(1).contains(QLatin1String("SUPER"))))
            server.hasSuper = true;
    }
    return server;
}

CapturePlan CapturePlanner::plan(Database& db, const DmtConfiguration& dmt, const OptionalAreas& areas)
{
    return plan(db, dmt, readServer(db), areas);
}

CapturePlan CapturePlanner::plan(
    Database& db, const DmtConfiguration& dmt, const CaptureServer& server, const OptionalAreas& areas)
{
    CapturePlan plan;
    plan.database = db.profile().database;
    plan.tablePrefix = db.profile().tablePrefix;
    plan.server = server;
    plan.logTable = logTableName(plan.tablePrefix);
    plan.metaTable = metaTableName(plan.tablePrefix);
    const QString prefix = plan.tablePrefix;
    const QString like = Database::likeEscaped(prefix) + QLatin1Char('%');

    // Base tables only: a view cannot carry a trigger.
    QStringList sourceTables;
    QSqlQuery tables = db.query(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                               "DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME LIKE ?"),
        { like });
    while (tables.next())
        sourceTables << tables.value(0).toString().mid(prefix.size());

    // Unique keys in index order; PRIMARY sorts first by the CASE.
    struct Index
    {
        QString name;
        QVector<KeyColumn> columns;
        bool nullable = false;
    };
    QHash<QString, QVector<Index>> indexes;
    QSqlQuery keys = db.query(
        QStringLiteral(
            "SELECT s.TABLE_NAME, s.INDEX_NAME, s.COLUMN_NAME, s.NULLABLE, c.DATA_TYPE "
            "FROM information_schema.STATISTICS s JOIN information_schema.COLUMNS c "
            "ON c.TABLE_SCHEMA = s.TABLE_SCHEMA AND c.TABLE_NAME = s.TABLE_NAME AND c.COLUMN_NAME = s.COLUMN_NAME "
            "WHERE s.TABLE_SCHEMA = DATABASE() AND s.NON_UNIQUE = 0 AND s.TABLE_NAME LIKE ? "
            "ORDER BY s.TABLE_NAME, CASE WHEN s.INDEX_NAME = 'PRIMARY' THEN 0 ELSE 1 END, s.INDEX_NAME, "
            "s.SEQ_IN_INDEX"),
        { like });
    while (keys.next()) {
        QVector<Index>& list = indexes[keys.value(0).toString()];
        const QString indexName = keys.value(1).toString();
        if (list.isEmpty() || list.last().name != indexName)
            list.append(Index { indexName, {}, false });
        list.last().columns.append(KeyColumn { keys.value(2).toString(), keys.value(4).toString() });
        list.last().nullable = list.last().nullable || keys.value(3).toString() == QLatin1String("YES");
    }

    // Triggers already there, by table; ours (by name) are not foreign.
    QHash<QString, QVector<QPair<QString, QString>>> existing; // physical table -> (trigger, "AFTER UPDATE")
    QSqlQuery triggers
        = db.query(QStringLiteral("SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION "
                                  "FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"));
    while (triggers.next()) {
        existing[triggers.value(1).toString()].append({ triggers.value(0).toString(),
            triggers.value(2).toString() + QLatin1Char(' ') + triggers.value(3).toString() });
    }

    QStringList slotConflicts;
    const QStringList carried = carriedTables(dmt, sourceTables, areas);
    OptionalAreas everything;
    everything.visitorLogs = true;
    for (const QString& table : carriedTables(dmt, sourceTables, everything)) {
        if (!carried.contains(table))
            plan.skipped << SkippedTable { table,
                OptionalAreas::isReportTable(table)
                    ? tr("reports and statistics, left behind as chosen: no trigger, so Magento 1's storefront does "
                         "not pay for changes that are not carried")
                    : tr("visitor log, left behind as chosen: no trigger, so Magento 1's storefront does not pay "
                         "for changes that are not carried") };
    }
    for (const QString& table : carried) {
        const QString physical = prefix + table;
        const QVector<Index> tableIndexes = indexes.value(physical);
        const Index* chosen = nullptr;
        for (const Index& index : tableIndexes) {
            if (index.name == QLatin1String("PRIMARY") || !index.nullable) {
                chosen = &index;
                break;
            }
        }
        if (!chosen) {
            plan.skipped << SkippedTable { table,
                tr("%1 has no primary key and no unique key over NOT NULL columns, so a changed row cannot be "
                   "identified; the data migration copies it whole, so migrate it again just before go-live.")
                    .arg(physical) };
            continue;
        }
        CaptureTarget target
            = makeTarget(prefix, table, chosen->name, chosen->columns, plan.logTable, server.jsonArray);
        QSet<QString> ours;
        for (const CaptureTrigger& trigger : target.triggers)
            ours.insert(trigger.name);
        for (const auto& [name, when] : existing.value(physical)) {
            if (ours.contains(name))
                continue;
            target.foreignTriggers << name;
            if (!server.multipleTriggers && when.startsWith(QLatin1String("AFTER ")))
                slotConflicts << tr("%1 (%2 on %3)").arg(name, when, physical);
        }
        plan.targets << target;
    }

    if (!slotConflicts.isEmpty()) {
        plan.blockers << CaptureBlocker { QStringLiteral("trigger-slot"),
            tr("This server (%1) allows one trigger per table, timing and event, and these tables already have one "
               "that Cutover would need the place of: %2. Cutover does not rewrite other software's triggers.")
                .arg(server.version, slotConflicts.join(QStringLiteral(", "))),
            tr("Upgrade the server to MariaDB 10.2.3 or MySQL 5.7.2 or later (they allow several triggers per event), "
               "or remove the extension that installed those triggers.") };
    }

    QStringList lines;
    QSqlQuery grants = db.query(QStringLiteral("SHOW GRANTS"));
    while (grants.next())
        lines << grants.value(0).toString();
    const GrantSet grantSet = GrantSet::parse(lines);
    QStringList missing;
    for (const char* privilege : neededPrivileges) {
        if (!grantSet.has(QString::fromLatin1(privilege), plan.database))
            missing << QString::fromLatin1(privilege);
    }
    if (!missing.isEmpty()) {
        plan.blockers << CaptureBlocker { QStringLiteral("privileges"),
            tr("User %1 lacks %2 on the database %3: change capture creates a change-log table and triggers there "
               "(CREATE, TRIGGER), its triggers write to it (INSERT), the apply loop reads and purges it (SELECT, "
               "UPDATE, DELETE) and remove drops it (DROP).")
                .arg(server.account, missing.join(QStringLiteral(", ")), plan.database),
            tr("Have the database administrator run: GRANT %1 ON `%2`.* TO %3;")
                .arg(missing.join(QStringLiteral(", ")), plan.database, server.account) };
    }
    if (server.logBin && !server.trustFunctionCreators && !server.hasSuper) {
        plan.blockers << CaptureBlocker { QStringLiteral("binlog"),
            tr("Binary logging is on on this server (log_bin=ON) and log_bin_trust_function_creators is 0: the "
               "server then lets only a user with SUPER create triggers, and %1 does not have it.")
                .arg(server.account),
            tr("Have the database administrator run SET GLOBAL log_bin_trust_function_creators = 1; and add "
               "log_bin_trust_function_creators = 1 under [mysqld] in the server configuration so it survives a "
               "restart, or GRANT SUPER ON *.* TO %1;")
                .arg(server.account) };
    }
    if (plan.targets.isEmpty() && plan.blockers.isEmpty()) {
        plan.blockers << CaptureBlocker { QStringLiteral("no-tables"),
            tr("The database %1 has none of the tables the data migration carries (table prefix \"%2\").")
                .arg(plan.database, prefix),
            tr("Check the database name and the table prefix (?prefix=) in the source URL.") };
    }
    return plan;
}

} // namespace cutover
