#include "db/database.h"
#include "engine/migrationrunner.h"
#include "engine/verifier.h"
#include "error.h"
#include "mapping/dmtconfig.h"
#include "mapping/dmtxml.h"
#include "mapping/handlers.h"
#include "schema/tableinfo.h"
#include "steps/steplist.h"
#include "testserver.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

const QString builtInFolder = QStringLiteral("etc/ce19-to-ce24/");

// The XSD a file of the tool's format is checked against, by its name (with or without the tool's .dist).
QString schemaOf(const QString& fileName)
{
    QString name = fileName;
    if (name.endsWith(QLatin1String(".dist")))
        name.chop(5);
    if (name == QLatin1String("config.xml"))
        return QStringLiteral("config.xsd");
    if (name == QLatin1String("settings.xml"))
        return QStringLiteral("settings.xsd");
    if (name == QLatin1String("class-map.xml"))
        return QStringLiteral("class-map.xsd");
    if (name.endsWith(QLatin1String("groups.xml")) || name == QLatin1String("deltalog.xml"))
        return QStringLiteral("groups.xsd");
    if (name.startsWith(QLatin1String("map")))
        return QStringLiteral("map.xsd");
    return {};
}

QString builtInXsd(const QString& xsd)
{
    return DmtConfiguration::builtInRoot() + QStringLiteral("/etc/") + xsd;
}

QString fixtureXsd(const QString& xsd)
{
    return fixturePath(QStringLiteral("dmt/etc/") + xsd);
}

const DmtConfiguration& builtIn()
{
    static const DmtConfiguration config = DmtConfiguration::load(DmtConfiguration::builtInPath());
    return config;
}

// What a map does with a source table: "ignored", "carried" or "renamed to X".
QString tableFate(const MapConfig& map, const QString& table)
{
    if (map.isDocumentIgnored(table, MapConfig::Side::Source))
        return QStringLiteral("ignored");
    const QString destination = map.destinationDocument(table).value_or(table);
    return destination == table ? QStringLiteral("carried") : QStringLiteral("renamed to ") + destination;
}

// What a map does with a source column: "ignored", "carried", "moved to X" and/or "handlers A,B" (in file order).
QString columnFate(const MapConfig& map, const QString& table, const QString& column)
{
    const auto field = map.destinationField(table, column);
    if (!field)
        return QStringLiteral("ignored");
    QStringList parts;
    if (*field != column)
        parts << QStringLiteral("moved to ") + *field;
    QStringList handlers;
    for (const HandlerConfig& handler : map.handlers(table, column, MapConfig::Side::Source))
        handlers << HandlerRegistry::normalize(handler.className).remove(QStringLiteral("Migration\\Handler\\"));
    if (!handlers.isEmpty())
        parts << QStringLiteral("handlers ") + handlers.join(QLatin1Char(','));
    return parts.isEmpty() ? QStringLiteral("carried") : parts.join(QStringLiteral("; "));
}

