#include "db/database.h"
#include "engine/integritycheck.h"
#include "engine/migrationrunner.h"
#include "error.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "project/project.h"
#include "steps/mapstep.h"
#include "testserver.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

QString xsdPath()
{
    return dmt().config().schemaPath(QStringLiteral("map.xsd"));
}

void write(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const QByteArray baseMap = R"(<?xml version="1.0" encoding="UTF-8"?>
<map>
    <source>
        <document_rules>
            <rename><document>old_orders</document><to>sales_order</to></rename>
            <rename><document>old_items</document><to>sales_order_item</to></rename>
            <ignore><document>tmp_*</document></ignore>
            <ignore><document>legacy</document></ignore>
        </document_rules>
        <field_rules>
            <move><field>old_orders.note</field><to>sales_order.customer_note</to></move>
            <ignore><field>old_orders.secret</field></ignore>
            <transform>
                <field>old_orders.state</field>
                <handler class="\Migration\Handler\SetValue"><param name="value" value="new"/></handler>
            </transform>
        </field_rules>
    </source>
    <destination>
        <field_rules>
            <ignore><field>sales_order.extra</field></ignore>
        </field_rules>
    </destination>
</map>
)";

IntegrityFix fix(const QString& id, IntegrityFix::Action action, MapConfig::Side side, const QString& document,
    const QString& field = {}, const QString& toDocument = {}, const QString& toField = {})
{
    IntegrityFix f;
    f.id = id;
    f.action = action;
    f.side = side;
    f.document = document;
    f.field = field;
    f.toDocument = toDocument;
    f.toField = toField;
    return f;
}

QStringList ids(const IntegrityReport& report)
{
    QStringList result;
    for (const IntegrityFinding& f : report.findings)
        result << f.id;
    return result;
}

IntegrityReport check(const ConnectionProfile& source, const ConnectionProfile& destination,
    const DmtConfiguration& config)
{
    MigrationEnvironment env;
    env.source = { source, {} };
    env.destination = { destination, {} };
    env.dmt = &config;
    env.handlers = &registry();
    return IntegrityCheck::run(env);
}

} // namespace

class TestIntegrityCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layering_data();
    void layering();
    void overrideFileRoundTrip();
    void brokenOverrideNamesFileAndLine_data();
    void brokenOverrideNamesFileAndLine();
    void findsAndFixes_data();
    void findsAndFixes();
    void saysWhatTheReleaseLacks();
};

// The Data Migration Tool's map serves every Magento 1 release and a few extensions: what this store does not have
// is said once, with the store's release, instead of as rules to correct; a store of an older release (no group
// prices, an older core_setup) is told so.
void TestIntegrityCheck::saysWhatTheReleaseLacks()
{
    auto& server = TestServer::instance();
    const ConnectionProfile source = server.magento1(QStringLiteral("integrity_rel_m1"));
    const ConnectionProfile destination = server.magento2(QStringLiteral("integrity_rel_m2"));
    IntegrityReport report = check(source, destination, dmt());
    const IntegrityFinding* release = report.finding(QStringLiteral("release:magento1"));
    QVERIFY2(release, qPrintable(report.toText()));
    QCOMPARE(release->severity, IntegrityFinding::Severity::Warning);
    QCOMPARE(release->kind, IntegrityFinding::Kind::ReleaseGap);
    // 1.9.1 has no product_type_id in its bestseller statistics (1.9.3 has): an ignore rule for it is not broken.
    QVERIFY2(release->message.contains(QLatin1String("Magento CE 1.9.1 to 1.9.4")), qPrintable(release->message));
    QVERIFY2(release->message.contains(QLatin1String("sales_bestsellers_aggregated_daily.product_type_id")),
        qPrintable(release->message));
    QVERIFY2(release->message.contains(QLatin1String("more")), qPrintable(release->message));
    for (const IntegrityFinding& f : report.findings)
        QVERIFY2(!(f.kind == IntegrityFinding::Kind::BrokenRule && f.message.contains(QLatin1String(" ignore rule "))),
            qPrintable(f.message));
    QVERIFY2(!report.finding(QStringLiteral("broken-rule:source:sales_bestsellers_aggregated_daily.product_type_id")),
        qPrintable(report.toText()));
    QVERIFY(!release->message.contains(QLatin1String("catalog_product_entity_group_price")));

    // As a 1.6 store: group prices came with 1.7.
    server.sql(QStringLiteral("DROP TABLE catalog_product_entity_group_price; UPDATE core_resource SET version = "
                              "'1.6.0.2', data_version = '1.6.0.2' WHERE code = 'core_setup'"),
        source.database);
    report = check(source, destination, dmt());
    release = report.finding(QStringLiteral("release:magento1"));
    QVERIFY(release);
    QVERIFY2(release->message.contains(QLatin1String("catalog_product_entity_group_price")), qPrintable(release->message));
    QVERIFY2(release->message.contains(QLatin1String("1.6.0.2")), qPrintable(release->message));
    QCOMPARE(report.errors(), 0);
}

