#pragma once

#include "db/connectionprofile.h"
#include "golive/reindexrunner.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QUrl>
#include <QWizardPage>

#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace cutover::ui {

class WizardController;
class WizardModel;

/**
 * The Reindex page: `bin/magento indexer:reindex` in the Magento 2 root, on this computer or over the user's own
 * ssh (host, user, remote folder), for every indexer or a chosen few. The host and the exact command are shown
 * before anything runs; Run starts a ReindexRunner (on the GUI thread: it only reads its process through the
 * event loop), its output streams into the log and a table follows each indexer (waiting, running, rebuilt,
 * failed, locked) with its duration; a failed indexer's output shows when it is selected. Cancel ends the process
 * tree. After a successful run, the "Test the new store" panel shows the store's base URL (read from Magento 2's
 * core_config_data on a worker) as a link and what to try.
 *
 * Complete after a successful reindex, or when the user ticks "skip, I reindexed myself", which is recorded in
 * the project as the checklist tick `reindex/skipped`. Each run is recorded in the project as cutover-cli's is.
 */
class ReindexPage : public QWizardPage
{
    Q_OBJECT
public:
    /** The checklist tick that records a skipped reindex. */
    static inline const QString skippedTickId = QStringLiteral("reindex/skipped");

    ReindexPage(WizardController* controller, WizardModel* model, QWidget* parent = nullptr);
    ~ReindexPage() override;

    bool isComplete() const override;

    /** The Magento 2 folder from the project; fills the folder field unless the user typed another. */
    void setMagentoRoot(const QString& root);
    /** The Magento 2 database that passed its test (nullopt: none), for the store's base URL. */
    void setDestination(const std::optional<ConnectionProfile>& destination, const QString& password);

    /** The options the fields describe, as Run would use them. */
    ReindexOptions options() const;
    /** The PHP and ssh programs to use (tests point them at stand-ins). */
    void setPrograms(const QString& php, const QString& ssh);

    bool isRunning() const { return m_runner != nullptr; }
    /** The last run's result; status Failed with no host before any run. */
    const ReindexResult& lastResult() const { return m_result; }
    /** The base URL read from the destination, empty until read. */
    QUrl storeUrl() const { return m_storeUrl; }

public Q_SLOTS:
    void run();
    void cancel();

Q_SIGNALS:
    void runFinished(const cutover::ReindexResult& result);
    /** The store's base URL was read (or could not be: `url` empty and the reason shown). */
    void storeUrlRead(const QUrl& url);

protected:
    /** A desktop switching between light and dark gets the state colours of its palette. */
    void changeEvent(QEvent* event) override;

private:
    struct UrlResult
    {
        QUrl url;
        QString message;
    };

    void updatePreview();
    void updateFields();
    void loadFromProject();
    void onIndexerStarted(const QString& title);
    void onIndexerFinished(const IndexerState& state);
    void onFinished(const ReindexResult& result);
    void onSkipToggled(bool skipped);
    void onRowSelected();
    void readStoreUrl();
    void onStoreUrlRead();
    void showTestPanel();
    int rowFor(const QString& title);
    void setRow(int row, const QString& state, const QString& duration, const QString& tip = {});

    WizardController* m_controller;
    WizardModel* m_model;

    QRadioButton* m_local;
    QRadioButton* m_remote;
    QLineEdit* m_root;
    QLabel* m_rootLabel;
    QLabel* m_rootError;
    QWidget* m_sshBox;
    QLineEdit* m_sshUser;
    QLineEdit* m_sshHost;
    QLabel* m_sshError;
    QRadioButton* m_allIndexers;
    QRadioButton* m_someIndexers;
    QListWidget* m_indexerList;
    QLabel* m_indexerError;
    QLabel* m_hostPreview;
    QLabel* m_commandPreview;
    QPushButton* m_runButton;
    QPushButton* m_cancelButton;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPlainTextEdit* m_log;
    QPlainTextEdit* m_indexerOutput;
    QCheckBox* m_skip;
    QLabel* m_skipError;
    QGroupBox* m_testPanel;
    QLabel* m_storeLink;

    QString m_projectRoot; ///< the last root the project gave, to know whether the user typed another
    QString m_php = QStringLiteral("php");
    QString m_ssh = QStringLiteral("ssh");
    std::unique_ptr<ReindexRunner> m_runner;
    ReindexResult m_result;
    bool m_succeeded = false;
    bool m_skipped = false;
    QDateTime m_started;
    QHash<QString, QStringList> m_outputs; ///< indexer title -> its lines, for the selected row
    QHash<QString, QDateTime> m_indexerStart;
    std::optional<ConnectionProfile> m_destination;
    QString m_destinationPassword;
    QFutureWatcher<UrlResult> m_urlWatcher;
    int m_destinationGeneration = 0; ///< counts setDestination() changes
    int m_urlReadFor = -1; ///< the generation the running (or last) address read is for
    QUrl m_storeUrl;
};

} // namespace cutover::ui
