#include "copy/copyledger.h"
#include "db/database.h"
#include "engine/migrationrunner.h"
#include "engine/verifier.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "steps/mapstep.h"
#include "steps/settingsstep.h"
#include "testserver.h"

#include <QSqlQuery>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

RunReport migrate(const ConnectionProfile& source, const ConnectionProfile& destination, int jobs,
    QList<RunProgress>* progress = nullptr)
{
    MigrationEnvironment env;
    env.source = { source, {} };
    env.destination = { destination, {} };
    env.dmt = &dmt();
    env.handlers = &registry();
    env.jobs = jobs;
    MigrationRunner runner(env);
    runner.setMode(QStringLiteral("data"));
    runner.addStep(std::make_unique<SettingsStep>());
    runner.addStep(std::make_unique<MapStep>());
    if (progress)
        QObject::connect(
            &runner, &MigrationRunner::progressChanged, [progress](const RunProgress& p) { *progress << p; });
    return runner.run();
}

QString describe(const RunReport& report)
{
    return report.toText();
}

QMap<QString, QString> checksums(const ConnectionProfile& profile, bool changeLogsAsSets = false)
{
    Database db(profile, {}, QStringLiteral("test"));
    QStringList tables;
    QSqlQuery q = db.query(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                          "DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME NOT LIKE 'cutover%' "
                                          "ORDER BY 1"));
    while (q.next())
        tables << q.value(0).toString();
    QMap<QString, QString> sums;
    for (const QString& t : tables) {
        // Magento 2's indexer triggers number change-log rows in the order the writes came: with parallel jobs
        // the same rows come in another order, so only which entities changed is compared.
        if (changeLogsAsSets && t.endsWith(QLatin1String("_cl"))) {
            sums.insert(t,
                db.scalar(QStringLiteral("SELECT MD5(GROUP_CONCAT(DISTINCT entity_id ORDER BY entity_id)) FROM %1")
                              .arg(Database::quoteIdentifier(t)))
                    .toString());
            continue;
        }
        // updated_at is set by the server to the time of the write (ON UPDATE CURRENT_TIMESTAMP).
        if (t == QLatin1String("core_config_data")) {
            sums.insert(t,
                db.scalar(QStringLiteral("SELECT MD5(GROUP_CONCAT(CONCAT_WS('|', config_id, scope, scope_id, "
                                         "path, IFNULL(HEX(value), 'NULL')) ORDER BY config_id SEPARATOR ';')) "
                                         "FROM core_config_data"))
                    .toString());
            continue;
        }
        QSqlQuery c = db.query(QStringLiteral("CHECKSUM TABLE %1").arg(Database::quoteIdentifier(t)));
        if (c.next())
            sums.insert(t, c.value(1).toString());
    }
    return sums;
}

QStringList differences(const QMap<QString, QString>& a, const QMap<QString, QString>& b)
{
    QStringList tables;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (b.value(it.key()) != it.value())
            tables << it.key();
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            tables << it.key();
    }
    return tables;
}

} // namespace

class TestMapStep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settingsAndMap_data();
    void settingsAndMap();
    void parallelJobsGiveTheSameResult();
};

void TestMapStep::settingsAndMap_data()
{
    QTest::addColumn<bool>("prefixed");
    QTest::addRow("1.9.1.1 into 2.4.8") << false;
    QTest::addRow("prefixed 1.9.3.2 into 2.4.8") << true;
}