void TestIntegrityCheck::layering_data()
{
    QTest::addColumn<QByteArray>("overrideRules");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("expectedDestination"); ///< "-" for ignored
    QTest::addColumn<QString>("field"); ///< of old_orders, or empty
    QTest::addColumn<QString>("expectedField"); ///< "-" for ignored

    const QByteArray renameOrders = "<source><document_rules><rename><document>old_orders</document>"
                                    "<to>sales_order_v2</to></rename></document_rules></source>"
                                    "<destination/>";
    QTest::addRow("an override rename replaces the default's") << renameOrders << "old_orders"
                                                               << "sales_order_v2" << QString() << QString();
    QTest::addRow("other renames are kept") << renameOrders << "old_items"
                                            << "sales_order_item" << QString() << QString();
    QTest::addRow("default ignores are kept") << renameOrders << "legacy"
                                              << "-" << QString() << QString();
    QTest::addRow("default field moves are kept") << renameOrders << "old_orders"
                                                  << "sales_order_v2" << "note"
                                                  << "customer_note";
    const QByteArray ignoreItems = "<source><document_rules><ignore><document>old_items</document></ignore>"
                                   "</document_rules></source><destination/>";
    QTest::addRow("an override ignore replaces a rename") << ignoreItems << "old_items"
                                                          << "-" << QString() << QString();
    QTest::addRow("an override ignore adds one") << QByteArray("<source><document_rules><ignore><document>"
                                                               "ext_points</document></ignore></document_rules>"
                                                               "</source><destination/>")
                                                 << "ext_points"
                                                 << "-" << QString() << QString();
    QTest::addRow("an override rename beats a default pattern ignore")
        << QByteArray("<source><document_rules><rename><document>tmp_keep</document><to>kept</to></rename>"
                      "</document_rules></source><destination/>")
        << "tmp_keep"
        << "kept" << QString() << QString();
    QTest::addRow("an override field ignore replaces a default move")
        << QByteArray("<source><field_rules><ignore><field>old_orders.note</field></ignore></field_rules></source>"
                      "<destination/>")
        << "old_orders"
        << "sales_order" << "note"
        << "-";
    QTest::addRow("an override move replaces a default ignore")
        << QByteArray("<source><field_rules><move><field>old_orders.secret</field><to>sales_order.hint</to></move>"
                      "</field_rules></source><destination/>")
        << "old_orders"
        << "sales_order" << "secret"
        << "hint";
    QTest::addRow("an override move replaces a default transform")
        << QByteArray("<source><field_rules><move><field>old_orders.state</field><to>sales_order.status</to>"
                      "</move></field_rules></source><destination/>")
        << "old_orders"
        << "sales_order" << "state"
        << "status";
}

