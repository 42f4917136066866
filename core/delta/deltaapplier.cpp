#include "delta/deltaapplier.h"

#include "db/database.h"
#include "delta/captureplan.h"
#include "delta/deltacapture.h"
#include "delta/dependentrefresher.h"
#include "delta/stepappliers.h"
#include "engine/foreignkeycheck.h"
#include "error.h"
#include "log/log.h"
#include "mapping/dmtconfig.h"
#include "schema/tableinfo.h"
#include "steps/attributemap.h"
#include "steps/mappedtable.h"
#include "steps/mapstep.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <map>

namespace cutover {

namespace {

// An error that stops the loop: retrying cannot help (capture broken, marks that disagree).
class FatalError : public Error
{
public:
    using Error::Error;
};

constexpr int maxErrors = 20;

// The server's text ends without a full stop; a sentence follows it in our messages.
QString sentence(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(QLatin1Char('.')) || trimmed.endsWith(QLatin1Char('!'))
        || trimmed.endsWith(QLatin1Char('?')))
        return trimmed;
    return trimmed + QLatin1Char('.');
}

QString keyId(const QString& table, const QVariantList& key)
{
    return table + QChar(0x1f)
        + QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(key)).toJson(QJsonDocument::Compact));
}

QString keyJson(const QVariantList& key)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(key)).toJson(QJsonDocument::Compact));
}

} // namespace

QString DeltaFigures::areaOf(const QString& table)
{
    auto starts = [&](const char* prefix) { return table.startsWith(QLatin1String(prefix)); };
    if (starts("sales_flat_quote"))
        return QStringLiteral("quotes");
    if (starts("salesrule") || starts("catalogrule"))
        return QStringLiteral("rules");
    if (starts("sales") || starts("downloadable_link_purchased"))
        return QStringLiteral("sales");
    if (starts("customer"))
        return QStringLiteral("customers");
    if (starts("catalog") || starts("core_url_rewrite"))
        return QStringLiteral("catalog");
    if (starts("eav_"))
        return QStringLiteral("attributes");
    if (starts("cms_") || starts("widget"))
        return QStringLiteral("cms");
    if (starts("review") || starts("rating"))
        return QStringLiteral("reviews");
    if (starts("newsletter"))
        return QStringLiteral("newsletter");
    if (starts("tax_"))
        return QStringLiteral("tax");
    return QStringLiteral("other");
}

QString DeltaFigures::stateName(State state)
{
    switch (state) {
    case State::Stopped:
        return tr("stopped");
    case State::Starting:
        return tr("starting");
    case State::Running:
        return tr("applying");
    case State::Idle:
        return tr("waiting for changes");
    case State::BackingOff:
        return tr("backing off (Magento 1 busy)");
    case State::Reconnecting:
        return tr("reconnecting");
    case State::Failed:
        return tr("failed");
    }
    return {};
}

QJsonObject DeltaFigures::toJson() const
{
    QJsonObject areas;
    for (auto it = backlogByArea.cbegin(); it != backlogByArea.cend(); ++it)
        areas.insert(it.key(), it.value());
    QJsonObject tables;
    for (auto it = backlogByTable.cbegin(); it != backlogByTable.cend(); ++it)
        tables.insert(it.key(), it.value());
    QJsonObject skippedObject;
    for (auto it = skippedReasons.cbegin(); it != skippedReasons.cend(); ++it)
        skippedObject.insert(it.key(), it.value());
    QJsonObject changedObject;
    for (auto it = changedReasons.cbegin(); it != changedReasons.cend(); ++it)
        changedObject.insert(it.key(), it.value());
    QJsonObject refreshedObject;
    for (auto it = refreshed.cbegin(); it != refreshed.cend(); ++it)
        refreshedObject.insert(it.key(), it.value());
    QJsonObject notCarriedObject;
    for (auto it = notCarriedTables.cbegin(); it != notCarriedTables.cend(); ++it)
        notCarriedObject.insert(it.key(), it.value());
    QJsonObject notCarriedCounts;
    for (auto it = notCarriedByTable.cbegin(); it != notCarriedByTable.cend(); ++it)
        notCarriedCounts.insert(it.key(), it.value());
    static const char* const ids[]
        = { "stopped", "starting", "running", "idle", "backing-off", "reconnecting", "failed" };
    return QJsonObject { { QStringLiteral("state"), QLatin1String(ids[int(state)]) },
        { QStringLiteral("running"), running }, { QStringLiteral("applied"), applied },
        { QStringLiteral("changeRows"), changeRows }, { QStringLiteral("failed"), failed },
        { QStringLiteral("retried"), retried }, { QStringLiteral("pendingRetries"), pendingRetries },
        { QStringLiteral("notCarried"), notCarried }, { QStringLiteral("skippedByMapping"), skippedByMapping },
        { QStringLiteral("skippedReasons"), skippedObject }, { QStringLiteral("transformed"), transformed },
        { QStringLiteral("changedByDestination"), changedByDestination },
        { QStringLiteral("changedReasons"), changedObject },
        { QStringLiteral("missingParents"), missingParents }, { QStringLiteral("refreshed"), refreshedObject },
        { QStringLiteral("refreshFailed"), refreshFailed }, { QStringLiteral("purged"), purged },
        { QStringLiteral("batches"), batches }, { QStringLiteral("backoffs"), backoffs },
        { QStringLiteral("threadsRunning"), threadsRunning },
        { QStringLiteral("threadsRunningLimit"), threadsRunningLimit },
        { QStringLiteral("changesPerSecond"), changesPerSecond }, { QStringLiteral("lagSeconds"), lagSeconds },
        { QStringLiteral("appliedSeq"), appliedSeq }, { QStringLiteral("backlog"), backlog },
        { QStringLiteral("backlogByArea"), areas }, { QStringLiteral("backlogByTable"), tables },
        { QStringLiteral("notCarriedTables"), notCarriedObject },
        { QStringLiteral("notCarriedByTable"), notCarriedCounts },
        { QStringLiteral("lastErrors"), QJsonArray::fromStringList(lastErrors) },
        { QStringLiteral("lastNotices"), QJsonArray::fromStringList(lastNotices) },
        { QStringLiteral("fatalError"), fatalError }, { QStringLiteral("updated"), updated.toString(Qt::ISODate) } };
}

