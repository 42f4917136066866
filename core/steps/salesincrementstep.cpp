#include "steps/salesincrementstep.h"

#include "copy/copyledger.h"
#include "db/database.h"
#include "error.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace cutover {

namespace {

// Magento 2's defaults for a new profile (Magento\SalesSequence\Model\Builder).
constexpr qint64 startValue = 1;
constexpr qint64 step = 1;
constexpr qint64 maxValue = 4294967295;
constexpr qint64 warningValue = 4294966295;
constexpr int digits = 9; ///< Magento\SalesSequence\Model\Sequence::DEFAULT_PATTERN "%s%'.09d%s"

struct EntityType
{
    const char* code; ///< eav_entity_type.entity_type_code, also sales_sequence_meta.entity_type
    const char* documentTable; ///< the Magento 2 table holding the numbers already used
};

const EntityType entityTypes[] = {
    { "order", "sales_order" },
    { "invoice", "sales_invoice" },
    { "creditmemo", "sales_creditmemo" },
    { "shipment", "sales_shipment" },
};

struct SourceType
{
    int id = 0;
    bool perStore = true;
    int padLength = 8;
    QString padChar = QStringLiteral("0");
};

struct EntityStore
{
    QString prefix;
    QString lastId;
};

QString storeKey(int typeId, int storeId)
{
    return QString::number(typeId) + QLatin1Char('/') + QString::number(storeId);
}

/**
 * The highest number of `prefix` + 9 digits that the migrated documents of a store already use, or 0; among the
 * documents `ids` only when given.
 */
qint64 highestUsed(Database& dst, const QString& table, int storeId, const QString& prefix, const QString& ids = {})
{
    return dst
        .scalar(QStringLiteral("SELECT COALESCE(MAX(CAST(SUBSTRING(increment_id, %1) AS UNSIGNED)), 0) FROM %2 "
                               "WHERE store_id = %3 AND CHAR_LENGTH(increment_id) = %4 AND LEFT(increment_id, %5) = %6 "
                               "AND SUBSTRING(increment_id, %1) REGEXP '^[0-9]{9}$'%7")
                    .arg(prefix.size() + 1)
                    .arg(dst.table(table))
                    .arg(storeId)
                    .arg(prefix.size() + digits)
                    .arg(prefix.size())
                    .arg(Database::quoteString(prefix))
                    .arg(ids.isEmpty() ? QString() : QStringLiteral(" AND entity_id IN (%1)").arg(ids)))
        .toLongLong();
}

/** What Magento 1 says about its numbers: its stores, the sales entity types, eav_entity_store. */
struct SourceNumbers
{
    QList<int> stores;
    QHash<QString, SourceType> types; ///< entity type code -> type
    QHash<QString, EntityStore> entityStores; ///< storeKey() -> row
    bool hasEntityStore = true;
};

SourceNumbers readSourceNumbers(Database& src, const SchemaCatalog& sourceCatalog)
{
    SourceNumbers numbers;
    QSqlQuery storeRows = src.query(
        QStringLiteral("SELECT store_id FROM %1 ORDER BY store_id").arg(src.table(QStringLiteral("core_store"))));
    while (storeRows.next())
        numbers.stores << storeRows.value(0).toInt();

    // Columns that every 1.x release has, read only when present all the same.
    const TableInfo* typeTable = sourceCatalog.table(QStringLiteral("eav_entity_type"));
    auto column = [&](const char* name, const char* fallback) {
        return typeTable->hasColumn(QLatin1String(name)) ? QLatin1String(name) : QLatin1String(fallback);
    };
    QSqlQuery typeRows
        = src.query(QStringLiteral("SELECT entity_type_id, entity_type_code, %1, %2, %3 FROM %4 WHERE "
                                   "entity_type_code IN ('order', 'invoice', 'creditmemo', 'shipment')")
                        .arg(column("increment_per_store", "1"), column("increment_pad_length", "8"),
                            column("increment_pad_char", "'0'"), src.table(QStringLiteral("eav_entity_type"))));
    while (typeRows.next()) {
        SourceType type;
        type.id = typeRows.value(0).toInt();
        type.perStore = typeRows.value(2).toInt() != 0;
        type.padLength = typeRows.value(3).toInt();
        type.padChar = typeRows.value(4).toString().left(1);
        if (type.padChar.isEmpty())
            type.padChar = QStringLiteral("0");
        numbers.types.insert(typeRows.value(1).toString(), type);
    }

    numbers.hasEntityStore = sourceCatalog.hasTable(QStringLiteral("eav_entity_store"));
    if (numbers.hasEntityStore) {
        QSqlQuery rows
            = src.query(QStringLiteral("SELECT entity_type_id, store_id, increment_prefix, increment_last_id "
                                       "FROM %1")
                            .arg(src.table(QStringLiteral("eav_entity_store"))));
        while (rows.next())
            numbers.entityStores.insert(storeKey(rows.value(0).toInt(), rows.value(1).toInt()),
                EntityStore { rows.value(2).toString(), rows.value(3).toString() });
    }
    return numbers;
}

/** Magento 1's last number of a store and entity type (as Magento 1 would start a new store when it has none). */
EntityStore lastNumberOf(const SourceNumbers& numbers, const SourceType& type, int store)
{
    const int ownerStore = type.perStore ? store : 0;
    EntityStore last = numbers.entityStores.value(storeKey(type.id, ownerStore));
    if (last.lastId.isEmpty()) {
        // Magento 1 would start this store at its id as prefix and 1, padded (Mage_Eav_Model_Entity_Type).
        if (last.prefix.isEmpty())
            last.prefix = QString::number(ownerStore);
        last.lastId = last.prefix + QString(type.padLength, type.padChar.at(0));
    }
    return last;
}

/** Makes `name` (without prefix) hold exactly `lastValue`, so that Magento 2's next insert gets lastValue + 1. */
void setSequenceTable(Database& dst, const QString& name, qint64 lastValue)
{
    const QString quoted = dst.table(name);
    // Magento\Framework\DB\Ddl\Sequence::getCreateSequenceDdl, as Magento 2 creates it for a new store.
    CopyLedger::createTable(dst, name,
        QStringLiteral("(sequence_value int(10) unsigned NOT NULL AUTO_INCREMENT, PRIMARY KEY (sequence_value)) "
                       "ENGINE=InnoDB"));
    CopyLedger::startJob(dst, QStringLiteral("sales-increment/") + name, name, CopyLedger::Existing::Keep);
    dst.exec(QStringLiteral("DELETE FROM %1").arg(quoted));
    // The row keeps the number after a server restart on servers that recompute AUTO_INCREMENT from MAX().
    if (lastValue > 0)
        dst.exec(QStringLiteral("INSERT INTO %1 (sequence_value) VALUES (%2)").arg(quoted).arg(lastValue));
    dst.exec(QStringLiteral("ALTER TABLE %1 AUTO_INCREMENT = %2").arg(quoted).arg(lastValue + 1));
    CopyLedger::saveProgress(dst, QStringLiteral("sales-increment/") + name, QString::number(lastValue), 1, true);
}

/** Upserts the meta row and its one active profile; ids of existing rows are kept so that reruns change nothing. */
void setMetaAndProfile(
    Database& dst, const QString& entityType, int storeId, const QString& sequenceTable, const QString& prefix)
{
    const QString meta = dst.table(QStringLiteral("sales_sequence_meta"));
    const QString profile = dst.table(QStringLiteral("sales_sequence_profile"));
    dst.beginTransaction();
    try {
        dst.exec(QStringLiteral("INSERT INTO %1 (entity_type, store_id, sequence_table) VALUES (%2, %3, %4) ON "
                                "DUPLICATE KEY UPDATE sequence_table = VALUES(sequence_table)")
                     .arg(meta, Database::quoteString(entityType))
                     .arg(storeId)
                     .arg(Database::quoteString(sequenceTable)));
        const qint64 metaId
            = dst.scalar(QStringLiteral("SELECT meta_id FROM %1 WHERE entity_type = %2 AND store_id = %3")
                             .arg(meta, Database::quoteString(entityType))
                             .arg(storeId))
                  .toLongLong();
        const QString prefixValue = prefix.isEmpty() ? QStringLiteral("NULL") : Database::quoteString(prefix);
        const qint64 first
            = dst.scalar(QStringLiteral("SELECT MIN(profile_id) FROM %1 WHERE meta_id = %2").arg(profile).arg(metaId))
                  .toLongLong();
        if (first > 0) {
            dst.exec(QStringLiteral("DELETE FROM %1 WHERE meta_id = %2 AND profile_id <> %3")
                         .arg(profile)
                         .arg(metaId)
                         .arg(first));
            dst.exec(QStringLiteral("UPDATE %1 SET prefix = %2, suffix = NULL, start_value = %3, step = %4, "
                                    "max_value = %5, warning_value = %6, is_active = 1 WHERE profile_id = %7")
                         .arg(profile, prefixValue)
                         .arg(startValue)
                         .arg(step)
                         .arg(maxValue)
                         .arg(warningValue)
                         .arg(first));
        } else {
            dst.exec(QStringLiteral("INSERT INTO %1 (meta_id, prefix, suffix, start_value, step, max_value, "
                                    "warning_value, is_active) VALUES (%2, %3, NULL, %4, %5, %6, %7, 1)")
                         .arg(profile)
                         .arg(metaId)
                         .arg(prefixValue)
                         .arg(startValue)
                         .arg(step)
                         .arg(maxValue)
                         .arg(warningValue));
        }
        dst.commit();
    } catch (...) {
        dst.rollback();
        throw;
    }
}

} // namespace

