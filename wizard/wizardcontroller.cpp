#include "wizardcontroller.h"

#include "error.h"
#include "log/log.h"
#include "sandbox/demostore.h"
#include "wizardmodel.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace cutover::ui {

WizardController::WizardController(WizardModel* model, QString demoFolder, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_demoFolder(demoFolder.isEmpty() ? DemoStore::defaultFolder() : QDir::cleanPath(demoFolder))
{
    m_demoThread.setMaxThreadCount(1);
    m_demoThread.setExpiryTimeout(-1);
    m_saveThread.setMaxThreadCount(1);
    connect(&m_demoWatcher, &QFutureWatcherBase::finished, this, &WizardController::onDemoFinished);
}

WizardController::~WizardController()
{
    m_cancelDemo = true;
    // The server must be stopped by the thread that started it. QFuture::waitForFinished() would run a task
    // that has not started yet on this thread, so queue the stop behind any running preparation on the pool's
    // only thread and wait for the pool instead.
    m_demoThread.start([this] { m_demo.reset(); });
    m_demoThread.waitForDone();
    // A save in progress finishes writing the file; its result is not applied any more.
    m_saveThread.waitForDone();
}

bool WizardController::openProject(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    try {
        const Project project = Project::load(absolute);
        m_model->setProject(project, absolute);
    } catch (const Error& e) {
        logger("wizard.controller")->warn("could not open {}: {}", absolute.toStdString(), e.message().toStdString());
        emit errorOccurred(e.message(), e.details());
        return false;
    }
    addRecentProject(absolute);
    emit projectOpened(absolute);
    return true;
}

bool WizardController::newProject(const QString& path)
{
    QString target = QFileInfo(path).absoluteFilePath();
    if (!target.endsWith(QLatin1String(Project::fileExtension)))
        target += QLatin1String(Project::fileExtension);
    Project project;
    // The id is the key of the project's passwords in the keychain.
    project.ensureId();
    project.name = QFileInfo(target).completeBaseName();
    project.createdAt = QDateTime::currentDateTimeUtc();
    try {
        project.save(target);
    } catch (const Error& e) {
        emit errorOccurred(e.message(), e.details());
        return false;
    }
    return openProject(target);
}

bool WizardController::updateProject(std::function<void(Project&)> change, SaveDone done)
{
    if (!m_model->hasProject())
        return false;
    struct Saved
    {
        std::optional<Project> project;
        QString message;
        QString details;
    };
    const QString path = m_model->projectPath();
    ++m_pendingSaves;
    QtConcurrent::run(&m_saveThread, [path, change = std::move(change)] {
        Saved saved;
        // Exceptions never leave the worker: they become the result.
        try {
            saved.project = Project::update(path, change);
        } catch (const Error& e) {
            saved.message = e.message();
            saved.details = e.details();
        } catch (const std::exception& e) {
            saved.message = tr("The project file %1 could not be saved because of an unexpected error.").arg(path);
            saved.details = QString::fromLocal8Bit(e.what());
        }
        return saved;
    }).then(this, [this, path, done = std::move(done)](const Saved& saved) {
        --m_pendingSaves;
        // The user may have opened another project while this one was being saved.
        const bool current = m_model->projectPath() == path;
        if (saved.project && current)
            m_model->updateProject(*saved.project);
        if (!saved.project) {
            logger("wizard.controller")->warn("could not save {}: {}", path.toStdString(), saved.message.toStdString());
            emit errorOccurred(saved.message, saved.details);
        }
        if (done)
            done(saved.project.has_value());
        emit projectSaved(saved.project.has_value());
    });
    return true;
}

bool WizardController::saveConnection(SecretRole role, const ConnectionProfile& profile, SaveDone done)
{
    if ((role == SecretRole::Source ? m_model->project().source : m_model->project().destination) == profile
        && !isSaving()) {
        if (done)
            done(true);
        return true;
    }
    return updateProject(
        [role, profile](
            Project& project) { (role == SecretRole::Source ? project.source : project.destination) = profile; },
        std::move(done));
}

bool WizardController::saveRoots(const QString& m1Root, const QString& m2Root, SaveDone done)
{
    if (m_model->project().m1Root == m1Root && m_model->project().m2Root == m2Root && !isSaving()) {
        if (done)
            done(true);
        return true;
    }
    return updateProject(
        [m1Root, m2Root](Project& project) {
            project.m1Root = m1Root;
            project.m2Root = m2Root;
        },
        std::move(done));
}

bool WizardController::setChecklistTick(const QString& id, bool ticked, const QString& note, SaveDone done)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = QDir::home().dirName();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return updateProject(
        [id, ticked, user, now, note](Project& project) { project.progress.setTicked(id, ticked, user, now, note); },
        std::move(done));
}