struct DeltaApplier::Session
{
    std::unique_ptr<Database> source;
    std::unique_ptr<Database> destination;
    std::unique_ptr<ChangeLogReader> reader;
    SchemaCatalog sourceCatalog;
    SchemaCatalog destinationCatalog;
    std::map<QString, std::unique_ptr<TableApplier>> appliers;
    QHash<QString, QString> notCarried; ///< table -> reason
    QHash<QString, int> depth; ///< destination table -> foreign key depth (0: no parent)
    QSet<QString> carriedDestinations;
    QSet<QString> warnedMissingParent;
    /** A Magento 1 foreign key between two carried tables, by parent table (see adoptOrphans()). */
    struct Adoption
    {
        QString child;
        QStringList childColumns;
        QStringList parentColumns; ///< each one of the parent's captured key columns
        QStringList childKey; ///< the child's captured key columns
    };
    QHash<QString, QVector<Adoption>> adoptions;
    qint64 mark = 0;
    qint64 pendingRetries = 0;
    bool finalRetryDone = false;
    QElapsedTimer sinceRetry;
    QElapsedTimer sinceBacklog;

    // Destruction order: appliers (and the connections their handlers opened) before the connections.
    ~Session()
    {
        appliers.clear();
        reader.reset();
    }
};

DeltaApplier::DeltaApplier(MigrationEnvironment env, Options options)
    : m_env(std::move(env))
    , m_options(options)
    , m_maxThreadsRunning(options.maxThreadsRunning)
    , m_sourceId(m_env.source.profile.database + QLatin1Char('/') + m_env.source.profile.tablePrefix)
{
    m_figures.threadsRunningLimit = m_options.maxThreadsRunning;
}

QVector<DeltaApplier::ApplierFactory> DeltaApplier::defaultFactories(const QString& destinationPrefix)
{
    // One StepAppliers for the connection: each step is planned once, by the first of its tables.
    auto steps = std::make_shared<StepAppliers>(destinationPrefix);
    return { [steps](const QString& table, const QStringList& keys, const StepContext& context) {
                return steps->make(table, keys, context);
            },
        [](const QString& table, const QStringList&, const StepContext&) {
            return DependentRefresher::refreshOnlyApplier(table);
        } };
}

void DeltaApplier::setMaxThreadsRunning(int limit)
{
    m_maxThreadsRunning = std::max(0, limit);
    QMutexLocker lock(&m_mutex);
    m_figures.threadsRunningLimit = std::max(0, limit);
}

DeltaFigures DeltaApplier::figures() const
{
    QMutexLocker lock(&m_mutex);
    return m_figures;
}

void DeltaApplier::publish(bool force)
{
    DeltaFigures copy;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        QMutexLocker lock(&m_mutex);
        const qint64 ms = now.toMSecsSinceEpoch();
        m_rateSamples << qMakePair(ms, m_figures.applied);
        while (m_rateSamples.size() > 2 && m_rateSamples.first().first < ms - 10'000)
            m_rateSamples.removeFirst();
        const auto& first = m_rateSamples.first();
        m_figures.changesPerSecond
            = ms > first.first ? double(m_figures.applied - first.second) * 1000.0 / double(ms - first.first) : 0.0;
        m_figures.updated = now;
        if (!force && m_lastPublish.isValid() && m_lastPublish.msecsTo(now) < 100)
            return;
        m_lastPublish = now;
        copy = m_figures;
    }
    if (m_callback)
        m_callback(copy);
}

void DeltaApplier::addError(const QString& message)
{
    logger("core.delta")->warn("{}", message.toStdString());
    QMutexLocker lock(&m_mutex);
    m_figures.lastErrors << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss ")) + message;
    while (m_figures.lastErrors.size() > maxErrors)
        m_figures.lastErrors.removeFirst();
}

void DeltaApplier::addNotice(const QString& message)
{
    logger("core.delta")->warn("{}", message.toStdString());
    QMutexLocker lock(&m_mutex);
    m_figures.lastNotices << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss ")) + tr("Note: %1").arg(message);
    while (m_figures.lastNotices.size() > maxErrors)
        m_figures.lastNotices.removeFirst();
}

void DeltaApplier::setState(DeltaFigures::State state)
{
    bool changed = false;
    {
        QMutexLocker lock(&m_mutex);
        changed = m_figures.state != state;
        m_figures.state = state;
        m_figures.running = state != DeltaFigures::State::Stopped && state != DeltaFigures::State::Failed;
    }
    if (changed)
        publish(true);
}

bool DeltaApplier::sleepFor(const RunControl& control, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (control.isCancelled())
            return false;
        QThread::msleep(std::min<qint64>(50, std::max<qint64>(1, ms - timer.elapsed())));
    }
    return !control.isCancelled();
}

QString DeltaApplier::fatalCaptureProblem()
{
    try {
        Database source(m_env.source.profile, m_env.source.password, QStringLiteral("source"));
        const CaptureStatus status = DeltaCapture::status(source);
        if (!status.installed)
            return tr("Change capture is no longer installed on %1, so changes cannot be known and nothing more is "
                      "applied. Install it again ('Install capture' on the Live changes page, or cutover-cli delta "
                      "install), then migrate the data again.")
                .arg(m_env.source.profile.database);
        if (status.healthy())
            return {};
        QStringList lines;
        for (const CaptureProblem& p : status.problems)
            lines << p.message + QLatin1Char(' ') + p.fix;
        return tr("Delta stopped: the change capture on %1 is broken and changes would be missed. Capture must be "
                  "reinstalled. %2")
            .arg(m_env.source.profile.database, lines.join(QLatin1Char(' ')));
    } catch (const Error&) {
        return {}; // the source cannot be reached: not a capture problem, retried
    }
}

