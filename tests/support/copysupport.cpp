#include "copysupport.h"

#include "db/database.h"
#include "error.h"
#include "testserver.h"

namespace cutover::test {

void sql(const QString& statements, const QString& database)
{
    try {
        TestServer::instance().sql(
            QStringLiteral("SET SESSION max_recursive_iterations = 100000000; ") + statements, database);
    } catch (const Error& e) {
        qWarning("%s\n%s", qPrintable(e.message()), qPrintable(e.details()));
        throw;
    }
}

TableInfo tableInfo(const ConnectionProfile& profile, const QString& table)
{
    Database db(profile, {}, QStringLiteral("test"));
    const SchemaCatalog catalog = SchemaCatalog::read(db);
    const TableInfo* info = catalog.table(table);
    if (!info)
        throw Error(QStringLiteral("no table %1 in %2").arg(table, profile.database));
    return *info;
}

CopyJob identityJob(const ConnectionProfile& source, const ConnectionProfile& destination, const QString& table)
{
    CopyJob job;
    job.job = QStringLiteral("test/") + table;
    job.source = tableInfo(source, table);
    job.destination = tableInfo(destination, table);
    for (const ColumnInfo& c : job.source.columns)
        job.sourceColumns << c.name;
    job.destinationColumns = job.sourceColumns;
    return job;
}

} // namespace cutover::test
