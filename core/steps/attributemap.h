#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cutover {

class Database;

/**
 * Magento 1 and Magento 2 attributes matched by entity type code and attribute code: the id map that every
 * step writing an `attribute_id` (EAV, catalog and customer values, configurable super attributes, sales rules)
 * rewrites through. Magento 2 keeps its own ids; a Magento 1 attribute without a Magento 2 counterpart has
 * destinationId 0 until the EAV step has created it (load the map again after that step).
 *
 * Read from both databases' eav_entity_type and eav_attribute (prefixes applied by Database::table()).
 */
class AttributeMap
{
    Q_DECLARE_TR_FUNCTIONS(AttributeMap)
public:
    struct Attribute
    {
        int sourceId = 0;
        int destinationId = 0; ///< 0: Magento 2 has no attribute of that code for that entity type (yet)
        QString entityType; ///< eav_entity_type.entity_type_code, e.g. catalog_product
        QString code;
        QString backendType; ///< the source's backend_type (static, varchar, int, decimal, datetime, text)
        bool userDefined = false; ///< the source's is_user_defined
    };

    /** Reads both sides. Throws cutover::Error when either lacks the EAV tables. */
    static AttributeMap load(Database& source, Database& destination);

    /** The Magento 2 attribute id of a Magento 1 attribute id, when it has one. */
    std::optional<int> destinationId(int sourceAttributeId) const;
    const Attribute* bySourceId(int sourceAttributeId) const;
    const Attribute* byCode(const QString& entityType, const QString& code) const;

    /** Magento 1 attributes of `entityType` (all types when empty) that Magento 2 lacks. */
    QList<Attribute> unmatched(const QString& entityType = {}) const;
    QList<Attribute> attributes() const { return m_attributes; }

    /** eav_entity_type ids by code on each side (entity types keep their codes between versions). */
    std::optional<int> sourceEntityTypeId(const QString& code) const;
    std::optional<int> destinationEntityTypeId(const QString& code) const;

private:
    QList<Attribute> m_attributes;
    QHash<int, qsizetype> m_bySourceId;
    QHash<QString, qsizetype> m_byCode; ///< "entity_type/code"
    QHash<QString, int> m_sourceTypes;
    QHash<QString, int> m_destinationTypes;
};

} // namespace cutover
