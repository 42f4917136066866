#include "project.h"

#include "error.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cutover {

namespace {

const QString formatName = QStringLiteral("cutover-project");

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

    ConnectionProfile profile(const QJsonObject& root, const QString& key) const
    {
        const QJsonValue value = root.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject())
            throw invalid(tr("the field \"%1\" is not an object").arg(key));
        const QJsonObject json = value.toObject();
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
    project.name = reader.string(root, QStringLiteral("name"), tr("the file"));
    project.source = reader.profile(root, QStringLiteral("source"));
    project.destination = reader.profile(root, QStringLiteral("destination"));
    project.m1Root = reader.string(root, QStringLiteral("m1Root"), tr("the file"));
    project.m2Root = reader.string(root, QStringLiteral("m2Root"), tr("the file"));
    const QString created = reader.string(root, QStringLiteral("createdAt"), tr("the file"));
    if (!created.isEmpty()) {
        project.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
        if (!project.createdAt.isValid())
            throw reader.invalid(tr("the date \"%1\" in \"createdAt\" is not an ISO 8601 date").arg(created));
    }
    return project;
}

void Project::save(const QString& path) const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName);
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("name"), name);
    root.insert(QStringLiteral("source"), profileToJson(source));
    root.insert(QStringLiteral("destination"), profileToJson(destination));
    root.insert(QStringLiteral("m1Root"), m1Root);
    root.insert(QStringLiteral("m2Root"), m2Root);
    if (createdAt.isValid())
        root.insert(QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs));

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
