#pragma once

#include "db/connectionprofile.h"
#include "generatoroptions.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace cutover {

/**
 * Fills a database that holds a real Magento 1 schema (any release, with or without table prefix) with a
 * realistic, deterministic store: the same options and seed give the same rows.
 *
 * The columns of every table are read from information_schema; no copy of Magento's schema is compiled in.
 * run() blocks: call it on a worker thread (it opens its own connection there).
 */
class StoreGenerator {
    Q_DECLARE_TR_FUNCTIONS(StoreGenerator)
public:
    using ProgressFn = std::function<void(const QString& area, qint64 done, qint64 total)>;

    /**
     * Generates the store. `progress` is called from the calling thread, often; `cancel` is polled between
     * batches. Throws cutover::Error on failure or cancellation; what was written stays written.
     */
    static GeneratorReport run(const ConnectionProfile& target, const QString& password,
        const GeneratorOptions& options, const ProgressFn& progress = {}, const std::atomic<bool>* cancel = nullptr);
};

} // namespace cutover
