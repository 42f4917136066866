#pragma once

// The catalog area's internals, shared by catalog.cpp (attributes, sets, categories) and catalogproducts.cpp
// (products, prices, stock, gallery, URL rewrites). Not part of core's API.

#include "catalogmedia.h"
#include "gencontext.h"
#include "tablewriter.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <memory>
#include <vector>

namespace cutover::catalog {

inline QString str(const char* text)
{
    return QString::fromUtf8(text);
}

inline QStringList columns(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list << QString::fromLatin1(name);
    return list;
}

/** The five EAV value tables of one entity type, each with one writer kept open for the whole area. */
class ValueTables
{
public:
    struct Attr
    {
        int id = 0;
        TableWriter* writer = nullptr;
    };

    ValueTables(GenContext& context, const QString& entityTable, const QString& entityTypeCode)
        : m_context(context)
        , m_typeCode(entityTypeCode)
        , m_typeId(context.entityTypeId(entityTypeCode))
    {
        const QStringList cols = columns({ "entity_type_id", "attribute_id", "store_id", "entity_id", "value" });
        for (size_t i = 0; i < m_types.size(); ++i)
            m_writers[i]
                = std::make_unique<TableWriter>(context, entityTable + QLatin1Char('_') + str(m_types[i]), cols);
    }

    /** The attribute and the writer of its backend table; an attribute this release lacks writes nothing. */
    Attr resolve(const char* code)
    {
        const QString name = str(code);
        const int id = m_context.attributeId(m_typeCode, name);
        const QString backend = m_context.attributeBackendType(m_typeCode, name);
        for (size_t i = 0; i < m_types.size(); ++i) {
            if (id != 0 && backend == QLatin1String(m_types[i]))
                return Attr { id, m_writers[i].get() };
        }
        return {};
    }

    void put(const Attr& attr, int store, qint64 entity, const SqlValue& value)
    {
        if (attr.writer)
            attr.writer->add({ m_typeId, attr.id, store, entity, value });
    }

    void finish()
    {
        for (auto& writer : m_writers)
            writer->finish();
    }

private:
    GenContext& m_context;
    QString m_typeCode;
    int m_typeId;
    static constexpr std::array<const char*, 5> m_types { "varchar", "int", "decimal", "text", "datetime" };
    std::array<std::unique_ptr<TableWriter>, 5> m_writers;
};

struct OptionSpec
{
    const char* en;
    const char* fr;
    const char* de;
};

struct AttributeSpec
{
    const char* code;
    const char* label;
    const char* labelFr;
    const char* labelDe;
    const char* input;
    const char* backendType;
    const char* backendModel;
    const char* sourceModel;
    int scope; ///< catalog_eav_attribute.is_global: 0 store view, 1 global, 2 website
    bool filterable;
    bool configurable;
    std::vector<OptionSpec> options;
};

struct Option
{
    int id = 0;
    QString label;
};

struct Category
{
    qint64 id = 0;
    int parentIndex = -1; ///< into CatalogBuilder::m_categories; -1 under the root
    int rootIndex = 0;
    QString path;
    int level = 0;
    int position = 0;
    int descendants = 0;
    QString name;
    QString urlKey;
    QString urlPath; ///< without the .html suffix
};

struct Root
{
    qint64 id = 0;
    QString path;
    int level = 1;
    bool isNew = false;
    int descendants = 0;
    QVector<int> categories; ///< indices into m_categories
};

/** One product before it is written. */
struct Draft
{
    qint64 id = 0;
    qint64 ordinal = 0;
    QString type;
    int setId = 0;
    QString sku;
    QString name;
    double price = 0;
    double weight = 0;
    bool hasWeight = true;
    int visibility = 4;
    QVector<int> websiteIds;
    qint64 parentId = 0;
    int colorOption = 0;
    int sizeOption = 0;
    QString createdAt;
};

/**
 * Builds the catalog area of one generator run: attributes and sets, category trees, products of every type with
 * everything that hangs off them, media files and URL rewrites, and the planned mess. Draws every value from the
 * context's Rng, in a fixed order, so that a seed gives the same rows. Lives on the generator's worker thread.
 */
class CatalogBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CatalogBuilder)
public:
    explicit CatalogBuilder(GenContext& context)
        : m_ctx(context)
        , m_rng(context.rng())
        , m_media(context.options().mediaDir)
    {
    }

    void run();

