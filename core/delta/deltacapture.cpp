#include "deltacapture.h"

#include "db/database.h"
#include "error.h"
#include "log/log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace cutover {

namespace {

struct ExistingTrigger
{
    QString table;
    QString body;
};

bool tableExists(Database& db, const QString& physical)
{
    return db
        .query(QStringLiteral("SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND "
                              "TABLE_NAME = ?"),
            { physical })
        .next();
}

QHash<QString, ExistingTrigger> triggersOf(Database& db)
{
    QHash<QString, ExistingTrigger> result;
    QSqlQuery q = db.query(QStringLiteral("SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_STATEMENT FROM "
                                          "information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"));
    while (q.next())
        result.insert(q.value(0).toString(), ExistingTrigger { q.value(1).toString(), q.value(2).toString() });
    return result;
}

bool isOurTrigger(const QString& name, const ExistingTrigger& trigger, const QString& prefix)
{
    const QString logTable = CapturePlanner::logTableName(prefix);
    return name.startsWith(prefix + QStringLiteral("cutover_"))
        && trigger.body.contains(Database::quoteIdentifier(logTable));
}

QHash<QString, QString> readMeta(Database& db, const QString& metaTable)
{
    QHash<QString, QString> meta;
    QSqlQuery q = db.query(QStringLiteral("SELECT `name`, `value` FROM %1").arg(Database::quoteIdentifier(metaTable)));
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    return meta;
}

struct MetaTrigger
{
    QString name;
    QString event;
    QString body;
};
struct MetaTable
{
    QString table;
    QVector<MetaTrigger> triggers;
};

QVector<MetaTable> parseCapture(const QString& json)
{
    QVector<MetaTable> tables;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("tables")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        MetaTable table { object.value(QStringLiteral("table")).toString(), {} };
        for (const QJsonValue& t : object.value(QStringLiteral("triggers")).toArray()) {
            const QJsonObject o = t.toObject();
            table.triggers << MetaTrigger { o.value(QStringLiteral("name")).toString(),
                o.value(QStringLiteral("event")).toString(), o.value(QStringLiteral("body")).toString() };
        }
        tables << table;
    }
    return tables;
}

QString captureJson(const CapturePlan& plan)
{
    QJsonArray tables;
    for (const CaptureTarget& target : plan.targets) {
        QJsonArray triggers;
        for (const CaptureTrigger& trigger : target.triggers)
            triggers << QJsonObject { { QStringLiteral("name"), trigger.name },
                { QStringLiteral("event"), trigger.event }, { QStringLiteral("body"), trigger.body } };
        tables << QJsonObject { { QStringLiteral("table"), target.table }, { QStringLiteral("key"), target.keyName },
            { QStringLiteral("keyColumns"), QJsonArray::fromStringList(target.keyColumns) },
            { QStringLiteral("triggers"), triggers } };
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject { { QStringLiteral("tables"), tables } }).toJson(QJsonDocument::Compact));
}

// information_schema shows a trigger body with the escapes of its string literals resolved ('\\' as '\'), so
// backslashes are left out of the comparison.
bool sameBody(const QString& a, const QString& b)
{
    return QString(a).remove(QLatin1Char('\\')).simplified() == QString(b).remove(QLatin1Char('\\')).simplified();
}

void drop(Database& db, const CaptureObject& object)
{
    if (object.kind == CaptureObject::Kind::Trigger)
        db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(Database::quoteIdentifier(object.name)));
    else
        db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(Database::quoteIdentifier(object.name)));
}

} // namespace

QJsonObject CaptureStatus::toJson() const
{
    QJsonArray backlogArray;
    for (const TableBacklog& b : tableBacklog)
        backlogArray << QJsonObject { { QStringLiteral("table"), b.table }, { QStringLiteral("changes"), b.changes },
            { QStringLiteral("oldest"), b.oldest.toString(Qt::ISODateWithMs) } };
    QJsonArray problemArray;
    for (const CaptureProblem& p : problems)
        problemArray << QJsonObject { { QStringLiteral("id"), p.id }, { QStringLiteral("object"), p.object },
            { QStringLiteral("message"), p.message }, { QStringLiteral("fix"), p.fix } };
    return QJsonObject { { QStringLiteral("installed"), installed }, { QStringLiteral("healthy"), healthy() },
        { QStringLiteral("formatVersion"), formatVersion }, { QStringLiteral("installedAt"), installedAt },
        { QStringLiteral("cutoverVersion"), cutoverVersion }, { QStringLiteral("tables"), int(tables.size()) },
        { QStringLiteral("triggersExpected"), triggersExpected },
        { QStringLiteral("triggersPresent"), triggersPresent }, { QStringLiteral("appliedSeq"), appliedSeq },
        { QStringLiteral("lastSeq"), lastSeq }, { QStringLiteral("backlog"), backlog },
        { QStringLiteral("lagSeconds"), lagSeconds }, { QStringLiteral("tableBacklog"), backlogArray },
        { QStringLiteral("problems"), problemArray } };
}

