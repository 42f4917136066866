#include "areas.h"

#include "catalogbuilder.h"
#include "db/database.h"
#include "error.h"
#include "words.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace cutover::catalog {

// Custom attributes of every input type a merchant can pick in the Magento 1 admin, plus `color`, which every
// dump has (with or without options) and which configurables use beside `size`.
const std::vector<AttributeSpec>& attributeSpecs()
{
    static const std::vector<AttributeSpec> specs {
        { "color", "Color", "Couleur", "Farbe", "select", "int", nullptr, nullptr, 1, true, true,
            { { "Black", "Noir", "Schwarz" }, { "White", "Blanc", "Weiß" }, { "Red", "Rouge", "Rot" },
                { "Blue", "Bleu", "Blau" }, { "Green", "Vert", "Grün" }, { "Beige", "Beige", "Beige" } } },
        { "size", "Size", "Taille", "Größe", "select", "int", nullptr, "eav/entity_attribute_source_table", 1, true,
            true,
            { { "XS", "Très petit (XS)", "Extra klein (XS)" }, { "S", "Petit (S)", "Klein (S)" },
                { "M", "Moyen (M)", "Mittel (M)" }, { "L", "Grand (L)", "Groß (L)" },
                { "XL", "Très grand (XL)", "Extra groß (XL)" } } },
        { "material", "Material", "Matière", "Material", "text", "varchar", nullptr, nullptr, 0, false, false, {} },
        { "care_instructions", "Care instructions", "Conseils d'entretien", "Pflegehinweise", "textarea", "text",
            nullptr, nullptr, 0, false, false, {} },
        { "features", "Features", "Caractéristiques", "Eigenschaften", "multiselect", "varchar",
            "eav/entity_attribute_backend_array", "eav/entity_attribute_source_table", 0, true, false,
            { { "Waterproof", "Imperméable", "Wasserdicht" }, { "Recycled", "Recyclé", "Recycelt" },
                { "Handmade", "Fait main", "Handgemacht" }, { "Wireless", "Sans fil", "Kabellos" },
                { "Vegan", "Végan", "Vegan" } } },
        { "handling_fee", "Handling fee", "Frais de manutention", "Bearbeitungsgebühr", "price", "decimal",
            "catalog/product_attribute_backend_price", nullptr, 2, false, false, {} },
        { "release_date", "Release date", "Date de sortie", "Erscheinungsdatum", "date", "datetime",
            "eav/entity_attribute_backend_datetime", nullptr, 1, false, false, {} },
        { "is_eco_friendly", "Eco-friendly", "Écologique", "Umweltfreundlich", "boolean", "int", nullptr,
            "eav/entity_attribute_source_boolean", 1, true, false, {} },
    };
    return specs;
}

