#include "steps/catalogstep.h"

#include "copy/copyledger.h"
#include "db/database.h"
#include "error.h"
#include "mapping/dmtconfig.h"
#include "steps/attributemap.h"
#include "steps/configurablepricesstep.h"
#include "steps/eavstep.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <memory>

namespace cutover {

namespace {

const QString productEntity = QStringLiteral("catalog_product_entity");
const QString categoryEntity = QStringLiteral("catalog_category_entity");
const QString mediaGallery = QStringLiteral("catalog_product_entity_media_gallery");
const QString superLink = QStringLiteral("catalog_product_super_link");
const QString mediaGalleryValue = QStringLiteral("catalog_product_entity_media_gallery_value");
const QString mediaGalleryToEntity = QStringLiteral("catalog_product_entity_media_gallery_value_to_entity");

/** What the transforms look up, loaded once when the step plans and shared (read-only) by the workers. */
struct Lookups
{
    AttributeMap attributes;
    EavIdMaps ids;
    QHash<int, bool> optionAttributes; ///< Magento 1 attributes whose values are table option ids -> multiselect
    QHash<QString, int> defaultSets; ///< Magento 2 default attribute set per entity type code
    QSet<QString> ignored; ///< "entity_type/code" of eav-attribute-groups.xml's ignore group
    QString ignoredFile;
    QSet<int> destinationStores; ///< store views Magento 2 has (the Settings step carries Magento 1's)
};

QString entityTypeOf(const QString& table)
{
    return table.startsWith(productEntity) ? QStringLiteral("catalog_product") : QStringLiteral("catalog_category");
}

QStringList commonColumns(const TableInfo& source, const TableInfo& destination)
{
    QStringList columns;
    for (const ColumnInfo& c : source.columns) {
        if (destination.hasColumn(c.name))
            columns << c.name;
    }
    return columns;
}

/** A copy of `sourceTable` into `destinationTable` over the columns both have; the caller adds the transform. */
TablePlan copyPlan(
    StepContext& context, const QString& sourceTable, const QString& destinationTable, const QString& job)
{
    TablePlan plan;
    plan.job.source.name = sourceTable;
    plan.job.destination.name = destinationTable;
    const TableInfo* source = context.sourceCatalog.table(sourceTable);
    const TableInfo* destination = context.destinationCatalog.table(destinationTable);
    if (!source || !destination) {
        plan.skipReason = CatalogStep::tr("the destination has no table %1").arg(destinationTable);
        return plan;
    }
    plan.job.job = QStringLiteral("catalog/") + job;
    plan.job.source = *source;
    plan.job.destination = *destination;
    plan.job.existing = CopyLedger::Existing::Replace;
    plan.job.sourceColumns = commonColumns(*source, *destination);
    plan.job.destinationColumns = plan.job.sourceColumns;
    for (const QString& key : source->primaryKey) {
        if (!plan.job.sourceColumns.contains(key)) {
            plan.skipReason
                = CatalogStep::tr("its key column %1 is not in the destination table %2").arg(key, destinationTable);
            return plan;
        }
    }
    for (const ColumnInfo& c : source->columns) {
        if (!destination->hasColumn(c.name) && c.name != QLatin1String("entity_type_id")) {
            plan.warnings << CatalogStep::tr(
                "%1.%2 has no column in the destination table %3; its values are not copied")
                                 .arg(sourceTable, c.name, destinationTable);
        }
    }
    for (const QString& c : plan.job.sourceColumns)
        plan.carried.insert(c, c);
    return plan;
}

/** Products and categories: the attribute set through the set map, NULLs Magento 2 does not accept filled. */
void addEntityTransform(TablePlan& plan, std::shared_ptr<const Lookups> lookups)
{
    const QStringList columns = plan.job.destinationColumns;
    const int setIndex = int(columns.indexOf(QStringLiteral("attribute_set_id")));
    plan.carried.remove(QStringLiteral("attribute_set_id"));
    struct Fill
    {
        bool notNull = false;
        bool hasDefault = false;
    };
    QList<Fill> fills;
    for (const QString& c : columns) {
        const ColumnInfo* column = plan.job.destination.column(c);
        fills << Fill { column && !column->nullable, column && (column->hasDefault || column->autoIncrement) };
    }
    const QString type = entityTypeOf(plan.job.source.name);
    plan.makeTransform = [lookups, setIndex, fills, columns, type]() -> RowTransform {
        return [=](const QVariantList& row, const QString& key) {
            RowResult result;
            result.values = row;
            if (setIndex >= 0) {
                const int source = row[setIndex].toInt();
                // Set 0 is no set (Magento's "Root Catalog" category has it in both releases).
                int set = source == 0 ? 0 : lookups->ids.attributeSets.value(source);
                if (set == 0 && source != 0) {
                    set = lookups->defaultSets.value(type);
                    result.warnings << CatalogStep::tr("%1: attribute set %2 has no Magento 2 set (run the EAV step "
                                                       "first); written with the default set %3")
                                           .arg(key)
                                           .arg(source)
                                           .arg(set);
                }
                result.transformed = set != source;
                result.values[setIndex] = QString::number(set);
            }
            for (int i = 0; i < fills.size(); ++i) {
                if (!result.values[i].isNull() || !fills[i].notNull)
                    continue;
                result.transformed = true;
                if (fills[i].hasDefault) {
                    result.values[i] = QVariant::fromValue(SqlDefault {});
                } else {
                    result.values[i] = QString();
                    result.warnings << CatalogStep::tr("%1: %2 is empty in Magento 1, which Magento 2 does not allow; "
                                                       "written as an empty text")
                                           .arg(key, columns[i]);
                }
            }
            return result;
        };
    };
}

/** Value tables: attribute_id through the AttributeMap; table option ids through the option map. */
void addValueTransform(TablePlan& plan, std::shared_ptr<const Lookups> lookups, bool optionValues)
{
    const QStringList columns = plan.job.destinationColumns;
    const int attributeIndex = int(columns.indexOf(QStringLiteral("attribute_id")));
    const int valueIndex = optionValues ? int(columns.indexOf(QStringLiteral("value"))) : -1;
    plan.carried.remove(QStringLiteral("attribute_id"));
    if (valueIndex >= 0)
        plan.carried.remove(QStringLiteral("value"));
    if (attributeIndex < 0)
        return;
    const int storeIndex = int(columns.indexOf(QStringLiteral("store_id")));
    plan.makeTransform = [lookups, attributeIndex, valueIndex, storeIndex]() -> RowTransform {
        return [=](const QVariantList& row, const QString& key) {
            RowResult result;
            // In the transform rather than after the copy, so that the Verifier (which runs it too) agrees.
            if (storeIndex >= 0 && !lookups->destinationStores.contains(row[storeIndex].toInt())) {
                result.skipReason = CatalogStep::tr("its store view does not exist in Magento 2 (migrate the "
                                                    "settings first, or an orphan row in Magento 1)");
                return result;
            }
            const int source = row[attributeIndex].toInt();
            const AttributeMap::Attribute* attribute = lookups->attributes.bySourceId(source);
            if (!attribute) {
                result.skipReason = CatalogStep::tr("its attribute does not exist in Magento 1 (an orphan value)");
                return result;
            }
            if (attribute->destinationId == 0) {
                result.skipReason
                    = lookups->ignored.contains(attribute->entityType + QLatin1Char('/') + attribute->code)
                    ? CatalogStep::tr("attribute %1 (%2) is ignored by %3, so Magento 2 has no attribute for it")
                          .arg(attribute->code, attribute->entityType, lookups->ignoredFile)
                    : CatalogStep::tr("attribute %1 (%2) has no Magento 2 attribute")
                          .arg(attribute->code, attribute->entityType);
                return result;
            }
            result.values = row;
            result.values[attributeIndex] = QString::number(attribute->destinationId);
            result.transformed = attribute->destinationId != source;
            const auto option = lookups->optionAttributes.constFind(source);
            if (valueIndex >= 0 && option != lookups->optionAttributes.constEnd() && !row[valueIndex].isNull()) {
                const QString value = row[valueIndex].toString();
                QStringList ids = *option ? value.split(QLatin1Char(',')) : QStringList { value };
                bool changed = false;
                for (QString& id : ids) {
                    bool ok = false;
                    const int sourceOption = id.trimmed().toInt(&ok);
                    const auto mapped
                        = ok ? lookups->ids.options.constFind(sourceOption) : lookups->ids.options.constEnd();
                    if (mapped == lookups->ids.options.constEnd()) {
                        if (!id.trimmed().isEmpty())
                            result.warnings << CatalogStep::tr("%1: %2 is not an option of attribute %3 in Magento 1; "
                                                               "kept as it is")
                                                   .arg(key, id, attribute->code);
                        continue;
                    }
                    if (*mapped != sourceOption) {
                        id = QString::number(*mapped);
                        changed = true;
                    }
                }
                if (changed) {
                    result.values[valueIndex] = ids.join(QLatin1Char(','));
                    result.transformed = true;
                }
            }
            return result;
        };
    };
}

std::shared_ptr<const Lookups> loadLookups(Database& src, Database& dst, const DmtConfiguration* dmt)
{
    auto lookups = std::make_shared<Lookups>();
    if (const GroupsConfig* groups = dmt ? dmt->groups(QStringLiteral("eav_attribute_groups_file")) : nullptr) {
        if (const GroupsConfig::Group* ignore = groups->group(QStringLiteral("ignore"))) {
            for (const GroupsConfig::Entry& e : ignore->attributes)
                lookups->ignored.insert(e.type + QLatin1Char('/') + e.name);
            lookups->ignoredFile = QFileInfo(groups->file()).fileName();
        }
    }
    lookups->attributes = AttributeMap::load(src, dst);
    lookups->ids = EavIdMaps::load(src, dst, lookups->attributes);
    // Only selects and multiselects whose options are the table's own (no source model, or the table source):
    // other source models (status, visibility, tax class...) store codes, not option ids.
    QSqlQuery q = src.query(
        QStringLiteral("SELECT a.attribute_id, a.frontend_input, a.source_model FROM %1 a WHERE "
                       "a.frontend_input IN ('select', 'multiselect') AND EXISTS (SELECT 1 FROM %2 o "
                       "WHERE o.attribute_id = a.attribute_id)")
            .arg(src.table(QStringLiteral("eav_attribute")), src.table(QStringLiteral("eav_attribute_option"))));
    while (q.next()) {
        const QString model = q.value(2).toString();
        if (model.isEmpty() || model == QLatin1String("eav/entity_attribute_source_table")
            || model == QLatin1String("Mage_Eav_Model_Entity_Attribute_Source_Table")
            || model == QLatin1String("Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table"))
            lookups->optionAttributes.insert(q.value(0).toInt(), q.value(1).toString() == QLatin1String("multiselect"));
    }
    QSqlQuery d = dst.query(QStringLiteral("SELECT entity_type_code, default_attribute_set_id FROM %1")
                                .arg(dst.table(QStringLiteral("eav_entity_type"))));
    while (d.next())
        lookups->defaultSets.insert(d.value(0).toString(), d.value(1).toInt());
    QSqlQuery stores = dst.query(QStringLiteral("SELECT store_id FROM %1").arg(dst.table(QStringLiteral("store"))));
    while (stores.next())
        lookups->destinationStores.insert(stores.value(0).toInt());
    return lookups;
}

TableReport* reportFor(StepReport& report, const QString& destinationTable)
{
    for (TableReport& t : report.tables) {
        if (t.destinationTable == destinationTable && t.outcome == Outcome::Succeeded)
            return &t;
    }
    return nullptr;
}

} // namespace

QList<TablePlan> CatalogStep::plan(StepContext& context)
{
    const MigrationEnvironment& env = context.env;
    std::shared_ptr<const Lookups> lookups;
    bool childPricesComputed = false; ///< the Configurable Prices step rewrote the children's prices
    {
        Database src(env.source.profile, env.source.password, QStringLiteral("source"));
        Database dst(env.destination.profile, env.destination.password, QStringLiteral("destination"));
        for (const QString& table : { QStringLiteral("eav_attribute"), QStringLiteral("eav_attribute_set"),
                 QStringLiteral("eav_attribute_option"), productEntity, categoryEntity }) {
            if (!context.sourceCatalog.hasTable(table) || !context.destinationCatalog.hasTable(table))
                throw Error(tr("The table %1 is missing in the %2 database; the catalog step needs it in both.")
                                .arg(table, context.sourceCatalog.hasTable(table) ? tr("destination") : tr("source")));
        }
        lookups = loadLookups(src, dst, env.dmt);
        try {
            childPricesComputed = CopyLedger::progress(dst,
                ConfigurablePricesStep().id() + QStringLiteral("/catalog_product_entity_decimal"))
                                      .has_value();
        } catch (const Error&) {
            // No ledger yet: nothing ran.
        }
    }
    QStringList unmatched;
    for (const QString& type : { QStringLiteral("catalog_product"), QStringLiteral("catalog_category") }) {
        for (const AttributeMap::Attribute& a : lookups->attributes.unmatched(type)) {
            if (!lookups->ignored.contains(a.entityType + QLatin1Char('/') + a.code))
                unmatched << a.code;
        }
    }

    static const QRegularExpression valueTable(
        QStringLiteral("^catalog_(product|category)_entity_(datetime|decimal|int|text|varchar|gallery)$"));
    QList<TablePlan> plans;
    for (const QString& table : context.sourceCatalog.tableNames()) {
        if (!table.startsWith(productEntity) && !table.startsWith(categoryEntity))
            continue;
        if (table == productEntity || table == categoryEntity) {
            TablePlan p = copyPlan(context, table, table, table);
            if (p.skipReason.isEmpty())
                addEntityTransform(p, lookups);
            plans << p;
        } else if (const auto match = valueTable.match(table); match.hasMatch()) {
            TablePlan p = copyPlan(context, table, table, table);
            if (p.skipReason.isEmpty()) {
                const QString type = match.captured(2);
                addValueTransform(p, lookups,
                    type == QLatin1String("int") || type == QLatin1String("varchar") || type == QLatin1String("text"));
                // afterCopy() removes values of missing entities and store views (counted there): not expected.
                const ConnectionProfile& source = context.env.source.profile;
                const QString entity = match.captured(1) == QLatin1String("product") ? productEntity : categoryEntity;
                p.keptSourceRowsCondition = QStringLiteral("entity_id IN (SELECT entity_id FROM %1)")
                                                .arg(Database::quoteIdentifier(source.table(entity)));
                // The Configurable Prices step rewrites the children's prices (and adds store views' values): once
                // it ran, the verification compares the prices the catalog keeps. It runs after the Map step, whose
                // copy of the links replaces Magento 2's, so both sides name the same children.
                const AttributeMap::Attribute* price
                    = lookups->attributes.byCode(QStringLiteral("catalog_product"), QStringLiteral("price"));
                if (childPricesComputed && table == QLatin1String("catalog_product_entity_decimal") && price
                    && price->destinationId != 0
                    && context.sourceCatalog.hasTable(superLink) && context.destinationCatalog.hasTable(superLink)) {
                    const QString child = QStringLiteral("NOT (attribute_id = %1 AND entity_id IN (SELECT product_id "
                                                         "FROM %2))");
                    p.comparedSourceRowsCondition
                        = child.arg(price->sourceId).arg(Database::quoteIdentifier(source.table(superLink)));
                    p.copiedRowsCondition = child.arg(price->destinationId)
                                                .arg(Database::quoteIdentifier(
                                                    context.env.destination.profile.table(superLink)));
                }
                if (!unmatched.isEmpty())
                    p.warnings << tr("Magento 2 has no attribute for %1: their values are skipped. The EAV step "
                                     "creates them: run it before this step.")
                                      .arg(unmatched.join(QStringLiteral(", ")));
            }
            plans << p;
        } else if (table == mediaGallery) {
            TablePlan p = copyPlan(context, table, table, table);
            if (p.skipReason.isEmpty()) {
                addValueTransform(p, lookups, false);
                // Magento 2 keeps the product of a gallery entry in the link table planned next.
                p.warnings.removeIf([](const QString& w) { return w.contains(QLatin1String(".entity_id ")); });
            }
            plans << p;
            // Magento 2 links gallery entries to products in a table of its own.
            TablePlan links = copyPlan(context, table, mediaGalleryToEntity, mediaGalleryToEntity);
            if (links.skipReason.isEmpty()) {
                links.job.sourceColumns = QStringList { QStringLiteral("value_id"), QStringLiteral("entity_id") };
                links.job.destinationColumns = links.job.sourceColumns;
                links.warnings.clear();
                links.carried.clear();
                links.carried.insert(QStringLiteral("value_id"), QStringLiteral("value_id"));
                links.carried.insert(QStringLiteral("entity_id"), QStringLiteral("entity_id"));
            }
            plans << links;
        } else if (table == mediaGalleryValue) {
            // entity_id, which Magento 1 keeps in the gallery table only, is filled in afterCopy().
            plans << copyPlan(context, table, table, table);
        } else {
            TablePlan p;
            p.job.source.name = table;
            p.job.destination.name = table;
            if (table.endsWith(QLatin1String("_tier_price")) || table.endsWith(QLatin1String("_group_price")))
                p.skipReason = tr("handled by the Tier Price step");
            else
                p.skipReason = tr("the catalog step has no rule for this table; map it in a map file for the Map step");
            plans << p;
        }
    }
    return plans;
}

void CatalogStep::afterCopy(StepContext& context, StepReport& report)
{
    const MigrationEnvironment& env = context.env;
    Database dst(env.destination.profile, env.destination.password, QStringLiteral("destination"));
    // Orphans are removed table by table with their counts; a cascade must not remove more than is counted.
    dst.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
    const SchemaCatalog& dc = context.destinationCatalog;
    auto t = [&](const QString& name) { return dst.table(name); };

    if (dc.hasTable(mediaGalleryValue) && dc.hasTable(mediaGalleryToEntity)
        && dc.table(mediaGalleryValue)->hasColumn(QStringLiteral("entity_id")))
        dst.exec(QStringLiteral("UPDATE %1 v JOIN %2 e ON e.value_id = v.value_id SET v.entity_id = e.entity_id "
                                "WHERE v.entity_id <> e.entity_id")
                     .arg(t(mediaGalleryValue), t(mediaGalleryToEntity)));

    auto removeOrphans = [&](const QString& table, const QString& join, const QString& missing, const QString& reason) {
        if (!dc.hasTable(table))
            return;
        const qint64 removed
            = dst.exec(QStringLiteral("DELETE v FROM %1 v LEFT JOIN %2 WHERE %3").arg(t(table), join, missing));
        if (removed == 0)
            return;
        if (TableReport* r = reportFor(report, table)) {
            r->rowsWritten -= removed;
            r->skipped[reason] += removed;
        } else {
            report.warnings << tr("%n row(s) of %1 removed: %2", "", int(removed)).arg(table, reason);
        }
    };
    const QString noProduct = tr("its product does not exist (an orphan row in Magento 1)");
    const QString noCategory = tr("its category does not exist (an orphan row in Magento 1)");
    const QString noStore = tr("its store view does not exist in Magento 2 (an orphan row in Magento 1)");
    for (const QString& suffix : { QStringLiteral("datetime"), QStringLiteral("decimal"), QStringLiteral("int"),
             QStringLiteral("text"), QStringLiteral("varchar"), QStringLiteral("gallery") }) {
        for (const QString& entity : { productEntity, categoryEntity }) {
            const QString table = entity + QLatin1Char('_') + suffix;
            if (!context.sourceCatalog.hasTable(table))
                continue;
            removeOrphans(table, QStringLiteral("%1 e ON e.entity_id = v.entity_id").arg(t(entity)),
                QStringLiteral("e.entity_id IS NULL"), entity == productEntity ? noProduct : noCategory);
            removeOrphans(table, QStringLiteral("%1 s ON s.store_id = v.store_id").arg(t(QStringLiteral("store"))),
                QStringLiteral("s.store_id IS NULL"), noStore);
        }
    }
    if (context.sourceCatalog.hasTable(mediaGallery)) {
        removeOrphans(mediaGalleryToEntity, QStringLiteral("%1 e ON e.entity_id = v.entity_id").arg(t(productEntity)),
            QStringLiteral("e.entity_id IS NULL"), noProduct);
        removeOrphans(mediaGallery, QStringLiteral("%1 e ON e.value_id = v.value_id").arg(t(mediaGalleryToEntity)),
            QStringLiteral("e.value_id IS NULL"), noProduct);
        removeOrphans(mediaGalleryToEntity, QStringLiteral("%1 g ON g.value_id = v.value_id").arg(t(mediaGallery)),
            QStringLiteral("g.value_id IS NULL"), tr("its gallery entry is not migrated"));
        removeOrphans(mediaGalleryValue, QStringLiteral("%1 g ON g.value_id = v.value_id").arg(t(mediaGallery)),
            QStringLiteral("g.value_id IS NULL"), tr("its gallery entry is not migrated"));
        removeOrphans(mediaGalleryValue,
            QStringLiteral("%1 s ON s.store_id = v.store_id").arg(t(QStringLiteral("store"))),
            QStringLiteral("s.store_id IS NULL"), noStore);
    }

    // Magento 2-only catalog tables hold rows of the replaced catalog: emptied (after their backup) too.
    CopyLedger::ensureTables(dst);
    for (const char* name : { "catalog_product_entity_media_gallery_value_video" }) {
        const QString table = QLatin1String(name);
        if (!dc.hasTable(table) || context.sourceCatalog.hasTable(table))
            continue;
        const QString job = id() + QLatin1Char('/') + table;
        if (!CopyLedger::progress(dst, job)) {
            CopyLedger::startJob(dst, job, table, CopyLedger::Existing::Replace);
            CopyLedger::saveProgress(dst, job, {}, 0, true);
        }
    }

    // What the destination held before the first run, from the ledger's record of it.
    QStringList replaced;
    QSqlQuery before = dst.query(
        QStringLiteral("SELECT table_name, rows_before FROM %1 WHERE table_name IN (%2, %3)")
            .arg(t(QLatin1String(CopyLedger::writtenTable)), Database::quoteString(dst.profile().table(productEntity)),
                Database::quoteString(dst.profile().table(categoryEntity))));
    while (before.next()) {
        const qint64 rows = before.value(1).toLongLong();
        if (rows == 0)
            continue;
        replaced << (before.value(0).toString().endsWith(productEntity) ? tr("%n product(s)", "", int(rows))
                                                                        : tr("%n category(ies)", "", int(rows)));
    }
    if (!replaced.isEmpty())
        report.warnings << tr(
            "The destination's catalog (%1) was replaced by Magento 1's, as a migration into a fresh "
            "Magento 2 install does; those rows are kept in Cutover's backup tables and come back with "
            "a reset.")
                               .arg(replaced.join(tr(" and ")));

    // Magento 1's categories keep their ids, so the store groups' root categories (carried by the Settings step)
    // must be categories of level 1 in Magento 2.
    if (dc.hasTable(QStringLiteral("store_group"))) {
        QSqlQuery roots = dst.query(
            QStringLiteral("SELECT g.group_id, g.name, g.root_category_id, c.level FROM %1 g LEFT JOIN %2 c ON "
                           "c.entity_id = g.root_category_id WHERE g.group_id <> 0")
                .arg(t(QStringLiteral("store_group")), t(categoryEntity)));
        while (roots.next()) {
            if (roots.value(3).isNull() || roots.value(3).toInt() != 1)
                report.warnings << tr(
                    "Store group %1 (%2) has root category %3, which is not a root category (level 1) "
                    "in Magento 2; choose its root category in Magento 2's admin (Stores > All "
                    "Stores) or run the Settings step again.")
                                       .arg(roots.value(0).toString(), roots.value(1).toString(),
                                           roots.value(2).toString());
        }
    }
}

} // namespace cutover
