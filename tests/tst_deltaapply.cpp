#include "db/database.h"
#include "delta/captureplan.h"
#include "delta/deltaapplier.h"
#include "delta/deltacapture.h"
#include "delta/deltasync.h"
#include "engine/migrationrunner.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "project/project.h"
#include "steps/catalogstep.h"
#include "steps/customerstep.h"
#include "steps/mapstep.h"
#include "steps/settingsstep.h"
#include "steps/steplist.h"
#include "deltasupport.h"
#include "stepsupport.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace cutover;
using namespace cutover::test;

namespace {

MigrationEnvironment environment(const DatabaseTarget& source, const DatabaseTarget& destination)
{
    MigrationEnvironment env;
    env.source = source;
    env.destination = destination;
    env.dmt = &dmt();
    env.handlers = &registry();
    env.jobs = 2;
    return env;
}

// Settings, then the data steps the CLI runs (steplist), in their order.
RunReport migrate(const ConnectionProfile& source, const ConnectionProfile& destination)
{
    MigrationRunner runner(environment({ source, {} }, { destination, {} }));
    runner.setMode(QStringLiteral("data"));
    for (auto& step : migrationSteps(StepSet::Settings))
        runner.addStep(std::move(step));
    for (auto& step : migrationSteps(StepSet::Data))
        runner.addStep(std::move(step));
    return runner.run();
}

// The Map, Catalog and Customer steps' plans, to know which tables delta carries and which columns they write.
class PlanOnly : public MapStep
{
public:
    QList<TablePlan> tables(StepContext& context) { return plan(context); }
};

QList<TablePlan> carried(const ConnectionProfile& source, const ConnectionProfile& destination)
{
    Database src(source, {}, QStringLiteral("test"));
    Database dst(destination, {}, QStringLiteral("test"));
    const SchemaCatalog sourceCatalog = SchemaCatalog::read(src);
    const SchemaCatalog destinationCatalog = SchemaCatalog::read(dst);
    const MigrationEnvironment env = environment({ source, {} }, { destination, {} });
    RunControl control;
    StepContext context { env, sourceCatalog, destinationCatalog, control };
    QList<TablePlan> plans;
    for (const TablePlan& p :
        PlanOnly().tables(context) + CatalogStep().planTables(context) + CustomerStep().planTables(context)) {
        // Gallery labels per store view are not applied by delta (its status says why).
        if (p.skipReason.isEmpty() && p.job.source.name != QLatin1String("catalog_product_entity_media_gallery_value"))
            plans << p;
    }
    return plans;
}

// A checksum over the ordered rows of the columns the Map step writes.
QString rowsChecksum(Database& db, const TablePlan& plan)
{
    QStringList values;
    for (const QString& c : plan.job.destinationColumns)
        values << QStringLiteral("IFNULL(HEX(%1), 'NULL')").arg(Database::quoteIdentifier(c));
    QStringList order;
    for (const QString& c :
        plan.job.destination.primaryKey.isEmpty() ? plan.job.destinationColumns : plan.job.destination.primaryKey)
        order << Database::quoteIdentifier(c);
    QSqlQuery q = db.query(QStringLiteral("SELECT CONCAT_WS('|', %1) FROM %2 ORDER BY %3")
                               .arg(values.join(u','), db.table(plan.job.destination.name), order.join(u',')));
    QCryptographicHash hash(QCryptographicHash::Md5);
    qint64 rows = 0;
    while (q.next()) {
        hash.addData(q.value(0).toString().toUtf8());
        hash.addData("\n");
        ++rows;
    }
    return QStringLiteral("%1 rows %2").arg(rows).arg(QString::fromLatin1(hash.result().toHex()));
}

// Tables (destination names) whose rows differ between a delta-fed destination and a fresh Map step's.
QStringList differingTables(const QList<TablePlan>& plans, const ConnectionProfile& a, const ConnectionProfile& b)
{
    Database da(a, {}, QStringLiteral("test"));
    Database db(b, {}, QStringLiteral("test"));
    QStringList differ;
    for (const TablePlan& p : plans) {
        const QString left = rowsChecksum(da, p);
        const QString right = rowsChecksum(db, p);
        if (left != right)
            differ << QStringLiteral("%1 (%2 vs %3)").arg(p.job.destination.name, left, right);
    }
    return differ;
}

qint64 count(Database& db, const QString& sql)
{
    return db.scalar(sql).toLongLong();
}

// A checksum over every row of a table (those `where` selects), all columns but `except`, in a stable order.
QString allRowsChecksum(
    Database& db, const QString& table, const QStringList& except = {}, const QString& where = QStringLiteral("1"))
{
    QSqlQuery columns = db.query(QStringLiteral("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA "
                                                "= DATABASE() AND TABLE_NAME = %1 ORDER BY ORDINAL_POSITION")
                                     .arg(Database::quoteString(db.profile().tablePrefix + table)));
    QStringList values;
    while (columns.next()) {
        if (!except.contains(columns.value(0).toString()))
            values << QStringLiteral("IFNULL(HEX(%1), 'NULL')")
                          .arg(Database::quoteIdentifier(columns.value(0).toString()));
    }
    QSqlQuery q = db.query(
        QStringLiteral("SELECT CONCAT_WS('|', %1) AS r FROM %2 WHERE %3 ORDER BY r")
            .arg(values.join(u','), db.table(table), where));
    QCryptographicHash hash(QCryptographicHash::Md5);
    qint64 rows = 0;
    while (q.next()) {
        hash.addData(q.value(0).toString().toUtf8());
        hash.addData("\n");
        ++rows;
    }
    return QStringLiteral("%1 rows %2").arg(rows).arg(QString::fromLatin1(hash.result().toHex()));
}

// What the steps after the copy derive from the rows delta applies (the sales grids, the order number sequences
// with their next value, MSI's stock, the URL rewrites), where it differs between the two destinations.
QStringList differingDerived(const ConnectionProfile& a, const ConnectionProfile& b)
{
    Database da(a, {}, QStringLiteral("test"));
    Database db(b, {}, QStringLiteral("test"));
    struct Compared
    {
        QString table;
        QStringList except;
        QString where = QStringLiteral("1");
    };
    QList<Compared> tables { { QStringLiteral("sales_order_grid"), {} },
        { QStringLiteral("sales_invoice_grid"), {} }, { QStringLiteral("sales_shipment_grid"), {} },
        { QStringLiteral("sales_creditmemo_grid"), {} },
        // Ids of source items are numbered in the order they were written: not part of the stock.
        { QStringLiteral("inventory_source_item"), { QStringLiteral("source_item_id") } },
        { QStringLiteral("inventory_shipment_source"), {} },
        // Magento 1's rewrites keep their ids; CMS pages' get theirs after them, which delta moves on.
        { QStringLiteral("url_rewrite"), {}, QStringLiteral("entity_type <> 'cms-page'") },
        { QStringLiteral("url_rewrite"), { QStringLiteral("url_rewrite_id") }, QStringLiteral("entity_type = 'cms-page'") },
        { QStringLiteral("catalog_url_rewrite_product_category"), {} } };
    QSqlQuery sequences = da.query(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA "
                                                  "= DATABASE() AND TABLE_NAME LIKE 'sequence\\_%' ORDER BY 1"));
    QStringList sequenceTables;
    while (sequences.next()) {
        sequenceTables << sequences.value(0).toString();
        tables.append({ sequences.value(0).toString(), {} });
    }
    QStringList differ;
    if (sequenceTables.size() < 4)
        differ << QStringLiteral("only %1 sequence tables").arg(sequenceTables.size());
    for (const Compared& t : tables) {
        const QString left = allRowsChecksum(da, t.table, t.except, t.where);
        const QString right = allRowsChecksum(db, t.table, t.except, t.where);
        if (left != right
            || (left.startsWith(QLatin1String("0 rows"))
                && (t.table == QLatin1String("sales_order_grid") || t.table == QLatin1String("url_rewrite"))))
            differ << QStringLiteral("%1 where %2 (%3 vs %4)").arg(t.table, t.where, left, right);
    }
    // Magento 2's next number of each sequence.
    for (const QString& table : sequenceTables) {
        const QString next = QStringLiteral("SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                            "DATABASE() AND TABLE_NAME = '%1'")
                                 .arg(table);
        const qint64 left = count(da, next);
        const qint64 right = count(db, next);
        if (left != right)
            differ << QStringLiteral("%1 next value (%2 vs %3)").arg(table).arg(left).arg(right);
    }
    return differ;
}

// Copies the rows of a value table of one entity to another entity (the value ids are new).
void cloneValues(Database& db, const QString& table, qint64 from, qint64 to)
{
    const bool perStore = table.startsWith(QLatin1String("catalog_"));
    const QString columns = perStore ? QStringLiteral("entity_type_id, attribute_id, store_id")
                                     : QStringLiteral("entity_type_id, attribute_id");
    db.exec(QStringLiteral("INSERT INTO %1 (%2, entity_id, value) SELECT %2, %3, value FROM %1 WHERE entity_id = %4")
                .arg(db.table(table), columns)
                .arg(to)
                .arg(from));
}

/**
 * What a busy store does: orders (with an item) placed, changed and deleted, reviews, CMS pages and newsletter
 * subscribers added, edited and removed (the Map step's tables); customers signing up with an address, changing
 * their name and e-mail, deleted; products and categories created, renamed, repriced, switched off, deleted in the
 * admin, with stock moving and store view values removed (the Catalog and Customer steps' tables). Runs on its own
 * thread and connection.
 */
class StoreWriter
{
public:
    StoreWriter(ConnectionProfile profile, int operations, int pauseMs, quint32 seed)
        : m_profile(std::move(profile))
        , m_operations(operations)
        , m_pauseMs(pauseMs)
        , m_random(seed)
    {
    }

