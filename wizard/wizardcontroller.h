#pragma once

#include "db/connectionprofile.h"
#include "project/project.h"
#include "project/secretstore.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace cutover {
class DemoStore;
}

namespace cutover::ui {

class WizardModel;

/**
 * Orchestrates the wizard: opens and creates project files, keeps the list of recent projects, and prepares
 * the demo store on a worker thread. Pages call it and listen to its signals; it writes the WizardModel.
 *
 * The demo store's server dies with the thread that started it, so all of the DemoStore's life (prepare and
 * destruction) runs on a private pool of one thread that never expires. The destructor cancels a running
 * preparation and waits for it, then stops the server.
 */
class WizardController : public QObject
{
    Q_OBJECT
public:
    /** The QSettings key of the recent projects, most recent first. */
    static inline const QString recentProjectsKey = QStringLiteral("recentProjects");
    static constexpr int maxRecentProjects = 8;

    /** `demoFolder` empty means DemoStore::defaultFolder(). */
    WizardController(WizardModel* model, QString demoFolder = {}, QObject* parent = nullptr);
    ~WizardController() override;

    WizardModel* model() const { return m_model; }

    /** Loads a project file into the model and puts it first in the recent list; errorOccurred on failure. */
    bool openProject(const QString& path);
    /** Creates an empty project file at `path` (adding `.cutover` when missing) and opens it. */
    bool newProject(const QString& path);

    /** Called on the GUI thread when a save ended: `ok` false after errorOccurred. */
    using SaveDone = std::function<void(bool ok)>;

    /**
     * Changes the open project and saves it (under the project file's lock, so that a cutover-cli run recorded
     * meanwhile is kept) on a worker thread: the lock can hold a save for seconds and the GUI must not wait on it.
     * Saves run one at a time in the order they were asked for; each result is applied to the model on the GUI
     * thread in that same order (projectUpdated), then `done` is called. A save that fails emits errorOccurred and
     * calls `done(false)`; the model keeps the project as it was. Returns false (and queues nothing) when no
     * project is open. `change` runs on the worker: it must capture by value.
     */
    bool updateProject(std::function<void(Project&)> change, SaveDone done = {});
    /** True while a save asked for by updateProject() has not been applied yet. */
    bool isSaving() const { return m_pendingSaves > 0; }
    /** Saves one side's connection profile (never a password) in the project. */
    bool saveConnection(SecretRole role, const ConnectionProfile& profile, SaveDone done = {});
    /** Saves the Magento 1 and Magento 2 installation folders in the project. */
    bool saveRoots(const QString& m1Root, const QString& m2Root, SaveDone done = {});
    /** Ticks or unticks a manual checklist item, stamped with now and the system user, and saves the project. */
    bool setChecklistTick(const QString& id, bool ticked, const QString& note = {}, SaveDone done = {});
    /** Saves the wizard page the user is on (a stable id such as "media") as the project's current page. */
    bool saveCurrentPage(const QString& pageId);
    /** Appends a run record to the project (a reindex from the wizard), as cutover-cli's commands do. */
    bool recordRun(const RunRecord& run, SaveDone done = {});

    /**
     * Keeps `password` in the system keychain under the project's id (giving the project an id first if it has
     * none). Asynchronous: keychainFinished follows. Without a keychain nothing is kept anywhere.
     */
    void rememberPassword(SecretRole role, const QString& password);
    /** Removes a side's password from the keychain; keychainFinished follows. */
    void forgetPassword(SecretRole role);
    /** Reads both passwords of the open project from the keychain; passwordLoaded for each one found. */
    void loadPasswords();
    /** `secretTimeoutMs` bounds every keychain operation (tests shorten it). */
    void setSecretTimeout(int ms) { m_secretTimeoutMs = ms; }

    QStringList recentProjects() const;
    void removeRecentProject(const QString& path);

    /** Starts preparing the demo store in the background; opens its project when ready. Ignored while running. */
    void prepareDemo();
    /** Asks a running preparation to stop at its next check; demoFinished follows. */
    void cancelDemo();
    bool isPreparingDemo() const { return m_demoWatcher.isRunning(); }
    QString demoFolder() const { return m_demoFolder; }

Q_SIGNALS:
    void projectOpened(const QString& path);
    void recentProjectsChanged();
    /** A translated message for the page and technical details for its expander. */
    void errorOccurred(const QString& message, const QString& details);
    void demoStarted();
    void demoProgress(const QString& step, qint64 done, qint64 total);
    /** A save asked for by updateProject() ended (after the model was updated or errorOccurred). */
    void projectSaved(bool ok);
    /** Ends every preparation: `succeeded` false after an error (reported first) or a cancellation. */
    void demoFinished(bool succeeded);
    /** A password was found in the keychain and put in the model. */
    void passwordLoaded(SecretRole role);
    /** A keychain write or removal ended; `message` (translated) says why it failed, empty on success. */
    void keychainFinished(SecretRole role, bool ok, const QString& message);

private:
    struct DemoResult
    {
        bool succeeded = false;
        bool cancelled = false;
        QString projectPath;
        QString message;
        QString details;
    };

    void addRecentProject(const QString& path);
    void onDemoFinished();

    WizardModel* m_model;
    QString m_demoFolder;
    QThreadPool m_demoThread;
    std::unique_ptr<DemoStore> m_demo; ///< created, used and destroyed on m_demoThread only
    std::atomic<bool> m_cancelDemo { false };
    QFutureWatcher<DemoResult> m_demoWatcher;
    int m_secretTimeoutMs = 15'000;
    /** One thread, so that saves reach the file in the order they were asked for. */
    QThreadPool m_saveThread;
    int m_pendingSaves = 0;
};

} // namespace cutover::ui
