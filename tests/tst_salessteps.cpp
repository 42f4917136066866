#include "copy/copyledger.h"
#include "db/database.h"
#include "engine/migrationrunner.h"
#include "generate/storegenerator.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "steps/mapstep.h"
#include "steps/ratingsstep.h"
#include "steps/salesgridsstep.h"
#include "steps/salesincrementstep.h"
#include "steps/settingsstep.h"
#include "stepsupport.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

/** Settings and Map, then the sales steps in the Data Migration Tool's order (Ratings, OrderGrids, SalesIncrement). */
RunReport migrate(const ConnectionProfile& source, const ConnectionProfile& destination)
{
    std::vector<std::unique_ptr<Step>> steps;
    steps.push_back(std::make_unique<SettingsStep>());
    steps.push_back(std::make_unique<MapStep>());
    steps.push_back(std::make_unique<RatingsStep>());
    steps.push_back(std::make_unique<SalesGridsStep>());
    steps.push_back(std::make_unique<SalesIncrementStep>());
    return runSteps(source, destination, std::move(steps));
}

QVariant value(Database& db, const QString& sql)
{
    return db.scalar(expand(db, sql));
}

qint64 number(Database& db, const QString& sql)
{
    return value(db, sql).toLongLong();
}

/** The rows of a query, each as its columns joined by '|'. */
QStringList rows(Database& db, const QString& sql)
{
    QStringList out;
    QSqlQuery q = db.query(expand(db, sql));
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << columns.join(QLatin1Char('|'));
    }
    return out;
}

/**
 * What the sales steps wrote, as a fingerprint: the four grids, the sequence meta and profiles, every sequence
 * table's rows and AUTO_INCREMENT, and the ratings' flags.
 */
