#include "cliutil.h"
#include "commands.h"

#include "../logging.h"
#include "../translator.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

using namespace cutover;

int main(int argc, char* argv[])
{
    // `report --pdf` lays its pages out with Qt GUI's fonts, which need a QGuiApplication; the other commands stay
    // on QCoreApplication. With no display (a server, a cron job) the GUI application runs on the offscreen
    // platform unless the user chose another.
    const bool needsGui = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (needsGui && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application
        = needsGui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("Cutover"));
    QCoreApplication::setOrganizationName(QStringLiteral("Cutover"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUTOVER_VERSION));
    app::installTranslators(app);

    const QStringList arguments = app.arguments();
    app::setUpLogging(QStringLiteral("cutover-cli"), arguments.contains(QStringLiteral("--verbose")));

    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("version")) {
        cli::out(QStringLiteral("cutover-cli %1").arg(QCoreApplication::applicationVersion()));
        return cli::Success;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        cli::out(QCoreApplication::translate(
            "cli", "Usage: cutover-cli COMMAND [OPTIONS]\n\nMoves a live Magento 1 store to Magento 2. Commands:"));
        for (const auto& command : cli::commands)
            cli::out(QStringLiteral("  %1 %2")
                         .arg(QString::fromLatin1(command.name), -12)
                         .arg(QCoreApplication::translate("cli", command.summary)));
        cli::out(QCoreApplication::translate("cli",
            "\nRun 'cutover-cli COMMAND --help' for a command's options. Database passwords are read from "
            "CUTOVER_SOURCE_PASSWORD and CUTOVER_DEST_PASSWORD (CUTOVER_PASSWORD for generate), never from "
            "the command line."));
        return first.isEmpty() ? cli::UsageError : cli::Success;
    }
    for (const auto& command : cli::commands) {
        if (first == QLatin1String(command.name)) {
            QStringList rest = arguments.mid(2);
            rest.prepend(QStringLiteral("cutover-cli %1").arg(first));
            return command.run(rest);
        }
    }
    cli::err(QCoreApplication::translate("cli", "Unknown command \"%1\". Run 'cutover-cli --help' for the list.")
                 .arg(first));
    return cli::UsageError;
}
