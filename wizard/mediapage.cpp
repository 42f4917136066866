#include "mediapage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cutover::ui {

MediaPage::MediaPage(QWidget* parent)
    : QWizardPage(parent)
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_start(new QPushButton(tr("Copy media files"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_report(new QPlainTextEdit(this))
{
    setTitle(tr("Media files"));
    setSubTitle(tr("Copy the product images, category images, downloads and editor images from Magento 1's media "
                   "folder to Magento 2's pub/media. Run it again right before go-live to pick up new images."));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_error->setObjectName(QStringLiteral("error"));
    m_start->setObjectName(QStringLiteral("start"));
    m_pause->setObjectName(QStringLiteral("pause"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_report->setObjectName(QStringLiteral("report"));
    m_from->setPlaceholderText(tr("<magento1-root>/media"));
    m_to->setPlaceholderText(tr("<magento2-root>/pub/media"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_pause->setCheckable(true);
    m_report->setReadOnly(true);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);

    auto* form = new QFormLayout;
    form->addRow(tr("Magento 1 media folder:"), m_from);
    form->addRow(tr("Magento 2 pub/media folder:"), m_to);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);
    setRunning(false);

    connect(m_start, &QPushButton::clicked, this, &MediaPage::onStart);
    connect(m_pause, &QPushButton::clicked, this, &MediaPage::onPauseToggled);
    connect(m_cancel, &QPushButton::clicked, this, &MediaPage::onCancel);
    connect(&m_watcher, &QFutureWatcher<MediaCopyReport>::finished, this, &MediaPage::onFinished);
}

MediaPage::~MediaPage()
{
    // The copier cancels and waits in its destructor, so no worker reports to a page that is gone.
    m_copier.reset();
}

bool MediaPage::isComplete() const
{
    return m_succeeded && !m_copier;
}

void MediaPage::setFolders(const QString& magento1Media, const QString& magento2Media)
{
    m_from->setText(magento1Media);
    m_to->setText(magento2Media);
}

void MediaPage::setSourceDatabase(const std::optional<ConnectionProfile>& source, const QString& password)
{
    m_source = source;
    m_password = password;
}

void MediaPage::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_from->setEnabled(!running);
    m_to->setEnabled(!running);
    m_pause->setEnabled(running);
    m_cancel->setEnabled(running);
    if (!running)
        m_pause->setChecked(false);
}

void MediaPage::onStart()
{
    m_error->hide();
    if (m_from->text().trimmed().isEmpty() || m_to->text().trimmed().isEmpty()) {
        m_error->setText(tr("Give both folders."));
        m_error->show();
        return;
    }
    MediaCopyOptions options;
    options.sourceDir = m_from->text().trimmed();
    options.destinationDir = m_to->text().trimmed();
    options.source = m_source;
    options.sourcePassword = m_password;
    m_succeeded = false;
    emit completeChanged();
    m_report->clear();
    m_status->setText(tr("Reading the folders..."));
    m_copier = std::make_unique<MediaCopier>(options);
    setRunning(true);
    m_watcher.setFuture(m_copier->start([this](const MediaCopyProgress& p) {
        QMetaObject::invokeMethod(
            this, [this, p] { onProgress(p); }, Qt::QueuedConnection);
    }));
}

void MediaPage::onProgress(const MediaCopyProgress& p)
{
    if (!m_copier)
        return;
    const QLocale locale;
    if (p.phase == MediaCopyProgress::CrossChecking) {
        m_status->setText(tr("Cross-checking with the Magento 1 database..."));
        return;
    }
    if (p.phase != MediaCopyProgress::Copying)
        return;
    m_bar->setValue(p.bytesTotal > 0 ? int(1000 * p.bytesDone / p.bytesTotal)
                                     : (p.filesTotal > 0 ? int(1000 * p.filesDone / p.filesTotal) : 0));
    QString text = tr("%1 of %2 files, %3 of %4")
                       .arg(locale.toString(p.filesDone), locale.toString(p.filesTotal),
                           locale.formattedDataSize(p.bytesDone), locale.formattedDataSize(p.bytesTotal));
    if (p.bytesPerSecond > 0)
        text += tr(", %1/s").arg(locale.formattedDataSize(qint64(p.bytesPerSecond)));
    if (p.etaSeconds > 0)
        text += tr(", about %1 s left").arg(locale.toString(p.etaSeconds));
    if (p.paused)
        text += tr(" (paused)");
    m_status->setText(text);
}

void MediaPage::onPauseToggled()
{
    if (!m_copier)
        return;
    if (m_pause->isChecked())
        m_copier->pause();
    else
        m_copier->resume();
}

void MediaPage::onCancel()
{
    if (m_copier)
        m_copier->cancel();
}

void MediaPage::onFinished()
{
    const MediaCopyReport report = m_watcher.result();
    m_copier.reset();
    setRunning(false);
    m_succeeded = report.status == MediaCopyReport::Succeeded;
    m_report->setPlainText(report.toText(200));
    m_status->setText(m_succeeded ? tr("Done.") : report.error);
    if (m_succeeded)
        m_bar->setValue(1000);
    // A refusal before the first file concerns the folders: show it beside them.
    if (report.status == MediaCopyReport::Failed && report.copied.isEmpty() && report.failed.isEmpty()) {
        m_error->setText(report.error);
        m_error->show();
    }
    emit completeChanged();
}

} // namespace cutover::ui
