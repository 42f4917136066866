#include "db/database.h"
#include "generate/storegenerator.h"
#include "stepsupport.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

// The mess the customers and sales areas report, by the names they give it in GeneratorReport::mess.
const QString orphanAddresses = QStringLiteral("customer_address_entity rows whose customer does not exist");
const QString zeroDobs = QStringLiteral("customer dob values that are zero dates");
const QString orphanItems = QStringLiteral("sales_flat_order_item rows whose order does not exist");
const QString brokenOptions = QStringLiteral("sales_flat_order_item.product_options values that do not unserialize");
const QString zeroUpdatedAt = QStringLiteral("sales_flat_order rows with a zero updated_at");

/** The password every generated customer has (see core/generate/customers.cpp). */
const QString customerPassword = QStringLiteral("cutover123");

qint64 number(Database& db, const QString& sql)
{
    return db.scalar(expand(db, sql)).toLongLong();
}

QString checksum(Database& db, const QString& table)
{
    QSqlQuery q = db.query(QStringLiteral("CHECKSUM TABLE %1").arg(db.table(table)));
    return q.next() ? q.value(1).toString() : QString();
}

/**
 * A small PHP unserialize() validator: accepts exactly one value and nothing after it, checks that every
 * s:LEN:"..." holds LEN bytes and that arrays hold as many pairs as they declare and close their brace.
 */
