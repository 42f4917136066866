#include "salessetup.h"

#include "db/database.h"
#include "salescommon.h"
#include "tablewriter.h"
#include "words.h"

#include <QSqlQuery>

namespace cutover::gen {

namespace {

QStringList columns(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list << QString::fromLatin1(name);
    return list;
}

constexpr int maxSellables = 5000;
// ---------------------------------------------------------------------------------------------------------------
// What can be sold

/** Reads what the catalog holds when the catalog area made nothing this run: a store that already has products. */
QVector<GenProduct> productsFromDatabase(GenContext& context)
{
    QVector<GenProduct> products;
    const QString entity = QStringLiteral("catalog_product_entity");
    if (!context.hasTable(entity))
        return products;
    const int nameId = context.attributeId(QStringLiteral("catalog_product"), QStringLiteral("name"));
    const int priceId = context.attributeId(QStringLiteral("catalog_product"), QStringLiteral("price"));
    const int weightId = context.attributeId(QStringLiteral("catalog_product"), QStringLiteral("weight"));
    const bool superLink = context.hasTable(QStringLiteral("catalog_product_super_link"));
    const QString sql
        = QStringLiteral(
            "SELECT e.entity_id, e.type_id, e.sku, n.value, p.value, w.value, %1 FROM %2 e "
            "LEFT JOIN %3 n ON n.entity_id = e.entity_id AND n.store_id = 0 AND n.attribute_id = %4 "
            "LEFT JOIN %5 p ON p.entity_id = e.entity_id AND p.store_id = 0 AND p.attribute_id = %6 "
            "LEFT JOIN %5 w ON w.entity_id = e.entity_id AND w.store_id = 0 AND w.attribute_id = %7 "
            "WHERE e.type_id IN ('simple', 'virtual', 'downloadable', 'configurable') ORDER BY e.entity_id LIMIT 20000")
              .arg(superLink ? QStringLiteral("(SELECT MIN(l.parent_id) FROM %1 l WHERE l.product_id = e.entity_id)")
                                   .arg(context.table(QStringLiteral("catalog_product_super_link")))
                             : QStringLiteral("NULL"),
                  context.table(entity), context.table(QStringLiteral("catalog_product_entity_varchar")))
              .arg(nameId)
              .arg(context.table(QStringLiteral("catalog_product_entity_decimal")))
              .arg(priceId)
              .arg(weightId);
    QSqlQuery q = context.db().query(sql);
    QHash<qint64, int> index;
    while (q.next()) {
        GenProduct p;
        p.id = q.value(0).toLongLong();
        p.type = q.value(1).toString();
        p.sku = q.value(2).toString();
        p.name = q.value(3).toString();
        if (p.name.isEmpty())
            p.name = p.sku;
        p.price = q.value(4).toDouble();
        p.weight = q.value(5).toDouble();
        p.parentId = q.value(6).toLongLong();
        index.insert(p.id, int(products.size()));
        products.push_back(p);
    }
    if (!products.isEmpty() && context.hasTable(QStringLiteral("catalog_product_website"))) {
        QSqlQuery w = context.db().query(QStringLiteral(
            "SELECT product_id, website_id FROM %1 WHERE product_id <= %2 ORDER BY product_id, website_id")
                                             .arg(context.table(QStringLiteral("catalog_product_website")))
                                             .arg(products.last().id));
        while (w.next()) {
            const auto it = index.constFind(w.value(0).toLongLong());
            if (it != index.cend())
                products[it.value()].websiteIds << w.value(1).toInt();
        }
    }
    return products;
}

QString uenc(const QString& name)
{
    // Magento 1's url-safe base64 of the page the product was added from.
    const QByteArray url = "http://m1.example.test/" + words::urlKey(name).toUtf8() + ".html";
    QByteArray encoded = url.toBase64();
    for (char& c : encoded) {
        if (c == '+')
            c = '-';
        else if (c == '/')
            c = '_';
        else if (c == '=')
            c = ',';
    }
    return QString::fromLatin1(encoded);
}

void buildOptions(GenContext& context, Sellable& s, int superAttributeId)
{
    const QString encoded = uenc(s.name);
    const bool german = context.rng().chance(0.3);
    const bool bySize = context.rng().chance(0.5);
    const QString label = bySize ? (german ? QStringLiteral("Größe") : QStringLiteral("Size"))
                                 : (german ? QStringLiteral("Farbe") : QStringLiteral("Color"));
    const QString value = bySize ? context.rng().pick(words::sizes()) : context.rng().pick(words::colors());
    for (int qty = 1; qty <= maxQty; ++qty) {
        const QString qtyText = QString::number(qty);
        gen::PhpWriter w;
        if (s.childId == 0) {
            w.beginArray(1).key(u"info_buyRequest").beginArray(3);
            w.key(u"uenc")
                .string(encoded)
                .key(u"product")
                .string(QString::number(s.productId))
                .key(u"qty")
                .string(qtyText);
            w.end().end();
            s.options[qty] = w.text();
            continue;
        }
        w.beginArray(6).key(u"info_buyRequest").beginArray(4);
        w.key(u"uenc").string(encoded).key(u"product").string(QString::number(s.productId));
        w.key(u"super_attribute")
            .beginArray(1)
            .key(superAttributeId)
            .string(QString::number(s.childId % 1000 + 1))
            .end();
        w.key(u"qty").string(qtyText).end();
        w.key(u"attributes_info").beginArray(1).key(0).beginArray(2);
        w.key(u"label").string(label).key(u"value").string(value).end().end();
        w.key(u"simple_name").string(s.childName).key(u"simple_sku").string(s.childSku);
        w.key(u"product_calculations").integer(1).key(u"shipment_type").integer(0).end();
        s.options[qty] = w.text();

        gen::PhpWriter child;
        child.beginArray(1).key(u"info_buyRequest").beginArray(4);
        child.key(u"uenc").string(encoded).key(u"product").string(QString::number(s.productId));
        child.key(u"super_attribute")
            .beginArray(1)
            .key(superAttributeId)
            .string(QString::number(s.childId % 1000 + 1))
            .end();
        child.key(u"qty").string(qtyText).end().end();
        s.childOptions[qty] = child.text();
    }
}

} // namespace

QVector<Sellable> sellables(GenContext& context)
{
    QVector<GenProduct> products = context.products;
    if (products.isEmpty())
        products = productsFromDatabase(context);
    QHash<qint64, QVector<int>> children;
    for (int i = 0; i < products.size(); ++i) {
        if (products[i].parentId != 0)
            children[products[i].parentId] << i;
    }
    int superAttributeId = context.attributeId(QStringLiteral("catalog_product"), QStringLiteral("color"));
    if (superAttributeId == 0)
        superAttributeId = 92;
    QVector<Sellable> list;
    auto priceOf = [&context](double price) {
        return price > 0 ? qint64(price * 100 + 0.5) : qint64(context.rng().range(500, 20000));
    };
    for (const GenProduct& p : products) {
        if (list.size() >= maxSellables)
            break;
        const bool standalone = p.parentId == 0
            && (p.type == QLatin1String("simple") || p.type == QLatin1String("virtual")
                || p.type == QLatin1String("downloadable"));
        if (standalone) {
            Sellable s;
            s.productId = p.id;
            s.sku = p.sku;
            s.name = p.name;
            s.type = p.type;
            s.priceCents = priceOf(p.price);
            s.weightMilli = p.type == QLatin1String("simple") ? qint64(p.weight * 1000) : 0;
            s.isVirtual = p.type != QLatin1String("simple");
            s.websiteIds = p.websiteIds;
            buildOptions(context, s, superAttributeId);
            list.push_back(std::move(s));
        } else if (p.type == QLatin1String("configurable")) {
            const QVector<int> kids = children.value(p.id);
            // A few variants per configurable are enough to exercise parent and child rows.
            for (int k = 0; k < kids.size() && k < 3; ++k) {
                const GenProduct& child = products[kids[k]];
                Sellable s;
                s.productId = p.id;
                s.sku = child.sku;
                s.name = p.name;
                s.type = p.type;
                s.priceCents = priceOf(p.price > 0 ? p.price : child.price);
                s.weightMilli = qint64((child.weight > 0 ? child.weight : p.weight) * 1000);
                s.websiteIds = p.websiteIds;
                s.childId = child.id;
                s.childSku = child.sku;
                s.childName = child.name;
                buildOptions(context, s, superAttributeId);
                list.push_back(std::move(s));
            }
        }
    }
    return list;
}

// ---------------------------------------------------------------------------------------------------------------
// Stores, currencies and increment ids

namespace {

// Fixed rates: the generator's orders are history, not live prices.
qint64 rate(const QString& from, const QString& to)
{
    if (from == to)
        return 1000000;
    if (from == QLatin1String("USD") && to == QLatin1String("EUR"))
        return 920000;
    if (from == QLatin1String("EUR") && to == QLatin1String("USD"))
        return 1087000;
    return 1000000;
}

} // namespace

QVector<StoreInfo> storeInfos(GenContext& context, const QVector<Sellable>& sellables)
{
    Database& db = context.db();
    QHash<int, QString> baseByWebsite;
    QString defaultBase = QStringLiteral("USD");
    QSqlQuery config
        = db.query(QStringLiteral("SELECT scope, scope_id, value FROM %1 WHERE path = 'currency/options/base' "
                                  "AND scope IN ('default', 'websites') ORDER BY scope, scope_id")
                       .arg(context.table(QStringLiteral("core_config_data"))));
    while (config.next()) {
        if (config.value(0).toString() == QLatin1String("default"))
            defaultBase = config.value(2).toString();
        else
            baseByWebsite.insert(config.value(1).toInt(), config.value(2).toString());
    }
    QHash<int, QString> names;
    QSqlQuery q = db.query(
        QStringLiteral("SELECT s.store_id, w.name, g.name, s.name FROM %1 s JOIN %2 g ON g.group_id = s.group_id "
                       "JOIN %3 w ON w.website_id = s.website_id")
            .arg(context.table(QStringLiteral("core_store")), context.table(QStringLiteral("core_store_group")),
                context.table(QStringLiteral("core_website"))));
    while (q.next())
        names.insert(q.value(0).toInt(),
            q.value(1).toString() + QLatin1Char('\n') + q.value(2).toString() + QLatin1Char('\n')
                + q.value(3).toString());

    QHash<QString, Sequence> existing; // "entity type/store"
    QSqlQuery seq
        = db.query(QStringLiteral("SELECT entity_type_id, store_id, increment_prefix, increment_last_id FROM %1")
                       .arg(context.table(QStringLiteral("eav_entity_store"))));
    while (seq.next()) {
        Sequence s;
        s.entityTypeId = seq.value(0).toInt();
        s.prefix = seq.value(2).toString();
        const QString last = seq.value(3).toString();
        s.last = last.startsWith(s.prefix) ? QStringView(last).mid(s.prefix.size()).toLongLong() : 0;
        s.hasRow = true;
        existing.insert(QString::number(s.entityTypeId) + QLatin1Char('/') + seq.value(1).toString(), s);
    }

    const std::array<QString, SequenceCount> typeCodes { QStringLiteral("order"), QStringLiteral("invoice"),
        QStringLiteral("shipment"), QStringLiteral("creditmemo") };
    const std::array<QString, SequenceCount> tables { QStringLiteral("sales_flat_order"),
        QStringLiteral("sales_flat_invoice"), QStringLiteral("sales_flat_shipment"),
        QStringLiteral("sales_flat_creditmemo") };

    QVector<StoreInfo> infos;
    for (const GenStore& store : context.stores) {
        StoreInfo info;
        info.id = store.id;
        info.websiteId = store.websiteId;
        info.code = store.code;
        info.name = names.value(store.id, store.code);
        info.base = baseByWebsite.value(store.websiteId, defaultBase);
        info.order = store.currency.isEmpty() ? info.base : store.currency;
        info.toOrderPpm = rate(info.base, info.order);
        info.toGlobalPpm = rate(info.base, defaultBase);
        for (int i = 0; i < sellables.size(); ++i) {
            if (sellables[i].websiteIds.isEmpty() || sellables[i].websiteIds.contains(store.websiteId))
                info.sellables << i;
        }
        if (info.sellables.isEmpty()) {
            for (int i = 0; i < sellables.size(); ++i)
                info.sellables << i;
        }
        for (int kind = 0; kind < SequenceCount; ++kind) {
            const int typeId = context.entityTypeId(typeCodes[kind]);
            Sequence s = existing.value(QString::number(typeId) + QLatin1Char('/') + QString::number(store.id));
            if (!s.hasRow)
                s.prefix = QString::number(store.id);
            s.entityTypeId = typeId;
            // Rows already in the table win over a stale eav_entity_store (a store restored from a backup).
            const QString max
                = db.scalar(QStringLiteral("SELECT MAX(increment_id) FROM %1 WHERE increment_id LIKE %2 AND "
                                           "CHAR_LENGTH(increment_id) = %3")
                                .arg(context.table(tables[kind]), Database::quoteString(s.prefix + QLatin1Char('%')))
                                .arg(s.prefix.size() + 8))
                      .toString();
            if (!max.isEmpty())
                s.last = qMax(s.last, QStringView(max).mid(s.prefix.size()).toLongLong());
            s.firstLast = s.last;
            info.sequences[kind] = s;
        }
        infos.push_back(info);
    }
    for (int i = 0; i < context.customers.size(); ++i) {
        for (StoreInfo& info : infos) {
            if (info.websiteId == context.customers[i].websiteId)
                info.customers << i;
        }
    }
    return infos;
}

void saveSequences(GenContext& context, const QVector<StoreInfo>& stores)
{
    TableWriter inserts(context, QStringLiteral("eav_entity_store"),
        columns({ "entity_type_id", "store_id", "increment_prefix", "increment_last_id" }));
    for (const StoreInfo& store : stores) {
        for (const Sequence& s : store.sequences) {
            if (s.last == s.firstLast)
                continue;
            if (s.hasRow) {
                context.db().exec(
                    QStringLiteral("UPDATE %1 SET increment_last_id = %2 WHERE entity_type_id = %3 AND store_id = %4")
                        .arg(context.table(QStringLiteral("eav_entity_store")), Database::quoteString(s.format(s.last)))
                        .arg(s.entityTypeId)
                        .arg(store.id));
            } else {
                inserts.add({ s.entityTypeId, store.id, s.prefix, s.format(s.last) });
            }
        }
    }
    inserts.finish();
}

} // namespace cutover::gen