QString CatalogBuilder::timestamp(int fromYear, int years)
{
    static const QDateTime epoch(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
    const qint64 base = epoch.secsTo(QDateTime(QDate(fromYear, 1, 1), QTime(0, 0), QTimeZone::utc()));
    const qint64 offset = m_rng.range(0, qint64(years) * 365 * 86400);
    return epoch.addSecs(base + offset).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QSet<qint64> CatalogBuilder::pickOrdinals(qint64 count, qint64 total)
{
    QSet<qint64> picked;
    if (total <= 0)
        return picked;
    count = qMin(count, total);
    while (picked.size() < count)
        picked.insert(m_rng.range(0, total - 1));
    return picked;
}

void CatalogBuilder::run()
{
    if (m_ctx.stores.size() < 3 || m_ctx.websites.size() < 2)
        throw Error(tr("The catalog needs the websites and store views made before it; none were found in %1.")
                        .arg(m_ctx.db().profile().displayName()));
    m_storeFr = m_ctx.stores[1].id;
    m_storeDe = m_ctx.stores[2].id;
    m_productType = m_ctx.entityTypeId(QStringLiteral("catalog_product"));
    m_categoryType = m_ctx.entityTypeId(QStringLiteral("catalog_category"));

    createAttributes();
    createAttributeSets();
    m_total = m_ctx.options().products;
    // A store with no products gets its attributes and sets only, so that a second run on the same database
    // adds nothing twice.
    if (m_total <= 0)
        return;
    readLookups();
    buildCategories();
    writeCategories();
    generateProducts();
}

// ---------------------------------------------------------------------------------------------------------
// EAV: attributes and attribute sets

void CatalogBuilder::createAttributes()
{
    TableWriter attributes(m_ctx, QStringLiteral("eav_attribute"),
        columns({ "attribute_id", "entity_type_id", "attribute_code", "backend_model", "backend_type", "frontend_input",
            "frontend_label", "source_model", "is_required", "is_user_defined", "is_unique" }));
    TableWriter catalogAttributes(m_ctx, QStringLiteral("catalog_eav_attribute"),
        columns({ "attribute_id", "is_global", "is_visible", "is_searchable", "is_filterable", "is_comparable",
            "is_visible_on_front", "is_html_allowed_on_front", "is_filterable_in_search", "used_in_product_listing",
            "is_configurable", "apply_to", "is_visible_in_advanced_search", "is_used_for_promo_rules" }));
    TableWriter labels(m_ctx, QStringLiteral("eav_attribute_label"), columns({ "attribute_id", "store_id", "value" }));
    TableWriter options(
        m_ctx, QStringLiteral("eav_attribute_option"), columns({ "option_id", "attribute_id", "sort_order" }));
    TableWriter optionValues(
        m_ctx, QStringLiteral("eav_attribute_option_value"), columns({ "option_id", "store_id", "value" }));

    const QString product = QStringLiteral("catalog_product");
    for (const AttributeSpec& spec : attributeSpecs()) {
        const QString code = str(spec.code);
        int id = m_ctx.attributeId(product, code);
        if (id == 0) {
            id = int(m_ctx.nextId(QStringLiteral("eav_attribute"), QStringLiteral("attribute_id")));
            attributes.add({ id, m_productType, code, spec.backendModel ? SqlValue(spec.backendModel) : SqlValue(),
                spec.backendType, spec.input, spec.label, spec.sourceModel ? SqlValue(spec.sourceModel) : SqlValue(), 0,
                1, 0 });
            const bool text = QLatin1String(spec.input) == QLatin1String("text")
                || QLatin1String(spec.input) == QLatin1String("textarea");
            catalogAttributes.add({ id, spec.scope, 1, text ? 1 : 0, spec.filterable ? 1 : 0, 1, 1, 0,
                spec.filterable ? 1 : 0, 1, spec.configurable ? 1 : 0,
                spec.configurable ? SqlValue("simple,configurable") : SqlValue(), 1, spec.filterable ? 1 : 0 });
            labels.add({ id, m_storeFr, spec.labelFr });
            labels.add({ id, m_storeDe, spec.labelDe });
        }
        m_attributeIds.insert(code, id);
        if (!spec.options.empty())
            loadOptions(spec, id, options, optionValues);
    }
    attributes.finish();
    catalogAttributes.finish();
    labels.finish();
    options.finish();
    optionValues.finish();
    m_ctx.reloadAttributes();
}

void CatalogBuilder::loadOptions(const AttributeSpec& spec, int attributeId, TableWriter& options, TableWriter& values)
{
    QVector<Option> list;
    QSqlQuery existing = m_ctx.db().query(
        QStringLiteral(
            "SELECT o.option_id, COALESCE(v.value, '') FROM %1 o LEFT JOIN %2 v ON v.option_id = o.option_id "
            "AND v.store_id = 0 WHERE o.attribute_id = ? ORDER BY o.sort_order, o.option_id")
            .arg(t("eav_attribute_option"), t("eav_attribute_option_value")),
        { attributeId });
    while (existing.next())
        list.push_back(Option { existing.value(0).toInt(), existing.value(1).toString() });
    if (list.isEmpty()) {
        int sort = 0;
        for (const OptionSpec& option : spec.options) {
            const int id = int(m_ctx.nextId(QStringLiteral("eav_attribute_option"), QStringLiteral("option_id")));
            options.add({ id, attributeId, sort++ });
            values.add({ id, 0, option.en });
            values.add({ id, m_storeFr, option.fr });
            values.add({ id, m_storeDe, option.de });
            list.push_back(Option { id, str(option.en) });
        }
    }
    m_options.insert(str(spec.code), list);
}

void CatalogBuilder::createAttributeSets()
{
    Database& db = m_ctx.db();
    {
        QSqlQuery q = db.query(QStringLiteral("SELECT default_attribute_set_id FROM %1 WHERE entity_type_id = ?")
                                   .arg(t("eav_entity_type")),
            { m_productType });
        m_defaultSet = q.next() ? q.value(0).toInt() : 0;
        QSqlQuery c = db.query(QStringLiteral("SELECT default_attribute_set_id FROM %1 WHERE entity_type_id = ?")
                                   .arg(t("eav_entity_type")),
            { m_categoryType });
        m_categorySet = c.next() ? c.value(0).toInt() : 0;
    }
    if (m_defaultSet == 0)
        throw Error(
            tr("The product entity type in %1 has no default attribute set; the Magento 1 install is incomplete.")
                .arg(db.profile().displayName()));

    struct Group
    {
        int id;
        QString name;
        int sortOrder;
        int defaultId;
    };
    QVector<Group> groups;
    QSqlQuery gq
        = db.query(QStringLiteral("SELECT attribute_group_id, attribute_group_name, sort_order, default_id FROM %1 "
                                  "WHERE attribute_set_id = ? ORDER BY attribute_group_id")
                       .arg(t("eav_attribute_group")),
            { m_defaultSet });
    while (gq.next())
        groups.push_back(
            Group { gq.value(0).toInt(), gq.value(1).toString(), gq.value(2).toInt(), gq.value(3).toInt() });
    struct Member
    {
        int groupId;
        int attributeId;
        int sortOrder;
    };
    QVector<Member> members;
    QSqlQuery mq = db.query(
        QStringLiteral("SELECT attribute_group_id, attribute_id, sort_order FROM %1 WHERE attribute_set_id = ? "
                       "ORDER BY entity_attribute_id")
            .arg(t("eav_entity_attribute")),
        { m_defaultSet });
    while (mq.next())
        members.push_back(Member { mq.value(0).toInt(), mq.value(1).toInt(), mq.value(2).toInt() });

    auto generalGroupOf = [&](int setId) {
        QSqlQuery q = db.query(QStringLiteral("SELECT attribute_group_id FROM %1 WHERE attribute_set_id = ? "
                                              "ORDER BY default_id DESC, sort_order, attribute_group_id LIMIT 1")
                                   .arg(t("eav_attribute_group")),
            { setId });
        return q.next() ? q.value(0).toInt() : 0;
    };

    QVector<QPair<int, int>> setGroups { { m_defaultSet, generalGroupOf(m_defaultSet) } };
    {
        TableWriter sets(m_ctx, QStringLiteral("eav_attribute_set"),
            columns({ "attribute_set_id", "entity_type_id", "attribute_set_name", "sort_order" }));
        TableWriter groupWriter(m_ctx, QStringLiteral("eav_attribute_group"),
            columns({ "attribute_group_id", "attribute_set_id", "attribute_group_name", "sort_order", "default_id" }));
        TableWriter memberWriter(m_ctx, QStringLiteral("eav_entity_attribute"),
            columns({ "entity_type_id", "attribute_set_id", "attribute_group_id", "attribute_id", "sort_order" }));
        int* targets[] = { &m_clothingSet, &m_electronicsSet, &m_digitalSet };
        const char* names[] = { "Clothing", "Electronics", "Digital Goods" };
        for (int i = 0; i < 3; ++i) {
            QSqlQuery existing = db.query(
                QStringLiteral("SELECT attribute_set_id FROM %1 WHERE entity_type_id = ? AND attribute_set_name = ?")
                    .arg(t("eav_attribute_set")),
                { m_productType, str(names[i]) });
            if (existing.next()) {
                *targets[i] = existing.value(0).toInt();
                setGroups.push_back({ *targets[i], generalGroupOf(*targets[i]) });
                continue;
            }
            const int setId
                = int(m_ctx.nextId(QStringLiteral("eav_attribute_set"), QStringLiteral("attribute_set_id")));
            *targets[i] = setId;
            sets.add({ setId, m_productType, str(names[i]), i + 2 });
            QHash<int, int> groupMap;
            int general = 0;
            for (const Group& group : groups) {
                const int id
                    = int(m_ctx.nextId(QStringLiteral("eav_attribute_group"), QStringLiteral("attribute_group_id")));
                groupMap.insert(group.id, id);
                groupWriter.add({ id, setId, group.name, group.sortOrder, group.defaultId });
                if (general == 0 || group.defaultId == 1)
                    general = id;
            }
            for (const Member& member : members)
                memberWriter.add(
                    { m_productType, setId, groupMap.value(member.groupId), member.attributeId, member.sortOrder });
            setGroups.push_back({ setId, general });
        }
        sets.finish();
        groupWriter.finish();
        memberWriter.finish();
    }

    // The custom attributes go into every product set; a rerun finds them there already.
    TableWriter additions(m_ctx, QStringLiteral("eav_entity_attribute"),
        columns({ "entity_type_id", "attribute_set_id", "attribute_group_id", "attribute_id", "sort_order" }),
        TableWriter::OnDuplicate::Ignore);
    for (const auto& [setId, groupId] : setGroups) {
        if (groupId == 0)
            continue;
        int sort = 100;
        for (const AttributeSpec& spec : attributeSpecs())
            additions.add({ m_productType, setId, groupId, m_attributeIds.value(str(spec.code)), sort++ });
    }
    additions.finish();
}

// ---------------------------------------------------------------------------------------------------------
// Categories

void CatalogBuilder::readLookups()
{
    Database& db = m_ctx.db();
    QSqlQuery tax
        = db.query(QStringLiteral("SELECT class_id FROM %1 WHERE class_type = 'PRODUCT' ORDER BY class_id LIMIT 1")
                       .arg(t("tax_class")));
    m_taxClass = tax.next() ? tax.value(0).toInt() : 0;
    QSqlQuery stock = db.query(QStringLiteral("SELECT MIN(stock_id) FROM %1").arg(t("cataloginventory_stock")));
    m_stockId = stock.next() && !stock.value(0).isNull() ? stock.value(0).toInt() : 1;
    QSqlQuery groups = db.query(
        QStringLiteral("SELECT customer_group_id FROM %1 WHERE customer_group_id > 0 ORDER BY customer_group_id")
            .arg(t("customer_group")));
    while (groups.next())
        m_customerGroups << groups.value(0).toInt();
    if (m_customerGroups.isEmpty())
        m_customerGroups << 1;

    QSqlQuery link = db.query(
        QStringLiteral("SELECT link_type_id FROM %1 WHERE code = 'super'").arg(t("catalog_product_link_type")));
    m_superLinkType = link.next() ? link.value(0).toInt() : 0;
    if (m_superLinkType == 0)
        throw Error(tr("The table %1 has no link type 'super'; grouped products cannot be linked. Check that the "
                       "Magento 1 dump is complete.")
                        .arg(m_ctx.db().profile().table(QStringLiteral("catalog_product_link_type"))));
    QSqlQuery linkAttrs
        = db.query(QStringLiteral("SELECT product_link_attribute_id, product_link_attribute_code, data_type FROM %1 "
                                  "WHERE link_type_id = ?")
                       .arg(t("catalog_product_link_attribute")),
            { m_superLinkType });
    while (linkAttrs.next()) {
        const QString table = QStringLiteral("catalog_product_link_attribute_") + linkAttrs.value(2).toString();
        if (linkAttrs.value(1).toString() == QLatin1String("position")) {
            m_linkPositionAttr = linkAttrs.value(0).toInt();
            m_linkPositionTable = table;
        } else if (linkAttrs.value(1).toString() == QLatin1String("qty")) {
            m_linkQtyAttr = linkAttrs.value(0).toInt();
            m_linkQtyTable = table;
        }
    }

    // Request paths already taken (the 1.9.3.2 dump has its own rewrites), so that new ones never clash.
    QStringList storeIds;
    for (const GenStore& store : m_ctx.stores)
        storeIds << QString::number(store.id);
    QSqlQuery paths = db.query(QStringLiteral("SELECT store_id, request_path FROM %1 WHERE store_id IN (%2)")
                                   .arg(t("core_url_rewrite"), storeIds.join(QLatin1Char(','))));
    while (paths.next())
        m_requestPaths[paths.value(0).toInt()].insert(paths.value(1).toString());
}

int CatalogBuilder::rootIndexOfWebsite(int websiteId) const
{
    return websiteId == m_ctx.websites[1].id ? 1 : 0;
}

void CatalogBuilder::buildCategories()
{
    Database& db = m_ctx.db();
    const qint64 mainRootId = m_ctx.websites[0].rootCategoryId;
    QSqlQuery main = db.query(
        QStringLiteral("SELECT parent_id, path, level FROM %1 WHERE entity_id = ?").arg(t("catalog_category_entity")),
        { mainRootId });
    if (!main.next())
        throw Error(
            tr("The root category %1 of the main store in %2 does not exist; fix core_store_group.root_category_id "
               "or load a complete Magento 1 dump.")
                .arg(mainRootId)
                .arg(db.profile().displayName()));
    m_treeRootId = main.value(0).toLongLong();
    Root mainRoot { mainRootId, main.value(1).toString(), main.value(2).toInt(), false, 0, {} };

    Root second;
    const qint64 secondRootId = m_ctx.websites[1].rootCategoryId;
    QSqlQuery existing
        = db.query(QStringLiteral("SELECT path, level FROM %1 WHERE entity_id = ?").arg(t("catalog_category_entity")),
            { secondRootId });
    if (secondRootId != mainRootId && existing.next()) {
        second = Root { secondRootId, existing.value(0).toString(), existing.value(1).toInt(), false, 0, {} };
    } else {
        // The second website's store group still shares the main root: give it a tree of its own, as a second
        // brand has.
        const qint64 id = m_ctx.nextId(QStringLiteral("catalog_category_entity"), QStringLiteral("entity_id"));
        // The main root's parent path: the tree root every store root hangs under.
        QString treePath = main.value(1).toString().section(QLatin1Char('/'), 0, -2);
        if (treePath.isEmpty())
            treePath = QString::number(m_treeRootId);
        second = Root { id, treePath + QLatin1Char('/') + QString::number(id), main.value(2).toInt(), true, 0, {} };
        db.exec(QStringLiteral("UPDATE %1 SET root_category_id = %2 WHERE group_id = %3")
                    .arg(t("core_store_group"))
                    .arg(id)
                    .arg(m_ctx.websites[1].defaultGroupId));
        m_ctx.websites[1].rootCategoryId = int(id);
    }
    m_roots = { mainRoot, second };

    const int total = int(qMin<qint64>(60, 20 + m_total / 2500));
    const int perRoot[2] = { total * 2 / 3, total - total * 2 / 3 };
    for (int r = 0; r < 2; ++r) {
        Root& root = m_roots[r];
        QSqlQuery pos = db.query(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM %1 WHERE parent_id = ?")
                                     .arg(t("catalog_category_entity")),
            { root.id });
        int nextTopPosition = pos.next() ? pos.value(0).toInt() + 1 : 1;
        QHash<int, int> childPositions; // category index -> next position among its children
        const int tops = int(m_rng.range(r == 0 ? 4 : 2, r == 0 ? 6 : 3));
        for (int i = 0; i < perRoot[r]; ++i) {
            int parent = -1;
            if (i >= tops) {
                // Any category up to two levels below the root can take children: a tree three levels deep.
                for (;;) {
                    const int candidate = root.categories[m_rng.range(0, root.categories.size() - 1)];
                    if (m_categories[candidate].level < root.level + 3) {
                        parent = candidate;
                        break;
                    }
                }
            }
            QString name;
            do {
                name = m_rng.pick(words::adjectives()) + QLatin1Char(' ') + m_rng.pick(words::nouns());
                if (m_categoryNames.contains(name))
                    name += QLatin1Char(' ') + QString::number(m_categoryNames.size());
            } while (m_categoryNames.contains(name));
            m_categoryNames.insert(name);

            Category category;
            category.id = m_ctx.nextId(QStringLiteral("catalog_category_entity"), QStringLiteral("entity_id"));
            category.parentIndex = parent;
            category.rootIndex = r;
            category.name = name;
            category.urlKey = words::urlKey(name);
            if (parent < 0) {
                category.path = root.path + QLatin1Char('/') + QString::number(category.id);
                category.level = root.level + 1;
                category.position = nextTopPosition++;
                category.urlPath = category.urlKey;
            } else {
                const Category& p = m_categories[parent];
                category.path = p.path + QLatin1Char('/') + QString::number(category.id);
                category.level = p.level + 1;
                category.position = ++childPositions[parent];
                category.urlPath = p.urlPath + QLatin1Char('/') + category.urlKey;
            }
            const int index = int(m_categories.size());
            for (int a = parent; a >= 0; a = m_categories[a].parentIndex)
                ++m_categories[a].descendants;
            ++root.descendants;
            m_categories.push_back(category);
            root.categories.push_back(index);
            m_ctx.categoryIds.push_back(category.id);
        }
    }
}

void CatalogBuilder::writeCategories()
{
    TableWriter entities(m_ctx, QStringLiteral("catalog_category_entity"),
        columns({ "entity_id", "entity_type_id", "attribute_set_id", "parent_id", "created_at", "updated_at", "path",
            "position", "level", "children_count" }));
    ValueTables values(m_ctx, QStringLiteral("catalog_category_entity"), QStringLiteral("catalog_category"));
    const auto name = values.resolve("name");
    const auto urlKey = values.resolve("url_key");
    const auto urlPath = values.resolve("url_path");
    const auto isActive = values.resolve("is_active");
    const auto inMenu = values.resolve("include_in_menu");
    const auto isAnchor = values.resolve("is_anchor");
    const auto displayMode = values.resolve("display_mode");
    const auto description = values.resolve("description");
    const auto metaTitle = values.resolve("meta_title");
    const auto image = values.resolve("image");
    const auto customDesignFrom = values.resolve("custom_design_from");

    Database& db = m_ctx.db();
    const Root& second = m_roots[1];
    if (second.isNew) {
        const QString created = timestamp(2012, 1);
        QSqlQuery pos = db.query(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM %1 WHERE parent_id = ?")
                                     .arg(t("catalog_category_entity")),
            { m_treeRootId });
        const int position = pos.next() ? pos.value(0).toInt() + 1 : 1;
        entities.add({ second.id, m_categoryType, m_categorySet, m_treeRootId, created, created, second.path, position,
            second.level, second.descendants });
        values.put(name, 0, second.id, "Zweitmarke Root Catalog");
        values.put(isActive, 0, second.id, 1);
        values.put(inMenu, 0, second.id, 1);
        values.put(isAnchor, 0, second.id, 1);
        values.put(displayMode, 0, second.id, "PRODUCTS");
    }
    // The trees hang under existing rows whose children_count must count the new ones.
    db.exec(QStringLiteral("UPDATE %1 SET children_count = children_count + %2 WHERE entity_id = %3")
                .arg(t("catalog_category_entity"))
                .arg(m_roots[0].descendants + m_roots[1].descendants + (second.isNew ? 1 : 0))
                .arg(m_treeRootId));
    for (const Root& root : std::as_const(m_roots)) {
        if (!root.isNew)
            db.exec(QStringLiteral("UPDATE %1 SET children_count = children_count + %2 WHERE entity_id = %3")
                        .arg(t("catalog_category_entity"))
                        .arg(root.descendants)
                        .arg(root.id));
    }

    for (const Category& category : std::as_const(m_categories)) {
        const qint64 parentId
            = category.parentIndex < 0 ? m_roots[category.rootIndex].id : m_categories[category.parentIndex].id;
        const QString created = timestamp(2012, 2);
        entities.add({ category.id, m_categoryType, m_categorySet, parentId, created, created, category.path,
            category.position, category.level, category.descendants });
        values.put(name, 0, category.id, category.name);
        if (category.rootIndex == 0)
            values.put(name, m_storeFr, category.id, QStringLiteral("Rayon %1").arg(category.name));
        else
            values.put(name, m_storeDe, category.id, QStringLiteral("Abteilung %1").arg(category.name));
        values.put(urlKey, 0, category.id, category.urlKey);
        values.put(urlPath, 0, category.id, category.urlPath + QStringLiteral(".html"));
        values.put(isActive, 0, category.id, m_rng.chance(0.95) ? 1 : 0);
        values.put(inMenu, 0, category.id, m_rng.chance(0.93) ? 1 : 0);
        values.put(isAnchor, 0, category.id, 1);
        values.put(displayMode, 0, category.id, m_rng.chance(0.8) ? "PRODUCTS" : "PRODUCTS_AND_PAGE");
        values.put(description, 0, category.id, words::paragraph(m_rng, 2));
        values.put(metaTitle, 0, category.id, category.name);
        if (m_rng.chance(0.3)) {
            const QString file = category.urlKey + QStringLiteral(".png");
            values.put(image, 0, category.id, file);
            m_media.writeCategoryImage(file, category.id);
        }
        if (m_rng.chance(0.05)) {
            values.put(customDesignFrom, 0, category.id, SqlValue::raw(QStringLiteral("'0000-00-00 00:00:00'")));
            m_ctx.noteMess(tr("zero dates in category custom_design_from"), 1);
        }
    }
    entities.finish();
    values.finish();

    TableWriter rewrites(m_ctx, QStringLiteral("core_url_rewrite"),
        columns({ "store_id", "id_path", "request_path", "target_path", "is_system", "category_id" }));
    for (const GenStore& store : std::as_const(m_ctx.stores)) {
        const Root& root = m_roots[rootIndexOfWebsite(store.websiteId)];
        QSet<QString>& taken = m_requestPaths[store.id];
        for (int index : root.categories) {
            const Category& category = m_categories[index];
            QString request = category.urlPath + QStringLiteral(".html");
            if (taken.contains(request))
                request = category.urlPath + QLatin1Char('-') + QString::number(category.id) + QStringLiteral(".html");
            taken.insert(request);
            rewrites.add({ store.id, QStringLiteral("category/%1").arg(category.id), request,
                QStringLiteral("catalog/category/view/id/%1").arg(category.id), 1, category.id });
        }
    }
    rewrites.finish();
}

} // namespace cutover::catalog

namespace cutover {

void generateCatalog(GenContext& context)
{
    catalog::CatalogBuilder(context).run();
}

} // namespace cutover