SalesIncrementStep::Sequence SalesIncrementStep::sequenceFor(
    const QString& lastIncrementId, const QString& incrementPrefix)
{
    Sequence sequence;
    auto allDigits = [](QStringView text) {
        return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        });
    };
    if (lastIncrementId.size() >= digits && allDigits(QStringView(lastIncrementId).right(digits))) {
        sequence.prefix = lastIncrementId.left(lastIncrementId.size() - digits);
        sequence.lastValue = QStringView(lastIncrementId).right(digits).toLongLong();
        return sequence;
    }
    sequence.sameFormat = false;
    sequence.prefix = incrementPrefix;
    const QStringView number = lastIncrementId.startsWith(incrementPrefix)
        ? QStringView(lastIncrementId).mid(incrementPrefix.size())
        : QStringView(lastIncrementId);
    sequence.lastValue = allDigits(number) ? number.toLongLong() : 0;
    return sequence;
}

QString SalesIncrementStep::format(const QString& prefix, qint64 value, const QString& suffix)
{
    return prefix + QString::number(value).rightJustified(digits, QLatin1Char('0')) + suffix;
}

int SalesIncrementStep::advanceSequences(Database& src, Database& dst, const SchemaCatalog& sourceCatalog,
    const SchemaCatalog& destinationCatalog, const QHash<QString, QSet<qint64>>& documents, bool allTypes,
    QStringList* warnings)
{
    for (const char* table : { "eav_entity_type", "core_store" }) {
        if (!sourceCatalog.hasTable(QLatin1String(table)))
            return 0;
    }
    const SourceNumbers numbers = readSourceNumbers(src, sourceCatalog);
    int advanced = 0;
    for (const EntityType& entityType : entityTypes) {
        const QString code = QLatin1String(entityType.code);
        const QString documentTable = QLatin1String(entityType.documentTable);
        const auto touched = documents.constFind(documentTable);
        if ((!allTypes && touched == documents.cend()) || !numbers.types.contains(code))
            continue;
        QString ids;
        if (touched != documents.cend() && !touched->isEmpty()) {
            QStringList list;
            for (qint64 id : *touched)
                list << QString::number(id);
            ids = list.join(QLatin1Char(','));
        }
        const SourceType type = numbers.types.value(code);
        for (const int store : numbers.stores) {
            const EntityStore last = lastNumberOf(numbers, type, store);
            Sequence sequence = sequenceFor(last.lastId, last.prefix);
            // The numbers of the documents already migrated are covered: only the touched ones can be beyond.
            if (!ids.isEmpty() && destinationCatalog.hasTable(documentTable))
                sequence.lastValue
                    = std::max(sequence.lastValue, highestUsed(dst, documentTable, store, sequence.prefix, ids));
            const QString name = QStringLiteral("sequence_%1_%2").arg(code).arg(store);
            if (!destinationCatalog.hasTable(name)) {
                if (warnings)
                    *warnings << tr("Magento 2 has no table %1 (a store view created after the data migration?); "
                                    "run the Sales increment step again (migrate data) to create it.")
                                     .arg(name);
                continue;
            }
            const QString quoted = dst.table(name);
            const qint64 current
                = dst.scalar(QStringLiteral("SELECT COALESCE(MAX(sequence_value), 0) FROM %1").arg(quoted))
                      .toLongLong();
            if (sequence.lastValue <= current)
                continue; // never back: a number Magento 2 may have given stays used
            // As setSequenceTable() leaves it, without its DDL (this runs inside the caller's transaction): the
            // explicit value moves the table's AUTO_INCREMENT past it.
            dst.exec(QStringLiteral("DELETE FROM %1").arg(quoted));
            dst.exec(QStringLiteral("INSERT INTO %1 (sequence_value) VALUES (%2)").arg(quoted).arg(sequence.lastValue));
            ++advanced;
        }
    }
    return advanced;
}

