#pragma once

#include "delta/deltaapplier.h"

#include <QString>

namespace cutover {
class Database;
}

namespace cutover::test {

/** The figures as indented JSON, for failure messages. */
QString describe(const DeltaFigures& figures);

/**
 * Runs the apply loop until the backlog is empty (Options::once, with a test's short waits and no busy back-off,
 * giving up after 20 s without a server) and returns its figures; warns with them when it did not succeed.
 * `areas`: what the migration left behind.
 */
DeltaFigures applyDeltaOnce(const MigrationEnvironment& env, const OptionalAreas& areas = {});

/**
 * Magento_Inventory's tables (db_schema.xml: source, stock, source item, sales channel, shipment source) with the
 * default source and stock, for the tests that compare MSI rows: the Magento 2 fixture has no MSI.
 */
void installMsi(Database& db);

} // namespace cutover::test
