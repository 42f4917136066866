#include "delta/stepappliers.h"

#include "copy/tablecopier.h"
#include "db/database.h"
#include "error.h"
#include "steps/catalogstep.h"
#include "steps/customerstep.h"
#include "steps/mapstep.h"

#include <QSet>
#include <QSqlQuery>

namespace cutover {

namespace {

const QString customersStep = QStringLiteral("customers");
const QString catalogStep = QStringLiteral("catalog");

// Value ids per SELECT, as MappedTableApplier reads them.
constexpr int readChunk = 500;

QString literal(const QVariant& value)
{
    QString out;
    TableCopier::appendLiteral(out, QVariant(value.toString()));
    return out;
}

bool isValueTable(const TableInfo& table)
{
    return table.hasColumn(QStringLiteral("value_id")) && table.hasColumn(QStringLiteral("attribute_id"))
        && table.hasColumn(QStringLiteral("entity_id"));
}

// The destination columns of the change log's key, through the plan's renames (a key the step writes unchanged).
QStringList destinationKey(const TablePlan& plan, const QStringList& keyColumns)
{
    QStringList key;
    for (const QString& column : keyColumns) {
        const QString carried = plan.carried.value(column);
        key << (!carried.isEmpty() ? carried : plan.job.destinationColumns.contains(column) ? column : QString());
    }
    return key;
}

} // namespace

struct StepAppliers::Planned
{
    QString error; ///< not empty: the step could not plan (its configuration, its tables)
    QList<TablePlan> plans;
};

StepAppliers::StepAppliers(QString destinationPrefix)
    : m_prefix(std::move(destinationPrefix))
{
}

StepAppliers::~StepAppliers() = default;

QString StepAppliers::notCarriedReason(const QString& table, const QString& step)
{
    Q_UNUSED(table)
    if (step == MapStep::tr("EAV"))
        return tr("attribute definitions, carried by the EAV step: attributes, attribute sets and options created or "
                  "changed in Magento 1 after the data migration are not applied; migrate the data again if they "
                  "changed");
    return {};
}

const StepAppliers::Planned& StepAppliers::planned(const QString& step, const StepContext& context)
{
    const auto known = m_planned.constFind(step);
    if (known != m_planned.cend())
        return **known;
    auto planned = std::make_shared<Planned>();
    try {
        // The step's own plan, made as a run makes it: its transforms are the ones a fresh migration applies.
        StepContext copy = context;
        if (step == customersStep)
            planned->plans = CustomerStep().planTables(copy);
        else
            planned->plans = CatalogStep().planTables(copy);
    } catch (const Error& e) {
        planned->error = e.message();
    }
    m_planned.insert(step, planned);
    return *planned;
}

std::unique_ptr<TableApplier> StepAppliers::make(
    const QString& table, const QStringList& keyColumns, const StepContext& context)
{
    if (!context.env.dmt)
        return nullptr;
    const QString owner = MapStep::otherStepOf(table, *context.env.dmt);
    const bool customers = owner == MapStep::tr("Customer Attributes");
    const bool catalog = owner == MapStep::tr("Catalog");
    if (!customers && !catalog)
        return nullptr;
    const Planned& planned = this->planned(customers ? customersStep : catalogStep, context);
    if (!planned.error.isEmpty())
        throw Error(tr("the %1 step cannot plan its tables: %2").arg(owner, planned.error));
    QList<const TablePlan*> mine;
    QString skipReason;
    for (const TablePlan& plan : planned.plans) {
        if (plan.job.source.name != table)
            continue;
        if (plan.skipReason.isEmpty())
            mine << &plan;
        else
            skipReason = plan.skipReason;
    }
    if (mine.isEmpty())
        throw Error(skipReason.isEmpty() ? tr("the %1 step does not carry this table").arg(owner) : skipReason);
    if (table == QLatin1String("catalog_product_entity_media_gallery_value"))
        throw Error(tr("gallery labels and positions per store view: Magento 2 numbers these rows itself (record_id) "
                       "and the Catalog step fills in their product after its copy, so changes to them are not "
                       "applied yet; migrate the data again if images were relabelled or reordered"));

    auto makeApplier = [&](const TablePlan& plan, const QStringList& keys) {
        MappedTableApplier::Options options;
        // The Customer step's pivot and entity checks keep what they read between rows: made again per batch.
        options.freshTransform = customers;
        if (!plan.keptSourceRowsCondition.isEmpty())
            options.notKeptReason = table.startsWith(QLatin1String("catalog_category"))
                ? tr("its category does not exist in Magento 1 (an orphan row, which the Catalog step removes)")
                : tr("its product does not exist in Magento 1 (an orphan row, which the Catalog step removes)");
        return std::make_unique<MappedTableApplier>(plan, keys, destinationKey(plan, keys), m_prefix, options);
    };

    if (mine.size() > 1) {
        std::vector<std::unique_ptr<MappedTableApplier>> parts;
        for (const TablePlan* plan : mine)
            parts.push_back(makeApplier(*plan, keyColumns));
        return std::make_unique<CombinedApplier>(std::move(parts));
    }
    const TablePlan& plan = *mine.first();
    auto applier = makeApplier(plan, keyColumns);
    const QString gallery = QStringLiteral("catalog_product_entity_media_gallery");
    const QString links = QStringLiteral("catalog_product_entity_media_gallery_value_to_entity");
    if (table == QLatin1String("catalog_product_entity") && keyColumns.size() == 1
        && context.destinationCatalog.hasTable(gallery) && context.destinationCatalog.hasTable(links)) {
        // Magento 2's link rows go with the product by cascade, its gallery entries do not: the step removes the
        // entries no product links to after its copy.
        const QString g = Database::quoteIdentifier(m_prefix + gallery);
        const QString l = Database::quoteIdentifier(m_prefix + links);
        return std::make_unique<CascadingApplier>(std::move(applier), [g, l](const QVariantList& key) {
            const QString id = literal(key.value(0));
            return QStringList { QStringLiteral("DELETE g FROM %1 g JOIN %2 l ON l.value_id = g.value_id AND "
                                                "l.entity_id = %3 WHERE NOT EXISTS (SELECT 1 FROM %2 o WHERE "
                                                "o.value_id = g.value_id AND o.entity_id <> %3)")
                                     .arg(g, l, id) };
        });
    }
    if (!customers || !isValueTable(plan.job.source) || keyColumns != QStringList { QStringLiteral("value_id") })
        return applier;

    // A customer value table: its entity is written again with each change, since the step pivots attributes.
    const TablePlan* entity = nullptr;
    for (const TablePlan& p : planned.plans) {
        const QString name = p.job.source.name;
        if (!p.skipReason.isEmpty() || name == table || !table.startsWith(name + QLatin1Char('_'))
            || p.job.source.hasColumn(QStringLiteral("attribute_id")))
            continue;
        if (!entity || name.size() > entity->job.source.name.size())
            entity = &p;
    }
    if (!entity)
        throw Error(
            tr("the Customer step carries no entity table for %1, so its pivoted values cannot be written").arg(table));
    const QStringList entityKey { QStringLiteral("entity_id") };
    return std::make_unique<PivotedValueApplier>(
        std::move(applier), makeApplier(*entity, entityKey), entity->job.source.name);
}

PivotedValueApplier::PivotedValueApplier(
    std::unique_ptr<MappedTableApplier> values, std::unique_ptr<MappedTableApplier> entity, QString entityTable)
    : m_values(std::move(values))
    , m_entity(std::move(entity))
    , m_entityTable(std::move(entityTable))
{
}

QStringList PivotedValueApplier::destinationTables() const
{
    return m_entity->destinationTables() + m_values->destinationTables();
}

QVector<PreparedWrite> PivotedValueApplier::prepare(Database& source, const QVector<CapturedChange>& changes)
{
    QVector<PreparedWrite> writes = m_values->prepare(source, changes);

    // The entity of each value row that is still there (a deleted one names none: see StepAppliers).
    QHash<QString, QString> entityOf; ///< value id -> entity id
    for (int start = 0; start < changes.size(); start += readChunk) {
        QStringList ids;
        for (int i = start; i < std::min<int>(int(changes.size()), start + readChunk); ++i)
            ids << literal(changes[i].key.value(0));
        QSqlQuery q = source.query(QStringLiteral("SELECT CAST(value_id AS CHAR), CAST(entity_id AS CHAR) FROM %1 "
                                                  "WHERE value_id IN (%2)")
                                       .arg(source.table(m_values->sourceTable()), ids.join(u',')));
        while (q.next())
            entityOf.insert(q.value(0).toString(), q.value(1).toString());
    }
    QVector<CapturedChange> entityChanges;
    QHash<QString, int> entityIndex;
    for (const CapturedChange& change : changes) {
        const QString entity = entityOf.value(change.key.value(0).toString());
        if (entity.isEmpty() || entityIndex.contains(entity))
            continue;
        CapturedChange c;
        c.table = m_entityTable;
        c.key = QVariantList { entity };
        c.seq = change.seq;
        c.firstSeq = change.firstSeq;
        c.changedAt = change.changedAt;
        entityIndex.insert(entity, int(entityChanges.size()));
        entityChanges << c;
    }
    QHash<QString, PreparedWrite> entityWrites;
    if (!entityChanges.isEmpty()) {
        for (const PreparedWrite& w : m_entity->prepare(source, entityChanges))
            entityWrites.insert(entityChanges[w.change].key.value(0).toString(), w);
    }
    for (PreparedWrite& w : writes) {
        const QString entity = entityOf.value(changes[w.change].key.value(0).toString());
        const auto e = entityWrites.constFind(entity);
        if (entity.isEmpty() || e == entityWrites.cend())
            continue;
        if (!e->error.isEmpty()) {
            if (w.error.isEmpty())
                w.error = e->error;
            continue;
        }
        if (e->isDelete)
            continue; // the value row has no entity: its own write skips it, as the step does
        // The entity first (its value rows point to it); then the value row's upsert, or the delete of a row the
        // step does not write. It is an upsert as a whole, ordered after the entity table's own writes.
        w.statements = e->statements + w.statements;
        w.warnings << e->warnings;
        w.transformed = w.transformed || e->transformed;
        w.isDelete = false;
    }
    return writes;
}

CascadingApplier::CascadingApplier(std::unique_ptr<TableApplier> applier, BeforeDelete beforeDelete)
    : m_applier(std::move(applier))
    , m_beforeDelete(std::move(beforeDelete))
{
}

QVector<PreparedWrite> CascadingApplier::prepare(Database& source, const QVector<CapturedChange>& changes)
{
    QVector<PreparedWrite> writes = m_applier->prepare(source, changes);
    for (PreparedWrite& w : writes) {
        if (w.isDelete && w.error.isEmpty())
            w.statements = m_beforeDelete(changes[w.change].key) + w.statements;
    }
    return writes;
}

CombinedApplier::CombinedApplier(std::vector<std::unique_ptr<MappedTableApplier>> parts)
    : m_parts(std::move(parts))
{
}

QStringList CombinedApplier::destinationTables() const
{
    QStringList tables;
    for (const auto& part : m_parts)
        tables << part->destinationTables();
    return tables;
}

QVector<PreparedWrite> CombinedApplier::prepare(Database& source, const QVector<CapturedChange>& changes)
{
    std::vector<QVector<const PreparedWrite*>> byChange(m_parts.size(), QVector<const PreparedWrite*>(changes.size()));
    std::vector<QVector<PreparedWrite>> prepared;
    prepared.reserve(m_parts.size());
    for (size_t p = 0; p < m_parts.size(); ++p) {
        prepared.push_back(m_parts[p]->prepare(source, changes));
        for (const PreparedWrite& w : prepared.back())
            byChange[p][w.change] = &w;
    }
    QVector<PreparedWrite> writes;
    writes.reserve(changes.size());
    for (int i = 0; i < changes.size(); ++i) {
        PreparedWrite out;
        out.change = i;
        bool remove = false;
        for (size_t p = 0; p < m_parts.size(); ++p) {
            const PreparedWrite* w = byChange[p][i];
            if (!w)
                continue;
            out.key = w->key;
            if (out.error.isEmpty())
                out.error = w->error;
            if (out.skipReason.isEmpty())
                out.skipReason = w->skipReason;
            remove = remove || w->isDelete;
            out.warnings << w->warnings;
            out.transformed = out.transformed || w->transformed;
            out.statements << w->statements;
        }
        if (remove) {
            // Gone, or not written by one part: no part keeps it (children first).
            out.isDelete = true;
            out.statements.clear();
            for (auto part = m_parts.rbegin(); part != m_parts.rend(); ++part)
                (*part)->appendDelete(out.statements, changes[i].key);
        }
        writes << out;
    }
    return writes;
}

} // namespace cutover
