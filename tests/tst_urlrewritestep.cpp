#include "copy/copyledger.h"
#include "db/database.h"
#include "engine/migrationrunner.h"
#include "engine/verifier.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "steps/mappedtable.h"
#include "steps/settingsstep.h"
#include "steps/urlrewritestep.h"
#include "testserver.h"

#include <QSqlQuery>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

// The Map step's plans for the CMS tables only: the pages the URL Rewrite step makes cms-page rewrites for.
class CmsPagesStep : public Step
{
public:
    QString id() const override { return QStringLiteral("test-cms"); }
    QString title() const override { return QStringLiteral("CMS pages"); }

protected:
    QList<TablePlan> plan(StepContext& context) override
    {
        const MapConfig* map = context.env.dmt->map(QStringLiteral("map_file"));
        return { planMappedTable(context, *map, QStringLiteral("cms_page"), id(), CopyLedger::Existing::Replace),
            planMappedTable(context, *map, QStringLiteral("cms_page_store"), id(), CopyLedger::Existing::Replace) };
    }
};

struct Migrated
{
    RunReport report;
    QList<UrlRewriteStep::Clash> clashes;
};

Migrated migrate(const ConnectionProfile& source, const ConnectionProfile& destination, UrlRewriteStep::ClashRule rule,
    bool withSettings = true)
{
    MigrationEnvironment env;
    env.source = { source, {} };
    env.destination = { destination, {} };
    env.dmt = &dmt();
    env.handlers = &registry();
    env.jobs = 2;
    // Small batches: the 224 rows take several keyset pages.
    env.copyOptions.firstBatchRows = 50;
    env.copyOptions.batchBytes = 1;
    MigrationRunner runner(env);
    runner.setMode(QStringLiteral("data"));
    if (withSettings) {
        runner.addStep(std::make_unique<SettingsStep>());
        runner.addStep(std::make_unique<CmsPagesStep>());
    }
    auto step = std::make_unique<UrlRewriteStep>();
    step->setClashRule(rule);
    UrlRewriteStep* urlRewrites = step.get();
    runner.addStep(std::move(step));
    Migrated result;
    result.report = runner.run();
    result.clashes = urlRewrites->clashes();
    return result;
}

QString describe(const RunReport& report)
{
    return report.toText();
}

QString tableChecksum(Database& db, const QString& table)
{
    QSqlQuery q = db.query(QStringLiteral("CHECKSUM TABLE %1").arg(db.table(table)));
    return q.next() ? q.value(1).toString() : QString();
}

struct Rewrite
{
    qint64 id = 0;
    int store = 0;
    QString request;
    QString target;
    int redirect = 0; ///< Magento 2's redirect type; Magento 1's options mapped
    QString entityType;
    qint64 entityId = 0;
};

// Magento 1's rewrites as Magento 2 should read them (entity from product_id/category_id, options -> type).
QList<Rewrite> sourceRewrites(Database& src)
{
    QList<Rewrite> rows;
    QSqlQuery q = src.query(QStringLiteral("SELECT url_rewrite_id, store_id, request_path, target_path, options, "
                                           "product_id, category_id FROM %1 ORDER BY url_rewrite_id")
                                .arg(src.table(QStringLiteral("core_url_rewrite"))));
    while (q.next()) {
        Rewrite r;
        r.id = q.value(0).toLongLong();
        r.store = q.value(1).toInt();
        r.request = q.value(2).toString();
        r.target = q.value(3).toString();
        const QString options = q.value(4).toString();
        r.redirect = options == QLatin1String("RP") ? 301 : options == QLatin1String("R") ? 302 : 0;
        const qint64 product = q.isNull(5) ? 0 : q.value(5).toLongLong();
        const qint64 category = q.isNull(6) ? 0 : q.value(6).toLongLong();
        r.entityType = product ? QStringLiteral("product")
            : category         ? QStringLiteral("category")
                               : QStringLiteral("custom");
        r.entityId = product ? product : category;
        rows << r;
    }
    return rows;
}

