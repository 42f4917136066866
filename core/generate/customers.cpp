#include "areas.h"

#include "db/database.h"
#include "gencontext.h"
#include "salescommon.h"
#include "tablewriter.h"
#include "words.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace cutover {

namespace {

using gen::timestamp;

// Every generated customer's password (generatoroptions.h).
const QString customerPassword = QString::fromLatin1(generatedCustomerPassword);

const QString salt = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

// Magento 1 CE's hash: md5(salt . password) . ':' . salt with a two-character salt
// (Mage_Core_Model_Encryption::getHash with Mage_Admin_Model_User::HASH_SALT_LENGTH 2).
QString passwordHash(Rng& rng)
{
    QString s;
    s += salt.at(rng.range(0, salt.size() - 1));
    s += salt.at(rng.range(0, salt.size() - 1));
    const QByteArray digest
        = QCryptographicHash::hash((s + customerPassword).toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::fromLatin1(digest) + QLatin1Char(':') + s;
}

/** Writes the EAV values of one entity type into its five value tables. */
class EavValues
{
public:
    EavValues(GenContext& context, const QString& entityTypeCode, const QString& tablePrefix)
        : m_context(context)
        , m_entityType(entityTypeCode)
        , m_entityTypeId(context.entityTypeId(entityTypeCode))
    {
        const QStringList columns { QStringLiteral("entity_type_id"), QStringLiteral("attribute_id"),
            QStringLiteral("entity_id"), QStringLiteral("value") };
        for (const char* type : { "varchar", "int", "text", "datetime", "decimal" }) {
            const QString backend = QString::fromLatin1(type);
            m_writers[backend]
                = std::make_unique<TableWriter>(context, tablePrefix + QLatin1Char('_') + backend, columns);
        }
    }

    /** A handle to one attribute's table; attributes this release lacks give a handle that writes nothing. */
    struct Attribute
    {
        int id = 0;
        TableWriter* writer = nullptr;
    };
    Attribute attribute(const QString& code)
    {
        Attribute a;
        a.id = m_context.attributeId(m_entityType, code);
        auto it = m_writers.find(m_context.attributeBackendType(m_entityType, code));
        if (a.id != 0 && it != m_writers.end())
            a.writer = it->second.get();
        return a;
    }
    void add(const Attribute& attribute, qint64 entityId, const SqlValue& value)
    {
        if (attribute.writer && !value.isNull())
            attribute.writer->add({ m_entityTypeId, attribute.id, entityId, value });
    }
    void finish()
    {
        for (auto& [backend, writer] : m_writers)
            writer->finish();
    }

private:
    GenContext& m_context;
    QString m_entityType;
    int m_entityTypeId;
    std::map<QString, std::unique_ptr<TableWriter>> m_writers;
};

// Besides the install's General, Wholesale and Retailer: a group Magento 2 has no counterpart for, and one with a
// non-ASCII code.
constexpr const char* extraGroups[] = { "VIP", "Großhandel" };

void makeGroups(GenContext& context)
{
    Database& db = context.db();
    const QString groupTable = context.table(QStringLiteral("customer_group"));
    QStringList existing;
    QSqlQuery groups
        = db.query(QStringLiteral("SELECT customer_group_id, customer_group_code FROM %1 ORDER BY customer_group_id")
                       .arg(groupTable));
    context.customerGroupIds.clear();
    while (groups.next()) {
        existing << groups.value(1).toString();
        if (groups.value(0).toInt() > 0)
            context.customerGroupIds << groups.value(0).toInt();
    }
    int taxClass = 0;
    if (context.hasTable(QStringLiteral("tax_class"))) {
        taxClass = db.scalar(QStringLiteral(
                                 "SELECT class_id FROM %1 WHERE class_type = 'CUSTOMER' ORDER BY class_id LIMIT 1")
                                 .arg(context.table(QStringLiteral("tax_class"))))
                       .toInt();
    }
    TableWriter writer(context, QStringLiteral("customer_group"),
        { QStringLiteral("customer_group_id"), QStringLiteral("customer_group_code"), QStringLiteral("tax_class_id") });
    for (const char* code : extraGroups) {
        const QString name = QString::fromUtf8(code);
        if (existing.contains(name))
            continue;
        const int id = int(context.nextId(QStringLiteral("customer_group"), QStringLiteral("customer_group_id")));
        writer.add({ id, name, taxClass });
        context.customerGroupIds << id;
    }
    writer.finish();
}

QHash<int, QString> storeNames(GenContext& context)
{
    QHash<int, QString> names;
    QSqlQuery q = context.db().query(
        QStringLiteral("SELECT store_id, name FROM %1").arg(context.table(QStringLiteral("core_store"))));
    while (q.next())
        names.insert(q.value(0).toInt(), q.value(1).toString());
    return names;
}

QVector<int> optionIds(GenContext& context, int attributeId, QVector<int> fallback)
{
    if (attributeId == 0 || !context.hasTable(QStringLiteral("eav_attribute_option")))
        return fallback;
    QVector<int> ids;
    QSqlQuery q = context.db().query(
        QStringLiteral("SELECT option_id FROM %1 WHERE attribute_id = %2 ORDER BY sort_order, option_id")
            .arg(context.table(QStringLiteral("eav_attribute_option")))
            .arg(attributeId));
    while (q.next())
        ids << q.value(0).toInt();
    return ids.isEmpty() ? fallback : ids;
}

const GenStore& pickStore(GenContext& context)
{
    // Most customers register on the main English view; the French view and the second website share the rest.
    static constexpr double weights[] = { 0.55, 0.20, 0.25 };
    const auto& stores = context.stores;
    if (stores.size() != 3)
        return context.rng().pick(stores);
    double r = context.rng().real();
    for (int i = 0; i < 3; ++i) {
        if (r < weights[i])
            return stores[i];
        r -= weights[i];
    }
    return stores.last();
}

int pickGroup(GenContext& context)
{
    const auto& groups = context.customerGroupIds;
    if (groups.isEmpty())
        return 1;
    if (groups.contains(1) && context.rng().chance(0.6))
        return 1;
    return context.rng().pick(groups);
}

} // namespace

void generateCustomers(GenContext& context)
{
    const QString area = QStringLiteral("customers");
    makeGroups(context);
    const qint64 total = context.options().customers;
    context.customers.clear();
    if (total == 0 || context.stores.isEmpty())
        return;
    context.customers.reserve(total);
    context.progress(area, 0, total);

    Rng& rng = context.rng();
    const gen::Regions regions(context);
    const QHash<int, QString> names = storeNames(context);
    const int customerType = context.entityTypeId(QStringLiteral("customer"));
    const int addressType = context.entityTypeId(QStringLiteral("customer_address"));
    const int customerSet
        = context.db()
              .scalar(QStringLiteral("SELECT default_attribute_set_id FROM %1 WHERE entity_type_id = %2")
                          .arg(context.table(QStringLiteral("eav_entity_type")))
                          .arg(customerType))
              .toInt();
    const int addressSet
        = context.db()
              .scalar(QStringLiteral("SELECT default_attribute_set_id FROM %1 WHERE entity_type_id = %2")
                          .arg(context.table(QStringLiteral("eav_entity_type")))
                          .arg(addressType))
              .toInt();

    EavValues customerValues(context, QStringLiteral("customer"), QStringLiteral("customer_entity"));
    const auto firstnameAttr = customerValues.attribute(QStringLiteral("firstname"));
    const auto lastnameAttr = customerValues.attribute(QStringLiteral("lastname"));
    const auto hashAttr = customerValues.attribute(QStringLiteral("password_hash"));
    const auto createdInAttr = customerValues.attribute(QStringLiteral("created_in"));
    const auto dobAttr = customerValues.attribute(QStringLiteral("dob"));
    const auto genderAttr = customerValues.attribute(QStringLiteral("gender"));
    const auto billingAttr = customerValues.attribute(QStringLiteral("default_billing"));
    const auto shippingAttr = customerValues.attribute(QStringLiteral("default_shipping"));
    const QVector<int> genders = optionIds(context, genderAttr.id, { 1, 2 });

    EavValues addressValues(context, QStringLiteral("customer_address"), QStringLiteral("customer_address_entity"));
    const auto aFirstname = addressValues.attribute(QStringLiteral("firstname"));
    const auto aLastname = addressValues.attribute(QStringLiteral("lastname"));
    const auto aCompany = addressValues.attribute(QStringLiteral("company"));
    const auto aStreet = addressValues.attribute(QStringLiteral("street"));
    const auto aCity = addressValues.attribute(QStringLiteral("city"));
    const auto aPostcode = addressValues.attribute(QStringLiteral("postcode"));
    const auto aCountry = addressValues.attribute(QStringLiteral("country_id"));
    const auto aRegion = addressValues.attribute(QStringLiteral("region"));
    const auto aRegionId = addressValues.attribute(QStringLiteral("region_id"));
    const auto aTelephone = addressValues.attribute(QStringLiteral("telephone"));

    TableWriter customers(context, QStringLiteral("customer_entity"),
        { QStringLiteral("entity_id"), QStringLiteral("entity_type_id"), QStringLiteral("attribute_set_id"),
            QStringLiteral("website_id"), QStringLiteral("email"), QStringLiteral("group_id"),
            QStringLiteral("store_id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
            QStringLiteral("is_active"), QStringLiteral("disable_auto_group_change") });
    TableWriter addresses(context, QStringLiteral("customer_address_entity"),
        { QStringLiteral("entity_id"), QStringLiteral("entity_type_id"), QStringLiteral("attribute_set_id"),
            QStringLiteral("parent_id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
            QStringLiteral("is_active") });

    // A few addresses outlive their customer, as when a customer row was deleted with foreign keys off. Their
    // parent ids are taken from the middle of the customers' block so that no later customer can own them.
    const qint64 orphans = qMin<qint64>(10, qMax<qint64>(1, total / 1000));
    const qint64 orphanEvery = total / (orphans + 1) + 1;
    qint64 nextCustomerId
        = context.reserveIds(QStringLiteral("customer_entity"), QStringLiteral("entity_id"), total + orphans);
    gen::IdBlock addressIds(context, QStringLiteral("customer_address_entity"), QStringLiteral("entity_id"));
    qint64 orphansMade = 0;
    qint64 zeroDobs = 0;
    static const QStringList domains { QStringLiteral("example.test"), QStringLiteral("example.de"),
        QStringLiteral("example.fr") };

    auto writeAddress = [&](qint64 addressId, qint64 parentId, const GenAddress& a, qint64 created) {
        addresses.add({ addressId, addressType, addressSet, parentId, timestamp(created), timestamp(created), 1 });
        addressValues.add(aFirstname, addressId, a.firstname);
        addressValues.add(aLastname, addressId, a.lastname);
        if (!a.company.isEmpty())
            addressValues.add(aCompany, addressId, a.company);
        addressValues.add(aStreet, addressId, a.street);
        addressValues.add(aCity, addressId, a.city);
        addressValues.add(aPostcode, addressId, a.postcode);
        addressValues.add(aCountry, addressId, a.countryId);
        if (!a.region.isEmpty())
            addressValues.add(aRegion, addressId, a.region);
        if (a.regionId != 0)
            addressValues.add(aRegionId, addressId, a.regionId);
        addressValues.add(aTelephone, addressId, a.telephone);
    };

    for (qint64 i = 0; i < total; ++i) {
        if (orphansMade < orphans && i > 0 && i % orphanEvery == 0) {
            const qint64 missingCustomer = nextCustomerId++;
            const GenAddress a
                = gen::randomAddress(rng, regions, rng.pick(words::firstNames()), rng.pick(words::lastNames()));
            writeAddress(addressIds.take(), missingCustomer, a,
                gen::generatorNow - gen::historySeconds + i * (gen::historySeconds / total));
            ++orphansMade;
        }
        GenCustomer c;
        c.id = nextCustomerId++;
        const GenStore& store = pickStore(context);
        c.storeId = store.id;
        c.websiteId = store.websiteId;
        c.groupId = pickGroup(context);
        c.firstname = rng.pick(words::firstNames());
        c.lastname = rng.pick(words::lastNames());
        c.email = gen::emailLocalPart(c.firstname, c.lastname) + QLatin1Char('.') + QString::number(c.id)
            + QLatin1Char('@') + rng.pick(domains);
        // Registration dates grow with the id, as they do in a store that has been taking sign-ups for years.
        const qint64 created
            = gen::generatorNow - gen::historySeconds + i * (gen::historySeconds / total) + rng.range(0, 3600);
        const qint64 updated = qMin(gen::generatorNow, created + rng.range(0, 200 * 86400));
        customers.add({ c.id, customerType, customerSet, c.websiteId, c.email, c.groupId, c.storeId, timestamp(created),
            timestamp(updated), 1, 0 });

        customerValues.add(firstnameAttr, c.id, c.firstname);
        customerValues.add(lastnameAttr, c.id, c.lastname);
        customerValues.add(hashAttr, c.id, passwordHash(rng));
        customerValues.add(createdInAttr, c.id, names.value(c.storeId, store.code));
        if (i % 47 == 13) {
            customerValues.add(dobAttr, c.id, gen::zeroDate());
            ++zeroDobs;
        } else if (rng.chance(0.6)) {
            const qint64 dob = (rng.range(1950 * 365, 2005 * 365) - 1970 * 365) * 86400;
            customerValues.add(
                dobAttr, c.id, gen::timestampText(dob - dob % 86400).left(10) + QStringLiteral(" 00:00:00"));
        }
        if (rng.chance(0.8))
            customerValues.add(genderAttr, c.id, rng.pick(genders));

        const int addressCount = int(rng.range(1, 3));
        for (int n = 0; n < addressCount; ++n) {
            const qint64 addressId = addressIds.take();
            // Most address books hold the customer's own name; some hold a partner's or a company contact's.
            const bool own = n == 0 || rng.chance(0.7);
            const GenAddress a
                = gen::randomAddress(rng, regions, own ? c.firstname : rng.pick(words::firstNames()), c.lastname);
            writeAddress(addressId, c.id, a, created);
            if (n == 0) {
                c.address = a;
                c.billingAddressId = addressId;
                c.shippingAddressId = addressId;
            } else if (n == 1 && rng.chance(0.5)) {
                c.shippingAddressId = addressId;
            }
        }
        customerValues.add(billingAttr, c.id, c.billingAddressId);
        customerValues.add(shippingAttr, c.id, c.shippingAddressId);
        context.customers.push_back(std::move(c));
        if ((i + 1) % 1000 == 0)
            context.progress(area, i + 1, total);
    }
    customers.finish();
    addresses.finish();
    customerValues.finish();
    addressValues.finish();
    context.noteOrphans(QStringLiteral("customer_address_entity.parent_id -> customer_entity"),
        QStringLiteral("customer_address_entity rows whose customer does not exist"), orphansMade);
    context.noteMess(QStringLiteral("customer dob values that are zero dates"), zeroDobs);
    context.progress(area, total, total);
}

} // namespace cutover
