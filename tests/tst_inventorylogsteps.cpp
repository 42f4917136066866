#include "copy/copyledger.h"
#include "db/database.h"
#include "engine/migrationrunner.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "steps/catalogstep.h"
#include "steps/eavstep.h"
#include "steps/inventorystep.h"
#include "steps/logstep.h"
#include "steps/mappedtable.h"
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

/**
 * The Map step's plan for the two stock tables only (planMappedTable over map.xml, as MapStep plans every table),
 * so that the Inventory step finds the legacy stock items without the cost of the whole Map step.
 */
class StockTablesOfMapStep : public Step
{
public:
    QString id() const override { return QStringLiteral("map"); }
    QString title() const override { return QStringLiteral("Map step (stock tables)"); }

protected:
    QList<TablePlan> plan(StepContext& context) override
    {
        const MapConfig* map = context.env.dmt->map(QStringLiteral("map_file"));
        return { planMappedTable(
                     context, *map, QStringLiteral("cataloginventory_stock"), id(), CopyLedger::Existing::Replace),
            planMappedTable(
                context, *map, QStringLiteral("cataloginventory_stock_item"), id(), CopyLedger::Existing::Replace) };
    }
};

// The shipments the test adds stand for the Map step's: confirm replacing a destination that holds orders.
RunReport runConfirmed(
    const ConnectionProfile& source, const ConnectionProfile& destination, std::vector<std::unique_ptr<Step>> steps)
{
    return runSteps(source, destination, std::move(steps), destination.database);
}

RunReport runInventory(const ConnectionProfile& source, const ConnectionProfile& destination)
{
    std::vector<std::unique_ptr<Step>> steps;
    steps.push_back(std::make_unique<InventoryStep>());
    return runConfirmed(source, destination, std::move(steps));
}

RunReport runLog(const ConnectionProfile& source, const ConnectionProfile& destination, bool carry)
{
    std::vector<std::unique_ptr<Step>> steps;
    steps.push_back(std::make_unique<LogStep>(carry));
    return runConfirmed(source, destination, std::move(steps));
}

void exec(Database& db, const QString& sql)
{
    db.exec(expand(db, sql));
}