void DeltaApplier::connect(Session& s)
{
    auto log = logger("core.delta");
    s.source = std::make_unique<Database>(m_env.source.profile, m_env.source.password, QStringLiteral("source"));
    s.source->handle().setNumericalPrecisionPolicy(QSql::HighPrecision);
    s.destination = std::make_unique<Database>(
        m_env.destination.profile, m_env.destination.password, QStringLiteral("destination"));
    Database& dst = *s.destination;
    dst.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
    dst.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (`source_id` VARCHAR(255) NOT NULL PRIMARY KEY, "
                            "`applied_seq` BIGINT UNSIGNED NOT NULL, `updated_at` DATETIME(6) NOT NULL) "
                            "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4")
                 .arg(dst.table(stateTable())));
    dst.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (`source_id` VARCHAR(128) NOT NULL, `tbl` VARCHAR(64) "
                            "NOT NULL, `k` VARCHAR(500) NOT NULL, `seq` BIGINT UNSIGNED NOT NULL, `attempts` INT NOT "
                            "NULL, `last_error` TEXT, `first_failed` DATETIME(6) NOT NULL, `last_failed` DATETIME(6) "
                            "NOT NULL, PRIMARY KEY (`source_id`, `tbl`, `k`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4")
                 .arg(dst.table(retryTable())));
    try {
        s.reader = std::make_unique<ChangeLogReader>(
            *s.source, ChangeLogReader::Options { m_options.batchSize, m_options.gapGraceSeconds });
    } catch (const Error& e) {
        throw FatalError(e.message(), e.details());
    }
    s.sourceCatalog = SchemaCatalog::read(*s.source);
    s.destinationCatalog = SchemaCatalog::read(dst);

    // The Map step's own plan for every captured table, so that rows come out as a fresh migration writes them.
    RunControl planning;
    StepContext context { m_env, s.sourceCatalog, s.destinationCatalog, planning };
    const MapConfig* map = m_env.dmt ? m_env.dmt->map(QStringLiteral("map_file")) : nullptr;
    if (!map)
        throw FatalError(tr("The Data Migration Tool configuration has no map_file; delta needs its map.xml to know "
                            "how rows are carried. Give the configuration with --config."));
    const QVector<ApplierFactory> factories = m_factories + defaultFactories(dst.profile().tablePrefix);
    const QStringList leftOut = m_options.areas.leftOutTables(m_env.dmt, s.reader->tables());
    const QHash<QString, QString> keptQuotes = m_options.areas.keptQuoteConditions(s.source->profile());
    std::shared_ptr<const AttributeMap> attributes;
    for (const QString& table : s.reader->tables()) {
        if (leftOut.contains(table)) {
            s.notCarried.insert(table,
                OptionalAreas::isReportTable(table)
                    ? tr("reports and statistics, left behind as chosen; remove and install capture again to stop "
                         "recording their changes")
                    : tr("visitor log, left behind as chosen; remove and install capture again to stop recording "
                         "its changes"));
            continue;
        }
        const QStringList keys = s.reader->keyColumns(table);
        std::unique_ptr<TableApplier> applier;
        try {
            for (const ApplierFactory& factory : factories) {
                if ((applier = factory(table, keys, context)))
                    break;
            }
            if (!applier) {
                const QString other = MapStep::otherStepOf(table, *m_env.dmt);
                if (!other.isEmpty()) {
                    const QString reason = StepAppliers::notCarriedReason(table, other);
                    s.notCarried.insert(table,
                        !reason.isEmpty() ? reason
                                          : tr("moved by the %1 step, which does not apply changes yet").arg(other));
                    continue;
                }
                TablePlan plan
                    = planMappedTable(context, *map, table, QStringLiteral("delta"), CopyLedger::Existing::Keep);
                if (!plan.skipReason.isEmpty()) {
                    s.notCarried.insert(table, plan.skipReason);
                    continue;
                }
                // Old quotes left behind stay behind: a change that does not bring a quote back within the
                // lifetime (a bulk update that leaves updated_at alone) is not carried, as the Map step left it.
                plan.keptSourceRowsCondition = keptQuotes.value(table);
                // An attribute named in the row gets Magento 2's id, as the Map step writes it.
                if (plan.job.destinationColumns.contains(QStringLiteral("attribute_id"))) {
                    if (!attributes)
                        attributes = std::make_shared<const AttributeMap>(AttributeMap::load(*s.source, dst));
                    remapAttributeIds(plan, attributes);
                }
                applier = std::make_unique<MappedTableApplier>(plan, keys, *map, dst.profile().tablePrefix,
                    tr("an old quote, left behind as chosen"));
            }
        } catch (const Error& e) {
            s.notCarried.insert(table, e.message());
            continue;
        }
        for (const QString& d : applier->destinationTables())
            s.carriedDestinations.insert(d);
        s.appliers.emplace(table, std::move(applier));
    }

    // A part of the store carried again after the capture was installed while it was left behind: its tables have
    // no trigger, so their changes are never recorded. Said, so that the panel and the report show it.
    {
        const QStringList captured = s.reader->tables();
        const QStringList logs = OptionalAreas::logTables(m_env.dmt);
        for (const QString& table :
            CapturePlanner::carriedTables(*m_env.dmt, s.sourceCatalog.tableNames(), m_options.areas)) {
            if ((OptionalAreas::isReportTable(table) || logs.contains(table)) && !captured.contains(table))
                s.notCarried.insert(table,
                    tr("carried by the data migration, but the change capture was installed while it was left "
                       "behind, so its changes are not recorded: remove the capture, install it again and migrate "
                       "the data again"));
        }
    }

    // Foreign key depth of each destination table: parents are written before children, deleted after them.
    QHash<QString, QSet<QString>> parents;
    const QString prefix = dst.profile().tablePrefix;
    QSqlQuery fk
        = dst.query(QStringLiteral("SELECT DISTINCT TABLE_NAME, REFERENCED_TABLE_NAME FROM "
                                   "information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND "
                                   "REFERENCED_TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL"));
    while (fk.next()) {
        const QString child = fk.value(0).toString().mid(prefix.size());
        const QString parent = fk.value(1).toString().mid(prefix.size());
        if (child != parent)
            parents[child].insert(parent);
    }
    std::function<int(const QString&, QSet<QString>&)> depthOf = [&](const QString& t, QSet<QString>& visiting) {
        const auto known = s.depth.constFind(t);
        if (known != s.depth.cend())
            return *known;
        if (visiting.contains(t))
            return 0; // a cycle: broken anywhere
        visiting.insert(t);
        int d = 0;
        for (const QString& p : parents.value(t))
            d = std::max(d, depthOf(p, visiting) + 1);
        visiting.remove(t);
        s.depth.insert(t, d);
        return d;
    };
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        QSet<QString> visiting;
        depthOf(it.key(), visiting);
    }
    readAdoptions(s);

    s.mark = reconcileMark(s);
    s.pendingRetries = dst.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE `source_id` = %2")
                                      .arg(dst.table(retryTable()), Database::quoteString(m_sourceId)))
                           .toLongLong();
    s.sinceRetry.start();
    {
        QMutexLocker lock(&m_mutex);
        m_figures.appliedSeq = s.mark;
        m_figures.pendingRetries = s.pendingRetries;
        m_figures.notCarriedTables.clear();
        for (auto it = s.notCarried.cbegin(); it != s.notCarried.cend(); ++it)
            m_figures.notCarriedTables.insert(it.key(), it.value());
    }
    log->info("delta connected: {} tables applied, {} captured tables not carried, resuming after #{}",
        s.appliers.size(), s.notCarried.size(), s.mark);
}

