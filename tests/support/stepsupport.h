#pragma once

#include "engine/step.h"
#include "engine/verifier.h"
#include "report/runreport.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace cutover {
class Database;
class DmtConfiguration;
struct ConnectionProfile;
} // namespace cutover

namespace cutover::test {

/** The fixtures' DMT configuration and the shared handler registry, two jobs: what step tests run with. */
MigrationEnvironment stepEnvironment(const ConnectionProfile& source, const ConnectionProfile& destination);
/** Cutover's own mapping (DmtConfiguration::builtInPath()), loaded once: what a user runs by default. */
const DmtConfiguration& builtInMapping();
/** The same environment with Cutover's own mapping instead of the fixtures' DMT files. */
MigrationEnvironment builtInEnvironment(const ConnectionProfile& source, const ConnectionProfile& destination);
/** Rows of `table` counted as skipped for a reason that contains `fragment`. */
qint64 skippedWith(const TableReport& table, const QString& fragment);
/**
 * Runs `steps` in order from `source` to `destination` with stepEnvironment(). `confirmedDestination`: the name to
 * confirm replacing a destination that holds customers or orders (see MigrationRunner::setConfirmedDestination).
 */
RunReport runSteps(const ConnectionProfile& source, const ConnectionProfile& destination,
    std::vector<std::unique_ptr<Step>> steps, const QString& confirmedDestination = {});

/** Verifies `steps` (not owned) with `env`, which the Verifier reads while it runs; Error is left to the caller. */
VerifyReport verifySteps(const MigrationEnvironment& env, const std::vector<Step*>& steps);

/** `sql` with every {table} replaced by the quoted, prefixed name of `db`. */
QString expand(Database& db, QString sql);
/** The rows of a query (after expand()), each as its columns joined by '|' ("NULL" for NULL), sorted. */
QStringList sortedRows(Database& db, const QString& sql);
/**
 * Copies the first row of `table` (a name without prefix) matching `where` under the new values `set` (an UPDATE's
 * SET list: a new key at least), through a temporary table, so that every other column keeps a real value.
 */
void cloneRow(Database& db, const QString& table, const QString& where, const QString& set);
/** The first column of the first row of a query (after expand()), as text. */
QString scalarText(Database& db, const QString& sql);

} // namespace cutover::test