// Every table and column of a dump whose fate differs between the two maps, as "table" or "table.column".
QMap<QString, QString> differences(const ConnectionProfile& profile, const MapConfig& ours, const MapConfig& theirs)
{
    Database db(profile, {}, QStringLiteral("decisions"));
    const SchemaCatalog catalog = SchemaCatalog::read(db);
    QMap<QString, QString> found;
    for (const QString& table : catalog.tableNames()) {
        const QString a = tableFate(ours, table);
        const QString b = tableFate(theirs, table);
        if (a != b) {
            found.insert(table, QStringLiteral("ours: %1, DMT: %2").arg(a, b));
            continue;
        }
        if (a == QLatin1String("ignored"))
            continue;
        for (const ColumnInfo& column : catalog.table(table)->columns) {
            const QString c = columnFate(ours, table, column.name);
            const QString d = columnFate(theirs, table, column.name);
            if (c != d)
                found.insert(table + QLatin1Char('.') + column.name, QStringLiteral("ours: %1, DMT: %2").arg(c, d));
        }
    }
    return found;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CUTOVER_CLI_PATH), arguments);
    if (!process.waitForFinished(120'000))
        process.kill();
    return { process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
        QString::fromLocal8Bit(process.readAllStandardError()) };
}

QString describe(const Run& run)
{
    return QStringLiteral("exit %1\n--- out\n%2\n--- err\n%3").arg(run.exitCode).arg(run.out, run.err);
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QVariant scalar(const ConnectionProfile& profile, const QString& sql)
{
    Database db(profile, {}, QStringLiteral("check"));
    QSqlQuery q = db.query(sql);
    return q.next() ? q.value(0) : QVariant();
}

} // namespace

// Cutover's own mapping for CE 1.9.x to 2.4.x (resources/mapping): in the Data Migration Tool's format (both sets
// of XSDs), complete, differing from the tool's mapping only where listed, and enough for a verified migration.
class TestDefaultMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInFilesAreTheExpectedSet();
    void builtInFilesFollowBothSchemas_data();
    void builtInFilesFollowBothSchemas();
    void toolFilesFollowOurSchemas_data();
    void toolFilesFollowOurSchemas();
    void ourSchemasRejectBrokenFiles_data();
    void ourSchemasRejectBrokenFiles();
    void builtInConfigurationLoadsWithEveryHandlerImplemented();
    void builtInPathIsAResourceAndTheEnvironmentStillWins();
    void decisionsDifferFromTheToolOnlyWhereListed_data();
    void decisionsDifferFromTheToolOnlyWhereListed();
    void classMapCoversEveryModelOfTheDumps();
    void settingsAndDataWithTheBuiltInVerify();
    void exportWritesTheSameMapping();
    void exportRefusesANonEmptyFolderWithoutForce();
};

void TestDefaultMapping::builtInFilesAreTheExpectedSet()
{
    QStringList expected { QStringLiteral("etc/class-map.xsd"), QStringLiteral("etc/config.xsd"),
        QStringLiteral("etc/groups.xsd"), QStringLiteral("etc/map.xsd"), QStringLiteral("etc/settings.xsd") };
    // Every file config.xml names, and config.xml itself: nothing shipped that is not used, nothing used missing.
    expected << builtInFolder + QStringLiteral("config.xml");
    const DmtConfig& config = builtIn().config();
    for (const auto& [name, value] : config.options()) {
        if (value.endsWith(QLatin1String(".xml")))
            expected << value;
    }
    expected.sort();
    QCOMPARE(DmtConfiguration::builtInFiles(), expected);
    QCOMPARE(expected.size(), 22);
}

void TestDefaultMapping::builtInFilesFollowBothSchemas_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("xsd");
    for (const QString& file : DmtConfiguration::builtInFiles()) {
        if (!file.endsWith(QLatin1String(".xml")))
            continue;
        const QString xsd = schemaOf(QFileInfo(file).fileName());
        QVERIFY2(!xsd.isEmpty(), qPrintable(file));
        QTest::addRow("%s", qPrintable(file)) << DmtConfiguration::builtInRoot() + QLatin1Char('/') + file << xsd;
    }
}

void TestDefaultMapping::builtInFilesFollowBothSchemas()
{
    QFETCH(QString, file);
    QFETCH(QString, xsd);
    try {
        DmtXml::load(file, fixtureXsd(xsd));
        DmtXml::load(file, builtInXsd(xsd));
    } catch (const Error& e) {
        QFAIL(qPrintable(e.message()));
    }
}

void TestDefaultMapping::toolFilesFollowOurSchemas_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("xsd");
    QDirIterator it(fixturePath(QStringLiteral("dmt/etc/opensource-to-opensource")), { QStringLiteral("*.dist") },
        QDir::Files, QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        const QString file = it.next();
        QTest::addRow("%s", qPrintable(QFileInfo(file).fileName() + QLatin1Char('@') + QFileInfo(file).dir().dirName()))
            << file << schemaOf(QFileInfo(file).fileName());
        ++count;
    }
    QVERIFY(count >= 18);
}

void TestDefaultMapping::toolFilesFollowOurSchemas()
{
    QFETCH(QString, file);
    QFETCH(QString, xsd);
    try {
        DmtXml::load(file, builtInXsd(xsd));
    } catch (const Error& e) {
        QFAIL(qPrintable(e.message()));
    }
}

