#include "db/database.h"
#include "error.h"
#include "generate/storegenerator.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

constexpr int seededProducts = 12;
constexpr int seededCustomers = 30;

qint64 scalar(Database& db, const QString& sql)
{
    return db.scalar(sql).toLongLong();
}

/**
 * Puts products and customers into the dump with plain SQL before the generator runs, so that reviews and
 * subscribers have something to point at whatever state the catalog and customer areas are in.
 */
void seedCatalogAndCustomers(Database& db)
{
    db.exec(QStringLiteral("INSERT INTO %1 (entity_type_id, attribute_set_id, type_id, sku, created_at, updated_at) "
                           "SELECT entity_type_id, default_attribute_set_id, 'simple', "
                           "CONCAT('content-test-', seq), '2015-01-01 10:00:00', '2015-01-01 10:00:00' "
                           "FROM %2 JOIN seq_1_to_%3 WHERE entity_type_code = 'catalog_product'")
                .arg(db.table(QStringLiteral("catalog_product_entity")), db.table(QStringLiteral("eav_entity_type")))
                .arg(seededProducts));
    db.exec(QStringLiteral("INSERT IGNORE INTO %1 (product_id, website_id) SELECT entity_id, 1 FROM %2")
                .arg(db.table(QStringLiteral("catalog_product_website")),
                    db.table(QStringLiteral("catalog_product_entity"))));
    db.exec(QStringLiteral(
        "INSERT INTO %1 (entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, "
        "updated_at) "
        "SELECT entity_type_id, default_attribute_set_id, 1, "
        "CONCAT('content.test.', seq, '@example.com'), 1, 1, '2015-01-01 10:00:00', '2015-01-01 10:00:00' "
        "FROM %2 JOIN seq_1_to_%3 WHERE entity_type_code = 'customer'")
                .arg(db.table(QStringLiteral("customer_entity")), db.table(QStringLiteral("eav_entity_type")))
                .arg(seededCustomers));
}

