#include "copy/copyledger.h"
#include "db/database.h"
#include "engine/migrationrunner.h"
#include "engine/verifier.h"
#include "error.h"
#include "generate/generatoroptions.h"
#include "generate/storegenerator.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "steps/customerstep.h"
#include "steps/settingsstep.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

/** Settings, then customers; `counts` receives the customer step's counts. */
RunReport migrate(const ConnectionProfile& source, const ConnectionProfile& destination,
    CustomerStep::Counts* counts = nullptr, bool withSettings = true)
{
    MigrationEnvironment env;
    env.source = { source, {} };
    env.destination = { destination, {} };
    env.dmt = &dmt();
    env.handlers = &registry();
    env.jobs = 2;
    MigrationRunner runner(env);
    runner.setMode(QStringLiteral("data"));
    if (withSettings)
        runner.addStep(std::make_unique<SettingsStep>());
    auto step = std::make_unique<CustomerStep>();
    CustomerStep* customers = step.get();
    runner.addStep(std::move(step));
    const RunReport report = runner.run();
    if (counts)
        *counts = customers->counts();
    return report;
}

void generate(const ConnectionProfile& profile, qint64 customers, quint64 seed)
{
    GeneratorOptions options;
    options.products = 0;
    options.customers = customers;
    options.orders = 0;
    options.seed = seed;
    try {
        StoreGenerator::run(profile, {}, options);
    } catch (const Error& e) {
        QFAIL(qPrintable(e.message() + QLatin1Char('\n') + e.details()));
    }
}

qint64 count(Database& db, const QString& sql)
{
    return db.scalar(sql).toLongLong();
}

// A Magento 1 attribute value of an entity, read the way Magento 1 reads it (by attribute code).
QString m1Value(Database& db, const QString& entityType, const QString& code, qint64 entityId)
{
    const QString type = entityType == QLatin1String("customer") ? QStringLiteral("customer_entity")
                                                                 : QStringLiteral("customer_address_entity");
    QSqlQuery q = db.query(QStringLiteral("SELECT a.attribute_id, a.backend_type FROM %1 a JOIN %2 t ON "
                                          "t.entity_type_id = a.entity_type_id WHERE t.entity_type_code = '%3' AND "
                                          "a.attribute_code = '%4'")
                               .arg(db.table(QStringLiteral("eav_attribute")),
                                   db.table(QStringLiteral("eav_entity_type")), entityType, code));
    if (!q.next())
        return {};
    const int id = q.value(0).toInt();
    const QString backend = q.value(1).toString();
    return db
        .scalar(QStringLiteral("SELECT CAST(value AS CHAR) FROM %1 WHERE attribute_id = %2 AND entity_id = %3")
                    .arg(db.table(type + QLatin1Char('_') + backend))
                    .arg(id)
                    .arg(entityId))
        .toString();
}

QMap<QString, QString> checksums(const ConnectionProfile& profile)
{
    Database db(profile, {}, QStringLiteral("test"));
    QMap<QString, QString> sums;
    for (const char* table : { "customer_entity", "customer_address_entity", "customer_entity_varchar",
             "customer_entity_int", "customer_entity_datetime", "customer_entity_text", "customer_entity_decimal",
             "customer_address_entity_varchar", "customer_address_entity_int", "customer_address_entity_text",
             "customer_group" }) {
        QSqlQuery c = db.query(QStringLiteral("CHECKSUM TABLE %1").arg(db.table(QLatin1String(table))));
        if (c.next())
            sums.insert(QLatin1String(table), c.value(1).toString());
    }
    return sums;
}

/** Magento 2's legacy check (Encryptor::isValidHash for version 0): hash:salt:0 with hash = md5(salt . password). */
bool magento2AcceptsPassword(const QString& stored, const QString& password)
{
    const QStringList parts = stored.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[2] != QLatin1String("0"))
        return false;
    const QByteArray digest = QCryptographicHash::hash((parts[1] + password).toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::fromLatin1(digest) == parts[0];
}

QString text(const QSqlQuery& q, int column)
{
    return q.isNull(column) ? QString() : q.value(column).toString();
}

QString describe(const RunReport& report)
{
    return report.toText();
}

} // namespace

class TestCustomerStep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passwordHashForms_data();
    void passwordHashForms();
    void customersReadRightInMagento2();
    void logsAGeneratedCustomerIn();
    void verificationPasses();
    void rerunGivesTheSameDestination();
    void prefixedStore();

