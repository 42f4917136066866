#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cutover {

/**
 * The Data Migration Tool's class-map.xml: Magento 1 class names and aliases
 * ("catalog/product_attribute_backend_media", "Mage_Sales_Model_Order") and their Magento 2 classes. An empty `to`
 * means the class has no Magento 2 counterpart. A value type.
 */
class ClassMap
{
public:
    struct Rename
    {
        QString from;
        QString to; ///< empty: no Magento 2 class
        int line = 0;
    };

    /** Loads and validates `path` against `xsdPath` (class-map.xsd). Throws cutover::Error with file and line. */
    static ClassMap load(const QString& path, const QString& xsdPath);

    QString file() const { return m_file; }
    const QList<Rename>& renames() const { return m_renames; }
    bool hasMap(const QString& className) const { return m_index.contains(className); }
    /**
     * As the tool's convertClassName(): the Magento 2 class, or an empty string when the class is not in the map
     * or maps to nothing.
     */
    QString convert(const QString& className) const { return m_index.value(className); }

private:
    QString m_file;
    QList<Rename> m_renames;
    QHash<QString, QString> m_index; ///< last rule wins, as the tool's array
};

} // namespace cutover
