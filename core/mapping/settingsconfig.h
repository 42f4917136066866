#pragma once

#include "mapping/mapconfig.h"

#include <QList>
#include <QString>

#include <optional>

namespace cutover {

/**
 * The Data Migration Tool's settings.xml: which core_config_data paths are ignored (with `*` patterns), which are
 * renamed, and which values go through a handler. Matching follows the tool: an exact path, or a pattern whose
 * `*` stands for one or more characters and which only has to match the start of the path.
 *
 * A value type; const methods are safe on any thread.
 */
class SettingsConfig
{
public:
    struct Rename
    {
        QString path;
        QString to;
        int line = 0;
    };
    struct Transform
    {
        QString path;
        HandlerConfig handler;
    };

    /** Loads and validates `path` against `xsdPath` (settings.xsd). Throws cutover::Error with file and line. */
    static SettingsConfig load(const QString& path, const QString& xsdPath);

    QString file() const { return m_file; }
    const QList<QPair<QString, int>>& ignoredPaths() const { return m_ignored; }
    const QList<Rename>& renames() const { return m_renames; }
    const QList<Transform>& transforms() const { return m_transforms; }

    bool isIgnored(const QString& path) const;
    /** The Magento 2 path of a Magento 1 path, or nullopt when it is ignored. */
    std::optional<QString> destinationPath(const QString& path) const;
    /** The value handler of a path (the first rule, as the tool), or nullopt. Ignored paths have none. */
    std::optional<HandlerConfig> handler(const QString& path) const;

private:
    QString m_file;
    QList<QPair<QString, int>> m_ignored;
    QList<Rename> m_renames;
    QList<Transform> m_transforms;
};

} // namespace cutover
