#include "project.h"

#include "error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace cutover {

namespace {

const QString formatName = QStringLiteral("cutover-project");

const QSet<QString> knownKeys = { QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("id"),
    QStringLiteral("name"), QStringLiteral("source"), QStringLiteral("destination"), QStringLiteral("m1Root"),
    QStringLiteral("m2Root"), QStringLiteral("storeUrl"), QStringLiteral("newServerAddress"),
    QStringLiteral("createdAt"), QStringLiteral("progress"), QStringLiteral("mappingOverrides"),
    QStringLiteral("deltaBusyThreshold"), QStringLiteral("stepOptions") };
const QSet<QString> knownProgressKeys
    = { QStringLiteral("currentPage"), QStringLiteral("checklist"), QStringLiteral("runs") };

constexpr RunOutcome allOutcomes[] = { RunOutcome::Succeeded, RunOutcome::Cancelled, RunOutcome::Failed };

QString dateToJson(const QDateTime& date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject progressToJson(const ProjectProgress& progress, const QJsonObject& extra)
{
    QJsonObject json = extra;
    json.insert(QStringLiteral("currentPage"), progress.currentPage);
    QJsonArray checklist;
    for (const ChecklistTick& tick : progress.checklist)
        checklist.append(QJsonObject { { QStringLiteral("id"), tick.id }, { QStringLiteral("ticked"), tick.ticked },
            { QStringLiteral("at"), dateToJson(tick.at) }, { QStringLiteral("by"), tick.by },
            { QStringLiteral("note"), tick.note } });
    json.insert(QStringLiteral("checklist"), checklist);
    // Details can be large (a migration's report lists every table): only the newest record of each command keeps
    // them, so that 500 records of a nightly delta or verify do not grow the file without bound.
    QSet<QString> withDetails;
    QList<bool> keepDetails(progress.runs.size(), false);
    for (qsizetype i = progress.runs.size() - 1; i >= 0; --i) {
        const RunRecord& run = progress.runs.at(i);
        if (!run.details.isEmpty() && !withDetails.contains(run.command)) {
            withDetails.insert(run.command);
            keepDetails[i] = true;
        }
    }
    QJsonArray runs;
    for (qsizetype i = 0; i < progress.runs.size(); ++i) {
        const RunRecord& run = progress.runs.at(i);
        QJsonObject record { { QStringLiteral("command"), run.command },
            { QStringLiteral("started"), dateToJson(run.started) },
            { QStringLiteral("finished"), dateToJson(run.finished) },
            { QStringLiteral("outcome"), runOutcomeName(run.outcome) }, { QStringLiteral("summary"), run.summary } };
        if (keepDetails.at(i))
            record.insert(QStringLiteral("details"), run.details);
        runs.append(record);
    }
    json.insert(QStringLiteral("runs"), runs);
    return json;
}

QJsonObject profileToJson(const ConnectionProfile& profile)
{
    QJsonObject json;
    json.insert(QStringLiteral("user"), profile.user);
    json.insert(QStringLiteral("host"), profile.host);
    json.insert(QStringLiteral("port"), profile.port);
    json.insert(QStringLiteral("socket"), profile.socket);
    json.insert(QStringLiteral("database"), profile.database);
    json.insert(QStringLiteral("tablePrefix"), profile.tablePrefix);
    json.insert(QStringLiteral("tls"), tlsModeName(profile.tls));
    json.insert(QStringLiteral("caFile"), profile.caFile);
    return json;
}

// Reads the fields of one JSON object, naming the file and the field when a value has the wrong type.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Project)
public:
    explicit Reader(QString path)
        : m_path(std::move(path))
    {
    }

    QString string(
        const QJsonObject& object, const QString& key, const QString& where, const QString& fallback = {}) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isString())
            throw invalid(tr("the field \"%1\" in %2 is not text").arg(key, where));
        return value.toString();
    }

    int integer(const QJsonObject& object, const QString& key, const QString& where, int fallback) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isDouble() || value.toDouble() != double(value.toInt()))
            throw invalid(tr("the field \"%1\" in %2 is not a whole number").arg(key, where));
        return value.toInt();
    }

    bool boolean(const QJsonObject& object, const QString& key, const QString& where) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            throw invalid(tr("the field \"%1\" in %2 is not true or false").arg(key, where));
        return value.toBool();
    }

    QDateTime date(const QJsonObject& object, const QString& key, const QString& where) const
    {
        const QString text = string(object, key, where);
        if (text.isEmpty())
            return {};
        QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!date.isValid())
            throw invalid(tr("the date \"%1\" in \"%2\" in %3 is not an ISO 8601 date").arg(text, key, where));
        return date;
    }

    QJsonObject object(const QJsonObject& parent, const QString& key, const QString& where) const
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject())
            throw invalid(tr("the field \"%1\" in %2 is not an object").arg(key, where));
        return value.toObject();
    }

    // Each element must be an object; `where` names the array so that "runs[3]" points at the bad record.
    QList<QJsonObject> objects(const QJsonObject& parent, const QString& key, const QString& where) const
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            throw invalid(tr("the field \"%1\" in %2 is not a list").arg(key, where));
        QList<QJsonObject> result;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                throw invalid(tr("the entry %1[%2] in %3 is not an object").arg(key).arg(i).arg(where));
            result.append(array.at(i).toObject());
        }
        return result;
    }

    ProjectProgress progress(const QJsonObject& json) const
    {
        const QString where = QStringLiteral("\"progress\"");
        ProjectProgress progress;
        progress.currentPage = string(json, QStringLiteral("currentPage"), where);
        const QList<QJsonObject> ticks = objects(json, QStringLiteral("checklist"), where);
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const QString item = QStringLiteral("\"checklist[%1]\"").arg(i);
            ChecklistTick tick;
            tick.id = string(ticks[i], QStringLiteral("id"), item);
            if (tick.id.isEmpty())
                throw invalid(tr("the checklist entry %1 has no \"id\"").arg(i));
            tick.ticked = boolean(ticks[i], QStringLiteral("ticked"), item);
            tick.at = date(ticks[i], QStringLiteral("at"), item);
            tick.by = string(ticks[i], QStringLiteral("by"), item);
            tick.note = string(ticks[i], QStringLiteral("note"), item);
            progress.checklist.append(tick);
        }
        const QList<QJsonObject> runs = objects(json, QStringLiteral("runs"), where);
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const QString item = QStringLiteral("\"runs[%1]\"").arg(i);
            RunRecord run;
            run.command = string(runs[i], QStringLiteral("command"), item);
            run.started = date(runs[i], QStringLiteral("started"), item);
            run.finished = date(runs[i], QStringLiteral("finished"), item);
            run.summary = string(runs[i], QStringLiteral("summary"), item);
            run.details = object(runs[i], QStringLiteral("details"), item);
            const QString outcome = string(runs[i], QStringLiteral("outcome"), item);
            const auto* found = std::find_if(std::begin(allOutcomes), std::end(allOutcomes),
                [&](RunOutcome o) { return runOutcomeName(o) == outcome; });
            if (found == std::end(allOutcomes))
                throw invalid(tr("the outcome \"%1\" in %2 is unknown").arg(outcome, item));
            run.outcome = *found;
            progress.runs.append(run);
        }
        return progress;
    }

    ConnectionProfile profile(const QJsonObject& root, const QString& key) const
    {
        const QJsonValue value = root.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject())
            throw invalid(tr("the field \"%1\" is not an object").arg(key));
        const QJsonObject json = value.toObject();
        // A password typed into the file by hand would sit on disk in clear: refuse it rather than ignore it.
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (it.key().contains(QLatin1String("pass"), Qt::CaseInsensitive))
                throw invalid(tr("the field \"%1\" in %2 looks like a password. Cutover never keeps passwords in "
                                 "a project file: remove it and let Cutover keep the password in the system "
                                 "keychain, or set %3")
                                  .arg(it.key(), key,
                                      key == QLatin1String("source") ? QStringLiteral("CUTOVER_SOURCE_PASSWORD")
                                                                     : QStringLiteral("CUTOVER_DEST_PASSWORD")));
        }
        ConnectionProfile profile;
        profile.user = string(json, QStringLiteral("user"), key);
        profile.host = string(json, QStringLiteral("host"), key, profile.host);
        profile.port = integer(json, QStringLiteral("port"), key, profile.port);
        profile.socket = string(json, QStringLiteral("socket"), key);
        profile.database = string(json, QStringLiteral("database"), key);
        profile.tablePrefix = string(json, QStringLiteral("tablePrefix"), key);
        profile.caFile = string(json, QStringLiteral("caFile"), key);
        const QString tls = string(json, QStringLiteral("tls"), key, tlsModeName(profile.tls));
        bool known = false;
        for (TlsMode mode :
            { TlsMode::Disabled, TlsMode::Preferred, TlsMode::Required, TlsMode::VerifyCa, TlsMode::VerifyIdentity }) {
            if (tlsModeName(mode) == tls) {
                profile.tls = mode;
                known = true;
            }
        }
        if (!known)
            throw invalid(tr("the TLS mode \"%1\" in %2 is unknown").arg(tls, key));
        return profile;
    }

    Error invalid(const QString& what) const
    {
        return Error(Project::tr("The project file %1 is not valid: %2. Open it in a text editor or create a new "
                                 "project.")
                         .arg(m_path, what));
    }

