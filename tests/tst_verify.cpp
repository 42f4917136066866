#include "copy/copyledger.h"
#include "db/database.h"
#include "engine/foreignkeycheck.h"
#include "engine/migrationrunner.h"
#include "engine/verifier.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "sandbox/localserver.h"
#include "steps/eavstep.h"
#include "steps/mapstep.h"
#include "steps/settingsstep.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cutover;
using namespace cutover::test;

namespace {

MigrationEnvironment environment(const ConnectionProfile& source, const ConnectionProfile& destination, int jobs)
{
    MigrationEnvironment env;
    env.source = { source, {} };
    env.destination = { destination, {} };
    env.dmt = &dmt();
    env.handlers = &registry();
    env.jobs = jobs;
    return env;
}

void addSteps(MigrationRunner& runner)
{
    runner.setMode(QStringLiteral("data"));
    runner.addStep(std::make_unique<SettingsStep>());
    // The attributes first: the Map step gives the tables that name one (super attributes) Magento 2's ids.
    runner.addStep(std::make_unique<EavStep>());
    runner.addStep(std::make_unique<MapStep>());
}

VerifyReport verify(const ConnectionProfile& source, const ConnectionProfile& destination, int maxKeys = 20)
{
    const MigrationEnvironment env = environment(source, destination, 2);
    SettingsStep settings;
    EavStep eav;
    MapStep map;
    Verifier::Options options;
    options.maxKeys = maxKeys;
    Verifier verifier(env, options);
    verifier.addStep(&settings);
    verifier.addStep(&eav);
    verifier.addStep(&map);
    RunControl control;
    return verifier.run(control);
}

const TableVerification* find(const VerifyReport& report, const QString& step, const QString& table)
{
    for (const TableVerification& t : report.tables) {
        if (t.step == step && t.sourceTable == table)
            return &t;
    }
    return nullptr;
}

bool hasKey(const TableVerification& t, RowMismatch::Kind kind, const QString& key, const QStringList& columns = {})
{
    for (const RowMismatch& m : t.mismatches) {
        if (m.kind == kind && m.key == key && (columns.isEmpty() || m.columns == columns))
            return true;
    }
    return false;
}

QString describe(const TableVerification& t)
{
    return QString::fromUtf8(QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestVerify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passesAfterAMigrationAndNamesTheKeys();
    void listsAtMostMaxKeys();
    void rowsThatPointAtNothingFail();
    void destinationServerGoesAwayMidStep();

private:
    ConnectionProfile m_source; ///< the 1.9.1.1 dump with a generated store
};

void TestVerify::initTestCase()
{
    m_source = TestServer::instance().magento1(QStringLiteral("verify_m1"));
    GeneratorOptions options;
    options.products = 300;
    options.customers = 200;
    options.orders = 1500;
    options.seed = 11;
    QElapsedTimer timer;
    timer.start();
    StoreGenerator::run(m_source, {}, options);
    qInfo("generated the store in %.1f s", timer.elapsed() / 1000.0);
}

void TestVerify::passesAfterAMigrationAndNamesTheKeys()
{
    const auto destination = TestServer::instance().magento2(QStringLiteral("verify_m2"));
    {
        MigrationRunner runner(environment(m_source, destination, 2));
        addSteps(runner);
        const RunReport report = runner.run();
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
        // The generator leaves an order item and a CMS page's store link behind their deleted parents, as stores
        // in the wild have them: the Map step removes them after its copy and counts each with its reason.
        const StepReport* map = report.step(QStringLiteral("map"));
        QVERIFY(map);
        for (const QString& table : { QStringLiteral("sales_flat_order_item"), QStringLiteral("cms_page_store") }) {
            const TableReport* t = map->table(table);
            QVERIFY2(t, qPrintable(table));
            qint64 orphans = 0;
            for (auto it = t->skipped.cbegin(); it != t->skipped.cend(); ++it) {
                if (it.key().contains(QLatin1String("left out as an orphan")))
                    orphans += it.value();
            }
            QVERIFY2(orphans >= 1, qPrintable(report.toText()));
            QCOMPARE(t->rowsWritten, t->rowsRead - t->skippedRows());
        }
        // The runner verifies what its own steps carried.
        QElapsedTimer timer;
        timer.start();
        const VerifyReport verified = runner.verify();
        qInfo("verified in %.1f s", timer.elapsed() / 1000.0);
        QVERIFY2(verified.outcome == Outcome::Succeeded, qPrintable(verified.toText()));
    }
    VerifyReport report = verify(m_source, destination);
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
    QVERIFY2(report.count(TableVerification::Status::Match) >= 50, qPrintable(report.toText()));
    // The written tables' foreign keys were checked. Orders point at customers, which the Map step does not carry
    // (the Customer step does): named as a warning, not a failure, in a run of these two steps only.
    QVERIFY2(report.foreignKeysChecked >= 50, qPrintable(report.toText()));
    bool customersNamed = false;
    for (const ForeignKeyOrphans& k : report.foreignKeys) {
        QVERIFY2(!k.isFailure(), qPrintable(k.toText()));
        customersNamed |= k.table == QLatin1String("sales_order")
            && k.referencedTable == QLatin1String("customer_entity") && k.orphans > 0 && !k.referencedCarried
            && k.setNull;
    }
    QVERIFY2(customersNamed, qPrintable(report.toText()));
    QCOMPARE(report.count(TableVerification::Status::Mismatch), 0);
    QCOMPARE(report.count(TableVerification::Status::Failed), 0);
    const TableVerification* orders = find(report, QStringLiteral("map"), QStringLiteral("sales_flat_order"));
    QVERIFY(orders);
    QCOMPARE(orders->destinationTable, QStringLiteral("sales_order"));
    QVERIFY2(orders->keyed && orders->expectedRows() >= 1500, qPrintable(describe(*orders)));
    QCOMPARE(orders->destinationRows, orders->expectedRows());
    QCOMPARE(orders->destinationChecksum, orders->sourceChecksum);
    const TableVerification* config = find(report, QStringLiteral("settings"), QStringLiteral("core_config_data"));
    QVERIFY(config);
    QVERIFY2(config->status == TableVerification::Status::Match && config->keepsExisting && config->skippedRows > 0,
        qPrintable(describe(*config)));
    const TableVerification* eav = find(report, QStringLiteral("map"), QStringLiteral("eav_attribute"));
    QVERIFY(eav);
    QCOMPARE(verificationStatusName(eav->status), QStringLiteral("skipped"));

    // Change, delete and add rows in the destination: each is named by its key.
    Database dst(destination, {}, QStringLiteral("test"));
    const qint64 changed = dst.scalar(QStringLiteral("SELECT MIN(entity_id) FROM sales_order")).toLongLong();
    const qint64 deleted = dst.scalar(QStringLiteral("SELECT MAX(entity_id) FROM sales_order_address")).toLongLong();
    const qint64 page = dst.scalar(QStringLiteral("SELECT MAX(page_id) FROM cms_page")).toLongLong();
    dst.exec(QStringLiteral("UPDATE sales_order SET grand_total = grand_total + 1, customer_email = 'x@example.com', "
                            "updated_at = updated_at WHERE entity_id = %1")
                 .arg(changed));
    dst.exec(QStringLiteral("DELETE FROM sales_order_address WHERE entity_id = %1").arg(deleted));
    dst.exec(QStringLiteral("INSERT INTO cms_page (page_id, title, identifier) VALUES (%1, 'Extra', 'extra-page')")
                 .arg(page + 100));
    // A setting the Settings step carried (settings.xml keeps it as is).
    const QString path = QStringLiteral("general/locale/code");
    const QString setting
        = QStringLiteral("SELECT value FROM %1 WHERE scope = 'default' AND scope_id = 0 AND path = '%2'");
    Database src(m_source, {}, QStringLiteral("test"));
    QCOMPARE(dst.scalar(setting.arg(QStringLiteral("core_config_data"), path)).toString(),
        src.scalar(setting.arg(src.table(QStringLiteral("core_config_data")), path)).toString());
    dst.exec(QStringLiteral("UPDATE core_config_data SET value = 'changed by the test' WHERE scope = 'default' AND "
                            "scope_id = 0 AND path = '%1'")
                 .arg(path));

    report = verify(m_source, destination);
    QCOMPARE(outcomeName(report.outcome), outcomeName(Outcome::Failed));
    QVERIFY2(report.count(TableVerification::Status::Mismatch) == 4, qPrintable(report.toText()));
    orders = find(report, QStringLiteral("map"), QStringLiteral("sales_flat_order"));
    QVERIFY2(orders->status == TableVerification::Status::Mismatch && orders->different == 1 && orders->missing == 0
            && orders->extra == 0,
        qPrintable(describe(*orders)));
    QVERIFY2(hasKey(*orders, RowMismatch::Kind::Different, QStringLiteral("entity_id=%1").arg(changed),
                 { QStringLiteral("customer_email"), QStringLiteral("grand_total") })
            || hasKey(*orders, RowMismatch::Kind::Different, QStringLiteral("entity_id=%1").arg(changed),
                { QStringLiteral("grand_total"), QStringLiteral("customer_email") }),
        qPrintable(describe(*orders)));
    QVERIFY(orders->sourceChecksum != orders->destinationChecksum);
    const TableVerification* addresses
        = find(report, QStringLiteral("map"), QStringLiteral("sales_flat_order_address"));
    QVERIFY2(addresses->missing == 1 && addresses->destinationRows == addresses->expectedRows() - 1,
        qPrintable(describe(*addresses)));
    QVERIFY2(hasKey(*addresses, RowMismatch::Kind::Missing, QStringLiteral("entity_id=%1").arg(deleted)),
        qPrintable(describe(*addresses)));
    const TableVerification* pages = find(report, QStringLiteral("map"), QStringLiteral("cms_page"));
    QVERIFY2(
        pages->extra == 1 && hasKey(*pages, RowMismatch::Kind::Extra, QStringLiteral("page_id=%1").arg(page + 100)),
        qPrintable(describe(*pages)));
    config = find(report, QStringLiteral("settings"), QStringLiteral("core_config_data"));
    QVERIFY2(hasKey(*config, RowMismatch::Kind::Different, QStringLiteral("scope=default,scope_id=0,path=%1").arg(path),
                 { QStringLiteral("value") }),
        qPrintable(describe(*config)));
    // The text names them too.
    const QString text = report.toText();
    QVERIFY2(text.contains(QStringLiteral("different: entity_id=%1").arg(changed)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("missing in the destination: entity_id=%1").arg(deleted)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("extra in the destination: page_id=%1").arg(page + 100)), qPrintable(text));
}

void TestVerify::listsAtMostMaxKeys()
{
    const auto destination = TestServer::instance().magento2(QStringLiteral("verify_cap_m2"));
    MigrationRunner runner(environment(m_source, destination, 2));
    addSteps(runner);
    QVERIFY(runner.run().outcome == Outcome::Succeeded);
    Database dst(destination, {}, QStringLiteral("test"));
    const qint64 deleted = dst.exec(QStringLiteral("DELETE FROM sales_order_item ORDER BY item_id LIMIT 30"));
    QCOMPARE(deleted, 30);
    dst.exec(QStringLiteral("UPDATE sales_invoice SET grand_total = grand_total + 1, updated_at = updated_at ORDER BY "
                            "entity_id DESC LIMIT 7"));
    const VerifyReport report = verify(m_source, destination, 5);
    const TableVerification* items = find(report, QStringLiteral("map"), QStringLiteral("sales_flat_order_item"));
    QVERIFY(items);
    QVERIFY2(items->missing == 30 && items->mismatches.size() == 5, qPrintable(describe(*items)));
    const qint64 first = dst.scalar(QStringLiteral("SELECT MIN(item_id) FROM sales_order_item")).toLongLong();
    // The first keys in key order are listed: the lowest deleted ids.
    QVERIFY2(items->mismatches.first().key.startsWith(QStringLiteral("item_id=")), qPrintable(describe(*items)));
    QVERIFY(items->mismatches.first().key.mid(8).toLongLong() < first);
    const TableVerification* invoices = find(report, QStringLiteral("map"), QStringLiteral("sales_flat_invoice"));
    QVERIFY(invoices);
    QVERIFY2(invoices->different == 7 && invoices->mismatches.size() == 5
            && invoices->mismatches.first().columns == QStringList { QStringLiteral("grand_total") },
        qPrintable(describe(*invoices)));
    QVERIFY(report.toText().contains(QStringLiteral("... and 25 more")));
}

// Cutover writes with foreign key checks off, so the verification checks the written tables' foreign keys: an
// order removed from under its invoice fails it, naming the constraint and the invoice's key.
void TestVerify::rowsThatPointAtNothingFail()
{
    // In Magento 1, an order with an invoice is deleted with checks off: its invoice is an orphan, and the
    // invoice's items, whose invoice exists, go with it. Both are counted, and the verification agrees.
    {
        Database src(m_source, {}, QStringLiteral("test"));
        const qint64 gone = src.scalar(QStringLiteral("SELECT MIN(i.order_id) FROM sales_flat_invoice i JOIN "
                                                      "sales_flat_invoice_item t ON t.parent_id = i.entity_id"))
                                .toLongLong();
        QVERIFY(gone > 0);
        src.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
        QCOMPARE(src.exec(QStringLiteral("DELETE FROM sales_flat_order WHERE entity_id = %1").arg(gone)), 1);
        src.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
    }
    const auto destination = TestServer::instance().magento2(QStringLiteral("verify_keys_m2"));
    MigrationRunner runner(environment(m_source, destination, 2));
    addSteps(runner);
    const RunReport migrated = runner.run();
    QVERIFY(migrated.outcome == Outcome::Succeeded);
    for (const QString& table : { QStringLiteral("sales_flat_invoice"), QStringLiteral("sales_flat_invoice_item") }) {
        const TableReport* t = migrated.step(QStringLiteral("map"))->table(table);
        QVERIFY2(t, qPrintable(table));
        qint64 orphans = 0;
        for (auto it = t->skipped.cbegin(); it != t->skipped.cend(); ++it) {
            if (it.key().contains(QLatin1String("left out as an orphan")))
                orphans += it.value();
        }
        QVERIFY2(orphans >= 1, qPrintable(table + QLatin1Char(' ') + migrated.toText()));
    }
    const VerifyReport clean = verify(m_source, destination);
    QVERIFY2(clean.outcome == Outcome::Succeeded, qPrintable(clean.toText()));

    Database dst(destination, {}, QStringLiteral("test"));
    const qint64 order = dst.scalar(QStringLiteral("SELECT MIN(order_id) FROM sales_invoice")).toLongLong();
    QVERIFY(order > 0);
    dst.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
    QCOMPARE(dst.exec(QStringLiteral("DELETE FROM sales_order WHERE entity_id = %1").arg(order)), 1);
    dst.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));

