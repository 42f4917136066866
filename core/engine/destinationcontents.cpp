#include "engine/destinationcontents.h"

#include "copy/copyledger.h"
#include "db/database.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cutover {

namespace {

const QString productEntity = QStringLiteral("catalog_product_entity");
const QString categoryEntity = QStringLiteral("catalog_category_entity");
const QString customerEntity = QStringLiteral("customer_entity");
const QString salesOrder = QStringLiteral("sales_order");
const QString urlRewrite = QStringLiteral("url_rewrite");

} // namespace

DestinationContents DestinationContents::count(const Counter& counter)
{
    DestinationContents c;
    c.products = counter(productEntity, {});
    // A fresh install has the root category and "Default Category".
    c.categories = std::max<qint64>(0, counter(categoryEntity, {}) - 2);
    c.customers = counter(customerEntity, {});
    c.orders = counter(salesOrder, {});
    // A fresh install has only the rewrites of its CMS pages.
    c.urlRewrites = counter(urlRewrite, QStringLiteral("entity_type <> 'cms-page'"));
    return c;
}

DestinationContents DestinationContents::read(Database& destination, Database* source)
{
    const QStringList written = CopyLedger::writtenTables(destination);
    const QSet<QString> registered(written.cbegin(), written.cend());
    const auto exists = [](Database& db, const QString& table) {
        return db.scalar(
                     QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                    "AND TABLE_NAME = %1")
                         .arg(Database::quoteString(table)))
                   .toLongLong()
            > 0;
    };
    // Magento 1's table whose ids a migrated Magento 2 table keeps.
    const QHash<QString, QString> sourceOf { { customerEntity, QStringLiteral("customer_entity") },
        { salesOrder, QStringLiteral("sales_flat_order") } };
    return count([&](const QString& name, const QString& where) -> qint64 {
        const QString table = destination.profile().table(name);
        if (!exists(destination, table))
            return 0;
        QString condition = where;
        if (registered.contains(table)) {
            if (!source || !sourceOf.contains(name))
                return name == categoryEntity ? 2 : 0;
            const QString sourceTable = source->profile().table(sourceOf.value(name));
            const qint64 highest = exists(*source, sourceTable)
                ? source
                      ->scalar(QStringLiteral("SELECT COALESCE(MAX(entity_id), 0) FROM %1")
                                   .arg(Database::quoteIdentifier(sourceTable)))
                      .toLongLong()
                : 0;
            const QString beyond = QStringLiteral("entity_id > %1").arg(highest);
            condition = condition.isEmpty() ? beyond : condition + QStringLiteral(" AND ") + beyond;
        }
        return destination
            .scalar(QStringLiteral("SELECT COUNT(*) FROM %1%2")
                        .arg(Database::quoteIdentifier(table),
                            condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition))
            .toLongLong();
    });
}

QStringList DestinationContents::describe() const
{
    QStringList has;
    if (products > 0)
        has << tr("%n product(s)", nullptr, int(products));
    if (categories > 0)
        has << tr("%n category(ies) besides the two of a fresh install", nullptr, int(categories));
    if (customers > 0)
        has << tr("%n customer(s)", nullptr, int(customers));
    if (orders > 0)
        has << tr("%n order(s)", nullptr, int(orders));
    if (urlRewrites > 0)
        has << tr("%n URL rewrite(s) of products and categories", nullptr, int(urlRewrites));
    return has;
}

QString DestinationContents::inUseMessage(const QString& where) const
{
    return tr("The destination %1 is not fresh: it already has %2. It looks like a store in use. A migration "
              "replaces those rows (Cutover keeps them in backup tables, and a reset puts them back), so it starts "
              "only once you confirm with the destination database's name.")
        .arg(where, describe().join(QStringLiteral(", ")));
}

} // namespace cutover