DeltaCapture::InstallResult DeltaCapture::install(Database& db, const CapturePlan& plan)
{
    if (!plan.blockers.isEmpty()) {
        QStringList lines;
        for (const CaptureBlocker& b : plan.blockers)
            lines << b.message + QLatin1Char(' ') + b.fix;
        throw Error(tr("Change capture was not installed on %1; nothing was changed. %2")
                        .arg(plan.database, lines.join(QLatin1Char(' '))));
    }
    auto log = logger("core.delta");
    InstallResult result;
    QVector<CaptureObject> created;
    try {
        // A change log created again after it was dropped by hand continues the numbering, so that the apply
        // loop's applied mark never hides new changes.
        qint64 nextSeq = 1;
        QVector<MetaTable> previous;
        if (tableExists(db, plan.metaTable)) {
            const QHash<QString, QString> meta = readMeta(db, plan.metaTable);
            nextSeq = meta.value(QStringLiteral("applied_seq")).toLongLong() + 1;
            previous = parseCapture(meta.value(QStringLiteral("capture")));
        }
        if (!tableExists(db, plan.logTable)) {
            QString statement = plan.createLogTableStatement();
            if (nextSeq > 1)
                statement += QStringLiteral(" AUTO_INCREMENT=%1").arg(nextSeq);
            db.exec(statement);
            created << CaptureObject { CaptureObject::Kind::Table, plan.logTable, {} };
            ++result.created;
        }
        if (!tableExists(db, plan.metaTable)) {
            db.exec(plan.createMetaTableStatement());
            created << CaptureObject { CaptureObject::Kind::Table, plan.metaTable, {} };
            ++result.created;
        }
        const QHash<QString, ExistingTrigger> existing = triggersOf(db);
        QSet<QString> planned;
        for (const CaptureTarget& target : plan.targets) {
            const QString physical = plan.tablePrefix + target.table;
            for (const CaptureTrigger& trigger : target.triggers) {
                planned.insert(trigger.name);
                const auto it = existing.constFind(trigger.name);
                if (it != existing.cend()) {
                    if (it->table == physical && sameBody(it->body, trigger.body)) {
                        ++result.unchanged;
                        continue;
                    }
                    db.exec(QStringLiteral("DROP TRIGGER %1").arg(Database::quoteIdentifier(trigger.name)));
                }
                db.exec(trigger.statement);
                created << CaptureObject { CaptureObject::Kind::Trigger, trigger.name, physical };
                ++result.created;
            }
        }
        for (const MetaTable& table : previous) {
            for (const MetaTrigger& trigger : table.triggers) {
                if (!planned.contains(trigger.name) && existing.contains(trigger.name)) {
                    db.exec(QStringLiteral("DROP TRIGGER %1").arg(Database::quoteIdentifier(trigger.name)));
                    ++result.dropped;
                }
            }
        }
        const QString meta = Database::quoteIdentifier(plan.metaTable);
        db.exec(QStringLiteral("REPLACE INTO %1 (`name`, `value`) VALUES ('format_version', %2), ('installed_at', %3), "
                               "('cutover_version', %4), ('table_prefix', %5), ('capture', %6)")
                    .arg(meta, Database::quoteString(QString::number(CapturePlan::formatVersion)),
                        Database::quoteString(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                        Database::quoteString(QStringLiteral(CUTOVER_VERSION)), Database::quoteString(plan.tablePrefix),
                        Database::quoteString(captureJson(plan))));
        db.exec(QStringLiteral("INSERT IGNORE INTO %1 (`name`, `value`) VALUES ('applied_seq', '0')").arg(meta));
    } catch (const Error& e) {
        for (auto it = created.crbegin(); it != created.crend(); ++it) {
            try {
                drop(db, *it);
            } catch (const Error& dropError) {
                log->error("could not drop {} after a failed install: {}", it->name.toStdString(),
                    dropError.details().toStdString());
            }
        }
        throw Error(tr("Change capture could not be installed on %1: %2 The %n object(s) created before the failure "
                       "were dropped again.",
                        nullptr, int(created.size()))
                        .arg(plan.database, e.message()),
            e.details());
    }
    log->info("installed change capture on {}: {} triggers created, {} unchanged, {} dropped",
        plan.database.toStdString(), result.created, result.unchanged, result.dropped);
    return result;
}

QVector<CaptureObject> DeltaCapture::removalPlan(Database& db)
{
    const QString prefix = db.profile().tablePrefix;
    QVector<CaptureObject> objects;
    QSet<QString> seen;
    const QHash<QString, ExistingTrigger> existing = triggersOf(db);
    const QString metaTable = CapturePlanner::metaTableName(prefix);
    if (tableExists(db, metaTable)) {
        for (const MetaTable& table : parseCapture(readMeta(db, metaTable).value(QStringLiteral("capture")))) {
            for (const MetaTrigger& trigger : table.triggers) {
                const auto it = existing.constFind(trigger.name);
                if (it != existing.cend() && !seen.contains(trigger.name)) {
                    objects << CaptureObject { CaptureObject::Kind::Trigger, trigger.name, it->table };
                    seen.insert(trigger.name);
                }
            }
        }
    }
    // Left-overs the meta table does not list (an install interrupted by a lost connection, a meta table
    // dropped by hand): anything with our name that writes to our log.
    QStringList names = existing.keys();
    std::sort(names.begin(), names.end());
    for (const QString& name : names) {
        if (!seen.contains(name) && isOurTrigger(name, existing.value(name), prefix)) {
            objects << CaptureObject { CaptureObject::Kind::Trigger, name, existing.value(name).table };
            seen.insert(name);
        }
    }
    for (const QString& table : { CapturePlanner::logTableName(prefix), metaTable }) {
        if (tableExists(db, table))
            objects << CaptureObject { CaptureObject::Kind::Table, table, {} };
    }
    return objects;
}

void DeltaCapture::remove(Database& db, const QVector<CaptureObject>& objects)
{
    // Triggers first: a trigger whose log table is gone makes every write to its table fail.
    for (const CaptureObject& object : objects) {
        if (object.kind == CaptureObject::Kind::Trigger)
            drop(db, object);
    }
    for (const CaptureObject& object : objects) {
        if (object.kind == CaptureObject::Kind::Table)
            drop(db, object);
    }
    const QVector<CaptureObject> left = removalPlan(db);
    if (!left.isEmpty()) {
        QStringList names;
        for (const CaptureObject& object : left)
            names << object.name;
        throw Error(tr("Change capture was not completely removed from %1: %2 still exist(s).")
                        .arg(db.profile().database, names.join(QStringLiteral(", ")))
            + QLatin1Char(' ') + tr("Run cutover-cli delta remove again; if it persists, drop them by hand."));
    }
    logger("core.delta")
        ->info(
            "removed change capture from {}: {} objects dropped", db.profile().database.toStdString(), objects.size());
}

CaptureStatus DeltaCapture::status(Database& db)
{
    CaptureStatus status;
    const QString prefix = db.profile().tablePrefix;
    const QString database = db.profile().database;
    const QString logTable = CapturePlanner::logTableName(prefix);
    const QString metaTable = CapturePlanner::metaTableName(prefix);
    const bool hasLog = tableExists(db, logTable);
    const bool hasMeta = tableExists(db, metaTable);
    const QHash<QString, ExistingTrigger> existing = triggersOf(db);
    QStringList ourTriggers;
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (isOurTrigger(it.key(), it.value(), prefix))
            ourTriggers << it.key();
    }
    status.installed = hasLog || hasMeta || !ourTriggers.isEmpty();
    if (!status.installed)
        return status;

    if (!hasMeta) {
        status.problems << CaptureProblem { QStringLiteral("meta-missing"), metaTable,
            tr("Parts of a Cutover change capture are in %1 (%2 trigger(s)%3) but its record, the table %4, is "
               "missing, so what was captured cannot be trusted.")
                .arg(database)
                .arg(ourTriggers.size())
                .arg(hasLog ? tr(", the change log %1").arg(logTable) : QString(), metaTable),
            tr("Remove the capture and install it again ('Remove capture', then 'Install capture' on the Live changes "
               "page, or cutover-cli delta remove --yes, then cutover-cli delta install), then migrate the data "
               "again.") };
    } else {
        const QHash<QString, QString> meta = readMeta(db, metaTable);
        status.formatVersion = meta.value(QStringLiteral("format_version")).toInt();
        status.installedAt = meta.value(QStringLiteral("installed_at"));
        status.cutoverVersion = meta.value(QStringLiteral("cutover_version"));
        status.appliedSeq = meta.value(QStringLiteral("applied_seq")).toLongLong();
        for (const MetaTable& table : parseCapture(meta.value(QStringLiteral("capture")))) {
            status.tables << table.table;
            const QString physical = prefix + table.table;
            if (!tableExists(db, physical)) {
                status.problems << CaptureProblem { QStringLiteral("table-missing"), physical,
                    tr("The captured table %1 no longer exists in %2.").arg(physical, database),
                    tr("If it was dropped on purpose, reinstall the capture ('Reinstall capture' on the Live "
                       "changes page, or cutover-cli delta install) to capture the tables that are there now.") };
                continue;
            }
            for (const MetaTrigger& trigger : table.triggers) {
                ++status.triggersExpected;
                const auto it = existing.constFind(trigger.name);
                if (it == existing.cend() || it->table != physical) {
                    status.problems << CaptureProblem { QStringLiteral("trigger-missing"), trigger.name,
                        tr("The trigger %1 (AFTER %2 on %3) is missing: changes to %3 since it was dropped were not "
                           "recorded.")
                            .arg(trigger.name, trigger.event, physical),
                        tr("Reinstall the capture ('Reinstall capture' on the Live changes page, or cutover-cli "
                           "delta install) to recreate it, then migrate the table %1 again: its changes since then "
                           "are unknown.")
                            .arg(physical) };
                } else if (!sameBody(it->body, trigger.body)) {
                    ++status.triggersPresent;
                    status.problems << CaptureProblem { QStringLiteral("trigger-changed"), trigger.name,
                        tr("The trigger %1 on %2 is not the one Cutover created: its body was changed, so Cutover "
                           "cannot tell what it records.")
                            .arg(trigger.name, physical),
                        tr("Reinstall the capture ('Reinstall capture' on the Live changes page, or cutover-cli "
                           "delta install) to put Cutover's trigger back, then migrate the table %1 again.")
                            .arg(physical) };
                } else {
                    ++status.triggersPresent;
                }
            }
        }
    }

    if (!hasLog) {
        status.problems << CaptureProblem { QStringLiteral("log-table-missing"), logTable,
            tr("The change-log table %1 is missing from %2 (dropped by hand?). No change is being recorded, and as "
               "long as Cutover's %n trigger(s) remain, every write to the captured tables fails in Magento 1.",
                nullptr, int(ourTriggers.size()))
                .arg(logTable, database),
            tr("Reinstall the capture now ('Reinstall capture' on the Live changes page, or cutover-cli delta "
               "install) to create it again, or remove it ('Remove capture', or cutover-cli delta remove) to stop "
               "capture; then migrate the data again: the changes it held that were not applied are lost.") };
        return status;
    }

    const QString log = Database::quoteIdentifier(logTable);
    QSqlQuery totals
        = db.query(QStringLiteral("SELECT COALESCE(MAX(`seq`), 0), "
                                  "TIMESTAMPDIFF(MICROSECOND, MIN(CASE WHEN `seq` > ? THEN `changed_at` END), "
                                  "NOW(6)), SUM(`seq` > ?) FROM %1")
                       .arg(log),
            { status.appliedSeq, status.appliedSeq });
    if (totals.next()) {
        status.lastSeq = totals.value(0).toLongLong();
        status.lagSeconds = totals.value(1).isNull() ? 0.0 : totals.value(1).toDouble() / 1e6;
        status.backlog = totals.value(2).toLongLong();
    }
    QSqlQuery perTable = db.query(QStringLiteral("SELECT `tbl`, COUNT(*), MIN(`changed_at`) FROM %1 WHERE `seq` > ? "
                                                 "GROUP BY `tbl` ORDER BY COUNT(*) DESC, `tbl`")
                                      .arg(log),
        { status.appliedSeq });
    while (perTable.next())
        status.tableBacklog << TableBacklog { perTable.value(0).toString(), perTable.value(1).toLongLong(),
            perTable.value(2).toDateTime() };
    return status;
}

bool DeltaCapture::isInstalled(Database& db)
{
    return status(db).healthy();
}

QStringList DeltaCapture::schemaObjects(Database& db)
{
    QStringList objects;
    QSqlQuery tables = db.query(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                               "DATABASE()"));
    while (tables.next())
        objects << QStringLiteral("table:") + tables.value(0).toString();
    QSqlQuery triggers
        = db.query(QStringLiteral("SELECT EVENT_OBJECT_TABLE, TRIGGER_NAME, ACTION_TIMING, "
                                  "EVENT_MANIPULATION, ACTION_STATEMENT FROM information_schema.TRIGGERS "
                                  "WHERE TRIGGER_SCHEMA = DATABASE()"));
    while (triggers.next())
        objects << QStringLiteral("trigger:%1.%2:%3 %4:%5")
                       .arg(triggers.value(0).toString(), triggers.value(1).toString(), triggers.value(2).toString(),
                           triggers.value(3).toString(), triggers.value(4).toString().simplified());
    std::sort(objects.begin(), objects.end());
    return objects;
}

} // namespace cutover