void TestMapStep::settingsAndMap()
{
    QFETCH(bool, prefixed);
    auto& server = TestServer::instance();
    const auto source = prefixed ? server.magento1Prefixed(QStringLiteral("engine_ms_m1p"))
                                 : server.magento1(QStringLiteral("engine_ms_m1"));
    const auto destination = server.magento2(QStringLiteral("engine_ms_m2"));
    const auto before = checksums(destination);

    QList<RunProgress> progress;
    const RunReport report = migrate(source, destination, 2, &progress);
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(describe(report)));
    QVERIFY(!progress.isEmpty());

    const StepReport* settings = report.step(QStringLiteral("settings"));
    QVERIFY(settings);
    const TableReport* config = settings->table(QStringLiteral("core_config_data"));
    QVERIFY(config);
    QCOMPARE(outcomeName(config->outcome), outcomeName(Outcome::Succeeded));
    QVERIFY(config->rowsRead > 0);
    QCOMPARE(config->rowsRead, config->rowsWritten + config->skippedRows());
    const TableReport* stores = settings->table(QStringLiteral("core_store"));
    QVERIFY(stores);
    QCOMPARE(stores->destinationTable, QStringLiteral("store"));
    QCOMPARE(outcomeName(stores->outcome), outcomeName(Outcome::Succeeded));

    const StepReport* map = report.step(QStringLiteral("map"));
    QVERIFY(map);
    // Every source table is in the report: copied, or skipped with a reason.
    Database src(source, {}, QStringLiteral("test"));
    QCOMPARE(qsizetype(map->tables.size()), qsizetype(SchemaCatalog::read(src).size()));
    for (const TableReport& t : map->tables) {
        if (t.outcome == Outcome::Skipped)
            QVERIFY2(!t.reason.isEmpty(), qPrintable(t.sourceTable));
    }
    const TableReport* eav = map->table(QStringLiteral("eav_attribute"));
    QVERIFY(eav);
    QVERIFY2(eav->reason.contains(QLatin1String("EAV step")), qPrintable(eav->reason));
    const TableReport* cms = map->table(QStringLiteral("cms_page"));
    QVERIFY(cms);
    QCOMPARE(outcomeName(cms->outcome), outcomeName(Outcome::Succeeded));
    QCOMPARE(cms->rowsWritten,
        src.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(src.table(QStringLiteral("cms_page")))).toLongLong());
    Database dst(destination, {}, QStringLiteral("test"));
    QCOMPARE(dst.scalar(QStringLiteral("SELECT COUNT(*) FROM cms_page")).toLongLong(), cms->rowsWritten);
    const TableReport* order = map->table(QStringLiteral("sales_flat_order"));
    QVERIFY(order);
    QCOMPARE(order->destinationTable, QStringLiteral("sales_order"));

    // Verification: every table the steps carried holds what the source has after the transformation.
    {
        MigrationEnvironment env;
        env.source = { source, {} };
        env.destination = { destination, {} };
        env.dmt = &dmt();
        env.handlers = &registry();
        env.jobs = 2;
        SettingsStep settingsStep;
        MapStep mapStep;
        Verifier verifier(env);
        verifier.addStep(&settingsStep);
        verifier.addStep(&mapStep);
        RunControl control;
        const VerifyReport verified = verifier.run(control);
        QVERIFY2(verified.outcome == Outcome::Succeeded, qPrintable(verified.toText()));
        QVERIFY(verified.count(TableVerification::Status::Match) > 0);
    }

    // A second run resumes: every table is already done, nothing is written twice.
    const RunReport again = migrate(source, destination, 2);
    QVERIFY2(again.outcome == Outcome::Succeeded, qPrintable(describe(again)));
    QCOMPARE(again.step(QStringLiteral("map"))->rowsWritten(), 0);

    // Reset puts the destination back as it was.
    QVERIFY(!CopyLedger::reset(dst).isEmpty());
    const QStringList changed = differences(checksums(destination), before);
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QLatin1Char(' '))));
}

void TestMapStep::parallelJobsGiveTheSameResult()
{
    auto& server = TestServer::instance();
    const auto source = server.magento1Prefixed(QStringLiteral("engine_par_m1p"));
    const auto one = server.magento2(QStringLiteral("engine_par_one"));
    const auto four = server.magento2(QStringLiteral("engine_par_four"));
    QVERIFY2(migrate(source, one, 1).outcome == Outcome::Succeeded, "one job");
    QVERIFY2(migrate(source, four, 4).outcome == Outcome::Succeeded, "four jobs");
    const QStringList changed = differences(checksums(four, true), checksums(one, true));
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestMapStep)
#include "tst_mapstep.moc"
