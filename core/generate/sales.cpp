#include "areas.h"

#include "db/database.h"
#include "gencontext.h"
#include "salescommon.h"
#include "salessetup.h"
#include "tablewriter.h"
#include "words.h"

#include <QSqlQuery>

#include <array>
#include <vector>

namespace cutover {

namespace {

using gen::convert;
using gen::CreditmemoSeq;
using gen::InvoiceSeq;
using gen::maxQty;
using gen::money;
using gen::OrderSeq;
using gen::quantity;
using gen::Sellable;
using gen::Sequence;
using gen::ShipmentSeq;
using gen::StoreInfo;
using gen::timestamp;

struct Sales
{
    Q_DECLARE_TR_FUNCTIONS(Sales)
};

QStringList columns(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list << QString::fromLatin1(name);
    return list;
}

SqlValue moneyIf(bool condition, qint64 cents)
{
    return condition ? money(cents) : SqlValue();
}

// ---------------------------------------------------------------------------------------------------------------
// Orders

enum class State { Pending, Processing, Complete, Canceled, Closed, Holded };

struct StateSpec
{
    State state;
    const char* stateCode;
    const char* status;
    double weight;
};

constexpr StateSpec stateSpecs[] = {
    { State::Pending, "new", "pending", 0.10 },
    { State::Processing, "processing", "processing", 0.15 },
    { State::Complete, "complete", "complete", 0.50 },
    { State::Canceled, "canceled", "canceled", 0.10 },
    { State::Closed, "closed", "closed", 0.10 },
    { State::Holded, "holded", "holded", 0.05 },
};

struct PaymentSpec
{
    const char* method;
    const char* title;
    double weight;
};

constexpr PaymentSpec paymentSpecs[] = {
    { "checkmo", "Check / Money order", 0.40 },
    { "paypal_express", "PayPal Express Checkout", 0.30 },
    { "ccsave", "Credit Card (saved)", 0.20 },
    { "banktransfer", "Banküberweisung", 0.10 },
};

/** Tax rate in basis points by the shipping country, as a store's tax rules would apply it. */
qint64 taxRate(const QString& country)
{
    static const QHash<QString, qint64> rates { { QStringLiteral("US"), 825 }, { QStringLiteral("DE"), 1900 },
        { QStringLiteral("FR"), 2000 }, { QStringLiteral("CH"), 770 }, { QStringLiteral("GB"), 2000 },
        { QStringLiteral("ES"), 2100 } };
    return rates.value(country, 0);
}

qint64 percentOf(qint64 cents, qint64 basisPoints)
{
    return (cents * basisPoints + 5000) / 10000;
}

/** Amounts of one line in one currency. */
struct Amounts
{
    qint64 price = 0;
    qint64 row = 0;
    qint64 discount = 0;
    qint64 tax = 0;
    qint64 priceInclTax = 0;
};

struct Line
{
    const Sellable* sellable = nullptr;
    int qty = 1;
    qint64 taxBp = 0;
    qint64 itemId = 0;
    qint64 childItemId = 0;
    qint64 quoteItemId = 0;
    qint64 quoteChildItemId = 0;
    Amounts base;
    Amounts order;
};

Amounts lineAmounts(qint64 price, int qty, qint64 discountBp, qint64 taxBp)
{
    Amounts a;
    a.price = price;
    a.row = price * qty;
    a.discount = percentOf(a.row, discountBp);
    a.tax = percentOf(a.row - a.discount, taxBp);
    a.priceInclTax = price + percentOf(price, taxBp);
    return a;
}

/** Totals of an order in one currency. */
struct Totals
{
    qint64 subtotal = 0;
    qint64 discount = 0; ///< positive; the order stores it negated
    qint64 tax = 0;
    qint64 shipping = 0;
    qint64 grand() const { return subtotal - discount + tax + shipping; }
};

class SalesWriter
{
public:
    SalesWriter(GenContext& context, QVector<StoreInfo>& stores, const QVector<Sellable>& sellables);

    void writeOrder(qint64 index, qint64 total);
    /** An order item whose order was deleted by hand: its order id is taken and never used. */
    void writeOrphanItem(qint64 created);
    void writeCart(qint64 index);
    void finish();

    qint64 brokenOptions = 0;
    qint64 zeroUpdatedAt = 0;
    qint64 orphanItems = 0;
    qint64 brokenEvery = 0;
    qint64 zeroDateEvery = 0;

private:
    StoreInfo& pickStore();
    StateSpec pickState();
    const PaymentSpec& pickPayment();
    void pickLines(const StoreInfo& store, qint64 discountBp, qint64 taxBp, bool& isVirtual);
    void writeItems(
        qint64 orderId, const StoreInfo& store, qint64 created, qint64 updated, State state, bool breakFirst);
    void writeQuote(qint64 quoteId, const StoreInfo& store, const GenCustomer* customer, const GenAddress& billing,
        const GenAddress& shipping, const QString& email, qint64 created, qint64 updated, bool active,
        const QString& reservedOrderId, const Totals& base, const Totals& order);
    void writeOrderAddress(qint64 id, qint64 orderId, const GenCustomer* customer, const GenAddress& a,
        const QString& email, const char* type);

    GenContext& m_context;
    Rng& m_rng;
    QVector<StoreInfo>& m_stores;
    const QVector<Sellable>& m_sellables;
    gen::Regions m_regions;
    std::vector<Line> m_lines; ///< the order being written; reused so that the loop does not allocate

    gen::IdBlock m_orderIds;
    gen::IdBlock m_itemIds;
    gen::IdBlock m_addressIds;
    gen::IdBlock m_paymentIds;
    gen::IdBlock m_historyIds;
    gen::IdBlock m_invoiceIds;
    gen::IdBlock m_invoiceItemIds;
    gen::IdBlock m_invoiceCommentIds;
    gen::IdBlock m_trackIds;
    gen::IdBlock m_shipmentIds;
    gen::IdBlock m_shipmentItemIds;
    gen::IdBlock m_creditmemoIds;
    gen::IdBlock m_creditmemoItemIds;
    gen::IdBlock m_quoteIds;
    gen::IdBlock m_quoteItemIds;
    gen::IdBlock m_quoteAddressIds;