    const VerifyReport report = verify(m_source, destination);
    QCOMPARE(outcomeName(report.outcome), outcomeName(Outcome::Failed));
    const ForeignKeyOrphans* invoices = nullptr;
    for (const ForeignKeyOrphans& k : report.foreignKeys) {
        if (k.table == QLatin1String("sales_invoice") && k.columns == QStringList { QStringLiteral("order_id") })
            invoices = &k;
    }
    QVERIFY2(invoices, qPrintable(report.toText()));
    QVERIFY2(invoices->isFailure() && invoices->referencedCarried && invoices->orphans >= 1
            && invoices->referencedTable == QLatin1String("sales_order")
            && invoices->samples.contains(QStringLiteral("order_id=%1").arg(order)),
        qPrintable(invoices->toText()));
    const QString text = report.toText();
    QVERIFY2(text.contains(QStringLiteral("sales_invoice.order_id -> sales_order.entity_id"))
            && text.contains(QStringLiteral("point at nothing (order_id=%1").arg(order)),
        qPrintable(text));
    const QJsonObject json = report.toJson();
    QVERIFY(json.value(QStringLiteral("foreignKeysChecked")).toInt() >= 50);
    QVERIFY(!json.value(QStringLiteral("foreignKeys")).toArray().isEmpty());

