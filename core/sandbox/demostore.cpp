#include "demostore.h"

#include "db/database.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "log/log.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace cutover {

namespace {

const QString magento1Dump = QStringLiteral("m1/magento-ce-1.9.1.1.sql");
const QString magento2Dump = QStringLiteral("m2/magento-2.4.8.sql");

// The whole preparation is measured in thousandths, weighted by how long each step takes on a laptop.
constexpr qint64 progressTotal = 1000;
constexpr qint64 serverStarted = 30;
constexpr qint64 magento1Loaded = 120;
constexpr qint64 storeGenerated = 800;
constexpr qint64 magento2Loaded = 950;
constexpr qint64 magento2Cleared = 980;

// The generator reports per area; this places each area in the generation's share of the bar.
struct AreaShare
{
    const char* area;
    double from;
    double to;
};
constexpr AreaShare areaShares[] = {
    { "stores", 0.00, 0.05 },
    { "catalog", 0.05, 0.45 },
    { "customers", 0.45, 0.60 },
    { "sales", 0.60, 0.90 },
    { "orders", 0.60, 0.90 },
    { "content", 0.90, 1.00 },
};

// Forwards progress at most ten times a second, and always when the step changes or ends, so that a GUI
// receiving it through queued signals is not flooded by the generator's batches.
class ThrottledProgress
{
public:
    explicit ThrottledProgress(const DemoStore::ProgressFn& target)
        : m_target(target)
    {
        m_timer.start();
    }

    void operator()(const QString& step, qint64 done)
    {
        if (!m_target)
            return;
        const bool important = step != m_lastStep || done >= progressTotal;
        if (!important && m_timer.elapsed() < 100)
            return;
        m_timer.restart();
        m_lastStep = step;
        m_target(step, done, progressTotal);
    }

private:
    const DemoStore::ProgressFn& m_target;
    QElapsedTimer m_timer;
    QString m_lastStep;
};

} // namespace

DemoStore::DemoStore(QString folder)
    : m_folder(folder.isEmpty() ? defaultFolder() : QDir::cleanPath(folder))
{
}

DemoStore::~DemoStore()
{
    m_server.reset();
}

QString DemoStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo");
}

QString DemoStore::fixturesFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("CUTOVER_FIXTURES");
    return QDir::cleanPath(fromEnvironment.isEmpty() ? QStringLiteral(CUTOVER_DEFAULT_FIXTURES) : fromEnvironment);
}

GeneratorOptions DemoStore::generatorOptions(const QString& mediaDir)
{
    GeneratorOptions options;
    options.products = 300;
    options.customers = 150;
    options.orders = 400;
    options.seed = 19110;
    options.mediaDir = mediaDir;
    return options;
}

QString DemoStore::fixture(const QString& relativePath) const
{
    const QString path = fixturesFolder() + QLatin1Char('/') + relativePath;
    if (!QFileInfo(path).isReadable())
        throw Error(tr("The demo store needs the Magento dump %1, which is not in the fixtures folder %2. Set the "
                       "environment variable CUTOVER_FIXTURES to the folder that holds the shared fixtures.")
                        .arg(relativePath, fixturesFolder()));
    return path;
}

bool DemoStore::isReady(const QString& database)
{
    if (!QFileInfo::exists(m_folder + QLatin1Char('/') + database + QStringLiteral(".ready")))
        return false;
    Database db(m_server->rootProfile(QString()), QString(), QStringLiteral("demo"));
    return db.query(QStringLiteral("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?"), { database })
        .next();
}

void DemoStore::markReady(const QString& database, bool ready)
{
    // A marker beside the server rather than a table inside Magento's schema: the demo databases stay exactly
    // what a migration would meet, and a cancelled build leaves no marker, so it is rebuilt next time.
    const QString marker = m_folder + QLatin1Char('/') + database + QStringLiteral(".ready");
    if (!ready) {
        QFile::remove(marker);
        return;
    }
    QFile file(marker);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Could not write %1: %2. Check that the folder %3 is writable.")
                        .arg(marker, file.errorString(), m_folder));
}

