#include "../logging.h"
#include "../translator.h"

#include "cutoverwizard.h"

#include <QApplication>
#include <QIcon>

using namespace cutover;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cutover"));
    QApplication::setOrganizationName(QStringLiteral("Cutover"));
    QApplication::setApplicationVersion(QStringLiteral(CUTOVER_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cutover.svg")));
    app::installTranslators(app);
    app::setUpLogging(QStringLiteral("cutover"), app.arguments().contains(QStringLiteral("--verbose")));

    ui::CutoverWizard wizard;
    wizard.show();
    return app.exec();
}