    // Checked in ranges of keys (as tens of millions of rows are), the same orphans are found, the progress
    // reaches the end, and a cancelled check stops between ranges.
    const QSet<QString> tables { QStringLiteral("sales_invoice"), QStringLiteral("sales_invoice_item") };
    ForeignKeyCheck::Options small;
    small.chunkKeys = 2;
    QList<QPair<qint64, qint64>> steps;
    small.progress = [&](qint64 done, qint64 total) { steps << qMakePair(done, total); };
    ForeignKeyCheck ranged(small);
    const QList<ForeignKeyOrphans> inRanges = ranged.run(dst, tables);
    const QList<ForeignKeyOrphans> whole = ForeignKeyCheck().run(dst, tables);
    QCOMPARE(inRanges.size(), whole.size());
    for (int i = 0; i < whole.size(); ++i) {
        QCOMPARE(inRanges[i].constraint, whole[i].constraint);
        QCOMPARE(inRanges[i].orphans, whole[i].orphans);
        QCOMPARE(inRanges[i].samples, whole[i].samples);
    }
    QVERIFY2(steps.size() > ranged.checked(), qPrintable(QString::number(steps.size())));
    QCOMPARE(steps.last().first, steps.last().second);
    int cancelledAfter = 0;
    RunControl control;
    small.progress = [&](qint64, qint64) {
        ++cancelledAfter;
        control.cancel();
    };
    ForeignKeyCheck(small).run(dst, tables, &control);
    QCOMPARE(cancelledAfter, 1);
}