void DeltaApplier::readAdoptions(Session& s)
{
    s.adoptions.clear();
    for (const ForeignKey& key : ForeignKey::read(*s.source, {})) {
        if (!s.appliers.count(key.table) || !s.appliers.count(key.referencedTable))
            continue;
        // The parent's values come from its change's key: only keys on captured key columns are followed.
        const QStringList parentKey = s.reader->keyColumns(key.referencedTable);
        if (std::any_of(key.referencedColumns.cbegin(), key.referencedColumns.cend(),
                [&](const QString& c) { return !parentKey.contains(c); }))
            continue;
        s.adoptions[key.referencedTable] << Session::Adoption { key.table, key.columns, key.referencedColumns,
            s.reader->keyColumns(key.table) };
    }
}

qint64 DeltaApplier::adoptOrphans(Session& s, QVector<CapturedChange>& changes, QStringList& notices)
{
    if (s.adoptions.isEmpty())
        return 0;
    QSet<QString> inBatch;
    for (const CapturedChange& change : std::as_const(changes))
        inBatch.insert(keyId(change.table, change.key));
    // Rows found this way are usually new ones whose own inserts follow in the change log (an order's items at a
    // batch's edge); a true orphan is rare. So that a mass insert (an import, a new store view) cannot swell one
    // batch, at most one batch's worth is added; past that, the rest comes through the log as usual.
    const qint64 limit = std::max(1, m_options.batchSize);
    Database& src = *s.source;
    qint64 added = 0;
    constexpr int chunk = 500;
    const QSet<int> revived = revivedQuotes(s, changes, notices);
    // The rows inserted in the batch, then the rows adopted for them (an orphan's own orphans), three levels down.
    int from = 0;
    for (int level = 0; level < 3 && added < limit; ++level) {
        QHash<QString, QVector<int>> parents;
        for (int i = from; i < changes.size(); ++i) {
            const CapturedChange& c = changes[i];
            if ((level == 0 ? (c.inserted || revived.contains(i)) && c.operation != CapturedChange::Operation::Delete
                            : c.adopted)
                && s.adoptions.contains(c.table))
                parents[c.table] << i;
        }
        from = int(changes.size());
        if (parents.isEmpty())
            break;
        for (auto it = parents.cbegin(); it != parents.cend() && added < limit; ++it) {
            const QStringList parentKey = s.reader->keyColumns(it.key());
            qint64 lastSeq = 0;
            for (int i : it.value())
                lastSeq = std::max(lastSeq, changes[i].seq);
            for (const Session::Adoption& adoption : s.adoptions.value(it.key())) {
                QStringList childColumns, keyColumns;
                for (const QString& c : adoption.childColumns)
                    childColumns << Database::quoteIdentifier(c);
                for (const QString& c : adoption.childKey)
                    keyColumns << Database::quoteIdentifier(c);
                for (qsizetype first = 0; first < it.value().size() && added < limit; first += chunk) {
                    QStringList tuples;
                    for (int i : it.value().mid(first, chunk)) {
                        QStringList values;
                        for (const QString& column : adoption.parentColumns)
                            values << Database::quoteString(changes[i].key.value(parentKey.indexOf(column)).toString());
                        tuples << QLatin1Char('(') + values.join(QLatin1Char(',')) + QLatin1Char(')');
                    }
                    QSqlQuery q;
                    try {
                        q = src.query(QStringLiteral("SELECT %1 FROM %2 WHERE (%3) IN (%4) LIMIT %5")
                                          .arg(keyColumns.join(QLatin1Char(',')), src.table(adoption.child),
                                              childColumns.join(QLatin1Char(',')), tuples.join(QLatin1Char(',')))
                                          .arg(limit - added + 1));
                    } catch (const Error& e) {
                        // Only a read, for rows that are rarely there: the batch goes on without them.
                        notices << tr("Could not look for rows of %1 that point at the rows just added to %2 (%3); "
                                      "rows left out before as orphans are not carried with them. The final "
                                      "verification lists any that are missing.")
                                       .arg(adoption.child, it.key(), sentence(e.message()));
                        continue;
                    }
                    while (q.next()) {
                        CapturedChange child;
                        child.table = adoption.child;
                        for (int c = 0; c < adoption.childKey.size(); ++c)
                            child.key << q.value(c);
                        const QString id = keyId(child.table, child.key);
                        if (inBatch.contains(id))
                            continue;
                        if (added >= limit) {
                            notices << tr("More rows of %1 point at the rows just added to %2 than one batch takes; "
                                          "they come with their own changes. A row left out before as an orphan "
                                          "among them would be listed by the final verification.")
                                           .arg(adoption.child, it.key());
                            break;
                        }
                        inBatch.insert(id);
                        child.seq = lastSeq;
                        child.firstSeq = lastSeq;
                        child.merged = 0; // no change row of its own
                        child.adopted = true;
                        changes << child;
                        ++added;
                    }
                }
            }
        }
    }
    return added;
}

