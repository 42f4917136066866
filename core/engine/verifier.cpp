#include "engine/verifier.h"

#include "copy/tablecopier.h"
#include "db/database.h"
#include "engine/migrationrunner.h"
#include "engine/progresstracker.h"
#include "error.h"
#include "log/log.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFuture>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThreadPool>
#include <QtConcurrent>
#include <QtEndian>

#include <algorithm>
#include <optional>

namespace cutover {

namespace {

// A value as the destination column stores it, prefixed so that NULL, '' and "not compared" never meet:
// "N" is NULL, "D" a column the copy left to the destination's default (not compared), "V..." a value.
const QByteArray nullValue = QByteArrayLiteral("N");
const QByteArray defaultValue = QByteArrayLiteral("D");

int columnScale(const ColumnInfo& column)
{
    static const QRegularExpression scale(QStringLiteral("\\(\\s*\\d+\\s*,\\s*(\\d+)\\s*\\)"));
    const auto match = scale.match(column.columnType);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// A decimal number's text rounded half away from zero to `scale` digits (as MariaDB stores it), without
// redundant zeros: "0012.3450" -> "12.345", "-0.0" -> "0". Text that is not a plain decimal goes through double.
QByteArray normalizeDecimal(const QString& input, int scale)
{
    static const QRegularExpression plain(QStringLiteral("^\\s*([+-]?)(\\d*)(?:\\.(\\d*))?\\s*$"));
    const auto match = plain.match(input);
    QString text = input;
    if (!match.hasMatch() || (match.captured(2).isEmpty() && match.captured(3).isEmpty())) {
        bool ok = false;
        const double value = input.trimmed().toDouble(&ok);
        if (!ok)
            return input.toUtf8(); // not a number: compared as written
        text = QString::number(value, 'f', std::max(0, scale));
        return normalizeDecimal(text, scale);
    }
    const bool negative = match.captured(1) == QLatin1String("-");
    QByteArray digits = match.captured(2).toLatin1();
    QByteArray fraction = match.captured(3).toLatin1();
    if (fraction.size() > scale) {
        const bool up = fraction.at(scale) >= '5';
        fraction.truncate(scale);
        if (up) {
            QByteArray all = digits + fraction;
            int i = int(all.size()) - 1;
            for (; i >= 0; --i) {
                if (all[i] == '9') {
                    all[i] = '0';
                } else {
                    all[i] = char(all[i] + 1);
                    break;
                }
            }
            if (i < 0)
                all.prepend('1');
            digits = all.left(all.size() - fraction.size());
            fraction = all.right(fraction.size());
        }
    }
    while (fraction.endsWith('0'))
        fraction.chop(1);
    int lead = 0;
    while (lead < digits.size() - 1 && digits.at(lead) == '0')
        ++lead;
    digits = digits.mid(lead);
    if (digits.isEmpty())
        digits = "0";
    QByteArray out = digits;
    if (!fraction.isEmpty())
        out += '.' + fraction;
    if (negative && out != "0")
        out.prepend('-');
    return out;
}

QByteArray textBytes(const QVariant& value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return value.toByteArray();
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? "1" : "0";
    return value.toString().toUtf8();
}

QByteArray canonical(const QVariant& value, const ColumnInfo& column)
{
    if (value.userType() == qMetaTypeId<SqlDefault>())
        return defaultValue;
    if (!value.isValid() || value.isNull())
        return nullValue;
    const QString& type = column.dataType;
    QByteArray out = QByteArrayLiteral("V");
    if (type == QLatin1String("float") || type == QLatin1String("double")) {
        bool ok = false;
        const double number = QString::fromUtf8(textBytes(value)).trimmed().toDouble(&ok);
        out += ok ? QByteArray::number(number, 'g', type == QLatin1String("float") ? 6 : 15) : textBytes(value);
    } else if (type == QLatin1String("decimal")) {
        out += normalizeDecimal(QString::fromUtf8(textBytes(value)), columnScale(column));
    } else if (column.isNumeric() || type == QLatin1String("year")) {
        out += normalizeDecimal(QString::fromUtf8(textBytes(value)), 0);
    } else if (column.isTemporal()) {
        QByteArray text = textBytes(value).trimmed();
        if (type == QLatin1String("date"))
            text.truncate(10);
        else if (type != QLatin1String("time") && text.size() == 10)
            text += " 00:00:00";
        static const QRegularExpression zeroFraction(QStringLiteral("\\.0+$"));
        out += QString::fromLatin1(text).remove(zeroFraction).toLatin1();
    } else if (type == QLatin1String("char")) {
        QByteArray text = textBytes(value);
        while (text.endsWith(' '))
            text.chop(1);
        out += text;
    } else {
        out += textBytes(value);
    }
    return out;
}

// The order-independent checksum of a table: the sum of the first eight bytes of each row's MD5 (a sum, not an
// XOR, so that two equal rows do not cancel out).
class Checksum
{
public:
    void add(quint64 rowDigest) { m_sum += rowDigest; }
    QString text() const { return QStringLiteral("%1").arg(m_sum, 16, 16, QLatin1Char('0')); }

private:
    quint64 m_sum = 0;
};

// The digest of a row over the columns `mask` compares (mask[i] != "D").
quint64 rowDigest(const QList<QByteArray>& values, const QList<QByteArray>& mask)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (int i = 0; i < values.size(); ++i) {
        if (mask.value(i) == defaultValue)
            continue;
        const quint32 size = quint32(values[i].size());
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&size), sizeof size));
        hash.addData(values[i]);
    }
    return qFromLittleEndian<quint64>(hash.resultView().data());
}

