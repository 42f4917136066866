#include "steps/salesgridsstep.h"

#include "copy/copyledger.h"
#include "db/database.h"
#include "engine/migrationrunner.h"
#include "error.h"
#include "log/log.h"
#include "mapping/dmtconfig.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <vector>

namespace cutover {

namespace {

struct GridColumn
{
    const char* name;
    const char* expression; ///< SQL over the aliases of GridDefinition; {table} names a destination table
};

/** One grid as Magento 2's grid indexer fills it: its main table, joins and column expressions. */
struct GridDefinition
{
    const char* sourceDocument; ///< Magento 1 table whose ids are rebuilt
    const char* sourceGrid; ///< Magento 1's own grid, compared for the report only
    const char* mainTable; ///< Magento 2 table the grid lists (also its alias in the expressions)
    const char* gridTable;
    std::vector<GridColumn> columns;
};

// Magento 2's ConcatExpression: empty parts left out, the rest joined by the separator and trimmed.
#define CUTOVER_CONCAT2(sep, a, b)                                                                                     \
    "TRIM(CONCAT_WS('" sep "', IF(" a " <> '', " a ", NULL), IF(" b " <> '', " b ", NULL)))"
#define CUTOVER_NAME(alias) CUTOVER_CONCAT2(" ", alias ".firstname", alias ".lastname")
#define CUTOVER_ADDRESS(alias)                                                                                         \
    "TRIM(CONCAT_WS(',', IF(" alias ".street <> '', " alias ".street, NULL), IF(" alias ".city <> '', " alias          \
    ".city, NULL), IF(" alias ".region <> '', " alias ".region, NULL), IF(" alias ".postcode <> '', " alias            \
    ".postcode, NULL)))"

const char* const paymentMethod
    = "(SELECT sales_order_payment.method FROM {sales_order_payment} AS sales_order_payment "
      "WHERE sales_order_payment.parent_id = sales_order.entity_id "
      "ORDER BY sales_order_payment.entity_id LIMIT 1)";

const std::vector<GridDefinition>& definitions()
{
    static const std::vector<GridDefinition> grids {
        { "sales_flat_order", "sales_flat_order_grid", "sales_order", "sales_order_grid",
            {
                { "entity_id", "sales_order.entity_id" },
                { "status", "sales_order.status" },
                { "store_id", "sales_order.store_id" },
                { "store_name", "sales_order.store_name" },
                { "customer_id", "sales_order.customer_id" },
                { "base_grand_total", "sales_order.base_grand_total" },
                { "base_total_paid", "sales_order.base_total_paid" },
                { "grand_total", "sales_order.grand_total" },
                { "total_paid", "sales_order.total_paid" },
                { "increment_id", "sales_order.increment_id" },
                { "base_currency_code", "sales_order.base_currency_code" },
                { "order_currency_code", "sales_order.order_currency_code" },
                { "shipping_name", CUTOVER_NAME("sales_shipping_address") },
                { "billing_name", CUTOVER_NAME("sales_billing_address") },
                { "created_at", "sales_order.created_at" },
                { "updated_at", "sales_order.updated_at" },
                { "billing_address", CUTOVER_ADDRESS("sales_billing_address") },
                { "shipping_address", CUTOVER_ADDRESS("sales_shipping_address") },
                { "shipping_information", "sales_order.shipping_description" },
                { "customer_email", "sales_order.customer_email" },
                { "customer_group", "sales_order.customer_group_id" },
                { "subtotal", "sales_order.base_subtotal" },
                { "shipping_and_handling", "sales_order.base_shipping_amount" },
                { "customer_name",
                    CUTOVER_CONCAT2(" ", "sales_order.customer_firstname", "sales_order.customer_lastname") },
                { "payment_method", paymentMethod },
                { "total_refunded", "sales_order.total_refunded" },
            } },
        { "sales_flat_invoice", "sales_flat_invoice_grid", "sales_invoice", "sales_invoice_grid",
            {
                { "entity_id", "sales_invoice.entity_id" },
                { "increment_id", "sales_invoice.increment_id" },
                { "state", "sales_invoice.state" },
                { "store_id", "sales_invoice.store_id" },
                { "store_name", "sales_order.store_name" },
                { "order_id", "sales_invoice.order_id" },
                { "order_increment_id", "sales_order.increment_id" },
                { "order_created_at", "sales_order.created_at" },
                { "customer_name",
                    CUTOVER_CONCAT2(" ", "sales_order.customer_firstname", "sales_order.customer_lastname") },
                { "customer_email", "sales_order.customer_email" },
                { "customer_group_id", "sales_order.customer_group_id" },
                { "payment_method", paymentMethod },
                { "store_currency_code", "sales_invoice.store_currency_code" },
                { "order_currency_code", "sales_invoice.order_currency_code" },
                { "base_currency_code", "sales_invoice.base_currency_code" },
                { "global_currency_code", "sales_invoice.global_currency_code" },
                { "billing_name", CUTOVER_NAME("sales_billing_address") },
                { "billing_address", CUTOVER_ADDRESS("sales_billing_address") },
                { "shipping_address", CUTOVER_ADDRESS("sales_shipping_address") },
                { "shipping_information", "sales_order.shipping_description" },
                { "subtotal", "sales_order.base_subtotal" },
                { "shipping_and_handling", "sales_order.base_shipping_amount" },
                { "grand_total", "sales_invoice.grand_total" },
                { "base_grand_total", "sales_invoice.base_grand_total" },
                { "created_at", "sales_invoice.created_at" },
                { "updated_at", "sales_invoice.updated_at" },
            } },
        { "sales_flat_shipment", "sales_flat_shipment_grid", "sales_shipment", "sales_shipment_grid",
            {
                { "entity_id", "sales_shipment.entity_id" },
                { "increment_id", "sales_shipment.increment_id" },
                { "store_id", "sales_shipment.store_id" },
                { "order_increment_id", "sales_order.increment_id" },
                { "order_id", "sales_shipment.order_id" },
                { "order_created_at", "sales_order.created_at" },
                { "customer_name",
                    CUTOVER_CONCAT2(" ", "sales_order.customer_firstname", "sales_order.customer_lastname") },
                { "total_qty", "sales_shipment.total_qty" },
                { "shipment_status", "sales_shipment.shipment_status" },
                { "order_status", "sales_order.status" },
                { "billing_address", CUTOVER_ADDRESS("sales_billing_address") },
                { "shipping_address", CUTOVER_ADDRESS("sales_shipping_address") },
                { "billing_name", CUTOVER_NAME("sales_billing_address") },
                { "shipping_name", CUTOVER_NAME("sales_shipping_address") },
                { "customer_email", "sales_order.customer_email" },
                { "customer_group_id", "sales_order.customer_group_id" },
                { "payment_method", paymentMethod },
                { "shipping_information", "sales_order.shipping_description" },
                { "created_at", "sales_shipment.created_at" },
                { "updated_at", "sales_shipment.updated_at" },
            } },
        { "sales_flat_creditmemo", "sales_flat_creditmemo_grid", "sales_creditmemo", "sales_creditmemo_grid",
            {
                { "entity_id", "sales_creditmemo.entity_id" },
                { "increment_id", "sales_creditmemo.increment_id" },
                { "created_at", "sales_creditmemo.created_at" },
                { "updated_at", "sales_creditmemo.updated_at" },
                { "order_id", "sales_order.entity_id" },
                { "order_increment_id", "sales_order.increment_id" },
                { "order_created_at", "sales_order.created_at" },
                { "billing_name", CUTOVER_NAME("sales_billing_address") },
                { "state", "sales_creditmemo.state" },
                { "base_grand_total", "sales_creditmemo.base_grand_total" },
                { "order_status", "sales_order.status" },
                { "store_id", "sales_creditmemo.store_id" },
                { "billing_address", CUTOVER_ADDRESS("sales_billing_address") },
                { "shipping_address", CUTOVER_ADDRESS("sales_shipping_address") },
                { "customer_name",
                    CUTOVER_CONCAT2(" ", "sales_order.customer_firstname", "sales_order.customer_lastname") },
                { "customer_email", "sales_order.customer_email" },
                { "customer_group_id", "sales_order.customer_group_id" },
                { "payment_method", paymentMethod },
                { "shipping_information", "sales_order.shipping_description" },
                { "subtotal", "sales_creditmemo.subtotal" },
                { "shipping_and_handling", "sales_creditmemo.shipping_amount" },
                { "adjustment_positive", "sales_creditmemo.adjustment_positive" },
                { "adjustment_negative", "sales_creditmemo.adjustment_negative" },
                { "order_base_grand_total", "sales_order.base_grand_total" },
            } },
    };
    return grids;
}

#undef CUTOVER_ADDRESS
#undef CUTOVER_NAME
#undef CUTOVER_CONCAT2

/** Replaces every {table} in `sql` by the quoted destination table name (with its prefix). */
QString expandTables(Database& db, QString sql)
{
    static const QRegularExpression name(QStringLiteral("\\{(\\w+)\\}"));
    QRegularExpressionMatch match;
    while ((match = name.match(sql)).hasMatch())
        sql.replace(match.capturedStart(), match.capturedLength(), db.table(match.captured(1)));
    return sql;
}

/** The source documents and their keys from order-grids-document-groups.xml, or nullopt without that file. */
std::optional<QHash<QString, QString>> groupDocuments(const DmtConfiguration* dmt)
{
    const GroupsConfig* groups = dmt ? dmt->groups(QStringLiteral("order_grids_document_groups_file")) : nullptr;
    if (!groups)
        return std::nullopt;
    QHash<QString, QString> documents;
    for (const GroupsConfig::Group& group : groups->groups()) {
        for (const GroupsConfig::Entry& entry : group.documents)
            documents.insert(entry.name, entry.key.isEmpty() ? QStringLiteral("entity_id") : entry.key);
    }
    return documents;
}

/** One grid's column list and SELECT expressions for the destination grid's columns (as its schema has them). */
struct GridStatement
{
    QStringList columns;
    QStringList expressions;
    QStringList unknown; ///< grid columns the definition does not fill (an extension's): left to their default
};

/** The destination columns an expression reads that the destination lacks (an older Magento 2 release). */
QStringList missingColumns(const SchemaCatalog& catalog, const QString& expression)
{
    static const QRegularExpression reference(QStringLiteral("\\b(sales_\\w+)\\.(\\w+)\\b"));
    QStringList missing;
    auto it = reference.globalMatch(expression);
    while (it.hasNext()) {
        const auto match = it.next();
        QString table = match.captured(1);
        if (table == QLatin1String("sales_shipping_address") || table == QLatin1String("sales_billing_address"))
            table = QStringLiteral("sales_order_address");
        const TableInfo* info = catalog.table(table);
        if (!info || !info->hasColumn(match.captured(2)))
            missing << table + QLatin1Char('.') + match.captured(2);
    }
    return missing;
}

GridStatement gridStatement(Database& dst, const SchemaCatalog& catalog, const GridDefinition& grid,
    const TableInfo& gridTable, TableReport& table)
{
    GridStatement statement;
    const QString main = QLatin1String(grid.mainTable);
    for (const ColumnInfo& column : gridTable.columns) {
        const GridColumn* known = nullptr;
        for (const GridColumn& c : grid.columns) {
            if (column.name == QLatin1String(c.name))
                known = &c;
        }
        if (!known) {
            statement.unknown << column.name;
            continue;
        }
        QString expression = QLatin1String(known->expression);
        if (const QStringList missing = missingColumns(catalog, expression); !missing.isEmpty()) {
            table.addWarning(SalesGridsStep::tr("%1.%2 is left empty: Magento 2 has no column %3 to fill it from.")
                                 .arg(gridTable.name, column.name, missing.join(QStringLiteral(", "))));
            expression = QStringLiteral("NULL");
        }
        expression = expandTables(dst, expression);
        // A NOT NULL grid column gets a value even when a joined row is missing, as Magento 2's own rows would.
        if (!column.nullable) {
            const QString fallback = column.isNumeric() ? QStringLiteral("0")
                : column.isTemporal()                   ? main + QStringLiteral(".created_at")
                                                        : QStringLiteral("''");
            expression = QStringLiteral("COALESCE(%1, %2)").arg(expression, fallback);
        }
        statement.columns << Database::quoteIdentifier(column.name);
        statement.expressions << expression;
    }
    return statement;
}

QString fromClause(Database& dst, const GridDefinition& grid)
{
    const QString main = QLatin1String(grid.mainTable);
    QString from = QStringLiteral("FROM %1 AS %2").arg(dst.table(main), main);
    if (main != QLatin1String("sales_order"))
        from += QStringLiteral(" JOIN %1 AS sales_order ON sales_order.entity_id = %2.order_id")
                    .arg(dst.table(QStringLiteral("sales_order")), main);
    from += QStringLiteral(" LEFT JOIN %1 AS sales_shipping_address ON sales_shipping_address.entity_id = "
                           "%2.shipping_address_id LEFT JOIN %1 AS sales_billing_address ON "
                           "sales_billing_address.entity_id = %2.billing_address_id")
                .arg(dst.table(QStringLiteral("sales_order_address")), main);
    return from;
}

/** "INSERT INTO grid (...) SELECT ... FROM ... WHERE `where`": the grid rows of the documents `where` selects. */
QString insertSelect(Database& dst, const GridDefinition& grid, const GridStatement& statement, const QString& where)
{
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 %4 WHERE %5")
        .arg(dst.table(QLatin1String(grid.gridTable)), statement.columns.join(QStringLiteral(", ")),
            statement.expressions.join(QStringLiteral(", ")), fromClause(dst, grid), where);
}

QString idList(const QSet<qint64>& ids)
{
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList out;
    for (qint64 id : sorted)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

/** Rebuilds one grid; fills `table`. Throws cutover::Error. */
void rebuildGrid(StepContext& context, Database& src, Database& dst, const GridDefinition& grid, const QString& key,
    TableReport& table, WorkProgress& progress)
{
    const QString document = QLatin1String(grid.sourceDocument);
    const QString main = QLatin1String(grid.mainTable);
    const QString gridName = QLatin1String(grid.gridTable);
    const TableInfo* gridTable = context.destinationCatalog.table(gridName);

    const GridStatement statement = gridStatement(dst, context.destinationCatalog, grid, *gridTable, table);
    if (!statement.unknown.isEmpty())
        table.addWarning(SalesGridsStep::tr("Magento 2's %1 has column(s) %2 that Cutover does not know (an "
                                            "extension's?); they were left to their default. Fill them with the "
                                            "extension's reindex if it has one.")
                             .arg(gridName, statement.unknown.join(QStringLiteral(", "))));

    CopyLedger::startJob(dst, QStringLiteral("order-grids/") + gridName, gridName, CopyLedger::Existing::Keep);

    // Grid rows of documents that are gone (the Map step empties sales_order before it copies) are stale.
    const qint64 stale = dst.exec(QStringLiteral("DELETE g FROM %1 AS g LEFT JOIN %2 AS m ON m.entity_id = g.entity_id "
                                                 "WHERE m.entity_id IS NULL")
                                      .arg(dst.table(gridName), dst.table(main)));
    if (stale > 0)
        table.addWarning(SalesGridsStep::tr("%n row(s) of %1 listed a document that %2 no longer holds; they were "
                                            "removed.",
            "", int(stale))
                             .arg(gridName, main));

    const QString insert = insertSelect(dst, grid, statement, main + QStringLiteral(".entity_id IN (@ids@)"));
    const QString quotedKey = Database::quoteIdentifier(key);
    qint64 last = -1;
    qint64 notCopied = 0;
    qint64 withoutOrder = 0;
    for (;;) {
        if (!context.control.checkpoint())
            throw Error(
                SalesGridsStep::tr("Cancelled while rebuilding %1; run the step again to rebuild it.").arg(gridName));
        QStringList ids;
        QSqlQuery q = src.query(QStringLiteral("SELECT %1 FROM %2 WHERE %1 > %3 ORDER BY %1 LIMIT %4")
                                    .arg(quotedKey, src.table(document))
                                    .arg(last)
                                    .arg(SalesGridsStep::batchSize));
        while (q.next()) {
            last = q.value(0).toLongLong();
            ids << QString::number(last);
        }
        if (ids.isEmpty())
            break;
        const QString list = ids.join(QLatin1Char(','));
        dst.beginTransaction();
        try {
            const qint64 present
                = dst.scalar(
                         QStringLiteral("SELECT COUNT(*) FROM %1 WHERE entity_id IN (%2)").arg(dst.table(main), list))
                      .toLongLong();
            dst.exec(QStringLiteral("DELETE FROM %1 WHERE entity_id IN (%2)").arg(dst.table(gridName), list));
            const qint64 inserted = dst.exec(QString(insert).replace(QLatin1String("@ids@"), list));
            dst.commit();
            table.rowsRead += ids.size();
            table.rowsWritten += inserted;
            progress.add(ids.size());
            notCopied += ids.size() - present;
            withoutOrder += present - inserted;
        } catch (...) {
            dst.rollback();
            throw;
        }
    }
    if (notCopied > 0)
        table.skipped[SalesGridsStep::tr("not in Magento 2's %1 (the Map step did not copy it)").arg(main)]
            += notCopied;
    if (withoutOrder > 0)
        table.skipped[SalesGridsStep::tr("its order is not in Magento 2's sales_order")] += withoutOrder;
    if (main == QLatin1String("sales_order") && table.rowsWritten > 0) {
        const qint64 unpaid
            = dst.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 AS o WHERE NOT EXISTS (SELECT 1 FROM %2 AS p WHERE "
                                        "p.parent_id = o.entity_id)")
                             .arg(dst.table(main), dst.table(QStringLiteral("sales_order_payment"))))
                  .toLongLong();
        if (unpaid > 0)
            table.addWarning(
                SalesGridsStep::tr("%n order(s) have no row in Magento 2's sales_order_payment (see the Map "
                                   "step's report for sales_flat_order_payment), so the grids show no "
                                   "payment method for them; run this step again once the payments are "
                                   "migrated.",
                    "", int(unpaid)));
    }
    CopyLedger::saveProgress(
        dst, QStringLiteral("order-grids/") + gridName, QString::number(last), table.rowsWritten, true);

    // Magento 1 fills its grids asynchronously when dev/grid/async_indexing is on: say when it lagged behind.
    if (context.sourceCatalog.hasTable(QLatin1String(grid.sourceGrid))) {
        const qint64 oldRows
            = src.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(src.table(QLatin1String(grid.sourceGrid))))
                  .toLongLong();
        if (oldRows < table.rowsRead)
            table.addWarning(SalesGridsStep::tr("Magento 1's %1 listed %2 of the %3 rows of %4; Magento 2's %5 was "
                                                "rebuilt from %4 itself, so all of them are listed now.")
                                 .arg(QLatin1String(grid.sourceGrid))
                                 .arg(oldRows)
                                 .arg(table.rowsRead)
                                 .arg(document, gridName));
    }
    table.reason = SalesGridsStep::tr("rebuilt from %1 with Magento 2's grid columns").arg(main);
}

} // namespace