// The destination is a second private server, stopped while the Map step copies: the run fails with a message
// naming the tables it stopped in, and once the server is back, a rerun resumes to a verified destination.
void TestVerify::destinationServerGoesAwayMidStep()
{
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/cutover-test-gone-XXXXXX"));
    QVERIFY(folder.isValid());
    LocalServer::Options options;
    options.rootFolder = folder.path();
    LocalServer second(options);
    second.start();
    second.runSql(QStringLiteral("CREATE USER IF NOT EXISTS 'magento'@'%'; GRANT ALL ON *.* TO 'magento'@'%';"));
    second.recreateDatabase(QStringLiteral("gone_m2"));
    second.loadDump(QStringLiteral("gone_m2"), fixturePath(QStringLiteral("m2/magento-2.4.8.sql")));
    const ConnectionProfile destination = second.rootProfile(QStringLiteral("gone_m2"));

    MigrationEnvironment env = environment(m_source, destination, 2);
    // Small batches: many commits, so that the server goes away in the middle of a table.
    env.copyOptions.firstBatchRows = 50;
    env.copyOptions.maxBatchRows = 50;
    env.copyOptions.batchBytes = 16 * 1024;
    {
        // The attributes first, so that the Map step finds Magento 2's ids for the tables that name one.
        MigrationRunner eav(env);
        eav.setMode(QStringLiteral("data"));
        eav.addStep(std::make_unique<EavStep>());
        const RunReport attributes = eav.run();
        QVERIFY2(attributes.outcome == Outcome::Succeeded, qPrintable(attributes.toText()));
    }
    RunReport failed;
    {
        MigrationRunner runner(env);
        runner.setMode(QStringLiteral("data"));
        runner.addStep(std::make_unique<MapStep>());
        QFuture<RunReport> future = runner.start();
        qint64 committed = 0;
        QElapsedTimer waited;
        waited.start();
        while (committed < 1000 && !future.isFinished() && waited.elapsed() < 120'000) {
            QThread::msleep(20);
            try {
                Database db(destination, {}, QStringLiteral("poll"));
                committed
                    = db.scalar(QStringLiteral("SELECT COALESCE(SUM(`rows`), 0) FROM cutover_progress")).toLongLong();
            } catch (const Error&) {
                // The ledger is not there yet.
            }
        }
        QVERIFY2(!future.isFinished(), "the migration ended before the server could be stopped: a bigger store");
        second.stop();
        future.waitForFinished();
        failed = future.result();
    }
    QCOMPARE(outcomeName(failed.outcome), outcomeName(Outcome::Failed));
    const StepReport* map = failed.step(QStringLiteral("map"));
    QVERIFY(map);
    QVERIFY2(map->message.contains(QStringLiteral("run again to resume")), qPrintable(map->message));
    QStringList stopped;
    for (const TableReport& t : map->tables) {
        if (t.outcome != Outcome::Failed)
            continue;
        stopped << t.sourceTable;
        QVERIFY2(t.reason.contains(t.sourceTable) || t.errors.join(QLatin1Char(' ')).contains(t.sourceTable),
            qPrintable(t.reason));
    }
    QVERIFY2(!stopped.isEmpty(), qPrintable(failed.toText()));
    const QString text = failed.toText();
    for (const QString& table : stopped)
        QVERIFY2(text.contains(table + QStringLiteral(" -> ")), qPrintable(text));

    second.start();
    MigrationRunner runner(env);
    runner.setMode(QStringLiteral("data"));
    runner.addStep(std::make_unique<MapStep>());
    const RunReport resumed = runner.run();
    QVERIFY2(resumed.outcome == Outcome::Succeeded, qPrintable(resumed.toText()));
    qint64 resumedRows = 0;
    for (const TableReport& t : resumed.step(QStringLiteral("map"))->tables)
        resumedRows += t.rowsResumed;
    QVERIFY2(resumedRows > 0, qPrintable(resumed.toText()));
    const VerifyReport verified = runner.verify();
    QVERIFY2(verified.outcome == Outcome::Succeeded, qPrintable(verified.toText()));
    second.stop();
}

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