private:
    QString m_path;
};

} // namespace

Project Project::load(const QString& path)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        throw Error(tr("The project file %1 does not exist. It may have been moved or deleted.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            tr("The project file %1 could not be read: %2. Check its permissions.").arg(path, file.errorString()));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const Reader reader(path);
    if (parseError.error != QJsonParseError::NoError)
        throw Error(tr("The project file %1 is not valid: it is not JSON (%2 at byte %3). Open it in a text editor or "
                       "create a new project.")
                        .arg(path, parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        throw reader.invalid(tr("it holds no JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName)
        throw reader.invalid(tr("it is not a Cutover project (no \"format\": \"%1\")").arg(formatName));
    const int version = reader.integer(root, QStringLiteral("version"), tr("the file"), 0);
    if (version < 1 || version > formatVersion)
        throw Error(tr("The project file %1 has version %2, but this Cutover reads version %3 at most. Update "
                       "Cutover to open it.")
                        .arg(path)
                        .arg(version)
                        .arg(formatVersion));

    Project project;
    const QString id = reader.string(root, QStringLiteral("id"), tr("the file"));
    if (!id.isEmpty()) {
        project.id = QUuid::fromString(id);
        if (project.id.isNull())
            throw reader.invalid(tr("the project id \"%1\" is not a UUID").arg(id));
    }
    project.name = reader.string(root, QStringLiteral("name"), tr("the file"));
    project.source = reader.profile(root, QStringLiteral("source"));
    project.destination = reader.profile(root, QStringLiteral("destination"));
    project.m1Root = reader.string(root, QStringLiteral("m1Root"), tr("the file"));
    project.m2Root = reader.string(root, QStringLiteral("m2Root"), tr("the file"));
    project.storeUrl = reader.string(root, QStringLiteral("storeUrl"), tr("the file"));
    project.newServerAddress = reader.string(root, QStringLiteral("newServerAddress"), tr("the file"));
    project.mappingOverrides = reader.string(root, QStringLiteral("mappingOverrides"), tr("the file"));
    project.deltaBusyThreshold = reader.integer(root, QStringLiteral("deltaBusyThreshold"), tr("the file"), -1);
    if (project.deltaBusyThreshold < -1)
        throw reader.invalid(tr("the field \"deltaBusyThreshold\" in the file is below 0"));
    project.stepOptions = reader.object(root, QStringLiteral("stepOptions"), tr("the file"));
    const QString created = reader.string(root, QStringLiteral("createdAt"), tr("the file"));
    if (!created.isEmpty()) {
        project.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
        if (!project.createdAt.isValid())
            throw reader.invalid(tr("the date \"%1\" in \"createdAt\" is not an ISO 8601 date").arg(created));
    }
    const QJsonObject progress = reader.object(root, QStringLiteral("progress"), tr("the file"));
    project.progress = reader.progress(progress);
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            project.extra.insert(it.key(), it.value());
    }
    for (auto it = progress.begin(); it != progress.end(); ++it) {
        if (!knownProgressKeys.contains(it.key()))
            project.extraProgress.insert(it.key(), it.value());
    }
    return project;
}

QJsonObject Project::toJson() const
{
    QJsonObject root = extra;
    root.insert(QStringLiteral("format"), formatName);
    root.insert(QStringLiteral("version"), formatVersion);
    if (!id.isNull())
        root.insert(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    root.insert(QStringLiteral("name"), name);
    root.insert(QStringLiteral("source"), profileToJson(source));
    root.insert(QStringLiteral("destination"), profileToJson(destination));
    root.insert(QStringLiteral("m1Root"), m1Root);
    root.insert(QStringLiteral("m2Root"), m2Root);
    if (!storeUrl.isEmpty())
        root.insert(QStringLiteral("storeUrl"), storeUrl);
    if (!newServerAddress.isEmpty())
        root.insert(QStringLiteral("newServerAddress"), newServerAddress);
    if (!mappingOverrides.isEmpty())
        root.insert(QStringLiteral("mappingOverrides"), mappingOverrides);
    if (deltaBusyThreshold >= 0)
        root.insert(QStringLiteral("deltaBusyThreshold"), deltaBusyThreshold);
    if (!stepOptions.isEmpty())
        root.insert(QStringLiteral("stepOptions"), stepOptions);
    if (createdAt.isValid())
        root.insert(QStringLiteral("createdAt"), dateToJson(createdAt));
    root.insert(QStringLiteral("progress"), progressToJson(progress, extraProgress));
    return root;
}

QString Project::mappingOverridesPath(const QString& projectPath) const
{
    if (mappingOverrides.isEmpty())
        return {};
    if (QFileInfo(mappingOverrides).isAbsolute())
        return QDir::cleanPath(mappingOverrides);
    return QDir::cleanPath(QFileInfo(projectPath).absolutePath() + QLatin1Char('/') + mappingOverrides);
}

QString Project::defaultMappingOverrides(const QString& projectPath)
{
    QString name = QFileInfo(projectPath).fileName();
    if (name.endsWith(QLatin1String(fileExtension)))
        name.chop(int(qstrlen(fileExtension)));
    return name + QStringLiteral(".map.xml");
}

QUuid Project::ensureId()
{
    if (id.isNull())
        id = QUuid::createUuid();
    return id;
}

void Project::recordRun(const QString& path, const RunRecord& run)
{
    update(path, [&run](Project& project) {
        project.progress.runs.append(run);
        if (project.progress.runs.size() > maxRuns)
            project.progress.runs.remove(0, project.progress.runs.size() - maxRuns);
    });
}

Project Project::update(const QString& path, const std::function<void(Project&)>& change)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    // A lock left by a crashed command is stale after a few seconds; an update never takes that long.
    lock.setStaleLockTime(10'000);
    if (!lock.tryLock(5'000))
        throw Error(tr("Could not update the project file %1: another Cutover holds %2.lock. Wait for it to "
                       "finish, or delete that file if no Cutover is running.")
                        .arg(path, path));
    Project project = load(path);
    change(project);
    project.save(path);
    return project;
}

RunRecord RunRecord::endingNow(const QString& command, const QDateTime& started, RunOutcome outcome,
    const QString& summary, const QJsonObject& details)
{
    RunRecord run;
    run.command = command;
    run.started = started.toUTC();
    run.finished = QDateTime::currentDateTimeUtc();
    run.outcome = outcome;
    run.summary = summary;
    run.details = details;
    return run;
}

RunKind runKindOf(const QString& command)
{
    // The wizard records its runs as "wizard <command>".
    const QString plain = command.startsWith(QLatin1String("wizard ")) ? command.mid(7) : command;
    const auto starts = [&](const char* prefix) { return plain.startsWith(QLatin1String(prefix)); };
    if (starts("migrate"))
        return RunKind::Migrate;
    if (starts("verify"))
        return RunKind::Verify;
    if (starts("media"))
        return plain.contains(QLatin1String("--dry-run")) ? RunKind::Other : RunKind::Media;
    if (starts("delta run"))
        return RunKind::Delta;
    if (starts("reindex"))
        return RunKind::Reindex;
    if (starts("warm"))
        return RunKind::Warm;
    if (plain == QLatin1String("check"))
        return RunKind::Check;
    return RunKind::Other;
}

QString runOutcomeName(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case RunOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case RunOutcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

const ChecklistTick* ProjectProgress::tick(const QString& id) const
{
    const auto found
        = std::find_if(checklist.begin(), checklist.end(), [&](const ChecklistTick& t) { return t.id == id; });
    return found == checklist.end() ? nullptr : &*found;
}

void ProjectProgress::setTicked(
    const QString& id, bool ticked, const QString& by, const QDateTime& at, const QString& note)
{
    auto found = std::find_if(checklist.begin(), checklist.end(), [&](const ChecklistTick& t) { return t.id == id; });
    if (found == checklist.end())
        found = checklist.insert(checklist.end(), ChecklistTick { id, false, {}, {}, {} });
    found->ticked = ticked;
    found->by = by;
    found->at = at.toUTC();
    found->note = note;
}

void Project::save(const QString& path) const
{
    const QJsonObject root = toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("The project file %1 could not be written: %2. Check that the folder exists and is writable.")
                        .arg(path, file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        throw Error(tr("The project file %1 could not be written: %2. Check the free disk space and the folder's "
                       "permissions.")
                        .arg(path, file.errorString()));
}

} // namespace cutover
