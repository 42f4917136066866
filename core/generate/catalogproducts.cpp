#include "catalogbuilder.h"

#include "words.h"

namespace cutover::catalog {

// ---------------------------------------------------------------------------------------------------------
// Products

void CatalogBuilder::openProductWriters()
{
    auto open = [this](const char* table, std::initializer_list<const char*> cols) {
        return std::make_unique<TableWriter>(m_ctx, QString::fromLatin1(table), columns(cols));
    };
    m_values = std::make_unique<ValueTables>(
        m_ctx, QStringLiteral("catalog_product_entity"), QStringLiteral("catalog_product"));
    m_entities = open("catalog_product_entity",
        { "entity_id", "entity_type_id", "attribute_set_id", "type_id", "sku", "has_options", "required_options",
            "created_at", "updated_at" });
    m_websites = open("catalog_product_website", { "product_id", "website_id" });
    m_categoryProducts = open("catalog_category_product", { "category_id", "product_id", "position" });
    m_stockItems = open("cataloginventory_stock_item",
        { "product_id", "stock_id", "qty", "min_qty", "use_config_min_qty", "is_qty_decimal", "backorders",
            "use_config_backorders", "min_sale_qty", "use_config_min_sale_qty", "max_sale_qty",
            "use_config_max_sale_qty", "is_in_stock", "use_config_notify_stock_qty", "manage_stock",
            "use_config_manage_stock" });
    if (m_ctx.hasTable(QStringLiteral("cataloginventory_stock_status")))
        m_stockStatus
            = open("cataloginventory_stock_status", { "product_id", "website_id", "stock_id", "qty", "stock_status" });
    if (m_ctx.hasTable(QStringLiteral("catalog_product_entity_group_price")))
        m_groupPrices = open("catalog_product_entity_group_price",
            { "entity_id", "all_groups", "customer_group_id", "value", "website_id" });
    m_tierPrices = open("catalog_product_entity_tier_price",
        { "entity_id", "all_groups", "customer_group_id", "qty", "value", "website_id" });
    m_gallery = open("catalog_product_entity_media_gallery", { "value_id", "attribute_id", "entity_id", "value" });
    m_galleryValues = open(
        "catalog_product_entity_media_gallery_value", { "value_id", "store_id", "label", "position", "disabled" });
    m_rewrites = open("core_url_rewrite",
        { "store_id", "id_path", "request_path", "target_path", "is_system", "options", "description", "category_id",
            "product_id" });
    m_relations = open("catalog_product_relation", { "parent_id", "child_id" });
    m_superAttributes = open(
        "catalog_product_super_attribute", { "product_super_attribute_id", "product_id", "attribute_id", "position" });
    m_superLabels = open(
        "catalog_product_super_attribute_label", { "product_super_attribute_id", "store_id", "use_default", "value" });
    m_superPricing = open("catalog_product_super_attribute_pricing",
        { "product_super_attribute_id", "value_index", "is_percent", "pricing_value", "website_id" });
    m_superLinks = open("catalog_product_super_link", { "product_id", "parent_id" });
    m_bundleOptions
        = open("catalog_product_bundle_option", { "option_id", "parent_id", "required", "position", "type" });
    m_bundleOptionValues = open("catalog_product_bundle_option_value", { "option_id", "store_id", "title" });
    m_bundleSelections = open("catalog_product_bundle_selection",
        { "option_id", "parent_product_id", "product_id", "position", "is_default", "selection_price_type",
            "selection_price_value", "selection_qty", "selection_can_change_qty" });
    m_links = open("catalog_product_link", { "link_id", "product_id", "linked_product_id", "link_type_id" });
    if (!m_linkPositionTable.isEmpty())
        m_linkInts = std::make_unique<TableWriter>(
            m_ctx, m_linkPositionTable, columns({ "product_link_attribute_id", "link_id", "value" }));
    if (!m_linkQtyTable.isEmpty())
        m_linkDecimals = std::make_unique<TableWriter>(
            m_ctx, m_linkQtyTable, columns({ "product_link_attribute_id", "link_id", "value" }));
    m_dlLinks = open("downloadable_link",
        { "link_id", "product_id", "sort_order", "number_of_downloads", "is_shareable", "link_url", "link_file",
            "link_type", "sample_url", "sample_file", "sample_type" });
    m_dlLinkTitles = open("downloadable_link_title", { "link_id", "store_id", "title" });
    m_dlLinkPrices = open("downloadable_link_price", { "link_id", "website_id", "price" });
    m_dlSamples = open(
        "downloadable_sample", { "sample_id", "product_id", "sample_url", "sample_file", "sample_type", "sort_order" });
    m_dlSampleTitles = open("downloadable_sample_title", { "sample_id", "store_id", "title" });

    ValueTables& v = *m_values;
    m_pa = ProductAttrs { v.resolve("name"), v.resolve("description"), v.resolve("short_description"),
        v.resolve("url_key"), v.resolve("url_path"), v.resolve("price"), v.resolve("special_price"),
        v.resolve("special_from_date"), v.resolve("special_to_date"), v.resolve("cost"), v.resolve("weight"),
        v.resolve("status"), v.resolve("visibility"), v.resolve("tax_class_id"), v.resolve("meta_title"),
        v.resolve("meta_keyword"), v.resolve("meta_description"), v.resolve("image"), v.resolve("small_image"),
        v.resolve("thumbnail"), v.resolve("image_label"), v.resolve("news_from_date"), v.resolve("options_container"),
        v.resolve("color"), v.resolve("size"), v.resolve("material"), v.resolve("care_instructions"),
        v.resolve("features"), v.resolve("handling_fee"), v.resolve("release_date"), v.resolve("is_eco_friendly"),
        v.resolve("price_type"), v.resolve("sku_type"), v.resolve("weight_type"), v.resolve("shipment_type"),
        v.resolve("price_view"), v.resolve("links_purchased_separately"), v.resolve("links_title"),
        v.resolve("samples_title"), v.resolve("links_exist"), {} };
    m_pa.mediaGallery.id = m_ctx.attributeId(QStringLiteral("catalog_product"), QStringLiteral("media_gallery"));
}

void CatalogBuilder::finishProductWriters()
{
    m_values->finish();
    for (auto* writer : { &m_entities, &m_websites, &m_categoryProducts, &m_stockItems, &m_stockStatus, &m_groupPrices,
             &m_tierPrices, &m_gallery, &m_galleryValues, &m_rewrites, &m_relations, &m_superAttributes, &m_superLabels,
             &m_superPricing, &m_superLinks, &m_bundleOptions, &m_bundleOptionValues, &m_bundleSelections, &m_links,
             &m_linkInts, &m_linkDecimals, &m_dlLinks, &m_dlLinkTitles, &m_dlLinkPrices, &m_dlSamples,
             &m_dlSampleTitles }) {
        if (*writer)
            (*writer)->finish();
    }
}

void CatalogBuilder::generateProducts()
{
    openProductWriters();
    // The planned mess, drawn up front so that its size does not depend on the product mix.
    const qint64 few = qMax<qint64>(2, m_total / 250);
    m_missingImageOrdinals = pickOrdinals(few, m_total);
    m_zeroDateOrdinals = pickOrdinals(few, m_total);
    m_clashOrdinals = pickOrdinals(few, m_total);

    // The first units make one product of every type so that even a tiny store has them all.
    static const char* const opening[]
        = { "simple", "simple", "simple", "configurable", "bundle", "grouped", "virtual", "downloadable" };
    struct Weighted
    {
        const char* type;
        int weight;
    };
    static const Weighted mix[] = { { "simple", 55 }, { "configurable", 6 }, { "bundle", 4 }, { "grouped", 4 },
        { "virtual", 8 }, { "downloadable", 6 } };
    int unit = 0;
    qint64 nextReport = 0;
    m_ctx.progress(QStringLiteral("catalog"), 0, m_total);
    while (m_made < m_total) {
        const char* type = nullptr;
        if (unit < int(std::size(opening))) {
            type = opening[unit];
        } else {
            int roll = int(m_rng.range(0, 82));
            for (const Weighted& w : mix) {
                if (roll < w.weight) {
                    type = w.type;
                    break;
                }
                roll -= w.weight;
            }
        }
        ++unit;
        const QLatin1String kind(type);
        const qint64 remaining = m_total - m_made;
        if (kind == QLatin1String("configurable") && remaining >= 3)
            makeConfigurable(m_made);
        else if (kind == QLatin1String("bundle") && m_simplePool.size() >= 3)
            makeBundle(m_made);
        else if (kind == QLatin1String("grouped") && m_simplePool.size() >= 3)
            makeGrouped(m_made);
        else if (kind == QLatin1String("downloadable"))
            makeDownloadable(m_made);
        else if (kind == QLatin1String("virtual")) {
            Draft d = draft("virtual", m_made);
            writeProduct(d);
        } else {
            Draft d = draft("simple", m_made);
            writeProduct(d);
            m_simplePool.push_back(d.id);
        }
        if (m_made >= nextReport) {
            m_ctx.progress(QStringLiteral("catalog"), m_made, m_total);
            nextReport = m_made + 500;
        }
    }
    writeCustomRedirects();
    writeOrphans();
    finishProductWriters();
    m_ctx.progress(QStringLiteral("catalog"), m_total, m_total);

    m_ctx.noteMess(tr("product URL keys in store fr equal to another product's default URL key"), m_clashes);
    m_ctx.noteMess(tr("zero dates in product special_from_date"), m_zeroDates);
    m_ctx.noteMess(tr("product names with non-ASCII letters"), m_nonAscii);
    if (m_media.enabled())
        m_ctx.noteMess(tr("gallery images missing on disk"), m_missingImages);
    m_ctx.mediaFilesWritten += m_media.filesWritten();
}

QVector<int> CatalogBuilder::pickWebsites()
{
    const double roll = m_rng.real();
    if (roll < 0.8)
        return { m_ctx.websites[0].id, m_ctx.websites[1].id };
    if (roll < 0.95)
        return { m_ctx.websites[0].id };
    return { m_ctx.websites[1].id };
}

Draft CatalogBuilder::draft(const char* type, qint64 ordinal)
{
    Draft d;
    d.id = m_ctx.nextId(QStringLiteral("catalog_product_entity"), QStringLiteral("entity_id"));
    d.ordinal = ordinal;
    d.type = QString::fromLatin1(type);
    d.name = m_rng.pick(words::adjectives()) + QLatin1Char(' ') + m_rng.pick(words::nouns());
    d.sku = QStringLiteral("%1-%2").arg(d.type.left(3).toUpper()).arg(d.id, 6, 10, QLatin1Char('0'));
    d.price = m_rng.money(4.99, 499.0);
    d.weight = m_rng.money(0.1, 25.0);
    d.hasWeight = d.type == QLatin1String("simple") || d.type == QLatin1String("configurable");
    d.websiteIds = pickWebsites();
    d.createdAt = timestamp(2013, 4);
    const double roll = m_rng.real();
    if (d.type == QLatin1String("downloadable"))
        d.setId = m_digitalSet;
    else if (d.type == QLatin1String("configurable"))
        d.setId = m_clothingSet;
    else
        d.setId = roll < 0.4 ? m_defaultSet : roll < 0.7 ? m_clothingSet : m_electronicsSet;
    return d;
}

void CatalogBuilder::writeProduct(Draft& p)
{
    ValueTables& v = *m_values;
    const bool child = p.parentId != 0;
    const bool configurable = p.type == QLatin1String("configurable");
    const bool bundle = p.type == QLatin1String("bundle");
    const bool grouped = p.type == QLatin1String("grouped");
    const bool downloadable = p.type == QLatin1String("downloadable");
    const bool hasOptions = configurable || bundle || downloadable;
    m_entities->add({ p.id, m_productType, p.setId, p.type, p.sku, hasOptions ? 1 : 0, hasOptions ? 1 : 0, p.createdAt,
        p.createdAt });
    ++m_made;

    // Names, descriptions and URL keys: the admin values, then translations in the French and German views.
    for (QChar c : p.name) {
        if (c.unicode() > 127) {
            ++m_nonAscii;
            break;
        }
    }
    const QString idText = QString::number(p.id);
    const QString urlKey = words::urlKey(p.name) + QLatin1Char('-') + idText;
    v.put(m_pa.name, 0, p.id, p.name);
    v.put(m_pa.description, 0, p.id, words::paragraph(m_rng, int(m_rng.range(2, 4))));
    v.put(m_pa.shortDescription, 0, p.id, words::sentence(m_rng, int(m_rng.range(6, 12))));
    v.put(m_pa.urlKey, 0, p.id, urlKey);
    v.put(m_pa.urlPath, 0, p.id, urlKey + QStringLiteral(".html"));
    v.put(m_pa.metaTitle, 0, p.id, p.name);
    v.put(m_pa.metaKeyword, 0, p.id, p.name.toLower().replace(QLatin1Char(' '), QStringLiteral(", ")));
    v.put(m_pa.metaDescription, 0, p.id, words::sentence(m_rng, 10));
    v.put(m_pa.status, 0, p.id, m_rng.chance(0.97) ? 1 : 2);
    v.put(m_pa.visibility, 0, p.id, p.visibility);
    v.put(m_pa.taxClass, 0, p.id, downloadable || m_rng.chance(0.05) ? 0 : m_taxClass);
    v.put(m_pa.optionsContainer, 0, p.id, "container2");
    QString frKey;
    QString deKey;
    if (!child && m_rng.chance(0.7)) {
        const QString frName = QStringLiteral("%1 – édition française").arg(p.name);
        const QString deName = QStringLiteral("%1 – Qualitätsware").arg(p.name);
        frKey = words::urlKey(frName) + QLatin1Char('-') + idText;
        deKey = words::urlKey(deName) + QLatin1Char('-') + idText;
        v.put(m_pa.name, m_storeFr, p.id, frName);
        v.put(m_pa.name, m_storeDe, p.id, deName);
        v.put(m_pa.description, m_storeFr, p.id, words::paragraph(m_rng, 2));
        v.put(m_pa.description, m_storeDe, p.id, words::paragraph(m_rng, 2));
    }
    if (m_clashOrdinals.contains(p.ordinal))
        ++m_pendingClashes;
    if (!child && m_pendingClashes > 0 && !m_defaultUrlKeys.isEmpty()) {
        --m_pendingClashes;
        // An old import gave this product, in French, the URL key another product has by default.
        frKey = m_defaultUrlKeys[m_rng.range(0, m_defaultUrlKeys.size() - 1)].second;
        ++m_clashes;
    }
    if (!frKey.isEmpty()) {
        v.put(m_pa.urlKey, m_storeFr, p.id, frKey);
        v.put(m_pa.urlPath, m_storeFr, p.id, frKey + QStringLiteral(".html"));
    }
    if (!deKey.isEmpty()) {
        v.put(m_pa.urlKey, m_storeDe, p.id, deKey);
        v.put(m_pa.urlPath, m_storeDe, p.id, deKey + QStringLiteral(".html"));
    }

    if (m_zeroDateOrdinals.contains(p.ordinal))
        ++m_pendingZeroDates;

    // Prices. Bundles with a dynamic price and grouped products have none of their own.
    const bool dynamicBundle = bundle && m_rng.chance(0.5);
    if (!grouped && !dynamicBundle) {
        v.put(m_pa.price, 0, p.id, p.price);
        if (m_rng.chance(0.6))
            v.put(m_pa.cost, 0, p.id, p.price * 0.55);
        const bool zeroDate = m_pendingZeroDates > 0;
        if (zeroDate || m_rng.chance(0.15)) {
            v.put(m_pa.specialPrice, 0, p.id, double(qint64(p.price * 80)) / 100.0);
            if (zeroDate) {
                v.put(m_pa.specialFrom, 0, p.id, SqlValue::raw(QStringLiteral("'0000-00-00 00:00:00'")));
                ++m_zeroDates;
                --m_pendingZeroDates;
            } else {
                v.put(m_pa.specialFrom, 0, p.id, timestamp(2014, 2).left(10) + QStringLiteral(" 00:00:00"));
            }
            v.put(m_pa.specialTo, 0, p.id, timestamp(2016, 3).left(10) + QStringLiteral(" 00:00:00"));
        }
        if (!child && m_rng.chance(0.15)) {
            m_tierPrices->add({ p.id, 1, 0, 5.0, double(qint64(p.price * 95)) / 100.0, 0 });
            m_tierPrices->add({ p.id, 1, 0, 10.0, double(qint64(p.price * 90)) / 100.0, 0 });
        }
        if (m_groupPrices && !child && m_rng.chance(0.1))
            m_groupPrices->add({ p.id, 0, m_rng.pick(m_customerGroups), double(qint64(p.price * 85)) / 100.0, 0 });
    }
    if (bundle) {
        v.put(m_pa.priceType, 0, p.id, dynamicBundle ? 0 : 1);
        v.put(m_pa.skuType, 0, p.id, 0);
        v.put(m_pa.weightType, 0, p.id, 0);
        v.put(m_pa.shipmentType, 0, p.id, 0);
        v.put(m_pa.priceView, 0, p.id, 0);
    }
    if (p.hasWeight)
        v.put(m_pa.weight, 0, p.id, p.weight);
    if (m_rng.chance(0.1))
        v.put(m_pa.newsFrom, 0, p.id, p.createdAt.left(10) + QStringLiteral(" 00:00:00"));

    // Custom attributes, on some products only, as merchants fill them.
    if (p.colorOption)
        v.put(m_pa.color, 0, p.id, p.colorOption);
    if (p.sizeOption)
        v.put(m_pa.size, 0, p.id, p.sizeOption);
    if (m_rng.chance(0.5)) {
        v.put(m_pa.material, 0, p.id, m_rng.pick(words::loremWords()));
        v.put(m_pa.material, m_storeFr, p.id, QStringLiteral("Coton bio – %1").arg(m_rng.pick(words::loremWords())));
    }
    if (m_rng.chance(0.4))
        v.put(m_pa.care, 0, p.id, words::paragraph(m_rng, 1));
    if (m_rng.chance(0.4)) {
        const QVector<Option>& features = m_options[QStringLiteral("features")];
        QStringList ids;
        for (const Option& option : features) {
            if (m_rng.chance(0.4))
                ids << QString::number(option.id);
        }
        if (!ids.isEmpty())
            v.put(m_pa.features, 0, p.id, ids.join(QLatin1Char(',')));
    }
    if (m_rng.chance(0.2))
        v.put(m_pa.handlingFee, 0, p.id, m_rng.money(1, 15));
    if (m_rng.chance(0.3))
        v.put(m_pa.releaseDate, 0, p.id, timestamp(2012, 5).left(10) + QStringLiteral(" 00:00:00"));
    if (m_rng.chance(0.5))
        v.put(m_pa.eco, 0, p.id, m_rng.chance(0.5) ? 1 : 0);

    // Websites, categories of the trees those websites show, stock.
    for (int website : std::as_const(p.websiteIds))
        m_websites->add({ p.id, website });
    QVector<int> categories;
    if (!child) {
        for (int website : std::as_const(p.websiteIds)) {
            const Root& root = m_roots[rootIndexOfWebsite(website)];
            const int count = int(m_rng.range(1, 2));
            for (int i = 0; i < count; ++i) {
                const int index = root.categories[m_rng.range(0, root.categories.size() - 1)];
                if (categories.contains(index))
                    continue;
                categories << index;
                m_categoryProducts->add({ m_categories[index].id, p.id, int(m_rng.range(0, 20)) });
            }
        }
    }
    const bool container = configurable || bundle || grouped;
    const double qty = container ? 0.0 : double(m_rng.range(0, 500));
    const bool inStock = container || qty > 0;
    m_stockItems->add({ p.id, m_stockId, qty, 0.0, 1, 0, 0, 1, 1.0, 1, 0.0, 1, inStock ? 1 : 0, 1,
        p.type == QLatin1String("virtual") || downloadable ? 0 : 1, 1 });
    if (m_stockStatus) {
        for (int website : std::as_const(p.websiteIds))
            m_stockStatus->add({ p.id, website, m_stockId, qty, inStock ? 1 : 0 });
    }

    writeGallery(p);

    // URL rewrites in every store view that shows the product.
    if (p.visibility != 1) {
        m_defaultUrlKeys.push_back({ p.id, urlKey });
        for (const GenStore& store : std::as_const(m_ctx.stores)) {
            if (!p.websiteIds.contains(store.websiteId))
                continue;
            const QString key = store.id == m_storeFr && !frKey.isEmpty() ? frKey
                : store.id == m_storeDe && !deKey.isEmpty()               ? deKey
                                                                          : urlKey;
            addRewrite(store.id, QStringLiteral("product/") + idText, key + QStringLiteral(".html"),
                QStringLiteral("catalog/product/view/id/") + idText, 0, p.id);
            const int rootIndex = rootIndexOfWebsite(store.websiteId);
            for (int index : std::as_const(categories)) {
                const Category& category = m_categories[index];
                if (category.rootIndex != rootIndex)
                    continue;
                const QString catId = QString::number(category.id);
                addRewrite(store.id, QStringLiteral("product/%1/%2").arg(idText, catId),
                    category.urlPath + QLatin1Char('/') + key + QStringLiteral(".html"),
                    QStringLiteral("catalog/product/view/id/%1/category/%2").arg(idText, catId), category.id, p.id);
            }
        }
    }

    GenProduct gen;
    gen.id = p.id;
    gen.sku = p.sku;
    gen.name = p.name;
    gen.type = p.type;
    gen.price = p.price;
    gen.weight = p.hasWeight ? p.weight : 0;
    gen.parentId = p.parentId;
    gen.websiteIds = p.websiteIds;
    m_ctx.products.push_back(gen);
}

void CatalogBuilder::writeGallery(const Draft& p)
{
    ValueTables& v = *m_values;
    const int images = int(m_rng.range(1, 3));
    const QString base = words::urlKey(p.name) + QLatin1Char('-') + QString::number(p.id);
    for (int i = 1; i <= images; ++i) {
        const QString file = QStringLiteral("%1-%2.png").arg(base).arg(i);
        const QString value = CatalogMedia::dispersionPath(file);
        const qint64 valueId
            = m_ctx.nextId(QStringLiteral("catalog_product_entity_media_gallery"), QStringLiteral("value_id"));
        if (m_pa.mediaGallery.id)
            m_gallery->add({ valueId, m_pa.mediaGallery.id, p.id, value });
        m_galleryValues->add({ valueId, 0, i == 1 ? SqlValue(p.name) : SqlValue(), i, 0 });
        if (i == 1) {
            v.put(m_pa.image, 0, p.id, value);
            v.put(m_pa.smallImage, 0, p.id, value);
            v.put(m_pa.thumbnail, 0, p.id, value);
            v.put(m_pa.imageLabel, 0, p.id, p.name);
        }
        // A file the store lost long ago while its gallery row stayed.
        if (i == 1 && m_missingImageOrdinals.contains(p.ordinal)) {
            if (m_media.enabled())
                ++m_missingImages;
            continue;
        }
        m_media.writeProductImage(value, p.id, i);
    }
}

void CatalogBuilder::addRewrite(int storeId, const QString& idPath, const QString& requestPath,
    const QString& targetPath, qint64 categoryId, qint64 productId)
{
    QSet<QString>& taken = m_requestPaths[storeId];
    QString request = requestPath;
    // Magento 1 resolves a taken request path by appending the product id, as here.
    for (int n = 0; taken.contains(request); ++n) {
        const QString stem = requestPath.chopped(5);
        request = stem + QLatin1Char('-') + QString::number(productId)
            + (n ? QLatin1Char('-') + QString::number(n) : QString()) + QStringLiteral(".html");
    }
    taken.insert(request);
    m_rewrites->add({ storeId, idPath, request, targetPath, 1, SqlValue(), SqlValue(),
        categoryId ? SqlValue(categoryId) : SqlValue(), productId });
}

void CatalogBuilder::makeConfigurable(qint64 ordinal)
{
    Draft parent = draft("configurable", ordinal);
    const QVector<Option>& colors = m_options[QStringLiteral("color")];
    const QVector<Option>& sizes = m_options[QStringLiteral("size")];
    const bool useColor = !colors.isEmpty() && m_rng.chance(0.7);
    const qint64 remaining = m_total - m_made - 1;
    const int children = int(qMin<qint64>(remaining, m_rng.range(3, 6)));

    // Distinct combinations of the super attributes, one per child.
    QVector<QPair<int, int>> combos; // indices into colors, sizes
    QSet<int> seen;
    while (combos.size() < children && seen.size() < (useColor ? colors.size() : 1) * sizes.size()) {
        const int c = useColor ? int(m_rng.range(0, colors.size() - 1)) : 0;
        const int s = int(m_rng.range(0, sizes.size() - 1));
        if (seen.contains(c * 100 + s))
            continue;
        seen.insert(c * 100 + s);
        combos.push_back({ c, s });
    }
    writeProduct(parent);

    struct Super
    {
        QString code;
        const QVector<Option>* options;
        qint64 id;
        QHash<int, double> pricing; // option index -> price difference
    };
    QVector<Super> supers;
    if (useColor)
        supers.push_back({ QStringLiteral("color"), &colors, 0, {} });
    supers.push_back({ QStringLiteral("size"), &sizes, 0, {} });
    int position = 0;
    for (Super& super : supers) {
        super.id = m_ctx.nextId(
            QStringLiteral("catalog_product_super_attribute"), QStringLiteral("product_super_attribute_id"));
        m_superAttributes->add({ super.id, parent.id, m_attributeIds.value(super.code), position++ });
        const bool color = super.code == QLatin1String("color");
        m_superLabels->add({ super.id, 0, 0, color ? "Color" : "Size" });
        m_superLabels->add({ super.id, m_storeFr, 0, color ? "Couleur" : "Taille" });
        m_superLabels->add({ super.id, m_storeDe, 0, color ? "Farbe" : "Größe" });
    }
    static const std::array<double, 6> differences { 0, 0, 2.5, 5, 10, -3 };
    for (const auto& combo : std::as_const(combos)) {
        Draft child = draft("simple", m_made);
        child.setId = m_clothingSet;
        child.parentId = parent.id;
        child.visibility = 1;
        child.websiteIds = parent.websiteIds;
        child.sku = parent.sku + QLatin1Char('-') + QString::number(child.id);
        double price = parent.price;
        QString suffix;
        for (Super& super : supers) {
            const int index = super.code == QLatin1String("color") ? combo.first : combo.second;
            const Option& option = (*super.options)[index];
            if (!super.pricing.contains(index)) {
                const double diff = m_rng.pick(differences);
                super.pricing.insert(index, diff);
                m_superPricing->add({ super.id, QString::number(option.id), 0, diff, 0 });
            }
            price += super.pricing.value(index);
            suffix += QLatin1Char(' ') + option.label;
            if (super.code == QLatin1String("color"))
                child.colorOption = option.id;
            else
                child.sizeOption = option.id;
        }
        child.name = parent.name + suffix;
        child.price = qMax(1.0, price);
        writeProduct(child);
        m_superLinks->add({ child.id, parent.id });
        m_relations->add({ parent.id, child.id });
    }
}

void CatalogBuilder::makeBundle(qint64 ordinal)
{
    Draft bundle = draft("bundle", ordinal);
    writeProduct(bundle);
    static const std::array<const char*, 4> types { "select", "radio", "checkbox", "multi" };
    static const char* const titles[][3] = { { "Main item", "Article principal", "Hauptartikel" },
        { "Accessory", "Accessoire", "Zubehör" }, { "Extra", "Supplément", "Extra" } };
    const int optionCount = int(m_rng.range(2, 3));
    QSet<qint64> used;
    for (int o = 0; o < optionCount; ++o) {
        const qint64 optionId
            = m_ctx.nextId(QStringLiteral("catalog_product_bundle_option"), QStringLiteral("option_id"));
        m_bundleOptions->add({ optionId, bundle.id, o == 0 ? 1 : 0, o, m_rng.pick(types) });
        m_bundleOptionValues->add({ optionId, 0, titles[o][0] });
        m_bundleOptionValues->add({ optionId, m_storeFr, titles[o][1] });
        m_bundleOptionValues->add({ optionId, m_storeDe, titles[o][2] });
        const int selections = int(m_rng.range(1, 3));
        for (int s = 0, tries = 0; s < selections && tries < 20; ++tries) {
            const qint64 member = m_rng.pick(m_simplePool);
            if (used.contains(member))
                continue;
            used.insert(member);
            m_bundleSelections->add({ optionId, bundle.id, member, s, s == 0 ? 1 : 0, 0, 0.0, 1.0, 1 });
            m_relations->add({ bundle.id, member });
            ++s;
        }
    }
}

void CatalogBuilder::makeGrouped(qint64 ordinal)
{
    Draft grouped = draft("grouped", ordinal);
    writeProduct(grouped);
    const int members = int(m_rng.range(2, 4));
    QSet<qint64> used;
    for (int i = 0, tries = 0; i < members && tries < 20; ++tries) {
        const qint64 member = m_rng.pick(m_simplePool);
        if (used.contains(member))
            continue;
        used.insert(member);
        const qint64 linkId = m_ctx.nextId(QStringLiteral("catalog_product_link"), QStringLiteral("link_id"));
        m_links->add({ linkId, grouped.id, member, m_superLinkType });
        if (m_linkInts)
            m_linkInts->add({ m_linkPositionAttr, linkId, i });
        if (m_linkDecimals)
            m_linkDecimals->add({ m_linkQtyAttr, linkId, double(m_rng.range(0, 2)) });
        m_relations->add({ grouped.id, member });
        ++i;
    }
}

void CatalogBuilder::makeDownloadable(qint64 ordinal)
{
    Draft product = draft("downloadable", ordinal);
    writeProduct(product);
    ValueTables& v = *m_values;
    v.put(m_pa.linksSeparately, 0, product.id, 1);
    v.put(m_pa.linksTitle, 0, product.id, "Downloads");
    v.put(m_pa.samplesTitle, 0, product.id, "Samples");
    v.put(m_pa.linksExist, 0, product.id, 1);
    const QString base = words::urlKey(product.name) + QLatin1Char('-') + QString::number(product.id);
    const int links = int(m_rng.range(1, 3));
    for (int i = 1; i <= links; ++i) {
        const qint64 linkId = m_ctx.nextId(QStringLiteral("downloadable_link"), QStringLiteral("link_id"));
        if (m_rng.chance(0.2)) {
            m_dlLinks->add({ linkId, product.id, i, 0, 0,
                QStringLiteral("https://downloads.example.test/%1-%2.zip").arg(base).arg(i), SqlValue(), "url",
                SqlValue(), SqlValue(), SqlValue() });
        } else {
            const QString file = CatalogMedia::dispersionPath(QStringLiteral("%1-part%2.zip").arg(base).arg(i));
            m_dlLinks->add({ linkId, product.id, i, int(m_rng.range(0, 5)), 0, SqlValue(), file, "file", SqlValue(),
                SqlValue(), SqlValue() });
            m_media.writeDownloadableLink(file, product.id, i);
        }
        m_dlLinkTitles->add({ linkId, 0, QStringLiteral("Part %1").arg(i) });
        m_dlLinkTitles->add({ linkId, m_storeFr, QStringLiteral("Partie %1").arg(i) });
        m_dlLinkPrices->add({ linkId, 0, i == 1 ? 0.0 : m_rng.money(1, 20) });
    }
    if (m_rng.chance(0.5)) {
        const qint64 sampleId = m_ctx.nextId(QStringLiteral("downloadable_sample"), QStringLiteral("sample_id"));
        const QString file = CatalogMedia::dispersionPath(base + QStringLiteral("-sample.zip"));
        m_dlSamples->add({ sampleId, product.id, SqlValue(), file, "file", 0 });
        m_dlSampleTitles->add({ sampleId, 0, "Free sample" });
        m_dlSampleTitles->add({ sampleId, m_storeDe, "Kostenlose Leseprobe" });
        m_media.writeDownloadableSample(file, product.id);
    }
}

void CatalogBuilder::writeCustomRedirects()
{
    // Redirects a merchant made by hand after renaming products: not system rewrites, permanent (RP).
    const int storeId = m_ctx.stores[0].id;
    const int count = int(qMin<qint64>(5, m_defaultUrlKeys.size()));
    QSet<qint64> used;
    for (int i = 0; i < count; ++i) {
        const auto& [productId, key] = m_defaultUrlKeys[m_rng.range(0, m_defaultUrlKeys.size() - 1)];
        if (used.contains(productId))
            continue;
        used.insert(productId);
        QString request = QStringLiteral("old-shop/") + key + QStringLiteral(".html");
        QSet<QString>& taken = m_requestPaths[storeId];
        if (taken.contains(request))
            continue;
        taken.insert(request);
        m_rewrites->add({ storeId, QStringLiteral("%1_%2").arg(1400000000 + m_rng.range(0, 99999999)).arg(productId),
            request, key + QStringLiteral(".html"), 0, "RP", "Renamed product", SqlValue(), SqlValue() });
    }
}

void CatalogBuilder::writeOrphans()
{
    // Rows of products deleted while foreign keys were off: values and category links that point at nothing.
    // Their ids lie far above anything this run made, so no later run reuses them by accident.
    const qint64 base = m_ctx.nextId(QStringLiteral("catalog_product_entity"), QStringLiteral("entity_id")) + 50000000;
    const int values = 3;
    for (int i = 0; i < values; ++i)
        m_values->put(m_pa.name, 0, base + i, QStringLiteral("Deleted product %1").arg(i + 1));
    m_ctx.noteOrphans(QStringLiteral("catalog_product_entity_varchar.entity_id -> catalog_product_entity"),
        tr("orphan catalog_product_entity_varchar rows (product missing)"), m_pa.name.writer ? values : 0);
    const int links = 2;
    for (int i = 0; i < links; ++i)
        m_categoryProducts->add({ m_categories[m_rng.range(0, m_categories.size() - 1)].id, base + i, 0 });
    m_ctx.noteOrphans(QStringLiteral("catalog_category_product.product_id -> catalog_product_entity"),
        tr("orphan catalog_category_product rows (product missing)"), links);
}

} // namespace cutover::catalog