QHash<qint64, Rewrite> destinationRewrites(Database& dst)
{
    QHash<qint64, Rewrite> rows;
    QSqlQuery q = dst.query(QStringLiteral("SELECT url_rewrite_id, store_id, request_path, target_path, redirect_type, "
                                           "entity_type, entity_id FROM url_rewrite"));
    while (q.next()) {
        Rewrite r;
        r.id = q.value(0).toLongLong();
        r.store = q.value(1).toInt();
        r.request = q.value(2).toString();
        r.target = q.value(3).toString();
        r.redirect = q.value(4).toInt();
        r.entityType = q.value(5).toString();
        r.entityId = q.value(6).toLongLong();
        rows.insert(r.id, r);
    }
    return rows;
}

// The rows of one store view by request path, case-folded; the first (lowest id) wins, as it keeps the path.
QHash<QString, const Rewrite*> byPath(const QList<Rewrite>& rows, int store)
{
    QHash<QString, const Rewrite*> paths;
    for (const Rewrite& r : rows) {
        if (r.store == store && !paths.contains(r.request.toCaseFolded()))
            paths.insert(r.request.toCaseFolded(), &r);
    }
    return paths;
}

// Where a rewrite lands: follows redirects (Magento 1: options R/RP, Magento 2: redirect_type) by request path
// within its store view, up to a few hops; returns "type id" of the last rewrite.
QString land(const QList<Rewrite>& rows, const Rewrite& start)
{
    const QHash<QString, const Rewrite*> paths = byPath(rows, start.store);
    const Rewrite* r = &start;
    for (int hop = 0; hop < 10 && r->redirect != 0; ++hop) {
        const Rewrite* next = paths.value(r->target.toCaseFolded());
        if (!next)
            break;
        r = next;
    }
    return QStringLiteral("%1 %2").arg(r->entityType).arg(r->entityId);
}

QString resolve(const QList<Rewrite>& rows, int store, const QString& request)
{
    const Rewrite* r = byPath(rows, store).value(request.toCaseFolded());
    return r ? land(rows, *r) : QString();
}

QList<Rewrite> sorted(const QHash<qint64, Rewrite>& rows)
{
    QList<Rewrite> list = rows.values();
    std::sort(list.begin(), list.end(), [](const Rewrite& a, const Rewrite& b) { return a.id < b.id; });
    return list;
}

const UrlRewriteStep::Clash* findClash(
    const QList<UrlRewriteStep::Clash>& clashes, const QString& origin, qint64 id, int store = -1)
{
    for (const UrlRewriteStep::Clash& c : clashes) {
        if (c.origin == origin && c.sourceId == id && (store < 0 || c.storeId == store))
            return &c;
    }
    return nullptr;
}

