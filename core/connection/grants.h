#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cutover {

/**
 * The privileges a user holds, read from the lines of `SHOW GRANTS`, so that the probe can say which one is
 * missing before a migration needs it. Roles and column-level grants are not followed: the probe confirms reads
 * and writes with trial statements anyway, and uses this only for what cannot be tried without changing
 * something (CREATE, ALTER, TRIGGER, SUPER).
 */
class GrantSet
{
public:
    /** Parses `SHOW GRANTS` output; lines it does not understand (role grants, PROXY) are ignored. */
    static GrantSet parse(const QStringList& grantLines);

    /**
     * True when `privilege` (upper case, as MariaDB spells it: "SELECT", "TRIGGER", "SUPER") is granted on all
     * databases or on every table of `database` (database names in grants may hold the % and _ wildcards).
     */
    bool has(const QString& privilege, const QString& database) const;

    /** The privileges that apply to every table of `database`, sorted, "ALL PRIVILEGES" when all. */
    QStringList privilegesOn(const QString& database) const;

private:
    struct Grant
    {
        QString database; ///< unquoted; "*" for all databases
        QString table; ///< unquoted; "*" for all tables
        QSet<QString> privileges;
    };
    static bool databaseMatches(const QString& pattern, const QString& database);

    QVector<Grant> m_grants;
};

} // namespace cutover
