#pragma once

#include "engine/step.h"
#include "mapping/mapconfig.h"

namespace cutover {

/**
 * The plan for one source table carried over by a map file (map.xml, map-stores.xml): its destination table,
 * the columns read and written, and a RecordTransformer when the rules name handlers. Without handlers the
 * copy needs no transform (so the direct INSERT ... SELECT can serve it). A table the map ignores, whose
 * destination table is missing, or whose handlers Cutover cannot run yet is planned as skipped with the reason.
 */
TablePlan planMappedTable(StepContext& context, const MapConfig& map, const QString& sourceTable,
    const QString& jobPrefix, CopyLedger::Existing existing);

} // namespace cutover