    void start()
    {
        m_thread = std::thread([this]() {
            try {
                Database db(m_profile, {}, QStringLiteral("writer"));
                for (int i = 0; i < m_operations && !m_stop; ++i) {
                    step(db, i);
                    ++m_done;
                    if (m_pauseMs > 0)
                        QThread::msleep(m_pauseMs);
                }
            } catch (const Error& e) {
                m_error = e.message() + QLatin1Char(' ') + e.details();
            }
            m_finished = true;
        });
    }
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    ~StoreWriter()
    {
        m_stop = true;
        wait();
    }
    int done() const { return m_done; }
    bool finished() const { return m_finished; }
    QString error() const { return m_error; }

    // One write of the mix, also usable without the thread.
    void step(Database& db, int i)
    {
        const int kind = int(m_random.bounded(23));
        const qint64 n = 1000 + i;
        auto pick = [&](const QString& table, const QString& key) {
            return db
                .scalar(QStringLiteral("SELECT %1 FROM %2 ORDER BY RAND(%3) LIMIT 1")
                            .arg(key, db.table(table))
                            .arg(m_random.bounded(100000)))
                .toLongLong();
        };
        switch (kind) {
        case 0: { // a new order with one item, invoiced, shipped and refunded, numbered as Magento 1 numbers them
            const qint64 from = pick(QStringLiteral("sales_flat_order"), QStringLiteral("entity_id"));
            const qint64 id = count(db,
                QStringLiteral("SELECT MAX(entity_id) + 1 FROM %1").arg(db.table(QStringLiteral("sales_flat_order"))));
            db.beginTransaction();
            const int store = int(count(db,
                QStringLiteral("SELECT store_id FROM %1 WHERE entity_id = %2")
                    .arg(db.table(QStringLiteral("sales_flat_order")))
                    .arg(from)));
            cloneRow(db, QStringLiteral("sales_flat_order"), QStringLiteral("entity_id = %1").arg(from),
                QStringLiteral("entity_id = %1, increment_id = '%2', grand_total = %3, customer_email = "
                               "'neworder%4@example.com'")
                    .arg(id)
                    .arg(reserveNumber(db, "order", store, n))
                    .arg(i)
                    .arg(n));
            for (const char* type : { "invoice", "shipment", "creditmemo" }) {
                const QString table = QStringLiteral("sales_flat_") + QLatin1String(type);
                if (count(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(db.table(table))) == 0)
                    continue;
                cloneRow(db, table, QStringLiteral("1 ORDER BY RAND(%1)").arg(m_random.bounded(100000)),
                    QStringLiteral("entity_id = (SELECT MAX(entity_id) + 1 FROM %1), order_id = %2, store_id = %3, "
                                   "increment_id = '%4', billing_address_id = NULL, shipping_address_id = NULL")
                        .arg(db.table(table))
                        .arg(id)
                        .arg(store)
                        .arg(reserveNumber(db, type, store, n)));
            }
            const qint64 item = count(db,
                QStringLiteral("SELECT MAX(item_id) + 1 FROM %1")
                    .arg(db.table(QStringLiteral("sales_flat_order_item"))));
            if (count(db,
                    QStringLiteral("SELECT COUNT(*) FROM %1 WHERE order_id = %2")
                        .arg(db.table(QStringLiteral("sales_flat_order_item")))
                        .arg(from))
                > 0)
                cloneRow(db, QStringLiteral("sales_flat_order_item"), QStringLiteral("order_id = %1").arg(from),
                    QStringLiteral("item_id = %1, order_id = %2, parent_item_id = NULL").arg(item).arg(id));
            db.commit();
            break;
        }
        case 1:
        case 2: // an order changes state
            db.exec(QStringLiteral("UPDATE %1 SET status = 'processing', grand_total = grand_total + 1, "
                                   "customer_note = 'delta %2' WHERE entity_id = %3")
                        .arg(db.table(QStringLiteral("sales_flat_order")))
                        .arg(i)
                        .arg(pick(QStringLiteral("sales_flat_order"), QStringLiteral("entity_id"))));
            break;
        case 3: // an order is deleted (its items, addresses and payments go with it)
            db.exec(QStringLiteral("DELETE FROM %1 WHERE entity_id = %2")
                        .arg(db.table(QStringLiteral("sales_flat_order")))
                        .arg(pick(QStringLiteral("sales_flat_order"), QStringLiteral("entity_id"))));
            break;
        case 4: { // a review arrives
            const qint64 from = pick(QStringLiteral("review"), QStringLiteral("review_id"));
            if (from == 0)
                break;
            const qint64 id = count(
                db, QStringLiteral("SELECT MAX(review_id) + 1 FROM %1").arg(db.table(QStringLiteral("review"))));
            db.beginTransaction();
            cloneRow(db, QStringLiteral("review"), QStringLiteral("review_id = %1").arg(from),
                QStringLiteral("review_id = %1").arg(id));
            cloneRow(db, QStringLiteral("review_detail"), QStringLiteral("review_id = %1").arg(from),
                QStringLiteral("detail_id = (SELECT MAX(detail_id) + 1 FROM %1), review_id = %2, title = 'Review %3'")
                    .arg(db.table(QStringLiteral("review_detail")))
                    .arg(id)
                    .arg(i));
            db.commit();
            break;
        }
        case 5: // a review is moderated
            db.exec(QStringLiteral("UPDATE %1 SET title = CONCAT('Edited ', %2), detail = CONCAT(detail, ' (edited)') "
                                   "WHERE review_id = %3")
                        .arg(db.table(QStringLiteral("review_detail")))
                        .arg(i)
                        .arg(pick(QStringLiteral("review"), QStringLiteral("review_id"))));
            db.exec(QStringLiteral("UPDATE %1 SET status_id = 1 + (%2 % 3) WHERE review_id = %3")
                        .arg(db.table(QStringLiteral("review")))
                        .arg(i)
                        .arg(pick(QStringLiteral("review"), QStringLiteral("review_id"))));
            break;
        case 6: // a review is removed
            db.exec(QStringLiteral("DELETE FROM %1 WHERE review_id = %2")
                        .arg(db.table(QStringLiteral("review")))
                        .arg(pick(QStringLiteral("review"), QStringLiteral("review_id"))));
            break;
        case 7: { // a CMS page is published in one store
            const qint64 id = count(
                db, QStringLiteral("SELECT MAX(page_id) + 1 FROM %1").arg(db.table(QStringLiteral("cms_page"))));
            db.beginTransaction();
            db.exec(QStringLiteral("INSERT INTO %1 (page_id, title, identifier, content, is_active, creation_time, "
                                   "update_time, root_template) VALUES (%2, 'Delta page %3', 'delta-page-%3', "
                                   "'<p>Écrit pendant la migration</p>', 1, NOW(), NOW(), 'one_column')")
                        .arg(db.table(QStringLiteral("cms_page")))
                        .arg(id)
                        .arg(n));
            db.exec(QStringLiteral("INSERT INTO %1 (page_id, store_id) VALUES (%2, 0)")
                        .arg(db.table(QStringLiteral("cms_page_store")))
                        .arg(id));
            db.commit();
            break;
        }
        case 8: // a CMS page is edited
            db.exec(QStringLiteral("UPDATE %1 SET content = CONCAT(content, '<p>%2</p>'), update_time = NOW() WHERE "
                                   "page_id = %3")
                        .arg(db.table(QStringLiteral("cms_page")))
                        .arg(i)
                        .arg(pick(QStringLiteral("cms_page"), QStringLiteral("page_id"))));
            break;
        case 9: // a CMS page is deleted
            db.exec(QStringLiteral("DELETE FROM %1 WHERE page_id = %2 AND identifier LIKE 'delta-page-%'")
                        .arg(db.table(QStringLiteral("cms_page")))
                        .arg(pick(QStringLiteral("cms_page"), QStringLiteral("page_id"))));
            break;
        case 12: { // a customer signs up and gives an address
            // A customer with an address (the generated store has orphan addresses too).
            const qint64 from = count(db,
                QStringLiteral("SELECT a.parent_id FROM %1 a JOIN %2 c ON c.entity_id = a.parent_id ORDER BY RAND(%3) "
                               "LIMIT 1")
                    .arg(db.table(QStringLiteral("customer_address_entity")),
                        db.table(QStringLiteral("customer_entity")))
                    .arg(m_random.bounded(100000)));
            const qint64 fromAddress = count(db,
                QStringLiteral("SELECT MIN(entity_id) FROM %1 WHERE parent_id = %2")
                    .arg(db.table(QStringLiteral("customer_address_entity")))
                    .arg(from));
            db.beginTransaction();
            const qint64 id = count(db,
                QStringLiteral("SELECT MAX(entity_id) + 1 FROM %1").arg(db.table(QStringLiteral("customer_entity"))));
            cloneRow(db, QStringLiteral("customer_entity"), QStringLiteral("entity_id = %1").arg(from),
                QStringLiteral("entity_id = %1, email = 'signup%2@example.com', created_at = NOW(), updated_at = NOW()")
                    .arg(id)
                    .arg(n));
            for (const char* type : { "datetime", "decimal", "int", "text", "varchar" })
                cloneValues(db, QStringLiteral("customer_entity_") + QLatin1String(type), from, id);
            const qint64 address = count(db,
                QStringLiteral("SELECT MAX(entity_id) + 1 FROM %1")
                    .arg(db.table(QStringLiteral("customer_address_entity"))));
            cloneRow(db, QStringLiteral("customer_address_entity"), QStringLiteral("entity_id = %1").arg(fromAddress),
                QStringLiteral("entity_id = %1, parent_id = %2").arg(address).arg(id));
            for (const char* type : { "datetime", "decimal", "int", "text", "varchar" })
                cloneValues(db, QStringLiteral("customer_address_entity_") + QLatin1String(type), fromAddress, address);
            db.exec(QStringLiteral("UPDATE %1 SET value = %2 WHERE entity_id = %3 AND attribute_id IN (%4, %5)")
                        .arg(db.table(QStringLiteral("customer_entity_int")))
                        .arg(address)
                        .arg(id)
                        .arg(attribute(db, "customer", "default_billing"))
                        .arg(attribute(db, "customer", "default_shipping")));
            db.exec(QStringLiteral("UPDATE %1 SET value = 'Signup %2' WHERE entity_id = %3 AND attribute_id = %4")
                        .arg(db.table(QStringLiteral("customer_address_entity_text")))
                        .arg(n)
                        .arg(address)
                        .arg(attribute(db, "customer_address", "street")));
            db.commit();
            break;
        }
        case 13: { // a customer changes name and e-mail (the admin saves the entity with its values)
            const qint64 customer = pick(QStringLiteral("customer_entity"), QStringLiteral("entity_id"));
            db.beginTransaction();
            db.exec(
                QStringLiteral("UPDATE %1 SET value = 'Renamed %2' WHERE entity_id = %3 AND attribute_id IN (%4, %5)")
                    .arg(db.table(QStringLiteral("customer_entity_varchar")))
                    .arg(i)
                    .arg(customer)
                    .arg(attribute(db, "customer", "firstname"))
                    .arg(attribute(db, "customer", "lastname")));
            db.exec(QStringLiteral("UPDATE %1 SET email = 'changed%2@example.com', updated_at = NOW() WHERE entity_id "
                                   "= %3")
                        .arg(db.table(QStringLiteral("customer_entity")))
                        .arg(n)
                        .arg(customer));
            db.commit();
            break;
        }
        case 14: // a customer who signed up during delta closes the account (addresses and values go by cascade)
            db.exec(QStringLiteral(
                "DELETE FROM %1 WHERE email LIKE 'signup%' AND entity_id < (SELECT MAX(entity_id) "
                "FROM (SELECT entity_id FROM %1 WHERE email LIKE 'signup%') newest) ORDER BY RAND(%2) LIMIT 1")
                        .arg(db.table(QStringLiteral("customer_entity")))
                        .arg(m_random.bounded(100000)));
            break;
        case 15: // a product is repriced in the admin
            db.exec(QStringLiteral("UPDATE %1 SET value = value + 1.25 WHERE attribute_id = %2 AND store_id = 0 AND "
                                   "entity_id = %3")
                        .arg(db.table(QStringLiteral("catalog_product_entity_decimal")))
                        .arg(attribute(db, "catalog_product", "price"))
                        .arg(pickSimpleProduct(db)));
            break;
        case 16: { // a product is renamed and switched off or on
            const qint64 product = pickSimpleProduct(db);
            db.beginTransaction();
            db.exec(QStringLiteral("UPDATE %1 SET value = CONCAT('Product ', %2) WHERE attribute_id = %3 AND "
                                   "store_id = 0 AND entity_id = %4")
                        .arg(db.table(QStringLiteral("catalog_product_entity_varchar")))
                        .arg(i)
                        .arg(attribute(db, "catalog_product", "name"))
                        .arg(product));
            db.exec(QStringLiteral("UPDATE %1 SET value = 3 - value WHERE attribute_id = %2 AND entity_id = %3")
                        .arg(db.table(QStringLiteral("catalog_product_entity_int")))
                        .arg(attribute(db, "catalog_product", "status"))
                        .arg(product));
            db.exec(QStringLiteral("UPDATE %1 SET updated_at = NOW() WHERE entity_id = %2")
                        .arg(db.table(QStringLiteral("catalog_product_entity")))
                        .arg(product));
            db.commit();
            break;
        }
        case 17: // stock moves
            db.exec(
                QStringLiteral("UPDATE %1 SET qty = qty + %2, is_in_stock = IF(qty > 0, 1, 0) WHERE product_id = %3")
                    .arg(db.table(QStringLiteral("cataloginventory_stock_item")))
                    .arg(i % 2 == 0 ? -1 : 5)
                    .arg(pickSimpleProduct(db)));
            break;
        case 18: { // a product is created in the admin (a copy of another, with its values, website and stock)
            const qint64 from = pickSimpleProduct(db);
            db.beginTransaction();
            const qint64 id = count(db,
                QStringLiteral("SELECT MAX(entity_id) + 1 FROM %1")
                    .arg(db.table(QStringLiteral("catalog_product_entity"))));
            cloneRow(db, QStringLiteral("catalog_product_entity"), QStringLiteral("entity_id = %1").arg(from),
                QStringLiteral("entity_id = %1, sku = 'delta-%2', created_at = NOW(), updated_at = NOW()")
                    .arg(id)
                    .arg(n));
            for (const char* type : { "datetime", "decimal", "int", "text", "varchar" })
                cloneValues(db, QStringLiteral("catalog_product_entity_") + QLatin1String(type), from, id);
            db.exec(QStringLiteral("INSERT INTO %1 (product_id, website_id) SELECT %2, website_id FROM %1 WHERE "
                                   "product_id = %3")
                        .arg(db.table(QStringLiteral("catalog_product_website")))
                        .arg(id)
                        .arg(from));
            if (count(db,
                    QStringLiteral("SELECT COUNT(*) FROM %1 WHERE product_id = %2")
                        .arg(db.table(QStringLiteral("cataloginventory_stock_item")))
                        .arg(from))
                > 0)
                cloneRow(db, QStringLiteral("cataloginventory_stock_item"), QStringLiteral("product_id = %1").arg(from),
                    QStringLiteral("item_id = (SELECT MAX(item_id) + 1 FROM %1), product_id = %2")
                        .arg(db.table(QStringLiteral("cataloginventory_stock_item")))
                        .arg(id));
            db.commit();
            break;
        }
        case 19: // a product created during delta is deleted again (its values, stock and links go by cascade)
            db.exec(
                QStringLiteral("DELETE FROM %1 WHERE sku LIKE 'delta-%' AND entity_id < (SELECT MAX(entity_id) FROM "
                               "(SELECT entity_id FROM %1 WHERE sku LIKE 'delta-%') newest) ORDER BY RAND(%2) LIMIT 1")
                    .arg(db.table(QStringLiteral("catalog_product_entity")))
                    .arg(m_random.bounded(100000)));
            break;
        case 20: { // a category is renamed
            const qint64 category = count(db,
                QStringLiteral("SELECT entity_id FROM %1 WHERE level > 1 ORDER BY RAND(%2) LIMIT 1")
                    .arg(db.table(QStringLiteral("catalog_category_entity")))
                    .arg(m_random.bounded(100000)));
            db.beginTransaction();
            db.exec(QStringLiteral("UPDATE %1 SET value = CONCAT('Category ', %2) WHERE attribute_id = %3 AND "
                                   "store_id = 0 AND entity_id = %4")
                        .arg(db.table(QStringLiteral("catalog_category_entity_varchar")))
                        .arg(i)
                        .arg(attribute(db, "catalog_category", "name"))
                        .arg(category));
            db.exec(QStringLiteral("UPDATE %1 SET updated_at = NOW() WHERE entity_id = %2")
                        .arg(db.table(QStringLiteral("catalog_category_entity")))
                        .arg(category));
            db.commit();
            break;
        }
        case 21: { // a category is added beside another
            const qint64 from = count(db,
                QStringLiteral("SELECT entity_id FROM %1 WHERE level > 1 ORDER BY RAND(%2) LIMIT 1")
                    .arg(db.table(QStringLiteral("catalog_category_entity")))
                    .arg(m_random.bounded(100000)));
            db.beginTransaction();
            const qint64 id = count(db,
                QStringLiteral("SELECT MAX(entity_id) + 1 FROM %1")
                    .arg(db.table(QStringLiteral("catalog_category_entity"))));
            cloneRow(db, QStringLiteral("catalog_category_entity"), QStringLiteral("entity_id = %1").arg(from),
                QStringLiteral("entity_id = %1, path = CONCAT(SUBSTRING_INDEX(path, '/', level), '/', %1), "
                               "children_count = 0, created_at = NOW(), updated_at = NOW()")
                    .arg(id));
            for (const char* type : { "datetime", "decimal", "int", "text", "varchar" })
                cloneValues(db, QStringLiteral("catalog_category_entity_") + QLatin1String(type), from, id);
            db.commit();
            break;
        }
        case 22: // a store view's own value of a product or category is removed (the default applies again)
            db.exec(QStringLiteral("DELETE FROM %1 WHERE store_id > 0 ORDER BY RAND(%2) LIMIT 1")
                        .arg(db.table(i % 2 == 0 ? QStringLiteral("catalog_product_entity_varchar")
                                                 : QStringLiteral("catalog_category_entity_varchar")))
                        .arg(m_random.bounded(100000)));
            break;
        case 10: // someone subscribes, or changes their subscription
            if (i % 2 == 0)
                db.exec(QStringLiteral("INSERT INTO %1 (store_id, customer_id, subscriber_email, subscriber_status, "
                                       "subscriber_confirm_code) VALUES (1, 0, 'delta%2@example.com', 1, 'c%2')")
                            .arg(db.table(QStringLiteral("newsletter_subscriber")))
                            .arg(n));
            else
                db.exec(
                    QStringLiteral("UPDATE %1 SET subscriber_status = 3 - subscriber_status WHERE subscriber_id = %2")
                        .arg(db.table(QStringLiteral("newsletter_subscriber")))
                        .arg(pick(QStringLiteral("newsletter_subscriber"), QStringLiteral("subscriber_id"))));
            break;
        case 11: // someone unsubscribes for good
            db.exec(QStringLiteral("DELETE FROM %1 WHERE subscriber_id = %2")
                        .arg(db.table(QStringLiteral("newsletter_subscriber")))
                        .arg(pick(QStringLiteral("newsletter_subscriber"), QStringLiteral("subscriber_id"))));
            break;
        }
    }

private:
    // The next number of a store's documents of a type, reserved in eav_entity_store as Magento 1 does.
    QString reserveNumber(Database& db, const char* type, int store, qint64 n)
    {
        const QString entityStore = db.table(QStringLiteral("eav_entity_store"));
        const QString where = QStringLiteral("entity_type_id = (SELECT entity_type_id FROM %1 WHERE entity_type_code "
                                             "= '%2') AND store_id = %3")
                                  .arg(db.table(QStringLiteral("eav_entity_type")), QLatin1String(type))
                                  .arg(store);
        db.exec(QStringLiteral("UPDATE %1 SET increment_last_id = CAST(increment_last_id AS UNSIGNED) + 1 WHERE %2")
                    .arg(entityStore, where));
        const QString number
            = db.scalar(QStringLiteral("SELECT increment_last_id FROM %1 WHERE %2").arg(entityStore, where)).toString();
        return number.isEmpty() ? QStringLiteral("D%1").arg(n) : number;
    }