// One source row as the destination should hold it.
struct Expected
{
    QList<QByteArray> values; ///< canonical, in the order of the destination columns
    QString key;
};

QByteArray joinKey(const QList<QByteArray>& values, const QList<int>& indexes)
{
    QByteArray key;
    for (int i : indexes) {
        const QByteArray& v = values[i];
        const quint32 size = quint32(v.size());
        key.append(reinterpret_cast<const char*>(&size), sizeof size);
        key += v;
    }
    return key;
}

QString keyText(const QStringList& names, const QList<int>& indexes, const QList<QByteArray>& values)
{
    QStringList parts;
    for (int i = 0; i < indexes.size(); ++i) {
        const QByteArray& v = values[indexes[i]];
        parts << QStringLiteral("%1=%2").arg(
            names[i], v == nullValue ? QStringLiteral("NULL") : QString::fromUtf8(v.mid(1)).left(100));
    }
    return parts.join(QLatin1Char(','));
}

// A unique key of `table` whose columns are all written by the copy: the primary key first, then the others.
QStringList uniqueKeyWithin(Database& db, const TableInfo& table, const QStringList& columns)
{
    auto within = [&](const QStringList& key) {
        return !key.isEmpty()
            && std::all_of(key.cbegin(), key.cend(), [&](const QString& c) { return columns.contains(c); });
    };
    if (within(table.primaryKey))
        return table.primaryKey;
    QSqlQuery q = db.query(QStringLiteral("SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS WHERE "
                                          "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %1 AND NON_UNIQUE = 0 ORDER BY "
                                          "INDEX_NAME, SEQ_IN_INDEX")
                               .arg(Database::quoteString(db.profile().table(table.name))));
    QMap<QString, QStringList> indexes;
    while (q.next())
        indexes[q.value(0).toString()] << q.value(1).toString();
    for (const QStringList& key : std::as_const(indexes)) {
        if (within(key))
            return key;
    }
    return {};
}

QVariantList readValues(const QSqlQuery& q, int columns)
{
    QVariantList row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row.append(q.isNull(i) ? QVariant() : q.value(i));
    return row;
}

QString columnList(const QStringList& expressions)
{
    return expressions.join(QLatin1String(", "));
}

qint64 estimatedRows(Database& db, const QString& table)
{
    return db
        .scalar(QStringLiteral("SELECT COALESCE(TABLE_ROWS, 0) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                               "DATABASE() AND TABLE_NAME = %1")
                    .arg(Database::quoteString(db.profile().table(table))))
        .toLongLong();
}

} // namespace

QString mismatchKindName(RowMismatch::Kind kind)
{
    switch (kind) {
    case RowMismatch::Kind::Missing:
        return QStringLiteral("missing");
    case RowMismatch::Kind::Extra:
        return QStringLiteral("extra");
    case RowMismatch::Kind::Different:
        return QStringLiteral("different");
    }
    return {};
}

QJsonObject RowMismatch::toJson() const
{
    QJsonObject object { { QStringLiteral("kind"), mismatchKindName(kind) }, { QStringLiteral("key"), key } };
    if (!columns.isEmpty())
        object.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
    return object;
}

