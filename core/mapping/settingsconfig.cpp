#include "mapping/settingsconfig.h"

#include "mapping/dmtxml.h"

namespace cutover {

SettingsConfig SettingsConfig::load(const QString& path, const QString& xsdPath)
{
    const DmtXmlElement root = DmtXml::load(path, xsdPath);
    SettingsConfig settings;
    settings.m_file = path;
    for (const auto* key : root.elements(QStringLiteral("key"))) {
        for (const auto& rule : key->children) {
            if (rule.name == QLatin1String("ignore"))
                settings.m_ignored.append({ rule.childText(QStringLiteral("path")), rule.line });
            else if (rule.name == QLatin1String("rename"))
                settings.m_renames.append(
                    { rule.childText(QStringLiteral("path")), rule.childText(QStringLiteral("to")), rule.line });
        }
    }
    for (const auto* value : root.elements(QStringLiteral("value"))) {
        for (const auto* transform : value->elements(QStringLiteral("transform"))) {
            Transform t;
            t.path = transform->childText(QStringLiteral("path"));
            for (const auto* handler : transform->elements(QStringLiteral("handler"))) {
                t.handler.className = handler->attributes.value(QStringLiteral("class"));
                t.handler.file = path;
                t.handler.line = handler->line;
                for (const auto* param : handler->elements(QStringLiteral("param")))
                    t.handler.params.append({ param->attributes.value(QStringLiteral("name")),
                        param->attributes.value(QStringLiteral("value")) });
            }
            settings.m_transforms.append(t);
        }
    }
    return settings;
}

bool SettingsConfig::isIgnored(const QString& path) const
{
    for (const auto& [pattern, line] : m_ignored) {
        Q_UNUSED(line)
        if (MapConfig::matchesPattern(pattern, path))
            return true;
    }
    return false;
}

std::optional<QString> SettingsConfig::destinationPath(const QString& path) const
{
    if (isIgnored(path))
        return std::nullopt;
    for (const auto& rename : m_renames) {
        if (rename.path == path)
            return rename.to;
    }
    return path;
}

std::optional<HandlerConfig> SettingsConfig::handler(const QString& path) const
{
    if (isIgnored(path))
        return std::nullopt;
    for (const auto& transform : m_transforms) {
        if (transform.path == path)
            return transform.handler;
    }
    return std::nullopt;
}

} // namespace cutover
