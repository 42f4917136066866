#pragma once

#include "generatoroptions.h"
#include "rng.h"
#include "schema/tableinfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>

namespace cutover {

class Database;

/** A website the generator made or found. */
struct GenWebsite {
    int id = 0;
    QString code;
    int defaultGroupId = 0;
    int rootCategoryId = 0;
};

/** A store view the generator made or found (never the admin store 0). */
struct GenStore {
    int id = 0;
    int websiteId = 0;
    int groupId = 0;
    QString code;
    QString locale; ///< "en_US", "fr_FR", "de_DE"
    QString currency;
};

/** What the sales and review areas need to know of a product. */
struct GenProduct {
    qint64 id = 0;
    QString sku;
    QString name;
    QString type;        ///< simple, configurable, bundle, grouped, virtual, downloadable
    double price = 0;
    double weight = 0;
    qint64 parentId = 0; ///< the configurable parent of a child simple, else 0
    QVector<int> websiteIds;
};

/** A postal address, reused for customer and order addresses. */
struct GenAddress {
    QString firstname;
    QString lastname;
    QString company;
    QString street;
    QString city;
    QString postcode;
    QString countryId;
    QString region;
    int regionId = 0;
    QString telephone;
};

/** What the sales area needs to know of a customer. */
struct GenCustomer {
    qint64 id = 0;
    QString email;
    QString firstname;
    QString lastname;
    int groupId = 1;
    int websiteId = 1;
    int storeId = 1;
    qint64 billingAddressId = 0;
    qint64 shippingAddressId = 0;
    GenAddress address;
};

/**
 * The shared state of one generator run: the connection, the schema catalogue, the random source, id
 * allocation, EAV look-ups, what earlier areas made, progress, cancellation and the per-table row counts.
 * Lives on the generator's worker thread.
 */
class GenContext {
    Q_DECLARE_TR_FUNCTIONS(GenContext)
public:
    using ProgressFn = std::function<void(const QString& area, qint64 done, qint64 total)>;

    GenContext(Database& db, GeneratorOptions options, ProgressFn progress, const std::atomic<bool>* cancel);

    Database& db() { return m_db; }
    const SchemaCatalog& schema() const { return m_schema; }
    const GeneratorOptions& options() const { return m_options; }
    Rng& rng() { return m_rng; }

    /** `prefix + name`, quoted. */
    QString table(const QString& name) const;
    bool hasTable(const QString& name) const { return m_schema.hasTable(name); }

    /**
     * The next free id of `table.column`: MAX()+1 when first asked, then counting up. Ids are handed out here
     * rather than by AUTO_INCREMENT so that children can be written in the same batch as their parents.
     */
    qint64 nextId(const QString& table, const QString& column);
    /** Reserves `count` ids at once and returns the first. */
    qint64 reserveIds(const QString& table, const QString& column, qint64 count);

    /** eav_entity_type id of `entityTypeCode` ("catalog_product"); throws cutover::Error when missing. */
    int entityTypeId(const QString& entityTypeCode);
    /** eav_attribute id, or 0 when this release has no such attribute. */
    int attributeId(const QString& entityTypeCode, const QString& attributeCode);
    /** The backend_type of an attribute (varchar, int, decimal, text, datetime, static), empty when unknown. */
    QString attributeBackendType(const QString& entityTypeCode, const QString& attributeCode);
    /** Forgets cached attribute look-ups after an area created attributes. */
    void reloadAttributes();

    /** Reports progress (rate-limited by the caller's callback) and throws cutover::Error when cancelled. */
    void progress(const QString& area, qint64 done, qint64 total);
    void checkCancelled();

    void countRows(const QString& table, qint64 rows) { m_rowsPerTable[table] += rows; }
    void warn(const QString& message);
    const QMap<QString, qint64>& rowsPerTable() const { return m_rowsPerTable; }
    const QStringList& warnings() const { return m_warnings; }
    /** A note on what was made on purpose to look like a real store's mess (orphans, broken values). */
    void noteMess(const QString& what, qint64 count) { m_mess[what] += count; }
    const QMap<QString, qint64>& mess() const { return m_mess; }
    /** Mess that breaks a foreign key Magento 1 declares: `relation` is "child_table.column -> parent_table" (no
     *  prefix), so that a check of the schema's keys can tell made orphans from a bug. Also noted as mess. */
    void noteOrphans(const QString& relation, const QString& what, qint64 count)
    {
        noteMess(what, count);
        if (count > 0)
            m_orphans[relation] += count;
    }
    const QMap<QString, qint64>& orphans() const { return m_orphans; }

    // What earlier areas made, for later ones.
    QVector<GenWebsite> websites;
    QVector<GenStore> stores;
    QVector<qint64> categoryIds;    ///< every non-root category
    QVector<GenProduct> products;
    QVector<GenCustomer> customers;
    QVector<int> customerGroupIds;  ///< besides 0 (NOT LOGGED IN)
    qint64 mediaFilesWritten = 0;   ///< files written under GeneratorOptions::mediaDir

private:
    struct Attribute {
        int id = 0;
        QString backendType;
    };
    void loadAttributes();

    Database& m_db;
    GeneratorOptions m_options;
    ProgressFn m_progressFn;
    const std::atomic<bool>* m_cancel;
    SchemaCatalog m_schema;
    Rng m_rng;
    QHash<QString, qint64> m_nextIds;
    QHash<QString, int> m_entityTypes;
    QHash<QString, Attribute> m_attributes; ///< "entity_type_code/attribute_code"
    bool m_attributesLoaded = false;
    QMap<QString, qint64> m_rowsPerTable;
    QMap<QString, qint64> m_mess;
    QMap<QString, qint64> m_orphans;
    QStringList m_warnings;
};

} // namespace cutover