QList<TablePlan> SalesIncrementStep::plan(StepContext& context)
{
    Q_UNUSED(context)
    return {};
}

void SalesIncrementStep::afterCopy(StepContext& context, StepReport& report)
{
    const MigrationEnvironment& env = context.env;
    for (const char* table : { "sales_sequence_meta", "sales_sequence_profile" }) {
        if (!context.destinationCatalog.hasTable(QLatin1String(table)))
            throw Error(tr("%1 has no table %2: Magento 2's order numbers cannot be set. Is it a Magento 2 database "
                           "(2.0 or later)?")
                            .arg(env.destination.profile.displayName(), QLatin1String(table)));
    }
    for (const char* table : { "eav_entity_type", "core_store" }) {
        if (!context.sourceCatalog.hasTable(QLatin1String(table)))
            throw Error(tr("%1 has no table %2: Magento 1's order numbers cannot be read. Check the source database "
                           "and its table prefix.")
                            .arg(env.source.profile.displayName(), QLatin1String(table)));
    }
    Database src(env.source.profile, env.source.password, QStringLiteral("source"));
    Database dst(env.destination.profile, env.destination.password, QStringLiteral("destination"));

    const SourceNumbers numbers = readSourceNumbers(src, context.sourceCatalog);
    const QList<int>& stores = numbers.stores;
    const QHash<QString, SourceType>& types = numbers.types;
    if (!numbers.hasEntityStore)
        report.warnings << tr("Magento 1 has no table eav_entity_store: every store's numbers start where Magento 1 "
                              "would start a new store's.");

    CopyLedger::ensureTables(dst);
    for (const char* table : { "sales_sequence_meta", "sales_sequence_profile" })
        CopyLedger::startJob(dst, QStringLiteral("sales-increment/") + QLatin1String(table), QLatin1String(table),
            CopyLedger::Existing::Keep);

    for (const EntityType& entityType : entityTypes) {
        const QString code = QLatin1String(entityType.code);
        TableReport table;
        table.sourceTable = QStringLiteral("eav_entity_store");
        table.destinationTable = QStringLiteral("sequence_") + code;
        table.started = QDateTime::currentDateTime();
        if (!types.contains(code)) {
            table.outcome = Outcome::Skipped;
            table.reason = tr("Magento 1 has no entity type %1 in eav_entity_type").arg(code);
            table.finished = QDateTime::currentDateTime();
            report.tables << table;
            continue;
        }
        const SourceType type = types.value(code);
        if (!type.perStore && stores.size() > 2)
            table.addWarning(tr("Magento 1 numbers every store's %1 documents in one sequence (increment_per_store "
                                "= 0); Magento 2 numbers each store on its own, so each store continues after the "
                                "shared last number and stores may repeat each other's numbers. Give the stores "
                                "distinct prefixes in sales_sequence_profile if that matters.")
                                 .arg(code));
        QStringList next;
        for (const int store : stores) {
            if (!context.control.checkpoint())
                throw CancelledError(tr("Cancelled while setting the sales sequences; run the step again."));
            ++table.rowsRead;
            const EntityStore last = lastNumberOf(numbers, type, store);
            const QString& lastId = last.lastId;
            Sequence sequence = sequenceFor(lastId, last.prefix);
            if (!sequence.sameFormat) {
                ++table.rowsTransformed;
                table.addWarning(tr("store %1: Magento 1's last %2 number \"%3\" does not end in 9 digits; Magento 2 "
                                    "continues it as \"%4\" (its numbers have 9 digits after the prefix).")
                                     .arg(store)
                                     .arg(code, lastId, format(sequence.prefix, sequence.lastValue + 1)));
            }
            const QString documents = QLatin1String(entityType.documentTable);
            if (context.destinationCatalog.hasTable(documents)) {
                const qint64 used = highestUsed(dst, documents, store, sequence.prefix);
                if (used > sequence.lastValue) {
                    ++table.rowsTransformed;
                    table.addWarning(tr("store %1: eav_entity_store says the last %2 number is \"%3\" but %4 already "
                                        "holds \"%5\"; Magento 2 continues after \"%5\".")
                                         .arg(store)
                                         .arg(code, lastId, documents, format(sequence.prefix, used)));
                    sequence.lastValue = used;
                }
            }
            if (sequence.lastValue + 1 >= warningValue)
                table.addWarning(
                    tr("store %1: the %2 sequence is at %3, near Magento 2's limit of %4; set a new prefix "
                       "in sales_sequence_profile.")
                        .arg(store)
                        .arg(code)
                        .arg(sequence.lastValue)
                        .arg(maxValue));
            const QString sequenceTable = QStringLiteral("sequence_%1_%2").arg(code).arg(store);
            setSequenceTable(dst, sequenceTable, sequence.lastValue);
            setMetaAndProfile(dst, code, store, dst.profile().table(sequenceTable), sequence.prefix);
            ++table.rowsWritten;
            next << tr("store %1: %2").arg(store).arg(format(sequence.prefix, sequence.lastValue + 1));
        }
        table.outcome = Outcome::Succeeded;
        table.reason = tr("next numbers: %1").arg(next.join(QStringLiteral(", ")));
        table.finished = QDateTime::currentDateTime();
        report.tables << table;
    }
    for (const char* table : { "sales_sequence_meta", "sales_sequence_profile" })
        CopyLedger::saveProgress(dst, QStringLiteral("sales-increment/") + QLatin1String(table), {}, 0, true);
}

} // namespace cutover
