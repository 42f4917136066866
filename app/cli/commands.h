#pragma once

#include <QString>
#include <QStringList>

namespace cutover::cli {

/** One cutover-cli subcommand: `arguments` starts with the program and subcommand ("cutover-cli generate"). */
struct Command {
    const char* name;
    const char* summary; ///< translated through QCoreApplication::translate("cli", ...)
    int (*run)(const QStringList& arguments);
};

int runGenerate(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runMigrate(const QStringList& arguments);
int runDelta(const QStringList& arguments);
int runProject(const QStringList& arguments);
int runMedia(const QStringList& arguments);

/** The subcommands, in the order `cutover-cli --help` lists them. */
inline constexpr Command commands[] = {
    { "check", QT_TRANSLATE_NOOP("cli", "Check both connections, what each database is, privileges and size."), runCheck },
    { "delta", QT_TRANSLATE_NOOP("cli", "Install, inspect or remove change capture on the Magento 1 database."), runDelta },
    { "generate", QT_TRANSLATE_NOOP("cli", "Fill a Magento 1 database with a generated demo or test store."), runGenerate },
    { "migrate", QT_TRANSLATE_NOOP("cli", "Migrate settings or data from Magento 1 to Magento 2, resumably."), runMigrate },
    { "media", QT_TRANSLATE_NOOP("cli", "Copy the Magento 1 media folder to Magento 2's pub/media, verified and incremental."), runMedia },
    { "project", QT_TRANSLATE_NOOP("cli", "Create a project file holding both connections, or show one."), runProject },
};

} // namespace cutover::cli