qint64 SalesGridsStep::refreshGrids(Database& dst, const SchemaCatalog& destinationCatalog, const QSet<qint64>& orders,
    const QHash<QString, QSet<qint64>>& documents, QStringList* warnings)
{
    qint64 refreshed = 0;
    for (const GridDefinition& grid : definitions()) {
        const QString main = QLatin1String(grid.mainTable);
        const QString gridName = QLatin1String(grid.gridTable);
        const TableInfo* gridTable = destinationCatalog.table(gridName);
        if (!gridTable || !destinationCatalog.hasTable(main))
            continue;
        QSet<qint64> ids = documents.value(main);
        const bool isOrderGrid = main == QLatin1String("sales_order");
        if (isOrderGrid)
            ids.unite(orders);
        // A document's grid row shows its order's name, status and addresses: the documents of a touched order too.
        const bool byOrder = !isOrderGrid && !orders.isEmpty() && gridTable->hasColumn(QStringLiteral("order_id"));
        if (ids.isEmpty() && !byOrder)
            continue;
        auto where = [&](const QString& alias) {
            QStringList parts;
            if (!ids.isEmpty())
                parts << QStringLiteral("%1.entity_id IN (%2)").arg(alias, idList(ids));
            if (byOrder)
                parts << QStringLiteral("%1.order_id IN (%2)").arg(alias, idList(orders));
            return QStringLiteral("(%1)").arg(parts.join(QStringLiteral(" OR ")));
        };
        TableReport scratch;
        const GridStatement statement = gridStatement(dst, destinationCatalog, grid, *gridTable, scratch);
        if (warnings)
            *warnings << scratch.warnings;
        // Rows of documents gone from Magento 2 (deleted, or gone with their order) are removed with the others.
        const qint64 removed = dst.exec(
            QStringLiteral("DELETE g FROM %1 AS g WHERE %2").arg(dst.table(gridName), where(QStringLiteral("g"))));
        const qint64 written = dst.exec(insertSelect(dst, grid, statement, where(main)));
        refreshed += std::max(removed, written);
    }
    return refreshed;
}