bool WizardController::saveCurrentPage(const QString& pageId)
{
    return updateProject([pageId](Project& project) { project.progress.currentPage = pageId; });
}

bool WizardController::recordRun(const RunRecord& run, SaveDone done)
{
    return updateProject(
        [run](Project& project) {
            project.progress.runs.append(run);
            while (project.progress.runs.size() > Project::maxRuns)
                project.progress.runs.removeFirst();
        },
        std::move(done));
}

void WizardController::rememberPassword(SecretRole role, const QString& password)
{
    const QString unavailable = SecretStore::unavailableReason();
    if (!unavailable.isEmpty()) {
        emit keychainFinished(role, false, unavailable);
        return;
    }
    auto write = [this, role, password] {
        SecretStore(m_secretTimeoutMs)
            .write(m_model->project().id, role, password)
            .then(this, [this, role](const SecretResult& result) {
                emit keychainFinished(role, result.status == SecretStatus::Done, result.message);
            });
    };
    if (!m_model->project().id.isNull()) {
        write();
        return;
    }
    const bool queued = updateProject([](Project& project) { project.ensureId(); },
        [this, role, write](bool ok) {
            if (ok && !m_model->project().id.isNull())
                write();
            else
                emit keychainFinished(
                    role, false, tr("The project file could not be saved with an id for the keychain."));
        });
    if (!queued)
        emit keychainFinished(role, false, tr("The project file could not be saved with an id for the keychain."));
}

void WizardController::forgetPassword(SecretRole role)
{
    if (m_model->project().id.isNull() || !SecretStore::unavailableReason().isEmpty())
        return;
    SecretStore(m_secretTimeoutMs)
        .remove(m_model->project().id, role)
        .then(this, [this, role](const SecretResult& result) {
            emit keychainFinished(role, result.status == SecretStatus::Done, result.message);
        });
}

void WizardController::loadPasswords()
{
    const QUuid id = m_model->project().id;
    if (id.isNull() || !SecretStore::unavailableReason().isEmpty())
        return;
    for (const SecretRole role : { SecretRole::Source, SecretRole::Destination }) {
        SecretStore(m_secretTimeoutMs).read(id, role).then(this, [this, id, role](const SecretResult& result) {
            // The user may have opened another project meanwhile.
            if (result.status != SecretStatus::Done || m_model->project().id != id)
                return;
            m_model->setPassword(role, result.secret);
            emit passwordLoaded(role);
        });
    }
}

QStringList WizardController::recentProjects() const
{
    return QSettings().value(recentProjectsKey).toStringList();
}

void WizardController::addRecentProject(const QString& path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentProjects)
        recent.removeLast();
    QSettings().setValue(recentProjectsKey, recent);
    emit recentProjectsChanged();
}

void WizardController::removeRecentProject(const QString& path)
{
    QStringList recent = recentProjects();
    if (recent.removeAll(path) == 0)
        return;
    QSettings().setValue(recentProjectsKey, recent);
    emit recentProjectsChanged();
}

void WizardController::prepareDemo()
{
    if (isPreparingDemo())
        return;
    m_cancelDemo = false;
    emit demoStarted();
    const QString folder = m_demoFolder;
    m_demoWatcher.setFuture(QtConcurrent::run(&m_demoThread, [this, folder] {
        DemoResult result;
        // Exceptions never leave the worker: they become the result.
        try {
            if (!m_demo)
                m_demo = std::make_unique<DemoStore>(folder);
            m_demo->prepare(
                [this](const QString& step, qint64 done, qint64 total) {
                    QMetaObject::invokeMethod(
                        this, [this, step, done, total] { emit demoProgress(step, done, total); },
                        Qt::QueuedConnection);
                },
                &m_cancelDemo);
            result.succeeded = true;
            result.projectPath = m_demo->projectPath();
        } catch (const Error& e) {
            result.cancelled = m_cancelDemo.load();
            result.message = e.message();
            result.details = e.details();
        } catch (const std::exception& e) {
            result.message = tr("The demo store could not be prepared because of an unexpected error.");
            result.details = QString::fromLocal8Bit(e.what());
        }
        return result;
    }));
}

void WizardController::cancelDemo()
{
    m_cancelDemo = true;
}

void WizardController::onDemoFinished()
{
    const DemoResult result = m_demoWatcher.result();
    auto log = logger("wizard.controller");
    if (result.succeeded) {
        const bool opened = openProject(result.projectPath);
        emit demoFinished(opened);
        return;
    }
    if (result.cancelled) {
        log->info("demo preparation cancelled");
    } else {
        log->error("demo preparation failed: {}", result.message.toStdString());
        emit errorOccurred(tr("The demo store could not be prepared. %1").arg(result.message), result.details);
    }
    emit demoFinished(false);
}

} // namespace cutover::ui
