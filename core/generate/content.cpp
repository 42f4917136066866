#include "areas.h"

#include "db/database.h"
#include "error.h"
#include "gencontext.h"
#include "tablewriter.h"
#include "words.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QTime>

#include <algorithm>
#include <map>
#include <tuple>

namespace cutover {

namespace {

// Tags the translatable texts of this file (area names, mess notes, errors) for lupdate.
class Content
{
    Q_DECLARE_TR_FUNCTIONS(Content)
};

const QString area = QStringLiteral("content");

// Reviews past this many add nothing a migration test needs and only slow the run down.
constexpr qint64 maxReviews = 50000;
constexpr qint64 progressEvery = 2000;

struct ProductRef
{
    qint64 id = 0;
    QVector<int> websiteIds;
};

struct CustomerRef
{
    qint64 id = 0;
    QString email;
    int websiteId = 0;
    int storeId = 0;
};

/** Counts the area's work so that the progress bar moves honestly across its parts. */
struct Progress
{
    GenContext& context;
    qint64 total = 0;
    qint64 done = 0;
    void step(qint64 count = 1)
    {
        done += count;
        context.progress(area, std::min(done, total), total);
    }
};

// Dates are fixed around the Magento 1 era rather than taken from the clock, so that a seed always gives the
// same rows.
QString timestampBefore(Rng& rng, int maxDays)
{
    const QDate date = QDate(2016, 3, 31).addDays(-rng.range(0, maxDays));
    const QTime time = QTime(0, 0).addSecs(int(rng.range(0, 86399)));
    return date.toString(Qt::ISODate) + QLatin1Char(' ') + time.toString(QStringLiteral("HH:mm:ss"));
}

int storeByCode(const GenContext& context, const QString& code)
{
    for (const GenStore& store : context.stores) {
        if (store.code == code)
            return store.id;
    }
    return 0;
}

QVector<ProductRef> loadProducts(GenContext& context)
{
    QVector<ProductRef> products;
    if (!context.products.isEmpty()) {
        products.reserve(context.products.size());
        for (const GenProduct& product : context.products)
            products.push_back(ProductRef { product.id, product.websiteIds });
        return products;
    }
    // The catalog was not made by this run: review what the database already holds.
    if (!context.hasTable(QStringLiteral("catalog_product_entity")))
        return products;
    QHash<qint64, int> indexOf;
    QSqlQuery rows = context.db().query(QStringLiteral("SELECT entity_id FROM %1 ORDER BY entity_id")
                                            .arg(context.table(QStringLiteral("catalog_product_entity"))));
    while (rows.next()) {
        indexOf.insert(rows.value(0).toLongLong(), int(products.size()));
        products.push_back(ProductRef { rows.value(0).toLongLong(), {} });
    }
    if (context.hasTable(QStringLiteral("catalog_product_website"))) {
        QSqlQuery links
            = context.db().query(QStringLiteral("SELECT product_id, website_id FROM %1 ORDER BY product_id, website_id")
                                     .arg(context.table(QStringLiteral("catalog_product_website"))));
        while (links.next()) {
            const auto it = indexOf.constFind(links.value(0).toLongLong());
            if (it != indexOf.constEnd())
                products[it.value()].websiteIds.push_back(links.value(1).toInt());
        }
    }
    return products;
}

QVector<CustomerRef> loadCustomers(GenContext& context)
{
    QVector<CustomerRef> customers;
    if (!context.customers.isEmpty()) {
        customers.reserve(context.customers.size());
        for (const GenCustomer& customer : context.customers)
            customers.push_back(CustomerRef { customer.id, customer.email, customer.websiteId, customer.storeId });
        return customers;
    }
    if (!context.hasTable(QStringLiteral("customer_entity")))
        return customers;
    QSqlQuery rows
        = context.db().query(QStringLiteral("SELECT entity_id, email, COALESCE(website_id, 0), COALESCE(store_id, 0) "
                                            "FROM %1 ORDER BY entity_id")
                                 .arg(context.table(QStringLiteral("customer_entity"))));
    while (rows.next()) {
        customers.push_back(CustomerRef {
            rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toInt(), rows.value(3).toInt() });
    }
    return customers;
}

/** The id in `table` whose `codeColumn` is `code` (case-insensitive, as MariaDB compares), or 0. */
int lookupId(
    GenContext& context, const QString& table, const QString& idColumn, const QString& codeColumn, const QString& code)
{
    if (!context.hasTable(table))
        return 0;
    QSqlQuery q = context.db().query(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %1 LIMIT 1")
            .arg(Database::quoteIdentifier(idColumn), context.table(table), Database::quoteIdentifier(codeColumn)),
        { code });
    return q.next() ? q.value(0).toInt() : 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Reviews and ratings

struct RatingInfo
{
    int id = 0;
    QString code;
    QHash<int, int> optionByValue; ///< 1..5 -> option_id
};

QString ratingTitle(const QString& code, const QString& locale)
{
    static const QHash<QString, QPair<QString, QString>> titles {
        { QStringLiteral("Quality"), { QStringLiteral("Qualité"), QStringLiteral("Qualität") } },
        { QStringLiteral("Value"), { QStringLiteral("Rapport qualité-prix"), QStringLiteral("Preis-Leistung") } },
        { QStringLiteral("Price"), { QStringLiteral("Prix"), QStringLiteral("Preis") } },
    };
    const auto it = titles.constFind(code);
    if (it == titles.constEnd())
        return code;
    return locale.startsWith(QLatin1String("fr")) ? it->first : it->second;
}

// Stars as shoppers give them: mostly 4 and 5.
int starValue(Rng& rng)
{
    const double r = rng.real();
    return r < 0.05 ? 1 : r < 0.13 ? 2 : r < 0.30 ? 3 : r < 0.65 ? 4 : 5;
}

struct VoteAggregate
{
    qint64 count = 0;
    qint64 sum = 0;
    qint64 approvedCount = 0;
    qint64 approvedSum = 0;
};

struct ReviewSummary
{
    qint64 approvedReviews = 0;
    qint64 percentSum = 0;
    qint64 percentCount = 0;
};

void generateReviews(GenContext& context, Progress& progress, const QVector<ProductRef>& products,
    const QVector<CustomerRef>& customers, qint64 reviewCount)
{
    Rng& rng = context.rng();
    const int productEntity = lookupId(context, QStringLiteral("review_entity"), QStringLiteral("entity_id"),
        QStringLiteral("entity_code"), QStringLiteral("product"));
    const int approved = lookupId(context, QStringLiteral("review_status"), QStringLiteral("status_id"),
        QStringLiteral("status_code"), QStringLiteral("Approved"));
    const int pending = lookupId(context, QStringLiteral("review_status"), QStringLiteral("status_id"),
        QStringLiteral("status_code"), QStringLiteral("Pending"));
    const int notApproved = lookupId(context, QStringLiteral("review_status"), QStringLiteral("status_id"),
        QStringLiteral("status_code"), QStringLiteral("Not Approved"));
    if (productEntity == 0 || approved == 0 || pending == 0 || notApproved == 0) {
        context.warn(Content::tr("The tables review_entity and review_status lack Magento's standard rows (product; "
                                 "Approved, Pending, Not Approved); no reviews were generated."));
        progress.step(reviewCount);
        return;
    }

    // Ratings of products, with their options; the dump ships Quality, Value and Price, visible nowhere.
    QVector<RatingInfo> ratings;
    const int ratingProductEntity = lookupId(context, QStringLiteral("rating_entity"), QStringLiteral("entity_id"),
        QStringLiteral("entity_code"), QStringLiteral("product"));
    if (ratingProductEntity != 0) {
        QSqlQuery rows = context.db().query(
            QStringLiteral("SELECT rating_id, rating_code FROM %1 WHERE entity_id = ? ORDER BY position, rating_id")
                .arg(context.table(QStringLiteral("rating"))),
            { ratingProductEntity });
        while (rows.next())
            ratings.push_back(RatingInfo { rows.value(0).toInt(), rows.value(1).toString(), {} });
        QSqlQuery options
            = context.db().query(QStringLiteral("SELECT option_id, rating_id, value FROM %1 ORDER BY option_id")
                                     .arg(context.table(QStringLiteral("rating_option"))));
        while (options.next()) {
            for (RatingInfo& rating : ratings) {
                if (rating.id == options.value(1).toInt())
                    rating.optionByValue.insert(options.value(2).toInt(), options.value(0).toInt());
            }
        }
    }

    // Make the ratings visible as the admin form does (the chosen store views plus store 0), except the last
    // one on the last store view: a rating that is active in some stores only is what real stores have.
    QHash<int, QVector<int>> visibleRatings; ///< store view -> indexes into ratings
    {
        TableWriter ratingStore(context, QStringLiteral("rating_store"),
            { QStringLiteral("rating_id"), QStringLiteral("store_id") }, TableWriter::OnDuplicate::Ignore);
        TableWriter titles(context, QStringLiteral("rating_title"),
            { QStringLiteral("rating_id"), QStringLiteral("store_id"), QStringLiteral("value") },
            TableWriter::OnDuplicate::Ignore);
        for (int r = 0; r < ratings.size(); ++r) {
            ratingStore.add({ ratings[r].id, 0 });
            for (int s = 0; s < context.stores.size(); ++s) {
                const GenStore& store = context.stores[s];
                if (r == ratings.size() - 1 && s == context.stores.size() - 1 && ratings.size() > 1)
                    continue;
                ratingStore.add({ ratings[r].id, store.id });
                visibleRatings[store.id].push_back(r);
                if (!store.locale.startsWith(QLatin1String("en")))
                    titles.add({ ratings[r].id, store.id, ratingTitle(ratings[r].code, store.locale) });
            }
        }
        ratingStore.finish();
        titles.finish();
    }

    QHash<int, QVector<int>> storesOfWebsite;
    for (const GenStore& store : context.stores)
        storesOfWebsite[store.websiteId].push_back(store.id);
    QVector<int> allStores;
    for (const GenStore& store : context.stores)
        allStores.push_back(store.id);
    QHash<int, QVector<int>> customersOfWebsite; ///< website -> indexes into customers
    for (int i = 0; i < customers.size(); ++i)
        customersOfWebsite[customers[i].websiteId].push_back(i);

    TableWriter review(context, QStringLiteral("review"),
        { QStringLiteral("review_id"), QStringLiteral("created_at"), QStringLiteral("entity_id"),
            QStringLiteral("entity_pk_value"), QStringLiteral("status_id") });
    TableWriter detail(context, QStringLiteral("review_detail"),
        { QStringLiteral("detail_id"), QStringLiteral("review_id"), QStringLiteral("store_id"), QStringLiteral("title"),
            QStringLiteral("detail"), QStringLiteral("nickname"), QStringLiteral("customer_id") });
    TableWriter reviewStore(
        context, QStringLiteral("review_store"), { QStringLiteral("review_id"), QStringLiteral("store_id") });
    TableWriter vote(context, QStringLiteral("rating_option_vote"),
        { QStringLiteral("vote_id"), QStringLiteral("option_id"), QStringLiteral("remote_ip"),
            QStringLiteral("remote_ip_long"), QStringLiteral("customer_id"), QStringLiteral("entity_pk_value"),
            QStringLiteral("rating_id"), QStringLiteral("review_id"), QStringLiteral("percent"),
            QStringLiteral("value") });

    const qint64 firstReview
        = context.reserveIds(QStringLiteral("review"), QStringLiteral("review_id"), reviewCount + 1);
    const qint64 firstDetail
        = context.reserveIds(QStringLiteral("review_detail"), QStringLiteral("detail_id"), reviewCount + 1);

    // Ordered maps: the summary rows get their ids in a stable order, so a seed gives the same tables.
    std::map<std::tuple<int, qint64, int>, VoteAggregate> aggregates; ///< (rating, product, store)
    std::map<std::pair<qint64, int>, ReviewSummary> summaries; ///< (product, store)

    for (qint64 i = 0; i < reviewCount; ++i) {
        // Squaring skews the choice: a few products collect most reviews, as bestsellers do.
        const double r = rng.real();
        const ProductRef& product = products[qint64(double(products.size()) * r * r)];
        QVector<int> candidates;
        for (int website : product.websiteIds)
            candidates += storesOfWebsite.value(website);
        if (candidates.isEmpty())
            candidates = allStores;
        const int storeId = candidates.isEmpty() ? 0 : rng.pick(candidates);
        int websiteId = 0;
        for (const GenStore& store : context.stores) {
            if (store.id == storeId)
                websiteId = store.websiteId;
        }

        SqlValue customerId;
        QString nickname = rng.pick(words::firstNames());
        const QVector<int> sameWebsite = customersOfWebsite.value(websiteId);
        if (!sameWebsite.isEmpty() && rng.chance(0.4)) {
            const CustomerRef& customer = customers[rng.pick(sameWebsite)];
            customerId = customer.id;
            nickname = customer.email.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('.'), 0, 0);
            if (!nickname.isEmpty())
                nickname[0] = nickname[0].toUpper();
            else
                nickname = rng.pick(words::firstNames());
        }

        const double statusRoll = rng.real();
        const int status = statusRoll < 0.7 ? approved : statusRoll < 0.9 ? pending : notApproved;
        const bool isApproved = status == approved;
        const qint64 reviewId = firstReview + i;
        review.add({ reviewId, timestampBefore(rng, 1000), productEntity, product.id, status });
        QString title = words::sentence(rng, int(rng.range(2, 6)));
        title.chop(1);
        detail.add({ firstDetail + i, reviewId, storeId, title, words::paragraph(rng, int(rng.range(1, 4))), nickname,
            customerId });
        reviewStore.add({ reviewId, 0 });
        if (storeId != 0)
            reviewStore.add({ reviewId, storeId });

        for (int summaryStore : { 0, storeId }) {
            if (isApproved)
                ++summaries[{ product.id, summaryStore }].approvedReviews;
            if (storeId == 0)
                break;
        }

        // Ratings are optional on the review form: some reviews carry no stars at all.
        if (rng.chance(0.85)) {
            const int ipTail = int(rng.range(1, 254));
            const QString ip = QStringLiteral("203.0.113.%1").arg(ipTail);
            const qint64 ipLong = (203LL << 24) + (0LL << 16) + (113LL << 8) + ipTail;
            for (int ratingIndex : visibleRatings.value(storeId)) {
                const RatingInfo& rating = ratings[ratingIndex];
                const int value = starValue(rng);
                const int optionId = rating.optionByValue.value(value);
                if (optionId == 0)
                    continue;
                vote.add({ context.nextId(QStringLiteral("rating_option_vote"), QStringLiteral("vote_id")), optionId,
                    ip, ipLong, customerId, product.id, rating.id, reviewId, value * 20, value });
                for (int aggregateStore : { 0, storeId }) {
                    VoteAggregate& aggregate = aggregates[{ rating.id, product.id, aggregateStore }];
                    ++aggregate.count;
                    aggregate.sum += value;
                    if (isApproved) {
                        ++aggregate.approvedCount;
                        aggregate.approvedSum += value;
                        ReviewSummary& summary = summaries[{ product.id, aggregateStore }];
                        summary.percentSum += value * 20;
                        ++summary.percentCount;
                    }
                    if (storeId == 0)
                        break;
                }
            }
        }
        if ((i + 1) % progressEvery == 0)
            progress.step(progressEvery);
    }
    progress.step(reviewCount % progressEvery);

    // A review left behind by a product deleted straight in the database: Magento 1 has no foreign key from
    // review to product, so real stores carry these.
    qint64 maxProductId = 0;
    for (const ProductRef& product : products)
        maxProductId = std::max(maxProductId, product.id);
    maxProductId = std::max(maxProductId,
        context.db()
            .scalar(QStringLiteral("SELECT COALESCE(MAX(entity_id), 0) FROM %1")
                        .arg(context.table(QStringLiteral("catalog_product_entity"))))
            .toLongLong());
    const qint64 orphanId = firstReview + reviewCount;
    const int orphanStore = allStores.isEmpty() ? 0 : allStores.first();
    review.add({ orphanId, timestampBefore(rng, 2000), productEntity, maxProductId + rng.range(1000, 9000), approved });
    detail.add({ firstDetail + reviewCount, orphanId, orphanStore, "Great product, sadly discontinued",
        words::paragraph(rng, 2), rng.pick(words::firstNames()), SqlValue() });
    reviewStore.add({ orphanId, 0 });
    if (orphanStore != 0)
        reviewStore.add({ orphanId, orphanStore });
    context.noteMess(Content::tr("review of a product that does not exist"), 1);

    review.finish();
    detail.finish();
    reviewStore.finish();
    vote.finish();

    TableWriter aggregated(context, QStringLiteral("rating_option_vote_aggregated"),
        { QStringLiteral("primary_id"), QStringLiteral("rating_id"), QStringLiteral("entity_pk_value"),
            QStringLiteral("vote_count"), QStringLiteral("vote_value_sum"), QStringLiteral("percent"),
            QStringLiteral("percent_approved"), QStringLiteral("store_id") });
    const qint64 firstAggregate = context.reserveIds(
        QStringLiteral("rating_option_vote_aggregated"), QStringLiteral("primary_id"), qint64(aggregates.size()));
    qint64 index = 0;
    for (const auto& [key, aggregate] : aggregates) {
        const auto& [ratingId, productId, storeId] = key;
        const int percent = aggregate.count ? int(100 * aggregate.sum / (aggregate.count * 5)) : 0;
        const int percentApproved
            = aggregate.approvedCount ? int(100 * aggregate.approvedSum / (aggregate.approvedCount * 5)) : 0;
        aggregated.add({ firstAggregate + index++, ratingId, productId, aggregate.count, aggregate.sum, percent,
            percentApproved, storeId });
    }
    aggregated.finish();

    TableWriter summary(context, QStringLiteral("review_entity_summary"),
        { QStringLiteral("primary_id"), QStringLiteral("entity_pk_value"), QStringLiteral("entity_type"),
            QStringLiteral("reviews_count"), QStringLiteral("rating_summary"), QStringLiteral("store_id") });
    const qint64 firstSummary = context.reserveIds(
        QStringLiteral("review_entity_summary"), QStringLiteral("primary_id"), qint64(summaries.size()));
    index = 0;
    for (const auto& [key, value] : summaries) {
        const int ratingSummary = value.percentCount ? int(value.percentSum / value.percentCount) : 0;
        summary.add(
            { firstSummary + index++, key.first, productEntity, value.approvedReviews, ratingSummary, key.second });
    }
    summary.finish();
}

// ---------------------------------------------------------------------------------------------------------------
// CMS pages, blocks and the images their content points at

struct CmsPage
{
    const char* identifier;
    const char* title;
    const char* rootTemplate;
    const char* storeCode; ///< "" for all store views (store 0)
    const char* content;
    bool active;
    const char* layoutUpdate;
};

// Magento 1 directives that Magento 2 reads differently or not at all: cms/block by type, widgets by M1 class
// alias, {{skin}}, {{store}} routes, and an extension's root template that Magento 2 has no layout for.
constexpr CmsPage cmsPages[] = {
    { "about-us", "About Us", "two_columns_right", "default",
        "<h2>Who we are</h2>\n<p><img src=\"{{media url=\"wysiwyg/cms/about-team.jpg\"}}\" alt=\"Our team\" /></p>\n"
        "<p>Since 1998 we sell things people love. <a href=\"{{store url=\"customer/account\"}}\">Your "
        "account</a>.</p>\n"
        "{{block type=\"cms/block\" block_id=\"footer_links\"}}",
        true, nullptr },
    { "about-us", "À propos de nous", "two_columns_right", "fr",
        "<h2>Qui sommes-nous ?</h2>\n<p><img src=\"{{media url=\"wysiwyg/cms/about-team.jpg\"}}\" alt=\"L'équipe\" "
        "/></p>\n"
        "<p>Depuis 1998, nous vendons des produits de qualité. <a href=\"{{store "
        "direct_url=\"contacts\"}}\">Écrivez-nous</a>.</p>",
        true, nullptr },
    { "about-us", "Über uns", "one_column", "de",
        "<h2>Über uns</h2>\n<p>Die Zweitmarke – schön, dass Sie da sind! Größe, Qualität und Service aus München.</p>\n"
        "{{block type=\"cms/block\" block_id=\"shipping_info\"}}",
        true, nullptr },
    { "shipping-returns", "Shipping & Returns", "one_column", "",
        "<p><img src=\"{{skin url=\"images/media/shipping-truck.png\"}}\" alt=\"\" /></p>\n"
        "{{block type=\"cms/block\" block_id=\"shipping_info\"}}\n"
        "<p>Questions? Write to {{config path=\"trans_email/ident_support/email\"}}.</p>",
        true, nullptr },
    { "faq", "FAQ", "three_columns", "default,fr",
        "<dl><dt>Where is my order?</dt><dd>See <a href=\"{{store url=\"sales/order/history\"}}\">your "
        "orders</a>.</dd>\n"
        "<dt>Où est ma commande ?</dt><dd>Consultez <a href=\"{{store url=\"sales/order/history\"}}\">vos "
        "commandes</a>.</dd></dl>",
        true, nullptr },
    { "summer-sale", "Summer Sale", "custom_landing", "default",
        "<p><img src=\"{{media url=\"wysiwyg/banner-1.jpg\"}}\" alt=\"Summer sale\" /></p>\n"
        "<p><img src=\"{{media url=\"wysiwyg/promo/summer-2015.jpg\"}}\" alt=\"Summer 2015\" /></p>\n"
        "{{widget type=\"catalog/product_widget_new\" display_type=\"new_products\" products_count=\"8\" "
        "template=\"catalog/product/widget/new/content/new_grid.phtml\"}}",
        true,
        "<reference name=\"content\"><block type=\"catalog/product_new\" name=\"home.catalog.product.new\" "
        "template=\"catalog/product/new.phtml\"/></reference>" },
    { "home", "Startseite", "one_column", "de",
        "<p><img src=\"{{media url=\"wysiwyg/brand/brand2-hero.png\"}}\" alt=\"Zweitmarke\" /></p>\n"
        "{{widget type=\"cms/widget_block\" template=\"cms/widget/static_block/default.phtml\" "
        "block_id=\"promo_banner\"}}\n"
        "{{widget type=\"catalog/product_widget_link\" anchor_text=\"Bestseller\" "
        "template=\"catalog/product/widget/link/link_inline.phtml\" id_path=\"product/1\"}}",
        true, nullptr },
    { "mentions-legales", "Mentions légales", "", "fr",
        "<p>Éditeur : Boutique Démo SARL, 12 rue de la Paix, 75002 Paris. TVA intracommunautaire : FR 12 "
        "345678901.</p>",
        true, nullptr },
    { "impressum", "Impressum", "one_column", "de",
        "<p>Zweitmarke GmbH, Königsallee 1, 40212 Düsseldorf. Geschäftsführer: Jürgen Weiß. USt-IdNr.: "
        "DE123456789.</p>",
        true, nullptr },
    { "old-promo-2014", "Christmas 2014", "two_columns_left", "default",
        "<p><img src=\"{{media url=\"wysiwyg/banner-2.png\"}}\" alt=\"\" /> Ho ho ho! "
        "{{widget type=\"catalog/product_widget_new\" products_count=\"4\"}}</p>",
        false, nullptr },
};

struct CmsBlock
{
    const char* identifier;
    const char* title;
    const char* storeCode;
    const char* content;
    bool active;
};

constexpr CmsBlock cmsBlocks[] = {
    { "shipping_info", "Shipping info", "default",
        "<p>Free shipping on orders over $75. <a href=\"{{store url=\"shipping-returns\"}}\">Details</a></p>", true },
    { "shipping_info", "Livraison", "fr", "<p>Livraison offerte dès 50 € d'achat. Retours sous 30 jours.</p>", true },
    { "shipping_info", "Versand", "de", "<p>Versandkostenfrei ab 50 € – Rückgabe innerhalb von 30 Tagen.</p>", true },
    { "promo_banner", "Promo banner", "",
        "<a href=\"{{store url=\"summer-sale\"}}\"><img src=\"{{media url=\"wysiwyg/banner-2.png\"}}\" alt=\"Promo\" "
        "/></a>",
        true },
    { "newsletter_teaser", "Newsletter teaser", "default,fr",
        "<p><img src=\"{{skin url=\"images/newsletter.png\" _area=\"frontend\"}}\" alt=\"\" />"
        "<a href=\"{{store url=\"newsletter/subscriber/new\"}}\">Subscribe / S'abonner</a></p>",
        true },
    { "old_banner_2013", "Old banner 2013", "default",
        "<p><img src=\"{{media url=\"wysiwyg/banner-1.jpg\"}}\" alt=\"\" /></p>", false },
};

// A 2x2 PNG and an 8x8 grey baseline JPEG: the smallest files that image tools accept as real images.
constexpr unsigned char pngTemplate[] = { 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49,
    0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x08, 0x02, 0x00, 0x00, 0x00, 0xfd, 0xd4, 0x9a,
    0x73, 0x00, 0x00, 0x00, 0x10, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0x30, 0x4e, 0x3b, 0x03, 0x44, 0x0c, 0x10,
    0x0a, 0x00, 0x24, 0xb6, 0x05, 0x95, 0xce, 0xbb, 0xea, 0x6a, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
    0x42, 0x60, 0x82 };

QByteArray jpegTemplate()
{
    QByteArray jpeg = QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffdb004300");
    jpeg += QByteArray(64, '\x01');
    jpeg += QByteArray::fromHex("ffc0000b080008000801011100"
                                "ffc40014000100000000000000000000000000000000"
                                "ffc40014100100000000000000000000000000000000"
                                "ffda0008010100003f003fffd9");
    return jpeg;
}

const char* const wysiwygFiles[]
    = { "wysiwyg/banner-1.jpg", "wysiwyg/banner-2.png", "wysiwyg/cms/about-team.jpg", "wysiwyg/brand/brand2-hero.png" };
// Referenced by the summer-sale page and never written: the image someone deleted from the server.
const char* const missingWysiwygFile = "wysiwyg/promo/summer-2015.jpg";

void writeWysiwygFiles(GenContext& context)
{
    const QString mediaDir = context.options().mediaDir;
    if (mediaDir.isEmpty())
        return;
    const QByteArray png(reinterpret_cast<const char*>(pngTemplate), int(sizeof(pngTemplate)));
    const QByteArray jpeg = jpegTemplate();
    for (const char* relative : wysiwygFiles) {
        const QString path = QDir(mediaDir).filePath(QString::fromUtf8(relative));
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            throw Error(Content::tr("Could not create the folder %1. Check that the media folder is writable.")
                            .arg(QFileInfo(path).absolutePath()));
        QFile file(path);
        const QByteArray& bytes = path.endsWith(QLatin1String(".png")) ? png : jpeg;
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            throw Error(Content::tr("Could not write the image %1: %2. Check that the media folder is writable and "
                                    "the disk is not full.")
                            .arg(path, file.errorString()));
        ++context.mediaFilesWritten;
    }
    QFile::remove(QDir(mediaDir).filePath(QString::fromUtf8(missingWysiwygFile)));
    context.noteMess(Content::tr("wysiwyg image referenced by CMS content but missing"), 1);
}

QVector<int> storesFor(const GenContext& context, const char* storeCodes)
{
    QVector<int> ids;
    const QString codes = QString::fromUtf8(storeCodes);
    if (codes.isEmpty())
        return { 0 };
    for (const QString& code : codes.split(QLatin1Char(','))) {
        const int id = storeByCode(context, code);
        ids.push_back(id);
    }
    return ids;
}

void generateCms(GenContext& context)
{
    Rng& rng = context.rng();
    TableWriter page(context, QStringLiteral("cms_page"),
        { QStringLiteral("page_id"), QStringLiteral("title"), QStringLiteral("root_template"),
            QStringLiteral("meta_keywords"), QStringLiteral("meta_description"), QStringLiteral("identifier"),
            QStringLiteral("content_heading"), QStringLiteral("content"), QStringLiteral("creation_time"),
            QStringLiteral("update_time"), QStringLiteral("is_active"), QStringLiteral("sort_order"),
            QStringLiteral("layout_update_xml"), QStringLiteral("custom_theme"), QStringLiteral("custom_theme_from"),
            QStringLiteral("custom_theme_to") });
    // Ignore: a rerun may give a new page the id of the earlier run's deleted page, whose store link is still there.
    TableWriter pageStore(context, QStringLiteral("cms_page_store"),
        { QStringLiteral("page_id"), QStringLiteral("store_id") }, TableWriter::OnDuplicate::Ignore);
    constexpr qint64 pageCount = qint64(std::size(cmsPages));
    const qint64 firstPage = context.reserveIds(QStringLiteral("cms_page"), QStringLiteral("page_id"), pageCount + 1);
    for (qint64 i = 0; i < pageCount; ++i) {
        const CmsPage& spec = cmsPages[i];
        const qint64 id = firstPage + i;
        const bool old = !spec.active;
        const QString created = timestampBefore(rng, 1500);
        page.add({ id, QString::fromUtf8(spec.title), QString::fromUtf8(spec.rootTemplate),
            QStringLiteral("%1, %2").arg(rng.pick(words::adjectives()), rng.pick(words::nouns())),
            words::sentence(rng, 8), QString::fromUtf8(spec.identifier), QString::fromUtf8(spec.title),
            QString::fromUtf8(spec.content), created, created, spec.active, 0,
            spec.layoutUpdate ? SqlValue(QString::fromUtf8(spec.layoutUpdate)) : SqlValue(),
            old ? SqlValue("default/modern") : SqlValue(), old ? SqlValue("2014-12-01") : SqlValue(),
            old ? SqlValue("2014-12-31") : SqlValue() });
        for (int store : storesFor(context, spec.storeCode))
            pageStore.add({ id, store });
    }
    // The store link of a page deleted with SQL instead of the admin, which left cms_page_store behind.
    pageStore.add({ firstPage + pageCount, storeByCode(context, QStringLiteral("default")) });
    context.noteOrphans(QStringLiteral("cms_page_store.page_id -> cms_page"), Content::tr("CMS page store link to a deleted page"), 1);
    page.finish();
    pageStore.finish();

    TableWriter block(context, QStringLiteral("cms_block"),
        { QStringLiteral("block_id"), QStringLiteral("title"), QStringLiteral("identifier"), QStringLiteral("content"),
            QStringLiteral("creation_time"), QStringLiteral("update_time"), QStringLiteral("is_active") });
    TableWriter blockStore(context, QStringLiteral("cms_block_store"),
        { QStringLiteral("block_id"), QStringLiteral("store_id") }, TableWriter::OnDuplicate::Ignore);
    // The pages above include footer_links; the 1.9.1.1 install has it, later ones dropped it.
    const bool hasFooterLinks = lookupId(context, QStringLiteral("cms_block"), QStringLiteral("block_id"),
                                    QStringLiteral("identifier"), QStringLiteral("footer_links"))
        != 0;
    const qint64 blockCount = qint64(std::size(cmsBlocks)) + (hasFooterLinks ? 0 : 1);
    qint64 blockId = context.reserveIds(QStringLiteral("cms_block"), QStringLiteral("block_id"), blockCount);
    for (const CmsBlock& spec : cmsBlocks) {
        const QString created = timestampBefore(rng, 1500);
        block.add({ blockId, QString::fromUtf8(spec.title), QString::fromUtf8(spec.identifier),
            QString::fromUtf8(spec.content), created, created, spec.active });
        for (int store : storesFor(context, spec.storeCode))
            blockStore.add({ blockId, store });
        ++blockId;
    }
    if (!hasFooterLinks) {
        const QString created = timestampBefore(rng, 1500);
        block.add({ blockId, "Footer Links", "footer_links",
            "<ul>\n<li><a href=\"{{store direct_url=\"about-us\"}}\">About Us</a></li>\n"
            "<li><a href=\"{{store direct_url=\"customer-service\"}}\">Customer Service</a></li>\n</ul>",
            created, created, true });
        blockStore.add({ blockId, 0 });
    }
    block.finish();
    blockStore.finish();

    writeWysiwygFiles(context);
}

// ---------------------------------------------------------------------------------------------------------------
// Newsletter

void generateNewsletter(GenContext& context, Progress& progress, const QVector<CustomerRef>& customers, qint64 guests)
{
    Rng& rng = context.rng();
    QHash<int, int> firstStoreOfWebsite;
    QSet<int> knownStores;
    for (const GenStore& store : context.stores) {
        if (!firstStoreOfWebsite.contains(store.websiteId))
            firstStoreOfWebsite.insert(store.websiteId, store.id);
        knownStores.insert(store.id);
    }
    const int defaultStore = context.stores.isEmpty() ? 0 : context.stores.first().id;

    TableWriter subscriber(context, QStringLiteral("newsletter_subscriber"),
        { QStringLiteral("subscriber_id"), QStringLiteral("store_id"), QStringLiteral("change_status_at"),
            QStringLiteral("customer_id"), QStringLiteral("subscriber_email"), QStringLiteral("subscriber_status"),
            QStringLiteral("subscriber_confirm_code") });
    QVector<qint64> subscribed;
    auto confirmCode = [&rng] {
        QString code;
        for (int i = 0; i < 2; ++i)
            code += QStringLiteral("%1").arg(rng.next(), 16, 16, QLatin1Char('0'));
        return code;
    };
    // Subscribed, not active, unsubscribed, unconfirmed: Magento 1's status codes 1..4.
    auto status = [&rng] {
        const double r = rng.real();
        return r < 0.75 ? 1 : r < 0.9 ? 3 : r < 0.95 ? 2 : 4;
    };
    qint64 done = 0;
    for (const CustomerRef& customer : customers) {
        if (++done % progressEvery == 0)
            progress.step(progressEvery);
        if (!rng.chance(1.0 / 3.0))
            continue;
        const int store = knownStores.contains(customer.storeId)
            ? customer.storeId
            : firstStoreOfWebsite.value(customer.websiteId, defaultStore);
        const qint64 id = context.nextId(QStringLiteral("newsletter_subscriber"), QStringLiteral("subscriber_id"));
        const int state = status();
        subscriber.add({ id, store, timestampBefore(rng, 900), customer.id, customer.email, state, confirmCode() });
        if (state == 1)
            subscribed.push_back(id);
    }
    progress.step(done % progressEvery);
    for (qint64 i = 0; i < guests; ++i) {
        const QString first = rng.pick(words::firstNames());
        const QString last = rng.pick(words::lastNames());
        // Names may be Müller or Zoë; the address itself stays ASCII, as mail servers want it.
        const QString email
            = QStringLiteral("%1.%2.%3@guest.example.org").arg(words::urlKey(first), words::urlKey(last)).arg(i + 1);
        const int store = context.stores.isEmpty() ? 0 : rng.pick(context.stores).id;
        const qint64 id = context.nextId(QStringLiteral("newsletter_subscriber"), QStringLiteral("subscriber_id"));
        const int state = status();
        subscriber.add({ id, store, timestampBefore(rng, 900), 0, email, state, confirmCode() });
        if (state == 1)
            subscribed.push_back(id);
    }
    subscriber.finish();
    progress.step(guests);

    const qint64 templateId = context.nextId(QStringLiteral("newsletter_template"), QStringLiteral("template_id"));
    TableWriter templ(context, QStringLiteral("newsletter_template"),
        { QStringLiteral("template_id"), QStringLiteral("template_code"), QStringLiteral("template_text"),
            QStringLiteral("template_styles"), QStringLiteral("template_type"), QStringLiteral("template_subject"),
            QStringLiteral("template_sender_name"), QStringLiteral("template_sender_email"),
            QStringLiteral("template_actual"), QStringLiteral("added_at"), QStringLiteral("modified_at") });
    const QString text
        = QStringLiteral("<p><img src=\"{{media url=\"wysiwyg/banner-1.jpg\"}}\" alt=\"\" /></p>\n"
                         "<p>Hello! Our summer sale has started – jusqu'à -50 % / bis zu 50 % Rabatt.</p>\n"
                         "{{block type=\"cms/block\" block_id=\"promo_banner\"}}\n"
                         "<p><a href=\"{{var subscriber.getUnsubscriptionLink()}}\">Unsubscribe</a></p>");
    templ.add(
        { templateId, "Summer newsletter 2015", text, "body { font-family: Arial; }", 2, "Summer sale – Soldes d'été",
            "Shop Owner", "owner@m1.example.test", 1, "2015-06-01 09:00:00", "2015-06-02 10:30:00" });
    templ.finish();

    const qint64 queueId = context.nextId(QStringLiteral("newsletter_queue"), QStringLiteral("queue_id"));
    TableWriter queue(context, QStringLiteral("newsletter_queue"),
        { QStringLiteral("queue_id"), QStringLiteral("template_id"), QStringLiteral("newsletter_type"),
            QStringLiteral("newsletter_text"), QStringLiteral("newsletter_styles"),
            QStringLiteral("newsletter_subject"), QStringLiteral("newsletter_sender_name"),
            QStringLiteral("newsletter_sender_email"), QStringLiteral("queue_status"), QStringLiteral("queue_start_at"),
            QStringLiteral("queue_finish_at") });
    queue.add({ queueId, templateId, 2, text, "body { font-family: Arial; }", "Summer sale – Soldes d'été",
        "Shop Owner", "owner@m1.example.test", 2, "2015-06-03 08:00:00", "2015-06-03 08:42:17" });
    queue.finish();
    TableWriter queueStore(context, QStringLiteral("newsletter_queue_store_link"),
        { QStringLiteral("queue_id"), QStringLiteral("store_id") });
    for (const GenStore& store : context.stores)
        queueStore.add({ queueId, store.id });
    queueStore.finish();
    TableWriter queueLink(context, QStringLiteral("newsletter_queue_link"),
        { QStringLiteral("queue_link_id"), QStringLiteral("queue_id"), QStringLiteral("subscriber_id"),
            QStringLiteral("letter_sent_at") });
    const qint64 links = std::min<qint64>(subscribed.size(), 500);
    const qint64 firstLink
        = context.reserveIds(QStringLiteral("newsletter_queue_link"), QStringLiteral("queue_link_id"), links);
    for (qint64 i = 0; i < links; ++i)
        queueLink.add({ firstLink + i, queueId, subscribed[i], "2015-06-03 08:20:00" });
    queueLink.finish();
}

// ---------------------------------------------------------------------------------------------------------------
// Tax

struct TaxRateSpec
{
    const char* code;
    const char* country;
    const char* regionCode; ///< US state, "" for the whole country
    const char* postcode;
    double rate;
    int zipFrom; ///< 0 when not a range
    int zipTo;
};

constexpr TaxRateSpec taxRates[] = {
    { "US-CA-*-Rate 1", "US", "CA", "*", 8.25, 0, 0 },
    { "US-NY-NYC-8.875", "US", "NY", "10001-10292", 8.875, 10001, 10292 },
    { "DE-MwSt-19", "DE", "", "*", 19.0, 0, 0 },
    { "DE-MwSt-7 (ermäßigt)", "DE", "", "*", 7.0, 0, 0 },
    { "FR-TVA-20", "FR", "", "*", 20.0, 0, 0 },
    { "CH-MWST-7.7", "CH", "", "*", 7.7, 0, 0 },
};

struct TaxRuleSpec
{
    const char* code;
    int priority;
    QVector<int> rates; ///< indexes into taxRates
    QStringList customerClasses;
    QStringList productClasses;
};

void generateTax(GenContext& context)
{
    if (!context.hasTable(QStringLiteral("tax_class")) || !context.hasTable(QStringLiteral("tax_calculation_rate"))) {
        context.warn(Content::tr("This database has no tax tables; no tax rules were generated."));
        return;
    }
    Database& db = context.db();

    // Classes by name and type; the install has Taxable Goods, Shipping and Retail Customer.
    QHash<QString, int> classes;
    {
        QSqlQuery rows = db.query(QStringLiteral("SELECT class_id, class_name, class_type FROM %1 ORDER BY class_id")
                                      .arg(context.table(QStringLiteral("tax_class"))));
        while (rows.next())
            classes.insert(
                rows.value(2).toString() + QLatin1Char('/') + rows.value(1).toString(), rows.value(0).toInt());
    }
    TableWriter taxClass(context, QStringLiteral("tax_class"),
        { QStringLiteral("class_id"), QStringLiteral("class_name"), QStringLiteral("class_type") });
    const QPair<const char*, const char*> wantedClasses[]
        = { { "PRODUCT", "Taxable Goods" }, { "PRODUCT", "Reduced Rate" }, { "CUSTOMER", "Retail Customer" },
              { "CUSTOMER", "Wholesale Customer" }, { "CUSTOMER", "Gewerbekunde (B2B, steuerbefreit)" } };
    for (const auto& [type, name] : wantedClasses) {
        const QString key = QString::fromUtf8(type) + QLatin1Char('/') + QString::fromUtf8(name);
        if (classes.contains(key))
            continue;
        const int id = int(context.nextId(QStringLiteral("tax_class"), QStringLiteral("class_id")));
        taxClass.add({ id, QString::fromUtf8(name), QString::fromUtf8(type) });
        classes.insert(key, id);
    }
    taxClass.finish();

    QHash<QString, int> existingRates;
    {
        QSqlQuery rows = db.query(QStringLiteral("SELECT tax_calculation_rate_id, code FROM %1")
                                      .arg(context.table(QStringLiteral("tax_calculation_rate"))));
        while (rows.next())
            existingRates.insert(rows.value(1).toString(), rows.value(0).toInt());
    }
    TableWriter rate(context, QStringLiteral("tax_calculation_rate"),
        { QStringLiteral("tax_calculation_rate_id"), QStringLiteral("tax_country_id"), QStringLiteral("tax_region_id"),
            QStringLiteral("tax_postcode"), QStringLiteral("code"), QStringLiteral("rate"),
            QStringLiteral("zip_is_range"), QStringLiteral("zip_from"), QStringLiteral("zip_to") });
    TableWriter rateTitle(context, QStringLiteral("tax_calculation_rate_title"),
        { QStringLiteral("tax_calculation_rate_title_id"), QStringLiteral("tax_calculation_rate_id"),
            QStringLiteral("store_id"), QStringLiteral("value") });
    QVector<int> rateIds;
    const int frStore = storeByCode(context, QStringLiteral("fr"));
    const int deStore = storeByCode(context, QStringLiteral("de"));
    for (const TaxRateSpec& spec : taxRates) {
        const QString code = QString::fromUtf8(spec.code);
        if (existingRates.contains(code)) {
            rateIds.push_back(existingRates.value(code));
            continue;
        }
        int regionId = 0;
        if (*spec.regionCode) {
            QSqlQuery region = db.query(QStringLiteral("SELECT region_id FROM %1 WHERE country_id = ? AND code = ?")
                                            .arg(context.table(QStringLiteral("directory_country_region"))),
                { QString::fromUtf8(spec.country), QString::fromUtf8(spec.regionCode) });
            regionId = region.next() ? region.value(0).toInt() : 0;
        }
        const int id
            = int(context.nextId(QStringLiteral("tax_calculation_rate"), QStringLiteral("tax_calculation_rate_id")));
        const bool range = spec.zipFrom != 0;
        rate.add({ id, spec.country, regionId, spec.postcode, code, spec.rate, range ? SqlValue(1) : SqlValue(),
            range ? SqlValue(spec.zipFrom) : SqlValue(), range ? SqlValue(spec.zipTo) : SqlValue() });
        rateIds.push_back(id);
        const QString country = QString::fromUtf8(spec.country);
        if (country == QLatin1String("FR") && frStore != 0)
            rateTitle.add({ context.nextId(QStringLiteral("tax_calculation_rate_title"),
                                QStringLiteral("tax_calculation_rate_title_id")),
                id, frStore, QStringLiteral("TVA %1 %").arg(spec.rate) });
        if (country == QLatin1String("DE") && deStore != 0)
            rateTitle.add({ context.nextId(QStringLiteral("tax_calculation_rate_title"),
                                QStringLiteral("tax_calculation_rate_title_id")),
                id, deStore, QStringLiteral("MwSt. %1 %").arg(spec.rate) });
    }
    rate.finish();
    rateTitle.finish();

    const QStringList retail { QStringLiteral("Retail Customer") };
    const QStringList retailAndWholesale { QStringLiteral("Retail Customer"), QStringLiteral("Wholesale Customer") };
    const QStringList taxable { QStringLiteral("Taxable Goods") };
    const TaxRuleSpec rules[] = {
        { "US Sales Tax", 1, { 0, 1 }, retailAndWholesale, taxable },
        { "EU Standard VAT", 1, { 2, 4 }, retail, taxable },
        { "EU Reduced VAT (ermäßigt)", 1, { 3 }, retail, { QStringLiteral("Reduced Rate") } },
        { "Swiss VAT", 1, { 5 }, retailAndWholesale,
            { QStringLiteral("Taxable Goods"), QStringLiteral("Reduced Rate") } },
        { "B2B Germany", 2, { 2 }, { QStringLiteral("Gewerbekunde (B2B, steuerbefreit)") }, taxable },
    };
    TableWriter rule(context, QStringLiteral("tax_calculation_rule"),
        { QStringLiteral("tax_calculation_rule_id"), QStringLiteral("code"), QStringLiteral("priority"),
            QStringLiteral("position"), QStringLiteral("calculate_subtotal") });
    TableWriter calculation(context, QStringLiteral("tax_calculation"),
        { QStringLiteral("tax_calculation_id"), QStringLiteral("tax_calculation_rate_id"),
            QStringLiteral("tax_calculation_rule_id"), QStringLiteral("customer_tax_class_id"),
            QStringLiteral("product_tax_class_id") });
    int position = 1;
    for (const TaxRuleSpec& spec : rules) {
        const QString code = QString::fromUtf8(spec.code);
        if (lookupId(context, QStringLiteral("tax_calculation_rule"), QStringLiteral("tax_calculation_rule_id"),
                QStringLiteral("code"), code)
            != 0)
            continue;
        const int ruleId
            = int(context.nextId(QStringLiteral("tax_calculation_rule"), QStringLiteral("tax_calculation_rule_id")));
        rule.add({ ruleId, code, spec.priority, position++, 0 });
        for (int rateIndex : spec.rates) {
            for (const QString& customerClass : spec.customerClasses) {
                for (const QString& productClass : spec.productClasses) {
                    calculation.add(
                        { context.nextId(QStringLiteral("tax_calculation"), QStringLiteral("tax_calculation_id")),
                            rateIds[rateIndex], ruleId, classes.value(QStringLiteral("CUSTOMER/") + customerClass),
                            classes.value(QStringLiteral("PRODUCT/") + productClass) });
                }
            }
        }
    }
    rule.finish();
    calculation.finish();
}

// ---------------------------------------------------------------------------------------------------------------
// Cart price rules

/** A Magento 1 rule condition as Mage_Rule_Model_Condition_*::asArray() gives it, before serialize(). */
struct RuleCondition
{
    QString type;
    QString attribute; ///< empty for combines
    QString op;
    QString value;
    QString aggregator; ///< set for combines
    QVector<RuleCondition> children;
    /** Writes the value's length in characters instead of UTF-8 bytes, as a table converted from latin1 shows. */
    bool wrongLength = false;