private:
    ConnectionProfile m_source;
    ConnectionProfile m_destination;
    RunReport m_report;
    CustomerStep::Counts m_counts;
    qint64 m_bcryptCustomer = 0;
    qint64 m_emptyCustomer = 0;
};

void TestCustomerStep::initTestCase()
{
    auto& server = TestServer::instance();
    m_source = server.magento1(QStringLiteral("cust_m1"));
    m_destination = server.magento2(QStringLiteral("cust_m2"));
    generate(m_source, 50, 11);

    // Two customers whose hash Magento 1 did not make: an extension's bcrypt and none at all.
    Database src(m_source, {}, QStringLiteral("test"));
    const QString hashAttribute
        = QStringLiteral("(SELECT attribute_id FROM eav_attribute WHERE attribute_code = 'password_hash' AND "
                         "entity_type_id = (SELECT entity_type_id FROM eav_entity_type WHERE entity_type_code = "
                         "'customer'))");
    m_bcryptCustomer = count(src, QStringLiteral("SELECT MIN(entity_id) + 3 FROM customer_entity"));
    m_emptyCustomer = count(src, QStringLiteral("SELECT MIN(entity_id) + 5 FROM customer_entity"));
    src.exec(QStringLiteral("UPDATE customer_entity_varchar SET value = "
                            "'$2y$10$abcdefghijklmnopqrstuuQe0kHn5zV0mSxGf5Xc8Qq1e3mG7rOaW' WHERE entity_id = %1 "
                            "AND attribute_id = %2")
                 .arg(m_bcryptCustomer)
                 .arg(hashAttribute));
    src.exec(QStringLiteral("DELETE FROM customer_entity_varchar WHERE entity_id = %1 AND attribute_id = %2")
                 .arg(m_emptyCustomer)
                 .arg(hashAttribute));

    // Custom attributes: one the EAV step made in Magento 2 (under another id), one Magento 2 lacks; and a value
    // of an entity that does not exist.
    const QString customerType
        = QStringLiteral("(SELECT entity_type_id FROM eav_entity_type WHERE entity_type_code = 'customer')");
    for (const char* code : { "loyalty_number", "shoe_size" })
        src.exec(QStringLiteral("INSERT INTO eav_attribute (entity_type_id, attribute_code, backend_type, "
                                "frontend_input, is_user_defined) VALUES (%1, '%2', 'varchar', 'text', 1)")
                     .arg(customerType, QLatin1String(code)));
    src.exec(QStringLiteral("INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) "
                            "SELECT %1, a.attribute_id, c.entity_id, CONCAT(a.attribute_code, '-', c.entity_id) FROM "
                            "customer_entity c JOIN eav_attribute a ON a.attribute_code IN ('loyalty_number', "
                            "'shoe_size') WHERE c.entity_id % 3 = 0")
                 .arg(customerType));
    // As a store whose foreign keys were off when a customer was deleted.
    src.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
    src.exec(QStringLiteral("INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) "
                            "SELECT %1, attribute_id, 999999, 'nobody' FROM eav_attribute WHERE attribute_code = "
                            "'loyalty_number'")
                 .arg(customerType));
    {
        Database dst(m_destination, {}, QStringLiteral("test-dst"));
        dst.exec(QStringLiteral("INSERT INTO eav_attribute (entity_type_id, attribute_code, backend_type, "
                                "frontend_input, is_user_defined) SELECT entity_type_id, 'loyalty_number', 'varchar', "
                                "'text', 1 FROM eav_entity_type WHERE entity_type_code = 'customer'"));
    }

    m_report = migrate(m_source, m_destination, &m_counts);
    QVERIFY2(m_report.outcome == Outcome::Succeeded, qPrintable(describe(m_report)));
}