// Every source row is in url_rewrite (with its path, or the new one its clash names) or listed as dropped; the
// counts of the copy add up; each lands on the entity it did in Magento 1.
void checkEverySourceRow(Database& src, Database& dst, const Migrated& run)
{
    const StepReport* step = run.report.step(QStringLiteral("url-rewrite"));
    QVERIFY(step);
    const TableReport* copy = step->table(QStringLiteral("core_url_rewrite"));
    QVERIFY(copy);
    const QList<Rewrite> source = sourceRewrites(src);
    QVERIFY(!source.isEmpty());
    QCOMPARE(copy->rowsRead + copy->rowsResumed, qint64(source.size()));
    QCOMPARE(copy->rowsRead, copy->rowsWritten + copy->skippedRows());

    const QHash<qint64, Rewrite> destination = destinationRewrites(dst);
    qint64 dropped = 0;
    for (const Rewrite& s : source) {
        const UrlRewriteStep::Clash* clash = findClash(run.clashes, QStringLiteral("core_url_rewrite"), s.id);
        if (clash && clash->action == UrlRewriteStep::Clash::Action::Dropped) {
            QVERIFY2(!destination.contains(s.id), qPrintable(s.request));
            ++dropped;
            continue;
        }
        QVERIFY2(destination.contains(s.id), qPrintable(QStringLiteral("url_rewrite_id %1 missing").arg(s.id)));
        const Rewrite& d = destination[s.id];
        QCOMPARE(d.store, s.store);
        QCOMPARE(d.request, clash ? clash->newPath : s.request);
        QCOMPARE(d.entityType, s.entityType);
        QCOMPARE(d.entityId, s.entityId);
        QCOMPARE(d.redirect, s.redirect);
        if (s.redirect == 0)
            QCOMPARE(d.target, s.target);
    }
    if (copy->rowsResumed == 0)
        QCOMPARE(copy->skippedRows(), dropped);
    // Each rewrite Magento 2 kept lands where it landed in Magento 1.
    const QList<Rewrite> after = sorted(destination);
    for (const Rewrite& s : source) {
        if (!destination.contains(s.id))
            continue;
        const QString was = land(source, s);
        const QString is = land(after, destination[s.id]);
        QVERIFY2(was == is,
            qPrintable(QStringLiteral("%1 in store %2: %3 became %4").arg(s.request).arg(s.store).arg(was, is)));
    }
}

// The Verifier finds the copy's rows as the step's plan says (renamed paths included, CMS page rewrites aside).
void verify(const ConnectionProfile& source, const ConnectionProfile& destination, UrlRewriteStep::ClashRule rule)
{
    MigrationEnvironment env;
    env.source = { source, {} };
    env.destination = { destination, {} };
    env.dmt = &dmt();
    env.handlers = &registry();
    UrlRewriteStep step;
    step.setClashRule(rule);
    Verifier verifier(env);
    verifier.addStep(&step);
    RunControl control;
    const VerifyReport report = verifier.run(control);
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(report.toText()));
    QCOMPARE(report.count(TableVerification::Status::Match), 1);
}

// Every page of the destination has its cms-page rewrite in each of its store views (all views for store 0).
void checkCmsRewrites(Database& dst, const Migrated& run)
{
    QList<int> views;
    QSqlQuery s = dst.query(QStringLiteral("SELECT store_id FROM store WHERE store_id > 0 ORDER BY store_id"));
    while (s.next())
        views << s.value(0).toInt();
    QSqlQuery q = dst.query(QStringLiteral("SELECT p.page_id, p.identifier, s.store_id FROM cms_page p JOIN "
                                           "cms_page_store s ON s.page_id = p.page_id ORDER BY 1, 3"));
    int expected = 0;
    while (q.next()) {
        const qint64 page = q.value(0).toLongLong();
        const QString identifier = q.value(1).toString();
        for (int store : q.value(2).toInt() == 0 ? views : QList<int> { q.value(2).toInt() }) {
            const UrlRewriteStep::Clash* clash = findClash(run.clashes, QStringLiteral("cms_page"), page, store);
            const qint64 rows = dst.scalar(QStringLiteral("SELECT COUNT(*) FROM url_rewrite WHERE entity_type = "
                                                          "'cms-page' AND entity_id = %1 AND store_id = %2")
                                               .arg(page)
                                               .arg(store))
                                    .toLongLong();
            if (clash && clash->action == UrlRewriteStep::Clash::Action::Dropped) {
                QCOMPARE(rows, 0);
                continue;
            }
            ++expected;
            QCOMPARE(rows, 1);
            const QString path = clash ? clash->newPath : identifier;
            QCOMPARE(dst.scalar(QStringLiteral("SELECT target_path FROM url_rewrite WHERE entity_type = 'cms-page' "
                                               "AND store_id = %1 AND request_path = %2")
                                    .arg(store)
                                    .arg(Database::quoteString(path)))
                         .toString(),
                QStringLiteral("cms/page/view/page_id/%1").arg(page));
        }
    }
    QVERIFY(expected > 0);
    QCOMPARE(dst.scalar(QStringLiteral("SELECT COUNT(*) FROM url_rewrite WHERE entity_type = 'cms-page'")).toLongLong(),
        qint64(expected));
}

} // namespace

