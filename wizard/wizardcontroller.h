#pragma once

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
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
    /** Ends every preparation: `succeeded` false after an error (reported first) or a cancellation. */
    void demoFinished(bool succeeded);

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
};

} // namespace cutover::ui
