#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace cutover {

class Database;

/**
 * What a Magento 2 destination already holds of the store data a migration writes: products, categories beyond
 * the two of a fresh install, customers, orders, and URL rewrites of products and categories.
 *
 * A migration replaces those rows (after backing them up, see CopyLedger). A destination with customers or orders
 * looks like a store in use, so MigrationRunner refuses to write to it until the user has confirmed by typing the
 * destination database's name (the wizard asks; `cutover-cli migrate` takes --replace-store NAME). The connection
 * probe shows the same counts as its "Fresh install" check.
 */
struct DestinationContents
{
    Q_DECLARE_TR_FUNCTIONS(DestinationContents)
public:
    qint64 products = 0;
    qint64 categories = 0; ///< besides the root category and "Default Category" of a fresh install
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 urlRewrites = 0; ///< of products, categories and custom redirects (a fresh install has its CMS pages')

    /** Rows of `table` (without prefix) matching `where` (empty: all), 0 when the table does not exist. */
    using Counter = std::function<qint64(const QString& table, const QString& where)>;
    static DestinationContents count(const Counter& counter);
    /**
     * The contents of `destination` that Cutover did not write. A table the ledger records (an earlier run wrote to
     * it, after backing up what it held) counts only the customers and orders Magento 2 made itself since: rows
     * whose id is beyond the highest id of `source` (Magento 1, whose ids Cutover keeps), so that a rerun or a resume
     * is not asked again, but a store that went live on Magento 2 is. Without `source`, such tables count as empty.
     * Throws cutover::Error.
     */
    static DestinationContents read(Database& destination, Database* source = nullptr);

    bool fresh() const { return products + categories + customers + orders + urlRewrites == 0; }
    /** Customers or orders: a store in use, which a migration replaces only after the user confirms. */
    bool inUse() const { return customers > 0 || orders > 0; }
    /** "3 product(s)", "2 customer(s)", ... for what is there, translated. */
    QStringList describe() const;
    /** Why a run into this store in use (`where`: the destination's display name) waits for a confirmation. */
    QString inUseMessage(const QString& where) const;
};

} // namespace cutover