Project DemoStore::prepare(const ProgressFn& progressFn, const std::atomic<bool>* cancel)
{
    auto log = logger("core.sandbox");
    ThrottledProgress progress(progressFn);
    const auto checkCancel = [&] {
        if (cancel && cancel->load())
            throw Error(tr("The preparation of the demo store was cancelled."));
    };
    m_report = {};
    m_reused = false;

    const bool markersPresent
        = QFileInfo::exists(m_folder + QLatin1Char('/') + magento1Database + QStringLiteral(".ready"))
        && QFileInfo::exists(m_folder + QLatin1Char('/') + magento2Database + QStringLiteral(".ready"));
    // Missing fixtures are worth knowing before a minute is spent starting a server.
    if (!markersPresent) {
        fixture(magento1Dump);
        fixture(magento2Dump);
    }

    progress(tr("Starting the demo database server…"), 0);
    if (!QDir().mkpath(m_folder))
        throw Error(tr("Could not create the demo folder %1. Check that its parent folder is writable.").arg(m_folder));
    if (!m_server) {
        LocalServer::Options options;
        options.rootFolder = m_folder + QStringLiteral("/server");
        options.stopWithParent = true;
        m_server = std::make_unique<LocalServer>(options);
    }
    m_server->start();
    checkCancel();
    progress(tr("Starting the demo database server…"), serverStarted);

    const bool magento1Ready = isReady(magento1Database);
    const bool magento2Ready = isReady(magento2Database);
    m_reused = magento1Ready && magento2Ready;
    if (!magento1Ready) {
        buildMagento1(progressFn, cancel);
        checkCancel();
    }
    if (!magento2Ready) {
        buildMagento2(progressFn, cancel);
        checkCancel();
    }

    progress(tr("Writing the demo project…"), magento2Cleared);
    const QString m1Root = m_folder + QStringLiteral("/magento1");
    const QString m2Root = m_folder + QStringLiteral("/magento2");
    QDir().mkpath(m1Root + QStringLiteral("/media"));
    if (!QDir().mkpath(m2Root + QStringLiteral("/pub/media")))
        throw Error(tr("Could not create the folder %1.").arg(m2Root + QStringLiteral("/pub/media")));

    Project project;
    if (QFileInfo::exists(projectPath())) {
        try {
            project.createdAt = Project::load(projectPath()).createdAt;
        } catch (const Error& e) {
            log->warn("replacing the unreadable demo project: {}", e.message().toStdString());
        }
    }
    if (!project.createdAt.isValid())
        project.createdAt = QDateTime::currentDateTimeUtc();
    project.name = tr("Demo store");
    project.source = m_server->rootProfile(magento1Database);
    project.destination = m_server->rootProfile(magento2Database);
    project.m1Root = m1Root;
    project.m2Root = m2Root;
    project.save(projectPath());
    progress(tr("The demo store is ready."), progressTotal);
    log->info("demo store ready in {} ({})", m_folder.toStdString(), m_reused ? "reused" : "built");
    return project;
}

void DemoStore::buildMagento1(const ProgressFn& progressFn, const std::atomic<bool>* cancel)
{
    ThrottledProgress progress(progressFn);
    markReady(magento1Database, false);
    progress(tr("Loading the Magento 1.9.1.1 database…"), serverStarted);
    m_server->recreateDatabase(magento1Database);
    m_server->loadDump(magento1Database, fixture(magento1Dump));

    const QString mediaDir = m_folder + QStringLiteral("/magento1/media");
    QDir(mediaDir).removeRecursively();
    QDir().mkpath(mediaDir);
    // Areas this table does not know yet share what is left; the bar never moves backwards.
    double reached = 0;
    const auto onGenerator = [&](const QString& area, qint64 done, qint64 total) {
        double from = reached;
        double to = 1;
        for (const AreaShare& share : areaShares) {
            if (area == QLatin1String(share.area)) {
                from = share.from;
                to = share.to;
            }
        }
        reached = std::max(reached, from + (to - from) * (total > 0 ? double(done) / double(total) : 0.0));
        const double fraction = reached;
        progress(tr("Generating a small Magento 1 store (%1)…").arg(area),
            magento1Loaded + qint64(fraction * double(storeGenerated - magento1Loaded)));
    };
    m_report = StoreGenerator::run(
        m_server->rootProfile(magento1Database), QString(), generatorOptions(mediaDir), onGenerator, cancel);
    markReady(magento1Database, true);
}