void TestCustomerStep::passwordHashForms_data()
{
    QTest::addColumn<QString>("magento1");
    QTest::addColumn<QString>("magento2");
    QTest::addRow("salted md5") << "0123456789abcdef0123456789abcdef:Xy"
                                << "0123456789abcdef0123456789abcdef:Xy:0";
    QTest::addRow("upper-case hex") << "0123456789ABCDEF0123456789ABCDEF:Xy"
                                    << "0123456789abcdef0123456789abcdef:Xy:0";
    QTest::addRow("unsalted md5") << "0123456789abcdef0123456789abcdef"
                                  << "0123456789abcdef0123456789abcdef::0";
    QTest::addRow("salted sha256") << QString(QLatin1String("ab")).repeated(32) + QLatin1String(":salt")
                                   << QString(QLatin1String("ab")).repeated(32) + QLatin1String(":salt:1");
    QTest::addRow("bcrypt") << "$2y$10$abcdefghijklmnopqrstuuQe0kHn5zV0mSxGf5Xc8Qq1e3mG7rOaW" << QString();
    QTest::addRow("empty") << "" << QString();
    QTest::addRow("already Magento 2") << "0123456789abcdef0123456789abcdef:Xy:0" << QString();
    QTest::addRow("short digest") << "0123456789abcdef:Xy" << QString();
}

void TestCustomerStep::passwordHashForms()
{
    QFETCH(QString, magento1);
    QFETCH(QString, magento2);
    const auto converted = CustomerStep::magento2PasswordHash(magento1);
    QCOMPARE(converted.has_value(), !magento2.isEmpty());
    if (converted)
        QCOMPARE(*converted, magento2);
}