void TestDefaultMapping::ourSchemasRejectBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("xsd");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("ignore without document") << QByteArray("<map><source><document_rules><ignore/></document_rules>"
                                                           "</source><destination/></map>")
                                             << QStringLiteral("map.xsd") << QStringLiteral("ignore");
    QTest::addRow("field without its table") << QByteArray("<map><source><field_rules><ignore><field>entity_id</field>"
                                                           "</ignore></field_rules></source><destination/></map>")
                                             << QStringLiteral("map.xsd") << QStringLiteral("field");
    QTest::addRow("rename on the destination side")
        << QByteArray("<map><source/><destination><document_rules><rename><document>a</document><to>b</to></rename>"
                      "</document_rules></destination></map>")
        << QStringLiteral("map.xsd") << QStringLiteral("rename");
    QTest::addRow("pattern in a settings rename")
        << QByteArray("<settings><key><rename><path>web/*</path><to>web/x</to></rename></key><value><transform>"
                      "<path>a/b/c</path><handler class=\"X\"/></transform></value></settings>")
        << QStringLiteral("settings.xsd") << QStringLiteral("path");
    QTest::addRow("two groups of one name") << QByteArray("<groups><group name=\"a\"/><group name=\"a\"/></groups>")
                                            << QStringLiteral("groups.xsd") << QStringLiteral("group");
    QTest::addRow("class map without from") << QByteArray("<classmap><rename><to>X</to></rename></classmap>")
                                            << QStringLiteral("class-map.xsd") << QStringLiteral("from");
    QTest::addRow("config without options")
        << QByteArray("<config><steps mode=\"data\"/><source><database host=\"h\" name=\"n\" user=\"u\"/></source>"
                      "<destination><database host=\"h\" name=\"n\" user=\"u\"/></destination></config>")
        << QStringLiteral("config.xsd") << QStringLiteral("options");
}

void TestDefaultMapping::ourSchemasRejectBrokenFiles()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, xsd);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(xml);
    file.close();
    for (const QString& schema : { builtInXsd(xsd), fixtureXsd(xsd) }) {
        try {
            DmtXml::load(path, schema);
            QFAIL(qPrintable(QStringLiteral("%1 accepted %2").arg(schema, QString::fromUtf8(xml))));
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("broken.xml")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
        }
    }
}

void TestDefaultMapping::builtInConfigurationLoadsWithEveryHandlerImplemented()
{
    const DmtConfiguration& config = builtIn();
    QCOMPARE(config.config().rootFolder(), DmtConfiguration::builtInRoot());
    QCOMPARE(config.config().resolve(QStringLiteral("etc/ce19-to-ce24/map.xml")),
        DmtConfiguration::builtInRoot() + QStringLiteral("/etc/ce19-to-ce24/map.xml"));
    QCOMPARE(config.config().modes(),
        (QStringList { QStringLiteral("settings"), QStringLiteral("data"), QStringLiteral("delta") }));
    // Every option the steps read is there; sales_order_map_file is a Commerce option.
    for (const QString& option : DmtConfiguration::mapFileOptions()) {
        if (option != QLatin1String("sales_order_map_file"))
            QVERIFY2(config.map(option), qPrintable(option));
    }
    for (const QString& option : DmtConfiguration::groupsFileOptions())
        QVERIFY2(config.groups(option), qPrintable(option));
    QVERIFY(config.settings());
    QVERIFY(config.classMap());
    QVERIFY(config.config().cryptKey().isEmpty());

    // Every handler is one Cutover implements (checkHandlers would also ask for the encryption keys, which belong
    // to a run, not to the mapping).
    const HandlerRegistry registry;
    QList<HandlerConfig> handlers;
    for (const MapConfig& map : config.maps())
        handlers += map.allHandlers();
    for (const SettingsConfig::Transform& transform : config.settings()->transforms())
        handlers << transform.handler;
    QVERIFY(handlers.size() > 60);
    for (const HandlerConfig& handler : handlers) {
        QVERIFY2(registry.support(handler.className) == HandlerRegistry::Support::Implemented,
            qPrintable(QStringLiteral("%1:%2: %3").arg(handler.file).arg(handler.line).arg(handler.className)));
    }
    // The tool's own set names handlers Cutover leaves to its steps: the check is not vacuous.
    QVERIFY(!dmt().checkHandlers(registry).isEmpty());
}