private:
    QString t(const char* name) const { return m_ctx.table(QString::fromLatin1(name)); }
    QString timestamp(int fromYear, int years);

    void createAttributes();
    void loadOptions(const AttributeSpec& spec, int attributeId, TableWriter& options, TableWriter& values);
    void createAttributeSets();
    void buildCategories();
    void writeCategories();
    void readLookups();
    void generateProducts();
    void openProductWriters();
    void finishProductWriters();
    void makeConfigurable(qint64 ordinal);
    void makeBundle(qint64 ordinal);
    void makeGrouped(qint64 ordinal);
    void makeDownloadable(qint64 ordinal);
    Draft draft(const char* type, qint64 ordinal);
    void writeProduct(Draft& product);
    void writeGallery(const Draft& product);
    void addRewrite(int storeId, const QString& idPath, const QString& requestPath, const QString& targetPath,
        qint64 categoryId, qint64 productId);
    void writeCustomRedirects();
    void writeOrphans();
    QVector<int> pickWebsites();
    int rootIndexOfWebsite(int websiteId) const;
    QSet<qint64> pickOrdinals(qint64 count, qint64 total);

    GenContext& m_ctx;
    Rng& m_rng;
    CatalogMedia m_media;

    int m_productType = 0;
    int m_categoryType = 0;
    int m_categorySet = 0;
    int m_defaultSet = 0;
    int m_clothingSet = 0;
    int m_electronicsSet = 0;
    int m_digitalSet = 0;
    QHash<QString, int> m_attributeIds;
    QHash<QString, QVector<Option>> m_options;

    qint64 m_treeRootId = 1;
    QVector<Root> m_roots;
    QVector<Category> m_categories;
    QSet<QString> m_categoryNames;

    int m_storeFr = 0;
    int m_storeDe = 0;
    int m_taxClass = 0;
    int m_stockId = 1;
    int m_superLinkType = 0;
    int m_linkPositionAttr = 0;
    int m_linkQtyAttr = 0;
    QString m_linkPositionTable;
    QString m_linkQtyTable;
    QVector<int> m_customerGroups;

    // Products in the making.
    qint64 m_made = 0;
    qint64 m_total = 0;
    QVector<qint64> m_simplePool; ///< stand-alone simple products, for bundles and grouped products
    QVector<QPair<qint64, QString>> m_defaultUrlKeys; ///< visible products and their store-0 URL key
    QSet<qint64> m_missingImageOrdinals;
    QSet<qint64> m_zeroDateOrdinals;
    QSet<qint64> m_clashOrdinals;
    QHash<int, QSet<QString>> m_requestPaths; ///< store -> request paths taken
    // Planned mess that a product could not carry (a child has no URL key of its own in French, a grouped
    // product no price) passes to the next one that can.
    qint64 m_pendingClashes = 0;
    qint64 m_pendingZeroDates = 0;
    qint64 m_clashes = 0;
    qint64 m_zeroDates = 0;
    qint64 m_nonAscii = 0;
    qint64 m_missingImages = 0;

    std::unique_ptr<ValueTables> m_values;
    std::unique_ptr<TableWriter> m_entities, m_websites, m_categoryProducts, m_stockItems, m_stockStatus, m_groupPrices,
        m_tierPrices, m_gallery, m_galleryValues, m_rewrites, m_relations, m_superAttributes, m_superLabels,
        m_superPricing, m_superLinks, m_bundleOptions, m_bundleOptionValues, m_bundleSelections, m_links, m_linkInts,
        m_linkDecimals, m_dlLinks, m_dlLinkTitles, m_dlLinkPrices, m_dlSamples, m_dlSampleTitles;

    struct ProductAttrs
    {
        ValueTables::Attr name, description, shortDescription, urlKey, urlPath, price, specialPrice, specialFrom,
            specialTo, cost, weight, status, visibility, taxClass, metaTitle, metaKeyword, metaDescription, image,
            smallImage, thumbnail, imageLabel, newsFrom, optionsContainer, color, size, material, care, features,
            handlingFee, releaseDate, eco, priceType, skuType, weightType, shipmentType, priceView, linksSeparately,
            linksTitle, samplesTitle, linksExist, mediaGallery;
    } m_pa;
};

} // namespace cutover::catalog