QSet<int> DeltaApplier::revivedQuotes(Session& s, const QVector<CapturedChange>& changes, QStringList& notices)
{
    QSet<int> revived;
    const QString quoteTable = OptionalAreas::quoteTables().constFirst();
    const auto applier = s.appliers.find(quoteTable);
    if (m_options.areas.carriesOldQuotes() || applier == s.appliers.end() || !s.adoptions.contains(quoteTable)
        || applier->second->destinationTables().isEmpty()
        || s.reader->keyColumns(quoteTable) != QStringList { QStringLiteral("entity_id") })
        return revived;
    QHash<QString, int> updated; // entity_id -> change index
    for (int i = 0; i < changes.size(); ++i) {
        const CapturedChange& c = changes[i];
        if (c.table == quoteTable && !c.inserted && c.operation == CapturedChange::Operation::Update)
            updated.insert(c.key.value(0).toString(), i);
    }
    if (updated.isEmpty())
        return revived;
    // Magento 2's quote keeps Magento 1's entity_id: the ones it lacks are the quotes the migration left behind.
    // Those updated within the lifetime now (a customer back at the cart) come back; the others stay behind.
    Database& dst = *s.destination;
    Database& src = *s.source;
    const QString destination = dst.table(applier->second->destinationTables().constFirst());
    const QString kept = m_options.areas.keptQuoteConditions(src.profile()).value(quoteTable);
    const QStringList ids(updated.keyBegin(), updated.keyEnd());
    QSet<QString> present;
    QSet<QString> recent;
    constexpr int chunk = 500;
    try {
        for (qsizetype first = 0; first < ids.size(); first += chunk) {
            QStringList literals;
            for (const QString& id : ids.mid(first, chunk))
                literals << Database::quoteString(id);
            QSqlQuery q = dst.query(QStringLiteral("SELECT CAST(`entity_id` AS CHAR) FROM %1 WHERE `entity_id` IN (%2)")
                                        .arg(destination, literals.join(QLatin1Char(','))));
            while (q.next())
                present.insert(q.value(0).toString());
            QSqlQuery r = src.query(
                QStringLiteral("SELECT CAST(`entity_id` AS CHAR) FROM %1 WHERE `entity_id` IN (%2) AND (%3)")
                    .arg(src.table(quoteTable), literals.join(QLatin1Char(',')), kept));
            while (r.next())
                recent.insert(r.value(0).toString());
        }
    } catch (const Error& e) {
        notices << tr("Could not look in Magento 2 for the old quotes that Magento 1 changed again (%1); such a quote "
                      "comes without its items until they change. The final verification lists any that are "
                      "missing.")
                       .arg(sentence(e.message()));
        return revived;
    }
    for (auto it = updated.cbegin(); it != updated.cend(); ++it) {
        if (!present.contains(it.key()) && recent.contains(it.key()))
            revived.insert(it.value());
    }
    return revived;
}

qint64 DeltaApplier::reconcileMark(Session& s)
{
    Database& dst = *s.destination;
    const qint64 sourceMark = s.reader->appliedSeq();
    const QVariant stored = dst.scalar(QStringLiteral("SELECT `applied_seq` FROM %1 WHERE `source_id` = %2")
                                           .arg(dst.table(stateTable()), Database::quoteString(m_sourceId)));
    if (!stored.isValid()) {
        dst.exec(QStringLiteral("INSERT INTO %1 (`source_id`, `applied_seq`, `updated_at`) VALUES (%2, %3, NOW(6))")
                     .arg(dst.table(stateTable()), Database::quoteString(m_sourceId))
                     .arg(sourceMark));
        return sourceMark;
    }
    const qint64 mark = stored.toLongLong();
    if (mark < sourceMark)
        throw FatalError(tr("The destination %1 says delta applied changes up to #%2, but the source %3 says up to "
                            "#%4: the destination was restored from an older backup or is another database, and the "
                            "changes in between may be purged already. Migrate the data again into this destination, "
                            "then run delta.")
                             .arg(m_env.destination.profile.displayName())
                             .arg(mark)
                             .arg(m_env.source.profile.displayName())
                             .arg(sourceMark));
    if (mark > sourceMark)
        s.reader->markApplied(mark); // the process stopped between the destination's commit and this update
    return mark;
}

void DeltaApplier::refreshBacklog(Session& s, bool force)
{
    if (!force && s.sinceBacklog.isValid() && s.sinceBacklog.elapsed() < 1000)
        return;
    s.sinceBacklog.start();
    const QString log = Database::quoteIdentifier(CapturePlanner::logTableName(s.source->profile().tablePrefix));
    QSqlQuery q
        = s.source->query(QStringLiteral("SELECT `tbl`, COUNT(*), TIMESTAMPDIFF(MICROSECOND, MIN(`changed_at`), "
                                         "NOW(6)) FROM %1 WHERE `seq` > %2 GROUP BY `tbl`")
                              .arg(log)
                              .arg(s.mark));
    QMap<QString, qint64> tables;
    QMap<QString, qint64> areas;
    qint64 total = 0;
    double lag = 0;
    while (q.next()) {
        const QString table = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        tables.insert(table, n);
        areas[DeltaFigures::areaOf(table)] += n;
        total += n;
        lag = std::max(lag, q.value(2).toDouble() / 1e6);
    }
    QMutexLocker lock(&m_mutex);
    m_figures.backlogByTable = tables;
    m_figures.backlogByArea = areas;
    m_figures.backlog = total;
    m_figures.lagSeconds = lag;
    m_figures.appliedSeq = s.mark;
    m_figures.pendingRetries = s.pendingRetries;
}

