#include "db/database.h"
#include "delta/captureplan.h"
#include "delta/deltacapture.h"
#include "engine/migrationrunner.h"
#include "engine/verifier.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "project/project.h"
#include "steps/mapstep.h"
#include "steps/steplist.h"
#include "deltasupport.h"
#include "stepsupport.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cutover;
using namespace cutover::test;

namespace {

// Cutover's own mapping, as a user runs it (the tool's 1.9.4.5 files name a handler for quote address items that
// Cutover does not run).
MigrationEnvironment environment(const ConnectionProfile& source, const ConnectionProfile& destination)
{
    return builtInEnvironment(source, destination);
}

// Queries name Magento 1's tables as {table}: the store is the prefixed one.
void run(Database& db, const QString& sql)
{
    db.exec(expand(db, sql));
}

qint64 count(Database& db, const QString& sql)
{
    return db.scalar(expand(db, sql)).toLongLong();
}

QStringList column(Database& db, const QString& sql)
{
    QStringList values;
    QSqlQuery q = db.query(expand(db, sql));
    while (q.next())
        values << q.value(0).toString();
    return values;
}

VerifyReport verifyMap(const MigrationEnvironment& env, const OptionalAreas& areas)
{
    MapStep map(areas);
    Verifier verifier(env);
    verifier.addStep(&map);
    RunControl control;
    return verifier.run(control);
}

const TableVerification* find(const VerifyReport& report, const QString& table)
{
    for (const TableVerification& t : report.tables) {
        if (t.sourceTable == table)
            return &t;
    }
    return nullptr;
}

// Magento 1's quote tables below the quote, and how many rows of some quotes each holds. (Not the payments: the
// test's configuration has no encryption key, so the Map step skips their table with that reason.)
const char* const quoteChildren[][2] = {
    { "sales_flat_quote_item", "SELECT COUNT(*) FROM {sales_flat_quote_item} WHERE quote_id IN (%1)" },
    { "sales_flat_quote_address", "SELECT COUNT(*) FROM {sales_flat_quote_address} WHERE quote_id IN (%1)" },
    { "sales_flat_quote_item_option",
        "SELECT COUNT(*) FROM {sales_flat_quote_item_option} o JOIN {sales_flat_quote_item} i ON i.item_id = o.item_id "
        "WHERE i.quote_id IN (%1)" },
    { "sales_flat_quote_shipping_rate",
        "SELECT COUNT(*) FROM {sales_flat_quote_shipping_rate} r JOIN {sales_flat_quote_address} a ON a.address_id = "
        "r.address_id WHERE a.quote_id IN (%1)" },
    { "sales_flat_quote_address_item",
        "SELECT COUNT(*) FROM {sales_flat_quote_address_item} r JOIN {sales_flat_quote_address} a ON a.address_id = "
        "r.quote_address_id WHERE a.quote_id IN (%1)" },
};

// The same counts in Magento 2's names.
const char* const quoteChildrenM2[] = {
    "SELECT COUNT(*) FROM quote_item WHERE quote_id IN (%1)",
    "SELECT COUNT(*) FROM quote_address WHERE quote_id IN (%1)",
    "SELECT COUNT(*) FROM quote_item_option o JOIN quote_item i ON i.item_id = o.item_id WHERE i.quote_id IN (%1)",
    "SELECT COUNT(*) FROM quote_shipping_rate r JOIN quote_address a ON a.address_id = r.address_id WHERE a.quote_id "
    "IN (%1)",
    "SELECT COUNT(*) FROM quote_address_item r JOIN quote_address a ON a.address_id = r.quote_address_id WHERE "
    "a.quote_id IN (%1)",
};

} // namespace

