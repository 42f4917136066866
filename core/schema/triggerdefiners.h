#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cutover {

class Database;

/** A database user named as DEFINER by triggers but missing on the server. */
struct MissingDefiner
{
    QString definer; ///< as the server writes it: user@host
    QStringList triggers; ///< the triggers that name it
    QStringList tables; ///< the tables those triggers are on (without prefix handling: as the server names them)
};

/**
 * Finds triggers of the connection's database whose DEFINER user does not exist on the server.
 *
 * A Magento 2 database restored from a dump carries the indexer triggers of its original server, defined by that
 * server's user (often 'magento'@'%'). Where that user is missing, every write to the tables they watch fails
 * with "The user specified as a definer does not exist" (error 1449). Cutover checks this before writing and
 * explains it instead of failing on the first row.
 */
class TriggerDefinerCheck
{
    Q_DECLARE_TR_FUNCTIONS(TriggerDefinerCheck)
public:
    struct Result
    {
        bool checked = false; ///< false when the user may not read the server's user list
        QVector<MissingDefiner> missing;
        QString uncheckedReason; ///< why it could not be checked
    };

    /** Runs on the calling thread over `db`. Throws cutover::Error only when the trigger list cannot be read. */
    static Result run(Database& db);

    /** The explanation and the fix for one missing definer, for messages and reports. */
    static QString explain(const MissingDefiner& missing, const QString& databaseName);
};

} // namespace cutover