class TestUrlRewriteStep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void suffix_data();
    void suffix();
    void realRewrites();
    void unprefixedStore();
    void clashes_data();
    void clashes();

private:
    // One Magento 2 database for every case: each starts with a reset, which realRewrites() shows to restore it.
    ConnectionProfile m_destination;
    ConnectionProfile m_clashSource;
};

void TestUrlRewriteStep::initTestCase()
{
    auto& server = TestServer::instance();
    m_destination = server.magento2(QStringLiteral("urs_m2"));
    m_clashSource = server.magento1Prefixed(QStringLiteral("urs_clash_m1p"));
    Database src(m_clashSource, {}, QStringLiteral("test"));
    const QString table = src.table(QStringLiteral("core_url_rewrite"));
    // The source copy is a test database: Magento 2's unique key compares case-insensitively, and a store whose
    // unique key was lost has exact duplicates.
    src.exec(QStringLiteral("ALTER TABLE %1 DROP INDEX UNQ_MAGEV1_CORE_URL_REWRITE_REQUEST_PATH_STORE_ID").arg(table));
}

void TestUrlRewriteStep::suffix_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    QTest::addRow("html") << "shoes/red-shoe.html" << 1 << 255 << "shoes/red-shoe-1.html";
    QTest::addRow("no extension") << "about-us" << 2 << 255 << "about-us-2";
    QTest::addRow("trailing slash") << "a/b/" << 3 << 255 << "a/b-3/";
    QTest::addRow("dot in folder") << "v1.0/page" << 1 << 255 << "v1.0/page-1";
    QTest::addRow("too long") << "abcdefghij.html" << 12 << 12 << "abcd-12.html";
}

void TestUrlRewriteStep::suffix()
{
    QFETCH(QString, path);
    QFETCH(int, n);
    QFETCH(int, max);
    QFETCH(QString, expected);
    QCOMPARE(UrlRewriteStep::withSuffix(path, n, max), expected);
    QVERIFY(UrlRewriteStep::withSuffix(path, n, max).size() <= max);
}