void TestCustomerStep::customersReadRightInMagento2()
{
    Database src(m_source, {}, QStringLiteral("test-src"));
    Database dst(m_destination, {}, QStringLiteral("test-dst"));
    const StepReport* step = m_report.step(QStringLiteral("customers"));
    QVERIFY(step);

    const qint64 customers = count(src, QStringLiteral("SELECT COUNT(*) FROM customer_entity"));
    QCOMPARE(customers, qint64(50));
    QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM customer_entity")), customers);

    // Addresses without their customer are skipped and counted; every other one arrives.
    const qint64 orphans = count(src,
        QStringLiteral("SELECT COUNT(*) FROM customer_address_entity a LEFT JOIN "
                       "customer_entity c ON c.entity_id = a.parent_id WHERE c.entity_id "
                       "IS NULL"));
    QVERIFY(orphans > 0);
    const qint64 addresses = count(src, QStringLiteral("SELECT COUNT(*) FROM customer_address_entity"));
    QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM customer_address_entity")), addresses - orphans);
    const TableReport* addressReport = step->table(QStringLiteral("customer_address_entity"));
    QVERIFY(addressReport);
    QCOMPARE(addressReport->skippedRows(), orphans);
    QCOMPARE(addressReport->rowsWritten, addresses - orphans);

    // Values of the columns are not copied twice: each is counted under its reason.
    const TableReport* varchars = step->table(QStringLiteral("customer_entity_varchar"));
    QVERIFY(varchars);
    const qint64 firstnames = count(src,
        QStringLiteral("SELECT COUNT(*) FROM customer_entity_varchar v JOIN "
                       "eav_attribute a ON a.attribute_id = v.attribute_id WHERE "
                       "a.attribute_code = 'firstname'"));
    QCOMPARE(varchars->skipped.value(QStringLiteral("firstname: carried as the column customer_entity.firstname")),
        firstnames);
    QCOMPARE(varchars->rowsRead, varchars->rowsWritten + varchars->skippedRows());

    // Custom attribute values: rewritten to Magento 2's attribute id, or skipped with the reason.
    const qint64 loyalty = count(src, QStringLiteral("SELECT COUNT(*) FROM customer_entity WHERE entity_id % 3 = 0"));
    QVERIFY(loyalty > 0);
    QCOMPARE(count(dst,
                 QStringLiteral("SELECT COUNT(*) FROM customer_entity_varchar v JOIN eav_attribute a ON "
                                "a.attribute_id = v.attribute_id WHERE a.attribute_code = 'loyalty_number' AND "
                                "v.value = CONCAT('loyalty_number-', v.entity_id)")),
        loyalty);
    QCOMPARE(varchars->rowsWritten, loyalty);
    QCOMPARE(varchars->skipped.value(
                 QStringLiteral("shoe_size: Magento 2 has no such customer attribute (the EAV step carries custom "
                                "attributes)")),
        loyalty);
    QCOMPARE(varchars->skipped.value(QStringLiteral("its customer_entity row does not exist in Magento 1")), qint64(1));
    QVERIFY(count(src, QStringLiteral("SELECT attribute_id FROM eav_attribute WHERE attribute_code = 'loyalty_number'"))
        != count(
            dst, QStringLiteral("SELECT attribute_id FROM eav_attribute WHERE attribute_code = 'loyalty_number'")));

    // Every row Magento 2 now holds satisfies its foreign keys and its attributes are customer attributes.
    QCOMPARE(count(dst,
                 QStringLiteral("SELECT COUNT(*) FROM customer_address_entity a LEFT JOIN customer_entity c "
                                "ON c.entity_id = a.parent_id WHERE c.entity_id IS NULL")),
        0);
    QCOMPARE(count(dst,
                 QStringLiteral("SELECT COUNT(*) FROM customer_entity c LEFT JOIN store_website w ON "
                                "w.website_id = c.website_id WHERE w.website_id IS NULL")),
        0);
    for (const char* table : { "customer_entity_varchar", "customer_entity_int", "customer_entity_datetime",
             "customer_address_entity_varchar", "customer_address_entity_int", "customer_address_entity_text" }) {
        const QString parent = QString::fromLatin1(table).section(QLatin1Char('_'), 0, -2);
        QCOMPARE(count(dst,
                     QStringLiteral("SELECT COUNT(*) FROM %1 v LEFT JOIN %2 e ON e.entity_id = v.entity_id "
                                    "LEFT JOIN eav_attribute a ON a.attribute_id = v.attribute_id WHERE "
                                    "e.entity_id IS NULL OR a.attribute_id IS NULL")
                         .arg(QLatin1String(table), parent)),
            qint64(0));
    }

    // Groups with their tax class, including the generator's non-ASCII one.
    QSqlQuery groups = src.query(
        QStringLiteral("SELECT customer_group_id, customer_group_code, tax_class_id FROM customer_group ORDER BY 1"));
    int groupCount = 0;
    while (groups.next()) {
        ++groupCount;
        QSqlQuery g = dst.query(QStringLiteral("SELECT customer_group_code, tax_class_id FROM customer_group WHERE "
                                               "customer_group_id = %1")
                                    .arg(groups.value(0).toInt()));
        QVERIFY2(g.next(), qPrintable(groups.value(1).toString()));
        QCOMPARE(g.value(0).toString(), groups.value(1).toString());
        QCOMPARE(g.value(1).toInt(), groups.value(2).toInt());
    }
    QVERIFY(groupCount >= 5);
    QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM customer_group WHERE customer_group_code = 'Großhandel'")),
        qint64(1));

    // Sampled customers read in Magento 2 what they were in Magento 1.
    QSqlQuery sample = src.query(QStringLiteral("SELECT entity_id, email, group_id, website_id, store_id FROM "
                                                "customer_entity WHERE entity_id % 7 = 1 ORDER BY entity_id"));
    int sampled = 0;
    while (sample.next()) {
        ++sampled;
        const qint64 id = sample.value(0).toLongLong();
        QSqlQuery m2 = dst.query(QStringLiteral("SELECT email, group_id, website_id, store_id, firstname, lastname, "
                                                "default_billing, default_shipping, created_in, gender, dob FROM "
                                                "customer_entity WHERE entity_id = %1")
                                     .arg(id));
        QVERIFY(m2.next());
        const QString at = QStringLiteral("customer %1").arg(id);
        QVERIFY2(m2.value(0).toString() == sample.value(1).toString(), qPrintable(at));
        QCOMPARE(m2.value(1).toInt(), sample.value(2).toInt());
        QCOMPARE(m2.value(2).toInt(), sample.value(3).toInt());
        QCOMPARE(m2.value(3).toInt(), sample.value(4).toInt());
        QCOMPARE(m2.value(4).toString(), m1Value(src, QStringLiteral("customer"), QStringLiteral("firstname"), id));
        QCOMPARE(m2.value(5).toString(), m1Value(src, QStringLiteral("customer"), QStringLiteral("lastname"), id));
        QCOMPARE(m2.value(8).toString(), m1Value(src, QStringLiteral("customer"), QStringLiteral("created_in"), id));
        QCOMPARE(text(m2, 9), m1Value(src, QStringLiteral("customer"), QStringLiteral("gender"), id));
        const QString dob = m1Value(src, QStringLiteral("customer"), QStringLiteral("dob"), id);
        if (dob.isEmpty() || dob.startsWith(QLatin1String("0000")))
            QVERIFY(m2.isNull(10));
        else
            QCOMPARE(m2.value(10).toDate().toString(Qt::ISODate), dob.left(10));
        for (int column : { 6, 7 }) {
            const QString code = column == 6 ? QStringLiteral("default_billing") : QStringLiteral("default_shipping");
            const QString address = m1Value(src, QStringLiteral("customer"), code, id);
            QVERIFY2(!address.isEmpty(), qPrintable(at));
            QCOMPARE(m2.value(column).toString(), address);
            QSqlQuery a = dst.query(QStringLiteral("SELECT street, city, postcode, country_id, telephone, parent_id "
                                                   "FROM customer_address_entity WHERE entity_id = %1")
                                        .arg(address));
            QVERIFY2(a.next(), qPrintable(at + QStringLiteral(" address ") + address));
            const qint64 addressId = address.toLongLong();
            const QString type = QStringLiteral("customer_address");
            QCOMPARE(a.value(0).toString(), m1Value(src, type, QStringLiteral("street"), addressId));
            QCOMPARE(a.value(1).toString(), m1Value(src, type, QStringLiteral("city"), addressId));
            QCOMPARE(a.value(2).toString(), m1Value(src, type, QStringLiteral("postcode"), addressId));
            QCOMPARE(a.value(3).toString(), m1Value(src, type, QStringLiteral("country_id"), addressId));
            QCOMPARE(a.value(4).toString(), m1Value(src, type, QStringLiteral("telephone"), addressId));
            QCOMPARE(a.value(5).toLongLong(), id);
        }
    }
    QVERIFY(sampled >= 5);

    // The generator's zero dates of birth arrive as no date, counted.
    const qint64 zeroDobs = count(src,
        QStringLiteral("SELECT COUNT(*) FROM customer_entity_datetime v JOIN "
                       "eav_attribute a ON a.attribute_id = v.attribute_id WHERE "
                       "a.attribute_code = 'dob' AND CAST(v.value AS CHAR) LIKE "
                       "'0000-00-00%'"));
    QVERIFY(zeroDobs > 0);
    QCOMPARE(m_counts.zeroDates, zeroDobs);
    QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM customer_entity WHERE dob IS NOT NULL")),
        count(src,
            QStringLiteral("SELECT COUNT(*) FROM customer_entity_datetime v JOIN eav_attribute a ON "
                           "a.attribute_id = v.attribute_id WHERE a.attribute_code = 'dob'"))
            - zeroDobs);
}