void TestIntegrityCheck::layering()
{
    QFETCH(QByteArray, overrideRules);
    QFETCH(QString, document);
    QFETCH(QString, expectedDestination);
    QFETCH(QString, field);
    QFETCH(QString, expectedField);

    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("map.xml")), baseMap);
    write(dir.filePath(QStringLiteral("override.xml")), "<?xml version=\"1.0\"?>\n<map>" + overrideRules + "</map>\n");
    const MapConfig base = MapConfig::load(dir.filePath(QStringLiteral("map.xml")), xsdPath());
    const MapConfig top = MapConfig::load(dir.filePath(QStringLiteral("override.xml")), xsdPath());
    const MapConfig layered = base.overlaid(top);
    QCOMPARE(layered.overrideFile(), dir.filePath(QStringLiteral("override.xml")));

    QCOMPARE(layered.destinationDocument(document).value_or(QStringLiteral("-")), expectedDestination);
    if (!field.isEmpty()) {
        QCOMPARE(layered.destinationField(document, field).value_or(QStringLiteral("-")), expectedField);
        if (expectedField != QLatin1String("-") && field == QLatin1String("state"))
            QVERIFY(layered.handlers(document, field, MapConfig::Side::Source).isEmpty());
    }
    // What the override does not name stays as the default has it.
    QCOMPARE(layered.isFieldIgnored(QStringLiteral("sales_order"), QStringLiteral("extra"),
                 MapConfig::Side::Destination),
        true);
    QVERIFY(layered.isDocumentIgnored(QStringLiteral("tmp_other"), MapConfig::Side::Source));
    if (!overrideRules.contains("old_orders.state"))
        QCOMPARE(layered.handlers(QStringLiteral("old_orders"), QStringLiteral("state"), MapConfig::Side::Source).size(),
            1);
}

void TestIntegrityCheck::overrideFileRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/shop.map.xml"));
    IntegrityCheck::applyFixes({ fix(QStringLiteral("a"), IntegrityFix::Action::IgnoreDocument, MapConfig::Side::Source,
                                     QStringLiteral("ext_points")) },
        path, xsdPath());
    // A second fix keeps the first rule; the same fix twice is one rule.
    const QList<IntegrityFix> more = {
        fix(QStringLiteral("b"), IntegrityFix::Action::IgnoreField, MapConfig::Side::Destination,
            QStringLiteral("cms_page"), QStringLiteral("ext_required")),
        fix(QStringLiteral("c"), IntegrityFix::Action::MoveField, MapConfig::Side::Source, QStringLiteral("cms_block"),
            QStringLiteral("ext_note"), QStringLiteral("cms_block"), QStringLiteral("ext_code")),
        fix(QStringLiteral("d"), IntegrityFix::Action::IgnoreDatatype, MapConfig::Side::Source,
            QStringLiteral("cms_block"), QStringLiteral("title")),
        fix(QStringLiteral("a"), IntegrityFix::Action::IgnoreDocument, MapConfig::Side::Source,
            QStringLiteral("ext_points")),
    };
    IntegrityCheck::applyFixes(more, path, xsdPath());
    const QString xml = readText(path);
    QCOMPARE(xml.count(QStringLiteral("<document>ext_points</document>")), 1);
    QVERIFY2(xml.contains(QStringLiteral("<field>cms_page.ext_required</field>")), qPrintable(xml));
    QVERIFY2(xml.contains(QStringLiteral("<to>cms_block.ext_code</to>")), qPrintable(xml));
    QVERIFY2(xml.contains(QStringLiteral("<datatype>cms_block.title</datatype>")), qPrintable(xml));

    const MapConfig loaded = MapConfig::load(path, xsdPath());
    QVERIFY(loaded.isDocumentIgnored(QStringLiteral("ext_points"), MapConfig::Side::Source));
    QVERIFY(loaded.isFieldIgnored(QStringLiteral("cms_page"), QStringLiteral("ext_required"),
        MapConfig::Side::Destination));
    QCOMPARE(loaded.destinationField(QStringLiteral("cms_block"), QStringLiteral("ext_note")),
        std::optional<QString>(QStringLiteral("ext_code")));
    QVERIFY(loaded.isFieldDatatypeIgnored(QStringLiteral("cms_block"), QStringLiteral("title"),
        MapConfig::Side::Source));
    // No temporary file is left next to it.
    QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("shop.map.xml") });
}