void TestUrlRewriteStep::realRewrites()
{
    auto& server = TestServer::instance();
    const auto source = server.magento1Prefixed(QStringLiteral("urs_real_m1p"));
    const auto destination = m_destination;
    Database src(source, {}, QStringLiteral("test"));
    Database dst(destination, {}, QStringLiteral("test"));
    CopyLedger::reset(dst);
    const qint64 ownRows = dst.scalar(QStringLiteral("SELECT COUNT(*) FROM url_rewrite")).toLongLong();
    const QString ownSum = tableChecksum(dst, QStringLiteral("url_rewrite"));
    QVERIFY(ownRows > 0);

    const Migrated run = migrate(source, destination, UrlRewriteStep::ClashRule::RenameWithSuffix);
    QVERIFY2(run.report.outcome == Outcome::Succeeded, qPrintable(describe(run.report)));
    checkEverySourceRow(src, dst, run);
    if (QTest::currentTestFailed())
        return;

    // Product-in-category rewrites are linked, with the category in the metadata.
    QStringList expectedLinks;
    QSqlQuery q = src.query(QStringLiteral("SELECT url_rewrite_id, category_id, product_id FROM %1 WHERE is_system = 1 "
                                           "AND product_id IS NOT NULL AND category_id IS NOT NULL ORDER BY 1")
                                .arg(src.table(QStringLiteral("core_url_rewrite"))));
    while (q.next())
        expectedLinks
            << QStringLiteral("%1/%2/%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    QVERIFY(!expectedLinks.isEmpty());
    QStringList links;
    QSqlQuery l = dst.query(QStringLiteral("SELECT l.url_rewrite_id, l.category_id, l.product_id, r.metadata, "
                                           "r.target_path FROM catalog_url_rewrite_product_category l JOIN url_rewrite "
                                           "r USING (url_rewrite_id) ORDER BY 1"));
    while (l.next()) {
        links << QStringLiteral("%1/%2/%3").arg(l.value(0).toString(), l.value(1).toString(), l.value(2).toString());
        QCOMPARE(l.value(3).toString(), QStringLiteral("{\"category_id\":\"%1\"}").arg(l.value(1).toString()));
        QCOMPARE(l.value(4).toString(),
            QStringLiteral("catalog/product/view/id/%1/category/%2").arg(l.value(2).toString(), l.value(1).toString()));
    }
    QCOMPARE(links, expectedLinks);
    const StepReport* step = run.report.step(QStringLiteral("url-rewrite"));
    QCOMPARE(step->table(QStringLiteral("url_rewrite"))->rowsWritten, qint64(expectedLinks.size()));

    // A redirect whose Magento 1 target is a request path keeps it; sampled paths land on their entity.
    QCOMPARE(dst.scalar(QStringLiteral("SELECT CONCAT(redirect_type, ' ', target_path) FROM url_rewrite WHERE "
                                       "store_id = 1 AND request_path = 'piece-barroque-18.html'"))
                 .toString(),
        QStringLiteral("301 piece-cocooning.html"));
    QCOMPARE(resolve(sorted(destinationRewrites(dst)), 1, QStringLiteral("piece-barroque-18.html")),
        QStringLiteral("product 18"));
    QCOMPARE(
        resolve(sorted(destinationRewrites(dst)), 2, QStringLiteral("chambre.html")), QStringLiteral("category 17"));

    // CMS pages (Magento 1's, as migrated) have their rewrites.
    QCOMPARE(dst.scalar(QStringLiteral("SELECT COUNT(*) FROM cms_page")).toLongLong(),
        src.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(src.table(QStringLiteral("cms_page")))).toLongLong());
    checkCmsRewrites(dst, run);

    // Magento 2's own rows were replaced, and the report says so.
    QVERIFY2(step->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("held %1 row(s)").arg(ownRows)),
        qPrintable(step->warnings.join(QLatin1Char('\n'))));

    verify(source, destination, UrlRewriteStep::ClashRule::RenameWithSuffix);
    if (QTest::currentTestFailed())
        return;

    // A second run gives the same tables.
    const QString rewritesSum = tableChecksum(dst, QStringLiteral("url_rewrite"));
    const QString linksSum = tableChecksum(dst, QStringLiteral("catalog_url_rewrite_product_category"));
    const Migrated again = migrate(source, destination, UrlRewriteStep::ClashRule::RenameWithSuffix, false);
    QVERIFY2(again.report.outcome == Outcome::Succeeded, qPrintable(describe(again.report)));
    QCOMPARE(tableChecksum(dst, QStringLiteral("url_rewrite")), rewritesSum);
    QCOMPARE(tableChecksum(dst, QStringLiteral("catalog_url_rewrite_product_category")), linksSum);

    // A reset puts Magento 2's own rows back.
    CopyLedger::reset(dst);
    QCOMPARE(dst.scalar(QStringLiteral("SELECT COUNT(*) FROM url_rewrite")).toLongLong(), ownRows);
    QCOMPARE(tableChecksum(dst, QStringLiteral("url_rewrite")), ownSum);
}

