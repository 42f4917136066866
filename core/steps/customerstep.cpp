#include "steps/customerstep.h"

#include "db/database.h"
#include "error.h"
#include "log/log.h"
#include "mapping/dmtconfig.h"
#include "steps/attributemap.h"
#include "steps/mappedtable.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <atomic>
#include <limits>

namespace cutover {

struct CustomerStep::Shared
{
    std::atomic<qint64> hashesConverted { 0 };
    std::atomic<qint64> hashesUnrecognised { 0 };
    std::atomic<qint64> zeroDates { 0 };
    std::atomic<qint64> optionsMapped { 0 };
    std::atomic<qint64> requiredFilled { 0 };
    std::atomic<qint64> valuesCut { 0 };

    void reset()
    {
        for (auto* counter :
            { &hashesConverted, &hashesUnrecognised, &zeroDates, &optionsMapped, &requiredFilled, &valuesCut })
            counter->store(0);
    }
};

namespace {

// Entities whose pivoted values one worker holds at once, and value rows whose entity it checks at once: memory
// is bounded by these windows, whatever the size of the tables.
constexpr qint64 pivotWindow = 1000;
constexpr qint64 checkWindow = 5000;
constexpr qint64 unbounded = std::numeric_limits<qint64>::max();

/** An attribute that Magento 1 keeps in a value table and Magento 2 as a column of the entity table. */
struct Pivot
{
    QString code;
    int sourceAttributeId = 0;
    QString backendType; ///< the source value table's suffix: varchar, int, text, datetime, decimal
    ColumnInfo column; ///< the destination column
    QHash<QString, QString> options; ///< select attributes: source option id -> Magento 2 option id, by label
};

/** One entity type of the groups file (customer, customer_address) and its tables. */
struct EntitySpec
{
    QString entityType;
    QString entityTable;
    QString parentTable; ///< addresses: the table parent_id points to (a row without its parent is skipped)
    QStringList valueTables;
    QList<Pivot> pivots;
};

/** What happens to the value rows of one source attribute. */
struct Decision
{
    int destinationId = 0;
    QString skipReason;
};

QString valueTableType(const QString& valueTable, const QString& entityTable)
{
    return valueTable.mid(entityTable.size() + 1);
}

bool isZeroDate(const QString& text)
{
    return text.startsWith(QLatin1String("0000-00-00"));
}

// Reads the pivoted values of a window of entities, and for addresses which of them lack their customer. Lives
// on one worker thread with its own source connection.
class PivotReader
{
public:
    PivotReader(const DatabaseTarget& source, std::shared_ptr<const EntitySpec> spec, const SchemaCatalog* catalog)
        : m_source(source)
        , m_spec(std::move(spec))
        , m_catalog(catalog)
    {
        for (int i = 0; i < m_spec->pivots.size(); ++i) {
            const Pivot& p = m_spec->pivots[i];
            m_byType[p.backendType].insert(p.sourceAttributeId, i);
        }
    }

    void ensure(qint64 id)
    {
        if (id >= m_from && id <= m_to)
            return;
        fetch(id);
    }
    const QVariantList* values(qint64 id) const
    {
        const auto it = m_values.constFind(id);
        return it == m_values.cend() ? nullptr : &*it;
    }
    bool orphan(qint64 id) const { return m_orphans.contains(id); }

private:
    Database& db()
    {
        if (!m_db) {
            m_db = std::make_unique<Database>(m_source.profile, m_source.password, QStringLiteral("source"));
            m_db->handle().setNumericalPrecisionPolicy(QSql::HighPrecision);
        }
        return *m_db;
    }