void TestCustomerStep::logsAGeneratedCustomerIn()
{
    Database dst(m_destination, {}, QStringLiteral("test-dst"));
    const QString password = QString::fromLatin1(generatedCustomerPassword);
    QSqlQuery q = dst.query(QStringLiteral("SELECT entity_id, password_hash FROM customer_entity ORDER BY entity_id"));
    int loggedIn = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id == m_bcryptCustomer || id == m_emptyCustomer)
            continue;
        const QString hash = q.value(1).toString();
        QVERIFY2(magento2AcceptsPassword(hash, password), qPrintable(QStringLiteral("%1: %2").arg(id).arg(hash)));
        QVERIFY(!magento2AcceptsPassword(hash, password + QLatin1Char('x')));
        ++loggedIn;
    }
    QCOMPARE(loggedIn, 48);
    QCOMPARE(m_counts.hashesConverted, qint64(48));

    // Hashes Magento 1 did not make are carried unchanged and counted.
    QCOMPARE(m_counts.hashesUnrecognised, qint64(2));
    QCOMPARE(
        dst.scalar(
               QStringLiteral("SELECT password_hash FROM customer_entity WHERE entity_id = %1").arg(m_bcryptCustomer))
            .toString(),
        QStringLiteral("$2y$10$abcdefghijklmnopqrstuuQe0kHn5zV0mSxGf5Xc8Qq1e3mG7rOaW"));
    QVERIFY(
        dst.scalar(
               QStringLiteral("SELECT password_hash FROM customer_entity WHERE entity_id = %1").arg(m_emptyCustomer))
            .isNull());
    const StepReport* step = m_report.step(QStringLiteral("customers"));
    QVERIFY(step);
    QVERIFY2(step->warnings.join(QLatin1Char('\n')).contains(QLatin1String("unrecognised hash form: 2")),
        qPrintable(step->warnings.join(QLatin1Char('\n'))));
    const TableReport* entities = step->table(QStringLiteral("customer_entity"));
    QVERIFY(entities);
    QVERIFY(entities->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("entity_id=%1").arg(m_bcryptCustomer)));
}

