#pragma once

#include "engine/step.h"

namespace cutover {

/**
 * The catalog's entities and EAV values (the value half of the Data Migration Tool's EAV step): products and
 * categories (catalog_product_entity, catalog_category_entity: Magento 2 CE has no entity_type_id, attribute
 * sets through EavIdMaps), their value tables (datetime, decimal, int, text, varchar, gallery), the media
 * gallery (with Magento 2's catalog_product_entity_media_gallery_value_to_entity) and its per-store values.
 *
 * Run it after the EAV step: every attribute_id is rewritten through the AttributeMap, loaded when the step plans.
 * Values of attributes Magento 2 has no attribute for (those eav-attribute-groups.xml ignores) are skipped and
 * counted with the attribute's code. Option ids in values of select and multiselect attributes with table
 * options are rewritten through EavIdMaps::options: Magento 1's option ids cannot be kept, because Magento 2's
 * eav_attribute_option shares one id sequence between all attributes and its own options already hold the low
 * ids; the EAV step gives Magento 1's options Magento 2 ids matched by admin label instead.
 *
 * Products and categories keep their Magento 1 entity ids, so that the root categories Magento 1's store groups
 * name (carried by the Settings step in store_group.root_category_id) are the roots of Magento 2's store groups.
 * The destination's own catalog is replaced, as the Map step replaces tables: each table is backed up in the
 * CopyLedger, then emptied; the step's report says how many products and categories it held. Value rows whose
 * product, category or store view does not exist (orphans in Magento 1) are removed after the copy and counted.
 *
 * Tables are copied in parallel by the base class with row transforms (memory bounded by the copier's batch).
 */
class CatalogStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStep)
public:
    QString id() const override { return QStringLiteral("catalog"); }
    QString title() const override { return tr("Catalog step"); }

protected:
    QList<TablePlan> plan(StepContext& context) override;
    void afterCopy(StepContext& context, StepReport& report) override;
};

} // namespace cutover
