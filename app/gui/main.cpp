#include "../logging.h"
#include "../translator.h"

#include "cutoverwizard.h"
#include "wizardcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <memory>

using namespace cutover;

int main(int argc, char* argv[])
{
    // --version and --help must work without a display (over ssh, in scripts): they need no widgets.
    bool headless = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        headless = headless || arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h";
    }
    std::unique_ptr<QCoreApplication> application
        = headless ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *application;
    QApplication::setApplicationName(QStringLiteral("Cutover"));
    QApplication::setOrganizationName(QStringLiteral("Cutover"));
    QApplication::setApplicationVersion(QStringLiteral(CUTOVER_VERSION));
    app::installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Cutover migrates a live Magento 1 store to Magento 2. With no project, it opens on a demo store that it "
        "prepares on this computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoFolder(QStringLiteral("demo-folder"),
        QApplication::translate("main", "Keep the demo store in <folder> instead of the user's data folder."),
        QApplication::translate("main", "folder"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QApplication::translate("main", "Log debug messages."));
    const QCommandLineOption overview(QStringLiteral("overview"),
        QApplication::translate("main", "Open the migration overview window beside the wizard (for a projector)."));
    parser.addOption(demoFolder);
    parser.addOption(verbose);
    parser.addOption(overview);
    parser.addPositionalArgument(
        QStringLiteral("project"), QApplication::translate("main", "A project file (*.cutover) to open."));
    parser.process(app);
    app::setUpLogging(QStringLiteral("cutover"), parser.isSet(verbose));

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cutover.svg")));
    // Matches the installed cutover.desktop, so Wayland shells show its name and icon for the window.
    QGuiApplication::setDesktopFileName(QStringLiteral("cutover"));
    ui::CutoverWizard wizard(parser.value(demoFolder));
    wizard.show();
    if (parser.isSet(overview))
        wizard.showOverview();
    const QStringList projects = parser.positionalArguments();
    // After the event loop starts, so the window is up before anything can report an error into it.
    QTimer::singleShot(0, &wizard, [&wizard, projects] {
        if (projects.isEmpty())
            wizard.controller()->prepareDemo();
        else
            wizard.controller()->openProject(projects.first());
    });
    return app.exec();
}