    // Magento 1's attribute id of an attribute code (looked up once per writer).
    int attribute(Database& db, const char* entityType, const char* code)
    {
        const QString id = QLatin1String(entityType) + QLatin1Char('/') + QLatin1String(code);
        if (!m_attributes.contains(id))
            m_attributes.insert(id,
                db.scalar(
                      QStringLiteral("SELECT a.attribute_id FROM %1 a JOIN %2 t ON t.entity_type_id = "
                                     "a.entity_type_id WHERE t.entity_type_code = '%3' AND a.attribute_code = '%4'")
                          .arg(db.table(QStringLiteral("eav_attribute")), db.table(QStringLiteral("eav_entity_type")),
                              QLatin1String(entityType), QLatin1String(code)))
                    .toInt());
        return m_attributes.value(id);
    }

    // A simple product, a configurable product's child or not (delta computes a child's price again as the
    // Configurable Prices step does).
    qint64 pickSimpleProduct(Database& db)
    {
        return count(db,
            QStringLiteral("SELECT entity_id FROM %1 WHERE type_id = 'simple' ORDER BY RAND(%2) LIMIT 1")
                .arg(db.table(QStringLiteral("catalog_product_entity")))
                .arg(m_random.bounded(100000)));
    }

    QHash<QString, int> m_attributes;
    ConnectionProfile m_profile;
    int m_operations;
    int m_pauseMs;
    QRandomGenerator m_random;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<bool> m_finished { false };
    std::atomic<int> m_done { 0 };
    QString m_error;
};

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), QString());
    env.insert(QStringLiteral("CUTOVER_DEST_PASSWORD"), QString());
    // The same mapping as the in-process runs and the fresh migration compared with (dmt()): the command's own
    // default, Cutover's built-in mapping, keeps some columns the tool's mapping drops.
    env.insert(QStringLiteral("CUTOVER_DMT_CONFIG"), dmtConfigPath());
    return env;
}

