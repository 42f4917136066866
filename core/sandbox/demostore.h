#pragma once

#include "generate/generatoroptions.h"
#include "project/project.h"
#include "sandbox/localserver.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace cutover {

/**
 * The demo store: a private MariaDB server in a folder of the user's data (by default
 * `AppLocalDataLocation/demo`) holding `demo_magento1`, a Magento CE 1.9.1.1 database with a small generated
 * store, and `demo_magento2`, a Magento 2.4.8 database emptied of the catalog and quotes that the dump's
 * author created after install. prepare() also writes `demo.cutover`, a project that points at both.
 *
 * The server keeps running while the object lives and dies with the thread that started it (Linux's
 * parent-death signal fires when that *thread* ends), so prepare() and the destructor must run on one thread
 * that outlives the object's use, e.g. a QThreadPool of one thread that never expires. The databases survive
 * the object: a later prepare() on the same folder reuses them and only starts the server.
 */
class DemoStore
{
    Q_DECLARE_TR_FUNCTIONS(DemoStore)
public:
    /** `step` is a translated sentence; `done` and `total` measure the whole preparation. */
    using ProgressFn = std::function<void(const QString& step, qint64 done, qint64 total)>;

    static inline const QString magento1Database = QStringLiteral("demo_magento1");
    static inline const QString magento2Database = QStringLiteral("demo_magento2");

    /** An empty `folder` means defaultFolder(). Nothing happens until prepare(). */
    explicit DemoStore(QString folder = {});
    /** Stops the server (on the thread that called prepare()). */
    ~DemoStore();

    DemoStore(const DemoStore&) = delete;
    DemoStore& operator=(const DemoStore&) = delete;

    /** `AppLocalDataLocation/demo`. */
    static QString defaultFolder();
    /** $CUTOVER_FIXTURES, else the folder compiled in (../shared/fixtures beside the source). */
    static QString fixturesFolder();
    /** The generator's sizes for the demo: about 300 products, 150 customers, 400 orders, a fixed seed. */
    static GeneratorOptions generatorOptions(const QString& mediaDir);

    QString folder() const { return m_folder; }
    QString projectPath() const { return m_folder + QStringLiteral("/demo.cutover"); }

    /**
     * Starts the server and, when the demo databases are missing or unfinished, builds them; then writes the
     * project file and returns the project. Blocks for a minute or so the first time, a few seconds after.
     * `progress` is called on the calling thread, at most about ten times a second; `cancel` is polled between
     * steps and batches. Throws cutover::Error on failure or cancellation (a cancelled database is rebuilt
     * next time).
     */
    Project prepare(const ProgressFn& progress = {}, const std::atomic<bool>* cancel = nullptr);

    /** The server, once prepare() has started it; null before. */
    LocalServer* server() const { return m_server.get(); }
    /** The generator's report when prepare() generated the store; empty when it reused the databases. */
    const GeneratorReport& generatorReport() const { return m_report; }
    /** Whether the last prepare() found both databases ready and built nothing. */
    bool reusedDatabases() const { return m_reused; }

private:
    QString fixture(const QString& relativePath) const;
    bool isReady(const QString& database);
    void markReady(const QString& database, bool ready);
    void buildMagento1(const ProgressFn& progress, const std::atomic<bool>* cancel);
    void buildMagento2(const ProgressFn& progress, const std::atomic<bool>* cancel);
    void clearMagento2AfterInstall();

    QString m_folder;
    std::unique_ptr<LocalServer> m_server;
    GeneratorReport m_report;
    bool m_reused = false;
};

} // namespace cutover