bool DeltaApplier::applyBatch(Session& s, const ChangeBatch& batch, bool retryAll)
{
    auto log = logger("core.delta");
    Database& dst = *s.destination;
    const QString retry = dst.table(retryTable());
    const QString sourceId = Database::quoteString(m_sourceId);

    QVector<CapturedChange> changes = batch.changes;
    QSet<QString> withRetryRow;
    if (s.pendingRetries > 0) {
        QHash<QString, int> inBatch;
        for (int i = 0; i < changes.size(); ++i)
            inBatch.insert(keyId(changes[i].table, changes[i].key), i);
        QSqlQuery q = dst.query(QStringLiteral("SELECT `tbl`, `k`, `seq` FROM %1 WHERE `source_id` = %2 ORDER BY "
                                               "`seq` LIMIT 10000")
                                    .arg(retry, sourceId));
        while (q.next()) {
            CapturedChange change;
            change.table = q.value(0).toString();
            change.key = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array().toVariantList();
            change.seq = q.value(2).toLongLong();
            change.firstSeq = change.seq;
            change.merged = 0;
            const QString id = keyId(change.table, change.key);
            withRetryRow.insert(id);
            if (!inBatch.contains(id) && retryAll)
                changes << change;
        }
        if (retryAll)
            s.sinceRetry.start();
    }

    struct Write
    {
        PreparedWrite write;
        int depth = 0;
        qint64 seq = 0;
        QString table;
    };
    QVector<Write> writes;
    QStringList adoptionNotices;
    if (const qint64 adopted = adoptOrphans(s, changes, adoptionNotices); adopted > 0)
        log->debug("{} rows pointing at rows inserted in this batch were added to it", adopted);
    QMap<QString, QVector<int>> byTable;
    for (int i = 0; i < changes.size(); ++i)
        byTable[changes[i].table] << i;
    qint64 notCarried = 0;
    QMap<QString, qint64> notCarriedBy;
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        const auto applier = s.appliers.find(it.key());
        if (applier == s.appliers.end()) {
            notCarried += it.value().size();
            notCarriedBy[it.key()] += it.value().size();
            if (!s.notCarried.contains(it.key()))
                s.notCarried.insert(it.key(), tr("not captured by this install: reinstall capture"));
            continue;
        }
        QVector<CapturedChange> subset;
        for (int i : it.value())
            subset << changes[i];
        int depth = 0;
        for (const QString& d : applier->second->destinationTables())
            depth = std::max(depth, s.depth.value(d));
        try {
            for (PreparedWrite& w : applier->second->prepare(*s.source, subset)) {
                const int index = it.value()[w.change];
                w.change = index;
                writes << Write { w, depth, changes[index].seq, it.key() };
            }
        } catch (const Error& e) {
            throw e.withContext(tr("Could not read the changed rows of %1 from the source").arg(it.key()));
        }
    }
    // Deletes first, children before parents; then upserts, parents before children; each in change order.
    std::stable_sort(writes.begin(), writes.end(), [](const Write& a, const Write& b) {
        if (a.write.isDelete != b.write.isDelete)
            return a.write.isDelete;
        if (a.depth != b.depth)
            return a.write.isDelete ? a.depth > b.depth : a.depth < b.depth;
        return a.seq < b.seq;
    });

    static const QRegularExpression references(QStringLiteral("REFERENCES `([^`]+)`"));
    const QString prefix = dst.profile().tablePrefix;
    qint64 applied = 0, changeRows = 0, failed = 0, retried = 0, skipped = 0, missingParents = 0, transformed = 0;
    QMap<QString, qint64> skippedReasons;
    QMap<QString, qint64> changedReasons; ///< "table: reason" -> values the destination cut or clamped
    QMap<QString, qint64> refreshed;
    qint64 refreshFailed = 0;
    QStringList errors;
    QStringList notices = adoptionNotices;
    QVector<CapturedChange> written; ///< the changes applied, whose dependents are refreshed
    // Changes whose rows are written but whose dependents could not be refreshed: kept like a failed change, so
    // that the retry writes them again and refreshes what depends on them.
    QSet<QString> keptIds; ///< changes kept for a retry by their refresh
    QVector<CapturedChange> retriedWritten; ///< written changes that had a retry row: it goes once they are refreshed
    auto keepForRetry = [&](const QVector<CapturedChange>& kept, const QString& problem) {
        for (const CapturedChange& change : kept)
            keptIds.insert(keyId(change.table, change.key));
        for (qsizetype from = 0; from < kept.size(); from += 500) {
            QStringList tuples;
            for (const CapturedChange& change : kept.mid(from, 500))
                tuples << QStringLiteral("(%1, %2, %3, %4, 1, %5, NOW(6), NOW(6))")
                              .arg(sourceId, Database::quoteString(change.table),
                                  Database::quoteString(keyJson(change.key)))
                              .arg(change.seq)
                              .arg(Database::quoteString(problem.left(4000)));
            if (tuples.isEmpty())
                continue;
            dst.exec(QStringLiteral("INSERT INTO %1 (`source_id`, `tbl`, `k`, `seq`, `attempts`, `last_error`, "
                                    "`first_failed`, `last_failed`) VALUES %2 ON DUPLICATE KEY UPDATE `attempts` = "
                                    "`attempts` + 1, `last_error` = VALUES(`last_error`), `seq` = GREATEST(`seq`, "
                                    "VALUES(`seq`)), `last_failed` = NOW(6)")
                         .arg(retry, tuples.join(u',')));
        }
    };
    dst.beginTransaction();
    try {
        DependentRefresher refresher(*s.source, dst, s.sourceCatalog, s.destinationCatalog);
        // What the changed rows point at before the writes. Only reads: a failure there must not hold the batch's
        // rows back (it would fail the same way at every retry), so it costs the batch its refresh, reported below.
        QString beforeProblem;
        try {
            refresher.before(changes);
        } catch (const Error& e) {
            if (dst.scalar(QStringLiteral("SELECT @@in_transaction")).toInt() == 0)
                throw Error(tr("The destination ended the batch's transaction (%1); the batch is applied again.")
                                .arg(e.message()),
                    e.details());
            beforeProblem = e.message();
            log->debug("refresh look-up error details: {}", e.details().left(1000).toStdString());
        }
        int savepoint = 0;
        for (const Write& entry : writes) {
            const PreparedWrite& w = entry.write;
            const CapturedChange& change = changes[w.change];
            const QString id = keyId(change.table, change.key);
            QString problem = w.error;
            QStringList cut; // values the destination cut or clamped to fit, counted once the row is written
            for (const QString& warning : w.warnings)
                log->debug("{}: {}", change.table.toStdString(), warning.toStdString());
            if (problem.isEmpty()) {
                const bool several = w.statements.size() > 1;
                const QString name = QStringLiteral("w%1").arg(++savepoint);
                auto runAll = [&]() {
                    cut.clear();
                    if (several)
                        dst.exec(QStringLiteral("SAVEPOINT ") + name);
                    for (const QString& statement : w.statements) {
                        dst.exec(statement);
                        // Text the column cannot hold would be written as '?' with only a warning: fail the row.
                        TableCopier::failOnTextWarnings(dst, change.table, {},
                            [&](const QString& reason, int) { cut << reason; });
                    }
                };
                try {
                    runAll();
                } catch (const Error& e) {
                    if (several) {
                        try {
                            dst.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + name);
                        } catch (const Error&) {
                        }
                    }
                    // A lost connection or a deadlock ends the transaction: the whole batch is done again.
                    if (dst.scalar(QStringLiteral("SELECT @@in_transaction")).toInt() == 0)
                        throw Error(tr("The destination ended the batch's transaction (%1); the batch is applied "
                                       "again.")
                                        .arg(e.message()),
                            e.details());
                    problem = e.message();
                    // A parent in a table that another (not yet built) step fills: written as the Map step writes it.
                    const auto match = references.match(e.message() + e.details());
                    const QString parent = match.hasMatch() ? match.captured(1).mid(prefix.size()) : QString();
                    if (!w.isDelete && !parent.isEmpty() && !s.carriedDestinations.contains(parent)) {
                        try {
                            dst.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
                            runAll();
                            dst.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
                            problem.clear();
                            ++missingParents;
                            if (!s.warnedMissingParent.contains(change.table)) {
                                s.warnedMissingParent.insert(change.table);
                                log->warn("{} ({}): its parent in {} is not there yet (the step that fills {} is not "
                                          "built); written without the foreign key check, as the Map step writes it",
                                    change.table.toStdString(), w.key.toStdString(), parent.toStdString(),
                                    parent.toStdString());
                            }
                        } catch (const Error& again) {
                            dst.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
                            if (dst.scalar(QStringLiteral("SELECT @@in_transaction")).toInt() == 0)
                                throw;
                            problem = again.message();
                        }
                    }
                }
            }
            if (problem.isEmpty()) {
                ++applied;
                written << change;
                for (const QString& reason : std::as_const(cut)) {
                    ++changedReasons[change.table + QStringLiteral(": ") + reason];
                    notices << tr("%1 (%2): %3; the destination's column cannot hold the value as it is, so it was "
                                  "written cut or clamped to fit.")
                                   .arg(change.table, w.key, reason);
                }
                changeRows += change.merged;
                if (!w.skipReason.isEmpty()) {
                    ++skipped;
                    ++skippedReasons[change.table + QStringLiteral(": ") + w.skipReason];
                } else if (w.transformed) {
                    ++transformed;
                }
                if (withRetryRow.contains(id))
                    retriedWritten << change;
                continue;
            }
            if (change.adopted) {
                // Not a change of Magento 1's: nothing to keep for a retry. A row with changes of its own comes
                // with them; a true orphan stays left out, as the data migration left it.
                notices << tr("%1 (%2) points at a row just added to Magento 1 but could not be written with it: %3 "
                              "It comes with its own changes if it has any; otherwise the final verification lists "
                              "it.")
                               .arg(change.table, w.key, sentence(problem));
                continue;
            }
            ++failed;
            const QString message = tr("Could not apply the change to %1 (%2): %3 The change is kept and tried again "
                                       "in %4 s.")
                                        .arg(change.table, w.key, sentence(problem))
                                        .arg(m_options.retryIntervalMs / 1000.0);
            errors << message;
            dst.exec(QStringLiteral("INSERT INTO %1 (`source_id`, `tbl`, `k`, `seq`, `attempts`, `last_error`, "
                                    "`first_failed`, `last_failed`) VALUES (%2, %3, %4, %5, 1, %6, NOW(6), NOW(6)) ON "
                                    "DUPLICATE KEY UPDATE `attempts` = `attempts` + 1, `last_error` = "
                                    "VALUES(`last_error`), `seq` = GREATEST(`seq`, VALUES(`seq`)), `last_failed` = "
                                    "NOW(6)")
                         .arg(retry, sourceId, Database::quoteString(change.table),
                             Database::quoteString(keyJson(change.key)))
                         .arg(change.seq)
                         .arg(Database::quoteString(problem.left(4000))));
        }
        // What the steps after the copy derive from these rows, in the same transaction as the rows and the mark:
        // a crash leaves both or neither. A refresh that fails is rolled back alone and reported; the rows stay.
        if (!written.isEmpty() && !beforeProblem.isEmpty()) {
            ++refreshFailed;
            keepForRetry(refresher.retryChanges(written), beforeProblem);
            errors << tr("Could not refresh the sales grids, order number sequences, stock, configurable "
                         "child prices and URL rewrites of %n applied change(s): %1 The changes are kept and tried "
                         "again in %2 s.",
                nullptr, int(written.size()))
                          .arg(sentence(beforeProblem))
                          .arg(m_options.retryIntervalMs / 1000.0);
        } else if (!written.isEmpty()) {
            dst.exec(QStringLiteral("SAVEPOINT refresh"));
            try {
                QStringList warnings;
                refreshed = refresher.refresh(written, &warnings);
                for (const QString& warning : warnings)
                    log->debug("refresh: {}", warning.toStdString());
                notices << refresher.notices();
                errors << refresher.errors();
                keepForRetry(refresher.failedChanges(), refresher.errors().join(u' '));
                const QMap<QString, qint64> urlSkipped = refresher.urlRewritesSkipped();
                for (auto it = urlSkipped.cbegin(); it != urlSkipped.cend(); ++it) {
                    skipped += it.value();
                    skippedReasons[QStringLiteral("core_url_rewrite: ") + it.key()] += it.value();
                }
            } catch (const Error& e) {
                if (dst.scalar(QStringLiteral("SELECT @@in_transaction")).toInt() == 0)
                    throw Error(tr("The destination ended the batch's transaction (%1); the batch is applied again.")
                                    .arg(e.message()),
                        e.details());
                dst.exec(QStringLiteral("ROLLBACK TO SAVEPOINT refresh"));
                refreshed.clear();
                ++refreshFailed;
                keepForRetry(refresher.retryChanges(written), e.message());
                errors << tr("Could not refresh the sales grids, order number sequences, stock, configurable "
                             "child prices and URL rewrites of %n applied change(s): %1 The changes are kept and "
                             "tried again in %2 s.",
                    nullptr, int(written.size()))
                              .arg(sentence(e.message()))
                              .arg(m_options.retryIntervalMs / 1000.0);
                log->debug("refresh error details: {}", e.details().left(1000).toStdString());
            }
        }
        // A retried change leaves the retry table once it is written and refreshed; kept again, its attempts count on.
        for (const CapturedChange& change : std::as_const(retriedWritten)) {
            if (keptIds.contains(keyId(change.table, change.key)))
                continue;
            dst.exec(QStringLiteral("DELETE FROM %1 WHERE `source_id` = %2 AND `tbl` = %3 AND `k` = %4")
                         .arg(retry, sourceId, Database::quoteString(change.table),
                             Database::quoteString(keyJson(change.key))));
            ++retried;
        }
        if (batch.rows > 0)
            dst.exec(QStringLiteral("UPDATE %1 SET `applied_seq` = %2, `updated_at` = NOW(6) WHERE `source_id` = %3")
                         .arg(dst.table(stateTable()))
                         .arg(batch.lastSeq)
                         .arg(sourceId));
        dst.commit();
    } catch (const Error&) {
        try {
            dst.rollback();
        } catch (const Error&) {
            // The connection is gone; the server rolled the batch back with it.
        }
        throw;
    }
    for (const QString& message : errors)
        addError(message);
    for (const QString& message : notices)
        addNotice(message);
    if (batch.rows > 0)
        s.mark = batch.lastSeq;
    s.pendingRetries = dst.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE `source_id` = %2").arg(retry, sourceId))
                           .toLongLong();
    {
        QMutexLocker lock(&m_mutex);
        m_figures.applied += applied;
        m_figures.changeRows += changeRows;
        m_figures.failed += failed;
        m_figures.retried += retried;
        m_figures.skippedByMapping += skipped;
        m_figures.transformed += transformed;
        for (auto it = changedReasons.cbegin(); it != changedReasons.cend(); ++it) {
            m_figures.changedByDestination += it.value();
            m_figures.changedReasons[it.key()] += it.value();
        }
        for (auto it = skippedReasons.cbegin(); it != skippedReasons.cend(); ++it)
            m_figures.skippedReasons[it.key()] += it.value();
        m_figures.missingParents += missingParents;
        for (auto it = refreshed.cbegin(); it != refreshed.cend(); ++it)
            m_figures.refreshed[it.key()] += it.value();
        m_figures.refreshFailed += refreshFailed;
        m_figures.notCarried += notCarried;
        for (auto it = notCarriedBy.cbegin(); it != notCarriedBy.cend(); ++it)
            m_figures.notCarriedByTable[it.key()] += it.value();
        m_figures.pendingRetries = s.pendingRetries;
        m_figures.appliedSeq = s.mark;
        ++m_figures.batches;
        for (auto it = s.notCarried.cbegin(); it != s.notCarried.cend(); ++it)
            m_figures.notCarriedTables.insert(it.key(), it.value());
    }
    // The source's mark and the purge follow the destination's commit: a failure here only delays them.
    if (batch.rows > 0) {
        s.reader->markApplied(s.mark);
        const qint64 purged = s.reader->purge(s.mark, m_options.purgeChunkRows);
        QMutexLocker lock(&m_mutex);
        m_figures.purged += purged;
    }
    return applied > 0 || failed > 0;
}

