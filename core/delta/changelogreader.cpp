#include "changelogreader.h"

#include "db/database.h"
#include "error.h"
#include "log/log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cutover {

ChangeLogReader::ChangeLogReader(Database& db)
    : ChangeLogReader(db, Options {})
{
}

ChangeLogReader::ChangeLogReader(Database& db, Options options)
    : m_db(db)
    , m_options(options)
    , m_log(Database::quoteIdentifier(CapturePlanner::logTableName(db.profile().tablePrefix)))
    , m_meta(Database::quoteIdentifier(CapturePlanner::metaTableName(db.profile().tablePrefix)))
{
    m_options.batchSize = std::max(1, m_options.batchSize);
    requireLog();
}

void ChangeLogReader::requireLog()
{
    const CaptureStatus status = DeltaCapture::status(m_db);
    if (!status.installed)
        throw Error(
            tr("Change capture is not installed on %1, so there are no changes to apply.").arg(m_db.profile().database)
            + QLatin1Char(' ')
            + tr("Run cutover-cli delta install before migrating the data, then migrate the data again."));
    if (!status.healthy()) {
        QStringList lines;
        for (const CaptureProblem& p : status.problems)
            lines << p.message + QLatin1Char(' ') + p.fix;
        throw Error(tr("The change capture on %1 is broken, so changes would be missed: %2")
                        .arg(m_db.profile().database, lines.join(QLatin1Char(' '))));
    }
    const QString capture
        = m_db.scalar(QStringLiteral("SELECT `value` FROM %1 WHERE `name` = 'capture'").arg(m_meta)).toString();
    const QJsonArray tables
        = QJsonDocument::fromJson(capture.toUtf8()).object().value(QStringLiteral("tables")).toArray();
    for (const QJsonValue& value : tables) {
        const QJsonObject object = value.toObject();
        QStringList columns;
        for (const QJsonValue& column : object.value(QStringLiteral("keyColumns")).toArray())
            columns << column.toString();
        m_keyColumns.insert(object.value(QStringLiteral("table")).toString(), columns);
    }
}

ChangeBatch ChangeLogReader::next()
{
    return next(appliedSeq());
}

ChangeBatch ChangeLogReader::next(qint64 applied)
{
    ChangeBatch batch;
    batch.lastSeq = applied;
    QSqlQuery q;
    try {
        q = m_db.query(QStringLiteral("SELECT `seq`, `tbl`, `op`, `k`, `changed_at`, "
                                      "TIMESTAMPDIFF(MICROSECOND, `changed_at`, NOW(6)) FROM %1 WHERE `seq` > ? "
                                      "ORDER BY `seq` LIMIT %2")
                           .arg(m_log)
                           .arg(m_options.batchSize),
            { applied });
    } catch (const Error& e) {
        throw e.withContext(tr("Could not read the change log %1 (run cutover-cli delta status)").arg(m_log));
    }
    QHash<QString, int> index;
    qint64 expected = applied + 1;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        if (seq != expected) {
            const double ageSeconds = q.value(5).toDouble() / 1e6;
            if (ageSeconds < m_options.gapGraceSeconds) {
                batch.waitingForGap = true;
                break;
            }
            logger("core.delta")
                ->debug("change log gap {}..{} older than {} s: taken as rolled back", expected, seq - 1,
                    m_options.gapGraceSeconds);
        }
        expected = seq + 1;
        ++batch.rows;
        batch.lastSeq = seq;

        const QString table = q.value(1).toString();
        const QString keyText = q.value(3).toString();
        const QString opText = q.value(2).toString();
        const QChar op = opText.isEmpty() ? QChar() : opText.front();
        const CapturedChange::Operation operation = op == QLatin1Char('I') ? CapturedChange::Operation::Insert
            : op == QLatin1Char('D')                                       ? CapturedChange::Operation::Delete
                                                                           : CapturedChange::Operation::Update;
        const QString id = table + QChar(0x1f) + keyText;
        const auto it = index.constFind(id);
        if (it != index.cend()) {
            CapturedChange& change = batch.changes[*it];
            change.seq = seq;
            change.operation = operation;
            change.inserted = change.inserted || operation == CapturedChange::Operation::Insert;
            change.changedAt = q.value(4).toDateTime();
            ++change.merged;
            continue;
        }
        CapturedChange change;
        change.seq = seq;
        change.firstSeq = seq;
        change.table = table;
        change.operation = operation;
        change.inserted = operation == CapturedChange::Operation::Insert;
        change.key = QJsonDocument::fromJson(keyText.toUtf8()).array().toVariantList();
        change.changedAt = q.value(4).toDateTime();
        index.insert(id, int(batch.changes.size()));
        batch.changes << change;
    }
    std::sort(batch.changes.begin(), batch.changes.end(),
        [](const CapturedChange& a, const CapturedChange& b) { return a.seq < b.seq; });
    return batch;
}

void ChangeLogReader::markApplied(qint64 seq)
{
    m_db.query(QStringLiteral("UPDATE %1 SET `value` = CAST(? AS CHAR) WHERE `name` = 'applied_seq' AND "
                              "CAST(`value` AS UNSIGNED) < ?")
                   .arg(m_meta),
        { seq, seq });
}

qint64 ChangeLogReader::appliedSeq()
{
    return m_db.scalar(QStringLiteral("SELECT `value` FROM %1 WHERE `name` = 'applied_seq'").arg(m_meta)).toLongLong();
}

qint64 ChangeLogReader::purge(qint64 upTo, int chunkRows)
{
    const qint64 limit = std::min(upTo, appliedSeq());
    chunkRows = std::max(1, chunkRows);
    qint64 deleted = 0;
    for (;;) {
        // Deleting by primary key in order keeps each statement's locks to the rows it removes.
        const qint64 n = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE `seq` <= %2 ORDER BY `seq` LIMIT %3")
                                       .arg(m_log)
                                       .arg(limit)
                                       .arg(chunkRows));
        deleted += n;
        if (n < chunkRows)
            break;
    }
    return deleted;
}

QVector<TableBacklog> ChangeLogReader::backlog()
{
    return DeltaCapture::status(m_db).tableBacklog;
}

double ChangeLogReader::lagSeconds()
{
    const QVariant micro = m_db.scalar(
        QStringLiteral("SELECT TIMESTAMPDIFF(MICROSECOND, MIN(`changed_at`), NOW(6)) FROM %1 WHERE `seq` > %2")
            .arg(m_log)
            .arg(appliedSeq()));
    return micro.isNull() ? 0.0 : micro.toDouble() / 1e6;
}

} // namespace cutover
