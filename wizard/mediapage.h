#pragma once

#include "media/mediacopier.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cutover::ui {

/**
 * Copies the Magento 1 media folder to Magento 2's pub/media through core's MediaCopier: two folders, a
 * progress bar in bytes with files, rate and ETA, pause and cancel, and the report: a row of counts (copied,
 * changed, up to date, left behind, conflicts, failed, and with a database referenced-but-missing and
 * unreferenced files) over the detailed lists. The copy runs on a worker thread; the page only shows what it
 * reports. Complete once a copy succeeded; running it again before go-live copies only what changed.
 */
class MediaPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MediaPage(QWidget* parent = nullptr);
    ~MediaPage() override;

    bool isComplete() const override;

    void setFolders(const QString& magento1Media, const QString& magento2Media);
    /** The database to cross-check the files with; unset skips the cross-check. */
    void setSourceDatabase(const std::optional<ConnectionProfile>& source, const QString& password = {});

    /** The project file each copy is recorded in (as `cutover-cli media` records it); empty records nothing. */
    void setProjectPath(const QString& path) { m_projectPath = path; }

    /** True while a copy runs (paused or not). */
    bool isRunning() const { return m_copier != nullptr; }

private Q_SLOTS:
    void onStart();
    void onPauseToggled();
    void onCancel();
    void onFinished();

private:
    void onProgress(const MediaCopyProgress& progress);
    void setRunning(bool running);
    void showCounts(const MediaCopyReport* report);

    QLineEdit* m_from;
    QLineEdit* m_to;
    QCheckBox* m_overwrite;
    QLabel* m_error;
    QPushButton* m_start;
    QPushButton* m_pause;
    QPushButton* m_cancel;
    QProgressBar* m_bar;
    QLabel* m_status;
    QWidget* m_counts;
    QPlainTextEdit* m_report;
    std::optional<ConnectionProfile> m_source;
    QString m_password;
    std::unique_ptr<MediaCopier> m_copier;
    QFutureWatcher<MediaCopyReport> m_watcher;
    bool m_succeeded = false;
    QString m_projectPath;
    QDateTime m_started; ///< of the running copy

Q_SIGNALS:
    /** The running copy's progress, as the page shows it (for the overview window). */
    void progressChanged(const cutover::MediaCopyProgress& progress);
};

} // namespace cutover::ui
