#include "grants.h"

#include <QRegularExpression>

#include <algorithm>

namespace cutover {

namespace {

const QString all = QStringLiteral("ALL PRIVILEGES");

QString unquote(QString name)
{
    name = name.trimmed();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('`')) && name.endsWith(QLatin1Char('`')))
        name = name.mid(1, name.size() - 2).replace(QLatin1String("``"), QLatin1String("`"));
    return name;
}

// Splits "`db`.`table`" at the dot that is outside backticks.
std::pair<QString, QString> splitObject(const QString& object)
{
    bool quoted = false;
    for (int i = 0; i < object.size(); ++i) {
        if (object.at(i) == QLatin1Char('`'))
            quoted = !quoted;
        else if (object.at(i) == QLatin1Char('.') && !quoted)
            return { unquote(object.left(i)), unquote(object.mid(i + 1)) };
    }
    return { unquote(object), QStringLiteral("*") };
}

} // namespace

GrantSet GrantSet::parse(const QStringList& grantLines)
{
    static const QRegularExpression grantLine(
        QStringLiteral(
            R"(^GRANT\s+(.+?)\s+ON\s+(?:(?:TABLE|FUNCTION|PROCEDURE|PACKAGE BODY|PACKAGE)\s+)?((?:`(?:[^`]|``)*`|[^\s.`]+|\*)(?:\.(?:`(?:[^`]|``)*`|[^\s`]+|\*))?)\s+TO\s)"),
        QRegularExpression::CaseInsensitiveOption);
    // Column-level privileges, "SELECT (a, b)", do not cover the whole table: drop them.
    static const QRegularExpression columnPrivilege(
        QStringLiteral(R"([A-Z ]+\([^)]*\))"), QRegularExpression::CaseInsensitiveOption);

    GrantSet set;
    for (const QString& line : grantLines) {
        const QRegularExpressionMatch match = grantLine.match(line.trimmed());
        if (!match.hasMatch())
            continue;
        Grant grant;
        std::tie(grant.database, grant.table) = splitObject(match.captured(2));
        QString privileges = match.captured(1);
        privileges.remove(columnPrivilege);
        for (const QString& part : privileges.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = part.simplified().toUpper();
            if (name.isEmpty())
                continue;
            grant.privileges.insert(name == QLatin1String("ALL") ? all : name);
        }
        if (!grant.privileges.isEmpty())
            set.m_grants.append(grant);
    }
    return set;
}

bool GrantSet::databaseMatches(const QString& pattern, const QString& database)
{
    if (pattern == QLatin1String("*"))
        return true;
    // Grant database names are LIKE patterns: % any run, _ one character, a backslash escapes either.
    QString regex;
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size())
            regex += QRegularExpression::escape(QString(pattern.at(++i)));
        else if (c == QLatin1Char('%'))
            regex += QLatin1String(".*");
        else if (c == QLatin1Char('_'))
            regex += QLatin1Char('.');
        else
            regex += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(regex)).match(database).hasMatch();
}

bool GrantSet::has(const QString& privilege, const QString& database) const
{
    for (const Grant& grant : m_grants) {
        if (grant.table != QLatin1String("*") || !databaseMatches(grant.database, database))
            continue;
        if (grant.privileges.contains(all) || grant.privileges.contains(privilege))
            return true;
    }
    return false;
}

QStringList GrantSet::privilegesOn(const QString& database) const
{
    QSet<QString> privileges;
    for (const Grant& grant : m_grants) {
        if (grant.table == QLatin1String("*") && databaseMatches(grant.database, database))
            privileges.unite(grant.privileges);
    }
    if (privileges.contains(all))
        return { all };
    privileges.remove(QStringLiteral("USAGE"));
    QStringList list(privileges.begin(), privileges.end());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace cutover