/** The Multi-Source Inventory tables of Magento_Inventory's db_schema.xml, with the default source and stock. */
void installMsi(Database& db)
{
    exec(db,
        QStringLiteral(
            "CREATE TABLE {inventory_source} (source_code varchar(255) NOT NULL, name varchar(255) NOT NULL, "
            "enabled smallint(5) unsigned NOT NULL DEFAULT 1, description text, country_id varchar(2) NOT "
            "NULL, postcode varchar(255) NOT NULL, PRIMARY KEY (source_code)) ENGINE=InnoDB"));
    exec(db,
        QStringLiteral("CREATE TABLE {inventory_stock} (stock_id int(10) unsigned NOT NULL AUTO_INCREMENT, name "
                       "varchar(255) NOT NULL, PRIMARY KEY (stock_id)) ENGINE=InnoDB"));
    exec(db,
        QStringLiteral("CREATE TABLE {inventory_source_item} (source_item_id int(10) unsigned NOT NULL AUTO_INCREMENT, "
                       "source_code varchar(255) NOT NULL, sku varchar(64) NOT NULL, quantity decimal(12,4) NOT NULL "
                       "DEFAULT 0.0000, status smallint(5) unsigned NOT NULL DEFAULT 0, PRIMARY KEY (source_item_id), "
                       "UNIQUE KEY INVENTORY_SOURCE_ITEM_SOURCE_CODE_SKU (source_code, sku), KEY "
                       "INVENTORY_SOURCE_ITEM_SKU_SOURCE_CODE_QUANTITY (sku, source_code, quantity), CONSTRAINT "
                       "INVENTORY_SOURCE_ITEM_SOURCE_CODE_INVENTORY_SOURCE_SOURCE_CODE FOREIGN KEY (source_code) "
                       "REFERENCES {inventory_source} (source_code) ON DELETE CASCADE) ENGINE=InnoDB"));
    exec(db,
        QStringLiteral("CREATE TABLE {inventory_source_stock_link} (link_id int(10) unsigned NOT NULL AUTO_INCREMENT, "
                       "stock_id int(10) unsigned NOT NULL, source_code varchar(255) NOT NULL, priority smallint(5) "
                       "unsigned NOT NULL, PRIMARY KEY (link_id), UNIQUE KEY (stock_id, source_code), FOREIGN KEY "
                       "(source_code) REFERENCES {inventory_source} (source_code) ON DELETE CASCADE, FOREIGN KEY "
                       "(stock_id) REFERENCES {inventory_stock} (stock_id) ON DELETE CASCADE) ENGINE=InnoDB"));
    exec(db,
        QStringLiteral("CREATE TABLE {inventory_stock_sales_channel} (type varchar(64) NOT NULL, code varchar(64) NOT "
                       "NULL, stock_id int(10) unsigned NOT NULL, PRIMARY KEY (type, code), FOREIGN KEY (stock_id) "
                       "REFERENCES {inventory_stock} (stock_id) ON DELETE CASCADE) ENGINE=InnoDB"));
    exec(db,
        QStringLiteral("CREATE TABLE {inventory_shipment_source} (shipment_id int(10) unsigned NOT NULL, source_code "
                       "varchar(255) NOT NULL, PRIMARY KEY (shipment_id)) ENGINE=InnoDB"));
    exec(db,
        QStringLiteral("INSERT INTO {inventory_source} (source_code, name, country_id, postcode) VALUES ('default', "
                       "'Default Source', 'US', '00000'), ('warehouse2', 'Second warehouse', 'US', '10001')"));
    exec(db, QStringLiteral("INSERT INTO {inventory_stock} (stock_id, name) VALUES (1, 'Default Stock')"));
    exec(db,
        QStringLiteral(
            "INSERT INTO {inventory_source_stock_link} (stock_id, source_code, priority) VALUES (1, 'default', 1)"));
    exec(db,
        QStringLiteral(
            "INSERT INTO {inventory_stock_sales_channel} (type, code, stock_id) VALUES ('website', 'base', 1)"));
}

const TableReport* tableOf(const RunReport& report, const QString& step, const QString& source)
{
    const StepReport* s = report.step(step);
    return s ? s->table(source) : nullptr;
}

} // namespace

class TestInventoryLogSteps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inventory();
    void logs_data();
    void logs();
};

