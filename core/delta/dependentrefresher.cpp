#include "delta/dependentrefresher.h"

#include "db/database.h"
#include "error.h"
#include "schema/tableinfo.h"
#include "steps/configurablepricesstep.h"
#include "steps/inventorystep.h"
#include "steps/salesgridsstep.h"
#include "steps/salesincrementstep.h"
#include "steps/urlrewritestep.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace cutover {

namespace {

const QString grids = QStringLiteral("grids");
const QString sequences = QStringLiteral("sequences");
const QString stock = QStringLiteral("stock");
const QString prices = QStringLiteral("prices");
const QString urls = QStringLiteral("urls");

/** Magento 1's sales documents and the Magento 2 tables the Map step copies them to (ids kept). */
QString documentTableOf(const QString& source)
{
    if (source == QLatin1String("sales_flat_order"))
        return QStringLiteral("sales_order");
    if (source == QLatin1String("sales_flat_invoice"))
        return QStringLiteral("sales_invoice");
    if (source == QLatin1String("sales_flat_shipment"))
        return QStringLiteral("sales_shipment");
    if (source == QLatin1String("sales_flat_creditmemo"))
        return QStringLiteral("sales_creditmemo");
    return {};
}

/** Rows of an order that its grid row shows (names, addresses, payment method), by their Magento 2 table. */
QString orderPartTableOf(const QString& source)
{
    if (source == QLatin1String("sales_flat_order_address"))
        return QStringLiteral("sales_order_address");
    if (source == QLatin1String("sales_flat_order_payment"))
        return QStringLiteral("sales_order_payment");
    return {};
}

QString idList(const QSet<qint64>& ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

/** The ids of the changes of `table` (a one-column integer key). */
QSet<qint64> idsOf(const QVector<CapturedChange>& changes, const QString& table)
{
    QSet<qint64> ids;
    for (const CapturedChange& change : changes) {
        bool ok = false;
        const qint64 id = change.key.value(0).toLongLong(&ok);
        if (change.table == table && change.key.size() == 1 && ok)
            ids.insert(id);
    }
    return ids;
}

/** A captured table whose changes need no write of their own. */
class RefreshOnlyApplier : public TableApplier
{
public:
    explicit RefreshOnlyApplier(QString table)
        : m_table(std::move(table))
    {
    }
    QString sourceTable() const override { return m_table; }
    QStringList destinationTables() const override { return {}; }
    QVector<PreparedWrite> prepare(Database&, const QVector<CapturedChange>& changes) override
    {
        QVector<PreparedWrite> writes(changes.size());
        for (int i = 0; i < changes.size(); ++i) {
            writes[i].change = i;
            writes[i].key = changes[i].key.isEmpty() ? QString() : changes[i].key.value(0).toString();
        }
        return writes;
    }

private:
    QString m_table;
};

} // namespace

DependentRefresher::DependentRefresher(Database& source, Database& destination, const SchemaCatalog& sourceCatalog,
    const SchemaCatalog& destinationCatalog)
    : m_source(source)
    , m_destination(destination)
    , m_sourceCatalog(sourceCatalog)
    , m_destinationCatalog(destinationCatalog)
{
}

QStringList DependentRefresher::kinds()
{
    return { grids, sequences, stock, prices, urls };
}

QString DependentRefresher::kindLabel(const QString& kind)
{
    if (kind == grids)
        return tr("sales grid rows");
    if (kind == sequences)
        return tr("order number sequences");
    if (kind == stock)
        return tr("stock rows");
    if (kind == prices)
        return tr("child prices of configurable products");
    if (kind == urls)
        return tr("URL rewrites");
    return kind;
}

QStringList DependentRefresher::refreshOnlyTables()
{
    return { QStringLiteral("eav_entity_store"), QStringLiteral("catalog_product_super_attribute_pricing"),
        QStringLiteral("core_url_rewrite") };
}

std::unique_ptr<TableApplier> DependentRefresher::refreshOnlyApplier(const QString& table)
{
    if (!refreshOnlyTables().contains(table))
        return nullptr;
    return std::make_unique<RefreshOnlyApplier>(table);
}

void DependentRefresher::lookUp(const QVector<CapturedChange>& changes)
{
    Database& dst = m_destination;
    for (const QString& source :
        { QStringLiteral("sales_flat_order_address"), QStringLiteral("sales_flat_order_payment") }) {
        const QString part = orderPartTableOf(source);
        const QSet<qint64> ids = idsOf(changes, source);
        if (ids.isEmpty() || !m_destinationCatalog.hasTable(part))
            continue;
        QSqlQuery q
            = dst.query(QStringLiteral("SELECT DISTINCT parent_id FROM %1 WHERE entity_id IN (%2) AND parent_id "
                                       "IS NOT NULL")
                            .arg(dst.table(part), idList(ids)));
        while (q.next())
            m_orders.insert(q.value(0).toLongLong());
    }
    // An order deleted in Magento 1 takes its Magento 2 shipments with it (a foreign key cascade) but not their
    // inventory_shipment_source rows, which have no such key: remember the shipments while they still exist.
    if (const QSet<qint64> ids = idsOf(changes, QStringLiteral("sales_flat_order"));
        !ids.isEmpty() && m_destinationCatalog.hasTable(QStringLiteral("sales_shipment"))) {
        QSqlQuery q = dst.query(QStringLiteral("SELECT entity_id FROM %1 WHERE order_id IN (%2)")
                                    .arg(dst.table(QStringLiteral("sales_shipment")), idList(ids)));
        while (q.next())
            m_shipments.insert(q.value(0).toLongLong());
    }
    // The products whose configurable prices may change: children, parents, their prices and price differences.
    auto addProducts = [&](Database& db, const QString& sql) {
        QSqlQuery q = db.query(sql);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                if (!q.value(i).isNull())
                    m_products.insert(q.value(i).toLongLong());
            }
        }
    };
    m_products.unite(idsOf(changes, QStringLiteral("catalog_product_entity")));
    const QString decimal = QStringLiteral("catalog_product_entity_decimal");
    // By Magento 2's row (a value deleted) and Magento 1's (a value added: a child's own price in a store view
    // where its computed one was, which the write replaces).
    if (const QSet<qint64> ids = idsOf(changes, decimal); !ids.isEmpty()) {
        if (m_destinationCatalog.hasTable(decimal))
            addProducts(dst,
                QStringLiteral("SELECT entity_id FROM %1 WHERE value_id IN (%2)").arg(dst.table(decimal), idList(ids)));
        if (m_sourceCatalog.hasTable(decimal))
            addProducts(m_source,
                QStringLiteral("SELECT entity_id FROM %1 WHERE value_id IN (%2)")
                    .arg(m_source.table(decimal), idList(ids)));
    }
    const QString link = QStringLiteral("catalog_product_super_link");
    if (const QSet<qint64> ids = idsOf(changes, link); !ids.isEmpty()) {
        if (m_destinationCatalog.hasTable(link)) {
            // The children as Magento 2 links them now (before the writes): one unlinked gets its own price back.
            QSqlQuery q = dst.query(QStringLiteral("SELECT product_id, parent_id FROM %1 WHERE link_id IN (%2)")
                                        .arg(dst.table(link), idList(ids)));
            while (q.next()) {
                m_products.insert(q.value(0).toLongLong());
                m_products.insert(q.value(1).toLongLong());
                m_linkedChildren.insert(q.value(0).toLongLong());
            }
        }
        if (m_sourceCatalog.hasTable(link))
            addProducts(m_source,
                QStringLiteral("SELECT product_id, parent_id FROM %1 WHERE link_id IN (%2)")
                    .arg(m_source.table(link), idList(ids)));
    }
    const QString super = QStringLiteral("catalog_product_super_attribute");
    if (const QSet<qint64> ids = idsOf(changes, super); !ids.isEmpty()) {
        if (m_destinationCatalog.hasTable(super))
            addProducts(dst,
                QStringLiteral("SELECT product_id FROM %1 WHERE product_super_attribute_id IN (%2)")
                    .arg(dst.table(super), idList(ids)));
        if (m_sourceCatalog.hasTable(super))
            addProducts(m_source,
                QStringLiteral("SELECT product_id FROM %1 WHERE product_super_attribute_id IN (%2)")
                    .arg(m_source.table(super), idList(ids)));
    }
    const QString pricing = QStringLiteral("catalog_product_super_attribute_pricing");
    if (const QSet<qint64> ids = idsOf(changes, pricing);
        !ids.isEmpty() && m_sourceCatalog.hasTable(pricing) && m_sourceCatalog.hasTable(super))
        addProducts(m_source,
            QStringLiteral("SELECT s.product_id FROM %1 AS p JOIN %2 AS s ON s.product_super_attribute_id = "
                           "p.product_super_attribute_id WHERE p.value_id IN (%3)")
                .arg(m_source.table(pricing), m_source.table(super), idList(ids)));

    // A category Magento 1 deleted took its product rewrites along by cascade (no trigger fires), and Magento 2's
    // cascade takes their links with the category's row: the rewrites the links name are read while they exist.
    const QString categoryLinks = QStringLiteral("catalog_url_rewrite_product_category");
    if (const QSet<qint64> ids = idsOf(changes, QStringLiteral("catalog_category_entity"));
        !ids.isEmpty() && m_destinationCatalog.hasTable(categoryLinks)
        && m_sourceCatalog.hasTable(QStringLiteral("catalog_category_entity"))) {
        QSet<qint64> gone = ids;
        QSqlQuery s = m_source.query(QStringLiteral("SELECT entity_id FROM %1 WHERE entity_id IN (%2)")
                                         .arg(m_source.table(QStringLiteral("catalog_category_entity")), idList(ids)));
        while (s.next())
            gone.remove(s.value(0).toLongLong());
        if (!gone.isEmpty()) {
            QSqlQuery q = dst.query(QStringLiteral("SELECT url_rewrite_id FROM %1 WHERE category_id IN (%2)")
                                        .arg(dst.table(categoryLinks), idList(gone)));
            while (q.next())
                m_categoryRewrites.insert(q.value(0).toLongLong());
            // Rows without a link (a redirect Magento 1 kept when a product's URL key changed names the category
            // too): the rewrites of the category's products, as Magento 2 links them still, that Magento 1 no longer
            // has.
            if (m_destinationCatalog.hasTable(QStringLiteral("catalog_category_product"))
                && m_destinationCatalog.hasTable(QStringLiteral("url_rewrite"))
                && m_sourceCatalog.hasTable(QStringLiteral("core_url_rewrite"))) {
                // In pages of ids, so that a large category costs time, not memory: only the rows gone are kept.
                constexpr int page = 2000;
                qint64 last = 0;
                for (;;) {
                    QSet<qint64> chunk;
                    QSqlQuery r = dst.query(QStringLiteral("SELECT DISTINCT u.url_rewrite_id FROM %1 c JOIN %2 u ON "
                                                           "u.entity_id = c.product_id AND u.entity_type = 'product' "
                                                           "WHERE c.category_id IN (%3) AND u.metadata IS NULL AND "
                                                           "u.url_rewrite_id > %4 ORDER BY u.url_rewrite_id LIMIT %5")
                                                .arg(dst.table(QStringLiteral("catalog_category_product")),
                                                    dst.table(QStringLiteral("url_rewrite")), idList(gone))
                                                .arg(last)
                                                .arg(page));
                    while (r.next()) {
                        last = r.value(0).toLongLong();
                        chunk.insert(last);
                    }
                    if (chunk.isEmpty())
                        break;
                    const qsizetype read = chunk.size();
                    QSqlQuery s = m_source.query(QStringLiteral("SELECT url_rewrite_id FROM %1 WHERE url_rewrite_id IN "
                                                                "(%2)")
                                                     .arg(m_source.table(QStringLiteral("core_url_rewrite")),
                                                         idList(chunk)));
                    while (s.next())
                        chunk.remove(s.value(0).toLongLong());
                    m_categoryRewrites.unite(chunk);
                    if (read < page)
                        break;
                }
            }
        }
    }

    const QString products = dst.table(QStringLiteral("catalog_product_entity"));
    if (!m_destinationCatalog.hasTable(QStringLiteral("catalog_product_entity")))
        return;
    auto addSkus = [&](QSqlQuery q) {
        while (q.next()) {
            if (!q.value(0).isNull())
                m_skus.insert(q.value(0).toString());
        }
    };
    if (const QSet<qint64> ids = idsOf(changes, QStringLiteral("catalog_product_entity")); !ids.isEmpty())
        addSkus(dst.query(QStringLiteral("SELECT sku FROM %1 WHERE entity_id IN (%2)").arg(products, idList(ids))));
    const QSet<qint64> items = idsOf(changes, QStringLiteral("cataloginventory_stock_item"));
    if (!items.isEmpty() && m_destinationCatalog.hasTable(QStringLiteral("cataloginventory_stock_item")))
        addSkus(dst.query(QStringLiteral("SELECT p.sku FROM %1 AS si JOIN %2 AS p ON p.entity_id = si.product_id WHERE "
                                         "si.item_id IN (%3)")
                              .arg(dst.table(QStringLiteral("cataloginventory_stock_item")), products, idList(items))));
}

