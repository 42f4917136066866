#pragma once

#include "mapping/classmap.h"
#include "mapping/groupsconfig.h"
#include "mapping/mapconfig.h"
#include "mapping/settingsconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cutover {

class HandlerRegistry;

/**
 * The Data Migration Tool's config.xml, loaded unchanged: steps per mode (settings, data, delta), the source and
 * destination database settings, and the options (bulk_size, prefixes, crypt_key, the map and group files).
 *
 * As in the tool, file paths in the options are relative to its root folder, the one that holds `etc/`; the XSDs
 * are read from that `etc/`. A value type. It holds the database password when the file has one: never log
 * `source()`/`destination()` whole.
 */
class DmtConfig
{
    Q_DECLARE_TR_FUNCTIONS(DmtConfig)
public:
    struct Step
    {
        QString title;
        QStringList integrity;
        QStringList data;
        QStringList delta;
        QStringList volume;
        int line = 0;
    };

    /**
     * Loads `configPath` and validates it against etc/config.xsd. `rootFolder` defaults to the parent of the
     * nearest folder named `etc` above the file. Throws cutover::Error naming the file, line and problem.
     */
    static DmtConfig load(const QString& configPath, const QString& rootFolder = {});

    QString file() const { return m_file; }
    QString rootFolder() const { return m_root; }
    /** The XSD of the tool's etc/ folder, e.g. "map.xsd". */
    QString schemaPath(const QString& xsdName) const;

    QStringList modes() const { return m_modes; }
    QList<Step> steps(const QString& mode) const { return m_steps.value(mode); }

    /** Attributes of <source><database .../> (host, port, name, user, password, ssl_*). */
    QMap<QString, QString> source() const { return m_source; }
    QMap<QString, QString> destination() const { return m_destination; }

    /** Options in file order (name, value). */
    const QList<QPair<QString, QString>>& options() const { return m_options; }
    bool hasOption(const QString& name) const;
    QString option(const QString& name, const QString& fallback = {}) const;
    /** bulk_size; 0 means "detect per document", as in the tool. */
    int bulkSize() const { return option(QStringLiteral("bulk_size"), QStringLiteral("0")).toInt(); }
    QString sourcePrefix() const { return option(QStringLiteral("source_prefix")); }
    QString destinationPrefix() const { return option(QStringLiteral("dest_prefix")); }
    QString cryptKey() const { return option(QStringLiteral("crypt_key")); }

    /** A path from an option resolved as the tool does: absolute as is, else relative to the root folder. */
    QString resolve(const QString& path) const;

private:
    QString m_file;
    QString m_root;
    QStringList m_modes;
    QMap<QString, QList<Step>> m_steps;
    QMap<QString, QString> m_source;
    QMap<QString, QString> m_destination;
    QList<QPair<QString, QString>> m_options;
};

/**
 * config.xml and every file its options name, each validated against its XSD: the map files (map_file,
 * eav_map_file, customer_map_file, log_map_file, stores_map_file, tier_price_map_file, ...), settings.xml,
 * class-map.xml, the groups files and deltalog.xml. A value type, loaded once and then read from any thread.
 */
class DmtConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(DmtConfiguration)
public:
    /**
     * Loads everything. A file that is missing, not well-formed or invalid against its XSD throws
     * cutover::Error naming the file, the line or the config.xml option that refers to it.
     */
    static DmtConfiguration load(const QString& configPath, const QString& rootFolder = {});
    /**
     * The config.xml used when the user names none, the same for the wizard and every command: $CUTOVER_DMT_CONFIG
     * when set, else Cutover's own mapping (builtInPath()), so that an installed Cutover needs no file of the
     * Data Migration Tool.
     */
    static QString defaultPath();
    /**
     * Cutover's own mapping for Magento CE 1.9.x to 2.4.x, compiled into core as Qt resources (a `:/` path), in the
     * Data Migration Tool's format; its root folder (builtInRoot()) holds etc/ with the XSDs.
     */
    static QString builtInPath();
    static QString builtInRoot();
    /** The files of the built-in mapping, relative to builtInRoot() ("etc/map.xsd", "etc/ce19-to-ce24/map.xml"...). */
    static QStringList builtInFiles();
    /**
     * Writes the built-in mapping (with its etc/ XSDs) into `folder` as editable files, creating folders and
     * replacing files of the same name, and returns the path of the written config.xml. Throws cutover::Error
     * naming the file that could not be written. Runs on any thread.
     */
    static QString exportBuiltIn(const QString& folder);

    /** The options naming map files, groups files, the settings file and the class map, as the tool knows them. */
    static QStringList mapFileOptions();
    static QStringList groupsFileOptions();

    const DmtConfig& config() const { return m_config; }
    /** The map file of an option ("map_file", "eav_map_file", ...), or nullptr when the config has none. */
    const MapConfig* map(const QString& option) const;
    const GroupsConfig* groups(const QString& option) const;
    const SettingsConfig* settings() const { return m_settings ? &*m_settings : nullptr; }
    const ClassMap* classMap() const { return m_classMap ? &*m_classMap : nullptr; }
    const QMap<QString, MapConfig>& maps() const { return m_maps; }
    /** Replaces the map of an option (a project's override map layered on it, see MapConfig::overlaid()). */
    void setMap(const QString& option, MapConfig map) { m_maps.insert(option, std::move(map)); }
    const QMap<QString, GroupsConfig>& allGroups() const { return m_groups; }

    /**
     * Every handler of every map and of settings.xml checked against `registry`: an unknown class is an
     * error naming file, line and class; a known one that Cutover does not implement is an error too (the tool
     * would run it), so nothing passes silently.
     */
    QList<IntegrityIssue> checkHandlers(const HandlerRegistry& registry) const;

private:
    DmtConfig m_config;
    QMap<QString, MapConfig> m_maps;
    QMap<QString, GroupsConfig> m_groups;
    std::optional<SettingsConfig> m_settings;
    std::optional<ClassMap> m_classMap;
};

} // namespace cutover