void TestDefaultMapping::builtInPathIsAResourceAndTheEnvironmentStillWins()
{
    QVERIFY(DmtConfiguration::builtInPath().startsWith(QLatin1String(":/")));
    QVERIFY(QFileInfo(DmtConfiguration::builtInPath()).isFile());
    const QByteArray saved = qgetenv("CUTOVER_DMT_CONFIG");
    qputenv("CUTOVER_DMT_CONFIG", DmtConfiguration::builtInPath().toUtf8());
    QCOMPARE(DmtConfiguration::defaultPath(), DmtConfiguration::builtInPath());
    if (saved.isNull())
        qunsetenv("CUTOVER_DMT_CONFIG");
    else
        qputenv("CUTOVER_DMT_CONFIG", saved);
}

void TestDefaultMapping::decisionsDifferFromTheToolOnlyWhereListed_data()
{
    QTest::addColumn<bool>("prefixed");
    QTest::addRow("CE 1.9.1.1") << false;
    QTest::addRow("CE 1.9.3.2, prefixed") << true;
}

void TestDefaultMapping::decisionsDifferFromTheToolOnlyWhereListed()
{
    QFETCH(bool, prefixed);
    // Where Cutover's map.xml decides otherwise than the Data Migration Tool's 1.9.4.5 map.xml, and why. A change
    // to either file that alters what happens to a table or column of the real dumps shows up here.
    const QMap<QString, QString> listed {
        { QStringLiteral("core_session"),
            QStringLiteral("left behind: Magento 2 cannot read Magento 1 sessions; the DMT renames it to session and "
                           "then ignores session") },
        { QStringLiteral("catalog_category_entity_varchar.value"),
            QStringLiteral("no ConvertEavValue (page_layout names): not a handler Cutover has") },
        { QStringLiteral("catalog_product_entity_varchar.value"),
            QStringLiteral("no ConvertEavValue (page_layout names): not a handler Cutover has") },
        { QStringLiteral("catalog_product_entity_media_gallery.value_id"),
            QStringLiteral("carried: the Catalog step writes the gallery's product links itself") },
        { QStringLiteral("sales_flat_order.paypal_ipn_customer_notified"),
            QStringLiteral("carried: 2.4's sales_order has the column") },
        { QStringLiteral("sales_flat_quote_payment.paypal_correlation_id"),
            QStringLiteral("carried: 2.4's quote_payment has the column") },
        { QStringLiteral("sales_flat_quote_payment.paypal_payer_id"),
            QStringLiteral("carried: 2.4's quote_payment has the column") },
        { QStringLiteral("sales_flat_quote_payment.paypal_payer_status"),
            QStringLiteral("carried: 2.4's quote_payment has the column") },
    };
    const ConnectionProfile source = prefixed ? TestServer::instance().magento1Prefixed(QStringLiteral("dm_dec_m1p"))
                                              : TestServer::instance().magento1(QStringLiteral("dm_dec_m1"));
    const MapConfig* ours = builtIn().map(QStringLiteral("map_file"));
    const MapConfig* theirs = dmt().map(QStringLiteral("map_file"));
    QVERIFY(ours && theirs);
    const QMap<QString, QString> found = differences(source, *ours, *theirs);
    QStringList unlisted;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!listed.contains(it.key()))
            unlisted << it.key() + QStringLiteral(": ") + it.value();
    }
    QVERIFY2(
        unlisted.isEmpty(), qPrintable(QStringLiteral("differences not listed:\n") + unlisted.join(QLatin1Char('\n'))));
    QStringList gone;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (!found.contains(it.key()))
            gone << it.key();
    }
    QVERIFY2(gone.isEmpty(),
        qPrintable(QStringLiteral("listed but no longer different: ") + gone.join(QStringLiteral(", "))));
    // The comparison itself sees the renames and handlers, so agreeing means something.
    QCOMPARE(tableFate(*ours, QStringLiteral("sales_flat_order")), QStringLiteral("renamed to sales_order"));
    QCOMPARE(columnFate(*ours, QStringLiteral("cms_page"), QStringLiteral("root_template")),
        QStringLiteral("moved to page_layout; handlers Convert"));
}

