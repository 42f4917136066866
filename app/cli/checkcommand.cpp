#include "cliutil.h"
#include "commands.h"

namespace cutover::cli {

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    processOrExit(parser, arguments, QCoreApplication::translate("cli", "Checks the source and destination connections."));
    err(QCoreApplication::translate("cli", "The check command is not available yet."));
    return Failed;
}

} // namespace cutover::cli
