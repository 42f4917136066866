#pragma once

#include <QString>

namespace cutover::app {

/**
 * Sets up logging for a program: a rotating file in the user's data folder (`logs/<program>.log`, 5 x 5 MB) plus
 * stderr, spdlog's default logger with those sinks (core's named loggers copy them), and Qt's own messages routed
 * into spdlog. `verbose` lowers the level to debug. Returns the log file's path.
 */
QString setUpLogging(const QString& program, bool verbose, bool quietStderr = false);

} // namespace cutover::app