QList<TablePlan> SalesGridsStep::plan(StepContext& context)
{
    Q_UNUSED(context)
    return {};
}

void SalesGridsStep::afterCopy(StepContext& context, StepReport& report)
{
    const MigrationEnvironment& env = context.env;
    {
        Database dst(env.destination.profile, env.destination.password, QStringLiteral("destination"));
        CopyLedger::ensureTables(dst);
    }

    const auto documents = groupDocuments(env.dmt);
    if (!documents)
        report.warnings << tr("The configuration has no order_grids_document_groups_file; the grids were rebuilt from "
                              "sales_flat_order, sales_flat_invoice, sales_flat_shipment and sales_flat_creditmemo.");
    // The grids are independent: rebuilt side by side on connections of their own, up to the run's jobs, as the
    // copy runs its tables (one grid's statements keep one server thread busy).
    std::vector<TableReport> tables;
    std::vector<const GridDefinition*> rebuilt;
    for (const GridDefinition& grid : definitions()) {
        TableReport table;
        table.sourceTable = QLatin1String(grid.sourceDocument);
        table.destinationTable = QLatin1String(grid.gridTable);
        table.started = QDateTime::currentDateTime();
        const QString document = table.sourceTable;
        QString missing;
        if (documents && !documents->contains(document))
            table.reason = tr("not listed in %1 (order_grids_document_groups_file)")
                               .arg(env.dmt->config().option(QStringLiteral("order_grids_document_groups_file")));
        else if (!context.sourceCatalog.hasTable(document))
            table.reason = tr("Magento 1 has no table %1").arg(document);
        else if (!context.destinationCatalog.hasTable(table.destinationTable))
            table.reason = tr("Magento 2 has no table %1").arg(table.destinationTable);
        else if (!context.destinationCatalog.hasTable(QLatin1String(grid.mainTable)))
            table.reason = tr("Magento 2 has no table %1").arg(QLatin1String(grid.mainTable));
        if (!table.reason.isEmpty()) {
            table.outcome = Outcome::Skipped;
            table.finished = QDateTime::currentDateTime();
        }
        tables.push_back(table);
        rebuilt.push_back(table.reason.isEmpty() ? &grid : nullptr);
    }
    // Every grid's rows are in the progress's total before any is rebuilt, so that the total does not grow.
    std::vector<std::unique_ptr<WorkProgress>> progress(tables.size());
    {
        Database src(env.source.profile, env.source.password, QStringLiteral("source"));
        for (size_t i = 0; i < tables.size(); ++i) {
            if (rebuilt[i])
                progress[i] = std::make_unique<WorkProgress>(context, tables[i].destinationTable,
                    src.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(src.table(tables[i].sourceTable)))
                        .toLongLong());
        }
    }
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, env.jobs > 0 ? env.jobs : MigrationRunner::defaultJobs()));
    QList<QFuture<void>> running;
    for (size_t i = 0; i < tables.size(); ++i) {
        if (!rebuilt[i])
            continue;
        const GridDefinition& grid = *rebuilt[i];
        TableReport& table = tables[i];
        std::unique_ptr<WorkProgress>& work = progress[i];
        const QString key = documents ? documents->value(table.sourceTable) : QStringLiteral("entity_id");
        running << QtConcurrent::run(&pool, [&context, &env, &grid, &table, &work, key]() {
            table.started = QDateTime::currentDateTime(); // its own time, not its wait for a thread
            try {
                if (context.control.isCancelled())
                    throw Error(tr("Cancelled before rebuilding %1; run the step again to rebuild it.")
                                    .arg(table.destinationTable));
                Database src(env.source.profile, env.source.password, QStringLiteral("source"));
                Database dst(env.destination.profile, env.destination.password, QStringLiteral("destination"));
                rebuildGrid(context, src, dst, grid, key, table, *work);
                table.outcome = Outcome::Succeeded;
            } catch (const Error& e) {
                table.outcome = Outcome::Failed;
                table.reason = e.message();
                table.addError(e.message());
                logger("core.steps")
                    ->error("rebuilding {} failed: {} | {}", table.destinationTable.toStdString(),
                        e.message().toStdString(), e.details().left(500).toStdString());
            } catch (const std::exception& e) {
                table.outcome = Outcome::Failed;
                table.reason = QString::fromLocal8Bit(e.what());
                table.addError(table.reason);
            }
            table.finished = QDateTime::currentDateTime();
            work.reset();
        });
    }
    for (QFuture<void>& f : running)
        f.waitForFinished();
    int failed = 0;
    for (const TableReport& table : tables) {
        failed += table.outcome == Outcome::Failed;
        report.tables << table;
    }
    if (context.control.isCancelled())
        throw Error(tr("Cancelled while rebuilding the sales grids; run the step again to rebuild them."));
    if (failed > 0)
        throw Error(tr("%n sales grid(s) could not be rebuilt; the table report names the cause. Fix it and run the "
                       "step again.",
            "", failed));
}

} // namespace cutover
