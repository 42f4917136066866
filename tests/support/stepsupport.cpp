#include "stepsupport.h"

#include "db/database.h"
#include "engine/migrationrunner.h"
#include "mapping/dmtconfig.h"
#include "testserver.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace cutover::test {

MigrationEnvironment stepEnvironment(const ConnectionProfile& source, const ConnectionProfile& destination)
{
    MigrationEnvironment env;
    env.source = { source, {} };
    env.destination = { destination, {} };
    env.dmt = &dmt();
    env.handlers = &registry();
    env.jobs = 2;
    return env;
}

const DmtConfiguration& builtInMapping()
{
    static const DmtConfiguration configuration = DmtConfiguration::load(DmtConfiguration::builtInPath());
    return configuration;
}

MigrationEnvironment builtInEnvironment(const ConnectionProfile& source, const ConnectionProfile& destination)
{
    MigrationEnvironment env = stepEnvironment(source, destination);
    env.dmt = &builtInMapping();
    return env;
}

qint64 skippedWith(const TableReport& table, const QString& fragment)
{
    qint64 rows = 0;
    for (auto it = table.skipped.cbegin(); it != table.skipped.cend(); ++it) {
        if (it.key().contains(fragment))
            rows += it.value();
    }
    return rows;
}

RunReport runSteps(const ConnectionProfile& source, const ConnectionProfile& destination,
    std::vector<std::unique_ptr<Step>> steps, const QString& confirmedDestination)
{
    MigrationRunner runner(stepEnvironment(source, destination));
    runner.setMode(QStringLiteral("data"));
    runner.setConfirmedDestination(confirmedDestination);
    for (auto& step : steps)
        runner.addStep(std::move(step));
    return runner.run();
}

VerifyReport verifySteps(const MigrationEnvironment& env, const std::vector<Step*>& steps)
{
    Verifier verifier(env);
    for (Step* step : steps)
        verifier.addStep(step);
    RunControl control;
    return verifier.run(control);
}

QString expand(Database& db, QString sql)
{
    static const QRegularExpression name(QStringLiteral("\\{(\\w+)\\}"));
    QRegularExpressionMatch match;
    while ((match = name.match(sql)).hasMatch())
        sql.replace(match.capturedStart(), match.capturedLength(), db.table(match.captured(1)));
    return sql;
}

QStringList sortedRows(Database& db, const QString& sql)
{
    QStringList result;
    QSqlQuery q = db.query(expand(db, sql));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        result << fields.join(QLatin1Char('|'));
    }
    std::sort(result.begin(), result.end());
    return result;
}

QString scalarText(Database& db, const QString& sql)
{
    return db.scalar(expand(db, sql)).toString();
}

void cloneRow(Database& db, const QString& table, const QString& where, const QString& set)
{
    db.exec(QStringLiteral("DROP TEMPORARY TABLE IF EXISTS tmp_clone"));
    db.exec(QStringLiteral("CREATE TEMPORARY TABLE tmp_clone AS SELECT * FROM %1 WHERE %2 LIMIT 1")
                .arg(db.table(table), where));
    db.exec(QStringLiteral("UPDATE tmp_clone SET %1").arg(set));
    db.exec(QStringLiteral("INSERT INTO %1 SELECT * FROM tmp_clone").arg(db.table(table)));
    db.exec(QStringLiteral("DROP TEMPORARY TABLE tmp_clone"));
}

} // namespace cutover::test