// The parts of a store a user leaves behind: the migration does not copy them and counts them, change capture puts
// no trigger on their tables, delta does not carry them, and the verification does not expect them.
class TestOptionalAreas : public QObject
{
    Q_OBJECT
private:
    ConnectionProfile m_m1;
    ConnectionProfile m_m2;
    OptionalAreas m_areas;
    RunReport m_report;
    QStringList m_recent; ///< ids of the quotes updated within the lifetime
    QStringList m_old;
    QString m_revived; ///< the old quote delta brought back

private Q_SLOTS:
    void choicesReadAndWrite()
    {
        // The names --leave-out takes, and what each leaves out.
        QString error;
        const QDateTime before(QDate(2026, 10, 28), QTime(0, 0), QTimeZone::utc());
        const auto areas = OptionalAreas::fromNames(QStringLiteral("reports, old-quotes"), before, &error);
        QVERIFY2(areas, qPrintable(error));
        QVERIFY(areas->visitorLogs);
        QVERIFY(!areas->reports);
        QCOMPARE(areas->oldQuotesBefore, before);
        QCOMPARE(areas->leftOutNames(), (QStringList { QStringLiteral("reports"), QStringLiteral("old-quotes") }));
        QVERIFY(OptionalAreas::fromNames(QStringLiteral("none"), {})->leftOutNames().isEmpty());
        QVERIFY(!OptionalAreas::fromNames(QStringLiteral("logs,quotes"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("\"quotes\"")) && error.contains(QLatin1String("old-quotes")),
            qPrintable(error));
        // By default only the visitor log stays behind.
        QCOMPARE(OptionalAreas().leftOutNames(), QStringList { QStringLiteral("logs") });

        // Which tables are reports: not the rating summaries the storefront shows, nor the event types.
        for (const char* table : { "report_event", "report_viewed_product_index", "report_compared_product_index",
                 "report_viewed_product_aggregated_daily", "sales_bestsellers_aggregated_yearly",
                 "sales_order_aggregated_created", "sales_invoiced_aggregated_order", "tax_order_aggregated_updated",
                 "coupon_aggregated", "coupon_aggregated_updated" })
            QVERIFY2(OptionalAreas::isReportTable(QLatin1String(table)), table);
        for (const char* table : { "rating_option_vote_aggregated", "report_event_types", "sales_flat_order",
                 "catalogsearch_query", "log_visitor" })
            QVERIFY2(!OptionalAreas::isReportTable(QLatin1String(table)), table);

        // Kept in the project as chosen, the date of old quotes included; an older project file loads the defaults.
        StepOptions options;
        options.urlClash = UrlRewriteStep::ClashRule::KeepFirst;
        options.areas = *areas;
        QCOMPARE(StepOptions::fromJson(options.toJson()), options);
        QCOMPARE(StepOptions::fromJson({}), StepOptions {});
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("shop.cutover"));
        Project project;
        project.name = QStringLiteral("Shop");
        project.stepOptions = options.toJson();
        project.save(path);
        QCOMPARE(StepOptions::fromJson(Project::load(path).stepOptions), options);
    }

    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        auto& server = TestServer::instance();
        m_m1 = server.magento1Prefixed(QStringLiteral("areas_m1"));
        m_m2 = server.magento2(QStringLiteral("areas_m2"));
        GeneratorOptions options;
        options.products = 10;
        options.customers = 5;
        options.orders = 60;
        options.seed = 31;
        try {
            StoreGenerator::run(m_m1, {}, options);
            Database src(m_m1, {}, QStringLiteral("test"));
            // Half the quotes untouched for a year, half updated today; each with an option per item, a shipping
            // rate and an address item, so that every quote table has rows of both kinds.
            run(src, QStringLiteral("UPDATE {sales_flat_quote} SET updated_at = IF(entity_id % 2 = 0, "
                                    "'2025-01-15 10:00:00', UTC_TIMESTAMP())"));
            run(src, QStringLiteral("INSERT INTO {sales_flat_quote_item_option} (item_id, product_id, code, value) "
                                    "SELECT item_id, product_id, 'info_buyRequest', 'a:1:{s:3:\"qty\";i:1;}' FROM "
                                    "{sales_flat_quote_item}"));
            run(src, QStringLiteral("INSERT INTO {sales_flat_quote_shipping_rate} (address_id, carrier, code, method, "
                                    "price) SELECT address_id, 'flatrate', 'flatrate_flatrate', 'flatrate', 5 FROM "
                                    "{sales_flat_quote_address}"));
            run(src, QStringLiteral("INSERT INTO {sales_flat_quote_address_item} (quote_address_id, quote_item_id, qty) "
                                    "SELECT a.address_id, i.item_id, 1 FROM {sales_flat_quote_address} a JOIN "
                                    "{sales_flat_quote_item} i ON i.quote_id = a.quote_id"));
            // Reports: product views, recently viewed products, and a day of sales statistics.
            run(src, QStringLiteral("INSERT INTO {report_event} (logged_at, event_type_id, object_id, subject_id, "
                                    "subtype, store_id) SELECT UTC_TIMESTAMP(), 1, entity_id, 0, 1, 1 FROM "
                                    "{catalog_product_entity}"));
            run(src, QStringLiteral("INSERT INTO {report_viewed_product_index} (visitor_id, product_id, store_id, "
                                    "added_at) SELECT entity_id, entity_id, 1, UTC_TIMESTAMP() FROM "
                                    "{catalog_product_entity}"));
            run(src, QStringLiteral("INSERT INTO {sales_order_aggregated_created} (period, store_id, order_status, "
                                    "orders_count) VALUES ('2025-01-15', 1, 'complete', 3), ('2025-01-15', NULL, "
                                    "'complete', 3)"));
            m_recent = column(src, QStringLiteral("SELECT entity_id FROM {sales_flat_quote} WHERE entity_id % 2 = 1"));
            m_old = column(src, QStringLiteral("SELECT entity_id FROM {sales_flat_quote} WHERE entity_id % 2 = 0"));
            QVERIFY2(m_recent.size() >= 3 && m_old.size() >= 3, "the generated store has too few quotes");

            // What the user chose: logs (the default), reports and old quotes by Magento 2's rule stay behind.
            m_areas.reports = false;
            m_areas.oldQuotesBefore = OptionalAreas::defaultOldQuotesBefore(src);
            QCOMPARE(m_areas.oldQuotesBefore.date(), QDateTime::currentDateTimeUtc().date().addDays(-30));
            DeltaCapture::install(src, CapturePlanner::plan(src, builtInMapping(), m_areas));
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message() + QLatin1Char(' ') + e.details()));
        }
        StepOptions stepOptions;
        stepOptions.areas = m_areas;
        MigrationRunner runner(environment(m_m1, m_m2));
        runner.setMode(QStringLiteral("data"));
        for (auto& step : migrationSteps(StepSet::Settings))
            runner.addStep(std::move(step));
        for (auto& step : migrationSteps(StepSet::Data, stepOptions))
            runner.addStep(std::move(step));
        m_report = runner.run();
        QVERIFY2(m_report.outcome == Outcome::Succeeded, qPrintable(m_report.toText()));
        qInfo("set-up: %.1f s", timer.elapsed() / 1000.0);
    }

    void reportsStayBehindAndAreCounted()
    {
        Database src(m_m1, {}, QStringLiteral("test"));
        Database dst(m_m2, {}, QStringLiteral("test"));
        const StepReport* map = m_report.step(QStringLiteral("map"));
        QVERIFY(map);
        for (const char* name : { "report_event", "report_viewed_product_index", "sales_order_aggregated_created" }) {
            const QString table = QLatin1String(name);
            const qint64 rows = count(src, QStringLiteral("SELECT COUNT(*) FROM {%1}").arg(table));
            QVERIFY2(rows > 0, name);
            QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)), 0);
            const TableReport* report = map->table(table);
            QVERIFY2(report, name);
            QCOMPARE(report->outcome, Outcome::Skipped);
            QVERIFY2(report->reason.contains(QLatin1String("Refresh Statistics")), qPrintable(report->reason));
            QCOMPARE(skippedWith(*report, QStringLiteral("reports and statistics")), rows);
        }
        // What the Settings and data page and 'check' say they weigh: every report table, with their rows.
        const OptionalAreas::Size size = OptionalAreas::reportsSize(src);
        QVERIFY2(size.tables >= 20, qPrintable(QString::number(size.tables)));
        QCOMPARE(size.rows,
            count(src, QStringLiteral("SELECT (SELECT COUNT(*) FROM {report_event}) + (SELECT COUNT(*) FROM "
                                      "{report_viewed_product_index}) + (SELECT COUNT(*) FROM "
                                      "{sales_order_aggregated_created})")));
        QVERIFY(size.bytes > 0);
        // The rating summaries the storefront shows are not reports: carried.
        QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM rating_option_vote_aggregated")),
            count(src, QStringLiteral("SELECT COUNT(*) FROM {rating_option_vote_aggregated}")));
        QVERIFY(count(src, QStringLiteral("SELECT COUNT(*) FROM {rating_option_vote_aggregated}")) > 0);
    }

    void oldQuotesStayBehindWithTheirRows()
    {
        Database src(m_m1, {}, QStringLiteral("test"));
        Database dst(m_m2, {}, QStringLiteral("test"));
        const QString recent = m_recent.join(QLatin1Char(','));
        const QString old = m_old.join(QLatin1Char(','));
        QCOMPARE(column(dst, QStringLiteral("SELECT entity_id FROM quote ORDER BY entity_id")),
            column(src, QStringLiteral("SELECT entity_id FROM {sales_flat_quote} WHERE entity_id IN (%1) ORDER BY "
                                       "entity_id")
                            .arg(recent)));
        const OptionalAreas::QuotesSize size = OptionalAreas::quotesSize(src, m_areas.oldQuotesBefore);
        QCOMPARE(size.quotes, qint64(m_recent.size() + m_old.size()));
        QCOMPARE(size.oldQuotes, qint64(m_old.size()));
        QVERIFY(size.oldBytes > 0 && size.oldBytes < size.bytes);
        const StepReport* map = m_report.step(QStringLiteral("map"));
        QVERIFY(map);
        const TableReport* quotes = map->table(QStringLiteral("sales_flat_quote"));
        QVERIFY(quotes);
        QCOMPARE(quotes->outcome, Outcome::Succeeded);
        QCOMPARE(skippedWith(*quotes, QStringLiteral("an old quote")), qint64(m_old.size()));
        for (int i = 0; i < int(std::size(quoteChildren)); ++i) {
            const QString table = QLatin1String(quoteChildren[i][0]);
            const qint64 kept = count(src, QString::fromLatin1(quoteChildren[i][1]).arg(recent));
            const qint64 left = count(src, QString::fromLatin1(quoteChildren[i][1]).arg(old));
            QVERIFY2(kept > 0 && left > 0, qPrintable(table));
            QVERIFY2(count(dst, QString::fromLatin1(quoteChildrenM2[i]).arg(recent)) == kept, qPrintable(table));
            QCOMPARE(count(dst, QString::fromLatin1(quoteChildrenM2[i]).arg(old)), 0);
            const TableReport* report = map->table(table);
            QVERIFY2(report, qPrintable(table));
            QCOMPARE(report->outcome, Outcome::Succeeded);
            QCOMPARE(skippedWith(*report, QStringLiteral("an old quote")), left);
            QCOMPARE(report->rowsWritten, kept);
        }
    }

    void verificationExpectsWhatWasCarried()
    {
        const MigrationEnvironment env = environment(m_m1, m_m2);
        const VerifyReport same = verifyMap(env, m_areas);
        QVERIFY2(same.outcome == Outcome::Succeeded, qPrintable(same.toText()));
        // Verified as if everything had been carried, the rows left behind are missing.
        OptionalAreas everything;
        everything.visitorLogs = true;
        const VerifyReport all = verifyMap(env, everything);
        QCOMPARE(all.outcome, Outcome::Failed);
        for (const char* table : { "sales_flat_quote", "sales_flat_quote_item", "report_event" }) {
            const TableVerification* t = find(all, QLatin1String(table));
            QVERIFY2(t && t->status == TableVerification::Status::Mismatch, table);
        }
    }

    void captureLeavesTheirTablesAlone()
    {
        Database src(m_m1, {}, QStringLiteral("test"));
        const QStringList triggered = column(src,
            QStringLiteral("SELECT DISTINCT SUBSTRING(EVENT_OBJECT_TABLE, %1) FROM information_schema.TRIGGERS WHERE "
                           "TRIGGER_SCHEMA = DATABASE()")
                .arg(m_m1.tablePrefix.size() + 1));
        QVERIFY(triggered.contains(QStringLiteral("sales_flat_quote")));
        QVERIFY(triggered.contains(QStringLiteral("rating_option_vote_aggregated")));
        for (const char* table : { "report_event", "report_viewed_product_index", "sales_order_aggregated_created",
                 "log_visitor" })
            QVERIFY2(!triggered.contains(QLatin1String(table)), table);
        // The plan says why, and carrying them puts them back.
        const CapturePlan plan = CapturePlanner::plan(src, builtInMapping(), m_areas);
        bool said = false;
        for (const SkippedTable& skipped : plan.skipped)
            said = said || (skipped.table == QLatin1String("report_event") && skipped.reason.contains(QLatin1String("left behind")));
        QVERIFY(said);
        OptionalAreas everything;
        everything.visitorLogs = true;
        QStringList carried;
        for (const CaptureTarget& target : CapturePlanner::plan(src, builtInMapping(), everything).targets)
            carried << target.table;
        QVERIFY(carried.contains(QStringLiteral("report_event")));
        QVERIFY(carried.contains(QStringLiteral("log_visitor")));
    }

    void deltaBringsBackAnOldQuoteWhole()
    {
        Database src(m_m1, {}, QStringLiteral("test"));
        Database dst(m_m2, {}, QStringLiteral("test"));
        // A customer back at a cart untouched for a year: Magento 1 saves the quote, not its old items.
        // One with items and addresses, so that each of its tables has rows to bring back.
        const QString revived = column(src,
            QStringLiteral("SELECT q.entity_id FROM {sales_flat_quote} q WHERE q.entity_id % 2 = 0 AND EXISTS (SELECT 1 "
                           "FROM {sales_flat_quote_item} i WHERE i.quote_id = q.entity_id) AND EXISTS (SELECT 1 FROM "
                           "{sales_flat_quote_address} a WHERE a.quote_id = q.entity_id) ORDER BY q.entity_id LIMIT 1"))
                                    .value(0);
        QVERIFY(!revived.isEmpty());
        QStringList others = m_old;
        others.removeAll(revived);
        run(src, QStringLiteral("UPDATE {sales_flat_quote} SET updated_at = UTC_TIMESTAMP(), items_qty = items_qty + 1 "
                                "WHERE entity_id = %1")
                     .arg(revived));
        // A bulk update that leaves updated_at alone (Magento 1's catalog rule cron marks quotes to recollect) does
        // not make the others recent: they stay behind.
        run(src, QStringLiteral("UPDATE {sales_flat_quote} SET trigger_recollect = 1 WHERE entity_id IN (%1)")
                     .arg(others.join(QLatin1Char(','))));
        const DeltaFigures figures = applyDeltaOnce(environment(m_m1, m_m2), m_areas);
        QCOMPARE(figures.state, DeltaFigures::State::Stopped);
        QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM quote WHERE entity_id = %1").arg(revived)), 1);
        for (int i = 0; i < int(std::size(quoteChildren)); ++i) {
            const qint64 rows = count(src, QString::fromLatin1(quoteChildren[i][1]).arg(revived));
            QVERIFY(rows > 0);
            QCOMPARE(count(dst, QString::fromLatin1(quoteChildrenM2[i]).arg(revived)), rows);
        }
        // The other old quotes stay behind, and the final verification agrees with all of it.
        QCOMPARE(count(dst,
                     QStringLiteral("SELECT COUNT(*) FROM quote WHERE entity_id IN (%1)").arg(others.join(QLatin1Char(',')))),
            0);
        QVERIFY2(figures.skippedByMapping >= others.size(), qPrintable(describe(figures)));
        m_revived = revived;
        const VerifyReport report = verifyMap(environment(m_m1, m_m2), m_areas);
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
    }

    void deltaSaysWhatItDoesNotCarry()
    {
        Database src(m_m1, {}, QStringLiteral("test"));
        Database dst(m_m2, {}, QStringLiteral("test"));
        OptionalAreas everything;
        everything.visitorLogs = true;
        // Reports carried again, after the capture was installed without their triggers: their changes are lost,
        // and delta says so instead of carrying nothing in silence.
        {
            const DeltaFigures figures = applyDeltaOnce(environment(m_m1, m_m2), everything);
            const QString reason = figures.notCarriedTables.value(QStringLiteral("report_event"));
            QVERIFY2(reason.contains(QLatin1String("installed while it was left behind")), qPrintable(describe(figures)));
        }
        // A capture that records the reports while the migration leaves them behind: their changes are not carried.
        DeltaCapture::install(src, CapturePlanner::plan(src, builtInMapping(), everything));
        run(src, QStringLiteral("INSERT INTO {report_event} (logged_at, event_type_id, object_id, subject_id, subtype, "
                                "store_id) VALUES (UTC_TIMESTAMP(), 1, 1, 0, 1, 1)"));
        const DeltaFigures figures = applyDeltaOnce(environment(m_m1, m_m2), m_areas);
        QCOMPARE(figures.state, DeltaFigures::State::Stopped);
        QVERIFY2(figures.notCarriedTables.value(QStringLiteral("report_event")).contains(QLatin1String("left behind")),
            qPrintable(describe(figures)));
        QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM report_event")), 0);
    }

    void anotherChoiceCopiesTheQuotesAgain()
    {
        Database src(m_m1, {}, QStringLiteral("test"));
        Database dst(m_m2, {}, QStringLiteral("test"));
        const MigrationEnvironment env = environment(m_m1, m_m2);
        OptionalAreas everything;
        everything.visitorLogs = true;
        const auto mapOnly = [&](const OptionalAreas& areas) {
            MigrationRunner runner(env);
            runner.setMode(QStringLiteral("data"));
            runner.addStep(std::make_unique<MapStep>(areas));
            return runner.run();
        };
        // Every quote carried now: the quote tables are copied again, whole, and say why.
        RunReport report = mapOnly(everything);
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
        const TableReport* quotes = report.step(QStringLiteral("map"))->table(QStringLiteral("sales_flat_quote"));
        QVERIFY(quotes);
        QVERIFY2(quotes->warnings.join(QLatin1Char(' ')).contains(QLatin1String("copied again from the start")),
            qPrintable(quotes->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM quote")),
            count(src, QStringLiteral("SELECT COUNT(*) FROM {sales_flat_quote}")));
        VerifyReport verified = verifyMap(env, everything);
        QVERIFY2(verified.outcome == Outcome::Succeeded, qPrintable(verified.toText()));
        // And back: the old ones go again.
        report = mapOnly(m_areas);
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
        QStringList stillOld = m_old;
        stillOld.removeAll(m_revived);
        QCOMPARE(count(dst,
                     QStringLiteral("SELECT COUNT(*) FROM quote WHERE entity_id IN (%1)").arg(stillOld.join(QLatin1Char(',')))),
            0);
        verified = verifyMap(env, m_areas);
        QVERIFY2(verified.outcome == Outcome::Succeeded, qPrintable(verified.toText()));
    }
};

QTEST_GUILESS_MAIN(TestOptionalAreas)
#include "tst_optionalareas.moc"
