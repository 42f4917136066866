#pragma once

#include "engine/step.h"

#include <QHash>
#include <QString>

namespace cutover {

class AttributeMap;
class Database;

/**
 * The Magento 1 -> Magento 2 ids of the EAV metadata that the EAV step matched or created: attribute sets,
 * attribute groups and attribute options (attributes themselves are in AttributeMap). Every map is derived from
 * both databases by natural keys, so it can be loaded again at any time (by the catalog step, the verifier or a
 * rerun) and gives the same ids:
 *
 * - sets by entity type code and set name (Magento 1's product set "Default" is Magento 2's "Default");
 * - groups by their mapped set and group name, else by the Magento 2 group code made from that name;
 * - options by their mapped attribute and admin (store 0) label, the n-th option of a label to the n-th one in
 *   option id order, so that two options with the same label stay two.
 *
 * A value type; load() runs on the caller's thread over connections the caller owns. Throws cutover::Error.
 */
struct EavIdMaps
{
    QHash<int, int> attributeSets; ///< Magento 1 attribute_set_id -> Magento 2
    QHash<int, int> attributeGroups; ///< Magento 1 attribute_group_id -> Magento 2 (groups Magento 2 has)
    QHash<int, int> options; ///< Magento 1 option_id -> Magento 2

    static EavIdMaps load(Database& source, Database& destination, const AttributeMap& attributes);

    /** The Magento 2 attribute_group_code for a group name, as Magento 2 makes it ("Meta Information" ->
     * "meta-information"). */
    static QString groupCode(const QString& groupName);
};

/**
 * The Data Migration Tool's EAV step: attribute sets and groups, attributes, their options and labels, their
 * places in the sets (eav_entity_attribute), and catalog_eav_attribute / customer_eav_attribute.
 *
 * Magento 2 keeps its own entity types, attributes, sets and groups; Magento 1's are matched to them (see
 * AttributeMap and EavIdMaps). For a matched attribute Magento 2's definition and models win; the storefront
 * settings a merchant sets per product attribute (searchable, filterable, comparable, used in listings, sort by,
 * position...) are carried from Magento 1: the catalog_eav_attribute columns both releases have that
 * map-eav.xml neither ignores nor transforms. A Magento 1 attribute without a Magento 2 counterpart (custom
 * attributes, Magento 1-only system ones) is created with a new id, its models translated through class-map.xml;
 * a model the class map has no Magento 2 class for is dropped (Magento 2 then uses its default model) and
 * reported per attribute with the fix. Attributes in eav-attribute-groups.xml's `ignore` group are not created
 * and their values are skipped. Sets and groups Magento 2 lacks are created (attribute_group_code from the name,
 * tab_group_code as map-eav.xml sets it); a new set also gets the attributes of Magento 2's default set that
 * Magento 1 did not place in it, so Magento 2's own required attributes are in every set. Options are merged
 * by admin label; labels per store view are carried.
 *
 * All metadata is small: it is read into memory and written in one destination transaction by afterCopy()
 * (nothing is copied by the base class). Every destination table is registered in the CopyLedger (backed up)
 * before its first write. Rerunnable: a second run matches everything the first one created and writes the same
 * rows again.
 */
class EavStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(EavStep)
public:
    QString id() const override { return QStringLiteral("eav"); }
    QString title() const override { return tr("EAV step"); }

protected:
    QList<TablePlan> plan(StepContext& context) override;
    void afterCopy(StepContext& context, StepReport& report) override;
};

} // namespace cutover