void TestInventoryLogSteps::inventory()
{
    auto& server = TestServer::instance();
    const auto source = server.magento1(QStringLiteral("inv_m1"));
    const auto destination = server.magento2(QStringLiteral("inv_m2"));
    GeneratorOptions options;
    options.products = 30;
    options.customers = 0;
    options.orders = 0;
    options.seed = 11;
    try {
        StoreGenerator::run(source, {}, options, {});
    } catch (const Error& e) {
        QFAIL(qPrintable(e.message() + QLatin1Char('\n') + e.details()));
    }
    Database src(source, {}, QStringLiteral("test"));
    Database dst(destination, {}, QStringLiteral("test"));

    QElapsedTimer timer;
    timer.start();
    {
        std::vector<std::unique_ptr<Step>> steps;
        steps.push_back(std::make_unique<SettingsStep>());
        steps.push_back(std::make_unique<EavStep>());
        steps.push_back(std::make_unique<CatalogStep>());
        const RunReport report = runConfirmed(source, destination, std::move(steps));
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
    }
    qInfo("settings, EAV, catalog: %lld ms", timer.restart());

    // 2.4.8 without MSI: nothing to write, and the report says why; run before the Map step copied the stock
    // items, it also says that Magento 2 lacks some.
    {
        const RunReport report = runInventory(source, destination);
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
        const TableReport* items
            = tableOf(report, QStringLiteral("inventory"), QStringLiteral("cataloginventory_stock_item"));
        QVERIFY(items);
        QCOMPARE(items->outcome, Outcome::Skipped);
        QVERIFY2(items->reason.contains(QLatin1String("Multi-Source Inventory")), qPrintable(items->reason));
        QCOMPARE(scalarText(dst,
                     QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                    "AND TABLE_NAME LIKE 'inventory\\_%'")),
            QStringLiteral("0"));
        const QString warnings = report.step(QStringLiteral("inventory"))->warnings.join(QLatin1Char('\n'));
        const QString m1Items = scalarText(src, QStringLiteral("SELECT COUNT(*) FROM {cataloginventory_stock_item}"));
        QVERIFY2(warnings.contains(QStringLiteral("Magento 1 has %1 stock items").arg(m1Items))
                && warnings.contains(QLatin1String("Map step")),
            qPrintable(warnings));
    }
    {
        std::vector<std::unique_ptr<Step>> steps;
        steps.push_back(std::make_unique<StockTablesOfMapStep>());
        const RunReport report = runConfirmed(source, destination, std::move(steps));
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
    }

    // With MSI: Magento 2's own source item (of a product the Catalog step replaced), one of another source, and
    // three shipments as the Map step would have carried them.
    installMsi(dst);
    exec(dst,
        QStringLiteral("INSERT INTO {inventory_source_item} (source_code, sku, quantity, status) VALUES ('default', "
                       "'M2-OWN-SKU', 7, 1), ('warehouse2', 'ELSEWHERE', 5, 1)"));
    exec(dst, QStringLiteral("INSERT INTO {sales_order} (entity_id, store_id) VALUES (901, 1), (902, 1), (903, 1)"));
    exec(dst,
        QStringLiteral(
            "INSERT INTO {sales_shipment} (entity_id, order_id, store_id) VALUES (801, 901, 1), (802, 902, 1), "
            "(803, 903, 1)"));
    const QStringList before
        = sortedRows(dst, QStringLiteral("SELECT source_code, sku, quantity, status FROM {inventory_source_item}"));
    // Two products the way a messy Magento 1 catalog arrives: one without a SKU, one sharing another's SKU.
    const QStringList simples = sortedRows(
        dst, QStringLiteral("SELECT LPAD(entity_id, 10, '0') FROM {catalog_product_entity} WHERE type_id = 'simple'"));
    QVERIFY(simples.size() >= 4);
    const qint64 blank = simples[0].toLongLong();
    const qint64 sharing = simples[1].toLongLong();
    const qint64 shared = simples[2].toLongLong();
    const QString sharedSku
        = scalarText(src, QStringLiteral("SELECT sku FROM {catalog_product_entity} WHERE entity_id = %1").arg(shared));
    exec(dst, QStringLiteral("UPDATE {catalog_product_entity} SET sku = '' WHERE entity_id = %1").arg(blank));
    exec(dst,
        QStringLiteral("UPDATE {catalog_product_entity} SET sku = %1 WHERE entity_id = %2")
            .arg(Database::quoteString(sharedSku))
            .arg(sharing));

    // Expected, from Magento 1's rows: one source item per SKU of a simple, virtual or downloadable product; of the
    // two products sharing a SKU, the stock item with the higher id wins.
    QMap<QString, QString> expected;
    QMap<QString, qint64> expectedItemId;
    qint64 sourceItems = 0;
    QMap<QString, qint64> perType;
    {
        QSqlQuery q = src.query(expand(src,
            QStringLiteral("SELECT si.item_id, p.entity_id, p.sku, p.type_id, si.qty, si.is_in_stock FROM "
                           "{cataloginventory_stock_item} si JOIN {catalog_product_entity} p ON p.entity_id = "
                           "si.product_id ORDER BY si.item_id")));
        while (q.next()) {
            ++sourceItems;
            const QString type = q.value(3).toString();
            ++perType[type];
            const qint64 product = q.value(1).toLongLong();
            if (product == blank)
                continue;
            if (type != QLatin1String("simple") && type != QLatin1String("virtual")
                && type != QLatin1String("downloadable"))
                continue;
            const QString sku = product == sharing ? sharedSku : q.value(2).toString();
            if (expectedItemId.value(sku, -1) > q.value(0).toLongLong())
                continue;
            expectedItemId[sku] = q.value(0).toLongLong();
            expected[sku] = sku + QLatin1Char('|') + q.value(4).toString() + QLatin1Char('|') + q.value(5).toString();
        }
    }
    QVERIFY(perType.value(QStringLiteral("configurable")) > 0);
    QVERIFY(perType.value(QStringLiteral("bundle")) + perType.value(QStringLiteral("grouped")) > 0);

    timer.restart();
    const RunReport report = runInventory(source, destination);
    qInfo("inventory step: %lld ms", timer.elapsed());
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
    QStringList values = expected.values();
    values.sort();
    QCOMPARE(
        sortedRows(dst,
            QStringLiteral("SELECT sku, quantity, status FROM {inventory_source_item} WHERE source_code = 'default'")),
        values);
    QCOMPARE(
        sortedRows(dst, QStringLiteral("SELECT sku FROM {inventory_source_item} WHERE source_code = 'warehouse2'")),
        QStringList { QStringLiteral("ELSEWHERE") });

    // Every stock item is accounted for: written or skipped with its reason.
    const TableReport* items
        = tableOf(report, QStringLiteral("inventory"), QStringLiteral("cataloginventory_stock_item"));
    QVERIFY(items);
    QCOMPARE(items->outcome, Outcome::Succeeded);
    QCOMPARE(items->rowsRead, sourceItems);
    QCOMPARE(items->rowsWritten, qint64(expected.size()));
    QCOMPARE(items->rowsRead, items->rowsWritten + items->skippedRows());
    QCOMPARE(skippedWith(*items, QStringLiteral("no SKU")), qint64(1));
    QCOMPARE(skippedWith(*items, QStringLiteral("same SKU")), qint64(1));
    QCOMPARE(skippedWith(*items, QStringLiteral("type configurable")), perType.value(QStringLiteral("configurable")));
    QCOMPARE(skippedWith(*items, QStringLiteral("type bundle")), perType.value(QStringLiteral("bundle")));
    QCOMPARE(skippedWith(*items, QStringLiteral("type grouped")), perType.value(QStringLiteral("grouped")));
    QVERIFY2(items->warnings.join(QLatin1Char(' ')).contains(sharedSku),
        qPrintable(items->warnings.join(QLatin1Char('\n'))));
    const StepReport* step = report.step(QStringLiteral("inventory"));
    const QString warnings = step->warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("Removed 1 source item")), qPrintable(warnings));

    // Every Magento 1 website sells from the default stock; every shipment left the default source.
    QStringList channels;
    for (const QString& code : sortedRows(src, QStringLiteral("SELECT code FROM {core_website} WHERE code <> 'admin'")))
        channels << QStringLiteral("website|") + code + QStringLiteral("|1");
    QCOMPARE(
        sortedRows(dst, QStringLiteral("SELECT type, code, stock_id FROM {inventory_stock_sales_channel}")), channels);
    QCOMPARE(sortedRows(dst, QStringLiteral("SELECT shipment_id, source_code FROM {inventory_shipment_source}")),
        (QStringList { QStringLiteral("801|default"), QStringLiteral("802|default"), QStringLiteral("803|default") }));

    // The legacy stock index is Magento 2's to rebuild: the report counts the products it shows wrongly until then.
    QHash<qint64, QString> index;
    {
        QSqlQuery q = dst.query(expand(dst,
            QStringLiteral(
                "SELECT product_id, stock_status, qty FROM {cataloginventory_stock_status} WHERE website_id = 0")));
        while (q.next())
            index.insert(q.value(0).toLongLong(), q.value(1).toString() + QLatin1Char('|') + q.value(2).toString());
    }
    qint64 stale = 0;
    {
        QSqlQuery q = src.query(expand(src,
            QStringLiteral("SELECT si.product_id, si.is_in_stock, si.qty FROM {cataloginventory_stock_item} si JOIN "
                           "{catalog_product_entity} p ON p.entity_id = si.product_id WHERE p.type_id IN ('simple', "
                           "'virtual', 'downloadable')")));
        while (q.next()) {
            if (index.value(q.value(0).toLongLong())
                != q.value(1).toString() + QLatin1Char('|') + q.value(2).toString())
                ++stale;
        }
    }
    QVERIFY(stale > 0);
    QVERIFY2(warnings.contains(QStringLiteral("%1 migrated product").arg(stale))
            && warnings.contains(QLatin1String("indexer:reindex cataloginventory_stock")),
        qPrintable(warnings));

    // A rerun gives the same destination.
    const QString fingerprint = QStringLiteral("SELECT * FROM {%1}");
    const QStringList written { QStringLiteral("inventory_source_item"),
        QStringLiteral("inventory_stock_sales_channel"), QStringLiteral("inventory_shipment_source") };
    QStringList first;
    for (const QString& t : written)
        first << sortedRows(dst, fingerprint.arg(t));
    const RunReport again = runInventory(source, destination);
    QVERIFY2(again.outcome == Outcome::Succeeded, qPrintable(again.toText()));
    QStringList second;
    for (const QString& t : written)
        second << sortedRows(dst, fingerprint.arg(t));
    QCOMPARE(second, first);
    QVERIFY(
        !again.step(QStringLiteral("inventory"))->warnings.join(QLatin1Char(' ')).contains(QLatin1String("Removed")));

    // Reset puts Magento 2's own source items back.
    QVERIFY(CopyLedger::reset(dst).contains(QStringLiteral("inventory_source_item")));
    QCOMPARE(sortedRows(dst, QStringLiteral("SELECT source_code, sku, quantity, status FROM {inventory_source_item}")),
        before);
}