QStringList salesState(Database& db)
{
    QStringList state;
    for (const char* grid :
        { "sales_order_grid", "sales_invoice_grid", "sales_shipment_grid", "sales_creditmemo_grid" }) {
        QSqlQuery c = db.query(QStringLiteral("CHECKSUM TABLE %1").arg(db.table(QLatin1String(grid))));
        state << QLatin1String(grid) + QLatin1Char('=') + (c.next() ? c.value(1).toString() : QString());
    }
    state << rows(db, QStringLiteral("SELECT * FROM {sales_sequence_meta} ORDER BY meta_id"));
    state << rows(db, QStringLiteral("SELECT * FROM {sales_sequence_profile} ORDER BY profile_id"));
    state << rows(db,
        QStringLiteral("SELECT TABLE_NAME, AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                       "DATABASE() AND TABLE_NAME LIKE 'sequence\\_%' ORDER BY 1"));
    for (const QString& table :
        rows(db, QStringLiteral("SELECT sequence_table FROM {sales_sequence_meta} ORDER BY meta_id")))
        state << table + QLatin1Char('=')
                + rows(db,
                    QStringLiteral("SELECT sequence_value FROM %1 ORDER BY 1").arg(Database::quoteIdentifier(table)))
                      .join(QLatin1Char(','));
    state << rows(db, QStringLiteral("SELECT rating_id, is_active FROM {rating} ORDER BY rating_id"));
    return state;
}

/**
 * Magento 2's next number of `entityType` in `storeId`, read as Magento\SalesSequence\Model\Sequence gets it
 * without writing: the table's next AUTO_INCREMENT (at least MAX(sequence_value) + 1) through the active profile.
 */
QString nextNumber(Database& db, const QString& entityType, int storeId)
{
    QSqlQuery q = db.query(expand(db,
        QStringLiteral(
            "SELECT m.sequence_table, p.prefix, p.suffix, p.start_value, p.step FROM {sales_sequence_meta} m "
            "JOIN {sales_sequence_profile} p ON p.meta_id = m.meta_id AND p.is_active = 1 WHERE "
            "m.entity_type = %1 AND m.store_id = %2")
            .arg(Database::quoteString(entityType))
            .arg(storeId)));
    if (!q.next())
        return {};
    const QString table = q.value(0).toString();
    const qint64 autoIncrement
        = db.scalar(
                QStringLiteral("SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                               "AND TABLE_NAME = %1")
                    .arg(Database::quoteString(table)))
              .toLongLong();
    const qint64 max
        = db.scalar(
                QStringLiteral("SELECT COALESCE(MAX(sequence_value), 0) FROM %1").arg(Database::quoteIdentifier(table)))
              .toLongLong();
    const qint64 next = std::max(autoIncrement, max + 1);
    const qint64 start = q.value(3).toLongLong();
    const qint64 value = (next - start) * q.value(4).toLongLong() + start;
    return q.value(1).toString() + QString::number(value).rightJustified(9, QLatin1Char('0')) + q.value(2).toString();
}

/** Magento 1's next number of an entity type in a store, from eav_entity_store as Magento 1 computes it. */
QString magento1Next(Database& src, const QString& entityType, int storeId)
{
    QSqlQuery q = src.query(expand(src,
        QStringLiteral(
            "SELECT s.increment_prefix, s.increment_last_id FROM {eav_entity_store} s JOIN {eav_entity_type} "
            "t ON t.entity_type_id = s.entity_type_id WHERE t.entity_type_code = %1 AND s.store_id = %2")
            .arg(Database::quoteString(entityType))
            .arg(storeId)));
    QString prefix = QString::number(storeId);
    qint64 last = 0;
    if (q.next()) {
        prefix = q.value(0).toString();
        last = q.value(1).toString().mid(prefix.size()).toLongLong();
    }
    return prefix + QString::number(last + 1).rightJustified(8, QLatin1Char('0'));
}

} // namespace

class TestSalesSteps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sequenceFor_data();
    void sequenceFor();
    void stepsSucceed();
    void sampledOrdersAndTheirGridRows();
    void oneGridRowPerDocument();
    void timestampsAreKept();
    void nextNumberFollowsMagento1();
    void ratingsAreActive();
    void rerunGivesTheSameResult();
    void magento2TakesTheNextNumber();
    void prefixedStoreWithAStaleSequence();
    void resetDropsTheSequenceTablesItMade();
    void gridsShowTheirProgress();

private:
    ConnectionProfile m_source;
    ConnectionProfile m_destination;
    RunReport m_report;
    QList<int> m_stores;
};

void TestSalesSteps::initTestCase()
{
    auto& server = TestServer::instance();
    m_source = server.magento1(QStringLiteral("sales_steps_m1"));
    m_destination = server.magento2(QStringLiteral("sales_steps_m2"));
    QElapsedTimer timer;
    timer.start();
    GeneratorOptions options;
    options.products = 12;
    options.customers = 10;
    options.orders = 30;
    options.seed = 7;
    StoreGenerator::run(m_source, {}, options);
    Database src(m_source, {}, QStringLiteral("test"));
    QVERIFY2(number(src, QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order}")) == options.orders,
        "the generator made the orders");
    for (const char* table : { "sales_flat_invoice", "sales_flat_shipment", "sales_flat_creditmemo" })
        QVERIFY2(number(src, QStringLiteral("SELECT COUNT(*) FROM {%1}").arg(QLatin1String(table))) > 0, table);
    // A rating that Magento 1 shows in no store view (only the admin's store 0), as stores have them.
    src.exec(expand(src,
        QStringLiteral(
            "INSERT INTO {rating} (rating_id, entity_id, rating_code, position) SELECT MAX(rating_id) + 1, 1, "
            "'Delivery', 9 FROM {rating}")));
    src.exec(expand(src,
        QStringLiteral("INSERT INTO {rating_store} (rating_id, store_id) SELECT rating_id, 0 FROM {rating} WHERE "
                       "rating_code = 'Delivery'")));
    QSqlQuery stores = src.query(expand(src, QStringLiteral("SELECT store_id FROM {core_store} ORDER BY store_id")));
    while (stores.next())
        m_stores << stores.value(0).toInt();
    QVERIFY(m_stores.size() >= 3);
    qInfo("generated in %lld ms", timer.restart());

    m_report = migrate(m_source, m_destination);
    qInfo("migrated in %lld ms", timer.elapsed());
}

void TestSalesSteps::sequenceFor_data()
{
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("sequencePrefix");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("sameFormat");
    QTest::addColumn<QString>("next");
    QTest::addRow("store 1, 8 digits") << QStringLiteral("100000045") << QStringLiteral("1") << QStringLiteral("")
                                       << qint64(100000045) << true << QStringLiteral("100000046");
    QTest::addRow("admin store 0") << QStringLiteral("000000007") << QStringLiteral("0") << QStringLiteral("")
                                   << qint64(7) << true << QStringLiteral("000000008");
    QTest::addRow("store 12") << QStringLiteral("1200000099") << QStringLiteral("12") << QStringLiteral("1")
                              << qint64(200000099) << true << QStringLiteral("1200000100");
    QTest::addRow("letters and 9 digits")
        << QStringLiteral("ORD-000000123") << QStringLiteral("ORD-") << QStringLiteral("ORD-") << qint64(123) << true
        << QStringLiteral("ORD-000000124");
    QTest::addRow("letters and 5 digits")
        << QStringLiteral("ORD-00045") << QStringLiteral("ORD-") << QStringLiteral("ORD-") << qint64(45) << false
        << QStringLiteral("ORD-000000046");
    QTest::addRow("garbage") << QStringLiteral("n/a") << QStringLiteral("X") << QStringLiteral("X") << qint64(0)
                             << false << QStringLiteral("X000000001");
}

void TestSalesSteps::sequenceFor()
{
    QFETCH(QString, last);
    QFETCH(QString, prefix);
    const auto sequence = SalesIncrementStep::sequenceFor(last, prefix);
    QTEST(sequence.prefix, "sequencePrefix");
    QTEST(sequence.lastValue, "value");
    QTEST(sequence.sameFormat, "sameFormat");
    QTEST(SalesIncrementStep::format(sequence.prefix, sequence.lastValue + 1), "next");
}

void TestSalesSteps::stepsSucceed()
{
    QVERIFY2(m_report.outcome == Outcome::Succeeded, qPrintable(m_report.toText()));
    for (const char* id : { "ratings", "order-grids", "sales-increment" }) {
        const StepReport* step = m_report.step(QLatin1String(id));
        QVERIFY2(step, id);
        for (const TableReport& t : step->tables)
            qInfo("%s -> %s: %s; %s", qPrintable(t.sourceTable), qPrintable(t.destinationTable), qPrintable(t.reason),
                qPrintable(t.warnings.join(QStringLiteral(" / "))));
        QCOMPARE(outcomeName(step->outcome), outcomeName(Outcome::Succeeded));
        QVERIFY2(!step->tables.isEmpty(), id);
    }
    const StepReport* grids = m_report.step(QStringLiteral("order-grids"));
    Database src(m_source, {}, QStringLiteral("test"));
    for (const char* document :
        { "sales_flat_order", "sales_flat_invoice", "sales_flat_shipment", "sales_flat_creditmemo" }) {
        const TableReport* table = grids->table(QLatin1String(document));
        QVERIFY2(table, document);
        QCOMPARE(outcomeName(table->outcome), outcomeName(Outcome::Succeeded));
        // Every document is counted: written to its grid, or skipped with a reason.
        QCOMPARE(
            table->rowsRead, number(src, QStringLiteral("SELECT COUNT(*) FROM {%1}").arg(QLatin1String(document))));
        QCOMPARE(table->rowsRead, table->rowsWritten + table->skippedRows());
    }
    QCOMPARE(grids->table(QStringLiteral("sales_flat_order"))->destinationTable, QStringLiteral("sales_order_grid"));
}

void TestSalesSteps::sampledOrdersAndTheirGridRows()
{
    Database src(m_source, {}, QStringLiteral("test"));
    Database dst(m_destination, {}, QStringLiteral("test"));
    QList<qint64> ids;
    QSqlQuery q = src.query(expand(src, QStringLiteral("SELECT entity_id FROM {sales_flat_order} ORDER BY entity_id")));
    for (int i = 0; q.next(); ++i) {
        if (i % 6 == 0)
            ids << q.value(0).toLongLong();
    }
    QVERIFY(ids.size() >= 4);
    for (const qint64 id : ids) {
        const QString where = QStringLiteral(" WHERE entity_id = %1").arg(id);
        const QString order = QStringLiteral("SELECT increment_id, store_id, status, grand_total, base_grand_total, "
                                             "subtotal, total_paid, customer_email FROM ");
        const QStringList source = rows(src, order + QStringLiteral("{sales_flat_order}") + where);
        QCOMPARE(rows(dst, order + QStringLiteral("{sales_order}") + where), source);
        const QString items
            = QStringLiteral("SELECT item_id, sku, qty_ordered, price, row_total FROM %1 WHERE order_id "
                             "= %2 ORDER BY item_id");
        const QStringList sourceItems = rows(src, items.arg(QStringLiteral("{sales_flat_order_item}")).arg(id));
        QVERIFY(!sourceItems.isEmpty());
        QCOMPARE(rows(dst, items.arg(QStringLiteral("{sales_order_item}")).arg(id)), sourceItems);

        // The grid row Magento 2's admin lists: number, total, status, billing name, e-mail, store.
        const QStringList grid = rows(dst,
            QStringLiteral("SELECT increment_id, grand_total, status, billing_name, customer_email, store_id, "
                           "base_grand_total, payment_method FROM {sales_order_grid}")
                + where);
        QCOMPARE(grid.size(), 1);
        const QStringList expected = rows(src,
            QStringLiteral("SELECT o.increment_id, o.grand_total, o.status, CONCAT(a.firstname, ' ', a.lastname), "
                           "o.customer_email, o.store_id, o.base_grand_total FROM {sales_flat_order} o JOIN "
                           "{sales_flat_order_address} a ON a.entity_id = o.billing_address_id WHERE o.entity_id = %1")
                .arg(id));
        // The payment method as Magento 2 holds it (map.xml renames some methods).
        const QString method
            = rows(dst, QStringLiteral("SELECT method FROM {sales_order_payment} WHERE parent_id = %1").arg(id))
                  .value(0, QStringLiteral("NULL"));
        QCOMPARE(grid, QStringList { expected.value(0) + QLatin1Char('|') + method });
    }
}

void TestSalesSteps::oneGridRowPerDocument()
{
    Database src(m_source, {}, QStringLiteral("test"));
    Database dst(m_destination, {}, QStringLiteral("test"));
    const QList<std::pair<const char*, const char*>> pairs { { "sales_flat_order", "sales_order_grid" },
        { "sales_flat_invoice", "sales_invoice_grid" }, { "sales_flat_shipment", "sales_shipment_grid" },
        { "sales_flat_creditmemo", "sales_creditmemo_grid" } };
    for (const auto& [document, grid] : pairs) {
        const QString documentNumbers = QStringLiteral("SELECT entity_id, increment_id, store_id FROM {%1} ORDER BY 1");
        const QStringList source = rows(src, documentNumbers.arg(QLatin1String(document)));
        QVERIFY2(!source.isEmpty(), document);
        QCOMPARE(rows(dst, documentNumbers.arg(QLatin1String(grid))), source);
    }
    // Documents point at their order's number and customer.
    QCOMPARE(number(dst,
                 QStringLiteral("SELECT COUNT(*) FROM {sales_invoice_grid} g JOIN {sales_order} o ON o.entity_id = "
                                "g.order_id WHERE g.order_increment_id <> o.increment_id OR g.customer_email <> "
                                "o.customer_email OR g.billing_name = ''")),
        0);
    QCOMPARE(number(dst,
                 QStringLiteral("SELECT COUNT(*) FROM {sales_shipment_grid} g JOIN {sales_order} o ON o.entity_id = "
                                "g.order_id WHERE g.order_increment_id <> o.increment_id OR g.shipping_name = ''")),
        0);
    QCOMPARE(
        number(dst,
            QStringLiteral("SELECT COUNT(*) FROM {sales_creditmemo_grid} g JOIN {sales_order} o ON o.entity_id = "
                           "g.order_id WHERE g.order_increment_id <> o.increment_id OR g.order_base_grand_total <> "
                           "o.base_grand_total")),
        0);
}

void TestSalesSteps::timestampsAreKept()
{
    // Magento 1 writes created_at in UTC (Mage_Core_Model_Date::gmtDate) and Magento 2 reads it as UTC; map.xml
    // names no Timezone handler for sales, so the values must arrive unchanged, in the grids too.
    Database src(m_source, {}, QStringLiteral("test"));
    Database dst(m_destination, {}, QStringLiteral("test"));
    const QString sql = QStringLiteral("SELECT entity_id, CAST(created_at AS CHAR), UNIX_TIMESTAMP(created_at), "
                                       "CAST(updated_at AS CHAR) FROM {%1} ORDER BY entity_id");
    const QStringList source = rows(src, sql.arg(QStringLiteral("sales_flat_order")));
    QVERIFY(!source.isEmpty());
    QCOMPARE(rows(dst, sql.arg(QStringLiteral("sales_order"))), source);
    QCOMPARE(rows(dst, sql.arg(QStringLiteral("sales_order_grid"))), source);
    QCOMPARE(
        rows(dst, sql.arg(QStringLiteral("sales_invoice"))), rows(src, sql.arg(QStringLiteral("sales_flat_invoice"))));
    QCOMPARE(number(dst,
                 QStringLiteral("SELECT COUNT(*) FROM {sales_invoice_grid} g JOIN {sales_order} o ON o.entity_id = "
                                "g.order_id WHERE NOT (g.order_created_at <=> o.created_at)")),
        0);
}

void TestSalesSteps::nextNumberFollowsMagento1()
{
    Database src(m_source, {}, QStringLiteral("test"));
    Database dst(m_destination, {}, QStringLiteral("test"));
    QVERIFY2(number(src, QStringLiteral("SELECT COUNT(*) FROM {eav_entity_store}")) > 0,
        "the generator saved its sequences");
    const QList<std::pair<const char*, const char*>> types { { "order", "sales_order" }, { "invoice", "sales_invoice" },
        { "shipment", "sales_shipment" }, { "creditmemo", "sales_creditmemo" } };
    for (const auto& [type, table] : types) {
        for (const int store : m_stores) {
            const QString expected = magento1Next(src, QLatin1String(type), store);
            QCOMPARE(nextNumber(dst, QLatin1String(type), store), expected);
            // No migrated document of the store holds that number yet.
            QCOMPARE(number(dst,
                         QStringLiteral("SELECT COUNT(*) FROM {%1} WHERE store_id = %2 AND increment_id = %3")
                             .arg(QLatin1String(table))
                             .arg(store)
                             .arg(Database::quoteString(expected))),
                0);
        }
    }
    // The order numbers really continue: the store with the most orders goes on after its highest Magento 1 number.
    const int store = number(src,
        QStringLiteral(
            "SELECT store_id FROM {sales_flat_order} GROUP BY store_id ORDER BY COUNT(*) DESC, store_id LIMIT 1"));
    const QString lastOrder
        = value(src, QStringLiteral("SELECT MAX(increment_id) FROM {sales_flat_order} WHERE store_id = %1").arg(store))
              .toString();
    QVERIFY(!lastOrder.isEmpty());
    const QString next = QString::number(lastOrder.toLongLong() + 1).rightJustified(lastOrder.size(), QLatin1Char('0'));
    QCOMPARE(nextNumber(dst, QStringLiteral("order"), store), next);
    const StepReport* step = m_report.step(QStringLiteral("sales-increment"));
    QCOMPARE(step->tables.size(), qsizetype(4));
    QCOMPARE(step->tables.first().destinationTable, QStringLiteral("sequence_order"));
    QVERIFY2(step->tables.first().reason.contains(next), qPrintable(step->tables.first().reason));
}

void TestSalesSteps::ratingsAreActive()
{
    Database src(m_source, {}, QStringLiteral("test"));
    Database dst(m_destination, {}, QStringLiteral("test"));
    const QString shown
        = QStringLiteral("SELECT r.rating_code FROM {rating} r WHERE EXISTS (SELECT 1 FROM {rating_store} "
                         "s WHERE s.rating_id = r.rating_id AND s.store_id > 0) ORDER BY r.rating_id");
    const QStringList active = rows(src, shown);
    QVERIFY(active.size() >= 3);
    QCOMPARE(
        rows(dst, QStringLiteral("SELECT rating_code FROM {rating} WHERE is_active = 1 ORDER BY rating_id")), active);
    QCOMPARE(rows(dst, QStringLiteral("SELECT rating_code FROM {rating} WHERE is_active = 0")),
        QStringList { QStringLiteral("Delivery") });
    // The store views each rating shows in came along.
    const QString stores = QStringLiteral("SELECT rating_id, store_id FROM {rating_store} ORDER BY 1, 2");
    QCOMPARE(rows(dst, stores), rows(src, stores));

    const TableReport* table = m_report.step(QStringLiteral("ratings"))->table(QStringLiteral("rating"));
    QVERIFY(table);
    QCOMPARE(table->rowsWritten, qint64(active.size()));
    QCOMPARE(table->skippedRows(), qint64(1));
    QVERIFY2(table->warnings.join(QLatin1Char('\n')).contains(QLatin1String("Delivery")),
        qPrintable(table->warnings.join(QLatin1Char('\n'))));
}

void TestSalesSteps::rerunGivesTheSameResult()
{
    Database dst(m_destination, {}, QStringLiteral("test"));
    const QStringList before = salesState(dst);
    // A grid row whose order is gone (an order Magento 2 had before the migration) is removed by the rebuild.
    dst.exec(expand(dst,
        QStringLiteral("INSERT INTO {sales_order_grid} (entity_id, increment_id, store_id, billing_name) VALUES "
                       "(999999, 'stale', 1, 'Nobody')")));
    const RunReport again = migrate(m_source, m_destination);
    QVERIFY2(again.outcome == Outcome::Succeeded, qPrintable(again.toText()));
    const QStringList after = salesState(dst);
    QCOMPARE(after, before);
    const TableReport* orders = again.step(QStringLiteral("order-grids"))->table(QStringLiteral("sales_flat_order"));
    QVERIFY2(orders->warnings.join(QLatin1Char('\n')).contains(QLatin1String("removed")),
        qPrintable(orders->warnings.join(QLatin1Char('\n'))));
}

void TestSalesSteps::magento2TakesTheNextNumber()
{
    // Do what Magento\SalesSequence\Model\Sequence::getNextValue() does: insert a row, read the id it got.
    Database src(m_source, {}, QStringLiteral("test"));
    Database dst(m_destination, {}, QStringLiteral("test"));
    const int store = m_stores.at(1);
    const QString expected = nextNumber(dst, QStringLiteral("order"), store);
    QCOMPARE(expected, magento1Next(src, QStringLiteral("order"), store));
    const QString table = value(dst,
        QStringLiteral("SELECT sequence_table FROM {sales_sequence_meta} WHERE entity_type = 'order' AND store_id = %1")
            .arg(store))
                              .toString();
    dst.exec(QStringLiteral("INSERT INTO %1 () VALUES ()").arg(Database::quoteIdentifier(table)));
    const qint64 id = dst.scalar(QStringLiteral("SELECT LAST_INSERT_ID()")).toLongLong();
    const QString prefix = value(dst,
        QStringLiteral("SELECT COALESCE(p.prefix, '') FROM {sales_sequence_profile} p JOIN {sales_sequence_meta} m ON "
                       "m.meta_id = p.meta_id WHERE p.is_active = 1 AND m.entity_type = 'order' AND m.store_id = %1")
            .arg(store))
                               .toString();
    QCOMPARE(prefix + QString::number(id).rightJustified(9, QLatin1Char('0')), expected);
}

void TestSalesSteps::prefixedStoreWithAStaleSequence()
{
    auto& server = TestServer::instance();
    const auto source = server.magento1Prefixed(QStringLiteral("sales_steps_m1p"));
    const auto destination = server.magento2(QStringLiteral("sales_steps_m2p"));
    GeneratorOptions options;
    options.products = 8;
    options.customers = 6;
    options.orders = 12;
    options.seed = 3;
    StoreGenerator::run(source, {}, options);
    Database src(source, {}, QStringLiteral("test"));
    QCOMPARE(number(src, QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order}")), options.orders);
    // eav_entity_store behind the orders it numbered (a table restored from an older backup): Magento 2 must still
    // continue after the highest number in use, never repeat one.
    const int store = number(src,
        QStringLiteral("SELECT store_id FROM {sales_flat_order} GROUP BY store_id ORDER BY COUNT(*) DESC, store_id "
                       "LIMIT 1"));
    const QString last
        = value(src, QStringLiteral("SELECT MAX(increment_id) FROM {sales_flat_order} WHERE store_id = %1").arg(store))
              .toString();
    const QString stale = QString::number(last.toLongLong() - 2).rightJustified(last.size(), QLatin1Char('0'));
    QCOMPARE(src.exec(expand(src,
                 QStringLiteral("UPDATE {eav_entity_store} s JOIN {eav_entity_type} t ON t.entity_type_id = "
                                "s.entity_type_id SET s.increment_last_id = %1 WHERE t.entity_type_code = 'order' AND "
                                "s.store_id = %2")
                     .arg(Database::quoteString(stale))
                     .arg(store))),
        qint64(1));

    // A grid column an extension added, and a document column an older Magento 2 lacks: both named, neither fatal.
    Database dst(destination, {}, QStringLiteral("test"));
    dst.exec(QStringLiteral("ALTER TABLE sales_order_grid ADD COLUMN extension_flag varchar(16) NULL"));
    dst.exec(QStringLiteral("ALTER TABLE sales_shipment DROP COLUMN shipment_status"));

    const RunReport report = migrate(source, destination);
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
    const StepReport* grids = report.step(QStringLiteral("order-grids"));
    QVERIFY(grids);
    const QString orderWarnings = grids->table(QStringLiteral("sales_flat_order"))->warnings.join(QLatin1Char('\n'));
    QVERIFY2(orderWarnings.contains(QLatin1String("extension_flag")), qPrintable(orderWarnings));
    const TableReport* shipments = grids->table(QStringLiteral("sales_flat_shipment"));
    QCOMPARE(outcomeName(shipments->outcome), outcomeName(Outcome::Succeeded));
    QVERIFY2(shipments->warnings.join(QLatin1Char('\n')).contains(QLatin1String("sales_shipment.shipment_status")),
        qPrintable(shipments->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(number(dst, QStringLiteral("SELECT COUNT(*) FROM {sales_shipment_grid}")),
        number(src, QStringLiteral("SELECT COUNT(*) FROM {sales_flat_shipment}")));
    const QString numbers = QStringLiteral("SELECT entity_id, increment_id, store_id FROM {%1} ORDER BY 1");
    QCOMPARE(rows(dst, numbers.arg(QStringLiteral("sales_order_grid"))),
        rows(src, numbers.arg(QStringLiteral("sales_flat_order"))));
    QCOMPARE(nextNumber(dst, QStringLiteral("order"), store),
        QString::number(last.toLongLong() + 1).rightJustified(last.size(), QLatin1Char('0')));
    const StepReport* step = report.step(QStringLiteral("sales-increment"));
    QVERIFY(step);
    QCOMPARE(step->tables.first().destinationTable, QStringLiteral("sequence_order"));
    const QString warnings = step->tables.first().warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(stale) && warnings.contains(last), qPrintable(warnings));
    QSqlQuery stores
        = src.query(expand(src, QStringLiteral("SELECT store_id FROM {core_store} WHERE store_id <> %1").arg(store)));
    while (stores.next())
        QCOMPARE(nextNumber(dst, QStringLiteral("order"), stores.value(0).toInt()),
            magento1Next(src, QStringLiteral("order"), stores.value(0).toInt()));
}

// The sequence tables of stores Magento 2 did not have are Cutover's: a reset drops them, and leaves Magento 2's.
void TestSalesSteps::resetDropsTheSequenceTablesItMade()
{
    const QString sequences = QStringLiteral(
        "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE "
        "'sequence\\_%' ORDER BY 1");
    const auto fresh = TestServer::instance().magento2(QStringLiteral("sales_steps_fresh"));
    Database before(fresh, {}, QStringLiteral("test"));
    const QStringList magento2s = rows(before, sequences);
    QVERIFY(!magento2s.isEmpty());

    Database dst(m_destination, {}, QStringLiteral("test"));
    const QStringList migrated = rows(dst, sequences);
    QVERIFY2(migrated.size() > magento2s.size(), qPrintable(migrated.join(QLatin1Char(' '))));
    CopyLedger::reset(dst);
    QCOMPARE(rows(dst, sequences), magento2s);
    // Magento 2's own sequence tables are back as they were: empty in the fresh dump.
    for (const QString& table : magento2s)
        QCOMPARE(number(dst, QStringLiteral("SELECT COUNT(*) FROM {%1}").arg(table)),
            number(before, QStringLiteral("SELECT COUNT(*) FROM {%1}").arg(table)));
}

// The grids are rebuilt after the copy, with no table of the step's plan: their rows still show in the progress, done
// of total, each grid a table.
void TestSalesSteps::gridsShowTheirProgress()
{
    Database src(m_source, {}, QStringLiteral("test"));
    qint64 documents = 0;
    for (const char* table : { "sales_flat_order", "sales_flat_invoice", "sales_flat_shipment", "sales_flat_creditmemo" })
        documents += number(src, QStringLiteral("SELECT COUNT(*) FROM {%1}").arg(QLatin1String(table)));
    QList<RunProgress> seen;
    ProgressTracker tracker([&](const RunProgress& p) { seen << p; });
    SalesGridsStep step;
    RunControl control;
    const StepReport report = step.run(stepEnvironment(m_source, m_destination), control, tracker);
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.message));
    const RunProgress last = tracker.snapshot();
    QCOMPARE(last.total, documents);
    QCOMPARE(last.done, documents);
    QCOMPARE(last.tablesTotal, 4);
    QCOMPARE(last.tablesFinished, 4);
    bool moving = false;
    qint64 total = 0;
    for (const RunProgress& p : std::as_const(seen)) {
        moving = moving || (p.table == QLatin1String("sales_order_grid") && p.tableTotal > 0);
        // The grids rebuilt side by side: every total is known before the first row, so the bar never goes back.
        QVERIFY2(p.total >= total && p.done <= p.total, qPrintable(QStringLiteral("%1 of %2").arg(p.done).arg(p.total)));
        if (p.done > 0)
            QCOMPARE(p.total, documents);
        total = p.total;
    }
    QVERIFY2(moving, "no progress named the order grid");
}

QTEST_GUILESS_MAIN(TestSalesSteps)
#include "tst_salessteps.moc"