    void fetch(qint64 from)
    {
        Database& src = db();
        m_values.clear();
        m_orphans.clear();
        const QString entities = src.table(m_spec->entityTable);
        const QVariant upper = src.scalar(QStringLiteral("SELECT entity_id FROM %1 WHERE entity_id >= %2 ORDER BY "
                                                         "entity_id LIMIT 1 OFFSET %3")
                                              .arg(entities)
                                              .arg(from)
                                              .arg(pivotWindow - 1));
        m_from = from;
        m_to = upper.isValid() && !upper.isNull() ? upper.toLongLong() : unbounded;
        auto range = [&](const QString& column) {
            QString r = QStringLiteral("%1 >= %2").arg(column).arg(from);
            if (m_to != unbounded)
                r += QStringLiteral(" AND %1 <= %2").arg(column).arg(m_to);
            return r;
        };
        const qsizetype count = m_spec->pivots.size();
        for (auto type = m_byType.cbegin(); type != m_byType.cend(); ++type) {
            const QString table = m_spec->entityTable + QLatin1Char('_') + type.key();
            const TableInfo* info = m_catalog->table(table);
            const ColumnInfo* value = info ? info->column(QStringLiteral("value")) : nullptr;
            if (!value)
                continue;
            QStringList ids;
            for (auto it = type->cbegin(); it != type->cend(); ++it)
                ids << QString::number(it.key());
            QSqlQuery q = src.query(QStringLiteral("SELECT entity_id, attribute_id, %1 FROM %2 WHERE %3 AND "
                                                   "attribute_id IN (%4)")
                                        .arg(TableCopier::readExpression(*value), src.table(table),
                                            range(QStringLiteral("entity_id")), ids.join(QLatin1Char(','))));
            while (q.next()) {
                QVariantList& row = m_values[q.value(0).toLongLong()];
                if (row.isEmpty())
                    row.resize(count);
                row[type->value(q.value(1).toInt())] = q.isNull(2) ? QVariant() : q.value(2);
            }
        }
        if (!m_spec->parentTable.isEmpty()) {
            QSqlQuery q
                = src.query(QStringLiteral("SELECT a.entity_id FROM %1 a LEFT JOIN %2 p ON p.entity_id = "
                                           "a.parent_id WHERE %3 AND p.entity_id IS NULL")
                                .arg(entities, src.table(m_spec->parentTable), range(QStringLiteral("a.entity_id"))));
            while (q.next())
                m_orphans.insert(q.value(0).toLongLong());
        }
    }

    DatabaseTarget m_source;
    std::shared_ptr<const EntitySpec> m_spec;
    const SchemaCatalog* m_catalog;
    std::unique_ptr<Database> m_db;
    QHash<QString, QHash<int, int>> m_byType; ///< backend type -> source attribute id -> pivot index
    qint64 m_from = -1;
    qint64 m_to = -2;
    QHash<qint64, QVariantList> m_values;
    QSet<qint64> m_orphans;
};

// For a value table: which value ids of a window belong to an entity that does not exist (or, for addresses,
// whose customer does not exist), so that their rows are skipped instead of breaking Magento 2's foreign keys.
class EntityChecker
{
public:
    EntityChecker(const DatabaseTarget& source, QString valueTable, std::shared_ptr<const EntitySpec> spec)
        : m_source(source)
        , m_valueTable(std::move(valueTable))
        , m_spec(std::move(spec))
    {
    }

    bool missing(qint64 valueId)
    {
        if (valueId < m_from || valueId > m_to)
            fetch(valueId);
        return m_missing.contains(valueId);
    }

private:
    void fetch(qint64 from)
    {
        if (!m_db)
            m_db = std::make_unique<Database>(m_source.profile, m_source.password, QStringLiteral("source"));
        Database& src = *m_db;
        m_missing.clear();
        const QVariant upper = src.scalar(QStringLiteral("SELECT value_id FROM %1 WHERE value_id >= %2 ORDER BY "
                                                         "value_id LIMIT 1 OFFSET %3")
                                              .arg(src.table(m_valueTable))
                                              .arg(from)
                                              .arg(checkWindow - 1));
        m_from = from;
        m_to = upper.isValid() && !upper.isNull() ? upper.toLongLong() : unbounded;
        QString where = QStringLiteral("v.value_id >= %1").arg(from);
        if (m_to != unbounded)
            where += QStringLiteral(" AND v.value_id <= %1").arg(m_to);
        QString sql = QStringLiteral("SELECT v.value_id FROM %1 v LEFT JOIN %2 e ON e.entity_id = v.entity_id ")
                          .arg(src.table(m_valueTable), src.table(m_spec->entityTable));
        if (m_spec->parentTable.isEmpty()) {
            sql += QStringLiteral("WHERE %1 AND e.entity_id IS NULL").arg(where);
        } else {
            sql += QStringLiteral("LEFT JOIN %1 p ON p.entity_id = e.parent_id WHERE %2 AND (e.entity_id IS NULL "
                                  "OR p.entity_id IS NULL)")
                       .arg(src.table(m_spec->parentTable), where);
        }
        QSqlQuery q = src.query(sql);
        while (q.next())
            m_missing.insert(q.value(0).toLongLong());
    }