void TestDefaultMapping::classMapCoversEveryModelOfTheDumps()
{
    // Every EAV model that the two real 1.9 databases name has a rule, so none is dropped silently.
    const ClassMap* map = builtIn().classMap();
    QVERIFY(map);
    QStringList missing;
    for (const bool prefixed : { false, true }) {
        const ConnectionProfile source = prefixed
            ? TestServer::instance().magento1Prefixed(QStringLiteral("dm_cls_m1p"))
            : TestServer::instance().magento1(QStringLiteral("dm_cls_m1"));
        Database db(source, {}, QStringLiteral("models"));
        const QString sql = QStringLiteral(
            "SELECT backend_model FROM %1 UNION SELECT frontend_model FROM %1 UNION SELECT source_model FROM %1 "
            "UNION SELECT attribute_model FROM %1 UNION SELECT frontend_input_renderer FROM %2 "
            "UNION SELECT data_model FROM %3 UNION SELECT entity_model FROM %4 UNION SELECT attribute_model FROM %4 "
            "UNION SELECT entity_attribute_collection FROM %4 UNION SELECT increment_model FROM %4")
                                .arg(db.table(QStringLiteral("eav_attribute")),
                                    db.table(QStringLiteral("catalog_eav_attribute")),
                                    db.table(QStringLiteral("customer_eav_attribute")),
                                    db.table(QStringLiteral("eav_entity_type")));
        QSqlQuery q = db.query(sql);
        int models = 0;
        while (q.next()) {
            const QString model = q.value(0).toString();
            if (model.isEmpty())
                continue;
            ++models;
            if (!map->hasMap(model) && !missing.contains(model))
                missing << model;
        }
        QVERIFY(models > 50);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    QCOMPARE(map->convert(QStringLiteral("catalog/product_attribute_backend_price")),
        QStringLiteral("Magento\\Catalog\\Model\\Product\\Attribute\\Backend\\Price"));
}

void TestDefaultMapping::settingsAndDataWithTheBuiltInVerify()
{
    QElapsedTimer timer;
    timer.start();
    const ConnectionProfile source = TestServer::instance().magento1(QStringLiteral("dm_run_m1"));
    const ConnectionProfile destination = TestServer::instance().magento2(QStringLiteral("dm_run_m2"));
    const DmtConfiguration config = DmtConfiguration::load(DmtConfiguration::builtInPath());
    const HandlerRegistry handlers;
    MigrationEnvironment env;
    env.source = { source, {} };
    env.destination = { destination, {} };
    env.dmt = &config;
    env.handlers = &handlers;
    env.jobs = 2;
    for (const StepSet set : { StepSet::Settings, StepSet::Data }) {
        MigrationRunner runner(env);
        runner.setMode(set == StepSet::Settings ? QStringLiteral("settings") : QStringLiteral("data"));
        for (auto& step : migrationSteps(set))
            runner.addStep(std::move(step));
        const RunReport report = runner.run();
        QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
    }
    std::vector<std::unique_ptr<Step>> steps = migrationSteps(StepSet::Settings);
    for (auto& step : migrationSteps(StepSet::Data))
        steps.push_back(std::move(step));
    Verifier verifier(env, {});
    for (const auto& step : steps)
        verifier.addStep(step.get());
    RunControl control;
    const VerifyReport verification = verifier.run(control);
    QVERIFY2(verification.outcome == Outcome::Succeeded, qPrintable(verification.toText()));

    // Decisions of Cutover's own map that the run must show: the store's time zone is carried (the DMT drops it),
    // Magento 1's base URLs are not, and CMS page layouts get Magento 2's names.
    Database dst(destination, {}, QStringLiteral("check"));
    const auto setting = [&](const QString& path) {
        return scalar(destination,
            QStringLiteral("SELECT value FROM %1 WHERE scope = 'default' AND scope_id = 0 AND path = '%2'")
                .arg(dst.table(QStringLiteral("core_config_data")), path))
            .toString();
    };
    QCOMPARE(setting(QStringLiteral("general/locale/timezone")), QStringLiteral("America/Sao_Paulo"));
    QVERIFY(!setting(QStringLiteral("web/unsecure/base_url")).contains(QLatin1String("0.0.0.0:8080")));
    for (const auto& [from, to] : { std::pair { "three_columns", "3columns" },
             std::pair { "two_columns_right", "2columns-right" }, std::pair { "one_column", "1column" } }) {
        const QString page = scalar(source,
            QStringLiteral("SELECT MIN(page_id) FROM cms_page WHERE root_template = '%1'").arg(QLatin1String(from)))
                                 .toString();
        QVERIFY2(!page.isEmpty(), from);
        QCOMPARE(scalar(destination,
                     QStringLiteral("SELECT page_layout FROM %1 WHERE page_id = %2")
                         .arg(dst.table(QStringLiteral("cms_page")), page))
                     .toString(),
            QLatin1String(to));
    }
    qInfo("settings, data and verification with the built-in mapping in %.1f s", timer.elapsed() / 1000.0);
}

void TestDefaultMapping::exportWritesTheSameMapping()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("mapping"));
    const Run run = runCli({ QStringLiteral("mapping"), QStringLiteral("export"), folder });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString config = folder + QLatin1Char('/') + builtInFolder + QStringLiteral("config.xml");
    QVERIFY2(run.out.contains(QStringLiteral("--config ") + config), qPrintable(describe(run)));
    for (const QString& file : DmtConfiguration::builtInFiles()) {
        const QString written = folder + QLatin1Char('/') + file;
        QCOMPARE(contents(written), contents(DmtConfiguration::builtInRoot() + QLatin1Char('/') + file));
        QVERIFY2(QFileInfo(written).isWritable(), qPrintable(written));
    }
    // Loaded from disk, it is the same configuration: the same options and, per option, the same rules.
    const DmtConfiguration exported = DmtConfiguration::load(config);
    QCOMPARE(QDir(exported.config().rootFolder()).canonicalPath(), QDir(folder).canonicalPath());
    QCOMPARE(exported.config().options(), builtIn().config().options());
    QCOMPARE(exported.maps().keys(), builtIn().maps().keys());
    for (auto it = exported.maps().cbegin(); it != exported.maps().cend(); ++it) {
        const MapConfig& a = it.value();
        const MapConfig& b = *builtIn().map(it.key());
        QCOMPARE(a.renamedDocuments(), b.renamedDocuments());
        QCOMPARE(a.rules(MapConfig::Side::Source).ignoredDocuments, b.rules(MapConfig::Side::Source).ignoredDocuments);
        QCOMPARE(a.rules(MapConfig::Side::Destination).ignoredDocuments,
            b.rules(MapConfig::Side::Destination).ignoredDocuments);
        QCOMPARE(a.allHandlers().size(), b.allHandlers().size());
    }
    QCOMPARE(exported.allGroups().keys(), builtIn().allGroups().keys());
    QCOMPARE(exported.settings()->ignoredPaths(), builtIn().settings()->ignoredPaths());
    QCOMPARE(exported.classMap()->renames().size(), builtIn().classMap()->renames().size());
}