void TestUrlRewriteStep::unprefixedStore()
{
    // The fresh 1.9.1.1 install: no prefix, no catalog rewrites of its own, six CMS pages of all store views.
    const auto source = TestServer::instance().magento1(QStringLiteral("urs_191_m1"));
    Database src(source, {}, QStringLiteral("test"));
    Database dst(m_destination, {}, QStringLiteral("test"));
    CopyLedger::reset(dst);
    const Migrated run = migrate(source, m_destination, UrlRewriteStep::ClashRule::RenameWithSuffix);
    QVERIFY2(run.report.outcome == Outcome::Succeeded, qPrintable(describe(run.report)));
    const qint64 sourceRows = src.scalar(QStringLiteral("SELECT COUNT(*) FROM core_url_rewrite")).toLongLong();
    const TableReport* copy = run.report.step(QStringLiteral("url-rewrite"))->table(QStringLiteral("core_url_rewrite"));
    QVERIFY(copy);
    QCOMPARE(copy->rowsRead, sourceRows);
    QCOMPARE(
        dst.scalar(QStringLiteral("SELECT COUNT(*) FROM url_rewrite WHERE entity_type <> 'cms-page'")).toLongLong(),
        sourceRows);
    checkCmsRewrites(dst, run);
}

void TestUrlRewriteStep::clashes_data()
{
    QTest::addColumn<bool>("keepFirst");
    QTest::addRow("rename with suffix") << false;
    QTest::addRow("keep first") << true;
}

