#pragma once

#include <QString>
#include <QStringList>

namespace cutover::test {

/**
 * A stand-in for Magento 2's bin/magento (PHP is not installed on the test machines), written to `root`/bin/magento.
 * It records its arguments in `root`/calls.log, writes its pid to magento.pid, answers cron:install, and prints
 * indexer:reindex's output in Magento 2.4's forms (IndexerReindexCommand: "<Title> index " first, the rest of the
 * line when done) for catalogrule_product, cataloginventory_stock, catalog_product_price and catalogsearch_fulltext,
 * refusing any other indexer as Magento does. Files in `root` steer it:
 * - fail.txt "<id> <exception|unknown|locked|throwable|locked24> [message]": that indexer fails in that form;
 * - sleep.txt "<seconds>": each indexer takes that long (in a child process, pid in sleeper.pid);
 * - fatal.txt: it stops as PHP does on a fatal error (exit code 255);
 * - stock-title.txt: the title of cataloginventory_stock ("Inventory" without it, as with MSI; "Stock" without MSI).
 */
void installFakeMagento(const QString& root, bool executable = true);

/**
 * A Magento 1 installation folder as Cutover's checks know one (index.php and app/Mage.php, each "<?php"), at
 * `root`; the maintenance step writes maintenance.flag there. Stops the test process when it cannot be written.
 */
void makeMagento1Root(const QString& root);

/** The argument lines bin/magento was called with, oldest first. */
QStringList fakeMagentoCalls(const QString& root);

} // namespace cutover::test
