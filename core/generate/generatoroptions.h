#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace cutover {

/**
 * Every generated customer's password. It is a published test password, not a secret: tests and people trying
 * a migrated store log in with it, and it proves that Magento 1's salted-MD5 hashes survived the migration.
 */
inline constexpr const char* generatedCustomerPassword = "cutover123";

/** What to generate. Sizes are totals for the store. */
struct GeneratorOptions {
    qint64 products = 200;
    qint64 customers = 100;
    qint64 orders = 300;
    quint64 seed = 1;
    /** When set, real image and download files are written under this folder (a Magento 1 `media` folder). */
    QString mediaDir;
};

/** What a run made. */
struct GeneratorReport {
    QMap<QString, qint64> rowsPerTable; ///< table (without prefix) -> rows written
    QMap<QString, qint64> mess;         ///< deliberate real-store mess made: what -> count
    QMap<QString, qint64> orphans;      ///< of that mess, rows breaking a foreign key: "child.column -> parent" -> count
    QStringList warnings;
    qint64 totalRows = 0;
    qint64 mediaFiles = 0;
    double seconds = 0;
};

} // namespace cutover
