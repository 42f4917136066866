#pragma once

#include "gencontext.h"

#include <QString>
#include <QVector>

#include <array>

namespace cutover::gen {

/*
 * What the sales area prepares before its order loop: the things that can be sold (from the catalog area or from
 * the database), and per store view its currencies, its customers and its increment id sequences.
 */

constexpr int maxQty = 3;

/** One thing a shopper can put in the cart: a simple product, or a configurable with the chosen child. */
struct Sellable
{
    qint64 productId = 0;
    QString sku;
    QString name;
    QString type;
    qint64 priceCents = 0;
    qint64 weightMilli = 0; ///< grams
    bool isVirtual = false;
    QVector<int> websiteIds;
    // The chosen child of a configurable.
    qint64 childId = 0;
    QString childSku;
    QString childName;
    // product_options by quantity (index 1..maxQty), built once: they differ per product, not per order.
    std::array<QString, 4> options;
    std::array<QString, 4> childOptions;
};

enum SequenceKind { OrderSeq, InvoiceSeq, ShipmentSeq, CreditmemoSeq, SequenceCount };

/** One store's increment id sequence of one entity type, in Magento 1's style: the store's prefix and 8 digits. */
struct Sequence
{
    int entityTypeId = 0;
    QString prefix;
    qint64 last = 0;
    qint64 firstLast = 0;
    bool hasRow = false;

    QString next() { return format(++last); }
    QString format(qint64 number) const { return prefix + QString::number(number).rightJustified(8, QLatin1Char('0')); }
};

struct StoreInfo
{
    int id = 0;
    int websiteId = 0;
    QString code;
    QString name; ///< "website\ngroup\nstore" as Magento 1 writes store_name
    QString base; ///< the website's base currency
    QString order; ///< the currency shown and charged
    qint64 toOrderPpm = 1000000;
    qint64 toGlobalPpm = 1000000;
    QVector<int> sellables;
    QVector<int> customers;
    std::array<Sequence, SequenceCount> sequences;
};

/** What can be sold: the catalog area's products, else the sellable products already in the database. */
QVector<Sellable> sellables(GenContext& context);
/** The store views with their currencies, sellables, customers and sequences as the database has them now. */
QVector<StoreInfo> storeInfos(GenContext& context, const QVector<Sellable>& sellables);
/** Writes the sequences' last ids to eav_entity_store so that Magento 1 continues after them. */
void saveSequences(GenContext& context, const QVector<StoreInfo>& stores);

} // namespace cutover::gen
