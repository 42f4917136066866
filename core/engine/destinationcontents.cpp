#include "engine/destinationcontents.h"

#include "copy/copyledger.h"
#include "db/database.h"

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

DestinationContents DestinationContents::read(Database& destination)
{
    const QStringList written = CopyLedger::writtenTables(destination);
    const QSet<QString> registered(written.cbegin(), written.cend());
    return count([&](const QString& name, const QString& where) -> qint64 {
        const QString table = destination.profile().table(name);
        if (registered.contains(table))
            return name == categoryEntity ? 2 : 0;
        if (destination
                .scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                       "AND TABLE_NAME = %1")
                            .arg(Database::quoteString(table)))
                .toLongLong()
            == 0)
            return 0;
        return destination
            .scalar(QStringLiteral("SELECT COUNT(*) FROM %1%2")
                        .arg(Database::quoteIdentifier(table),
                            where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
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