    TableWriter m_orders;
    TableWriter m_items;
    TableWriter m_addresses;
    TableWriter m_payments;
    TableWriter m_history;
    TableWriter m_grid;
    TableWriter m_invoices;
    TableWriter m_invoiceItems;
    TableWriter m_invoiceGrid;
    TableWriter m_invoiceComments;
    TableWriter m_shipments;
    TableWriter m_shipmentItems;
    TableWriter m_tracks;
    TableWriter m_shipmentGrid;
    TableWriter m_creditmemos;
    TableWriter m_creditmemoItems;
    TableWriter m_creditmemoGrid;
    TableWriter m_quotes;
    TableWriter m_quoteItems;
    TableWriter m_quoteAddresses;
};

const QStringList invoiceItemColumns
    = columns({ "entity_id", "parent_id", "base_price", "tax_amount", "base_row_total", "discount_amount", "row_total",
        "base_discount_amount", "price_incl_tax", "base_tax_amount", "base_price_incl_tax", "qty", "base_cost", "price",
        "base_row_total_incl_tax", "row_total_incl_tax", "product_id", "order_item_id", "sku", "name" });

SalesWriter::SalesWriter(GenContext& context, QVector<StoreInfo>& stores, const QVector<Sellable>& sellables)
    : m_context(context)
    , m_rng(context.rng())
    , m_stores(stores)
    , m_sellables(sellables)
    , m_regions(context)
    , m_orderIds(context, QStringLiteral("sales_flat_order"), QStringLiteral("entity_id"))
    , m_itemIds(context, QStringLiteral("sales_flat_order_item"), QStringLiteral("item_id"))
    , m_addressIds(context, QStringLiteral("sales_flat_order_address"), QStringLiteral("entity_id"))
    , m_paymentIds(context, QStringLiteral("sales_flat_order_payment"), QStringLiteral("entity_id"))
    , m_historyIds(context, QStringLiteral("sales_flat_order_status_history"), QStringLiteral("entity_id"))
    , m_invoiceIds(context, QStringLiteral("sales_flat_invoice"), QStringLiteral("entity_id"))
    , m_invoiceItemIds(context, QStringLiteral("sales_flat_invoice_item"), QStringLiteral("entity_id"))
    , m_invoiceCommentIds(context, QStringLiteral("sales_flat_invoice_comment"), QStringLiteral("entity_id"))
    , m_trackIds(context, QStringLiteral("sales_flat_shipment_track"), QStringLiteral("entity_id"))
    , m_shipmentIds(context, QStringLiteral("sales_flat_shipment"), QStringLiteral("entity_id"))
    , m_shipmentItemIds(context, QStringLiteral("sales_flat_shipment_item"), QStringLiteral("entity_id"))
    , m_creditmemoIds(context, QStringLiteral("sales_flat_creditmemo"), QStringLiteral("entity_id"))
    , m_creditmemoItemIds(context, QStringLiteral("sales_flat_creditmemo_item"), QStringLiteral("entity_id"))
    , m_quoteIds(context, QStringLiteral("sales_flat_quote"), QStringLiteral("entity_id"))
    , m_quoteItemIds(context, QStringLiteral("sales_flat_quote_item"), QStringLiteral("item_id"))
    , m_quoteAddressIds(context, QStringLiteral("sales_flat_quote_address"), QStringLiteral("address_id"))
    , m_orders(context, QStringLiteral("sales_flat_order"),
          columns({ "entity_id", "state", "status", "coupon_code", "protect_code", "shipping_description", "is_virtual",
              "store_id", "customer_id", "base_discount_amount", "base_discount_canceled", "base_discount_invoiced",
              "base_discount_refunded", "base_grand_total", "base_shipping_amount", "base_shipping_canceled",
              "base_shipping_invoiced", "base_shipping_refunded", "base_shipping_tax_amount", "base_subtotal",
              "base_subtotal_canceled", "base_subtotal_invoiced", "base_subtotal_refunded", "base_tax_amount",
              "base_tax_canceled", "base_tax_invoiced", "base_tax_refunded", "base_to_global_rate",
              "base_to_order_rate", "base_total_canceled", "base_total_invoiced", "base_total_offline_refunded",
              "base_total_paid", "base_total_qty_ordered", "base_total_refunded", "discount_amount",
              "discount_canceled", "discount_invoiced", "discount_refunded", "grand_total", "shipping_amount",
              "shipping_canceled", "shipping_invoiced", "shipping_refunded", "shipping_tax_amount",
              "store_to_base_rate", "store_to_order_rate", "subtotal", "subtotal_canceled", "subtotal_invoiced",
              "subtotal_refunded", "tax_amount", "tax_canceled", "tax_invoiced", "tax_refunded", "total_canceled",
              "total_invoiced", "total_offline_refunded", "total_paid", "total_qty_ordered", "total_refunded",
              "customer_is_guest", "customer_note_notify", "billing_address_id", "customer_group_id", "email_sent",
              "quote_id", "shipping_address_id", "base_subtotal_incl_tax", "base_total_due", "subtotal_incl_tax",
              "total_due", "weight", "increment_id", "base_currency_code", "customer_email", "customer_firstname",
              "customer_lastname", "discount_description", "global_currency_code", "hold_before_state",
              "hold_before_status", "order_currency_code", "remote_ip", "shipping_method", "store_currency_code",
              "store_name", "customer_note", "created_at", "updated_at", "total_item_count", "shipping_incl_tax",
              "base_shipping_incl_tax" }))
    , m_items(context, QStringLiteral("sales_flat_order_item"),
          columns({ "item_id", "order_id", "parent_item_id", "quote_item_id", "store_id", "created_at", "updated_at",
              "product_id", "product_type", "product_options", "weight", "is_virtual", "sku", "name", "free_shipping",
              "is_qty_decimal", "no_discount", "qty_canceled", "qty_invoiced", "qty_ordered", "qty_refunded",
              "qty_shipped", "price", "base_price", "original_price", "base_original_price", "tax_percent",
              "tax_amount", "base_tax_amount", "tax_invoiced", "base_tax_invoiced", "discount_percent",
              "discount_amount", "base_discount_amount", "discount_invoiced", "base_discount_invoiced",
              "amount_refunded", "base_amount_refunded", "row_total", "base_row_total", "row_invoiced",
              "base_row_invoiced", "row_weight", "price_incl_tax", "base_price_incl_tax", "row_total_incl_tax",
              "base_row_total_incl_tax" }))
    , m_addresses(context, QStringLiteral("sales_flat_order_address"),
          columns({ "entity_id", "parent_id", "customer_address_id", "region_id", "customer_id", "region", "postcode",
              "lastname", "street", "city", "email", "telephone", "country_id", "firstname", "address_type",
              "company" }))
    , m_payments(context, QStringLiteral("sales_flat_order_payment"),
          columns({ "entity_id", "parent_id", "base_shipping_amount", "shipping_amount", "base_amount_ordered",
              "amount_ordered", "base_amount_paid", "amount_paid", "base_amount_refunded", "amount_refunded",
              "base_amount_canceled", "amount_canceled", "method", "cc_type", "cc_last4", "cc_owner", "cc_exp_month",
              "cc_exp_year", "last_trans_id", "additional_information" }))
    , m_history(context, QStringLiteral("sales_flat_order_status_history"),
          columns({ "entity_id", "parent_id", "is_customer_notified", "is_visible_on_front", "comment", "status",
              "created_at", "entity_name" }))
    , m_grid(context, QStringLiteral("sales_flat_order_grid"),
          columns({ "entity_id", "status", "store_id", "store_name", "customer_id", "base_grand_total",
              "base_total_paid", "grand_total", "total_paid", "increment_id", "base_currency_code",
              "order_currency_code", "shipping_name", "billing_name", "created_at", "updated_at" }))
    , m_invoices(context, QStringLiteral("sales_flat_invoice"),
          columns({ "entity_id", "store_id", "base_grand_total", "shipping_tax_amount", "tax_amount", "base_tax_amount",
              "store_to_order_rate", "base_shipping_tax_amount", "base_discount_amount", "base_to_order_rate",
              "grand_total", "shipping_amount", "subtotal_incl_tax", "base_subtotal_incl_tax", "store_to_base_rate",
              "base_shipping_amount", "total_qty", "base_to_global_rate", "subtotal", "base_subtotal",
              "discount_amount", "billing_address_id", "is_used_for_refund", "order_id", "email_sent", "can_void_flag",
              "state", "shipping_address_id", "store_currency_code", "transaction_id", "order_currency_code",
              "base_currency_code", "global_currency_code", "increment_id", "created_at", "updated_at",
              "shipping_incl_tax", "base_shipping_incl_tax", "base_total_refunded" }))
    , m_invoiceItems(context, QStringLiteral("sales_flat_invoice_item"), invoiceItemColumns)
    , m_invoiceGrid(context, QStringLiteral("sales_flat_invoice_grid"),
          columns({ "entity_id", "store_id", "base_grand_total", "grand_total", "order_id", "state",
              "store_currency_code", "order_currency_code", "base_currency_code", "global_currency_code",
              "increment_id", "order_increment_id", "created_at", "order_created_at", "billing_name" }))
    , m_invoiceComments(context, QStringLiteral("sales_flat_invoice_comment"),
          columns({ "entity_id", "parent_id", "is_customer_notified", "is_visible_on_front", "comment", "created_at" }))
    , m_shipments(context, QStringLiteral("sales_flat_shipment"),
          columns({ "entity_id", "store_id", "total_weight", "total_qty", "email_sent", "order_id", "customer_id",
              "shipping_address_id", "billing_address_id", "increment_id", "created_at", "updated_at" }))
    , m_shipmentItems(context, QStringLiteral("sales_flat_shipment_item"),
          columns({ "entity_id", "parent_id", "price", "weight", "qty", "product_id", "order_item_id", "name", "sku" }))
    , m_tracks(context, QStringLiteral("sales_flat_shipment_track"),
          columns({ "entity_id", "parent_id", "weight", "qty", "order_id", "track_number", "title", "carrier_code",
              "created_at", "updated_at" }))
    , m_shipmentGrid(context, QStringLiteral("sales_flat_shipment_grid"),
          columns({ "entity_id", "store_id", "total_qty", "order_id", "increment_id", "order_increment_id",
              "created_at", "order_created_at", "shipping_name" }))
    , m_creditmemos(context, QStringLiteral("sales_flat_creditmemo"),
          columns({ "entity_id", "store_id", "store_to_order_rate", "base_discount_amount", "base_to_order_rate",
              "grand_total", "base_subtotal_incl_tax", "shipping_amount", "subtotal_incl_tax", "base_shipping_amount",
              "store_to_base_rate", "base_to_global_rate", "base_subtotal", "discount_amount", "subtotal",
              "base_grand_total", "base_tax_amount", "tax_amount", "order_id", "email_sent", "state",
              "shipping_address_id", "billing_address_id", "invoice_id", "store_currency_code", "order_currency_code",
              "base_currency_code", "global_currency_code", "increment_id", "created_at", "updated_at",
              "shipping_incl_tax", "base_shipping_incl_tax" }))
    , m_creditmemoItems(context, QStringLiteral("sales_flat_creditmemo_item"), invoiceItemColumns)
    , m_creditmemoGrid(context, QStringLiteral("sales_flat_creditmemo_grid"),
          columns({ "entity_id", "store_id", "store_to_order_rate", "base_to_order_rate", "grand_total",
              "store_to_base_rate", "base_to_global_rate", "base_grand_total", "order_id", "state", "invoice_id",
              "store_currency_code", "order_currency_code", "base_currency_code", "global_currency_code",
              "increment_id", "order_increment_id", "created_at", "order_created_at", "billing_name" }))
    , m_quotes(context, QStringLiteral("sales_flat_quote"),
          columns({ "entity_id", "store_id", "created_at", "updated_at", "converted_at", "is_active", "is_virtual",
              "is_multi_shipping", "items_count", "items_qty", "orig_order_id", "store_to_base_rate",
              "store_to_quote_rate", "base_currency_code", "store_currency_code", "quote_currency_code", "grand_total",
              "base_grand_total", "checkout_method", "customer_id", "customer_tax_class_id", "customer_group_id",
              "customer_email", "customer_firstname", "customer_lastname", "customer_note_notify", "customer_is_guest",
              "remote_ip", "reserved_order_id", "global_currency_code", "base_to_global_rate", "base_to_quote_rate",
              "subtotal", "base_subtotal", "subtotal_with_discount", "base_subtotal_with_discount", "is_changed",
              "trigger_recollect", "is_persistent" }))
    , m_quoteItems(context, QStringLiteral("sales_flat_quote_item"),
          columns({ "item_id", "quote_id", "created_at", "updated_at", "product_id", "store_id", "parent_item_id",
              "is_virtual", "sku", "name", "free_shipping", "is_qty_decimal", "no_discount", "weight", "qty", "price",
              "base_price", "discount_percent", "discount_amount", "base_discount_amount", "tax_percent", "tax_amount",
              "base_tax_amount", "row_total", "base_row_total", "row_total_with_discount", "row_weight", "product_type",
              "price_incl_tax", "base_price_incl_tax", "row_total_incl_tax", "base_row_total_incl_tax" }))
    , m_quoteAddresses(context, QStringLiteral("sales_flat_quote_address"),
          columns({ "address_id", "quote_id", "created_at", "updated_at", "customer_id", "save_in_address_book",
              "customer_address_id", "address_type", "email", "firstname", "lastname", "company", "street", "city",
              "region", "region_id", "postcode", "country_id", "telephone", "same_as_billing", "shipping_method",
              "shipping_description", "weight", "subtotal", "base_subtotal", "tax_amount", "base_tax_amount",
              "shipping_amount", "base_shipping_amount", "discount_amount", "base_discount_amount", "grand_total",
              "base_grand_total" }))
{
    m_lines.reserve(16);
}

StoreInfo& SalesWriter::pickStore()
{
    // The English view takes most orders; the French view and the second website share the rest.
    if (m_stores.size() == 3) {
        const double r = m_rng.real();
        return r < 0.6 ? m_stores[0] : r < 0.8 ? m_stores[1] : m_stores[2];
    }
    return m_stores[m_rng.range(0, m_stores.size() - 1)];
}

StateSpec SalesWriter::pickState()
{
    double r = m_rng.real();
    for (const StateSpec& spec : stateSpecs) {
        if (r < spec.weight)
            return spec;
        r -= spec.weight;
    }
    return stateSpecs[2];
}

const PaymentSpec& SalesWriter::pickPayment()
{
    double r = m_rng.real();
    for (const PaymentSpec& spec : paymentSpecs) {
        if (r < spec.weight)
            return spec;
        r -= spec.weight;
    }
    return paymentSpecs[0];
}

void SalesWriter::pickLines(const StoreInfo& store, qint64 discountBp, qint64 taxBp, bool& isVirtual)
{
    m_lines.clear();
    // Most orders hold one to three lines; a few are big baskets.
    const int count = m_rng.chance(0.05) ? int(m_rng.range(4, 8)) : int(m_rng.range(1, 3));
    isVirtual = true;
    for (int n = 0; n < count; ++n) {
        Line line;
        line.sellable = &m_sellables[m_rng.pick(store.sellables)];
        line.qty = int(m_rng.range(1, maxQty));
        line.taxBp = taxBp;
        line.base = lineAmounts(line.sellable->priceCents, line.qty, discountBp, taxBp);
        line.order = lineAmounts(convert(line.sellable->priceCents, store.toOrderPpm), line.qty, discountBp, taxBp);
        isVirtual = isVirtual && line.sellable->isVirtual;
        m_lines.push_back(line);
    }
}

void SalesWriter::writeOrderAddress(
    qint64 id, qint64 orderId, const GenCustomer* customer, const GenAddress& a, const QString& email, const char* type)
{
    m_addresses.add({ id, orderId, customer ? SqlValue(customer->billingAddressId) : SqlValue(),
        a.regionId ? SqlValue(a.regionId) : SqlValue(), customer ? SqlValue(customer->id) : SqlValue(),
        a.region.isEmpty() ? SqlValue() : SqlValue(a.region), a.postcode, a.lastname, a.street, a.city, email,
        a.telephone, a.countryId, a.firstname, type, a.company.isEmpty() ? SqlValue() : SqlValue(a.company) });
}

void SalesWriter::writeItems(
    qint64 orderId, const StoreInfo& store, qint64 created, qint64 updated, State state, bool breakFirst)
{
    const bool invoiced = state == State::Processing || state == State::Complete || state == State::Closed;
    const bool shipped = state == State::Complete || state == State::Closed;
    const bool refunded = state == State::Closed;
    const bool canceled = state == State::Canceled;
    const SqlValue createdAt = timestamp(created);
    const SqlValue updatedAt = updated < 0 ? gen::zeroDate() : timestamp(updated);
    bool first = true;
    for (const Line& line : m_lines) {
        const Sellable& s = *line.sellable;
        const qint64 q = line.qty;
        QString options = s.options[line.qty];
        if (first && breakFirst) {
            options = gen::breakSerialized(options, brokenOptions % 2 == 1);
            ++brokenOptions;
        }
        first = false;
        const bool shippedLine = shipped && !s.isVirtual;
        m_items.add({ line.itemId, orderId, SqlValue(), line.quoteItemId ? SqlValue(line.quoteItemId) : SqlValue(),
            store.id, createdAt, updatedAt, s.productId, s.type, options, SqlValue::decimal(s.weightMilli / 1000.0, 4),
            s.isVirtual ? 1 : 0, s.sku, s.name, 0, 0, 0, quantity(canceled ? q : 0), quantity(invoiced ? q : 0),
            quantity(q), quantity(refunded ? q : 0), quantity(shippedLine ? q : 0), money(line.order.price),
            money(line.base.price), money(line.order.price), money(line.base.price),
            SqlValue::decimal(line.taxBp / 100.0, 4), money(line.order.tax), money(line.base.tax),
            money(invoiced ? line.order.tax : 0), money(invoiced ? line.base.tax : 0),
            SqlValue::decimal(line.base.discount > 0 ? double(line.base.discount * 100) / line.base.row : 0.0, 4),
            money(line.order.discount), money(line.base.discount), money(invoiced ? line.order.discount : 0),
            money(invoiced ? line.base.discount : 0), money(refunded ? line.order.row : 0),
            money(refunded ? line.base.row : 0), money(line.order.row), money(line.base.row),
            money(invoiced ? line.order.row : 0), money(invoiced ? line.base.row : 0),
            SqlValue::decimal(s.weightMilli * q / 1000.0, 4), money(line.order.priceInclTax),
            money(line.base.priceInclTax), money(line.order.row + line.order.tax),
            money(line.base.row + line.base.tax) });
        if (s.childId != 0) {
            // Magento 1 puts the price on the configurable's row; the chosen simple follows with zero amounts.
            m_items.add({ line.childItemId, orderId, line.itemId,
                line.quoteChildItemId ? SqlValue(line.quoteChildItemId) : SqlValue(), store.id, createdAt, updatedAt,
                s.childId, "simple", s.childOptions[line.qty], SqlValue::decimal(s.weightMilli / 1000.0, 4), 0,
                s.childSku, s.childName, 0, 0, 0, quantity(canceled ? q : 0), quantity(invoiced ? q : 0), quantity(q),
                quantity(refunded ? q : 0), quantity(shippedLine ? q : 0), money(0), money(0), money(0), money(0),
                money(0), money(0), money(0), money(0), money(0), money(0), money(0), money(0), money(0), money(0),
                money(0), money(0), money(0), money(0), money(0), money(0),
                SqlValue::decimal(s.weightMilli * q / 1000.0, 4), SqlValue(), SqlValue(), SqlValue(), SqlValue() });
        }
    }
}

void SalesWriter::writeOrphanItem(qint64 created)
{
    const qint64 missingOrder = m_orderIds.take();
    const StoreInfo& store = m_stores.first();
    const Sellable& s = m_sellables[m_rng.pick(store.sellables)];
    // A configurable's row would need its child row; the orphan is a plain line (or the chosen simple alone).
    const bool child = s.childId != 0;
    m_items.add({ m_itemIds.take(), missingOrder, SqlValue(), SqlValue(), store.id, timestamp(created),
        timestamp(created), child ? s.childId : s.productId, child ? QStringLiteral("simple") : s.type,
        child ? s.childOptions[1] : s.options[1], SqlValue::decimal(s.weightMilli / 1000.0, 4), s.isVirtual ? 1 : 0,
        s.sku, child ? s.childName : s.name, 0, 0, 0, quantity(0), quantity(0), quantity(1), quantity(0), quantity(0),
        money(s.priceCents), money(s.priceCents), money(s.priceCents), money(s.priceCents), money(0), money(0),
        money(0), money(0), money(0), money(0), money(0), money(0), money(0), money(0), money(0), money(0),
        money(s.priceCents), money(s.priceCents), money(0), money(0), SqlValue::decimal(s.weightMilli / 1000.0, 4),
        money(s.priceCents), money(s.priceCents), money(s.priceCents), money(s.priceCents) });
    ++orphanItems;
}

void SalesWriter::writeQuote(qint64 quoteId, const StoreInfo& store, const GenCustomer* customer,
    const GenAddress& billing, const GenAddress& shipping, const QString& email, qint64 created, qint64 updated,
    bool active, const QString& reservedOrderId, const Totals& base, const Totals& order)
{
    qint64 qty = 0;
    bool isVirtual = true;
    qint64 weightMilli = 0;
    for (const Line& line : m_lines) {
        qty += line.qty;
        isVirtual = isVirtual && line.sellable->isVirtual;
        weightMilli += line.sellable->weightMilli * line.qty;
    }
    const bool converted = !reservedOrderId.isEmpty();
    m_quotes.add({ quoteId, store.id, timestamp(created), timestamp(updated),
        converted ? timestamp(updated) : SqlValue(), active ? 1 : 0, isVirtual ? 1 : 0, 0, qint64(m_lines.size()),
        quantity(qty), 0, SqlValue::decimal(1, 4), SqlValue::decimal(store.toOrderPpm / 1e6, 4), store.base, store.base,
        store.order, money(order.grand()), money(base.grand()), customer ? SqlValue() : SqlValue("guest"),
        customer ? SqlValue(customer->id) : SqlValue(), 3, customer ? customer->groupId : 0,
        email.isEmpty() ? SqlValue() : SqlValue(email), customer ? SqlValue(customer->firstname) : SqlValue(),
        customer ? SqlValue(customer->lastname) : SqlValue(), 1, customer ? 0 : 1,
        QStringLiteral("198.51.100.%1").arg(m_rng.range(1, 254)), converted ? SqlValue(reservedOrderId) : SqlValue(),
        QStringLiteral("USD"), SqlValue::decimal(store.toGlobalPpm / 1e6, 4),
        SqlValue::decimal(store.toOrderPpm / 1e6, 4), money(order.subtotal), money(base.subtotal),
        money(order.subtotal - order.discount), money(base.subtotal - base.discount), 1, 0, 0 });
    for (const Line& line : m_lines) {
        const Sellable& s = *line.sellable;
        m_quoteItems.add({ line.quoteItemId, quoteId, timestamp(created), timestamp(updated), s.productId, store.id,
            SqlValue(), s.isVirtual ? 1 : 0, s.sku, s.name, 0, 0, 0, SqlValue::decimal(s.weightMilli / 1000.0, 4),
            quantity(line.qty), money(line.order.price), money(line.base.price), money(0), money(line.order.discount),
            money(line.base.discount), money(0), money(line.order.tax), money(line.base.tax), money(line.order.row),
            money(line.base.row), money(line.order.row - line.order.discount),
            SqlValue::decimal(s.weightMilli * line.qty / 1000.0, 4), s.type, money(line.order.priceInclTax),
            money(line.base.priceInclTax), money(line.order.row + line.order.tax),
            money(line.base.row + line.base.tax) });
        if (s.childId != 0) {
            m_quoteItems.add({ line.quoteChildItemId, quoteId, timestamp(created), timestamp(updated), s.childId,
                store.id, line.quoteItemId, 0, s.childSku, s.childName, 0, 0, 0,
                SqlValue::decimal(s.weightMilli / 1000.0, 4), quantity(1), money(0), money(0), money(0), money(0),
                money(0), money(0), money(0), money(0), money(0), money(0), money(0), SqlValue::decimal(0, 4), "simple",
                SqlValue(), SqlValue(), SqlValue(), SqlValue() });
        }
    }
    for (const char* type : { "billing", "shipping" }) {
        const bool isShipping = type[0] == 's';
        const GenAddress& a = isShipping ? shipping : billing;
        // Magento 1 keeps a quote's totals on its shipping address (the billing one for virtual carts).
        const bool totals = isShipping != isVirtual;
        m_quoteAddresses.add({ m_quoteAddressIds.take(), quoteId, timestamp(created), timestamp(updated),
            customer ? SqlValue(customer->id) : SqlValue(), 0,
            customer ? SqlValue(customer->billingAddressId) : SqlValue(), type,
            email.isEmpty() ? SqlValue() : SqlValue(email), a.firstname, a.lastname,
            a.company.isEmpty() ? SqlValue() : SqlValue(a.company), a.street, a.city,
            a.region.isEmpty() ? SqlValue() : SqlValue(a.region), a.regionId ? SqlValue(a.regionId) : SqlValue(),
            a.postcode, a.countryId, a.telephone, isShipping ? 1 : 0,
            isShipping && !isVirtual ? SqlValue(base.shipping ? "flatrate_flatrate" : "freeshipping_freeshipping")
                                     : SqlValue(),
            SqlValue(), SqlValue::decimal(weightMilli / 1000.0, 4), money(totals ? order.subtotal : 0),
            money(totals ? base.subtotal : 0), money(totals ? order.tax : 0), money(totals ? base.tax : 0),
            money(totals ? order.shipping : 0), money(totals ? base.shipping : 0), money(totals ? -order.discount : 0),
            money(totals ? -base.discount : 0), money(totals ? order.grand() : 0), money(totals ? base.grand() : 0) });
    }
}

void SalesWriter::writeOrder(qint64 index, qint64 total)
{
    StoreInfo& store = pickStore();
    const GenCustomer* customer = nullptr;
    if (!store.customers.isEmpty() && m_rng.chance(0.75))
        customer = &m_context.customers[m_rng.pick(store.customers)];

    // Order dates follow the ids through three years, with jitter inside each slot.
    const qint64 slot = qMax<qint64>(1, gen::historySeconds / total);
    const qint64 created = gen::generatorNow - gen::historySeconds + index * slot + m_rng.range(0, slot - 1);
    auto later = [&](qint64 from, qint64 minSeconds, qint64 maxSeconds) {
        return qMin(gen::generatorNow, from + m_rng.range(minSeconds, maxSeconds));
    };

    const StateSpec spec = pickState();
    const State state = spec.state;
    const bool invoiced = state == State::Processing || state == State::Complete || state == State::Closed;
    const bool refunded = state == State::Closed;
    const bool canceled = state == State::Canceled;

    GenAddress billing;
    GenAddress shipping;
    QString email;
    if (customer) {
        billing = customer->address;
        shipping = customer->address;
        email = customer->email;
    } else {
        billing = gen::randomAddress(m_rng, m_regions, m_rng.pick(words::firstNames()), m_rng.pick(words::lastNames()));
        shipping = m_rng.chance(0.8)
            ? billing
            : gen::randomAddress(m_rng, m_regions, m_rng.pick(words::firstNames()), billing.lastname);
        email = gen::emailLocalPart(billing.firstname, billing.lastname) + QLatin1Char('.')
            + QString::number(m_rng.range(1, 9999)) + QStringLiteral("@guest.example.test");
    }

    const bool discounted = m_rng.chance(0.15);
    const qint64 discountBp = discounted ? (m_rng.chance(0.5) ? 1000 : 1500) : 0;
    const QString coupon = discountBp == 1000 ? QStringLiteral("SOMMER10")
        : discountBp == 1500                  ? QStringLiteral("WELCOME15")
                                              : QString();
    bool isVirtual = false;
    const qint64 taxBp = taxRate(shipping.countryId);
    pickLines(store, discountBp, taxBp, isVirtual);

    Totals base;
    Totals order;
    qint64 qtyOrdered = 0;
    qint64 weightMilli = 0;
    for (Line& line : m_lines) {
        base.subtotal += line.base.row;
        base.discount += line.base.discount;
        base.tax += line.base.tax;
        order.subtotal += line.order.row;
        order.discount += line.order.discount;
        order.tax += line.order.tax;
        qtyOrdered += line.qty;
        weightMilli += line.sellable->weightMilli * line.qty;
    }
    if (!isVirtual && base.subtotal < 15000) {
        base.shipping = 500 * qtyOrdered;
        order.shipping = convert(base.shipping, store.toOrderPpm);
    }

    const qint64 orderId = m_orderIds.take();
    for (Line& line : m_lines) {
        line.itemId = m_itemIds.take();
        line.childItemId = line.sellable->childId ? m_itemIds.take() : 0;
    }
    const QString incrementId = store.sequences[OrderSeq].next();
    const bool withQuote = m_rng.chance(0.2);
    const qint64 quoteId = withQuote ? m_quoteIds.take() : 0;
    if (withQuote) {
        for (Line& line : m_lines) {
            line.quoteItemId = m_quoteItemIds.take();
            line.quoteChildItemId = line.sellable->childId ? m_quoteItemIds.take() : 0;
        }
    } else {
        for (Line& line : m_lines)
            line.quoteItemId = line.quoteChildItemId = 0;
    }

    // The order's life: paid within the hour, shipped within days, refunded or cancelled later.
    const qint64 invoicedAt = later(created, 60, 3600);
    const qint64 shippedAt = later(invoicedAt, 3600, 5 * 86400);
    const qint64 refundedAt = later(shippedAt, 2 * 86400, 30 * 86400);
    const qint64 canceledAt = later(created, 3600, 3 * 86400);
    const qint64 heldAt = later(created, 600, 86400);
    qint64 updated = created;
    switch (state) {
    case State::Pending:
        break;
    case State::Processing:
        updated = invoicedAt;
        break;
    case State::Complete:
        updated = isVirtual ? invoicedAt : shippedAt;
        break;
    case State::Closed:
        updated = refundedAt;
        break;
    case State::Canceled:
        updated = canceledAt;
        break;
    case State::Holded:
        updated = heldAt;
        break;
    }
    const bool zeroUpdated = zeroDateEvery > 0 && index % zeroDateEvery == zeroDateEvery / 2;
    if (zeroUpdated)
        ++zeroUpdatedAt;
    const SqlValue updatedAt = zeroUpdated ? gen::zeroDate() : timestamp(updated);
    const bool breakOptions = brokenEvery > 0 && index % brokenEvery == brokenEvery / 3;
    writeItems(orderId, store, created, zeroUpdated ? -1 : updated, state, breakOptions);

    const qint64 billingId = m_addressIds.take();
    const qint64 shippingId = isVirtual ? 0 : m_addressIds.take();
    writeOrderAddress(billingId, orderId, customer, billing, email, "billing");
    if (!isVirtual)
        writeOrderAddress(shippingId, orderId, customer, shipping, email, "shipping");

    const qint64 grand = order.grand();
    const qint64 baseGrand = base.grand();
    const QString billingName = billing.firstname + QLatin1Char(' ') + billing.lastname;
    const QString shippingName = isVirtual ? QString() : shipping.firstname + QLatin1Char(' ') + shipping.lastname;
    const bool holded = state == State::Holded;
    const QString remoteIp = QStringLiteral("203.0.113.%1").arg(m_rng.range(1, 254));
    const QString protectCode = QString::number(m_rng.next() & 0xffffff, 16);
    const double toOrder = store.toOrderPpm / 1e6;
    const double toGlobal = store.toGlobalPpm / 1e6;
    const bool freeShipping = !isVirtual && base.shipping == 0;
    const qint64 shippingInclTaxBase = base.shipping;
    const qint64 shippingInclTax = order.shipping;
    // Comments left by customers at checkout, some in the shop's other languages.
    static const QStringList notes { QStringLiteral("Bitte beim Nachbarn abgeben, falls niemand zu Hause ist."),
        QStringLiteral("Livraison après 18 h s'il vous plaît."), QStringLiteral("Gift wrap please — it's a surprise!"),
        QStringLiteral("Lieferung an die Packstation 123") };
    const SqlValue note = m_rng.chance(0.05) ? SqlValue(m_rng.pick(notes)) : SqlValue();

    m_orders.add({ orderId, spec.stateCode, spec.status, coupon.isEmpty() ? SqlValue() : SqlValue(coupon), protectCode,
        isVirtual ? SqlValue() : SqlValue(freeShipping ? "Free Shipping - Free" : "Flat Rate - Fixed"),
        isVirtual ? 1 : 0, store.id, customer ? SqlValue(customer->id) : SqlValue(), money(-base.discount),
        moneyIf(canceled, base.discount), moneyIf(invoiced, base.discount), moneyIf(refunded, base.discount),
        money(baseGrand), money(base.shipping), moneyIf(canceled, base.shipping), moneyIf(invoiced, base.shipping),
        moneyIf(refunded, base.shipping), money(0), money(base.subtotal), moneyIf(canceled, base.subtotal),
        moneyIf(invoiced, base.subtotal), moneyIf(refunded, base.subtotal), money(base.tax),
        moneyIf(canceled, base.tax), moneyIf(invoiced, base.tax), moneyIf(refunded, base.tax),
        SqlValue::decimal(toGlobal, 4), SqlValue::decimal(toOrder, 4), moneyIf(canceled, baseGrand),
        moneyIf(invoiced, baseGrand), moneyIf(refunded, baseGrand), moneyIf(invoiced, baseGrand), quantity(qtyOrdered),
        moneyIf(refunded, baseGrand), money(-order.discount), moneyIf(canceled, order.discount),
        moneyIf(invoiced, order.discount), moneyIf(refunded, order.discount), money(grand), money(order.shipping),
        moneyIf(canceled, order.shipping), moneyIf(invoiced, order.shipping), moneyIf(refunded, order.shipping),
        money(0), SqlValue::decimal(1, 4), SqlValue::decimal(toOrder, 4), money(order.subtotal),
        moneyIf(canceled, order.subtotal), moneyIf(invoiced, order.subtotal), moneyIf(refunded, order.subtotal),
        money(order.tax), moneyIf(canceled, order.tax), moneyIf(invoiced, order.tax), moneyIf(refunded, order.tax),
        moneyIf(canceled, grand), moneyIf(invoiced, grand), moneyIf(refunded, grand), moneyIf(invoiced, grand),
        quantity(qtyOrdered), moneyIf(refunded, grand), customer ? 0 : 1, 1, billingId,
        customer ? customer->groupId : 0, 1, withQuote ? SqlValue(quoteId) : SqlValue(),
        isVirtual ? SqlValue() : SqlValue(shippingId), money(base.subtotal + base.tax),
        money(invoiced || canceled ? 0 : baseGrand), money(order.subtotal + order.tax),
        money(invoiced || canceled ? 0 : grand), SqlValue::decimal(weightMilli / 1000.0, 4), incrementId, store.base,
        email, customer ? customer->firstname : billing.firstname, customer ? customer->lastname : billing.lastname,
        coupon.isEmpty() ? SqlValue() : SqlValue(coupon), QStringLiteral("USD"),
        holded ? SqlValue("processing") : SqlValue(), holded ? SqlValue("processing") : SqlValue(), store.order,
        remoteIp, isVirtual ? SqlValue() : SqlValue(freeShipping ? "freeshipping_freeshipping" : "flatrate_flatrate"),
        store.base, store.name, note, timestamp(created), updatedAt, qint64(m_lines.size()), money(shippingInclTax),
        money(shippingInclTaxBase) });

    m_grid.add({ orderId, spec.status, store.id, store.name, customer ? SqlValue(customer->id) : SqlValue(),
        money(baseGrand), moneyIf(invoiced, baseGrand), money(grand), moneyIf(invoiced, grand), incrementId, store.base,
        store.order, isVirtual ? SqlValue() : SqlValue(shippingName), billingName, timestamp(created), updatedAt });

    // Payment, with what each method leaves in additional_information.
    const PaymentSpec& payment = pickPayment();
    const QString method = QString::fromLatin1(payment.method);
    const QString transaction
        = invoiced && method != QLatin1String("checkmo") && method != QLatin1String("banktransfer")
        ? QString::number(m_rng.range(10000000, 99999999)) + QStringLiteral("XYZ")
        : QString();
    gen::PhpWriter info;
    if (method == QLatin1String("paypal_express")) {
        info.beginArray(4)
            .key(u"paypal_payer_id")
            .string(QString::number(m_rng.next() % 100000000000ULL, 36).toUpper());
        info.key(u"paypal_payer_email").string(email).key(u"paypal_payer_status").string(u"verified");
        info.key(u"paypal_express_checkout_token")
            .string(QStringLiteral("EC-%1").arg(m_rng.next() % 100000000000ULL))
            .end();
    } else if (method == QLatin1String("banktransfer")) {
        info.beginArray(1)
            .key(u"instructions")
            .string(u"Bitte überweisen Sie den Betrag auf unser Konto – Verwendungszweck: Bestellnummer.")
            .end();
    } else {
        info.beginArray(1).key(u"method_title").string(QString::fromUtf8(payment.title)).end();
    }
    const bool card = method == QLatin1String("ccsave");
    m_payments.add({ m_paymentIds.take(), orderId, money(base.shipping), money(order.shipping), money(baseGrand),
        money(grand), moneyIf(invoiced, baseGrand), moneyIf(invoiced, grand), moneyIf(refunded, baseGrand),
        moneyIf(refunded, grand), moneyIf(canceled, baseGrand), moneyIf(canceled, grand), method,
        card ? SqlValue(m_rng.chance(0.6) ? "VI" : "MC") : SqlValue(),
        card ? SqlValue(QString::number(m_rng.range(1000, 9999))) : SqlValue(),
        card ? SqlValue(billingName) : SqlValue(), card ? SqlValue(m_rng.range(1, 12)) : SqlValue(),
        card ? SqlValue(m_rng.range(2025, 2030)) : SqlValue(),
        transaction.isEmpty() ? SqlValue() : SqlValue(transaction), info.text() });

    auto history = [&](qint64 at, const char* status, const SqlValue& comment, const char* entity, bool notified) {
        m_history.add({ m_historyIds.take(), orderId, notified ? 1 : 0, 0, comment, status, timestamp(at), entity });
    };
    history(created, "pending", SqlValue(), "order", true);

    const qint64 billingAddress = billingId;
    qint64 invoiceId = 0;
    if (invoiced) {
        invoiceId = m_invoiceIds.take();
        const QString invoiceIncrement = store.sequences[InvoiceSeq].next();
        m_invoices.add({ invoiceId, store.id, money(baseGrand), money(0), money(order.tax), money(base.tax),
            SqlValue::decimal(toOrder, 4), money(0), money(-base.discount), SqlValue::decimal(toOrder, 4), money(grand),
            money(order.shipping), money(order.subtotal + order.tax), money(base.subtotal + base.tax),
            SqlValue::decimal(1, 4), money(base.shipping), quantity(qtyOrdered), SqlValue::decimal(toGlobal, 4),
            money(order.subtotal), money(base.subtotal), money(-order.discount), billingAddress, refunded ? 1 : 0,
            orderId, 1, 0, 2, isVirtual ? SqlValue() : SqlValue(shippingId), store.base,
            transaction.isEmpty() ? SqlValue() : SqlValue(transaction), store.order, store.base, QStringLiteral("USD"),
            invoiceIncrement, timestamp(invoicedAt), timestamp(refunded ? refundedAt : invoicedAt),
            money(shippingInclTax), money(shippingInclTaxBase), moneyIf(refunded, baseGrand) });
        m_invoiceGrid.add({ invoiceId, store.id, money(baseGrand), money(grand), orderId, 2, store.base, store.order,
            store.base, QStringLiteral("USD"), invoiceIncrement, incrementId, timestamp(invoicedAt), timestamp(created),
            billingName });
        auto writeDocumentItems = [&](TableWriter& writer, gen::IdBlock& ids, qint64 parent) {
            for (const Line& line : m_lines) {
                const Sellable& s = *line.sellable;
                writer.add({ ids.take(), parent, money(line.base.price), money(line.order.tax), money(line.base.row),
                    money(line.order.discount), money(line.order.row), money(line.base.discount),
                    money(line.order.priceInclTax), money(line.base.tax), money(line.base.priceInclTax),
                    quantity(line.qty), SqlValue(), money(line.order.price), money(line.base.row + line.base.tax),
                    money(line.order.row + line.order.tax), s.productId, line.itemId, s.sku, s.name });
                if (s.childId != 0) {
                    writer.add({ ids.take(), parent, money(0), money(0), money(0), money(0), money(0), money(0),
                        SqlValue(), money(0), SqlValue(), quantity(line.qty), SqlValue(), money(0), SqlValue(),
                        SqlValue(), s.childId, line.childItemId, s.childSku, s.childName });
                }
            }
        };
        writeDocumentItems(m_invoiceItems, m_invoiceItemIds, invoiceId);
        if (m_rng.chance(0.2)) {
            m_invoiceComments.add({ m_invoiceCommentIds.take(), invoiceId, 1, 1,
                "Vielen Dank für Ihren Einkauf – Rechnung anbei.", timestamp(invoicedAt) });
        }
        history(invoicedAt, "processing",
            transaction.isEmpty()
                ? SqlValue()
                : SqlValue(QStringLiteral("Captured amount of %1 %2 online. Transaction ID: \"%3\".")
                               .arg(store.order, QString::number(grand / 100.0, 'f', 2), transaction)),
            "invoice", false);

        if ((state == State::Complete || state == State::Closed) && !isVirtual) {
            const qint64 shipmentId = m_shipmentIds.take();
            const QString shipmentIncrement = store.sequences[ShipmentSeq].next();
            m_shipments.add({ shipmentId, store.id, SqlValue::decimal(weightMilli / 1000.0, 4), quantity(qtyOrdered), 1,
                orderId, customer ? SqlValue(customer->id) : SqlValue(), shippingId, billingId, shipmentIncrement,
                timestamp(shippedAt), timestamp(shippedAt) });
            // Shipments list the lines as the customer sees them: the configurable, not its chosen simple.
            for (const Line& line : m_lines) {
                if (line.sellable->isVirtual)
                    continue;
                m_shipmentItems.add({ m_shipmentItemIds.take(), shipmentId, money(line.base.price),
                    SqlValue::decimal(line.sellable->weightMilli / 1000.0, 4), quantity(line.qty),
                    line.sellable->productId, line.itemId, line.sellable->name, line.sellable->sku });
            }
            static const char* carriers[][2] = { { "ups", "United Parcel Service" }, { "dhl", "DHL" },
                { "fedex", "Federal Express" }, { "custom", "Deutsche Post" } };
            const auto& carrier = carriers[m_rng.range(0, 3)];
            m_tracks.add({ m_trackIds.take(), shipmentId, SqlValue(), SqlValue(), orderId,
                QStringLiteral("1Z%1").arg(m_rng.range(100000000, 999999999)), carrier[1], carrier[0],
                timestamp(shippedAt), timestamp(shippedAt) });
            m_shipmentGrid.add({ shipmentId, store.id, quantity(qtyOrdered), orderId, shipmentIncrement, incrementId,
                timestamp(shippedAt), timestamp(created), shippingName });
        }
        if (state == State::Complete)
            history(
                isVirtual ? invoicedAt : shippedAt, "complete", SqlValue(), isVirtual ? "invoice" : "shipment", true);
    }
    if (refunded) {
        const qint64 creditmemoId = m_creditmemoIds.take();
        const QString creditmemoIncrement = store.sequences[CreditmemoSeq].next();
        m_creditmemos.add({ creditmemoId, store.id, SqlValue::decimal(toOrder, 4), money(-base.discount),
            SqlValue::decimal(toOrder, 4), money(grand), money(base.subtotal + base.tax), money(order.shipping),
            money(order.subtotal + order.tax), money(base.shipping), SqlValue::decimal(1, 4),
            SqlValue::decimal(toGlobal, 4), money(base.subtotal), money(-order.discount), money(order.subtotal),
            money(baseGrand), money(base.tax), money(order.tax), orderId, 1, 2,
            isVirtual ? SqlValue() : SqlValue(shippingId), billingId, invoiceId, store.base, store.order, store.base,
            QStringLiteral("USD"), creditmemoIncrement, timestamp(refundedAt), timestamp(refundedAt),
            money(shippingInclTax), money(shippingInclTaxBase) });
        for (const Line& line : m_lines) {
            const Sellable& s = *line.sellable;
            m_creditmemoItems.add(
                { m_creditmemoItemIds.take(), creditmemoId, money(line.base.price), money(line.order.tax),
                    money(line.base.row), money(line.order.discount), money(line.order.row), money(line.base.discount),
                    money(line.order.priceInclTax), money(line.base.tax), money(line.base.priceInclTax),
                    quantity(line.qty), SqlValue(), money(line.order.price), money(line.base.row + line.base.tax),
                    money(line.order.row + line.order.tax), s.productId, line.itemId, s.sku, s.name });
            if (s.childId != 0) {
                m_creditmemoItems.add({ m_creditmemoItemIds.take(), creditmemoId, money(0), money(0), money(0),
                    money(0), money(0), money(0), SqlValue(), money(0), SqlValue(), quantity(line.qty), SqlValue(),
                    money(0), SqlValue(), SqlValue(), s.childId, line.childItemId, s.childSku, s.childName });
            }
        }
        m_creditmemoGrid.add({ creditmemoId, store.id, SqlValue::decimal(toOrder, 4), SqlValue::decimal(toOrder, 4),
            money(grand), SqlValue::decimal(1, 4), SqlValue::decimal(toGlobal, 4), money(baseGrand), orderId, 2,
            invoiceId, store.base, store.order, store.base, QStringLiteral("USD"), creditmemoIncrement, incrementId,
            timestamp(refundedAt), timestamp(created), billingName });
        history(refundedAt, "closed",
            SqlValue(QStringLiteral("Refunded amount of %1 %2 offline.")
                         .arg(store.order, QString::number(grand / 100.0, 'f', 2))),
            "creditmemo", true);
    }
    if (canceled)
        history(
            canceledAt, "canceled", SqlValue("Kunde hat storniert – Ware wird nicht mehr benötigt."), "order", true);
    if (holded)
        history(heldAt, "holded", SqlValue("Adresse prüfen: Hausnummer fehlt ?"), "order", false);

    if (withQuote) {
        writeQuote(quoteId, store, customer, billing, shipping, email, created - m_rng.range(300, 7200), created, false,
            incrementId, base, order);
    }
}

void SalesWriter::writeCart(qint64 index)
{
    const StoreInfo& store = pickStore();
    const GenCustomer* customer = nullptr;
    if (!store.customers.isEmpty() && m_rng.chance(0.8))
        customer = &m_context.customers[m_rng.pick(store.customers)];
    bool isVirtual = false;
    const GenAddress address = customer
        ? customer->address
        : gen::randomAddress(m_rng, m_regions, m_rng.pick(words::firstNames()), m_rng.pick(words::lastNames()));
    pickLines(store, 0, taxRate(address.countryId), isVirtual);
    Totals base;
    Totals order;
    for (Line& line : m_lines) {
        line.quoteItemId = m_quoteItemIds.take();
        line.quoteChildItemId = line.sellable->childId ? m_quoteItemIds.take() : 0;
        base.subtotal += line.base.row;
        base.tax += line.base.tax;
        order.subtotal += line.order.row;
        order.tax += line.order.tax;
    }
    // Every third cart is live (touched in the last days), the rest were abandoned months or years ago and are
    // still active, as Magento 1 never cleans them without a cron job.
    const bool live = index % 3 == 0;
    const qint64 updated = live ? gen::generatorNow - m_rng.range(60, 3 * 86400)
                                : gen::generatorNow - m_rng.range(30 * 86400, gen::historySeconds);
    const qint64 created = updated - m_rng.range(60, 14 * 86400);
    writeQuote(m_quoteIds.take(), store, customer, address, address, customer ? customer->email : QString(), created,
        updated, true, QString(), base, order);
}

void SalesWriter::finish()
{
    for (TableWriter* writer :
        { &m_orders, &m_items, &m_addresses, &m_payments, &m_history, &m_grid, &m_invoices, &m_invoiceItems,
            &m_invoiceGrid, &m_invoiceComments, &m_shipments, &m_shipmentItems, &m_tracks, &m_shipmentGrid,
            &m_creditmemos, &m_creditmemoItems, &m_creditmemoGrid, &m_quotes, &m_quoteItems, &m_quoteAddresses })
        writer->finish();
}

} // namespace

void generateSales(GenContext& context)
{
    const QString area = QStringLiteral("orders");
    const qint64 total = context.options().orders;
    if (total == 0 || context.stores.isEmpty())
        return;
    const QVector<Sellable> products = gen::sellables(context);
    if (products.isEmpty()) {
        context.warn(
            Sales::tr("No orders were generated: the store has no simple, virtual, downloadable or configurable "
                      "products to sell. Generate products too (--products), or generate into a store that "
                      "has a catalog."));
        return;
    }
    context.progress(area, 0, total);
    QVector<StoreInfo> stores = gen::storeInfos(context, products);
    SalesWriter writer(context, stores, products);

    // The mess of a real store, a few of each, spread through the run.
    const qint64 orphans = qMin<qint64>(10, qMax<qint64>(1, total / 1000));
    const qint64 orphanEvery = total / (orphans + 1) + 1;
    writer.brokenEvery = qMax<qint64>(1, total / qBound<qint64>(qint64(1), total / 100, qint64(200)));
    writer.zeroDateEvery = qMax<qint64>(1, total / qBound<qint64>(qint64(1), total / 1000, qint64(50)));

    const qint64 slot = qMax<qint64>(1, gen::historySeconds / total);
    for (qint64 i = 0; i < total; ++i) {
        if (writer.orphanItems < orphans && i > 0 && i % orphanEvery == 0)
            writer.writeOrphanItem(gen::generatorNow - gen::historySeconds + i * slot);
        writer.writeOrder(i, total);
        if ((i + 1) % 1000 == 0)
            context.progress(area, i + 1, total);
    }
    // Carts still open: about one for every ten orders, most of them long abandoned.
    const qint64 carts = qMax<qint64>(1, total / 10);
    for (qint64 i = 0; i < carts; ++i)
        writer.writeCart(i);
    writer.finish();
    gen::saveSequences(context, stores);

    context.noteOrphans(QStringLiteral("sales_flat_order_item.order_id -> sales_flat_order"),
        QStringLiteral("sales_flat_order_item rows whose order does not exist"), writer.orphanItems);
    context.noteMess(
        QStringLiteral("sales_flat_order_item.product_options values that do not unserialize"), writer.brokenOptions);
    context.noteMess(QStringLiteral("sales_flat_order rows with a zero updated_at"), writer.zeroUpdatedAt);
    context.progress(area, total, total);
}

} // namespace cutover