qint64 destinationMark(const ConnectionProfile& destination)
{
    Database db(destination, {}, QStringLiteral("test"));
    return db
        .scalar(
            QStringLiteral("SELECT COALESCE(MAX(applied_seq), 0) FROM %1").arg(db.table(DeltaApplier::stateTable())))
        .toLongLong();
}

DeltaApplier::Options fastOptions()
{
    DeltaApplier::Options options;
    options.batchSize = 200;
    options.idleMs = 100;
    options.retryIntervalMs = 300;
    options.reconnectDelayMs = 200;
    options.backoffMs = 100;
    options.gapGraceSeconds = 5;
    options.maxThreadsRunning = 0;
    return options;
}

Outcome runOnce(const MigrationEnvironment& env, DeltaApplier::Options options, DeltaFigures* figures = nullptr)
{
    options.once = true;
    options.giveUpAfterSeconds = 20;
    DeltaApplier applier(env, options);
    RunControl control;
    const Outcome outcome = applier.run(control);
    if (figures)
        *figures = applier.figures();
    return outcome;
}

} // namespace

// The delta apply loop against a real server: a generated store migrated by the Map step, a concurrent writer on
// Magento 1 while the loop runs, stops, restarts and is killed, and the faults (a row that fails, a destination
// that goes away, a busy source, a change log dropped by hand).
class TestDeltaApply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto& server = TestServer::instance();
        QElapsedTimer timer;
        timer.start();
        m_m1 = server.magento1(QStringLiteral("dapply_m1"));
        GeneratorOptions options;
        options.products = 20;
        options.customers = 15;
        options.orders = 60;
        options.seed = 5;
        StoreGenerator::run(m_m1, {}, options);
        {
            Database db(m_m1, {}, QStringLiteral("test"));
            DeltaCapture::install(db, CapturePlanner::plan(db, dmt()));
            QVERIFY(DeltaCapture::isInstalled(db));
        }
        m_m2 = server.magento2(QStringLiteral("dapply_m2"));
        {
            Database db(m_m2, {}, QStringLiteral("msi"));
            installMsi(db);
        }
        const RunReport report = migrate(m_m1, m_m2);
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
        qInfo("set-up: %.1f s", timer.elapsed() / 1000.0);
    }

    void concurrentWriterStopRestartKill()
    {
        const MigrationEnvironment env = environment({ m_m1, {} }, { m_m2, {} });
        StoreWriter writer(m_m1, 460, 15, 17);
        writer.start();

        // Started and stopped twice while the store is being written to.
        for (int round = 0; round < 2; ++round) {
            DeltaSync sync;
            QSignalSpy finished(&sync, &DeltaSync::finished);
            sync.start(env, fastOptions());
            QTRY_VERIFY_WITH_TIMEOUT(sync.figures().applied > 5 || writer.finished(), 60'000);
            QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
            QVERIFY2(sync.figures().applied > 5, qPrintable(describe(sync.figures())));
            QVERIFY(sync.figures().running);
            sync.stop();
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
            QCOMPARE(finished.first().value(0).toInt(), int(Outcome::Cancelled));
            QCOMPARE(sync.figures().state, DeltaFigures::State::Stopped);
            QVERIFY2(sync.figures().lastErrors.isEmpty(), qPrintable(describe(sync.figures())));
        }

        // Killed mid-run (SIGKILL, no chance to clean up), as a crash or a power cut would.
        const qint64 before = destinationMark(m_m2);
        QProcess cli;
        cli.setProcessEnvironment(cliEnvironment());
        cli.setStandardInputFile(QProcess::nullDevice());
        cli.start(QStringLiteral(CUTOVER_CLI_PATH),
            { QStringLiteral("delta"), QStringLiteral("run"), QStringLiteral("--source"), m_m1.toUrl(),
                QStringLiteral("--dest"), m_m2.toUrl(), QStringLiteral("--batch-size"), QStringLiteral("20") });
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(destinationMark(m_m2) > before + 20 || cli.state() == QProcess::NotRunning, 60'000);
        QString killedErr = QString::fromLocal8Bit(cli.readAllStandardError());
        QVERIFY2(cli.state() == QProcess::Running, qPrintable(killedErr));
        cli.kill();
        QVERIFY(cli.waitForFinished(10'000));
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        // Without a terminal it said what it does and printed plain status lines.
        killedErr += QString::fromLocal8Bit(cli.readAllStandardError());
        QVERIFY2(killedErr.contains(QLatin1String("Applying the changes recorded on"))
                && killedErr.contains(QLatin1String("| applied ")) && killedErr.contains(QLatin1String("| lag ")),
            qPrintable(killedErr));

        writer.wait();
        QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
        QCOMPARE(writer.done(), 460);

        // Rerun until caught up, through the command line as a script would.
        QProcess again;
        again.setProcessEnvironment(cliEnvironment());
        again.setStandardInputFile(QProcess::nullDevice());
        again.start(QStringLiteral(CUTOVER_CLI_PATH),
            { QStringLiteral("delta"), QStringLiteral("run"), QStringLiteral("--source"), m_m1.toUrl(),
                QStringLiteral("--dest"), m_m2.toUrl(), QStringLiteral("--once"), QStringLiteral("--json") });
        QVERIFY(again.waitForFinished(180'000));
        const QByteArray output = again.readAllStandardOutput();
        QVERIFY2(again.exitCode() == 0, qPrintable(QString::fromLocal8Bit(output + again.readAllStandardError())));
        const QJsonObject figures = QJsonDocument::fromJson(output).object();
        QCOMPARE(figures.value(QStringLiteral("outcome")).toString(), outcomeName(Outcome::Succeeded));
        QCOMPARE(figures.value(QStringLiteral("backlog")).toInt(), 0);
        QCOMPARE(figures.value(QStringLiteral("pendingRetries")).toInt(), 0);

        // Everything applied was purged from the source's change log; the source's mark follows the destination's.
        Database src(m_m1, {}, QStringLiteral("test"));
        const qint64 mark = destinationMark(m_m2);
        QVERIFY(mark > 0);
        QCOMPARE(count(src, QStringLiteral("SELECT COUNT(*) FROM cutover_cl WHERE seq <= %1").arg(mark)), 0);
        QCOMPARE(DeltaCapture::status(src).appliedSeq, mark);
        QCOMPARE(DeltaCapture::status(src).backlog, 0);

        // The destination equals what a fresh migration of the final source writes, table by table.
        const ConnectionProfile fresh = TestServer::instance().magento2(QStringLiteral("dapply_fresh"));
        {
            Database db(fresh, {}, QStringLiteral("msi"));
            installMsi(db);
        }
        const RunReport report = migrate(m_m1, fresh);
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
        const QList<TablePlan> plans = carried(m_m1, m_m2);
        QVERIFY(plans.size() > 20);
        const QStringList differ = differingTables(plans, m_m2, fresh);
        QVERIFY2(differ.isEmpty(), qPrintable(differ.join(QLatin1Char('\n'))));
        // And so are what the steps after the copy derive from them, which delta refreshes with each batch.
        const QStringList derived = differingDerived(m_m2, fresh);
        QVERIFY2(derived.isEmpty(), qPrintable(derived.join(QLatin1Char('\n'))));
        // And the writer's work is really there (not two empty sides).
        Database dst(m_m2, {}, QStringLiteral("test"));
        QVERIFY(count(dst,
                    QStringLiteral("SELECT COUNT(*) FROM sales_order_grid g JOIN sales_invoice_grid i ON i.order_id = "
                                   "g.entity_id WHERE g.customer_email LIKE 'neworder%'"))
            > 0);
        QVERIFY(count(dst, QStringLiteral("SELECT COUNT(*) FROM cms_page WHERE identifier LIKE 'delta-page-%'")) > 0);
        QVERIFY(count(dst,
                    QStringLiteral("SELECT COUNT(*) FROM newsletter_subscriber WHERE subscriber_email LIKE "
                                   "'delta%'"))
            > 0);
        QVERIFY(
            count(dst,
                QStringLiteral("SELECT COUNT(*) FROM customer_entity c JOIN customer_address_entity a ON "
                               "a.parent_id = c.entity_id WHERE c.email LIKE 'signup%' AND a.street LIKE 'Signup %'"))
            > 0);
        QVERIFY(
            count(dst, QStringLiteral("SELECT COUNT(*) FROM customer_entity WHERE firstname LIKE 'Renamed %'")) > 0);
        QVERIFY(count(dst, QStringLiteral("SELECT COUNT(*) FROM catalog_product_entity WHERE sku LIKE 'delta-%'")) > 0);
        QVERIFY(
            count(dst,
                QStringLiteral("SELECT COUNT(*) FROM catalog_category_entity_varchar WHERE value LIKE 'Category %'"))
            > 0);
        // Customer and catalog changes were applied, not listed as uncarried.
        const QJsonObject notCarried = figures.value(QStringLiteral("notCarriedTables")).toObject();
        for (const char* table : { "customer_entity", "customer_entity_varchar", "customer_address_entity",
                 "catalog_product_entity", "catalog_product_entity_decimal", "catalog_category_entity_varchar" })
            QVERIFY2(!notCarried.contains(QLatin1String(table)), table);
    }

    void failedRowIsRetried()
    {
        const MigrationEnvironment env = environment({ m_m1, {} }, { m_m2, {} });
        QCOMPARE(runOnce(env, fastOptions()), Outcome::Succeeded);
        Database src(m_m1, {}, QStringLiteral("test"));
        Database dst(m_m2, {}, QStringLiteral("test"));
        // A destination trigger that refuses one page stands for any row the destination rejects.
        dst.exec(QStringLiteral("CREATE TRIGGER test_refuse_poison BEFORE INSERT ON cms_page FOR EACH ROW BEGIN IF "
                                "NEW.title LIKE 'Poison%' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by "
                                "test'; END IF; END"));
        const qint64 page = count(src, QStringLiteral("SELECT MAX(page_id) + 1 FROM cms_page"));
        src.exec(QStringLiteral("INSERT INTO cms_page (page_id, title, identifier, content, is_active, creation_time, "
                                "update_time, root_template) VALUES (%1, 'Poison page', 'poison', 'x', 1, NOW(), "
                                "NOW(), 'one_column')")
                     .arg(page));
        src.exec(
            QStringLiteral("UPDATE newsletter_subscriber SET subscriber_status = 4 ORDER BY subscriber_id LIMIT 1"));
        const qint64 subscriber = count(
            src, QStringLiteral("SELECT subscriber_id FROM newsletter_subscriber ORDER BY subscriber_id LIMIT 1"));

        DeltaFigures figures;
        QCOMPARE(runOnce(env, fastOptions(), &figures), Outcome::Failed);
        QVERIFY2(figures.failed >= 1, qPrintable(describe(figures)));
        QCOMPARE(figures.pendingRetries, 1);
        const QString errors = figures.lastErrors.join(QLatin1Char('\n'));
        QVERIFY2(errors.contains(QLatin1String("cms_page")) && errors.contains(QStringLiteral("page_id=%1").arg(page))
                && errors.contains(QLatin1String("refused by test")),
            qPrintable(errors));
        QVERIFY2(figures.fatalError.contains(QLatin1String("could not be applied")), qPrintable(figures.fatalError));
        // The rest of the batch went on.
        QCOMPARE(count(dst,
                     QStringLiteral("SELECT subscriber_status FROM newsletter_subscriber WHERE subscriber_id = %1")
                         .arg(subscriber)),
            4);
        QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM cms_page WHERE page_id = %1").arg(page)), 0);
        // The change is kept in the destination, not lost, though the mark moved past it.
        QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM cutover_delta_retry WHERE tbl = 'cms_page'")), 1);
        QCOMPARE(DeltaCapture::status(src).backlog, 0);

        // Once the cause is gone, the next run applies it.
        dst.exec(QStringLiteral("DROP TRIGGER test_refuse_poison"));
        QCOMPARE(runOnce(env, fastOptions(), &figures), Outcome::Succeeded);
        QCOMPARE(figures.retried, 1);
        QCOMPARE(figures.pendingRetries, 0);
        QCOMPARE(
            count(dst,
                QStringLiteral("SELECT COUNT(*) FROM cms_page WHERE page_id = %1 AND title = 'Poison page'").arg(page)),
            1);
        QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM cutover_delta_retry")), 0);
    }

    void destinationUnreachableThenResumes()
    {
        auto& server = TestServer::instance();
        const QString password = QStringLiteral("Dst-pw-77");
        server.sql(QStringLiteral("CREATE USER IF NOT EXISTS 'deltadst'@'%' IDENTIFIED BY '%1'; GRANT ALL ON "
                                  "dapply_m2.* TO 'deltadst'@'%';")
                       .arg(password));
        const ConnectionProfile dstProfile
            = server.server().tcpProfile(QStringLiteral("deltadst"), QStringLiteral("dapply_m2"));
        const MigrationEnvironment env = environment({ m_m1, {} }, { dstProfile, password });
        DeltaSync sync;
        QSignalSpy finished(&sync, &DeltaSync::finished);
        sync.start(env, fastOptions());
        QTRY_COMPARE_WITH_TIMEOUT(sync.figures().state, DeltaFigures::State::Idle, 60'000);

        // The destination goes away: its connections are cut and new logins fail.
        server.sql(QStringLiteral("ALTER USER 'deltadst'@'%' ACCOUNT LOCK;"));
        {
            Database root(m_m2, {}, QStringLiteral("test"));
            QSqlQuery q
                = root.query(QStringLiteral("SELECT ID FROM information_schema.PROCESSLIST WHERE USER = 'deltadst'"));
            QStringList ids;
            while (q.next())
                ids << q.value(0).toString();
            for (const QString& id : ids)
                root.exec(QStringLiteral("KILL CONNECTION %1").arg(id));
        }
        Database src(m_m1, {}, QStringLiteral("test"));
        src.exec(QStringLiteral("UPDATE cms_page SET title = 'While away' ORDER BY page_id LIMIT 1"));
        const qint64 page = count(src, QStringLiteral("SELECT page_id FROM cms_page ORDER BY page_id LIMIT 1"));
        QTRY_COMPARE_WITH_TIMEOUT(sync.figures().state, DeltaFigures::State::Reconnecting, 30'000);
        // While it is away: a clear error naming the destination, retried, and the loop stays alive.
        QTRY_VERIFY_WITH_TIMEOUT(
            sync.figures()
                .lastErrors.join(QLatin1Char('\n'))
                .contains(QLatin1String("Could not connect to the destination database deltadst@")),
            30'000);
        const QString errors = sync.figures().lastErrors.join(QLatin1Char('\n'));
        QVERIFY2(
            errors.contains(QLatin1String("Retrying")) && errors.contains(QLatin1String("locked")), qPrintable(errors));
        QCOMPARE(sync.figures().state, DeltaFigures::State::Reconnecting);
        QVERIFY(sync.figures().running);
        QVERIFY(finished.isEmpty());

        // Back again: it resumes on its own and applies what happened meanwhile.
        server.sql(QStringLiteral("ALTER USER 'deltadst'@'%' ACCOUNT UNLOCK;"));
        Database dst(m_m2, {}, QStringLiteral("test"));
        QTRY_COMPARE_WITH_TIMEOUT(
            dst.scalar(QStringLiteral("SELECT title FROM cms_page WHERE page_id = %1").arg(page)).toString(),
            QStringLiteral("While away"), 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(sync.figures().backlog, 0, 30'000);
        sync.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QCOMPARE(finished.first().value(0).toInt(), int(Outcome::Cancelled));
    }

    void backsOffWhenTheSourceIsBusy()
    {
        const MigrationEnvironment env = environment({ m_m1, {} }, { m_m2, {} });
        DeltaApplier::Options options = fastOptions();
        options.maxThreadsRunning = 3;
        Database src(m_m1, {}, QStringLiteral("test"));
        const qint64 page = count(src, QStringLiteral("SELECT page_id FROM cms_page ORDER BY page_id LIMIT 1"));

        // Four long queries keep the server's Threads_running above 3.
        std::vector<std::thread> busy;
        for (int i = 0; i < 4; ++i)
            busy.emplace_back([this]() {
                Database db(m_m1, {}, QStringLiteral("busy"));
                db.exec(QStringLiteral("DO SLEEP(10)"));
            });
        QThread::msleep(300);
        src.exec(QStringLiteral("UPDATE cms_page SET title = 'Busy hour' WHERE page_id = %1").arg(page));
        DeltaSync sync;
        sync.start(env, options);
        QTRY_COMPARE_WITH_TIMEOUT(sync.figures().state, DeltaFigures::State::BackingOff, 10'000);
        QThread::msleep(500);
        const DeltaFigures waiting = sync.figures();
        QVERIFY2(waiting.backoffs > 1 && waiting.threadsRunning > 3, qPrintable(describe(waiting)));
        QCOMPARE(waiting.applied, 0);
        QVERIFY(waiting.backlog >= 1);
        Database dst(m_m2, {}, QStringLiteral("test"));
        QVERIFY(dst.scalar(QStringLiteral("SELECT title FROM cms_page WHERE page_id = %1").arg(page)).toString()
            != QLatin1String("Busy hour"));
        for (std::thread& t : busy)
            t.join();
        // The store is quiet again: the change goes through.
        QTRY_COMPARE_WITH_TIMEOUT(
            dst.scalar(QStringLiteral("SELECT title FROM cms_page WHERE page_id = %1").arg(page)).toString(),
            QStringLiteral("Busy hour"), 30'000);

        // Busy again: the user lifts the limit while the loop runs, and the change goes through while the store is
        // still busy, without a restart.
        QElapsedTimer busyFor;
        busyFor.start();
        for (int i = 0; i < 4; ++i)
            busy[i] = std::thread([this]() {
                Database db(m_m1, {}, QStringLiteral("busy"));
                db.exec(QStringLiteral("DO SLEEP(10)"));
            });
        QThread::msleep(300);
        src.exec(QStringLiteral("UPDATE cms_page SET title = 'Still busy' WHERE page_id = %1").arg(page));
        QTRY_COMPARE_WITH_TIMEOUT(sync.figures().state, DeltaFigures::State::BackingOff, 10'000);
        sync.setMaxThreadsRunning(0);
        QCOMPARE(sync.figures().threadsRunningLimit, 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            dst.scalar(QStringLiteral("SELECT title FROM cms_page WHERE page_id = %1").arg(page)).toString(),
            QStringLiteral("Still busy"), 8'000);
        QVERIFY2(busyFor.elapsed() < 9'500, "the change waited for the store to be quiet");
        for (std::thread& t : busy)
            t.join();
        sync.stopAndWait();
    }

    void droppedChangeLogStopsWithAClearError()
    {
        const MigrationEnvironment env = environment({ m_m1, {} }, { m_m2, {} });
        DeltaSync sync;
        QSignalSpy finished(&sync, &DeltaSync::finished);
        sync.start(env, fastOptions());
        QTRY_COMPARE_WITH_TIMEOUT(sync.figures().state, DeltaFigures::State::Idle, 60'000);
        Database src(m_m1, {}, QStringLiteral("test"));
        src.exec(QStringLiteral("DROP TABLE cutover_cl"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QCOMPARE(finished.first().value(0).toInt(), int(Outcome::Failed));
        const QString message = finished.first().value(1).toString();
        QVERIFY2(message.contains(QLatin1String("cutover_cl")) && message.contains(QLatin1String("delta install"))
                && message.contains(QLatin1String("reinstalled")),
            qPrintable(message));
        QCOMPARE(sync.figures().state, DeltaFigures::State::Failed);

        // A run started now refuses at once with the same news, never "caught up".
        DeltaFigures figures;
        QCOMPARE(runOnce(env, fastOptions(), &figures), Outcome::Failed);
        QVERIFY2(figures.fatalError.contains(QLatin1String("cutover_cl")), qPrintable(figures.fatalError));
        QCOMPARE(figures.applied, 0);

        // Reinstalled, it works again, and the numbering goes on after the mark.
        DeltaCapture::install(src, CapturePlanner::plan(src, dmt()));
        src.exec(QStringLiteral("UPDATE cms_page SET title = 'After reinstall' ORDER BY page_id LIMIT 1"));
        QCOMPARE(runOnce(env, fastOptions(), &figures), Outcome::Succeeded);
        QCOMPARE(figures.applied, 1);
        Database dst(m_m2, {}, QStringLiteral("test"));
        QCOMPARE(dst.scalar(QStringLiteral("SELECT title FROM cms_page ORDER BY page_id LIMIT 1")).toString(),
            QStringLiteral("After reinstall"));
    }

    // Bytes that are not UTF-8, bound for a text column (a Magento 1 column left binary by a half-done latin1
    // repair): delta repairs them by the copy's rule, as the data migration does, and counts the row as transformed.
    void invalidUtf8IsRepairedAsTheCopyDoes()
    {
        const MigrationEnvironment env = environment({ m_m1, {} }, { m_m2, {} });
        Database src(m_m1, {}, QStringLiteral("test"));
        const qint64 block = src.scalar(QStringLiteral("SELECT MIN(block_id) FROM cms_block")).toLongLong();
        QVERIFY(block > 0);
        src.exec(QStringLiteral("ALTER TABLE cms_block MODIFY content MEDIUMBLOB"));
        src.exec(QStringLiteral("UPDATE cms_block SET content = UNHEX('3C703E41E2823C2F703E') WHERE block_id = %1")
                     .arg(block));
        DeltaFigures figures;
        QCOMPARE(runOnce(env, fastOptions(), &figures), Outcome::Succeeded);
        QVERIFY2(figures.transformed >= 1 && figures.failed == 0, qPrintable(describe(figures)));
        Database dst(m_m2, {}, QStringLiteral("test"));
        QCOMPARE(dst.scalar(QStringLiteral("SELECT HEX(content) FROM cms_block WHERE block_id = %1").arg(block))
                     .toString(),
            QStringLiteral("3C703E41C3A2E2809A3C2F703E"));
    }

    // A destination column narrower than the source's: the value is written cut to fit, as the data migration
    // writes it, and counted, named with its table, key and column, and shown as a note.
    void valuesTheDestinationCutsAreCounted()
    {
        const MigrationEnvironment env = environment({ m_m1, {} }, { m_m2, {} });
        Database src(m_m1, {}, QStringLiteral("test"));
        Database dst(m_m2, {}, QStringLiteral("test"));
        const qint64 block = src.scalar(QStringLiteral("SELECT MAX(block_id) FROM cms_block")).toLongLong();
        QVERIFY(block > 0);
        const QString type = dst.scalar(QStringLiteral("SELECT CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', "
                                                       "'')) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "
                                                       "DATABASE() AND TABLE_NAME = 'cms_block' AND COLUMN_NAME = "
                                                       "'title'"))
                                 .toString();
        QVERIFY(!type.isEmpty());
        dst.exec(QStringLiteral("ALTER TABLE cms_block MODIFY title VARCHAR(8) NOT NULL"));
        src.exec(QStringLiteral("UPDATE cms_block SET title = 'A title longer than eight' WHERE block_id = %1").arg(block));
        DeltaFigures figures;
        const Outcome outcome = runOnce(env, fastOptions(), &figures);
        dst.exec(QStringLiteral("ALTER TABLE cms_block MODIFY title %1").arg(type));
        QCOMPARE(outcome, Outcome::Succeeded);
        QVERIFY2(figures.changedByDestination == 1 && figures.failed == 0, qPrintable(describe(figures)));
        QCOMPARE(figures.changedReasons.size(), 1);
        QVERIFY2(figures.changedReasons.firstKey().startsWith(QStringLiteral("cms_block: "))
                && figures.changedReasons.firstKey().contains(QStringLiteral("title")),
            qPrintable(figures.changedReasons.firstKey()));
        const QString notes = figures.lastNotices.join(u'\n');
        QVERIFY2(notes.contains(QStringLiteral("cms_block (block_id=%1)").arg(block)), qPrintable(notes));
        QCOMPARE(dst.scalar(QStringLiteral("SELECT title FROM cms_block WHERE block_id = %1").arg(block)).toString(),
            QStringLiteral("A title "));
        QCOMPARE(figures.toJson().value(QStringLiteral("changedByDestination")).toInt(), 1);
    }

    // `delta run --project` starts with the busy threshold the Live changes page kept in the project;
    // --max-threads-running overrides it.
    void runTakesTheProjectsBusyThreshold()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.cutover"));
        Project project;
        project.source = m_m1;
        project.destination = m_m2;
        project.deltaBusyThreshold = 33;
        project.save(path);
        for (const auto& [extra, expected] : { std::pair { QStringList(), 33 },
                 std::pair { QStringList { QStringLiteral("--max-threads-running"), QStringLiteral("7") }, 7 } }) {
            QProcess cli;
            cli.setProcessEnvironment(cliEnvironment());
            cli.setStandardInputFile(QProcess::nullDevice());
            cli.start(QStringLiteral(CUTOVER_CLI_PATH),
                QStringList { QStringLiteral("delta"), QStringLiteral("run"), QStringLiteral("--project"), path,
                    QStringLiteral("--once"), QStringLiteral("--json") }
                    + extra);
            QVERIFY(cli.waitForFinished(120'000));
            const QByteArray output = cli.readAllStandardOutput();
            QVERIFY2(cli.exitCode() == 0, qPrintable(QString::fromLocal8Bit(output + cli.readAllStandardError())));
            QCOMPARE(QJsonDocument::fromJson(output).object().value(QStringLiteral("threadsRunningLimit")).toInt(),
                expected);
        }
    }

    void cleanupTestCase()
    {
        Database db(m_m1, {}, QStringLiteral("test"));
        DeltaCapture::remove(db, DeltaCapture::removalPlan(db));
    }

private:
    ConnectionProfile m_m1;
    ConnectionProfile m_m2;
};

QTEST_GUILESS_MAIN(TestDeltaApply)
#include "tst_deltaapply.moc"
