#pragma once

#include "engine/step.h"
#include "mapping/mapconfig.h"

#include <memory>

namespace cutover {

/**
 * The plan for one source table carried over by a map file (map.xml, map-stores.xml): its destination table,
 * the columns read and written, and a RecordTransformer when the rules name handlers. Without handlers the
 * copy needs no transform (so the direct INSERT ... SELECT can serve it). A table the map ignores, whose
 * destination table is missing, or whose handlers Cutover cannot run yet is planned as skipped with the reason.
 */
TablePlan planMappedTable(StepContext& context, const MapConfig& map, const QString& sourceTable,
    const QString& jobPrefix, CopyLedger::Existing existing);

class AttributeMap;

/**
 * Magento 2 numbers attributes its own way (AttributeMap). A table the Map step carries that names an attribute in
 * an attribute_id column (configurable products' super attributes, sales rule product attributes, fixed product
 * taxes) gets Magento 2's id for it, as the value tables do: the plan's transform is wrapped, each changed row
 * counted as transformed, and a row whose attribute Magento 2 lacks skipped with the reason. Nothing for a plan
 * without that column.
 */
void remapAttributeIds(TablePlan& plan, std::shared_ptr<const AttributeMap> attributes);

} // namespace cutover