void TestIntegrityCheck::brokenOverrideNamesFileAndLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("invalid against map.xsd")
        << QByteArray("<?xml version=\"1.0\"?>\n<map>\n<source>\n<document_rules>\n<ignore><documnt>x</documnt>"
                      "</ignore>\n</document_rules>\n</source>\n<destination/>\n</map>\n")
        << QStringLiteral("5");
    QTest::addRow("not well-formed") << QByteArray("<?xml version=\"1.0\"?>\n<map>\n<source>\n</map>\n")
                                     << QStringLiteral("4");
}

void TestIntegrityCheck::brokenOverrideNamesFileAndLine()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.map.xml"));
    write(path, content);
    try {
        loadLayeredConfiguration(dmt().config().file(), path);
        QFAIL("a broken override map loaded");
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(QStringLiteral("broken.map.xml")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
    }
    // A missing one names the file and the project field.
    try {
        loadLayeredConfiguration(dmt().config().file(), dir.filePath(QStringLiteral("gone.map.xml")));
        QFAIL("a missing override map loaded");
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(QStringLiteral("gone.map.xml")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("mappingOverrides")), qPrintable(e.message()));
    }
}

void TestIntegrityCheck::findsAndFixes_data()
{
    QTest::addColumn<bool>("prefixed");
    QTest::addRow("1.9.1.1 into 2.4.8") << false;
    QTest::addRow("prefixed 1.9.3.2 into 2.4.8") << true;
}

