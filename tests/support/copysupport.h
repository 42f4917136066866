#pragma once

#include "copy/tablecopier.h"
#include "db/connectionprofile.h"
#include "schema/tableinfo.h"

#include <QString>

namespace cutover::test {

/** Runs SQL as root on the test server; an error is shown with the server's text, then rethrown. */
void sql(const QString& statements, const QString& database);
/** The table as the schema catalog reads it; throws cutover::Error when it does not exist. */
TableInfo tableInfo(const ConnectionProfile& profile, const QString& table);
/** A copy job of `table` from `source` to the same table in `destination`, every column as it is. */
CopyJob identityJob(const ConnectionProfile& source, const ConnectionProfile& destination, const QString& table);

} // namespace cutover::test