QString verificationStatusName(TableVerification::Status status)
{
    switch (status) {
    case TableVerification::Status::Match:
        return QStringLiteral("match");
    case TableVerification::Status::Mismatch:
        return QStringLiteral("mismatch");
    case TableVerification::Status::Skipped:
        return QStringLiteral("skipped");
    case TableVerification::Status::Cancelled:
        return QStringLiteral("cancelled");
    case TableVerification::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject TableVerification::toJson() const
{
    QJsonArray keys;
    for (const RowMismatch& m : mismatches)
        keys.append(m.toJson());
    return QJsonObject {
        { QStringLiteral("step"), step },
        { QStringLiteral("source"), sourceTable },
        { QStringLiteral("destination"), destinationTable },
        { QStringLiteral("status"), verificationStatusName(status) },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("keyed"), keyed },
        { QStringLiteral("keepsExisting"), keepsExisting },
        { QStringLiteral("sourceRows"), sourceRows },
        { QStringLiteral("skippedRows"), skippedRows },
        { QStringLiteral("expectedRows"), expectedRows() },
        { QStringLiteral("destinationRows"), destinationRows },
        { QStringLiteral("keptRows"), keptRows },
        { QStringLiteral("sourceChecksum"), sourceChecksum },
        { QStringLiteral("destinationChecksum"), destinationChecksum },
        { QStringLiteral("missing"), missing },
        { QStringLiteral("extra"), extra },
        { QStringLiteral("different"), different },
        { QStringLiteral("mismatches"), keys },
        { QStringLiteral("elapsedMs"), elapsedMs },
    };
}

const TableVerification* VerifyReport::table(const QString& sourceTable) const
{
    for (const TableVerification& t : tables) {
        if (t.sourceTable == sourceTable)
            return &t;
    }
    return nullptr;
}

int VerifyReport::count(TableVerification::Status status) const
{
    return int(std::count_if(
        tables.cbegin(), tables.cend(), [status](const TableVerification& t) { return t.status == status; }));
}

QJsonObject VerifyReport::toJson() const
{
    QJsonArray tablesJson;
    for (const TableVerification& t : tables)
        tablesJson.append(t.toJson());
    QJsonArray keysJson;
    for (const ForeignKeyOrphans& k : foreignKeys)
        keysJson.append(k.toJson());
    return QJsonObject {
        { QStringLiteral("outcome"), outcomeName(outcome) },
        { QStringLiteral("message"), message },
        { QStringLiteral("matched"), count(TableVerification::Status::Match) },
        { QStringLiteral("mismatched"), count(TableVerification::Status::Mismatch) },
        { QStringLiteral("failed"), count(TableVerification::Status::Failed) },
        { QStringLiteral("skipped"), count(TableVerification::Status::Skipped) },
        { QStringLiteral("tables"), tablesJson },
        { QStringLiteral("foreignKeysChecked"), foreignKeysChecked },
        { QStringLiteral("foreignKeys"), keysJson },
        { QStringLiteral("seconds"), seconds },
    };
}

QString VerifyReport::toText() const
{
    QString text = tr("Verification: %1 tables match, %2 differ, %3 could not be compared, %4 not carried by these "
                      "steps (%5 s).\n")
                       .arg(count(TableVerification::Status::Match))
                       .arg(count(TableVerification::Status::Mismatch))
                       .arg(count(TableVerification::Status::Failed) + count(TableVerification::Status::Cancelled))
                       .arg(count(TableVerification::Status::Skipped))
                       .arg(seconds, 0, 'f', 1);
    for (const TableVerification& t : tables) {
        if (t.status == TableVerification::Status::Match || t.status == TableVerification::Status::Skipped)
            continue;
        text += QStringLiteral("  %1 -> %2: %3")
                    .arg(t.sourceTable, t.destinationTable, verificationStatusName(t.status));
        if (!t.reason.isEmpty())
            text += QStringLiteral(" (") + t.reason + QLatin1Char(')');
        text += QLatin1Char('\n');
        if (t.status == TableVerification::Status::Mismatch)
            text += QStringLiteral("    ")
                + tr("expected %1 rows, destination %2; checksums %3 / %4\n")
                      .arg(t.expectedRows())
                      .arg(t.destinationRows)
                      .arg(t.sourceChecksum, t.destinationChecksum);
        for (const RowMismatch& m : t.mismatches) {
            switch (m.kind) {
            case RowMismatch::Kind::Missing:
                text += QStringLiteral("    ") + tr("missing in the destination: %1").arg(m.key);
                break;
            case RowMismatch::Kind::Extra:
                text += QStringLiteral("    ") + tr("extra in the destination: %1").arg(m.key);
                break;
            case RowMismatch::Kind::Different:
                text += QStringLiteral("    ")
                    + tr("different: %1 (%2)").arg(m.key, m.columns.join(QLatin1String(", ")));
                break;
            }
            text += QLatin1Char('\n');
        }
        const qint64 listed = t.mismatches.size();
        if (t.missing + t.extra + t.different > listed)
            text += QStringLiteral("    ") + tr("... and %1 more").arg(t.missing + t.extra + t.different - listed)
                + QLatin1Char('\n');
    }
    if (foreignKeysChecked > 0 || !foreignKeys.isEmpty())
        text += tr("Foreign keys: %1 checked, %2 with rows that point at nothing or could not be checked.\n")
                    .arg(foreignKeysChecked)
                    .arg(foreignKeys.size());
    for (const ForeignKeyOrphans& k : foreignKeys)
        text += QStringLiteral("  ") + k.toText() + QLatin1Char('\n');
    text += outcome == Outcome::Succeeded ? tr("Verified: the destination holds what was migrated.")
                                          : tr("Verification %1: %2").arg(outcomeName(outcome), message);
    text += QLatin1Char('\n');
    return text;
}

Verifier::Verifier(const MigrationEnvironment& env)
    : Verifier(env, Options {})
{
}

Verifier::Verifier(const MigrationEnvironment& env, Options options)
    : m_env(env)
    , m_options(options)
{
}

VerifyReport Verifier::run(const RunControl& control, ProgressTracker* progress)
{
    VerifyReport report;
    QElapsedTimer timer;
    timer.start();
    auto log = logger("core.engine");
    for (Step* step : m_steps) {
        if (control.isCancelled())
            break;
        // The plans' transforms point into these catalogues: they live until the step's tables are verified.
        SchemaCatalog sourceCatalog;
        SchemaCatalog destinationCatalog;
        QList<TablePlan> plans;
        QHash<QString, qint64> estimates;
        try {
            Database src(m_env.source.profile, m_env.source.password, QStringLiteral("verify-source"));
            Database dst(m_env.destination.profile, m_env.destination.password, QStringLiteral("verify-destination"));
            sourceCatalog = SchemaCatalog::read(src);
            destinationCatalog = SchemaCatalog::read(dst);
            StepContext context { m_env, sourceCatalog, destinationCatalog, control };
            plans = step->planTables(context);
            for (const TablePlan& p : plans) {
                if (p.skipReason.isEmpty())
                    estimates.insert(p.job.source.name, estimatedRows(src, p.job.source.name));
            }
        } catch (const Error& e) {
            TableVerification failed;
            failed.step = step->id();
            failed.status = TableVerification::Status::Failed;
            failed.reason = tr("Could not plan the verification of the %1: %2").arg(step->title(), e.message());
            report.tables << failed;
            log->error("verify {}: {} | {}", step->id().toStdString(), e.message().toStdString(),
                e.details().left(500).toStdString());
            continue;
        }
        qint64 total = 0;
        int tables = 0;
        for (auto it = estimates.cbegin(); it != estimates.cend(); ++it) {
            total += it.value();
            ++tables;
        }
        if (progress)
            progress->startStep(tr("Verification of the %1").arg(step->title()), total, tables);

        QMutex mutex;
        QThreadPool pool;
        pool.setMaxThreadCount(std::max(1, m_env.jobs > 0 ? m_env.jobs : MigrationRunner::defaultJobs()));
        QList<QFuture<void>> running;
        for (const TablePlan& p : std::as_const(plans)) {
            if (!p.skipReason.isEmpty()) {
                TableVerification skipped;
                skipped.step = step->id();
                skipped.sourceTable = p.job.source.name;
                skipped.destinationTable = p.job.destination.name;
                skipped.status = TableVerification::Status::Skipped;
                skipped.reason = p.skipReason;
                report.tables << skipped;
                continue;
            }
            if (progress)
                progress->setTableTotal(p.job.source.name, estimates.value(p.job.source.name));
            running << QtConcurrent::run(&pool, [this, &mutex, &report, &control, progress, &p, id = step->id()] {
                TableVerification table = verifyTable(id, p, control, progress);
                if (progress)
                    progress->tableFinished(p.job.source.name);
                QMutexLocker lock(&mutex);
                report.tables << std::move(table);
            });
        }
        for (QFuture<void>& f : running)
            f.waitForFinished();
    }
    std::stable_sort(report.tables.begin(), report.tables.end(),
        [](const TableVerification& a, const TableVerification& b) { return a.sourceTable < b.sourceTable; });

    // Cutover writes with foreign key checks off: check that what the steps wrote points at rows that exist.
    if (!control.isCancelled()) {
        QSet<QString> written;
        for (const TableVerification& t : std::as_const(report.tables)) {
            if (t.status != TableVerification::Status::Skipped && !t.destinationTable.isEmpty())
                written.insert(t.destinationTable);
        }
        if (!written.isEmpty()) {
            try {
                Database dst(m_env.destination.profile, m_env.destination.password, QStringLiteral("verify-keys"));
                // Rows checked so far, in ranges of keys: the bar moves and Cancel acts on a large store too.
                ForeignKeyCheck::Options options;
                const QString area = tr("Foreign keys of the written tables");
                bool started = false;
                qint64 reported = 0;
                options.progress = [&](qint64 done, qint64 total) {
                    if (!progress)
                        return;
                    if (!started) {
                        progress->startStep(area, total, 1);
                        progress->setTableTotal(area, total);
                        started = true;
                    }
                    progress->addRows(area, done - reported);
                    reported = done;
                };
                ForeignKeyCheck check(options);
                report.foreignKeys = check.run(dst, written, &control);
                report.foreignKeysChecked = check.checked();
                for (ForeignKeyOrphans& k : report.foreignKeys)
                    k.referencedCarried = written.contains(k.referencedTable);
            } catch (const Error& e) {
                ForeignKeyOrphans failed;
                failed.error = e.message();
                report.foreignKeys << failed;
            }
        }
    }

    const int mismatched = report.count(TableVerification::Status::Mismatch);
    const int failed = report.count(TableVerification::Status::Failed);
    const int orphaned = int(std::count_if(report.foreignKeys.cbegin(), report.foreignKeys.cend(),
        [](const ForeignKeyOrphans& k) { return k.isFailure(); }));
    if (control.isCancelled() || report.count(TableVerification::Status::Cancelled) > 0) {
        report.outcome = Outcome::Cancelled;
        report.message = tr("Cancelled; run the verification again to finish it.");
    } else if (mismatched + failed > 0) {
        report.outcome = Outcome::Failed;
        report.message = tr("%1 table(s) differ and %2 could not be compared; the keys are listed above. Run the "
                            "migration again (it resumes), or reset it and run it again.")
                             .arg(mismatched)
                             .arg(failed);
    } else if (orphaned > 0) {
        report.outcome = Outcome::Failed;
        report.message = tr("Every table matches, but %n foreign key(s) of the written tables have rows that point "
                            "at nothing (listed above): Magento 2 fails on such rows. Check that the steps and the "
                            "mapping carry the referenced tables, then run the migration again.",
            nullptr, orphaned);
    } else {
        report.outcome = Outcome::Succeeded;
    }
    report.seconds = timer.elapsed() / 1000.0;
    log->info("verification {}: {} match, {} differ, {} failed", outcomeName(report.outcome).toStdString(),
        report.count(TableVerification::Status::Match), mismatched, failed);
    return report;
}

TableVerification Verifier::verifyTable(
    const QString& stepId, const TablePlan& plan, const RunControl& control, ProgressTracker* progress) const
{
    TableVerification result;
    result.step = stepId;
    result.sourceTable = plan.job.source.name;
    result.destinationTable = plan.job.destination.name;
    result.keepsExisting = plan.job.existing == CopyLedger::Existing::Keep;
    QElapsedTimer timer;
    timer.start();
    const CopyJob& job = plan.job;
    const TableInfo& source = job.source;
    const TableInfo& destination = job.destination;
    Checksum sourceSum;
    Checksum destinationSum;
    const int maxKeys = m_options.maxKeys;
    auto record = [&](RowMismatch::Kind kind, const QString& key, const QStringList& columns = {}) {
        (kind == RowMismatch::Kind::Missing ? result.missing
                                            : (kind == RowMismatch::Kind::Extra ? result.extra : result.different))
            += 1;
        if (result.mismatches.size() < maxKeys)
            result.mismatches << RowMismatch { kind, key, columns };
    };
    try {
        Database src(m_env.source.profile, m_env.source.password, QStringLiteral("verify-source"));
        Database dst(m_env.destination.profile, m_env.destination.password, QStringLiteral("verify-destination"));
        src.handle().setNumericalPrecisionPolicy(QSql::HighPrecision);
        dst.handle().setNumericalPrecisionPolicy(QSql::HighPrecision);

        const QStringList& destinationColumns = job.destinationColumns;
        QList<const ColumnInfo*> destinationInfo;
        QStringList destinationExpressions;
        for (const QString& name : destinationColumns) {
            const ColumnInfo* column = destination.column(name);
            if (!column)
                throw Error(tr("The destination table %1 has no column %2.").arg(destination.name, name));
            destinationInfo << column;
            destinationExpressions << TableCopier::readExpression(*column);
        }
        QStringList sourceExpressions;
        for (const QString& name : job.sourceColumns) {
            const ColumnInfo* column = source.column(name);
            if (!column)
                throw Error(tr("The source table %1 has no column %2.").arg(source.name, name));
            sourceExpressions << TableCopier::readExpression(*column);
        }

        const QStringList sourceKey = TableCopier::keyColumns(src, source);
        QList<int> sourceKeyIndexes;
        for (const QString& key : sourceKey) {
            const int index = int(job.sourceColumns.indexOf(key));
            if (index < 0)
                throw Error(tr("The copy of %1 does not read its key column %2.").arg(source.name, key));
            sourceKeyIndexes << index;
        }
        QHash<QString, QString> carried = plan.carried;
        if (carried.isEmpty() && !plan.makeTransform) {
            for (int i = 0; i < std::min(job.sourceColumns.size(), destinationColumns.size()); ++i)
                carried.insert(job.sourceColumns[i], destinationColumns[i]);
        }
        // Matched by the source key when it reaches the destination unchanged: then both sides page together.
        QStringList destinationKey;
        bool aligned = !sourceKey.isEmpty();
        for (const QString& key : sourceKey) {
            const QString to = carried.value(key);
            if (to.isEmpty() || !destinationColumns.contains(to))
                aligned = false;
            destinationKey << to;
        }
        if (!aligned)
            destinationKey = uniqueKeyWithin(dst, destination, destinationColumns);
        QList<int> destinationKeyIndexes;
        for (const QString& key : destinationKey)
            destinationKeyIndexes << int(destinationColumns.indexOf(key));

        const RowTransform transform = plan.makeTransform ? plan.makeTransform() : RowTransform {};
        // Columns a later step sets on purpose (the Ratings step's is_active) are not this copy's to check.
        QList<bool> setLater;
        for (const QString& name : destinationColumns)
            setLater << plan.columnsSetLater.contains(name);
        auto expect = [&](const QVariantList& row) -> std::optional<Expected> {
            ++result.sourceRows;
            QVariantList values;
            if (transform) {
                QStringList parts;
                for (int i = 0; i < sourceKey.size(); ++i)
                    parts << QStringLiteral("%1=%2").arg(sourceKey[i], row[sourceKeyIndexes[i]].toString());
                RowResult transformed = transform(row, parts.join(QLatin1Char(',')));
                if (!transformed.skipReason.isEmpty()) {
                    ++result.skippedRows;
                    return std::nullopt;
                }
                values = std::move(transformed.values);
            } else {
                values = row.mid(0, destinationColumns.size());
            }
            Expected e;
            e.values.reserve(destinationColumns.size());
            // The copy repairs bytes that are not UTF-8 but go to a text column by its stated rule (and reports
            // each row): the expected value is the repaired one, so a repaired row verifies.
            for (int i = 0; i < destinationColumns.size(); ++i)
                e.values << (setLater[i] ? defaultValue
                                         : canonical(TableCopier::valueForColumn(values.value(i), *destinationInfo[i]),
                                             *destinationInfo[i]));
            e.key = keyText(destinationKey, destinationKeyIndexes, e.values);
            sourceSum.add(rowDigest(e.values, e.values));
            return e;
        };
        auto destinationRow = [&](const QSqlQuery& q) {
            QList<QByteArray> values;
            values.reserve(destinationColumns.size());
            for (int i = 0; i < destinationColumns.size(); ++i)
                values << canonical(q.isNull(i) ? QVariant() : q.value(i), *destinationInfo[i]);
            ++result.destinationRows;
            return values;
        };
        // A destination row against the source row of its key: counts the columns that differ.
        auto compare = [&](const Expected& expected, const QList<QByteArray>& actual) {
            QStringList columns;
            for (int i = 0; i < actual.size(); ++i) {
                if (expected.values[i] != defaultValue && expected.values[i] != actual[i])
                    columns << destinationColumns[i];
            }
            destinationSum.add(rowDigest(actual, expected.values));
            if (!columns.isEmpty())
                record(RowMismatch::Kind::Different, expected.key, columns);
        };
        QList<QByteArray> firstMask;
        auto unmatched = [&](const QList<QByteArray>& actual) {
            if (result.keepsExisting) {
                ++result.keptRows;
                return;
            }
            destinationSum.add(rowDigest(actual, firstMask));
            record(RowMismatch::Kind::Extra, keyText(destinationKey, destinationKeyIndexes, actual));
        };

        const QString sourceSelect
            = QStringLiteral("SELECT %1 FROM %2").arg(columnList(sourceExpressions), src.table(source.name));
        // Rows the step removes on purpose after the copy (counted as skipped there) are not expected either.
        QString sourceFilter = plan.keptSourceRowsCondition.isEmpty()
            ? QString()
            : QStringLiteral(" AND (%1)").arg(plan.keptSourceRowsCondition);
        if (!plan.comparedSourceRowsCondition.isEmpty())
            sourceFilter += QStringLiteral(" AND (%1)").arg(plan.comparedSourceRowsCondition);
        const QString destinationSelect
            = QStringLiteral("SELECT %1 FROM %2").arg(columnList(destinationExpressions), dst.table(destination.name));
        QStringList sourceOrder;
        for (const QString& key : sourceKey)
            sourceOrder << Database::quoteIdentifier(key);
        QStringList destinationOrder;
        for (const QString& key : destinationKey)
            destinationOrder << Database::quoteIdentifier(key);
        const int batch = std::max(1, m_options.batchRows);
        const int columns = int(job.sourceColumns.size());

        if (aligned) {
            QStringList lastSource;
            QStringList lower;
            for (;;) {
                if (!control.checkpoint()) {
                    result.status = TableVerification::Status::Cancelled;
                    result.elapsedMs = timer.elapsed();
                    return result;
                }
                QSqlQuery q = src.query(QStringLiteral("%1 WHERE %2%5 ORDER BY %3 LIMIT %4")
                                            .arg(sourceSelect, TableCopier::keysetCondition(sourceKey, lastSource),
                                                sourceOrder.join(QLatin1String(", ")))
                                            .arg(batch)
                                            .arg(sourceFilter));
                QHash<QByteArray, Expected> chunk;
                QList<QByteArray> order;
                QVariantList last;
                int read = 0;
                while (q.next()) {
                    last = readValues(q, columns);
                    ++read;
                    if (auto e = expect(last)) {
                        if (firstMask.isEmpty())
                            firstMask = e->values;
                        const QByteArray key = joinKey(e->values, destinationKeyIndexes);
                        order << key;
                        chunk.insert(key, std::move(*e));
                    }
                }
                const bool finished = read < batch;
                QStringList upper;
                if (read > 0) {
                    lastSource.clear();
                    for (int i = 0; i < sourceKey.size(); ++i) {
                        lastSource << TableCopier::keyLiteral(source.column(sourceKey[i]), last[sourceKeyIndexes[i]]);
                        upper << TableCopier::keyLiteral(
                            destination.column(destinationKey[i]), last[sourceKeyIndexes[i]]);
                    }
                }
                // The destination rows of the same key range: (previous batch's last key, this batch's last key].
                QStringList seen = lower;
                for (;;) {
                    QString where = TableCopier::keysetCondition(destinationKey, seen);
                    if (!finished)
                        where
                            += QStringLiteral(" AND NOT (%1)").arg(TableCopier::keysetCondition(destinationKey, upper));
                    if (!plan.copiedRowsCondition.isEmpty())
                        where += QStringLiteral(" AND (%1)").arg(plan.copiedRowsCondition);
                    QSqlQuery d
                        = dst.query(QStringLiteral("%1 WHERE %2 ORDER BY %3 LIMIT %4")
                                        .arg(destinationSelect, where, destinationOrder.join(QLatin1String(", ")))
                                        .arg(batch));
                    int got = 0;
                    QVariantList lastKeyValues;
                    while (d.next()) {
                        ++got;
                        const QList<QByteArray> actual = destinationRow(d);
                        lastKeyValues.clear();
                        for (int index : destinationKeyIndexes)
                            lastKeyValues << (d.isNull(index) ? QVariant() : d.value(index));
                        const auto it = chunk.find(joinKey(actual, destinationKeyIndexes));
                        if (it == chunk.end()) {
                            unmatched(actual);
                            continue;
                        }
                        compare(it.value(), actual);
                        chunk.erase(it);
                    }
                    if (got < batch)
                        break;
                    seen.clear();
                    for (int i = 0; i < destinationKey.size(); ++i)
                        seen << TableCopier::keyLiteral(destination.column(destinationKey[i]), lastKeyValues[i]);
                }
                for (const QByteArray& key : std::as_const(order)) {
                    const auto it = chunk.constFind(key);
                    if (it != chunk.cend())
                        record(RowMismatch::Kind::Missing, it.value().key);
                }
                lower = upper;
                if (progress)
                    progress->addRows(source.name, read);
                if (finished)
                    break;
            }
        } else {
            // No key shared by both sides: the expected rows are held by the destination's unique key (or, without
            // one, by their digest) up to a bound; above it only counts and checksums are compared.
            const bool byKey = !destinationKey.isEmpty();
            QHash<QByteArray, Expected> expected;
            QList<QByteArray> order;
            QHash<quint64, qint64> digests;
            result.keyed = true;
            auto keep = [&](Expected&& e) {
                if (firstMask.isEmpty())
                    firstMask = e.values;
                if (!result.keyed)
                    return;
                if (expected.size() + digests.size() >= m_options.maxUnkeyedRows) {
                    result.keyed = false;
                    expected.clear();
                    digests.clear();
                    order.clear();
                    return;
                }
                if (byKey) {
                    const QByteArray key = joinKey(e.values, destinationKeyIndexes);
                    order << key;
                    expected.insert(key, std::move(e));
                } else {
                    digests[rowDigest(e.values, firstMask)] += 1;
                }
            };
            QStringList lastSource;
            for (;;) {
                if (!control.checkpoint()) {
                    result.status = TableVerification::Status::Cancelled;
                    result.elapsedMs = timer.elapsed();
                    return result;
                }
                const bool paged = !sourceKey.isEmpty();
                QSqlQuery q
                    = src.query(paged ? QStringLiteral("%1 WHERE %2%5 ORDER BY %3 LIMIT %4")
                                            .arg(sourceSelect, TableCopier::keysetCondition(sourceKey, lastSource),
                                                sourceOrder.join(QLatin1String(", ")))
                                            .arg(batch)
                                            .arg(sourceFilter)
                                      : sourceSelect + QStringLiteral(" WHERE 1") + sourceFilter);
                int read = 0;
                QVariantList last;
                while (q.next()) {
                    last = readValues(q, columns);
                    ++read;
                    if (auto e = expect(last))
                        keep(std::move(*e));
                }
                if (progress)
                    progress->addRows(source.name, read);
                if (!paged || read < batch)
                    break;
                lastSource.clear();
                for (int i = 0; i < sourceKey.size(); ++i)
                    lastSource << TableCopier::keyLiteral(source.column(sourceKey[i]), last[sourceKeyIndexes[i]]);
            }
            // The destination in the order of its own key, in batches.
            const QStringList pageKey = TableCopier::keyColumns(dst, destination);
            QStringList pageExpressions = destinationExpressions;
            for (const QString& key : pageKey)
                pageExpressions << Database::quoteIdentifier(key);
            const QString pageSelect
                = QStringLiteral("SELECT %1 FROM %2").arg(columnList(pageExpressions), dst.table(destination.name));
            QStringList pageOrder;
            for (const QString& key : pageKey)
                pageOrder << Database::quoteIdentifier(key);
            QStringList seen;
            for (;;) {
                if (!control.checkpoint()) {
                    result.status = TableVerification::Status::Cancelled;
                    result.elapsedMs = timer.elapsed();
                    return result;
                }
                const bool paged = !pageKey.isEmpty();
                const QString copied = plan.copiedRowsCondition.isEmpty()
                    ? QString()
                    : QStringLiteral(" AND (%1)").arg(plan.copiedRowsCondition);
                QSqlQuery d = dst.query(paged ? QStringLiteral("%1 WHERE %2%5 ORDER BY %3 LIMIT %4")
                                                    .arg(pageSelect, TableCopier::keysetCondition(pageKey, seen),
                                                        pageOrder.join(QLatin1String(", ")))
                                                    .arg(batch)
                                                    .arg(copied)
                                              : pageSelect + QStringLiteral(" WHERE 1") + copied);
                int got = 0;
                QVariantList lastKeyValues;
                while (d.next()) {
                    ++got;
                    const QList<QByteArray> actual = destinationRow(d);
                    lastKeyValues.clear();
                    for (int i = 0; i < pageKey.size(); ++i) {
                        const int index = int(destinationColumns.size()) + i;
                        lastKeyValues << (d.isNull(index) ? QVariant() : d.value(index));
                    }
                    if (!result.keyed) {
                        if (!result.keepsExisting)
                            destinationSum.add(rowDigest(actual, firstMask));
                        continue;
                    }
                    if (byKey) {
                        const auto it = expected.find(joinKey(actual, destinationKeyIndexes));
                        if (it == expected.end()) {
                            unmatched(actual);
                            continue;
                        }
                        compare(it.value(), actual);
                        expected.erase(it);
                    } else {
                        const quint64 digest = rowDigest(actual, firstMask);
                        auto it = digests.find(digest);
                        if (it == digests.end() || it.value() == 0) {
                            unmatched(actual);
                            continue;
                        }
                        --it.value();
                        destinationSum.add(digest);
                    }
                }
                if (!paged || got < batch)
                    break;
                seen.clear();
                for (int i = 0; i < pageKey.size(); ++i)
                    seen << TableCopier::keyLiteral(destination.column(pageKey[i]), lastKeyValues[i]);
            }
            for (const QByteArray& key : std::as_const(order)) {
                const auto it = expected.constFind(key);
                if (it != expected.cend())
                    record(RowMismatch::Kind::Missing, it.value().key);
            }
            for (auto it = digests.cbegin(); it != digests.cend(); ++it) {
                for (qint64 i = 0; i < it.value(); ++i)
                    record(RowMismatch::Kind::Missing, tr("a row with no key shared by both sides"));
            }
            if (!result.keyed)
                result.reason = tr("more than %1 rows and no key that both sides share: only counts and checksums "
                                   "were compared")
                                    .arg(m_options.maxUnkeyedRows);
        }

        result.sourceChecksum = sourceSum.text();
        result.destinationChecksum = destinationSum.text();
        const bool countsDiffer = result.keepsExisting ? result.destinationRows < result.expectedRows()
                                                       : result.destinationRows != result.expectedRows();
        const bool sumsDiffer = !result.keepsExisting && result.sourceChecksum != result.destinationChecksum;
        if (result.missing + result.extra + result.different > 0 || countsDiffer || sumsDiffer) {
            result.status = TableVerification::Status::Mismatch;
            if (result.reason.isEmpty())
                result.reason = tr("%1 missing in the destination, %2 extra, %3 different")
                                    .arg(result.missing)
                                    .arg(result.extra)
                                    .arg(result.different);
        } else {
            result.status = TableVerification::Status::Match;
        }
    } catch (const Error& e) {
        result.status = TableVerification::Status::Failed;
        result.reason = tr("Could not verify %1: %2").arg(source.name, e.message());
        logger("core.engine")
            ->error("verify {}: {} | {}", source.name.toStdString(), e.message().toStdString(),
                e.details().left(500).toStdString());
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace cutover
