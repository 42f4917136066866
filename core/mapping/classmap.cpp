#include "mapping/classmap.h"

#include "mapping/dmtxml.h"

namespace cutover {

ClassMap ClassMap::load(const QString& path, const QString& xsdPath)
{
    const DmtXmlElement root = DmtXml::load(path, xsdPath);
    ClassMap map;
    map.m_file = path;
    for (const auto* rename : root.elements(QStringLiteral("rename"))) {
        Rename r { rename->childText(QStringLiteral("from")), rename->childText(QStringLiteral("to")), rename->line };
        map.m_renames.append(r);
        if (!r.from.isEmpty())
            map.m_index.insert(r.from, r.to);
    }
    return map;
}

} // namespace cutover