void TestCustomerStep::verificationPasses()
{
    MigrationEnvironment env;
    env.source = { m_source, {} };
    env.destination = { m_destination, {} };
    env.dmt = &dmt();
    env.handlers = &registry();
    env.jobs = 2;
    CustomerStep step;
    Verifier verifier(env);
    verifier.addStep(&step);
    RunControl control;
    const VerifyReport verified = verifier.run(control);
    QVERIFY2(verified.outcome == Outcome::Succeeded, qPrintable(verified.toText()));
    QCOMPARE(verified.count(TableVerification::Status::Mismatch), 0);
    const TableVerification* varchars = verified.table(QStringLiteral("customer_entity_varchar"));
    QVERIFY(varchars);
    QVERIFY(varchars->skippedRows > 0);
    QCOMPARE(varchars->destinationRows, varchars->expectedRows());
}

void TestCustomerStep::rerunGivesTheSameDestination()
{
    const auto first = checksums(m_destination);

    // A second run finds every table done and changes nothing.
    const RunReport again = migrate(m_source, m_destination);
    QVERIFY2(again.outcome == Outcome::Succeeded, qPrintable(describe(again)));
    QCOMPARE(checksums(m_destination), first);
    const TableReport* entities = again.step(QStringLiteral("customers"))->table(QStringLiteral("customer_entity"));
    QVERIFY(entities);
    QCOMPARE(entities->rowsWritten, qint64(0));
    QCOMPARE(entities->rowsResumed, qint64(50));

    // After undoing the run, a run from scratch writes the same rows again.
    {
        Database dst(m_destination, {}, QStringLiteral("test-dst"));
        CopyLedger::reset(dst);
        QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM customer_entity")), qint64(0));
    }
    CustomerStep::Counts counts;
    const RunReport fresh = migrate(m_source, m_destination, &counts);
    QVERIFY2(fresh.outcome == Outcome::Succeeded, qPrintable(describe(fresh)));
    QCOMPARE(checksums(m_destination), first);
    QCOMPARE(counts.hashesConverted, qint64(48));
}

void TestCustomerStep::prefixedStore()
{
    auto& server = TestServer::instance();
    const auto source = server.magento1Prefixed(QStringLiteral("cust_m1p"));
    const auto destination = server.magento2(QStringLiteral("cust_m2p"));

    // The real 1.9.3.2 store has groups but no customers.
    RunReport report = migrate(source, destination);
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(describe(report)));
    Database dst(destination, {}, QStringLiteral("test-dst"));
    Database src(source, {}, QStringLiteral("test-src"));
    QCOMPARE(
        count(src, QStringLiteral("SELECT COUNT(*) FROM %1").arg(src.table(QStringLiteral("customer_entity")))), 0);
    QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM customer_entity")), qint64(0));
    QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM customer_group")),
        count(src, QStringLiteral("SELECT COUNT(*) FROM %1").arg(src.table(QStringLiteral("customer_group")))));

    // With customers generated into it, the prefixed tables migrate the same way.
    generate(source, 8, 5);
    CopyLedger::reset(dst);
    CustomerStep::Counts counts;
    report = migrate(source, destination, &counts);
    QVERIFY2(report.outcome == Outcome::Succeeded, qPrintable(describe(report)));
    QCOMPARE(count(dst, QStringLiteral("SELECT COUNT(*) FROM customer_entity")), qint64(8));
    QCOMPARE(counts.hashesConverted, qint64(8));
    QCOMPARE(counts.hashesUnrecognised, qint64(0));
    QCOMPARE(count(dst,
                 QStringLiteral("SELECT COUNT(*) FROM customer_entity WHERE firstname IS NULL OR lastname IS "
                                "NULL OR default_billing IS NULL")),
        qint64(0));
    QSqlQuery q = dst.query(QStringLiteral("SELECT password_hash FROM customer_entity"));
    while (q.next())
        QVERIFY(magento2AcceptsPassword(q.value(0).toString(), QString::fromLatin1(generatedCustomerPassword)));
    QCOMPARE(count(dst,
                 QStringLiteral("SELECT COUNT(*) FROM customer_address_entity a JOIN customer_entity c ON "
                                "c.entity_id = a.parent_id")),
        count(src,
            QStringLiteral("SELECT COUNT(*) FROM %1 a JOIN %2 c ON c.entity_id = a.parent_id")
                .arg(src.table(QStringLiteral("customer_address_entity")),
                    src.table(QStringLiteral("customer_entity")))));
}

QTEST_GUILESS_MAIN(TestCustomerStep)
#include "tst_customerstep.moc"
