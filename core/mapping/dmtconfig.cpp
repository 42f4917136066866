#include "mapping/dmtconfig.h"

#include "error.h"
#include "mapping/dmtxml.h"
#include "mapping/handlers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace cutover {

namespace {

QString findRoot(const QString& configPath)
{
    QDir dir = QFileInfo(configPath).absoluteDir();
    while (true) {
        if (dir.dirName() == QLatin1String("etc")) {
            dir.cdUp();
            return dir.absolutePath();
        }
        if (!dir.cdUp())
            return {};
    }
}

} // namespace

DmtConfig DmtConfig::load(const QString& configPath, const QString& rootFolder)
{
    DmtConfig config;
    config.m_file = configPath;
    config.m_root = rootFolder.isEmpty() ? findRoot(configPath) : QDir(rootFolder).absolutePath();
    if (config.m_root.isEmpty()) {
        throw Error(tr("%1 is not inside a Data Migration Tool folder: no folder named etc holds it, so the paths "
                       "in it cannot be resolved. Keep it in the tool's etc/ folder or give the tool's root folder.")
                        .arg(QDir::toNativeSeparators(configPath)));
    }
    if (!QFileInfo::exists(configPath)) {
        throw Error(tr("The Data Migration Tool configuration %1 does not exist. Check the path.")
                        .arg(QDir::toNativeSeparators(configPath)));
    }
    const DmtXmlElement root = DmtXml::load(configPath, config.schemaPath(QStringLiteral("config.xsd")));
    for (const auto* steps : root.elements(QStringLiteral("steps"))) {
        const QString mode = steps->attributes.value(QStringLiteral("mode"));
        if (!config.m_modes.contains(mode))
            config.m_modes.append(mode);
        for (const auto* element : steps->elements(QStringLiteral("step"))) {
            Step step;
            step.title = element->attributes.value(QStringLiteral("title"));
            step.line = element->line;
            for (const auto& stage : element->children) {
                if (stage.name == QLatin1String("integrity"))
                    step.integrity.append(stage.text);
                else if (stage.name == QLatin1String("data"))
                    step.data.append(stage.text);
                else if (stage.name == QLatin1String("delta"))
                    step.delta.append(stage.text);
                else if (stage.name == QLatin1String("volume"))
                    step.volume.append(stage.text);
            }
            config.m_steps[mode].append(step);
        }
    }
    for (const auto* source : root.elements(QStringLiteral("source"))) {
        for (const auto* database : source->elements(QStringLiteral("database")))
            config.m_source = database->attributes;
    }
    for (const auto* destination : root.elements(QStringLiteral("destination"))) {
        for (const auto* database : destination->elements(QStringLiteral("database")))
            config.m_destination = database->attributes;
    }
    for (const auto* options : root.elements(QStringLiteral("options"))) {
        for (const auto& option : options->children)
            config.m_options.append({ option.name, option.text });
    }
    return config;
}

QString DmtConfig::schemaPath(const QString& xsdName) const
{
    return m_root + QStringLiteral("/etc/") + xsdName;
}

bool DmtConfig::hasOption(const QString& name) const
{
    for (const auto& option : m_options) {
        if (option.first == name)
            return true;
    }
    return false;
}

QString DmtConfig::option(const QString& name, const QString& fallback) const
{
    for (const auto& [key, value] : m_options) {
        if (key == name)
            return value;
    }
    return fallback;
}

QString DmtConfig::resolve(const QString& path) const
{
    if (QFileInfo(path).isAbsolute())
        return path;
    return QDir::cleanPath(m_root + QLatin1Char('/') + path);
}

QStringList DmtConfiguration::mapFileOptions()
{
    return { QStringLiteral("map_file"), QStringLiteral("eav_map_file"), QStringLiteral("customer_map_file"),
        QStringLiteral("log_map_file"), QStringLiteral("stores_map_file"), QStringLiteral("tier_price_map_file"),
        QStringLiteral("sales_order_map_file") };
}

QStringList DmtConfiguration::groupsFileOptions()
{
    return { QStringLiteral("eav_document_groups_file"), QStringLiteral("eav_attribute_groups_file"),
        QStringLiteral("log_document_groups_file"), QStringLiteral("customer_document_groups_file"),
        QStringLiteral("customer_attribute_groups_file"), QStringLiteral("delta_document_groups_file"),
        QStringLiteral("order_grids_document_groups_file"), QStringLiteral("map_document_groups") };
}