    bool isCombine() const { return !aggregator.isEmpty(); }
};

QByteArray phpString(const QString& text, bool wrongLength = false)
{
    const QByteArray bytes = text.toUtf8();
    const qsizetype length = wrongLength ? text.size() : bytes.size();
    return "s:" + QByteArray::number(length) + ":\"" + bytes + "\";";
}

/** PHP's serialize() of the condition's array, as Magento 1 stores it in conditions_serialized. */
QByteArray phpSerialize(const RuleCondition& condition)
{
    QByteArray out;
    if (condition.isCombine()) {
        out += "a:" + QByteArray::number(condition.children.isEmpty() ? 6 : 7) + ":{";
        out += phpString(QStringLiteral("type")) + phpString(condition.type);
        out += phpString(QStringLiteral("attribute")) + "N;";
        out += phpString(QStringLiteral("operator")) + "N;";
        out += phpString(QStringLiteral("value"))
            + phpString(condition.value.isEmpty() ? QStringLiteral("1") : condition.value);
        out += phpString(QStringLiteral("is_value_processed")) + "N;";
        out += phpString(QStringLiteral("aggregator")) + phpString(condition.aggregator);
        if (!condition.children.isEmpty()) {
            out += phpString(QStringLiteral("conditions")) + "a:" + QByteArray::number(condition.children.size())
                + ":{";
            for (int i = 0; i < condition.children.size(); ++i)
                out += "i:" + QByteArray::number(i) + ";" + phpSerialize(condition.children[i]);
            out += "}";
        }
        out += "}";
        return out;
    }
    out += "a:5:{";
    out += phpString(QStringLiteral("type")) + phpString(condition.type);
    out += phpString(QStringLiteral("attribute")) + phpString(condition.attribute);
    out += phpString(QStringLiteral("operator")) + phpString(condition.op);
    out += phpString(QStringLiteral("value")) + phpString(condition.value, condition.wrongLength);
    out += phpString(QStringLiteral("is_value_processed")) + "b:0;";
    out += "}";
    return out;
}

RuleCondition combine(const QString& type, QVector<RuleCondition> children = {},
    const QString& aggregator = QStringLiteral("all"), const QString& value = QStringLiteral("1"))
{
    return RuleCondition { type, {}, {}, value, aggregator, std::move(children), false };
}

RuleCondition leaf(
    const QString& type, const QString& attribute, const QString& op, const QString& value, bool wrongLength = false)
{
    return RuleCondition { type, attribute, op, value, {}, {}, wrongLength };
}

struct CartRuleSpec
{
    QString name;
    QString description;
    SqlValue fromDate;
    SqlValue toDate;
    bool active = true;
    RuleCondition conditions;
    RuleCondition actions;
    QString simpleAction; ///< by_percent, by_fixed, cart_fixed, buy_x_get_y
    double discount = 0;
    int discountStep = 0;
    int freeShipping = 0;
    int couponType = 1; ///< 1 no coupon, 2 specific, 3 auto
    bool autoGeneration = false;
    QString couponCode;
    int generatedCoupons = 0;
    int timesUsed = 0;
    bool allWebsites = true;
    QVector<int> groups; ///< empty: every group
    QStringList productAttributes;
    QMap<QString, QString> labels; ///< store code ("" = all) -> label
};

void generateCartRules(GenContext& context)
{
    if (!context.hasTable(QStringLiteral("salesrule"))) {
        context.warn(Content::tr("This database has no salesrule table; no cart price rules were generated."));
        return;
    }
    Rng& rng = context.rng();
    QVector<int> groups;
    int wholesale = 0;
    {
        QSqlQuery rows = context.db().query(
            QStringLiteral("SELECT customer_group_id, customer_group_code FROM %1 ORDER BY customer_group_id")
                .arg(context.table(QStringLiteral("customer_group"))));
        while (rows.next()) {
            groups.push_back(rows.value(0).toInt());
            if (rows.value(1).toString().compare(QLatin1String("Wholesale"), Qt::CaseInsensitive) == 0)
                wholesale = rows.value(0).toInt();
        }
    }
    QStringList categories;
    for (qint64 id : context.categoryIds.mid(0, 3))
        categories << QString::number(id);
    if (categories.isEmpty()) {
        QSqlQuery rows
            = context.db().query(QStringLiteral("SELECT entity_id FROM %1 WHERE level >= 2 ORDER BY entity_id LIMIT 3")
                                     .arg(context.table(QStringLiteral("catalog_category_entity"))));
        while (rows.next())
            categories << rows.value(0).toString();
    }
    if (categories.isEmpty())
        categories << QStringLiteral("3");

    const QString combineType = QStringLiteral("salesrule/rule_condition_combine");
    const QString productCombine = QStringLiteral("salesrule/rule_condition_product_combine");
    const QString found = QStringLiteral("salesrule/rule_condition_product_found");
    const QString address = QStringLiteral("salesrule/rule_condition_address");
    const QString product = QStringLiteral("salesrule/rule_condition_product");

    QVector<CartRuleSpec> rules;
    {
        CartRuleSpec r;
        r.name = QStringLiteral("10% off orders over 100");
        r.description = QStringLiteral("Automatic discount, no coupon.");
        r.fromDate = "2015-01-01";
        r.conditions = combine(combineType,
            { leaf(address, QStringLiteral("base_subtotal"), QStringLiteral(">="), QStringLiteral("100")) });
        r.actions = combine(productCombine);
        r.simpleAction = QStringLiteral("by_percent");
        r.discount = 10;
        r.timesUsed = 1287;
        r.labels
            = { { QString(), QStringLiteral("10% off") }, { QStringLiteral("fr"), QStringLiteral("10 % de remise") },
                  { QStringLiteral("de"), QStringLiteral("10 % Rabatt") } };
        rules.push_back(r);
    }
    {
        CartRuleSpec r;
        r.name = QStringLiteral("Summer sale – 15 % auf Sommermode");
        r.fromDate = "2015-06-01";
        r.toDate = "2015-08-31";
        r.conditions = combine(combineType,
            { combine(found,
                { leaf(product, QStringLiteral("category_ids"), QStringLiteral("=="),
                    categories.join(QStringLiteral(", "))) }) });
        r.actions = combine(productCombine,
            { leaf(product, QStringLiteral("category_ids"), QStringLiteral("()"), categories.join(QLatin1Char(','))) });
        r.simpleAction = QStringLiteral("by_percent");
        r.discount = 15;
        r.couponType = 2;
        r.couponCode = QStringLiteral("SUMMER15");
        r.timesUsed = 412;
        r.allWebsites = false;
        r.productAttributes = { QStringLiteral("category_ids") };
        r.labels = { { QString(), QStringLiteral("Summer sale") },
            { QStringLiteral("fr"), QStringLiteral("Soldes d'été") } };
        rules.push_back(r);
    }
    {
        CartRuleSpec r;
        r.name = QStringLiteral("Free shipping over 75 USD (US only)");
        r.fromDate = "2014-03-01";
        r.conditions = combine(combineType,
            { leaf(address, QStringLiteral("base_subtotal"), QStringLiteral(">"), QStringLiteral("75")),
                leaf(address, QStringLiteral("country_id"), QStringLiteral("=="), QStringLiteral("US")) });
        r.actions = combine(productCombine);
        r.simpleAction = QStringLiteral("by_percent");
        r.freeShipping = 2;
        r.allWebsites = false;
        r.labels = { { QString(), QStringLiteral("Free shipping") } };
        rules.push_back(r);
    }
    {
        // The broken one: the value's length counts characters, so PHP's unserialize() fails on "Größe".
        CartRuleSpec r;
        r.name = QStringLiteral("3 für 2 – Größe M");
        r.fromDate = "2015-02-01";
        r.conditions = combine(combineType);
        r.actions = combine(productCombine,
            { leaf(product, QStringLiteral("name"), QStringLiteral("{}"), QStringLiteral("Größe M"), true) });
        r.simpleAction = QStringLiteral("buy_x_get_y");
        r.discount = 1;
        r.discountStep = 3;
        r.productAttributes = { QStringLiteral("name") };
        r.labels = { { QStringLiteral("de"), QStringLiteral("3 für 2") } };
        rules.push_back(r);
    }
    {
        CartRuleSpec r;
        r.name = QStringLiteral("Newsletter welcome 5 €");
        r.description = QStringLiteral("One code per new subscriber, generated in the admin.");
        r.fromDate = "2015-01-15";
        r.conditions = combine(combineType,
            { leaf(address, QStringLiteral("base_subtotal"), QStringLiteral(">="), QStringLiteral("30")) });
        r.actions = combine(productCombine);
        r.simpleAction = QStringLiteral("cart_fixed");
        r.discount = 5;
        r.couponType = 2;
        r.autoGeneration = true;
        r.generatedCoupons = 25;
        r.labels = { { QString(), QStringLiteral("Welcome gift") },
            { QStringLiteral("fr"), QStringLiteral("Cadeau de bienvenue") } };
        rules.push_back(r);
    }
    {
        CartRuleSpec r;
        r.name = QStringLiteral("Wholesale 20 %");
        r.fromDate = "2013-01-01";
        r.toDate = "2014-12-31";
        r.active = false;
        r.conditions = combine(combineType,
            { leaf(address, QStringLiteral("total_qty"), QStringLiteral(">="), QStringLiteral("10")),
                leaf(address, QStringLiteral("weight"), QStringLiteral(">"), QStringLiteral("20")) },
            QStringLiteral("any"));
        r.actions = combine(productCombine);
        r.simpleAction = QStringLiteral("by_percent");
        r.discount = 20;
        if (wholesale != 0)
            r.groups = { wholesale };
        rules.push_back(r);
    }
    {
        // An admin once cleared the date field in a way that left a zero date behind.
        CartRuleSpec r;
        r.name = QStringLiteral("Black Friday 2014");
        r.fromDate = SqlValue::raw(QStringLiteral("'0000-00-00'"));
        r.toDate = "2014-11-30";
        r.conditions = combine(combineType);
        r.actions = combine(productCombine);
        r.simpleAction = QStringLiteral("by_percent");
        r.discount = 25;
        r.couponType = 2;
        r.couponCode = QStringLiteral("BLACKFRIDAY");
        r.timesUsed = 2031;
        r.labels = { { QString(), QStringLiteral("Black Friday") } };
        rules.push_back(r);
        context.noteMess(Content::tr("cart price rule with a zero date"), 1);
    }
    {
        CartRuleSpec r;
        r.name = QStringLiteral("Fidélité – 5 € de remise");
        r.fromDate = "2015-09-01";
        r.conditions = combine(combineType);
        r.actions = combine(
            productCombine, { leaf(product, QStringLiteral("price"), QStringLiteral(">="), QStringLiteral("20")) });
        r.simpleAction = QStringLiteral("by_fixed");
        r.discount = 5;
        r.allWebsites = false;
        r.productAttributes = { QStringLiteral("price") };
        r.labels = { { QStringLiteral("fr"), QStringLiteral("Fidélité : 5 € offerts") } };
        rules.push_back(r);
    }
    context.noteMess(Content::tr("cart price rule with broken serialized conditions"), 1);

    TableWriter rule(context, QStringLiteral("salesrule"),
        { QStringLiteral("rule_id"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("from_date"),
            QStringLiteral("to_date"), QStringLiteral("uses_per_customer"), QStringLiteral("is_active"),
            QStringLiteral("conditions_serialized"), QStringLiteral("actions_serialized"),
            QStringLiteral("stop_rules_processing"), QStringLiteral("is_advanced"), QStringLiteral("sort_order"),
            QStringLiteral("simple_action"), QStringLiteral("discount_amount"), QStringLiteral("discount_qty"),
            QStringLiteral("discount_step"), QStringLiteral("simple_free_shipping"),
            QStringLiteral("apply_to_shipping"), QStringLiteral("times_used"), QStringLiteral("is_rss"),
            QStringLiteral("coupon_type"), QStringLiteral("use_auto_generation"), QStringLiteral("uses_per_coupon") });
    TableWriter website(
        context, QStringLiteral("salesrule_website"), { QStringLiteral("rule_id"), QStringLiteral("website_id") });
    TableWriter group(context, QStringLiteral("salesrule_customer_group"),
        { QStringLiteral("rule_id"), QStringLiteral("customer_group_id") });
    TableWriter label(context, QStringLiteral("salesrule_label"),
        { QStringLiteral("label_id"), QStringLiteral("rule_id"), QStringLiteral("store_id"), QStringLiteral("label") });
    // Ignore: coupon codes are unique across rules, and a second run makes the same codes again.
    TableWriter coupon(context, QStringLiteral("salesrule_coupon"),
        { QStringLiteral("coupon_id"), QStringLiteral("rule_id"), QStringLiteral("code"), QStringLiteral("usage_limit"),
            QStringLiteral("usage_per_customer"), QStringLiteral("times_used"), QStringLiteral("expiration_date"),
            QStringLiteral("is_primary"), QStringLiteral("created_at"), QStringLiteral("type") },
        TableWriter::OnDuplicate::Ignore);
    TableWriter productAttribute(context, QStringLiteral("salesrule_product_attribute"),
        { QStringLiteral("rule_id"), QStringLiteral("website_id"), QStringLiteral("customer_group_id"),
            QStringLiteral("attribute_id") },
        TableWriter::OnDuplicate::Ignore);

    int sortOrder = 0;
    for (const CartRuleSpec& spec : rules) {
        const qint64 ruleId = context.nextId(QStringLiteral("salesrule"), QStringLiteral("rule_id"));
        rule.add({ ruleId, spec.name, spec.description.isEmpty() ? SqlValue() : SqlValue(spec.description),
            spec.fromDate, spec.toDate, spec.couponType == 2 ? 1 : 0, spec.active,
            QString::fromUtf8(phpSerialize(spec.conditions)), QString::fromUtf8(phpSerialize(spec.actions)),
            sortOrder % 2 == 0 ? 0 : 1, 1, sortOrder++, spec.simpleAction, spec.discount, SqlValue(), spec.discountStep,
            spec.freeShipping, 0, spec.timesUsed, 1, spec.couponType, spec.autoGeneration,
            spec.autoGeneration ? 1 : 0 });

        QVector<int> websiteIds;
        for (const GenWebsite& w : context.websites) {
            if (spec.allWebsites || websiteIds.isEmpty())
                websiteIds.push_back(w.id);
        }
        if (websiteIds.isEmpty())
            websiteIds.push_back(1);
        for (int w : websiteIds)
            website.add({ ruleId, w });
        const QVector<int> ruleGroups = spec.groups.isEmpty() ? groups : spec.groups;
        for (int g : ruleGroups)
            group.add({ ruleId, g });
        for (const QString& code : spec.productAttributes) {
            const int attributeId = context.attributeId(QStringLiteral("catalog_product"), code);
            if (attributeId == 0)
                continue;
            for (int w : websiteIds) {
                for (int g : ruleGroups)
                    productAttribute.add({ ruleId, w, g, attributeId });
            }
        }
        for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it) {
            const int store = it.key().isEmpty() ? 0 : storeByCode(context, it.key());
            if (!it.key().isEmpty() && store == 0)
                continue;
            label.add({ context.nextId(QStringLiteral("salesrule_label"), QStringLiteral("label_id")), ruleId, store,
                it.value() });
        }
        if (!spec.couponCode.isEmpty()) {
            coupon.add({ context.nextId(QStringLiteral("salesrule_coupon"), QStringLiteral("coupon_id")), ruleId,
                spec.couponCode, SqlValue(), 1, spec.timesUsed,
                spec.toDate.isNull() ? SqlValue() : SqlValue(QStringLiteral("2015-12-31 23:59:59")), 1,
                "2014-10-01 10:00:00", 0 });
        }
        for (int i = 0; i < spec.generatedCoupons; ++i) {
            static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
            QString code = QStringLiteral("NL-");
            for (int c = 0; c < 8; ++c)
                code += alphabet[int(rng.range(0, alphabet.size() - 1))];
            coupon.add({ context.nextId(QStringLiteral("salesrule_coupon"), QStringLiteral("coupon_id")), ruleId, code,
                1, 1, rng.chance(0.3) ? 1 : 0, "2016-12-31 23:59:59", SqlValue(), timestampBefore(rng, 400), 1 });
        }
    }
    rule.finish();
    website.finish();
    group.finish();
    label.finish();
    coupon.finish();
    productAttribute.finish();
}

} // namespace

void generateContent(GenContext& context)
{
    const QVector<ProductRef> products = loadProducts(context);
    const QVector<CustomerRef> customers = loadCustomers(context);
    const qint64 reviews = products.isEmpty() ? 0 : std::clamp<qint64>(products.size() / 3, 1, maxReviews);
    const qint64 guests = 5 + customers.size() / 20;
    Progress progress { context, reviews + customers.size() + guests + 3, 0 };
    context.progress(area, 0, progress.total);

    if (reviews > 0)
        generateReviews(context, progress, products, customers, reviews);
    generateCms(context);
    progress.step();
    generateNewsletter(context, progress, customers, guests);
    generateTax(context);
    progress.step();
    generateCartRules(context);
    progress.step();
}

} // namespace cutover