    DatabaseTarget m_source;
    QString m_valueTable;
    std::shared_ptr<const EntitySpec> m_spec;
    std::unique_ptr<Database> m_db;
    qint64 m_from = -1;
    qint64 m_to = -2;
    QSet<qint64> m_missing;
};

QHash<QString, QString> optionLabels(Database& db, int attributeId)
{
    QHash<QString, QString> labels; ///< option id -> admin label
    QSqlQuery q = db.query(QStringLiteral("SELECT o.option_id, v.value FROM %1 o JOIN %2 v ON v.option_id = "
                                          "o.option_id AND v.store_id = 0 WHERE o.attribute_id = %3")
                               .arg(db.table(QStringLiteral("eav_attribute_option")),
                                   db.table(QStringLiteral("eav_attribute_option_value")))
                               .arg(attributeId));
    while (q.next())
        labels.insert(q.value(0).toString(), q.value(1).toString());
    return labels;
}

// A pivoted value as the Magento 2 column takes it; counts and explains every change.
QVariant convertValue(const Pivot& pivot, QVariant value, const QString& table, const QString& key, RowResult& result,
    CustomerStep::Shared& shared)
{
    const QString column = table + QLatin1Char('.') + pivot.column.name;
    if (pivot.code == QLatin1String("password_hash") && pivot.column.name == QLatin1String("password_hash")) {
        const auto converted = CustomerStep::magento2PasswordHash(value.toString());
        if (converted) {
            ++shared.hashesConverted;
            result.transformed = true;
            return *converted;
        }
        ++shared.hashesUnrecognised;
        // Carried unchanged (a NULL stays NULL); the table's warnings name the first customers.
        result.warnings << CustomerStep::tr(
            "%1 (%2): the password hash is not in Magento 1's md5(salt + password):salt "
            "form; carried unchanged")
                               .arg(column, key);
    }
    if (value.isNull() || !value.isValid()) {
        if (!pivot.column.nullable && !pivot.column.hasDefault) {
            ++shared.requiredFilled;
            result.transformed = true;
            result.warnings << CustomerStep::tr("%1 (%2): Magento 1 has no %3 value but Magento 2 requires one; "
                                                "written as empty, complete it in the Magento 2 admin")
                                   .arg(column, key, pivot.code);
            return pivot.column.isNumeric() ? QStringLiteral("0") : QString(QLatin1String(""));
        }
        return {};
    }
    if (pivot.column.isTemporal() && isZeroDate(value.toString())) {
        ++shared.zeroDates;
        result.transformed = true;
        result.warnings
            << CustomerStep::tr("%1 (%2): the zero date of Magento 1 is written as no date (NULL)").arg(column, key);
        return {};
    }
    if (pivot.column.dataType == QLatin1String("date"))
        return value.toString().left(10);
    if (!pivot.options.isEmpty()) {
        const QString id = value.toString();
        const auto it = pivot.options.constFind(id);
        if (it == pivot.options.cend()) {
            result.warnings << CustomerStep::tr("%1 (%2): Magento 2 has no option with the label of Magento 1's "
                                                "option %3; the id is carried unchanged")
                                   .arg(column, key, id);
        } else if (*it != id) {
            ++shared.optionsMapped;
            result.transformed = true;
            return *it;
        }
        return value;
    }
    if (pivot.column.maxLength > 0 && value.typeId() == QMetaType::QString
        && value.toString().size() > pivot.column.maxLength) {
        ++shared.valuesCut;
        result.transformed = true;
        result.warnings << CustomerStep::tr("%1 (%2): the value is longer than Magento 2's %3 characters; cut to fit")
                               .arg(column, key)
                               .arg(pivot.column.maxLength);
        return value.toString().left(pivot.column.maxLength);
    }
    return value;
}

} // namespace

CustomerStep::CustomerStep()
    : m_shared(std::make_shared<Shared>())
{
}

CustomerStep::Counts CustomerStep::counts() const
{
    Counts c;
    c.hashesConverted = m_shared->hashesConverted;
    c.hashesUnrecognised = m_shared->hashesUnrecognised;
    c.zeroDates = m_shared->zeroDates;
    c.optionsMapped = m_shared->optionsMapped;
    c.requiredFilled = m_shared->requiredFilled;
    c.valuesCut = m_shared->valuesCut;
    return c;
}

// Magento 2 verifies a password against hash:salt:versions (Magento\Framework\Encryption\Encryptor::isValidHash
// and explodePasswordHash, magento/magento2 lib/internal/Magento/Framework/Encryption/Encryptor.php): the stored
// value is split at the first two ':' into hash, salt and a ':'-separated version list, and for each version the
// password is re-hashed as hash(algorithm[version], salt . previous), with HASH_VERSION_MD5 = 0 (md5) and
// HASH_VERSION_SHA256 = 1 (sha256); the result is compared with the hash. Magento 1 CE stores
// md5(salt . password) . ':' . salt (Mage_Core_Model_Encryption::getHash), so appending ':0' is all Magento 2
// needs; at the next login it re-hashes the password with its current algorithm (validateHashVersion).
std::optional<QString> CustomerStep::magento2PasswordHash(const QString& magento1Hash)
{
    static const QRegularExpression salted(QStringLiteral("^([0-9A-Fa-f]{32}|[0-9A-Fa-f]{64}):([^:]*)$"));
    static const QRegularExpression unsalted(QStringLiteral("^[0-9A-Fa-f]{32}$"));
    if (unsalted.match(magento1Hash).hasMatch())
        return magento1Hash.toLower() + QStringLiteral("::0");
    const auto m = salted.match(magento1Hash);
    if (!m.hasMatch())
        return std::nullopt;
    const QString digest = m.captured(1).toLower();
    return digest + QLatin1Char(':') + m.captured(2)
        + (digest.size() == 32 ? QStringLiteral(":0") : QStringLiteral(":1"));
}

QList<TablePlan> CustomerStep::plan(StepContext& context)
{
    m_shared->reset();
    const DmtConfiguration* dmt = context.env.dmt;
    if (!dmt)
        throw Error(tr("The customer step needs the Data Migration Tool configuration (config.xml)."));
    const MapConfig* customerMap = dmt->map(QStringLiteral("customer_map_file"));
    const GroupsConfig* documents = dmt->groups(QStringLiteral("customer_document_groups_file"));
    const GroupsConfig* attributes = dmt->groups(QStringLiteral("customer_attribute_groups_file"));
    const MapConfig* mainMap = dmt->map(QStringLiteral("map_file"));
    if (!customerMap || !documents || !attributes || !mainMap)
        throw Error(tr("The configuration %1 lacks customer_map_file, customer_document_groups_file, "
                       "customer_attribute_groups_file or map_file; the customer step needs all four, as the Data "
                       "Migration Tool does.")
                        .arg(dmt->config().file()));

    Database src(context.env.source.profile, context.env.source.password, QStringLiteral("source"));
    Database dst(context.env.destination.profile, context.env.destination.password, QStringLiteral("destination"));
    const AttributeMap attributeMap = AttributeMap::load(src, dst);
    QHash<int, QString> destinationBackend;
    {
        QSqlQuery q = dst.query(QStringLiteral("SELECT attribute_id, backend_type FROM %1")
                                    .arg(dst.table(QStringLiteral("eav_attribute"))));
        while (q.next())
            destinationBackend.insert(q.value(0).toInt(), q.value(1).toString());
    }

    const QStringList entityTables = documents->documents(QStringLiteral("source_entity_documents"));
    QList<TablePlan> plans;
    auto skipped = [&](const QString& table, const QString& reason) {
        TablePlan p;
        p.job.source.name = table;
        p.job.destination.name = customerMap->destinationDocument(table).value_or(table);
        p.skipReason = reason;
        plans << p;
    };
    for (const QString& entityType : documents->documents(QStringLiteral("eav_entities"))) {
        auto spec = std::make_shared<EntitySpec>();
        spec->entityType = entityType;
        for (const QString& doc : documents->documents(entityType)) {
            if (entityTables.contains(doc))
                spec->entityTable = doc;
            else
                spec->valueTables << doc;
        }
        if (spec->entityTable.isEmpty())
            throw Error(tr("%1 names no entity table of the entity type %2 in source_entity_documents.")
                            .arg(documents->file(), entityType));
        const QStringList all = QStringList { spec->entityTable } + spec->valueTables;
        if (!context.sourceCatalog.hasTable(spec->entityTable)) {
            for (const QString& table : all)
                skipped(table, tr("the Magento 1 database has no table %1").arg(spec->entityTable));
            continue;
        }
        const TableInfo* destinationEntity = context.destinationCatalog.table(
            customerMap->destinationDocument(spec->entityTable).value_or(spec->entityTable));
        if (!destinationEntity)
            throw Error(
                tr("The Magento 2 database has no table %1; is it a Magento 2 database?").arg(spec->entityTable));
        if (destinationEntity->hasColumn(QStringLiteral("parent_id")) && entityType != QLatin1String("customer")) {
            for (const QString& parent : entityTables) {
                if (parent != spec->entityTable && documents->documents(QStringLiteral("customer")).contains(parent))
                    spec->parentTable = parent;
            }
        }

        // The attributes Magento 2 keeps as columns: those the groups file lists for this table, that the
        // destination table has as a column and that Magento 1 keeps in a value table.
        if (const GroupsConfig::Group* group = attributes->group(spec->entityTable)) {
            for (const GroupsConfig::Entry& entry : group->attributes) {
                const ColumnInfo* column = destinationEntity->column(entry.name);
                const AttributeMap::Attribute* a = attributeMap.byCode(entityType, entry.name);
                if (!column || !a || a->backendType == QLatin1String("static"))
                    continue;
                Pivot p;
                p.code = entry.name;
                p.sourceAttributeId = a->sourceId;
                p.backendType = a->backendType;
                p.column = *column;
                if (a->backendType == QLatin1String("int") && a->destinationId != 0) {
                    const QHash<QString, QString> from = optionLabels(src, a->sourceId);
                    if (!from.isEmpty()) {
                        QHash<QString, QString> byLabel;
                        const QHash<QString, QString> to = optionLabels(dst, a->destinationId);
                        for (auto it = to.cbegin(); it != to.cend(); ++it)
                            byLabel.insert(it.value(), it.key());
                        for (auto it = from.cbegin(); it != from.cend(); ++it) {
                            if (byLabel.contains(it.value()))
                                p.options.insert(it.key(), byLabel.value(it.value()));
                        }
                    }
                }
                spec->pivots << p;
            }
        }

        // The entity table: mapped columns through map-customer.xml, then the pivoted columns.
        TablePlan entity
            = planMappedTable(context, *customerMap, spec->entityTable, id(), CopyLedger::Existing::Replace);
        if (!entity.skipReason.isEmpty()) {
            plans << entity;
        } else {
            const qsizetype mapped = entity.job.destinationColumns.size();
            for (const Pivot& p : spec->pivots)
                entity.job.destinationColumns << p.column.name;
            const qsizetype idIndex = entity.job.sourceColumns.indexOf(QStringLiteral("entity_id"));
            const qsizetype parentIndex = entity.job.sourceColumns.indexOf(QStringLiteral("parent_id"));
            if (idIndex < 0)
                throw Error(tr("%1 has no column entity_id in the Magento 1 database.").arg(spec->entityTable));
            if (!spec->parentTable.isEmpty() && parentIndex < 0)
                entity.job.sourceColumns << QStringLiteral("parent_id");
            const qsizetype parentAt = entity.job.sourceColumns.indexOf(QStringLiteral("parent_id"));
            std::shared_ptr<const EntitySpec> constSpec = spec;
            const QString destinationTable = entity.job.destination.name;
            entity.makeTransform
                = [source = context.env.source, catalog = &context.sourceCatalog, constSpec, shared = m_shared, mapped,
                      idIndex, parentAt, destinationTable]() -> RowTransform {
                auto reader = std::make_shared<PivotReader>(source, constSpec, catalog);
                return [=](const QVariantList& row, const QString& key) {
                    RowResult result;
                    const qint64 entityId = row[idIndex].toLongLong();
                    reader->ensure(entityId);
                    if (reader->orphan(entityId)) {
                        result.skipReason = tr("its customer does not exist in Magento 1 (Magento 2 requires one)");
                        result.warnings << tr("%1 (%2): parent_id %3 names no customer; the address is not migrated")
                                               .arg(constSpec->entityTable, key, row[parentAt].toString());
                        return result;
                    }
                    result.values = row.mid(0, mapped);
                    const QVariantList* values = reader->values(entityId);
                    for (int i = 0; i < constSpec->pivots.size(); ++i) {
                        result.values << convertValue(constSpec->pivots[i], values ? values->at(i) : QVariant(),
                            destinationTable, key, result, *shared);
                    }
                    return result;
                };
            };
            plans << entity;
        }

        // The value tables: rows of pivoted attributes are in the entity table now; the rest keep their value id
        // with the attribute id rewritten.
        QHash<int, Decision> decisions;
        QSet<int> pivoted;
        for (const Pivot& p : spec->pivots)
            pivoted.insert(p.sourceAttributeId);
        for (const AttributeMap::Attribute& a : attributeMap.attributes()) {
            Decision d;
            if (a.entityType != entityType) {
                d.skipReason = tr("its attribute belongs to another entity type (%1)").arg(a.entityType);
            } else if (pivoted.contains(a.sourceId)) {
                d.skipReason = tr("%1: carried as the column %2.%3").arg(a.code, destinationEntity->name, a.code);
            } else if (a.destinationId == 0) {
                d.skipReason = tr("%1: Magento 2 has no such %2 attribute (the EAV step carries custom attributes)")
                                   .arg(a.code, entityType);
            } else if (destinationBackend.value(a.destinationId) == QLatin1String("static")) {
                d.skipReason = tr("%1: Magento 2 keeps it static and %2 has no column for it; add one or drop the "
                                  "values")
                                   .arg(a.code, destinationEntity->name);
            } else {
                d.destinationId = a.destinationId;
            }
            decisions.insert(a.sourceId, d);
        }
        for (const QString& valueTable : spec->valueTables) {
            if (!context.sourceCatalog.hasTable(valueTable)) {
                skipped(valueTable, tr("the Magento 1 database has no table %1").arg(valueTable));
                continue;
            }
            TablePlan values = planMappedTable(context, *customerMap, valueTable, id(), CopyLedger::Existing::Replace);
            if (!values.skipReason.isEmpty()) {
                plans << values;
                continue;
            }
            const qsizetype mapped = values.job.destinationColumns.size();
            const qsizetype attributeIndex = values.job.sourceColumns.indexOf(QStringLiteral("attribute_id"));
            const qsizetype valueIdIndex = values.job.sourceColumns.indexOf(QStringLiteral("value_id"));
            const qsizetype destinationAttributeIndex
                = values.job.destinationColumns.indexOf(QStringLiteral("attribute_id"));
            if (attributeIndex < 0 || valueIdIndex < 0 || destinationAttributeIndex < 0)
                throw Error(tr("%1 lacks value_id or attribute_id in one of the databases; the customer step "
                               "cannot carry it.")
                                .arg(valueTable));
            values.carried.remove(QStringLiteral("attribute_id"));
            const QString type = valueTableType(valueTable, spec->entityTable);
            QHash<int, Decision> tableDecisions = decisions;
            for (auto it = tableDecisions.begin(); it != tableDecisions.end(); ++it) {
                const QString backend = it->destinationId ? destinationBackend.value(it->destinationId) : QString();
                if (it->destinationId && backend != type) {
                    const AttributeMap::Attribute* a = attributeMap.bySourceId(it.key());
                    it->skipReason = tr("%1: Magento 2 keeps it in its %2 values, not %3").arg(a->code, backend, type);
                    it->destinationId = 0;
                }
            }
            std::shared_ptr<const EntitySpec> constSpec = spec;
            values.makeTransform
                = [source = context.env.source, constSpec, valueTable, tableDecisions = std::move(tableDecisions),
                      mapped, attributeIndex, valueIdIndex, destinationAttributeIndex]() -> RowTransform {
                auto checker = std::make_shared<EntityChecker>(source, valueTable, constSpec);
                return [=](const QVariantList& row, const QString&) {
                    RowResult result;
                    const int attributeId = row[attributeIndex].toInt();
                    const auto decision = tableDecisions.constFind(attributeId);
                    if (decision == tableDecisions.cend()) {
                        result.skipReason = tr("its attribute id does not exist in Magento 1's eav_attribute");
                        return result;
                    }
                    if (!decision->skipReason.isEmpty()) {
                        result.skipReason = decision->skipReason;
                        return result;
                    }
                    if (checker->missing(row[valueIdIndex].toLongLong())) {
                        result.skipReason = constSpec->parentTable.isEmpty()
                            ? tr("its %1 row does not exist in Magento 1").arg(constSpec->entityTable)
                            : tr("its %1 row, or that address's customer, does not exist in Magento 1")
                                  .arg(constSpec->entityTable);
                        return result;
                    }
                    result.values = row.mid(0, mapped);
                    result.values[destinationAttributeIndex] = decision->destinationId;
                    result.transformed = decision->destinationId != attributeId;
                    return result;
                };
            };
            plans << values;
        }
    }

    // Customer groups, with their tax class, through map.xml as the Data Migration Tool's Map step would.
    const QString groups = QStringLiteral("customer_group");
    if (context.sourceCatalog.hasTable(groups))
        plans << planMappedTable(context, *mainMap, groups, id(), CopyLedger::Existing::Replace);
    else
        skipped(groups, tr("the Magento 1 database has no table %1").arg(groups));
    return plans;
}

void CustomerStep::afterCopy(StepContext& context, StepReport& report)
{
    Q_UNUSED(context)
    const Counts c = counts();
    if (c.hashesConverted + c.hashesUnrecognised > 0)
        report.warnings << tr("Password hashes: %1 converted to Magento 2's legacy form (hash:salt:version), which "
                              "Magento 2 upgrades at each customer's next login; unrecognised hash form: %2.")
                               .arg(c.hashesConverted)
                               .arg(c.hashesUnrecognised);
    if (c.hashesUnrecognised > 0)
        report.warnings << tr("%n customer(s) have a password hash that Magento 1 does not make (empty, or an "
                              "extension's scheme); it was carried unchanged. They can log in only if Magento 2 has "
                              "a module for that scheme; otherwise ask them to reset their password.",
            "", int(c.hashesUnrecognised));
    if (c.zeroDates > 0)
        report.warnings << tr("%n zero date(s) (0000-00-00) written as no date.", "", int(c.zeroDates));
    if (c.optionsMapped > 0)
        report.warnings << tr("%n select value(s) (gender) rewritten to the Magento 2 option of the same label.", "",
            int(c.optionsMapped));
    if (c.requiredFilled > 0)
        report.warnings << tr("%n value(s) that Magento 2 requires (address city, street, telephone...) are missing in "
                              "Magento 1 and were written as empty; complete them in the Magento 2 admin.",
            "", int(c.requiredFilled));
    if (c.valuesCut > 0)
        report.warnings << tr("%n value(s) longer than the Magento 2 column were cut to fit; the table warnings name "
                              "them.",
            "", int(c.valuesCut));
    report.warnings << tr("Magento 2's admin customer grid is an index: run bin/magento indexer:reindex customer_grid "
                          "after the migration.");
    logger("core.steps")
        ->info("customers: {} hashes converted, {} unrecognised, {} zero dates, {} options mapped", c.hashesConverted,
            c.hashesUnrecognised, c.zeroDates, c.optionsMapped);
}

} // namespace cutover