void TestDefaultMapping::exportRefusesANonEmptyFolderWithoutForce()
{
    QTemporaryDir dir;
    QFile mine(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("mine");
    mine.close();
    const Run refused = runCli({ QStringLiteral("mapping"), QStringLiteral("export"), dir.path() });
    QVERIFY2(refused.exitCode == 2, qPrintable(describe(refused)));
    QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(describe(refused)));
    QVERIFY2(refused.err.contains(QDir::toNativeSeparators(QFileInfo(dir.path()).absoluteFilePath())),
        qPrintable(describe(refused)));
    QVERIFY2(!QFileInfo::exists(dir.filePath(QStringLiteral("etc"))), "nothing may be written when refused");

    const Run forced
        = runCli({ QStringLiteral("mapping"), QStringLiteral("export"), dir.path(), QStringLiteral("--force") });
    QVERIFY2(forced.exitCode == 0, qPrintable(describe(forced)));
    QVERIFY(QFileInfo::exists(dir.filePath(builtInFolder + QStringLiteral("map.xml"))));
    QCOMPARE(contents(dir.filePath(QStringLiteral("notes.txt"))), QByteArray("mine"));

    const Run none = runCli({ QStringLiteral("mapping"), QStringLiteral("export") });
    QVERIFY2(none.exitCode == 2 && none.err.contains(QStringLiteral("mapping export DIR")), qPrintable(describe(none)));
}

QTEST_GUILESS_MAIN(TestDefaultMapping)
#include "tst_defaultmapping.moc"
