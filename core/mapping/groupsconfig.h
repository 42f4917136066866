#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cutover {

/**
 * A groups file of the Data Migration Tool (eav-document-groups.xml, customer-attribute-groups.xml,
 * deltalog.xml, ...): named groups of documents (tables, with an optional key column) and attributes (with an
 * optional key and type). A value type.
 */
class GroupsConfig
{
public:
    struct Entry
    {
        QString name;
        QString key; ///< empty when the XML does not set it
        QString type; ///< attributes only
        int line = 0;
    };
    struct Group
    {
        QString name;
        int line = 0;
        QList<Entry> documents;
        QList<Entry> attributes;
    };

    /** Loads and validates `path` against `xsdPath` (groups.xsd). Throws cutover::Error with file and line. */
    static GroupsConfig load(const QString& path, const QString& xsdPath);

    QString file() const { return m_file; }
    const QList<Group>& groups() const { return m_groups; }
    /** The group called `name`, or nullptr. */
    const Group* group(const QString& name) const;
    /** The document names of a group, in order (empty for an unknown group). */
    QStringList documents(const QString& group) const;
    /** The names of the groups a document belongs to. */
    QStringList groupsOf(const QString& document) const;

private:
    QString m_file;
    QList<Group> m_groups;
};

} // namespace cutover