void DemoStore::buildMagento2(const ProgressFn& progressFn, const std::atomic<bool>* cancel)
{
    ThrottledProgress progress(progressFn);
    markReady(magento2Database, false);
    progress(tr("Loading the Magento 2.4.8 database…"), storeGenerated);
    // The dump's indexer triggers run as 'magento'@'%'. The account only has to exist for them to fire; locked,
    // it cannot be used to log in to the demo server.
    m_server->runSql(QStringLiteral("CREATE USER IF NOT EXISTS 'magento'@'%' ACCOUNT LOCK;"));
    m_server->recreateDatabase(magento2Database);
    m_server->runSql(QStringLiteral("GRANT ALL ON `%1`.* TO 'magento'@'%';").arg(magento2Database));
    m_server->loadDump(magento2Database, fixture(magento2Dump));
    if (cancel && cancel->load())
        throw Error(tr("The preparation of the demo store was cancelled."));
    progress(tr("Removing the products, categories and quotes made after install…"), magento2Loaded);
    clearMagento2AfterInstall();
    markReady(magento2Database, true);
}

void DemoStore::clearMagento2AfterInstall()
{
    // The 2.4.8 dump is an install on which someone created 23 products, 5 categories and 2 quotes. A
    // migration target must be a fresh install, so the demo removes exactly those and what hangs off them.
    // Foreign keys cascade from the entities to their EAV values, website and stock rows, gallery links,
    // category links, product relations and quote items, addresses and payments; what has no key to cascade
    // along (URL rewrites, indexes, orphaned gallery values, queued jobs, indexer changelogs) is removed here.
    Database db(m_server->rootProfile(magento2Database), QString(), QStringLiteral("demo"));
    QSet<QString> tables;
    auto existing = db.query(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = ?"),
        { magento2Database });
    while (existing.next())
        tables.insert(existing.value(0).toString());
    const auto deleteFrom = [&](const QString& table, const QString& where = {}) {
        if (tables.contains(table))
            db.exec(QStringLiteral("DELETE FROM %1%2")
                        .arg(Database::quoteIdentifier(table),
                            where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    };

    db.beginTransaction();
    deleteFrom(QStringLiteral("quote"));
    deleteFrom(QStringLiteral("catalog_product_entity"));
    deleteFrom(QStringLiteral("catalog_product_entity_media_gallery"),
        QStringLiteral("value_id NOT IN (SELECT value_id FROM catalog_product_entity_media_gallery_value_to_entity)"));
    // Ids 1 (the tree's root) and 2 (the default store's root category) come with the install.
    deleteFrom(QStringLiteral("catalog_category_entity"), QStringLiteral("entity_id > 2"));
    db.exec(QStringLiteral("UPDATE catalog_category_entity SET children_count = IF(entity_id = 1, 1, 0)"));
    deleteFrom(QStringLiteral("url_rewrite"), QStringLiteral("entity_type IN ('product', 'category')"));
    for (const QString& table : tables) {
        if (table.startsWith(QLatin1String("catalog_category_product_index_store")))
            deleteFrom(table);
    }
    for (const char* table : { "catalog_product_index_price", "catalog_product_index_price_replica",
             "catalog_product_index_eav", "catalog_product_index_eav_replica" })
        deleteFrom(QLatin1String(table));
    for (const char* table : { "cataloginventory_stock_status", "cataloginventory_stock_status_replica" })
        deleteFrom(QLatin1String(table));
    deleteFrom(QStringLiteral("queue_message"),
        QStringLiteral("topic_name IN ('media.storage.catalog.image.resize', 'product_action_attribute.update', "
                       "'product_action_attribute.website.update')"));
    deleteFrom(QStringLiteral("magento_bulk"),
        QStringLiteral("description LIKE 'Image resize:%' OR description LIKE 'Update attributes for%'"));
    // The deletes above fired the indexer triggers; their changelog rows (and the older ones) name entities
    // that no longer exist. DELETE rather than TRUNCATE keeps the version counters that mview_state follows.
    for (const QString& table : tables) {
        if (table.endsWith(QLatin1String("_cl")))
            deleteFrom(table);
    }
    db.commit();
}

} // namespace cutover