void TestIntegrityCheck::findsAndFixes()
{
    QFETCH(bool, prefixed);
    auto& server = TestServer::instance();
    const QString tag = prefixed ? QStringLiteral("p") : QString();
    const ConnectionProfile source = prefixed ? server.magento1Prefixed(QStringLiteral("integrity_m1p"))
                                              : server.magento1(QStringLiteral("integrity_m1"));
    const ConnectionProfile destination = server.magento2(QStringLiteral("integrity_m2") + tag);

    // The stores as they come: what the check finds there is the baseline the planted problems add to.
    const IntegrityReport baseline = check(source, destination, dmt());
    qInfo("baseline: %d errors, %d warnings", baseline.errors(), baseline.warnings());
    if (qEnvironmentVariableIsSet("CUTOVER_TEST_DUMP"))
        qInfo("%s", qPrintable(baseline.toText()));

    // Plant what real stores carry: an extension's table, extension columns, a Magento 2 column that requires a
    // value, and an orphan row.
    const QString page = source.table(QStringLiteral("cms_page"));
    const QString block = source.table(QStringLiteral("cms_block"));
    try {
        server.sql(QStringLiteral("CREATE TABLE %1 (id INT PRIMARY KEY, points INT NOT NULL); "
                                  "INSERT INTO %1 VALUES (1, 10), (2, 20), (3, 30); "
                                  "ALTER TABLE %2 ADD COLUMN ext_flag VARCHAR(32) NULL, "
                                  "ADD COLUMN ext_note VARCHAR(64) NULL; "
                                  "UPDATE %2 SET ext_flag = 'f', ext_note = CONCAT('note-', page_id); "
                                  "SET FOREIGN_KEY_CHECKS = 0; INSERT INTO %3 (page_id, store_id) VALUES (9999, 0); "
                                  // Cutover's own change capture tables, as `delta install` leaves them.
                                  "CREATE TABLE %4 (id BIGINT PRIMARY KEY); CREATE TABLE %5 (k VARCHAR(64) PRIMARY KEY);")
                       .arg(source.table(QStringLiteral("ext_loyalty_points")), page,
                           source.table(QStringLiteral("cms_page_store")), source.table(QStringLiteral("cutover_cl")),
                           source.table(QStringLiteral("cutover_capture_meta"))),
            source.database);
        Q_UNUSED(block)
        server.sql(QStringLiteral("ALTER TABLE cms_page ADD COLUMN ext_required VARCHAR(64) NOT NULL; "
                                  "ALTER TABLE cms_block ADD COLUMN ext_code VARCHAR(32) NOT NULL;"),
            destination.database);
    } catch (const Error& e) {
        QFAIL(qPrintable(e.message() + QLatin1Char('\n') + e.details()));
    }

    const IntegrityReport planted = check(source, destination, dmt());
    QStringList added = ids(planted);
    for (const QString& id : ids(baseline))
        added.removeAll(id);
    const QString table = QStringLiteral("unmapped-table:ext_loyalty_points");
    const QString flag = QStringLiteral("unmapped-field:cms_page.ext_flag");
    const QString note = QStringLiteral("unmapped-field:cms_page.ext_note");
    const QString required = QStringLiteral("destination-field:cms_page.ext_required");
    const QString code = QStringLiteral("destination-field:cms_block.ext_code");
    for (const QString& id : { table, flag, note, required, code })
        QVERIFY2(added.contains(id), qPrintable(added.join(QLatin1Char(' '))));
    QCOMPARE(planted.finding(table)->kind, IntegrityFinding::Kind::UnmappedTable);
    QCOMPARE(planted.finding(flag)->kind, IntegrityFinding::Kind::UnmappedField);
    QCOMPARE(planted.finding(required)->kind, IntegrityFinding::Kind::DestinationFieldWithoutSource);
    for (const QString& id : { table, flag, note, required, code })
        QCOMPARE(planted.finding(id)->severity, IntegrityFinding::Severity::Error);
    QVERIFY(planted.finding(table)->message.contains(QStringLiteral("ext_loyalty_points")));
    QVERIFY(planted.errors() >= baseline.errors() + 5);
    // The tool's map.xml does not know Cutover's capture tables; they are Cutover's, never a finding.
    for (const QString& id : std::as_const(added))
        QVERIFY2(!id.contains(QLatin1String("cutover_")), qPrintable(id));
    // The orphan: informational, naming the foreign key, the table and the row.
    const IntegrityFinding* orphan = nullptr;
    for (const IntegrityFinding& f : planted.findings) {
        if (f.kind == IntegrityFinding::Kind::OrphanRows && f.document == QLatin1String("cms_page_store"))
            orphan = &f;
    }
    QVERIFY2(orphan, qPrintable(planted.toText()));
    QCOMPARE(orphan->severity, IntegrityFinding::Severity::Warning);
    QVERIFY(orphan->fixes.isEmpty());
    QVERIFY2(orphan->message.contains(QStringLiteral("page_id=9999")), qPrintable(orphan->message));
    QVERIFY2(orphan->message.contains(orphan->id.mid(QStringLiteral("orphans:").size())), qPrintable(orphan->id));
    // The unmapped source field is offered the free destination field of its type, most similar name first.
    const IntegrityFix* mapNote = planted.fix(note + QStringLiteral("/map:ext_required"));
    QVERIFY2(mapNote, qPrintable(planted.finding(note)->toJson().value(QStringLiteral("fixes")).toVariant().toString()));
    QCOMPARE(mapNote->action, IntegrityFix::Action::MoveField);
    QVERIFY(planted.fix(required + QStringLiteral("/map:ext_note")));

    // Apply the fixes to a project: ignore the table, ignore ext_flag, map ext_note to ext_required, leave
    // ext_code to its empty value.
    QTemporaryDir dir;
    const QString projectPath = dir.filePath(QStringLiteral("shop.cutover"));
    Project project;
    project.name = QStringLiteral("shop");
    project.source = source;
    project.destination = destination;
    project.save(projectPath);
    QString overrides;
    for (const QString& fixId : { table + QStringLiteral("/ignore"), flag + QStringLiteral("/ignore"),
             note + QStringLiteral("/map:ext_required"), code + QStringLiteral("/ignore") }) {
        const IntegrityFix* fix = planted.fix(fixId);
        QVERIFY2(fix, qPrintable(fixId));
        overrides = IntegrityCheck::applyFixesToProject({ *fix }, projectPath, xsdPath());
        // Re-running the check after each fix shows its finding gone.
        const DmtConfiguration layered = loadLayeredConfiguration(dmt().config().file(), overrides);
        const IntegrityReport again = check(source, destination, layered);
        QVERIFY2(!again.finding(fixId.section(QLatin1Char('/'), 0, 0)), qPrintable(fixId));
    }
    QCOMPARE(overrides, dir.filePath(QStringLiteral("shop.map.xml")));
    QCOMPARE(Project::load(projectPath).mappingOverrides, QStringLiteral("shop.map.xml"));
    const QString xml = readText(overrides);
    QVERIFY2(xml.contains(QStringLiteral("<ignore>\n                <document>ext_loyalty_points</document>")),
        qPrintable(xml));
    QVERIFY2(xml.contains(QStringLiteral("<field>cms_page.ext_flag</field>")), qPrintable(xml));
    QVERIFY2(xml.contains(QStringLiteral("<move>\n                <field>cms_page.ext_note</field>\n                "
                                         "<to>cms_page.ext_required</to>")),
        qPrintable(xml));
    QVERIFY2(xml.contains(QStringLiteral("<destination>\n        <field_rules>\n            <ignore>\n                "
                                         "<field>cms_block.ext_code</field>")),
        qPrintable(xml));
    // The defaults are untouched.
    QVERIFY(!readText(dmt().map(QStringLiteral("map_file"))->file()).contains(QStringLiteral("ext_loyalty")));

    const DmtConfiguration layered = loadLayeredConfiguration(dmt().config().file(), overrides);
    const IntegrityReport fixed = check(source, destination, layered);
    for (const QString& id : { table, flag, note, required, code })
        QVERIFY2(!fixed.finding(id), qPrintable(id));
    QCOMPARE(fixed.errors(), baseline.errors());

    // The Map step with the layered mapping does what the fixes said.
    MigrationEnvironment env;
    env.source = { source, {} };
    env.destination = { destination, {} };
    env.dmt = &layered;
    env.handlers = &registry();
    env.jobs = 2;
    MigrationRunner runner(env);
    runner.setMode(QStringLiteral("data"));
    runner.addStep(std::make_unique<MapStep>());
    const RunReport report = runner.run();
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
    const StepReport* map = report.step(QStringLiteral("map"));
    QVERIFY(map);
    const TableReport* points = map->table(QStringLiteral("ext_loyalty_points"));
    QVERIFY(points);
    QCOMPARE(outcomeName(points->outcome), outcomeName(Outcome::Skipped));
    QVERIFY2(points->reason.contains(QStringLiteral("ignored")), qPrintable(points->reason));

    Database src(source, {}, QStringLiteral("test"));
    Database dst(destination, {}, QStringLiteral("test"));
    const qint64 pages = src.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(page)).toLongLong();
    QVERIFY(pages > 0);
    const TableReport* pageReport = map->table(QStringLiteral("cms_page"));
    QVERIFY(pageReport);
    QCOMPARE(pageReport->rowsWritten, pages);
    QCOMPARE(dst.scalar(QStringLiteral("SELECT COUNT(*) FROM cms_page WHERE ext_required = CONCAT('note-', page_id)"))
                 .toLongLong(),
        pages);
    // ext_flag is ignored, no longer a column whose values are dropped with a warning.
    QVERIFY2(!pageReport->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("ext_flag")),
        qPrintable(pageReport->warnings.join(QLatin1Char('\n'))));
    const TableReport* blockReport = map->table(QStringLiteral("cms_block"));
    QVERIFY(blockReport);
    const qint64 blocks = src.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(block)).toLongLong();
    QCOMPARE(blockReport->rowsWritten, blocks);
    QCOMPARE(dst.scalar(QStringLiteral("SELECT COUNT(*) FROM cms_block WHERE ext_code = ''")).toLongLong(), blocks);
    // The orphan the check named is left out and counted.
    const TableReport* pageStores = map->table(QStringLiteral("cms_page_store"));
    QVERIFY(pageStores);
    QVERIFY2(pageStores->skippedRows() >= 1, qPrintable(report.toText()));
    QCOMPARE(dst.scalar(QStringLiteral("SELECT COUNT(*) FROM cms_page_store WHERE page_id = 9999")).toLongLong(), 0);
}

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