/** A small validator of PHP's serialize() format: types, byte lengths of strings, element counts, braces. */
class PhpUnserializer
{
public:
    static bool isValid(const QByteArray& data)
    {
        PhpUnserializer parser(data);
        return parser.value() && parser.m_pos == data.size();
    }

private:
    explicit PhpUnserializer(const QByteArray& data)
        : m_data(data)
    {
    }
    bool expect(char c)
    {
        if (m_pos >= m_data.size() || m_data[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }
    bool number(qint64* out, bool allowSign)
    {
        const qsizetype start = m_pos;
        if (allowSign && m_pos < m_data.size() && m_data[m_pos] == '-')
            ++m_pos;
        while (m_pos < m_data.size() && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
            ++m_pos;
        bool ok = false;
        const qint64 value = m_data.mid(start, m_pos - start).toLongLong(&ok);
        if (out)
            *out = value;
        return ok;
    }
    bool value()
    {
        if (m_pos >= m_data.size())
            return false;
        const char type = m_data[m_pos++];
        switch (type) {
        case 'N':
            return expect(';');
        case 'b':
        case 'i':
            return expect(':') && number(nullptr, true) && expect(';');
        case 'd': {
            if (!expect(':'))
                return false;
            const qsizetype end = m_data.indexOf(';', m_pos);
            if (end < 0)
                return false;
            bool ok = false;
            m_data.mid(m_pos, end - m_pos).toDouble(&ok);
            m_pos = end + 1;
            return ok;
        }
        case 's': {
            qint64 length = 0;
            if (!expect(':') || !number(&length, false) || !expect(':') || !expect('"'))
                return false;
            if (m_pos + length > m_data.size())
                return false;
            m_pos += length;
            return expect('"') && expect(';');
        }
        case 'a': {
            qint64 count = 0;
            if (!expect(':') || !number(&count, false) || !expect(':') || !expect('{'))
                return false;
            for (qint64 i = 0; i < count; ++i) {
                if (m_pos >= m_data.size() || (m_data[m_pos] != 'i' && m_data[m_pos] != 's'))
                    return false;
                if (!value() || !value())
                    return false;
            }
            return expect('}');
        }
        default:
            return false;
        }
    }

    QByteArray m_data;
    qsizetype m_pos = 0;
};

qint64 messCount(const GeneratorReport& report, const QString& fragment)
{
    qint64 total = 0;
    for (auto it = report.mess.cbegin(); it != report.mess.cend(); ++it) {
        if (it.key().contains(fragment, Qt::CaseInsensitive))
            total += it.value();
    }
    return total;
}

} // namespace

// The content area: reviews and ratings, CMS with Magento 1 directives and their images, newsletter, tax, cart
// price rules in PHP serialize format, and the deliberate mess; on both dump flavours.
class TestGeneratorContent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void phpValidator_data()
    {
        QTest::addColumn<QByteArray>("serialized");
        QTest::addColumn<bool>("valid");
        QTest::addRow("array") << QByteArray("a:2:{s:4:\"type\";s:3:\"abc\";i:0;N;}") << true;
        QTest::addRow("utf-8 bytes") << QByteArray("s:7:\"Größe\";") << true;
        QTest::addRow("characters, not bytes") << QByteArray("s:5:\"Größe\";") << false;
        QTest::addRow("missing brace") << QByteArray("a:1:{i:0;b:1;") << false;
        QTest::addRow("too few elements") << QByteArray("a:2:{i:0;b:1;}") << false;
        QTest::addRow("trailing bytes") << QByteArray("N;N;") << false;
    }
    // The validator below must itself tell good from bad, or the rule checks prove nothing.
    void phpValidator()
    {
        QFETCH(QByteArray, serialized);
        QFETCH(bool, valid);
        QCOMPARE(PhpUnserializer::isValid(serialized), valid);
    }

    void generatesContent_data()
    {
        QTest::addColumn<bool>("prefixed");
        QTest::addRow("1.9.1.1") << false;
        QTest::addRow("1.9.3.2 prefixed") << true;
    }
    void generatesContent()
    {
        QFETCH(bool, prefixed);
        try {
            checkContent(prefixed);
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message() + QLatin1Char('\n') + e.details()));
        }
    }

    // With no catalog or customers made by this run, the area reviews and mails what the database holds.
    void usesWhatTheDatabaseHolds()
    {
        try {
            checkExisting();
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message() + QLatin1Char('\n') + e.details()));
        }
    }