DmtConfiguration DmtConfiguration::load(const QString& configPath, const QString& rootFolder)
{
    DmtConfiguration all;
    all.m_config = DmtConfig::load(configPath, rootFolder);
    const DmtConfig& config = all.m_config;

    // Each referenced file must exist before it is parsed, so that the message can name the option pointing at it.
    const auto fileOf = [&](const QString& option) -> QString {
        const QString value = config.option(option);
        if (value.isEmpty())
            return {};
        const QString path = config.resolve(value);
        if (!QFileInfo(path).isFile()) {
            throw Error(tr("The file %1 named by the option %2 of %3 does not exist (paths are relative to the tool's "
                           "root folder %4). Fix the option or restore the file.")
                            .arg(QDir::toNativeSeparators(path), option, QDir::toNativeSeparators(config.file()),
                                QDir::toNativeSeparators(config.rootFolder())));
        }
        return path;
    };
    for (const auto& option : mapFileOptions()) {
        const QString path = fileOf(option);
        if (!path.isEmpty())
            all.m_maps.insert(option, MapConfig::load(path, config.schemaPath(QStringLiteral("map.xsd"))));
    }
    for (const auto& option : groupsFileOptions()) {
        const QString path = fileOf(option);
        if (!path.isEmpty())
            all.m_groups.insert(option, GroupsConfig::load(path, config.schemaPath(QStringLiteral("groups.xsd"))));
    }
    if (const QString path = fileOf(QStringLiteral("settings_map_file")); !path.isEmpty())
        all.m_settings = SettingsConfig::load(path, config.schemaPath(QStringLiteral("settings.xsd")));
    if (const QString path = fileOf(QStringLiteral("class_map")); !path.isEmpty())
        all.m_classMap = ClassMap::load(path, config.schemaPath(QStringLiteral("class-map.xsd")));
    return all;
}

const MapConfig* DmtConfiguration::map(const QString& option) const
{
    const auto it = m_maps.constFind(option);
    return it == m_maps.constEnd() ? nullptr : &*it;
}

const GroupsConfig* DmtConfiguration::groups(const QString& option) const
{
    const auto it = m_groups.constFind(option);
    return it == m_groups.constEnd() ? nullptr : &*it;
}

QList<IntegrityIssue> DmtConfiguration::checkHandlers(const HandlerRegistry& registry) const
{
    QList<IntegrityIssue> issues;
    for (const auto& map : m_maps)
        issues += registry.check(map.allHandlers());
    if (m_settings) {
        QList<HandlerConfig> handlers;
        for (const auto& transform : m_settings->transforms())
            handlers.append(transform.handler);
        issues += registry.check(handlers);
    }
    return issues;
}

QString DmtConfiguration::defaultPath()
{
    const QString configured = qEnvironmentVariable("CUTOVER_DMT_CONFIG");
    return configured.isEmpty() ? builtInPath() : configured;
}

QString DmtConfiguration::builtInRoot()
{
    return QStringLiteral(":/mapping");
}

QString DmtConfiguration::builtInPath()
{
    return builtInRoot() + QStringLiteral("/etc/ce19-to-ce24/config.xml");
}

QStringList DmtConfiguration::builtInFiles()
{
    const QDir root(builtInRoot());
    QStringList files;
    QDirIterator it(builtInRoot(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << root.relativeFilePath(it.next());
    files.sort();
    return files;
}

QString DmtConfiguration::exportBuiltIn(const QString& folder)
{
    const QDir target(folder);
    for (const QString& file : builtInFiles()) {
        const QString to = target.absoluteFilePath(file);
        if (!QDir().mkpath(QFileInfo(to).absolutePath())) {
            throw Error(tr("Could not create the folder %1. Check that you may write there.")
                            .arg(QDir::toNativeSeparators(QFileInfo(to).absolutePath())));
        }
        // A link in the folder (to etc/ or a file) would take the copy outside it: refused, never followed.
        for (QString at = to; at.startsWith(target.absolutePath() + QLatin1Char('/'));
             at = QFileInfo(at).absolutePath()) {
            if (QFileInfo(at).isSymLink())
                throw Error(tr("%1 is a symbolic link: remove it or export to another folder.")
                                .arg(QDir::toNativeSeparators(at)));
        }
        QFile source(builtInRoot() + QLatin1Char('/') + file);
        if (!source.open(QIODevice::ReadOnly))
            throw Error(tr("Could not read Cutover's built-in %1: %2.").arg(file, source.errorString()));
        // Written whole or not at all: an export that stops half-way leaves no truncated file.
        QSaveFile destination(to);
        if (!destination.open(QIODevice::WriteOnly) || destination.write(source.readAll()) != source.size()
            || !destination.commit()) {
            throw Error(tr("Could not write %1: %2. Check that you may write there and that the disk is not full.")
                            .arg(QDir::toNativeSeparators(to), destination.errorString()));
        }
    }
    return QDir::cleanPath(target.absoluteFilePath(QDir(builtInRoot()).relativeFilePath(builtInPath())));
}

} // namespace cutover
