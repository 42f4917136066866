#pragma once

#include <memory>
#include <string>

#include <spdlog/spdlog.h>

namespace cutover {

/**
 * Returns the logger named after a folder ("core.db", "wizard.connection").
 *
 * Core never configures sinks: a new logger copies the sinks and level of spdlog's default logger, which
 * app/ sets up. Thread-safe; the logger lives for the whole process.
 */
std::shared_ptr<spdlog::logger> logger(const std::string& name);

} // namespace cutover
