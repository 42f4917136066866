#include "preflightpage.h"

#include "tones.h"
#include "wizardcontroller.h"
#include "wizardmodel.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>

namespace cutover::ui {

namespace {

QIcon statusIcon(const QStyle* style, ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ProbeStatus::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ProbeStatus::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ProbeStatus::Skipped:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QString evidenceText(const ProbeFinding& f)
{
    QStringList lines;
    for (const auto& [key, value] : f.evidence) {
        if (value.isValid() && !value.toString().isEmpty())
            lines << QStringLiteral("%1: %2").arg(key, value.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PreflightPage::PreflightPage(WizardController* controller, WizardModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_model(model)
    , m_m1Root(new QLineEdit(this))
    , m_m2Root(new QLineEdit(this))
    , m_recheck(new QPushButton(tr("Re-check"), this))
    , m_spinner(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_findings(new QListWidget(this))
    , m_tickError(new QLabel(this))
{
    setTitle(tr("Pre-flight"));
    setSubTitle(tr("Before data moves, the old store should be quiet: cron stopped and nobody editing in the "
                   "admin. Orders may keep coming; delta migration carries them."));
    m_m1Root->setObjectName(QStringLiteral("m1Root"));
    m_m1Root->setAccessibleName(tr("Magento 1 folder"));
    m_m2Root->setObjectName(QStringLiteral("m2Root"));
    m_m2Root->setAccessibleName(tr("Magento 2 folder"));
    m_recheck->setObjectName(QStringLiteral("recheck"));
    m_spinner->setObjectName(QStringLiteral("spinner"));
    m_spinner->setAccessibleName(tr("Checking"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setAccessibleName(tr("Pre-flight findings"));
    m_tickError->setObjectName(QStringLiteral("tickError"));
    m_m1Root->setPlaceholderText(tr("the folder that holds app/Mage.php and media/ (optional)"));
    m_m2Root->setPlaceholderText(tr("the folder that holds bin/magento and pub/ (optional)"));
    m_spinner->setRange(0, 0);
    m_spinner->setTextVisible(false);
    m_spinner->setMaximumHeight(10);
    m_spinner->hide();
    m_summary->setWordWrap(true);
    m_findings->setWordWrap(true);
    m_findings->setTextElideMode(Qt::ElideNone);
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);
    m_findings->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_findings->setSpacing(2);
    m_tickError->setWordWrap(true);
    tones::apply(m_tickError, tones::Tone::Error);
    m_tickError->hide();

    const auto browse = [this](QLineEdit* edit, const QString& title) {
        auto* row = new QHBoxLayout;
        auto* button = new QPushButton(tr("Browse..."), this);
        row->addWidget(edit, 1);
        row->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, edit, title] {
            const QString folder = QFileDialog::getExistingDirectory(this, title, edit->text());
            if (!folder.isEmpty()) {
                edit->setText(folder);
                onRootsEdited();
            }
        });
        connect(edit, &QLineEdit::editingFinished, this, &PreflightPage::onRootsEdited);
        return row;
    };
    auto* folders = new QFormLayout;
    folders->addRow(tr("Magento 1 folder:"), browse(m_m1Root, tr("Magento 1 folder")));
    folders->addRow(tr("Magento 2 folder:"), browse(m_m2Root, tr("Magento 2 folder")));

    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_recheck);
    checkRow->addWidget(m_spinner, 1);
    checkRow->addWidget(m_summary, 3);

    auto* checklistBox = new QGroupBox(tr("Checklist: what the database cannot show (tick when done)"), this);
    auto* grid = new QGridLayout(checklistBox);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);
    int row = 0;
    for (const ChecklistItem& item : Preflight::manualChecklist()) {
        auto* box = new QCheckBox(item.text, checklistBox);
        box->setObjectName(QStringLiteral("tick-%1").arg(item.id));
        box->setToolTip(item.help);
        auto* note = new QLabel(checklistBox);
        note->setObjectName(QStringLiteral("note-%1").arg(item.id));
        note->setStyleSheet(QStringLiteral("color: palette(mid)"));
        note->setToolTip(item.help);
        grid->addWidget(box, row, 0);
        grid->addWidget(note, row, 1);
        m_ticks.insert(item.id, box);
        m_tickNotes.insert(item.id, note);
        const QString id = item.id;
        connect(box, &QCheckBox::clicked, this, [this, id](bool ticked) { onTickToggled(id, ticked); });
        ++row;
    }
    grid->addWidget(m_tickError, row, 0, 1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(folders);
    layout->addLayout(checkRow);
    layout->addWidget(m_findings, 1);
    layout->addWidget(checklistBox);

    connect(m_recheck, &QPushButton::clicked, this, &PreflightPage::recheck);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PreflightPage::onFinished);
    connect(m_model, &WizardModel::projectChanged, this, [this] {
        m_findings->clear();
        m_report = {};
        refreshChecklist();
    });
    connect(m_model, &WizardModel::projectUpdated, this, &PreflightPage::refreshChecklist);
    refreshChecklist();
}

PreflightPage::~PreflightPage()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void PreflightPage::initializePage()
{
    m_m1Root->setText(m_model->project().m1Root);
    m_m2Root->setText(m_model->project().m2Root);
    refreshChecklist();
    recheck();
}

bool PreflightPage::isComplete() const
{
    return !m_running;
}

void PreflightPage::recheck()
{
    if (isRunning())
        return;
    const Project& project = m_model->project();
    PreflightOptions options;
    options.m1Root = m_m1Root->text().trimmed();
    options.m2Root = m_m2Root->text().trimmed();
    m_findings->clear();
    m_summary->setText(tr("Checking %1...").arg(project.source.displayName()));
    m_spinner->show();
    m_recheck->setEnabled(false);
    m_running = true;
    m_watcher.setFuture(Preflight::start(project.source, m_model->password(SecretRole::Source), options));
    emit completeChanged();
}

void PreflightPage::onFinished()
{
    m_running = false;
    m_spinner->hide();
    m_recheck->setEnabled(true);
    if (!m_watcher.isCanceled() && m_watcher.future().resultCount() > 0)
        m_report = m_watcher.result();
    else
        m_report = {};
    m_findings->clear();
    for (const ProbeFinding& f : std::as_const(m_report.findings)) {
        QString text = QStringLiteral("%1: %2").arg(f.title, f.message);
        if (!f.fix.isEmpty())
            text += QLatin1Char('\n') + tr("What to do: %1").arg(f.fix);
        auto* item = new QListWidgetItem(statusIcon(style(), f.status), text, m_findings);
        item->setData(Qt::UserRole, f.id);
        const QString evidence = evidenceText(f);
        item->setToolTip(f.details.isEmpty() ? evidence : evidence + QStringLiteral("\n\n") + f.details);
    }
    const int warnings = m_report.count(ProbeStatus::Warning);
    const int failures = m_report.count(ProbeStatus::Failed);
    const QString at = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (failures > 0)
        m_summary->setText(tr("Checked at %1: %n problem(s) to fix first.", nullptr, failures).arg(at));
    else if (warnings > 0)
        m_summary->setText(
            tr("Checked at %1: %n warning(s). Deal with them, then re-check.", nullptr, warnings).arg(at));
    else
        m_summary->setText(tr("Checked at %1: all clear.").arg(at));
    emit completeChanged();
    emit checked();
}

void PreflightPage::onTickToggled(const QString& id, bool ticked)
{
    m_tickError->hide();
    // Saved on a worker: the box shows the saved state once the project file has it (refreshChecklist on
    // projectUpdated), or goes back with the error beside it.
    const QString path = m_model->projectPath();
    const QPointer<PreflightPage> guard(this);
    const auto saved = [guard, path](bool ok) {
        if (ok || !guard)
            return;
        auto* self = guard.data();
        self->m_tickError->setText(tr("The tick could not be saved in the project file %1. Check that the file is "
                                      "writable.")
                                       .arg(path));
        self->m_tickError->show();
        self->refreshChecklist();
    };
    if (!m_controller->setChecklistTick(id, ticked, {}, saved))
        saved(false);
}

void PreflightPage::onRootsEdited()
{
    m_controller->saveRoots(m_m1Root->text().trimmed(), m_m2Root->text().trimmed());
}

void PreflightPage::refreshChecklist()
{
    const ProjectProgress& progress = m_model->project().progress;
    for (auto it = m_ticks.cbegin(); it != m_ticks.cend(); ++it) {
        const ChecklistTick* tick = progress.tick(it.key());
        it.value()->setChecked(tick && tick->ticked);
        QLabel* note = m_tickNotes.value(it.key());
        if (!tick || !tick->at.isValid())
            note->clear();
        else
            note->setText((tick->ticked ? tr("ticked by %1, %2") : tr("unticked by %1, %2"))
                              .arg(tick->by, QLocale().toString(tick->at.toLocalTime(), QLocale::ShortFormat)));
    }
}

} // namespace cutover::ui
