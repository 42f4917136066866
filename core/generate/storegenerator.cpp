#include "storegenerator.h"

#include "areas.h"
#include "db/database.h"
#include "error.h"
#include "gencontext.h"
#include "log/log.h"

#include <QElapsedTimer>

namespace cutover {

GeneratorReport StoreGenerator::run(const ConnectionProfile& target, const QString& password,
    const GeneratorOptions& options, const ProgressFn& progress, const std::atomic<bool>* cancel)
{
    if (options.products < 0 || options.customers < 0 || options.orders < 0)
        throw Error(tr("The number of products, customers and orders cannot be negative."));

    QElapsedTimer timer;
    timer.start();
    Database db(target, password, QStringLiteral("generator"));
    // A fresh fill: the writer orders parents before children, and the mess deliberately includes orphan rows,
    // which a real store's missing or disabled foreign keys let through.
    db.exec(QStringLiteral("SET SESSION foreign_key_checks = 0, unique_checks = 0"));

    GenContext context(db, options, progress, cancel);
    if (!context.hasTable(QStringLiteral("core_store")) || !context.hasTable(QStringLiteral("eav_entity_type")))
        throw Error(tr("The database %1 holds no Magento 1 schema (no %2core_store table). Load a Magento 1 dump "
                       "into it first, or add ?prefix=PREFIX to the URL if its tables carry a prefix.")
                        .arg(target.displayName(), target.tablePrefix));

    auto log = logger("core.generate");
    log->info("generating {} products, {} customers, {} orders into {} (seed {})", options.products,
        options.customers, options.orders, target.displayName().toStdString(), options.seed);
    generateStores(context);
    generateCatalog(context);
    generateCustomers(context);
    generateSales(context);
    generateContent(context);

    GeneratorReport report;
    report.rowsPerTable = context.rowsPerTable();
    report.mess = context.mess();
    report.orphans = context.orphans();
    report.warnings = context.warnings();
    report.mediaFiles = context.mediaFilesWritten;
    for (qint64 rows : report.rowsPerTable)
        report.totalRows += rows;
    report.seconds = timer.elapsed() / 1000.0;
    log->info("generated {} rows in {:.1f} s", report.totalRows, report.seconds);
    return report;
}

} // namespace cutover
