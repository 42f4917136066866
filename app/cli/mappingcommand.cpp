#include "cliutil.h"
#include "commands.h"

#include "error.h"
#include "mapping/dmtconfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace cutover::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cutover::cli", text);
}

int exportMapping(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("DIR"), tr("The folder to write the mapping into (created if missing)."));
    parser.addOption({ QStringLiteral("force"),
        tr("Write into a folder that is not empty, replacing files of the same name (other files are kept).") });
    processOrExit(parser, arguments,
        tr("Writes Cutover's built-in mapping for Magento CE 1.9.x to 2.4.x (config.xml, the map.xml family, "
           "settings.xml, the class map, the groups files and the XSDs in etc/) as editable files, in the Data "
           "Migration Tool's format. Edit them, then pass the printed config.xml to migrate, verify and delta with "
           "--config (or set CUTOVER_DMT_CONFIG)."));

    const QStringList folders = parser.positionalArguments();
    if (folders.size() != 1) {
        err(folders.isEmpty() ? tr("Give the folder to export into: cutover-cli mapping export DIR.")
                              : tr("Give one folder, not %1.").arg(folders.size()));
        return UsageError;
    }
    const QString folder = QFileInfo(folders.first()).absoluteFilePath();
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        err(tr("%1 is a file, not a folder. Give a folder to export the mapping into.")
                .arg(QDir::toNativeSeparators(folder)));
        return UsageError;
    }
    if (info.isDir() && !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
        && !parser.isSet(QStringLiteral("force"))) {
        err(tr("The folder %1 is not empty; nothing was written. Give an empty or new folder, or add --force to "
               "write into it (files of the same name are replaced).")
                .arg(QDir::toNativeSeparators(folder)));
        return UsageError;
    }
    try {
        const QString config = DmtConfiguration::exportBuiltIn(folder);
        out(tr("Wrote Cutover's mapping for Magento CE 1.9.x to 2.4.x to %1. Use it with:\n  --config %2")
                .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(config)));
        return Success;
    } catch (const Error& e) {
        err(e.message());
        return Failed;
    }
}

} // namespace

int runMapping(const QStringList& arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("%1 %2").arg(arguments.value(0), action));
    if (action == QLatin1String("export"))
        return exportMapping(rest);
    const QString usage = tr("Usage: cutover-cli mapping export DIR [--force]\n"
                             "Run 'cutover-cli mapping export --help' for the details.");
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action == QLatin1String("help")) {
        out(usage);
        return Success;
    }
    if (action.isEmpty())
        err(usage);
    else
        err(tr("Unknown action \"%1\" for cutover-cli mapping.\n%2").arg(action, usage));
    return UsageError;
}

} // namespace cutover::cli