class PhpValidator
{
public:
    static bool valid(const QByteArray& text)
    {
        PhpValidator v(text);
        return v.value() && v.m_at == text.size();
    }

private:
    explicit PhpValidator(const QByteArray& text)
        : m_text(text)
    {
    }
    bool expect(char c)
    {
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    bool digits(qint64& out, bool allowSign)
    {
        const qsizetype start = m_at;
        if (allowSign && m_at < m_text.size() && m_text[m_at] == '-')
            ++m_at;
        while (m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9')
            ++m_at;
        bool ok = false;
        out = m_text.mid(start, m_at - start).toLongLong(&ok);
        return ok;
    }
    bool value()
    {
        if (m_at >= m_text.size())
            return false;
        const char type = m_text[m_at++];
        qint64 n = 0;
        switch (type) {
        case 'N':
            return expect(';');
        case 'b':
        case 'i':
            return expect(':') && digits(n, true) && expect(';');
        case 'd': {
            if (!expect(':'))
                return false;
            while (m_at < m_text.size() && m_text[m_at] != ';')
                ++m_at;
            return expect(';');
        }
        case 's':
            if (!expect(':') || !digits(n, false) || !expect(':') || !expect('"') || m_at + n > m_text.size())
                return false;
            m_at += n;
            return expect('"') && expect(';');
        case 'a':
            if (!expect(':') || !digits(n, false) || !expect(':') || !expect('{'))
                return false;
            for (qint64 i = 0; i < n; ++i) {
                if (m_at >= m_text.size() || (m_text[m_at] != 'i' && m_text[m_at] != 's') || !value() || !value())
                    return false;
            }
            return expect('}');
        default:
            return false;
        }
    }

    const QByteArray& m_text;
    qsizetype m_at = 0;
};

/**
 * Puts a small catalog into the database with plain SQL, as an existing store would have it: a simple mug and a
 * configurable T-shirt with two sizes. Returns the ids used (mug, shirt, small, medium).
 */
QList<qint64> insertProducts(Database& db)
{
    const qint64 first
        = number(db, QStringLiteral("SELECT COALESCE(MAX(entity_id), 0) + 1000 FROM {catalog_product_entity}"));
    const qint64 mug = first;
    const qint64 shirt = first + 1;
    const qint64 small = first + 2;
    const qint64 medium = first + 3;
    const QString type = QStringLiteral("(SELECT entity_type_id FROM %1 WHERE entity_type_code = 'catalog_product')")
                             .arg(db.table(QStringLiteral("eav_entity_type")));
    auto attribute = [&](const char* code) {
        return QStringLiteral("(SELECT attribute_id FROM %1 WHERE attribute_code = '%2' AND entity_type_id = %3)")
            .arg(db.table(QStringLiteral("eav_attribute")), QString::fromLatin1(code), type);
    };
    db.exec(expand(db,
        QStringLiteral(
            "INSERT INTO {catalog_product_entity} (entity_id, entity_type_id, attribute_set_id, type_id, sku) VALUES "
            "(%1, %5, 4, 'simple', 'TEST-MUG'), (%2, %5, 4, 'configurable', 'TEST-TEE'), "
            "(%3, %5, 4, 'simple', 'TEST-TEE-S'), (%4, %5, 4, 'simple', 'TEST-TEE-M')")
            .arg(mug)
            .arg(shirt)
            .arg(small)
            .arg(medium)
            .arg(db.scalar(QStringLiteral("SELECT ") + type).toInt())));
    db.exec(expand(db,
        QStringLiteral(
            "INSERT INTO {catalog_product_entity_varchar} (entity_type_id, attribute_id, store_id, entity_id, value) "
            "SELECT %5, %6, 0, v.id, v.name FROM (SELECT %1 id, 'Kaffeebecher „Grüße“' name UNION ALL "
            "SELECT %2, 'Organic T-Shirt' UNION ALL SELECT %3, 'Organic T-Shirt S' UNION ALL "
            "SELECT %4, 'Organic T-Shirt M') v")
            .arg(mug)
            .arg(shirt)
            .arg(small)
            .arg(medium)
            .arg(type, attribute("name"))));
    db.exec(expand(db,
        QStringLiteral(
            "INSERT INTO {catalog_product_entity_decimal} (entity_type_id, attribute_id, store_id, entity_id, value) "
            "SELECT %5, %6, 0, v.id, v.price FROM (SELECT %1 id, 12.50 price UNION ALL SELECT %2, 25.00 "
            "UNION ALL SELECT %3, 25.00 UNION ALL SELECT %4, 25.00) v")
            .arg(mug)
            .arg(shirt)
            .arg(small)
            .arg(medium)
            .arg(type, attribute("price"))));
    db.exec(expand(db,
        QStringLiteral("INSERT INTO {catalog_product_super_link} (product_id, parent_id) VALUES (%1, %3), (%2, %3)")
            .arg(small)
            .arg(medium)
            .arg(shirt)));
    return { mug, shirt, small, medium };
}

/** Products the sales area can sell: what the catalog area made or what the dump already had. */
qint64 sellableProducts(Database& db)
{
    return number(db,
        QStringLiteral("SELECT COUNT(*) FROM {catalog_product_entity} WHERE type_id IN "
                       "('simple','virtual','downloadable','configurable')"));
}

} // namespace

// The customers and sales areas of the generator, on both dump flavours: counts, keys between the tables, the
// Magento 1 password hash, increment ids, the deliberate mess (and only it), determinism and speed.
class TestGeneratorSales : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestServer::instance(); }

    void generatesCustomers_data()
    {
        QTest::addColumn<bool>("prefixed");
        QTest::addRow("1.9.1.1") << false;
        QTest::addRow("1.9.3.2 prefixed") << true;
    }
    void generatesCustomers()
    {
        QFETCH(bool, prefixed);
        auto& server = TestServer::instance();
        const auto profile = prefixed ? server.magento1Prefixed(QStringLiteral("gen_sales_c_p"))
                                      : server.magento1(QStringLiteral("gen_sales_c"));
        GeneratorOptions options;
        options.products = 0;
        options.customers = 50;
        options.orders = 0;
        options.seed = 11;
        Database db(profile, {}, QStringLiteral("test"));
        const qint64 before = number(db, QStringLiteral("SELECT COUNT(*) FROM {customer_entity}"));
        const auto report = StoreGenerator::run(profile, {}, options);

        QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM {customer_entity}")) - before, options.customers);
        QCOMPARE(report.rowsPerTable.value(QStringLiteral("customer_entity")), options.customers);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM (SELECT email, website_id FROM {customer_entity} GROUP BY "
                                    "email, website_id HAVING COUNT(*) > 1) d")),
            0);
        QVERIFY2(number(db, QStringLiteral("SELECT COUNT(DISTINCT website_id) FROM {customer_entity}")) >= 2,
            "customers on both websites");
        // Every customer's store belongs to its website.
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {customer_entity} c JOIN {core_store} s ON s.store_id = "
                                    "c.store_id WHERE s.website_id <> c.website_id")),
            0);
        QCOMPARE(number(db,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM {customer_group} WHERE customer_group_code IN ('VIP', 'Großhandel')")),
            2);
        QCOMPARE(number(db,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM {customer_group} g JOIN {tax_class} t ON t.class_id = g.tax_class_id "
                         "WHERE g.customer_group_code IN ('VIP', 'Großhandel') AND t.class_type = 'CUSTOMER'")),
            2);

        // Every customer can log in with the documented password: md5(salt . password) . ':' . salt.
        QSqlQuery hashes = db.query(expand(db,
            QStringLiteral("SELECT v.entity_id, v.value FROM {customer_entity_varchar} v JOIN {eav_attribute} a "
                           "ON a.attribute_id = v.attribute_id WHERE a.attribute_code = 'password_hash'")));
        int checked = 0;
        while (hashes.next()) {
            const QStringList parts = hashes.value(1).toString().split(QLatin1Char(':'));
            QCOMPARE(parts.size(), 2);
            QCOMPARE(parts[1].size(), 2);
            const QByteArray expected
                = QCryptographicHash::hash((parts[1] + customerPassword).toUtf8(), QCryptographicHash::Md5).toHex();
            QCOMPARE(parts[0].toLatin1(), expected);
            ++checked;
        }
        QCOMPARE(checked, int(options.customers));

        // default_billing and default_shipping point at the customer's own addresses.
        for (const char* code : { "default_billing", "default_shipping" }) {
            QCOMPARE(
                number(db,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM {customer_entity} c LEFT JOIN {customer_entity_int} v ON v.entity_id = "
                        "c.entity_id "
                        "AND v.attribute_id = (SELECT attribute_id FROM {eav_attribute} WHERE attribute_code = '%1' "
                        "AND entity_type_id = c.entity_type_id) LEFT JOIN {customer_address_entity} a ON a.entity_id = "
                        "v.value "
                        "AND a.parent_id = c.entity_id WHERE a.entity_id IS NULL")
                        .arg(QString::fromLatin1(code))),
                0);
        }
        const qint64 perCustomer = number(db,
            QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) n FROM {customer_address_entity} a "
                           "JOIN {customer_entity} c ON c.entity_id = a.parent_id GROUP BY a.parent_id) x"));
        QVERIFY(perCustomer >= 1 && perCustomer <= 3);
        // Each address has its city, country and street; region_id, when set, is a real region of its country.
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {customer_address_entity} a WHERE NOT EXISTS (SELECT 1 FROM "
                                    "{customer_address_entity_varchar} v "
                                    "JOIN {eav_attribute} t ON t.attribute_id = v.attribute_id WHERE t.attribute_code "
                                    "= 'city' AND v.entity_id = a.entity_id)")),
            0);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {customer_address_entity_int} r JOIN {eav_attribute} t ON "
                                    "t.attribute_id = r.attribute_id "
                                    "AND t.attribute_code = 'region_id' JOIN {customer_address_entity_varchar} c ON "
                                    "c.entity_id = r.entity_id "
                                    "AND c.attribute_id = (SELECT attribute_id FROM {eav_attribute} WHERE "
                                    "attribute_code = 'country_id' AND entity_type_id = t.entity_type_id) "
                                    "LEFT JOIN {directory_country_region} d ON d.region_id = r.value AND d.country_id "
                                    "= c.value WHERE d.region_id IS NULL")),
            0);
        QVERIFY(number(db,
                    QStringLiteral("SELECT COUNT(*) FROM {customer_address_entity_int} r JOIN {eav_attribute} t ON "
                                   "t.attribute_id = r.attribute_id "
                                   "AND t.attribute_code = 'region_id'"))
            > 0);

        // The mess, exactly as reported.
        QVERIFY(report.mess.value(orphanAddresses) >= 1);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {customer_address_entity} a LEFT JOIN {customer_entity} c ON "
                                    "c.entity_id = a.parent_id WHERE c.entity_id IS NULL")),
            report.mess.value(orphanAddresses));
        QVERIFY(report.mess.value(zeroDobs) >= 1);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {customer_entity_datetime} v JOIN {eav_attribute} a ON "
                                    "a.attribute_id = v.attribute_id "
                                    "WHERE a.attribute_code = 'dob' AND v.value = '0000-00-00 00:00:00'")),
            report.mess.value(zeroDobs));
        QVERIFY2(number(db,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM {customer_entity_varchar} WHERE value <> CONVERT(value USING ascii)"))
                > 0,
            "some names carry non-ASCII letters");
    }

    void generatesOrders_data()
    {
        QTest::addColumn<bool>("prefixed");
        QTest::addColumn<bool>("insertCatalog");
        QTest::addRow("1.9.1.1, catalog area") << false << false;
        QTest::addRow("1.9.1.1, products already in the database") << false << true;
        QTest::addRow("1.9.3.2 prefixed, its own products") << true << false;
    }
    void generatesOrders()
    {
        QFETCH(bool, prefixed);
        QFETCH(bool, insertCatalog);
        auto& server = TestServer::instance();
        const auto profile = prefixed
            ? server.magento1Prefixed(QStringLiteral("gen_sales_o_p"))
            : server.magento1(insertCatalog ? QStringLiteral("gen_sales_o_db") : QStringLiteral("gen_sales_o"));
        Database db(profile, {}, QStringLiteral("test"));
        QList<qint64> inserted;
        if (insertCatalog)
            inserted = insertProducts(db);
        GeneratorOptions options;
        options.products = insertCatalog ? 0 : 12;
        options.customers = 50;
        options.orders = 200;
        options.seed = 5;
        const auto report = StoreGenerator::run(profile, {}, options);

        const qint64 orders = number(db, QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order}"));
        if (sellableProducts(db) == 0) {
            // The catalog area made nothing to sell: customers, but no orders, and a warning that says why.
            QCOMPARE(orders, 0);
            QVERIFY2(report.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("--products")),
                qPrintable(report.warnings.join(QLatin1Char('\n'))));
            QSKIP("the catalog area made no products in this build; orders are checked in the other rows");
        }
        QCOMPARE(orders, options.orders);
        QCOMPARE(report.rowsPerTable.value(QStringLiteral("sales_flat_order")), options.orders);
        if (insertCatalog) {
            QCOMPARE(number(db,
                         QStringLiteral(
                             "SELECT COUNT(*) FROM {sales_flat_order_item} WHERE product_id NOT IN (%1, %2, %3, %4)")
                             .arg(inserted[0])
                             .arg(inserted[1])
                             .arg(inserted[2])
                             .arg(inserted[3])),
                0);
            QVERIFY(
                number(db,
                    QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order_item} WHERE product_id = %1 AND price = 25")
                        .arg(inserted[1]))
                > 0);
            QVERIFY(number(db,
                        QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order_item} WHERE name = 'Kaffeebecher "
                                       "„Grüße“' AND base_price = 12.5"))
                > 0);
        }

        // Items belong to orders, except exactly the orphans reported.
        QVERIFY(report.mess.value(orphanItems) >= 1);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order_item} i LEFT JOIN {sales_flat_order} o ON "
                                    "o.entity_id = i.order_id WHERE o.entity_id IS NULL")),
            report.mess.value(orphanItems));
        // Every order has a billing address, a payment, a grid row, at least one item and a history entry.
        for (const char* child :
            { "sales_flat_order_payment", "sales_flat_order_grid", "sales_flat_order_status_history" }) {
            const QString column = QLatin1String(child) == QLatin1String("sales_flat_order_grid")
                ? QStringLiteral("entity_id")
                : QStringLiteral("parent_id");
            QCOMPARE(number(db,
                         QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order} o WHERE NOT EXISTS (SELECT 1 FROM "
                                        "{%1} c WHERE c.%2 = o.entity_id)")
                             .arg(QString::fromLatin1(child), column)),
                0);
        }
        QCOMPARE(number(db,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM {sales_flat_order} o LEFT JOIN {sales_flat_order_address} a ON "
                         "a.entity_id = o.billing_address_id "
                         "AND a.parent_id = o.entity_id AND a.address_type = 'billing' WHERE a.entity_id IS NULL")),
            0);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order} o LEFT JOIN {sales_flat_order_address} a "
                                    "ON a.entity_id = o.shipping_address_id "
                                    "AND a.parent_id = o.entity_id AND a.address_type = 'shipping' WHERE o.is_virtual "
                                    "= 0 AND a.entity_id IS NULL")),
            0);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order} o WHERE NOT EXISTS (SELECT 1 FROM "
                                    "{sales_flat_order_item} i WHERE i.order_id = o.entity_id)")),
            0);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order} o JOIN {sales_flat_order_grid} g ON "
                                    "g.entity_id = o.entity_id "
                                    "WHERE g.increment_id <> o.increment_id OR g.grand_total <> o.grand_total")),
            0);

        // Configurable rows carry their chosen simple as a child row, and only configurables have children.
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order_item} p WHERE p.product_type = "
                                    "'configurable' AND NOT EXISTS "
                                    "(SELECT 1 FROM {sales_flat_order_item} c WHERE c.parent_item_id = p.item_id AND "
                                    "c.order_id = p.order_id)")),
            0);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order_item} c JOIN {sales_flat_order_item} p ON "
                                    "p.item_id = c.parent_item_id "
                                    "WHERE p.product_type <> 'configurable'")),
            0);
        if (insertCatalog)
            QVERIFY(number(db,
                        QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order_item} WHERE parent_item_id IS NOT NULL"))
                > 0);

        // Totals add up in both currencies, and items add up to the order.
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order} WHERE grand_total <> subtotal + "
                                    "tax_amount + shipping_amount + discount_amount "
                                    "OR base_grand_total <> base_subtotal + base_tax_amount + base_shipping_amount + "
                                    "base_discount_amount")),
            0);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order} o WHERE o.base_subtotal <> (SELECT "
                                    "SUM(base_row_total) FROM {sales_flat_order_item} i "
                                    "WHERE i.order_id = o.entity_id) OR o.tax_amount <> (SELECT SUM(tax_amount) FROM "
                                    "{sales_flat_order_item} i WHERE i.order_id = o.entity_id)")),
            0);
        // EUR store views charge in EUR; the base currency is the website's.
        QCOMPARE(number(db,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM {sales_flat_order} o JOIN {core_store} s ON s.store_id = o.store_id "
                         "WHERE s.code IN ('fr', 'de') AND o.order_currency_code <> 'EUR'")),
            0);
        QVERIFY(number(db,
                    QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order} WHERE order_currency_code <> "
                                   "base_currency_code AND base_to_order_rate <> 1"))
            > 0);

        // A quarter of the orders are guests'.
        const qint64 guests = number(db,
            QStringLiteral(
                "SELECT COUNT(*) FROM {sales_flat_order} WHERE customer_id IS NULL AND customer_is_guest = 1"));
        QVERIFY2(guests >= orders / 10 && guests <= orders / 2, qPrintable(QString::number(guests)));
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order} o LEFT JOIN {customer_entity} c ON "
                                    "c.entity_id = o.customer_id "
                                    "WHERE o.customer_id IS NOT NULL AND c.entity_id IS NULL")),
            0);
        QVERIFY(number(db, QStringLiteral("SELECT COUNT(DISTINCT status) FROM {sales_flat_order}")) >= 5);

        // Invoices, shipments and credit memos belong to existing orders, and their items to those orders' items.
        const QStringList documents { QStringLiteral("invoice"), QStringLiteral("shipment"),
            QStringLiteral("creditmemo") };
        for (const QString& doc : documents) {
            QVERIFY2(number(db, QStringLiteral("SELECT COUNT(*) FROM {sales_flat_%1}").arg(doc)) > 0, qPrintable(doc));
            QCOMPARE(number(db,
                         QStringLiteral("SELECT COUNT(*) FROM {sales_flat_%1} d LEFT JOIN {sales_flat_order} o ON "
                                        "o.entity_id = d.order_id WHERE o.entity_id IS NULL")
                             .arg(doc)),
                0);
            QCOMPARE(number(db,
                         QStringLiteral("SELECT COUNT(*) FROM {sales_flat_%1_item} di JOIN {sales_flat_%1} d ON "
                                        "d.entity_id = di.parent_id "
                                        "LEFT JOIN {sales_flat_order_item} oi ON oi.item_id = di.order_item_id AND "
                                        "oi.order_id = d.order_id WHERE oi.item_id IS NULL")
                             .arg(doc)),
                0);
            QCOMPARE(number(db,
                         QStringLiteral("SELECT COUNT(*) FROM {sales_flat_%1_item} di LEFT JOIN {sales_flat_%1} d ON "
                                        "d.entity_id = di.parent_id WHERE d.entity_id IS NULL")
                             .arg(doc)),
                0);
            QCOMPARE(number(db,
                         QStringLiteral("SELECT COUNT(*) FROM {sales_flat_%1} d LEFT JOIN {sales_flat_%1_grid} g ON "
                                        "g.entity_id = d.entity_id WHERE g.entity_id IS NULL")
                             .arg(doc)),
                0);
            QCOMPARE(
                number(
                    db, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT increment_id) FROM {sales_flat_%1}").arg(doc)),
                0);
        }
        QCOMPARE(
            number(db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM {sales_flat_invoice} d JOIN {sales_flat_order} o ON o.entity_id = d.order_id "
                    "WHERE o.state NOT IN ('processing', 'complete', 'closed')")),
            0);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {sales_flat_creditmemo} d JOIN {sales_flat_order} o ON "
                                    "o.entity_id = d.order_id WHERE o.state <> 'closed'")),
            0);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {sales_flat_shipment_track} t LEFT JOIN "
                                    "{sales_flat_shipment} s ON s.entity_id = t.parent_id "
                                    "AND s.order_id = t.order_id WHERE s.entity_id IS NULL")),
            0);

        // Increment ids: unique, store digit(s) and 8 digits, and eav_entity_store continues each store's sequence.
        QCOMPARE(
            number(db, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT increment_id) FROM {sales_flat_order}")), 0);
        QCOMPARE(number(db,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM {sales_flat_order} WHERE increment_id NOT LIKE CONCAT(store_id, '%') "
                         "OR CHAR_LENGTH(increment_id) <> CHAR_LENGTH(store_id) + 8")),
            0);
        QCOMPARE(number(db,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM (SELECT store_id, MAX(increment_id) m FROM {sales_flat_order} GROUP BY "
                         "store_id) o "
                         "LEFT JOIN {eav_entity_store} s ON s.store_id = o.store_id AND s.increment_last_id = o.m "
                         "AND s.entity_type_id = (SELECT entity_type_id FROM {eav_entity_type} WHERE entity_type_code "
                         "= 'order') "
                         "WHERE s.entity_store_id IS NULL")),
            0);
        QCOMPARE(number(db,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM (SELECT store_id, MAX(increment_id) m FROM {sales_flat_invoice} GROUP "
                         "BY store_id) o "
                         "LEFT JOIN {eav_entity_store} s ON s.store_id = o.store_id AND s.increment_last_id = o.m "
                         "AND s.entity_type_id = (SELECT entity_type_id FROM {eav_entity_type} WHERE entity_type_code "
                         "= 'invoice') "
                         "WHERE s.entity_store_id IS NULL")),
            0);

        // Quotes: converted ones point at their order, the rest are carts still open.
        QCOMPARE(
            number(db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM {sales_flat_order} o LEFT JOIN {sales_flat_quote} q ON q.entity_id = "
                    "o.quote_id "
                    "AND q.reserved_order_id = o.increment_id WHERE o.quote_id IS NOT NULL AND q.entity_id IS NULL")),
            0);
        QVERIFY(number(db, QStringLiteral("SELECT COUNT(*) FROM {sales_flat_quote} WHERE is_active = 1")) > 0);
        QVERIFY(
            number(db, QStringLiteral("SELECT COUNT(*) FROM {sales_flat_quote} WHERE converted_at IS NOT NULL")) > 0);
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {sales_flat_quote_item} i LEFT JOIN {sales_flat_quote} q ON "
                                    "q.entity_id = i.quote_id WHERE q.entity_id IS NULL")),
            0);

        // product_options: exactly the reported number of values fail to unserialize.
        QSqlQuery values = db.query(expand(db,
            QStringLiteral("SELECT product_options FROM {sales_flat_order_item} WHERE product_options IS NOT NULL")));
        qint64 broken = 0;
        qint64 total = 0;
        while (values.next()) {
            ++total;
            if (!PhpValidator::valid(values.value(0).toString().toUtf8()))
                ++broken;
        }
        QVERIFY(total > 0);
        QVERIFY(report.mess.value(brokenOptions) >= 1);
        QCOMPARE(broken, report.mess.value(brokenOptions));
        QSqlQuery info
            = db.query(expand(db, QStringLiteral("SELECT additional_information FROM {sales_flat_order_payment}")));
        while (info.next())
            QVERIFY2(PhpValidator::valid(info.value(0).toString().toUtf8()), qPrintable(info.value(0).toString()));

        QVERIFY(report.mess.value(zeroUpdatedAt) >= 1);
        QCOMPARE(
            number(
                db, QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order} WHERE updated_at = '0000-00-00 00:00:00'")),
            report.mess.value(zeroUpdatedAt));
        QCOMPARE(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order} WHERE created_at > '2025-01-01' OR "
                                    "created_at < '2021-12-01'")),
            0);
    }

    void validatorRejectsBrokenValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addRow("simple") << QStringLiteral("a:1:{s:3:\"qty\";s:1:\"1\";}") << true;
        QTest::addRow("UTF-8 bytes") << QStringLiteral("a:1:{s:5:\"label\";s:7:\"Größe\";}") << true;
        QTest::addRow("characters instead of bytes") << QStringLiteral("a:1:{s:5:\"label\";s:5:\"Größe\";}") << false;
        QTest::addRow("truncated") << QStringLiteral("a:1:{s:5:\"label\";s:7:\"Grö") << false;
        QTest::addRow("missing brace") << QStringLiteral("a:1:{s:3:\"qty\";i:1;") << false;
        QTest::addRow("too few pairs") << QStringLiteral("a:2:{s:3:\"qty\";i:1;}") << false;
        QTest::addRow("trailing text") << QStringLiteral("i:1;x") << false;
        QTest::addRow("nested") << QStringLiteral("a:1:{i:0;a:1:{s:1:\"a\";b:1;}}") << true;
    }
    void validatorRejectsBrokenValues()
    {
        // The validator above decides the broken-value count; a validator that accepts everything would pass it.
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(PhpValidator::valid(value.toUtf8()), valid);
    }

    void sameSeedSameRows()
    {
        auto& server = TestServer::instance();
        GeneratorOptions options;
        options.products = 0;
        options.customers = 30;
        options.orders = 120;
        options.seed = 42;
        QStringList sums[2];
        for (int run = 0; run < 2; ++run) {
            const auto profile = server.magento1(QStringLiteral("gen_sales_seed%1").arg(run));
            Database db(profile, {}, QStringLiteral("test"));
            insertProducts(db);
            StoreGenerator::run(profile, {}, options);
            QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order}")), options.orders);
            for (const char* table :
                { "customer_entity", "customer_entity_varchar", "customer_address_entity", "sales_flat_order",
                    "sales_flat_order_item", "sales_flat_order_address", "sales_flat_invoice", "sales_flat_quote" })
                sums[run] << QString::fromLatin1(table) + QLatin1Char('=') + checksum(db, QString::fromLatin1(table));
        }
        QCOMPARE(sums[0], sums[1]);
    }

    void timesManyOrders()
    {
        auto& server = TestServer::instance();
        const auto profile = server.magento1(QStringLiteral("gen_sales_speed"));
        Database db(profile, {}, QStringLiteral("test"));
        insertProducts(db);
        GeneratorOptions options;
        options.products = 0;
        options.customers = 2000;
        options.orders = 20000;
        QElapsedTimer timer;
        timer.start();
        const auto report = StoreGenerator::run(profile, {}, options);
        const double seconds = timer.elapsed() / 1000.0;
        qint64 salesRows = 0;
        for (auto it = report.rowsPerTable.cbegin(); it != report.rowsPerTable.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("sales_")) || it.key().startsWith(QLatin1String("customer_")))
                salesRows += it.value();
        }
        qInfo("%lld customers and %lld orders: %lld rows in %.1f s, %.0f rows/s, %.0f orders/s", options.customers,
            options.orders, salesRows, seconds, salesRows / seconds, options.orders / seconds);
        QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM {sales_flat_order}")), options.orders);
    }
};

QTEST_GUILESS_MAIN(TestGeneratorSales)
#include "tst_generator_sales.moc"