void TestInventoryLogSteps::logs_data()
{
    QTest::addColumn<bool>("prefixed");
    QTest::addRow("1.9.1.1") << false;
    QTest::addRow("prefixed 1.9.3.2") << true;
}

void TestInventoryLogSteps::logs()
{
    QFETCH(bool, prefixed);
    auto& server = TestServer::instance();
    const auto source
        = prefixed ? server.magento1Prefixed(QStringLiteral("log_m1p")) : server.magento1(QStringLiteral("log_m1"));
    const auto destination = server.magento2(QStringLiteral("log_m2"));
    Database src(source, {}, QStringLiteral("test"));
    Database dst(destination, {}, QStringLiteral("test"));
    // Visitors as a live store logs them (the dumps have one or two): some logged in, some without a first visit.
    for (int i = 0; i < 40; ++i) {
        exec(src,
            QStringLiteral(
                "INSERT INTO {log_visitor} (session_id, first_visit_at, last_visit_at, last_url_id, store_id) "
                "VALUES (%1, %2, '2016-03-%3 10:00:00', %4, 1)")
                .arg(i % 3 == 0 ? QStringLiteral("NULL") : Database::quoteString(QStringLiteral("sess%1abcdef").arg(i)))
                .arg(i % 5 == 0 ? QStringLiteral("NULL")
                                : QStringLiteral("'2016-03-%1 09:30:00'").arg(1 + i % 28, 2, 10, QLatin1Char('0')))
                .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                .arg(i));
    }
    exec(src,
        QStringLiteral("INSERT INTO {log_customer} (visitor_id, customer_id, login_at, store_id) SELECT visitor_id, "
                       "visitor_id + 100, last_visit_at, 1 FROM {log_visitor} WHERE visitor_id % 4 = 0"));
    // Settled statistics, so that the size the test reads is the one the step read.
    src.query(expand(src, QStringLiteral("ANALYZE TABLE {log_visitor}")));
    const QStringList untouched = sortedRows(dst, QStringLiteral("SELECT * FROM {customer_visitor}"));

    // By default the logs stay behind, and the report says how many and how big.
    {
        const RunReport report = runLog(source, destination, false);
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
        const QString count = scalarText(src, QStringLiteral("SELECT COUNT(*) FROM {log_visitor}"));
        QVERIFY(count.toLongLong() > 40);
        const double bytes = scalarText(dst,
            QStringLiteral("SELECT DATA_LENGTH + INDEX_LENGTH FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 "
                           "AND TABLE_NAME = %2")
                .arg(Database::quoteString(source.database),
                    Database::quoteString(source.table(QStringLiteral("log_visitor")))))
                                 .toDouble();
        QVERIFY(bytes > 0);
        const QString line = QStringLiteral("%1 rows of visitor logs left behind (%2 MB); carry them with --with-logs "
                                            "(or \"Visitor logs\" on the Settings and data page)")
                                 .arg(count, QString::number(bytes / 1048576.0, 'f', 1));
        QVERIFY2(report.step(QStringLiteral("log"))->warnings.contains(line), qPrintable(report.toText() + line));
        const TableReport* visitors = tableOf(report, QStringLiteral("log"), QStringLiteral("log_visitor"));
        QVERIFY(visitors);
        QCOMPARE(visitors->outcome, Outcome::Skipped);
        QCOMPARE(visitors->destinationTable, QStringLiteral("customer_visitor"));
        QCOMPARE(visitors->skippedRows(), count.toLongLong());
        // Nothing written.
        QCOMPARE(sortedRows(dst, QStringLiteral("SELECT * FROM {customer_visitor}")), untouched);
        QCOMPARE(scalarText(dst,
                     QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                    "AND TABLE_NAME = 'cutover_written'")),
            QStringLiteral("0"));
    }

    // Asked to, the step carries them through map-log.xml.
    const QStringList expected = sortedRows(src,
        QStringLiteral("SELECT visitor_id, 'NULL', 'NULL', COALESCE(first_visit_at, last_visit_at), last_visit_at FROM "
                       "{log_visitor}"));
    const qint64 changed = scalarText(src,
        QStringLiteral("SELECT COUNT(*) FROM {log_visitor} WHERE session_id IS NOT NULL OR first_visit_at IS NULL"))
                               .toLongLong();
    const RunReport report = runLog(source, destination, true);
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
    const QString visitorRows = QStringLiteral("SELECT visitor_id, customer_id, session_id, created_at, last_visit_at "
                                               "FROM {customer_visitor}");
    // customer_id stays empty (map-log.xml's destination side ignores it), session ids are not carried.
    const QStringList got = sortedRows(dst, visitorRows);
    QCOMPARE(got, expected);
    const TableReport* visitors = tableOf(report, QStringLiteral("log"), QStringLiteral("log_visitor"));
    QVERIFY(visitors);
    QCOMPARE(visitors->outcome, Outcome::Succeeded);
    QCOMPARE(visitors->rowsWritten, qint64(expected.size()));
    QCOMPARE(visitors->rowsTransformed, changed);
    QVERIFY2(visitors->warnings.join(QLatin1Char(' ')).contains(QLatin1String("session_id")),
        qPrintable(visitors->warnings.join(QLatin1Char('\n'))));

    // A rerun gives the same destination; a reset gives Magento 2's own visitors back.
    const RunReport again = runLog(source, destination, true);
    QVERIFY2(again.outcome == Outcome::Succeeded, qPrintable(again.toText()));
    QCOMPARE(sortedRows(dst, visitorRows), got);
    QVERIFY(CopyLedger::reset(dst).contains(QStringLiteral("customer_visitor")));
    QCOMPARE(sortedRows(dst, QStringLiteral("SELECT * FROM {customer_visitor}")), untouched);
}

QTEST_GUILESS_MAIN(TestInventoryLogSteps)
#include "tst_inventorylogsteps.moc"
