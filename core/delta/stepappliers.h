#pragma once

#include "delta/tableapplier.h"
#include "engine/step.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace cutover {

class DmtConfiguration;

/**
 * The delta appliers of the tables that the Customer and Catalog steps carry (not the Map step): built from those
 * steps' own plans (Step::planTables(): the same columns, attribute and option id maps, attribute set map,
 * pivot of customer attributes into Magento 2's columns, password hashes in Magento 2's legacy form), so that a
 * delta-applied row equals the row a fresh run of the step writes and the two cannot drift apart.
 *
 * - Entity tables (customer_entity, customer_address_entity, catalog_product_entity, catalog_category_entity):
 *   the whole row is read again by entity_id and written with its pivoted attributes; a row gone from Magento 1 is
 *   deleted in Magento 2 (its value rows, addresses and links go with it through Magento 2's cascading keys, as
 *   Magento 1's own cascade removed them without firing a trigger).
 * - Customer value tables: a changed value row is written (or skipped, counted with the step's reason) and its
 *   entity is written again, because the step pivots many attributes (firstname, password_hash, city, street...)
 *   into the entity's columns. A value row deleted without its entity row changing cannot be traced to its entity
 *   (the change log records the value id only); Magento 1 updates the entity's updated_at with every save, which
 *   brings the entity along.
 * - Catalog value tables: attribute ids and option ids rewritten as the step does; rows of products or
 *   categories that do not exist, or of store views Magento 2 lacks, are deleted in Magento 2 and counted, as the
 *   step removes them. Rows deleted in Magento 1 are deleted by value_id, which the step keeps.
 * - The media gallery: the gallery row and Magento 2's link to its product, together; a deleted product takes its
 *   gallery entries along (Magento 1 deletes them by cascade, the Catalog step removes entries no product links).
 *
 * Each step is planned once, when the first of its tables asks for an applier (on the apply loop's thread, with
 * the loop's StepContext, whose catalogues must outlive the appliers). A table the step does not carry gets the
 * step's reason as an Error, which the loop shows among the tables not carried.
 */
class StepAppliers
{
    Q_DECLARE_TR_FUNCTIONS(StepAppliers)
public:
    explicit StepAppliers(QString destinationPrefix);
    ~StepAppliers();

    /**
     * The applier of `table` when the Customer or Catalog step owns it (as MapStep::otherStepOf() says); null for
     * any other table. Throws cutover::Error with the reason when the step owns it but it cannot be applied.
     */
    std::unique_ptr<TableApplier> make(const QString& table, const QStringList& keyColumns, const StepContext& context);

    /**
     * Why changes to a table that `step` (as MapStep::otherStepOf() names it) carries are not applied, for the
     * delta status: the tables of steps that have no applier.
     */
    static QString notCarriedReason(const QString& table, const QString& step);

private:
    struct Planned;
    const Planned& planned(const QString& step, const StepContext& context);

    QString m_prefix;
    QHash<QString, std::shared_ptr<Planned>> m_planned; ///< step name -> its plans (or why it has none)
};

/**
 * The applier of a value table of an entity whose step pivots attributes into the entity's columns (the Customer
 * step): each change writes the value row through `values` and the entity through `entity` (which re-reads it by
 * entity_id), in one savepoint. Used by StepAppliers; public for tests.
 */
class PivotedValueApplier : public TableApplier
{
    Q_DECLARE_TR_FUNCTIONS(PivotedValueApplier)
public:
    PivotedValueApplier(
        std::unique_ptr<MappedTableApplier> values, std::unique_ptr<MappedTableApplier> entity, QString entityTable);

    QString sourceTable() const override { return m_values->sourceTable(); }
    QStringList destinationTables() const override;
    QVector<PreparedWrite> prepare(Database& source, const QVector<CapturedChange>& changes) override;

private:
    std::unique_ptr<MappedTableApplier> m_values;
    std::unique_ptr<MappedTableApplier> m_entity;
    QString m_entityTable; ///< source
};

/**
 * Several plans of one source table applied together, parents first (the Catalog step's media gallery: the
 * gallery row, then Magento 2's link of it to its product). A change that any part skips or deletes is deleted in
 * every part, children first.
 */
class CombinedApplier : public TableApplier
{
public:
    explicit CombinedApplier(std::vector<std::unique_ptr<MappedTableApplier>> parts);

    QString sourceTable() const override { return m_parts.front()->sourceTable(); }
    QStringList destinationTables() const override;
    QVector<PreparedWrite> prepare(Database& source, const QVector<CapturedChange>& changes) override;

private:
    std::vector<std::unique_ptr<MappedTableApplier>> m_parts;
};

/**
 * An applier with statements run before each of its deletes: what a step's work after its copy removes along with
 * a deleted row (the Catalog step removes gallery entries no product links to any more).
 */
class CascadingApplier : public TableApplier
{
public:
    using BeforeDelete = std::function<QStringList(const QVariantList& key)>;
    CascadingApplier(std::unique_ptr<TableApplier> applier, BeforeDelete beforeDelete);

    QString sourceTable() const override { return m_applier->sourceTable(); }
    QStringList destinationTables() const override { return m_applier->destinationTables(); }
    QVector<PreparedWrite> prepare(Database& source, const QVector<CapturedChange>& changes) override;

private:
    std::unique_ptr<TableApplier> m_applier;
    BeforeDelete m_beforeDelete;
};

} // namespace cutover