void TestUrlRewriteStep::clashes()
{
    QFETCH(bool, keepFirst);
    const auto source = m_clashSource;
    const auto destination = m_destination;
    Database src(source, {}, QStringLiteral("test"));
    Database dst(destination, {}, QStringLiteral("test"));
    CopyLedger::reset(dst);
    const QString table = src.table(QStringLiteral("core_url_rewrite"));
    const auto idOf = [&](int store, const QString& path) {
        return src
            .scalar(QStringLiteral("SELECT MIN(url_rewrite_id) FROM %1 WHERE store_id = %2 AND request_path = %3")
                        .arg(table)
                        .arg(store)
                        .arg(Database::quoteString(path)))
            .toLongLong();
    };
    const qint64 product18 = idOf(1, QStringLiteral("piece-cocooning.html"));
    const qint64 category21 = idOf(1, QStringLiteral("les-produits.html"));
    QVERIFY(product18 > 0 && category21 > 0);
    // A CMS page of store view 2 (directly or through "all store views"), whose identifier a rewrite takes first.
    QSqlQuery page
        = src.query(QStringLiteral("SELECT p.page_id, p.identifier FROM %1 p JOIN %2 s ON s.page_id = "
                                   "p.page_id WHERE s.store_id IN (0, 2) ORDER BY p.page_id LIMIT 1")
                        .arg(src.table(QStringLiteral("cms_page")), src.table(QStringLiteral("cms_page_store"))));
    QVERIFY(page.next());
    const qint64 pageId = page.value(0).toLongLong();
    const QString identifier = page.value(1).toString();
    src.exec(QStringLiteral(
        "REPLACE INTO %1 (url_rewrite_id, store_id, id_path, request_path, target_path, is_system, "
        "options, category_id, product_id) VALUES "
        "(5000, 1, 'clash/5000', 'piece-cocooning.html', 'les-produits.html', 0, 'RP', NULL, NULL), "
        "(5001, 1, 'clash/5001', 'Les-Produits.html', 'catalog/category/view/id/21', 0, '', 21, "
        "NULL), "
        "(5002, 2, 'clash/5002', %2, 'les-produits.html', 0, 'RP', NULL, NULL), "
        "(5003, 1, 'clash/5003', 'piece-cocooning-1.html', 'piece-cocooning.html', 0, 'RP', NULL, "
        "18), "
        "(5004, 1, 'clash/5004', 'old-cocooning.html', 'catalog/product/view/id/18', 0, 'RP', NULL, 18), "
        "(5005, 2, 'clash/5005', 'old-nothing.html', 'catalog/product/view/id/99/s/x/', 0, 'R', NULL, "
        "NULL)")
                 .arg(table, Database::quoteString(identifier)));

    const auto rule = keepFirst ? UrlRewriteStep::ClashRule::KeepFirst : UrlRewriteStep::ClashRule::RenameWithSuffix;
    const Migrated run = migrate(source, destination, rule);
    QVERIFY2(run.report.outcome == Outcome::Succeeded, qPrintable(describe(run.report)));
    QCOMPARE(run.clashes.size(), 3);
    const UrlRewriteStep::Clash* first = findClash(run.clashes, QStringLiteral("core_url_rewrite"), 5000);
    const UrlRewriteStep::Clash* second = findClash(run.clashes, QStringLiteral("core_url_rewrite"), 5001);
    const UrlRewriteStep::Clash* cms = findClash(run.clashes, QStringLiteral("cms_page"), pageId, 2);
    QVERIFY(first && second && cms);
    QCOMPARE(first->keptBy, product18);
    QCOMPARE(second->keptBy, category21);
    QCOMPARE(cms->keptBy, 5002);
    const auto expectedAction
        = keepFirst ? UrlRewriteStep::Clash::Action::Dropped : UrlRewriteStep::Clash::Action::Renamed;
    for (const UrlRewriteStep::Clash* c : { first, second, cms })
        QCOMPARE(int(c->action), int(expectedAction));
    if (!keepFirst) {
        // "-1" is taken by row 5003: the next free number.
        QCOMPARE(first->newPath, QStringLiteral("piece-cocooning-2.html"));
        QCOMPARE(second->newPath, QStringLiteral("Les-Produits-1.html"));
        QCOMPARE(cms->newPath, UrlRewriteStep::withSuffix(identifier, 1));
    }
    // Each is listed in the step's report with its path, and in the report's text.
    const StepReport* step = run.report.step(QStringLiteral("url-rewrite"));
    const QString warnings = run.report.toText();
    for (const UrlRewriteStep::Clash* c : { first, second, cms }) {
        QVERIFY2(warnings.contains(c->toText()), qPrintable(warnings));
        QVERIFY(c->toText().contains(c->requestPath));
    }
    if (!keepFirst)
        QVERIFY(warnings.contains(QStringLiteral("\"piece-cocooning-2.html\"")));
    const TableReport* cmsTable = step->table(QStringLiteral("cms_page"));
    QVERIFY(cmsTable);
    QCOMPARE(cmsTable->skippedRows(), keepFirst ? 1 : 0);
    QCOMPARE(cmsTable->rowsRead, cmsTable->rowsWritten + cmsTable->skippedRows());

    checkEverySourceRow(src, dst, run);
    if (QTest::currentTestFailed())
        return;
    checkCmsRewrites(dst, run);
    if (QTest::currentTestFailed())
        return;
    if (!keepFirst) {
        // The renamed redirect still lands where it pointed.
        QCOMPARE(resolve(sorted(destinationRewrites(dst)), 1, QStringLiteral("piece-cocooning-2.html")),
            QStringLiteral("category 21"));
    }

    verify(source, destination, rule);
    if (QTest::currentTestFailed())
        return;

    // A redirect to a Magento 1 system path goes to that path's request path, or to Magento 2's own route.
    QCOMPARE(dst.scalar(QStringLiteral("SELECT CONCAT(redirect_type, ' ', target_path) FROM url_rewrite WHERE "
                                       "url_rewrite_id = 5004"))
                 .toString(),
        QStringLiteral("301 piece-cocooning.html"));
    QCOMPARE(dst.scalar(QStringLiteral("SELECT CONCAT(redirect_type, ' ', target_path) FROM url_rewrite WHERE "
                                       "url_rewrite_id = 5005"))
                 .toString(),
        QStringLiteral("302 catalog/product/view/id/99"));

    // A second run gives the same tables and the same list.
    const QString rewritesSum = tableChecksum(dst, QStringLiteral("url_rewrite"));
    const Migrated again = migrate(source, destination, rule, false);
    QVERIFY2(again.report.outcome == Outcome::Succeeded, qPrintable(describe(again.report)));
    QCOMPARE(tableChecksum(dst, QStringLiteral("url_rewrite")), rewritesSum);
    QCOMPARE(again.clashes.size(), run.clashes.size());
}

QTEST_GUILESS_MAIN(TestUrlRewriteStep)
#include "tst_urlrewritestep.moc"
