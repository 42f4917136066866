#include "mapping/groupsconfig.h"

#include "mapping/dmtxml.h"

namespace cutover {

GroupsConfig GroupsConfig::load(const QString& path, const QString& xsdPath)
{
    const DmtXmlElement root = DmtXml::load(path, xsdPath);
    GroupsConfig config;
    config.m_file = path;
    for (const auto* element : root.elements(QStringLiteral("group"))) {
        Group group { element->attributes.value(QStringLiteral("name")), element->line, {}, {} };
        for (const auto& child : element->children) {
            Entry entry { child.text, child.attributes.value(QStringLiteral("key")),
                child.attributes.value(QStringLiteral("type")), child.line };
            if (child.name == QLatin1String("document"))
                group.documents.append(entry);
            else if (child.name == QLatin1String("attribute"))
                group.attributes.append(entry);
        }
        config.m_groups.append(group);
    }
    return config;
}

const GroupsConfig::Group* GroupsConfig::group(const QString& name) const
{
    for (const auto& group : m_groups) {
        if (group.name == name)
            return &group;
    }
    return nullptr;
}

QStringList GroupsConfig::documents(const QString& name) const
{
    QStringList result;
    if (const auto* g = group(name)) {
        for (const auto& document : g->documents)
            result.append(document.name);
    }
    return result;
}

QStringList GroupsConfig::groupsOf(const QString& document) const
{
    QStringList result;
    for (const auto& group : m_groups) {
        for (const auto& entry : group.documents) {
            if (entry.name == document) {
                result.append(group.name);
                break;
            }
        }
    }
    return result;
}

} // namespace cutover