void DependentRefresher::before(const QVector<CapturedChange>& changes)
{
    lookUp(changes);
}

QVector<CapturedChange> DependentRefresher::retryChanges(const QVector<CapturedChange>& applied) const
{
    QVector<CapturedChange> out = applied;
    qint64 seq = 0;
    for (const CapturedChange& change : applied)
        seq = std::max(seq, change.seq);
    const QSet<qint64> present = idsOf(applied, QStringLiteral("core_url_rewrite"));
    for (qint64 id : m_categoryRewrites) {
        if (present.contains(id))
            continue;
        CapturedChange change;
        change.table = QStringLiteral("core_url_rewrite");
        change.operation = CapturedChange::Operation::Delete;
        change.key = { id };
        change.seq = seq;
        change.firstSeq = seq;
        change.merged = 0;
        out << change;
    }
    return out;
}

QMap<QString, qint64> DependentRefresher::refresh(const QVector<CapturedChange>& applied, QStringList* warnings)
{
    QMap<QString, qint64> refreshed;
    lookUp(applied);

    QSet<qint64> orders = m_orders;
    QHash<QString, QSet<qint64>> documents; ///< Magento 2 document table -> ids
    bool entityStore = false;
    for (const CapturedChange& change : applied) {
        if (change.table == QLatin1String("eav_entity_store"))
            entityStore = true;
    }
    for (const QString& source : { QStringLiteral("sales_flat_order"), QStringLiteral("sales_flat_invoice"),
             QStringLiteral("sales_flat_shipment"), QStringLiteral("sales_flat_creditmemo") }) {
        const QSet<qint64> ids = idsOf(applied, source);
        if (!ids.isEmpty())
            documents.insert(documentTableOf(source), ids);
    }
    orders.unite(documents.value(QStringLiteral("sales_order")));

    if (!orders.isEmpty() || !documents.isEmpty()) {
        const qint64 rows
            = SalesGridsStep::refreshGrids(m_destination, m_destinationCatalog, orders, documents, warnings);
        if (rows > 0)
            refreshed[grids] += rows;
    }
    if (!documents.isEmpty() || entityStore) {
        const int advanced = SalesIncrementStep::advanceSequences(
            m_source, m_destination, m_sourceCatalog, m_destinationCatalog, documents, entityStore, warnings);
        if (advanced > 0)
            refreshed[sequences] += advanced;
    }
    qint64 stockRows = InventoryStep::refreshSourceItems(m_destination, m_destinationCatalog, m_skus);
    stockRows += InventoryStep::refreshShipmentSources(
        m_destination, m_destinationCatalog, documents.value(QStringLiteral("sales_shipment")) | m_shipments);
    if (stockRows > 0)
        refreshed[stock] += stockRows;
    const qint64 priceRows = ConfigurablePricesStep::refreshChildPrices(
        m_source, m_destination, m_sourceCatalog, m_destinationCatalog, m_products, m_linkedChildren, warnings);
    if (priceRows > 0)
        refreshed[prices] += priceRows;

    // URL rewrites: Magento 1's rows changed, CMS pages changed (cms_page_store's key starts with page_id), and
    // products and categories deleted (Magento 1's cascade took their rewrites without a trigger).
    QSet<qint64> pages = idsOf(applied, QStringLiteral("cms_page"));
    for (const CapturedChange& change : applied) {
        if (change.table == QLatin1String("cms_page_store") && !change.key.isEmpty())
            pages.insert(change.key.value(0).toLongLong());
    }
    const QSet<qint64> rewrites = idsOf(applied, QStringLiteral("core_url_rewrite")) | m_categoryRewrites;
    const QSet<qint64> products = idsOf(applied, QStringLiteral("catalog_product_entity"));
    const QSet<qint64> categories = idsOf(applied, QStringLiteral("catalog_category_entity"));
    if (!rewrites.isEmpty() || !pages.isEmpty() || !products.isEmpty() || !categories.isEmpty()) {
        // In a savepoint of its own: a URL rewrite that cannot be refreshed does not cost the batch its grids,
        // sequences, stock and prices; it is reported as an error.
        m_destination.exec(QStringLiteral("SAVEPOINT refresh_urls"));
        try {
            const UrlRewriteStep::Refreshed r = UrlRewriteStep::refreshRewrites(
                m_source, m_destination, m_sourceCatalog, m_destinationCatalog, rewrites, pages, products, categories);
            if (r.written + r.deleted > 0)
                refreshed[urls] += r.written + r.deleted;
            m_urlSkipped = r.skipped;
            for (const UrlRewriteStep::Clash& clash : r.clashes)
                m_notices << clash.toText();
            if (warnings)
                *warnings << r.warnings;
        } catch (const Error& e) {
            if (m_destination.scalar(QStringLiteral("SELECT @@in_transaction")).toInt() == 0)
                throw;
            m_destination.exec(QStringLiteral("ROLLBACK TO SAVEPOINT refresh_urls"));
            const QStringList urlTables { QStringLiteral("core_url_rewrite"), QStringLiteral("cms_page"),
                QStringLiteral("cms_page_store"), QStringLiteral("catalog_product_entity"),
                QStringLiteral("catalog_category_entity") };
            QVector<CapturedChange> concerned;
            for (const CapturedChange& change : applied) {
                if (urlTables.contains(change.table))
                    concerned << change;
            }
            m_failed = retryChanges(concerned);
            m_errors << tr("Could not refresh the URL rewrites of %n applied change(s): %1 They are kept and tried "
                           "again.",
                nullptr, int(concerned.size()))
                            .arg(e.message());
        }
    }
    return refreshed;
}

} // namespace cutover