private:
    void checkContent(bool prefixed)
    {
        auto& server = TestServer::instance();
        const QString name = prefixed ? QStringLiteral("gen_content_p") : QStringLiteral("gen_content");
        const auto profile = prefixed ? server.magento1Prefixed(name) : server.magento1(name);
        const auto twin = prefixed ? server.magento1Prefixed(name + QStringLiteral("_2"))
                                   : server.magento1(name + QStringLiteral("_2"));
        Database db(profile, {}, QStringLiteral("test"));
        Database twinDb(twin, {}, QStringLiteral("test-twin"));
        seedCatalogAndCustomers(db);
        seedCatalogAndCustomers(twinDb);
        auto t = [&db](const char* table) { return db.table(QString::fromUtf8(table)); };
        const qint64 pagesBefore
            = scalar(db, QStringLiteral("SELECT COALESCE(MAX(page_id), 0) FROM %1").arg(t("cms_page")));
        const qint64 blocksBefore
            = scalar(db, QStringLiteral("SELECT COALESCE(MAX(block_id), 0) FROM %1").arg(t("cms_block")));

        QTemporaryDir media;
        QVERIFY(media.isValid());
        GeneratorOptions options;
        options.products = 60;
        options.customers = 30;
        options.orders = 0;
        options.seed = 7;
        options.mediaDir = media.path();
        const GeneratorReport report = StoreGenerator::run(profile, {}, options);
        // Same options as the first run, media included: only the database differs.
        QTemporaryDir twinMedia;
        options.mediaDir = twinMedia.path();
        StoreGenerator::run(twin, {}, options);

        // Reviews: about a third of the products, each with its detail and its store links.
        const qint64 products = scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t("catalog_product_entity")));
        const qint64 reviews = scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t("review")));
        QVERIFY2(reviews - 1 >= std::min<qint64>(products, options.products) / 3 - 1 && reviews - 1 <= products / 3 + 1,
            qPrintable(QStringLiteral("%1 reviews for %2 products").arg(reviews).arg(products)));
        QCOMPARE(
            scalar(db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM %1 r LEFT JOIN %2 d ON d.review_id = r.review_id WHERE d.detail_id IS NULL")
                    .arg(t("review"), t("review_detail"))),
            0);
        QCOMPARE(
            scalar(db,
                QStringLiteral("SELECT COUNT(*) FROM %1 r WHERE NOT EXISTS (SELECT 1 FROM %2 s WHERE s.review_id = "
                               "r.review_id AND s.store_id = 0) "
                               "OR NOT EXISTS (SELECT 1 FROM %2 s WHERE s.review_id = r.review_id AND s.store_id > 0)")
                    .arg(t("review"), t("review_store"))),
            0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT status_id) FROM %1").arg(t("review"))) >= 2);
        QVERIFY(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE customer_id IS NOT NULL").arg(t("review_detail")))
            > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t("review_entity_summary"))) > 0);

        // Ratings are visible in store views now, and every vote points at a review and an option of its rating.
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE store_id > 0").arg(t("rating_store"))) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t("rating_option_vote"))) > 0);
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM %1 v LEFT JOIN %2 r ON r.review_id = v.review_id "
                                    "LEFT JOIN %3 o ON o.option_id = v.option_id AND o.rating_id = v.rating_id "
                                    "WHERE r.review_id IS NULL OR o.option_id IS NULL")
                         .arg(t("rating_option_vote"), t("review"), t("rating_option"))),
            0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t("rating_option_vote_aggregated"))) > 0);

        // The orphan review the report owns up to points at a product that is not there.
        QCOMPARE(messCount(report, QStringLiteral("review of a product that does not exist")), 1);
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM %1 r LEFT JOIN %2 p ON p.entity_id = r.entity_pk_value WHERE "
                                    "p.entity_id IS NULL")
                         .arg(t("review"), t("catalog_product_entity"))),
            1);

        // CMS: pages in every store view, one identifier in two store views, and Magento 1 directives.
        QSqlQuery stores = db.query(
            QStringLiteral("SELECT store_id FROM %1 WHERE code IN ('default', 'fr', 'de')").arg(t("core_store")));
        int storeViews = 0;
        while (stores.next()) {
            ++storeViews;
            QVERIFY2(scalar(db,
                         QStringLiteral("SELECT COUNT(*) FROM %1 WHERE store_id = %2 AND page_id > %3")
                             .arg(t("cms_page_store"))
                             .arg(stores.value(0).toInt())
                             .arg(pagesBefore))
                    > 0,
                qPrintable(QStringLiteral("no page in store %1").arg(stores.value(0).toInt())));
        }
        QCOMPARE(storeViews, 3);
        QVERIFY(scalar(db,
                    QStringLiteral("SELECT COUNT(DISTINCT s.store_id) FROM %1 p JOIN %2 s ON s.page_id = p.page_id "
                                   "JOIN %3 c ON c.store_id = s.store_id WHERE p.identifier = 'about-us' AND c.code IN "
                                   "('default', 'fr')")
                        .arg(t("cms_page"), t("cms_page_store"), t("core_store")))
            == 2);
        const qint64 newPages = scalar(
            db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE page_id > %2").arg(t("cms_page")).arg(pagesBefore));
        QVERIFY2(newPages >= 8 && newPages <= 15, qPrintable(QString::number(newPages)));
        const qint64 newBlocks = scalar(
            db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE block_id > %2").arg(t("cms_block")).arg(blocksBefore));
        QVERIFY2(newBlocks >= 5 && newBlocks <= 10, qPrintable(QString::number(newBlocks)));
        QString content;
        QSqlQuery contents = db.query(QStringLiteral(
            "SELECT content FROM %1 WHERE page_id > %2 UNION ALL SELECT content FROM %3 WHERE block_id > %4")
                                          .arg(t("cms_page"))
                                          .arg(pagesBefore)
                                          .arg(t("cms_block"))
                                          .arg(blocksBefore));
        while (contents.next())
            content += contents.value(0).toString() + QLatin1Char('\n');
        for (const char* directive :
            { "{{block type=\"cms/block\" block_id=\"footer_links\"}}", "{{widget type=\"catalog/product_widget_new\"",
                "{{media url=\"wysiwyg/banner-1.jpg\"}}", "{{store url=\"customer/account\"}}", "{{skin url=" }) {
            QVERIFY2(content.contains(QString::fromUtf8(directive)), directive);
        }
        QCOMPARE(messCount(report, QStringLiteral("CMS page store link to a deleted page")), 1);
        QCOMPARE(scalar(db,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM %1 s LEFT JOIN %2 p ON p.page_id = s.page_id WHERE p.page_id IS NULL")
                         .arg(t("cms_page_store"), t("cms_page"))),
            1);

        // The images the new content references were written, all but the one the report calls missing.
        const QRegularExpression mediaUrl(QStringLiteral("\\{\\{media url=\"([^\"]+)\"\\}\\}"));
        QSet<QString> referenced;
        for (auto it = mediaUrl.globalMatch(content); it.hasNext();)
            referenced.insert(it.next().captured(1));
        QVERIFY(referenced.size() >= 3);
        int missing = 0;
        for (const QString& file : referenced) {
            QFile image(QDir(media.path()).filePath(file));
            if (!image.open(QIODevice::ReadOnly)) {
                ++missing;
                continue;
            }
            const QByteArray head = image.read(4);
            QVERIFY2(head.startsWith("\x89PNG") || head.startsWith("\xff\xd8\xff"), qPrintable(file));
        }
        QCOMPARE(missing, 1);
        QCOMPARE(messCount(report, QStringLiteral("wysiwyg image referenced by CMS content but missing")), 1);
        QVERIFY(report.mediaFiles >= qint64(referenced.size()) - 1);

        // Newsletter subscribers are customers of the store or guests.
        QVERIFY(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE customer_id > 0").arg(t("newsletter_subscriber")))
            > 0);
        QVERIFY(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE customer_id = 0").arg(t("newsletter_subscriber")))
            > 0);
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM %1 n LEFT JOIN %2 c ON c.entity_id = n.customer_id "
                                    "WHERE n.customer_id <> 0 AND c.entity_id IS NULL")
                         .arg(t("newsletter_subscriber"), t("customer_entity"))),
            0);

        // Tax: the rates asked for, and every calculation row joins a rule, a rate and two classes of the right type.
        for (const auto& [country, rate] :
            { std::pair { "US", 8.875 }, { "DE", 19.0 }, { "DE", 7.0 }, { "FR", 20.0 }, { "CH", 7.7 } }) {
            QVERIFY2(scalar(db,
                         QStringLiteral("SELECT COUNT(*) FROM %1 WHERE tax_country_id = '%2' AND rate = %3")
                             .arg(t("tax_calculation_rate"), QString::fromUtf8(country))
                             .arg(rate))
                    == 1,
                country);
        }
        QCOMPARE(
            scalar(db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM %1 c LEFT JOIN %2 r ON r.tax_calculation_rule_id = c.tax_calculation_rule_id "
                    "LEFT JOIN %3 rt ON rt.tax_calculation_rate_id = c.tax_calculation_rate_id "
                    "LEFT JOIN %4 cc ON cc.class_id = c.customer_tax_class_id AND cc.class_type = 'CUSTOMER' "
                    "LEFT JOIN %4 pc ON pc.class_id = c.product_tax_class_id AND pc.class_type = 'PRODUCT' "
                    "WHERE r.tax_calculation_rule_id IS NULL OR rt.tax_calculation_rate_id IS NULL "
                    "OR cc.class_id IS NULL OR pc.class_id IS NULL")
                    .arg(t("tax_calculation"), t("tax_calculation_rule"), t("tax_calculation_rate"), t("tax_class"))),
            0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t("tax_calculation"))) > 2);

        // Cart price rules: each on a website and for customer groups that exist.
        const qint64 rules = scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t("salesrule")));
        QVERIFY2(rules >= 5 && rules <= 10, qPrintable(QString::number(rules)));
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM %1 r WHERE NOT EXISTS (SELECT 1 FROM %2 w JOIN %3 cw ON "
                                    "cw.website_id = w.website_id "
                                    "WHERE w.rule_id = r.rule_id)")
                         .arg(t("salesrule"), t("salesrule_website"), t("core_website"))),
            0);
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM %1 r WHERE NOT EXISTS (SELECT 1 FROM %2 g JOIN %3 cg ON "
                                    "cg.customer_group_id = g.customer_group_id "
                                    "WHERE g.rule_id = r.rule_id)")
                         .arg(t("salesrule"), t("salesrule_customer_group"), t("customer_group"))),
            0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE type = 1").arg(t("salesrule_coupon"))) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE store_id > 0").arg(t("salesrule_label"))) > 0);
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM %1 WHERE CAST(from_date AS CHAR) = '0000-00-00'")
                         .arg(t("salesrule"))),
            1);

        // Exactly one serialized value is broken, and the report says so.
        int broken = 0;
        int values = 0;
        QSqlQuery serialized
            = db.query(QStringLiteral("SELECT conditions_serialized, actions_serialized FROM %1").arg(t("salesrule")));
        while (serialized.next()) {
            for (int column : { 0, 1 }) {
                const QByteArray value = serialized.value(column).toString().toUtf8();
                QVERIFY(value.startsWith("a:"));
                ++values;
                if (!PhpUnserializer::isValid(value))
                    ++broken;
            }
        }
        QCOMPARE(values, int(rules) * 2);
        QCOMPARE(broken, 1);
        QCOMPARE(messCount(report, QStringLiteral("broken serialized")), 1);

        // The same seed gives the same rows.
        for (const char* table : { "review_detail", "cms_page" }) {
            QSqlQuery a = db.query(QStringLiteral("CHECKSUM TABLE %1").arg(t(table)));
            QSqlQuery b = twinDb.query(QStringLiteral("CHECKSUM TABLE %1").arg(twinDb.table(QString::fromUtf8(table))));
            QVERIFY(a.next() && b.next());
            QVERIFY2(a.value(1).toLongLong() != 0, table);
            QCOMPARE(a.value(1).toLongLong(), b.value(1).toLongLong());
        }
    }

    void checkExisting()
    {
        const auto profile = TestServer::instance().magento1(QStringLiteral("gen_content_existing"));
        Database db(profile, {}, QStringLiteral("test"));
        seedCatalogAndCustomers(db);
        GeneratorOptions options;
        options.products = 0;
        options.customers = 0;
        options.orders = 0;
        const GeneratorReport report = StoreGenerator::run(profile, {}, options);
        const qint64 products = scalar(
            db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(db.table(QStringLiteral("catalog_product_entity"))));
        QCOMPARE(products, seededProducts);
        QCOMPARE(report.rowsPerTable.value(QStringLiteral("review")), products / 3 + 1);
        QCOMPARE(
            scalar(db,
                QStringLiteral(
                    "SELECT COUNT(DISTINCT r.entity_pk_value) FROM %1 r JOIN %2 p ON p.entity_id = r.entity_pk_value")
                    .arg(db.table(QStringLiteral("review")), db.table(QStringLiteral("catalog_product_entity"))))
                > 0,
            true);
        const qint64 customerSubscribers = scalar(db,
            QStringLiteral(
                "SELECT COUNT(*) FROM %1 n JOIN %2 c ON c.entity_id = n.customer_id AND c.email = n.subscriber_email")
                .arg(db.table(QStringLiteral("newsletter_subscriber")), db.table(QStringLiteral("customer_entity"))));
        QVERIFY2(customerSubscribers >= seededCustomers / 6 && customerSubscribers <= seededCustomers * 2 / 3,
            qPrintable(QString::number(customerSubscribers)));
        // Without a media folder nothing is written and nothing is called missing.
        QCOMPARE(messCount(report, QStringLiteral("wysiwyg")), 0);
        QVERIFY(report.rowsPerTable.value(QStringLiteral("salesrule")) >= 5);
    }
};

QTEST_GUILESS_MAIN(TestGeneratorContent)
#include "tst_generator_content.moc"