Outcome DeltaApplier::run(const RunControl& control)
{
    auto log = logger("core.delta");
    {
        QMutexLocker lock(&m_mutex);
        m_figures.fatalError.clear();
    }
    setState(DeltaFigures::State::Starting);
    std::unique_ptr<Session> session;
    int delay = std::max(50, m_options.reconnectDelayMs);
    QElapsedTimer unreachable;
    auto fail = [&](const QString& message) {
        {
            QMutexLocker lock(&m_mutex);
            m_figures.fatalError = message;
        }
        addError(message);
        log->error("delta stopped: {}", message.toStdString());
        session.reset();
        setState(DeltaFigures::State::Failed);
        return Outcome::Failed;
    };
    for (;;) {
        if (!control.checkpoint()) {
            // The backlog at the stop, not the one of up to a second ago: the run's record judges by it.
            if (session) {
                try {
                    refreshBacklog(*session, true);
                } catch (const Error&) {
                    // Unreachable: the figures keep the last known backlog.
                }
            }
            session.reset();
            setState(DeltaFigures::State::Stopped);
            return Outcome::Cancelled;
        }
        try {
            if (!session) {
                session = std::make_unique<Session>();
                connect(*session);
                delay = std::max(50, m_options.reconnectDelayMs);
                unreachable.invalidate();
                setState(DeltaFigures::State::Running);
            }
            Session& s = *session;
            if (const int limit = m_maxThreadsRunning.load(); limit > 0) {
                QSqlQuery q = s.source->query(QStringLiteral("SHOW GLOBAL STATUS LIKE 'Threads_running'"));
                const int running = q.next() ? q.value(1).toInt() : 0;
                bool busy = running > limit;
                {
                    QMutexLocker lock(&m_mutex);
                    m_figures.threadsRunning = running;
                    if (busy)
                        ++m_figures.backoffs;
                }
                if (busy) {
                    setState(DeltaFigures::State::BackingOff);
                    refreshBacklog(s);
                    publish();
                    sleepFor(control, m_options.backoffMs);
                    continue;
                }
            }
            const ChangeBatch batch = s.reader->next(s.mark);
            const bool retryDue = s.pendingRetries > 0 && s.sinceRetry.elapsed() >= m_options.retryIntervalMs;
            bool retryAll = retryDue;
            if (batch.rows == 0) {
                if (m_options.once && !batch.waitingForGap) {
                    if (s.pendingRetries > 0 && !s.finalRetryDone) {
                        s.finalRetryDone = true;
                        retryAll = true;
                    } else {
                        // The final figures: a backlog read within the last second may be from before the batch.
                        refreshBacklog(s, true);
                        const qint64 pending = s.pendingRetries;
                        session.reset();
                        if (pending > 0)
                            return fail(tr("The backlog is applied but %n change(s) could not be applied; they are "
                                           "kept in the destination and tried again by the next run. See the errors "
                                           "above.",
                                nullptr, int(pending)));
                        setState(DeltaFigures::State::Stopped);
                        return Outcome::Succeeded;
                    }
                } else if (!retryDue) {
                    refreshBacklog(s);
                    setState(DeltaFigures::State::Idle);
                    publish();
                    sleepFor(control, m_options.idleMs);
                    continue;
                }
            }
            setState(DeltaFigures::State::Running);
            if (retryAll && batch.rows > 0) {
                // The retries in a batch of their own: a change whose refresh keeps failing keeps back only the
                // changes kept with it, never the new ones it would share a batch with.
                applyBatch(s, ChangeBatch {}, true);
                retryAll = false;
            }
            applyBatch(s, batch, retryAll);
            refreshBacklog(s);
            publish();
        } catch (const FatalError& e) {
            return fail(e.message());
        } catch (const Error& e) {
            session.reset();
            const QString problem = fatalCaptureProblem();
            if (!problem.isEmpty())
                return fail(problem);
            addError(tr("%1 Retrying in %2 s.").arg(sentence(e.message())).arg(delay / 1000.0));
            log->debug("delta error details: {}", e.details().left(1000).toStdString());
            setState(DeltaFigures::State::Reconnecting);
            if (!unreachable.isValid())
                unreachable.start();
            if (m_options.giveUpAfterSeconds > 0 && unreachable.elapsed() > m_options.giveUpAfterSeconds * 1000LL)
                return fail(tr("Gave up after %1 s without a working connection: %2")
                                .arg(m_options.giveUpAfterSeconds)
                                .arg(e.message()));
            sleepFor(control, delay);
            delay = std::min(delay * 2, 30'000);
        }
    }
}

} // namespace cutover
