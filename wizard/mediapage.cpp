#include "mediapage.h"

#include "runrecords.h"
#include "tones.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cutover::ui {

namespace {

// The report's counts, in the order the page shows them: object name of the number, caption.
struct Count
{
    const char* name;
    const char* caption;
};
constexpr Count counts[] = {
    { "copied", QT_TRANSLATE_NOOP("cutover::ui::MediaPage", "copied") },
    { "updated", QT_TRANSLATE_NOOP("cutover::ui::MediaPage", "changed, copied again") },
    { "upToDate", QT_TRANSLATE_NOOP("cutover::ui::MediaPage", "up to date, skipped") },
    { "excluded", QT_TRANSLATE_NOOP("cutover::ui::MediaPage", "left behind by rule") },
    { "conflicts", QT_TRANSLATE_NOOP("cutover::ui::MediaPage", "conflicts at the destination") },
    { "failed", QT_TRANSLATE_NOOP("cutover::ui::MediaPage", "failed") },
    { "missing", QT_TRANSLATE_NOOP("cutover::ui::MediaPage", "referenced but missing") },
    { "unreferenced", QT_TRANSLATE_NOOP("cutover::ui::MediaPage", "referenced by nothing") },
};

QString duration(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

MediaPage::MediaPage(QWidget* parent)
    : QWizardPage(parent)
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_overwrite(
          new QCheckBox(tr("Replace files at the destination that differ and that no earlier copy wrote"), this))
    , m_error(new QLabel(this))
    , m_start(new QPushButton(tr("Copy media files"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_cancel(new QPushButton(tr("Cancel copy"), this))
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_counts(new QWidget(this))
    , m_report(new QPlainTextEdit(this))
{
    setTitle(tr("Media files"));
    setSubTitle(tr("Copy the product images, category images, downloads and editor images from Magento 1's media "
                   "folder to Magento 2's pub/media. Run it again right before go-live to pick up new images."));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_overwrite->setObjectName(QStringLiteral("overwrite"));
    m_error->setObjectName(QStringLiteral("error"));
    m_start->setObjectName(QStringLiteral("start"));
    m_pause->setObjectName(QStringLiteral("pause"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_status->setObjectName(QStringLiteral("status"));
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setAccessibleName(tr("Media copy report"));
    m_bar->setAccessibleName(tr("Media copy progress"));
    m_from->setPlaceholderText(tr("<magento1-root>/media"));
    m_to->setPlaceholderText(tr("<magento2-root>/pub/media"));
    m_overwrite->setToolTip(tr("Off: such files are kept and listed as conflicts. Files an earlier copy wrote are "
                               "always brought up to date."));
    tones::apply(m_error, tones::Tone::Error);
    m_error->setWordWrap(true);
    m_error->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pause->setCheckable(true);
    m_report->setReadOnly(true);
    // Wrapped: a conflict's or a failure's reason is the end of a long line and must not hide off to the right.
    m_report->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setPlaceholderText(tr("The report of the copy appears here: what was copied, skipped, changed or "
                                    "failed, and what the Magento 1 database names that the folder lacks."));
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);

    // The counts: a number over its caption, four to a row.
    auto* grid = new QGridLayout(m_counts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);
    int index = 0;
    for (const Count& count : counts) {
        auto* number = new QLabel(QStringLiteral("-"), m_counts);
        number->setObjectName(QStringLiteral("count-%1").arg(QLatin1String(count.name)));
        QFont big = number->font();
        if (big.pointSizeF() > 0)
            big.setPointSizeF(big.pointSizeF() * 1.4);
        big.setBold(true);
        number->setFont(big);
        auto* caption = new QLabel(tr(count.caption), m_counts);
        caption->setObjectName(QStringLiteral("caption-%1").arg(QLatin1String(count.name)));
        const int row = index / 4 * 2;
        grid->addWidget(number, row, index % 4);
        grid->addWidget(caption, row + 1, index % 4);
        ++index;
    }
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
    m_counts->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Magento 1 media folder:"), m_from);
    form->addRow(tr("Magento 2 pub/media folder:"), m_to);
    form->addRow(QString(), m_overwrite);
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
    layout->addWidget(m_counts);
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
    m_overwrite->setEnabled(!running);
    m_pause->setEnabled(running);
    m_cancel->setEnabled(running);
    if (!running) {
        m_pause->setChecked(false);
        m_pause->setText(tr("Pause"));
    }
}

void MediaPage::showCounts(const MediaCopyReport* report)
{
    m_counts->setVisible(report != nullptr);
    if (!report)
        return;
    const QLocale locale;
    const auto set = [&](const char* name, qint64 value, bool bad = false) {
        auto* number = m_counts->findChild<QLabel*>(QStringLiteral("count-%1").arg(QLatin1String(name)));
        number->setText(locale.toString(value));
        tones::applyIf(number, bad && value > 0, tones::Tone::Error);
    };
    set("copied", report->copied.size());
    set("updated", report->updated.size());
    set("upToDate", report->upToDate);
    set("excluded", report->excluded.size());
    set("conflicts", report->conflicts.size(), true);
    set("failed", report->failed.size(), true);
    set("missing", report->missingOnDisk.size(), true);
    set("unreferenced", report->unreferenced.size());
    // Without a database the cross-check's two counts would read as "none", which is not known.
    for (const char* name : { "missing", "unreferenced" }) {
        m_counts->findChild<QLabel*>(QStringLiteral("count-%1").arg(QLatin1String(name)))
            ->setVisible(report->crossChecked);
        m_counts->findChild<QLabel*>(QStringLiteral("caption-%1").arg(QLatin1String(name)))
            ->setVisible(report->crossChecked);
    }
}

void MediaPage::onStart()
{
    m_error->hide();
    if (m_from->text().trimmed().isEmpty() || m_to->text().trimmed().isEmpty()) {
        m_error->setText(tr("Give both folders: Magento 1's media folder and Magento 2's pub/media folder."));
        m_error->show();
        return;
    }
    MediaCopyOptions options;
    options.sourceDir = m_from->text().trimmed();
    options.destinationDir = m_to->text().trimmed();
    options.overwriteConflicts = m_overwrite->isChecked();
    options.source = m_source;
    options.sourcePassword = m_password;
    m_succeeded = false;
    emit completeChanged();
    m_report->clear();
    showCounts(nullptr);
    m_bar->setValue(0);
    m_status->setText(tr("Reading the folders..."));
    m_copier = std::make_unique<MediaCopier>(options);
    m_started = QDateTime::currentDateTimeUtc();
    setRunning(true);
    // Progress arrives on the worker about ten times a second; the page handles it on its own thread.
    m_watcher.setFuture(m_copier->start([this](const MediaCopyProgress& p) {
        QMetaObject::invokeMethod(
            this, [this, p] { onProgress(p); }, Qt::QueuedConnection);
    }));
}

void MediaPage::onProgress(const MediaCopyProgress& p)
{
    if (!m_copier)
        return;
    emit progressChanged(p);
    const QLocale locale;
    if (p.phase == MediaCopyProgress::CrossChecking) {
        m_status->setText(tr("Cross-checking the files with the Magento 1 database..."));
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
    if (p.etaSeconds > 0 && p.filesDone < p.filesTotal)
        text += tr(", about %1 left").arg(duration(p.etaSeconds));
    if (p.paused)
        text += tr(" (paused)");
    m_status->setText(text);
}

void MediaPage::onPauseToggled()
{
    if (!m_copier)
        return;
    if (m_pause->isChecked()) {
        m_copier->pause();
        m_pause->setText(tr("Resume"));
    } else {
        m_copier->resume();
        m_pause->setText(tr("Pause"));
    }
}

void MediaPage::onCancel()
{
    if (!m_copier)
        return;
    m_copier->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling after the files being copied..."));
}

void MediaPage::onFinished()
{
    const MediaCopyReport report = m_watcher.result();
    m_copier.reset();
    setRunning(false);
    m_succeeded = report.status == MediaCopyReport::Succeeded;
    m_report->setPlainText(report.toText(200));
    const RunOutcome outcome = report.status == MediaCopyReport::Succeeded ? RunOutcome::Succeeded
        : report.status == MediaCopyReport::Cancelled                      ? RunOutcome::Cancelled
                                                                           : RunOutcome::Failed;
    recordRunInBackground(
        m_projectPath, RunRecord::endingNow(QStringLiteral("wizard media"), m_started, outcome, report.summary(), report.recordedJson()));
    const QLocale locale;
    if (m_succeeded) {
        m_bar->setValue(1000);
        m_status->setText(tr("Done in %1 s: %2 files copied (%3), each verified by its hash.")
                              .arg(locale.toString(report.seconds, 'f', 1),
                                  locale.toString(report.copied.size() + report.updated.size()),
                                  locale.formattedDataSize(report.bytesCopied)));
    }
    // A refusal before the first file concerns the folders: show it beside them, without an empty tally.
    const bool refused = report.status == MediaCopyReport::Failed && report.copied.isEmpty() && report.updated.isEmpty()
        && report.failed.isEmpty() && report.upToDate == 0;
    if (refused) {
        m_status->clear();
        m_error->setText(report.error);
        m_error->show();
    } else if (!m_succeeded) {
        m_status->setText(report.error);
    }
    showCounts(refused ? nullptr : &report);
    emit completeChanged();
}

} // namespace cutover::ui
