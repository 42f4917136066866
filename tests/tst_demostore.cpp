#include "db/database.h"
#include "error.h"
#include "project/project.h"
#include "sandbox/demostore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace cutover;

namespace {

qint64 count(Database& db, const QString& table, const QString& where = {})
{
    return db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM %1%2")
                    .arg(db.table(table), where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
        .toLongLong();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// Sets an environment variable for one scope and puts the old value back.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char* name, const QByteArray& value)
        : m_name(name)
        , m_old(qgetenv(name))
        , m_had(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    QByteArray m_old;
    bool m_had;
};

} // namespace

// The demo store built for real (a private MariaDB, both dumps, the generator), the project file it writes,
// and the project file's own error handling.
class TestDemoStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_folder.isValid()); }

    void preparesBothDatabases()
    {
        QList<qint64> done;
        QStringList steps;
        qint64 total = 0;
        Project project;
        {
            DemoStore demo(m_folder.path());
            project = demo.prepare([&](const QString& step, qint64 d, qint64 t) {
                steps << step;
                done << d;
                total = t;
            });
            QVERIFY(!demo.reusedDatabases());
            m_report = demo.generatorReport();
            checkMagento1(demo);
            checkMagento2(demo);

            // The project points at both databases over the server's socket, as root, with no password.
            QCOMPARE(project.source.database, DemoStore::magento1Database);
            QCOMPARE(project.destination.database, DemoStore::magento2Database);
            QCOMPARE(project.source.socket, demo.server()->socketPath());
            QCOMPARE(project.destination.socket, demo.server()->socketPath());
            QCOMPARE(project.source.user, QStringLiteral("root"));
        }
        QVERIFY(!steps.isEmpty());
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
        QCOMPARE(done.last(), total);
        QVERIFY2(steps.filter(QStringLiteral("Magento 1 store")).size() > 0, qPrintable(steps.join(QLatin1Char('\n'))));

        const QString projectPath = m_folder.filePath(QStringLiteral("demo.cutover"));
        QCOMPARE(Project::load(projectPath), project);
        QCOMPARE(project.m1Root, m_folder.filePath(QStringLiteral("magento1")));
        QCOMPARE(project.m2Root, m_folder.filePath(QStringLiteral("magento2")));
        QVERIFY(QFileInfo(project.m2Root + QStringLiteral("/pub/media")).isDir());
        QVERIFY(QFileInfo(project.m1Root + QStringLiteral("/media")).isDir());
        QFile file(projectPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("password"));
    }

    void secondPrepareReusesTheDatabases()
    {
        DemoStore demo(m_folder.path());
        QElapsedTimer timer;
        timer.start();
        const Project project = demo.prepare();
        const qint64 ms = timer.elapsed();
        QVERIFY(demo.reusedDatabases());
        QVERIFY2(ms < 20'000, qPrintable(QStringLiteral("second prepare took %1 ms").arg(ms)));
        QCOMPARE(Project::load(demo.projectPath()).createdAt, project.createdAt);
        Database m1(demo.server()->rootProfile(DemoStore::magento1Database), {}, QStringLiteral("test"));
        QCOMPARE(count(m1, QStringLiteral("core_store"), QStringLiteral("code IN ('default','fr','de')")), 3);
        QCOMPARE(count(m1, QStringLiteral("catalog_product_entity")),
            m_report.rowsPerTable.value(QStringLiteral("catalog_product_entity")));
        Database m2(demo.server()->rootProfile(DemoStore::magento2Database), {}, QStringLiteral("test"));
        QCOMPARE(count(m2, QStringLiteral("core_config_data")), 77);
    }

    void cancelledPrepareIsRebuiltNextTime()
    {
        QTemporaryDir folder;
        std::atomic<bool> cancel { true };
        DemoStore demo(folder.path());
        try {
            demo.prepare({}, &cancel);
            QFAIL("a cancelled preparation succeeded");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("cancelled")), qPrintable(e.message()));
        }
        QVERIFY(!QFileInfo::exists(demo.projectPath()));
        QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("demo_magento1.ready"))));
    }

    void missingFixturesNameTheFolder()
    {
        QTemporaryDir empty;
        QTemporaryDir folder;
        ScopedEnvironment fixtures("CUTOVER_FIXTURES", empty.path().toLocal8Bit());
        DemoStore demo(folder.path());
        try {
            demo.prepare();
            QFAIL("prepared a demo without fixtures");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(empty.path()), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("CUTOVER_FIXTURES")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("magento-ce-1.9.1.1.sql")), qPrintable(e.message()));
        }
        QVERIFY(!demo.server());
    }

    void projectRoundTrip()
    {
        QTemporaryDir folder;
        Project project;
        project.name = QStringLiteral("Shop «Müller»");
        project.source
            = ConnectionProfile::fromUrl(QStringLiteral("mysql://shop@db.example.com:3307/m1?prefix=mg_&ssl=required"));
        project.destination
            = ConnectionProfile::fromUrl(QStringLiteral("mysql://root@localhost/m2?socket=/run/mysqld/mysqld.sock"));
        project.m1Root = QStringLiteral("/var/www/m1");
        project.m2Root = QStringLiteral("/var/www/m2");
        project.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        const QString path = folder.filePath(QStringLiteral("shop.cutover"));
        project.save(path);
        QCOMPARE(Project::load(path), project);
    }

    void projectLoadRefusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("missing") << QByteArray() << QStringLiteral("does not exist");
        QTest::addRow("not JSON") << QByteArray("<xml/>") << QStringLiteral("not JSON");
        QTest::addRow("array") << QByteArray("[1, 2]") << QStringLiteral("no JSON object");
        QTest::addRow("other format") << QByteArray(R"({"format": "something", "version": 1})")
                                      << QStringLiteral("not a Cutover project");
        QTest::addRow("newer version") << QByteArray(R"({"format": "cutover-project", "version": 99})")
                                       << QStringLiteral("version 99");
        QTest::addRow("no version") << QByteArray(R"({"format": "cutover-project"})") << QStringLiteral("version 0");
        QTest::addRow("name not text") << QByteArray(R"({"format": "cutover-project", "version": 1, "name": 5})")
                                       << QStringLiteral("\"name\"");
        QTest::addRow("port not a number")
            << QByteArray(R"({"format": "cutover-project", "version": 1, "source": {"port": "x"}})")
            << QStringLiteral("\"port\"");
        QTest::addRow("unknown TLS mode")
            << QByteArray(R"({"format": "cutover-project", "version": 1, "destination": {"tls": "maybe"}})")
            << QStringLiteral("maybe");
        QTest::addRow("bad date") << QByteArray(R"({"format": "cutover-project", "version": 1, "createdAt": "soon"})")
                                  << QStringLiteral("createdAt");
    }
    void projectLoadRefusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fragment);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("bad.cutover"));
        if (!content.isEmpty())
            writeFile(path, content);
        try {
            Project::load(path);
            QFAIL("a bad project file was loaded");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
            QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
        }
    }

    void projectSaveNamesAnUnwritableFolder()
    {
        const QString path = QStringLiteral("/nonexistent-folder/x.cutover");
        try {
            Project {}.save(path);
            QFAIL("saved into a missing folder");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
    }

private:
    void checkMagento1(DemoStore& demo)
    {
        Database db(demo.server()->rootProfile(DemoStore::magento1Database), {}, QStringLiteral("test"));
        QCOMPARE(count(db, QStringLiteral("core_store"), QStringLiteral("code IN ('default','fr','de')")), 3);
        QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM core_config_data WHERE path = 'general/locale/code' "
                                          "AND scope = 'stores' AND scope_id = (SELECT store_id FROM core_store "
                                          "WHERE code = 'fr')"))
                     .toString(),
            QStringLiteral("fr_FR"));
        QVERIFY(m_report.totalRows > 0);
        // The generator's areas are being filled in; whatever it says it wrote must be in the database.
        for (const char* table : { "catalog_product_entity", "customer_entity", "sales_flat_order" }) {
            const qint64 reported = m_report.rowsPerTable.value(QLatin1String(table));
            QCOMPARE(count(db, QLatin1String(table)), reported);
            if (QLatin1String(table) == QLatin1String("catalog_product_entity") && reported > 0)
                QVERIFY(reported >= 250 && reported <= 400);
        }
    }

    void checkMagento2(DemoStore& demo)
    {
        Database db(demo.server()->rootProfile(DemoStore::magento2Database), {}, QStringLiteral("test"));
        QCOMPARE(count(db, QStringLiteral("catalog_product_entity")), 0);
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT GROUP_CONCAT(entity_id ORDER BY entity_id) FROM catalog_category_entity"))
                .toString(),
            QStringLiteral("1,2"));
        QCOMPARE(count(db, QStringLiteral("catalog_category_entity"),
                     QStringLiteral("entity_id = 1 AND children_count = 1")),
            1);
        QCOMPARE(count(db, QStringLiteral("catalog_category_entity_varchar")) > 0, true); // the roots keep their names
        QCOMPARE(count(db, QStringLiteral("catalog_category_entity_varchar"), QStringLiteral("entity_id > 2")), 0);
        QCOMPARE(count(db, QStringLiteral("catalog_category_product")), 0);
        QCOMPARE(count(db, QStringLiteral("catalog_product_entity_varchar")), 0);
        QCOMPARE(count(db, QStringLiteral("catalog_product_entity_media_gallery")), 0);
        QCOMPARE(count(db, QStringLiteral("cataloginventory_stock_item")), 0);
        QCOMPARE(count(db, QStringLiteral("cataloginventory_stock_status")), 0);
        QCOMPARE(count(db, QStringLiteral("catalog_product_index_price")), 0);
        QCOMPARE(count(db, QStringLiteral("quote")), 0);
        QCOMPARE(count(db, QStringLiteral("quote_item")), 0);
        QCOMPARE(count(db, QStringLiteral("quote_address")), 0);
        QCOMPARE(count(db, QStringLiteral("url_rewrite"), QStringLiteral("entity_type IN ('product', 'category')")), 0);
        QCOMPARE(count(db, QStringLiteral("url_rewrite"), QStringLiteral("entity_type = 'cms-page'")), 4);
        QCOMPARE(count(db, QStringLiteral("catalogsearch_fulltext_cl")), 0);
        // The install itself is untouched.
        QCOMPARE(count(db, QStringLiteral("core_config_data")), 77);
        QCOMPARE(count(db, QStringLiteral("eav_attribute")), 136);
        QCOMPARE(count(db, QStringLiteral("store")), 2);

        // The indexer triggers still fire: their definer exists and may write the changelogs.
        db.exec(QStringLiteral("INSERT INTO catalog_product_entity (attribute_set_id, type_id, sku) VALUES (4, "
                               "'simple', 'trigger-check')"));
        QVERIFY(count(db, QStringLiteral("catalogsearch_fulltext_cl")) > 0);
        db.exec(QStringLiteral("DELETE FROM catalog_product_entity WHERE sku = 'trigger-check'"));
        db.exec(QStringLiteral("DELETE FROM catalogsearch_fulltext_cl"));
    }

    QTemporaryDir m_folder;
    GeneratorReport m_report;
};

QTEST_GUILESS_MAIN(TestDemoStore)
#include "tst_demostore.moc"
