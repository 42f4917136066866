#include "overviewwindow.h"

#include "connection/preflight.h"
#include "delta/deltasync.h"
#include "engine/migrationrunner.h"
#include "error.h"
#include "golive/golivechecklist.h"
#include "mediapage.h"
#include "migratepage.h"
#include "steps/steplist.h"
#include "wizardmodel.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace cutover::ui {

namespace {

const QString geometryKey = QStringLiteral("overview/geometry");

/** The newest record of `kind` (any, with or without details) matching `accept`; nullptr when none. */
template <typename Accept> const RunRecord* newest(const Project& project, RunKind kind, Accept accept)
{
    const RunRecord* found = nullptr;
    for (const RunRecord& run : project.progress.runs) {
        if (runKindOf(run.command) == kind && accept(run) && (!found || run.finished >= found->finished))
            found = &run;
    }
    return found;
}

const RunRecord* newest(const Project& project, RunKind kind)
{
    return newest(project, kind, [](const RunRecord&) { return true; });
}

/** The modes a migration run carried: its details' "mode" ("settings+data"), else its command's last word. */
QStringList modesOf(const RunRecord& run)
{
    QString mode = run.details.value(QStringLiteral("mode")).toString();
    if (mode.isEmpty())
        mode = run.command.section(QLatin1Char(' '), -1);
    return mode.split(QLatin1Char('+'));
}

QDateTime jsonDate(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QColor stateColour(OverviewWindow::State state)
{
    switch (state) {
    case OverviewWindow::State::NotStarted:
        return QColor(0x5f, 0x63, 0x68);
    case OverviewWindow::State::Running:
        return QColor(0x0b, 0x57, 0xd0);
    case OverviewWindow::State::Done:
        return QColor(0x1b, 0x6e, 0x2d);
    case OverviewWindow::State::Failed:
        return QColor(0xb3, 0x26, 0x1e);
    case OverviewWindow::State::Skipped:
        return QColor(0x8a, 0x5a, 0x00);
    }
    return {};
}

// A symbol as well as the colour: the state reads without colour vision, on a washed-out projector, in print.
QString stateSymbol(OverviewWindow::State state)
{
    switch (state) {
    case OverviewWindow::State::NotStarted:
        return QStringLiteral("\u25cb");
    case OverviewWindow::State::Running:
        return QStringLiteral("\u25b6");
    case OverviewWindow::State::Done:
        return QStringLiteral("\u2714");
    case OverviewWindow::State::Failed:
        return QStringLiteral("\u2716");
    case OverviewWindow::State::Skipped:
        return QStringLiteral("\u26a0");
    }
    return {};
}

OverviewWindow::State stateOf(RunOutcome outcome)
{
    return outcome == RunOutcome::Succeeded ? OverviewWindow::State::Done : OverviewWindow::State::Failed;
}

} // namespace

OverviewWindow::OverviewWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("overview"));
    setWindowTitle(tr("Cutover: migration overview"));
    setAccessibleName(tr("Migration overview"));
    setAutoFillBackground(true);

    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("clock"));
    m_clock->setAccessibleName(tr("Time now"));
    m_presentation = new QPushButton(tr("Presentation mode (F11)"), this);
    m_presentation->setObjectName(QStringLiteral("presentation"));
    m_presentation->setToolTip(tr("Full screen for a projector; Esc or F11 leaves it."));
    connect(m_presentation, &QPushButton::clicked, this, [this] { setPresentationMode(!isPresentationMode()); });
    header->addWidget(m_heading, 1);
    header->addWidget(m_clock);
    header->addWidget(m_presentation);
    layout->addLayout(header);

    m_downtime = new QLabel(this);
    m_downtime->setObjectName(QStringLiteral("downtime"));
    m_downtime->setAccessibleName(tr("Downtime clock"));
    m_downtime->setAlignment(Qt::AlignCenter);
    m_downtime->hide();
    layout->addWidget(m_downtime);

    auto* grid = new QVBoxLayout;
    grid->setSpacing(3);
    for (int i = 0; i < phaseCount; ++i) {
        const Phase phase = Phase(i);
        Row& row = m_rows[i];
        row.frame = new QFrame(this);
        row.frame->setObjectName(QStringLiteral("phase-%1").arg(phaseKey(phase)));
        auto* rowLayout = new QGridLayout(row.frame);
        rowLayout->setContentsMargins(12, 2, 8, 2);
        rowLayout->setVerticalSpacing(0);
        row.title = new QLabel(phaseTitle(phase), row.frame);
        row.title->setObjectName(QStringLiteral("title"));
        row.badge = new QLabel(row.frame);
        row.badge->setObjectName(QStringLiteral("state"));
        row.badge->setAlignment(Qt::AlignCenter);
        row.when = new QLabel(row.frame);
        row.when->setObjectName(QStringLiteral("when"));
        row.figures = new QLabel(row.frame);
        row.figures->setObjectName(QStringLiteral("figures"));
        row.figures->setWordWrap(true);
        row.live = new QLabel(row.frame);
        row.live->setObjectName(QStringLiteral("live"));
        row.live->setWordWrap(true);
        row.bar = new QProgressBar(row.frame);
        row.bar->setObjectName(QStringLiteral("bar"));
        row.bar->setRange(0, 1000);
        row.bar->setTextVisible(false);
        row.bar->setAccessibleName(tr("%1 progress").arg(phaseTitle(phase)));
        for (QLabel* label : { row.title, row.badge, row.when, row.figures, row.live })
            label->setTextFormat(Qt::PlainText);
        rowLayout->addWidget(row.title, 0, 0, 2, 1, Qt::AlignVCenter);
        rowLayout->addWidget(row.badge, 0, 1, 2, 1, Qt::AlignVCenter);
        rowLayout->addWidget(row.when, 0, 2, 2, 1, Qt::AlignVCenter);
        rowLayout->addWidget(row.figures, 0, 3);
        rowLayout->addWidget(row.live, 1, 3);
        rowLayout->addWidget(row.bar, 2, 3);
        rowLayout->setColumnStretch(3, 1);
        row.live->hide();
        row.bar->hide();
        grid->addWidget(row.frame, 1);
    }
    layout->addLayout(grid, 1);

    m_deltaStrip = new QLabel(this);
    m_deltaStrip->setObjectName(QStringLiteral("delta-live"));
    m_deltaStrip->setAccessibleName(tr("Delta live figures"));
    m_deltaStrip->setTextFormat(Qt::PlainText);
    m_deltaStrip->setAlignment(Qt::AlignCenter);
    m_deltaStrip->setWordWrap(true);
    layout->addWidget(m_deltaStrip);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    for (std::unique_ptr<Step>& step : migrationSteps(StepSet::Settings)) {
        m_settingsTitles.insert(step->title());
        m_settingsIds.insert(step->id());
    }

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &OverviewWindow::tick);
    m_timer.start();
    connect(&m_reload, &QFutureWatcher<Reloaded>::finished, this, &OverviewWindow::onReloaded);

    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray()))
        resize(1280, 720);
    applyFonts();
    refresh();
}

OverviewWindow::~OverviewWindow()
{
    if (isVisible())
        saveSize();
}

QString OverviewWindow::phaseKey(Phase phase)
{
    static const char* const keys[] = { "connections", "preflight", "settings", "media", "data", "verification",
        "reindex", "delta", "golive", "store-open" };
    return QLatin1String(keys[int(phase)]);
}

QString OverviewWindow::phaseTitle(Phase phase)
{
    switch (phase) {
    case Phase::Connections:
        return tr("Connections");
    case Phase::Preflight:
        return tr("Pre-flight");
    case Phase::Settings:
        return tr("Settings");
    case Phase::Media:
        return tr("Media");
    case Phase::Data:
        return tr("Data");
    case Phase::Verification:
        return tr("Verification");
    case Phase::Reindex:
        return tr("Reindex");
    case Phase::Delta:
        return tr("Delta");
    case Phase::GoLive:
        return tr("Go-live");
    case Phase::StoreOpen:
        return tr("Store open");
    }
    return {};
}

QString OverviewWindow::stateTitle(State state)
{
    switch (state) {
    case State::NotStarted:
        return tr("Not started");
    case State::Running:
        return tr("Running");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Skipped:
        return tr("Skipped (override)");
    }
    return {};
}

void OverviewWindow::setModel(WizardModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (!model)
        return;
    const auto follow = [this] { setProject(m_model->project(), m_model->projectPath()); };
    for (auto signal : { &WizardModel::projectChanged, &WizardModel::projectUpdated, &WizardModel::connectionsChanged })
        connect(model, signal, this, follow);
    follow();
}

void OverviewWindow::setProject(const Project& project, const QString& path)
{
    m_project = project;
    if (path != m_path) {
        m_fileStamp = {};
        m_fileSize = -1;
    }
    m_path = path;
    m_status->hide();
    // The file is the newer truth: the pages' workers record their runs there, not in the wizard's model. It is
    // read on a worker: the model changes with every tick and save.
    reloadInBackground();
    refresh();
}

void OverviewWindow::setProjectFile(const QString& path)
{
    m_path = path;
    m_fileStamp = {};
    m_fileSize = -1;
    reloadIfChanged();
    refresh();
}

void OverviewWindow::setDeltaSync(DeltaSync* sync)
{
    if (m_sync == sync)
        return;
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (sync) {
        connect(sync, &DeltaSync::figuresChanged, this, &OverviewWindow::onDeltaFigures);
        if (sync->isRunning())
            onDeltaFigures(sync->figures());
    }
    refresh();
}

void OverviewWindow::setMigratePage(MigratePage* page)
{
    m_migrate = page;
    attachRunner();
}

void OverviewWindow::setMediaPage(MediaPage* page)
{
    if (m_media)
        disconnect(m_media, nullptr, this, nullptr);
    m_media = page;
    if (page)
        connect(page, &MediaPage::progressChanged, this, &OverviewWindow::onMediaProgress);
}

void OverviewWindow::attachRunner()
{
    MigrationRunner* runner = m_migrate ? m_migrate->runner() : nullptr;
    if (runner == m_runner)
        return;
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    m_migration.reset();
    if (runner) {
        // Emitted on the runner's worker threads.
        connect(runner, &MigrationRunner::progressChanged, this, &OverviewWindow::onMigrationProgress,
            Qt::QueuedConnection);
        m_migrationSince = QDateTime::currentDateTimeUtc();
    }
}

void OverviewWindow::onMigrationProgress(const RunProgress& progress)
{
    if (!m_runner)
        return;
    m_migration = progress;
    m_migrationIsSettings = m_settingsTitles.contains(progress.step);
    refresh();
}

void OverviewWindow::onMediaProgress(const MediaCopyProgress& progress)
{
    // A copy starts with its scan: a second copy in the same session has its own start.
    if (!m_mediaProgress
        || (progress.phase == MediaCopyProgress::Scanning && m_mediaProgress->phase != MediaCopyProgress::Scanning))
        m_mediaSince = QDateTime::currentDateTimeUtc();
    m_mediaProgress = progress;
    refresh();
}

void OverviewWindow::onDeltaFigures(const DeltaFigures& figures)
{
    if (!m_delta || (figures.running && !m_delta->running))
        m_deltaSince = QDateTime::currentDateTimeUtc();
    m_delta = figures;
    refresh();
}

void OverviewWindow::tick()
{
    reloadInBackground();
    attachRunner();
    refresh();
}

void OverviewWindow::reloadIfChanged()
{
    if (m_path.isEmpty())
        return;
    const QFileInfo info(m_path);
    if (!info.exists()) {
        m_status->setText(tr("The project file %1 is not there any more: showing what it held before.").arg(m_path));
        m_status->show();
        return;
    }
    if (info.lastModified() == m_fileStamp && info.size() == m_fileSize)
        return;
    try {
        // A small local file, saved atomically by whoever changed it: quick to read here.
        m_project = Project::load(m_path);
        m_fileStamp = info.lastModified();
        m_fileSize = info.size();
        m_status->hide();
    } catch (const Error& e) {
        m_status->setText(
            tr("The project file could not be read (%1). Showing the figures read before; fix or reopen the project.")
                .arg(e.message()));
        m_status->show();
    }
}

void OverviewWindow::reloadInBackground()
{
    if (m_path.isEmpty() || m_reload.isRunning())
        return;
    m_reload.setFuture(QtConcurrent::run([path = m_path, stamp = m_fileStamp, size = m_fileSize] {
        Reloaded result;
        result.path = path;
        const QFileInfo info(path);
        if (!info.exists()) {
            result.missing = true;
            return result;
        }
        if (info.lastModified() == stamp && info.size() == size)
            return result;
        result.changed = true;
        result.stamp = info.lastModified();
        result.size = info.size();
        try {
            result.project = Project::load(path);
        } catch (const Error& e) {
            result.error = e.message();
        }
        return result;
    }));
}

void OverviewWindow::onReloaded()
{
    const Reloaded result = m_reload.result();
    if (result.path != m_path) { // another project was opened meanwhile
        reloadInBackground();
        return;
    }
    if (result.missing) {
        m_status->setText(tr("The project file %1 is not there any more: showing what it held before.").arg(m_path));
        m_status->show();
        return;
    }
    if (!result.changed)
        return;
    if (!result.project) {
        m_status->setText(
            tr("The project file could not be read (%1). Showing the figures read before; fix or reopen the project.")
                .arg(result.error));
        m_status->show();
        return;
    }
    m_project = *result.project;
    m_fileStamp = result.stamp;
    m_fileSize = result.size;
    m_status->hide();
    refresh();
}

void OverviewWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_timer.start();
    tick();
}

// Closed, the window is only hidden (the wizard keeps it): nothing runs for it until it is shown again.
void OverviewWindow::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous())
        m_timer.stop();
}

QString OverviewWindow::rowText(Phase phase) const
{
    const Row& row = m_rows[int(phase)];
    QStringList parts { row.title->text(), row.badge->text(), row.when->text(), row.figures->text() };
    if (!row.live->isHidden())
        parts << row.live->text();
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" | "));
}

QString OverviewWindow::downtimeText() const
{
    return m_downtime->isHidden() ? QString() : m_downtime->text();
}

void OverviewWindow::setRow(Phase phase, State state, const QString& when, const QString& figures, const Live* live)
{
    Row& row = m_rows[int(phase)];
    row.state = state;
    const QString stateText = QStringLiteral("%1 %2").arg(stateSymbol(state), stateTitle(state));
    const QString colour = stateColour(state).name();
    if (row.badge->text() != stateText) {
        row.badge->setText(stateText);
        row.badge->setStyleSheet(
            QStringLiteral("QLabel { background-color: %1; color: #ffffff; border-radius: 4px; padding: 2px 8px; }")
                .arg(colour));
        row.frame->setStyleSheet(
            QStringLiteral("QFrame#%1 { border-left: 10px solid %2; }").arg(row.frame->objectName(), colour));
    }
    row.when->setText(when);
    row.figures->setText(figures);
    row.figures->setVisible(!figures.isEmpty());
    row.live->setText(live ? live->figures : QString());
    row.live->setVisible(live && !live->figures.isEmpty());
    row.bar->setVisible(live && live->permille >= 0);
    if (live && live->permille >= 0)
        row.bar->setValue(live->permille);
    row.badge->setAccessibleName(tr("State: %1").arg(stateTitle(state)));
    row.frame->setAccessibleName(tr("%1: %2").arg(phaseTitle(phase), stateTitle(state)));
    row.frame->setAccessibleDescription(rowText(phase));
}

QString OverviewWindow::deltaLine(const DeltaFigures& f, bool live) const
{
    const QLocale locale;
    QStringList parts;
    parts << tr("%1 changes applied").arg(locale.toString(f.applied));
    if (live)
        parts << tr("%1 changes/s").arg(locale.toString(f.changesPerSecond, 'f', 1));
    parts << tr("backlog %1").arg(locale.toString(f.backlog));
    parts << tr("lag %1").arg(GoLiveChecklist::clock(qint64(f.lagSeconds)));
    if (live && f.backlog > 0 && f.changesPerSecond > 0)
        parts << tr("about %1 to catch up").arg(GoLiveChecklist::clock(qint64(f.backlog / f.changesPerSecond)));
    if (f.failed > 0)
        parts << tr("%1 failed (retried)").arg(locale.toString(f.failed));
    return parts.join(QStringLiteral(" \u00b7 "));
}

void OverviewWindow::refresh()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    const auto at = [&](const QDateTime& date) {
        if (!date.isValid())
            return QString();
        const QDateTime local = date.toLocalTime();
        return local.date() == QDate::currentDate() ? locale.toString(local.time(), QStringLiteral("HH:mm"))
                                                    : locale.toString(local, QStringLiteral("d MMM HH:mm"));
    };
    const auto span = [&](const QDateTime& from, const QDateTime& to) {
        if (!from.isValid())
            return QString();
        if (!to.isValid())
            return tr("%1, running %2").arg(at(from), GoLiveChecklist::clock(std::max<qint64>(0, from.secsTo(now))));
        return tr("%1, took %2").arg(at(from), GoLiveChecklist::clock(std::max<qint64>(0, from.secsTo(to))));
    };
    const auto number = [&](qint64 n) { return locale.toString(n); };
    const auto eta = [&](qint64 seconds) {
        return seconds >= 0 ? tr("about %1 left").arg(GoLiveChecklist::clock(seconds)) : QString();
    };
    const auto outcomeWord = [&](const RunRecord& run) {
        return run.outcome == RunOutcome::Cancelled ? tr("Cancelled before the end. ") : QString();
    };

    m_heading->setText(m_project.name.isEmpty()
            ? (m_path.isEmpty() ? tr("Migration overview") : QFileInfo(m_path).completeBaseName())
            : m_project.name);
    m_clock->setText(locale.toString(QTime::currentTime(), QStringLiteral("HH:mm:ss")));

    std::array<State, phaseCount> states;
    struct Shown
    {
        QString when;
        QString figures;
        std::optional<Live> live;
    };
    std::array<Shown, phaseCount> shown;
    const auto set = [&](Phase phase, State state, const QString& when, const QString& figures,
                         std::optional<Live> live = std::nullopt) {
        states[int(phase)] = state;
        shown[int(phase)] = { when, figures, live };
    };

    // Connections: the newest `check`, or both connections tested in this session of the wizard.
    {
        const RunRecord* check = newest(m_project, RunKind::Check);
        const bool passed = m_model && m_model->connectionPassed(SecretRole::Source)
            && m_model->connectionPassed(SecretRole::Destination);
        QStringList releases;
        if (check) {
            for (const char* role : { "source", "destination" }) {
                for (const QJsonValue& f :
                    check->details.value(QLatin1String(role)).toObject().value(QStringLiteral("findings")).toArray()) {
                    const QJsonObject evidence = f.toObject().value(QStringLiteral("evidence")).toObject();
                    if (evidence.contains(QStringLiteral("release"))) {
                        releases << evidence.value(QStringLiteral("release")).toString();
                        break;
                    }
                }
            }
        }
        if (passed)
            set(Phase::Connections, State::Done, check ? span(check->started, check->finished) : QString(),
                tr("Both databases pass their tests in this session.") + QLatin1Char(' ')
                    + releases.join(QStringLiteral(" \u2192 ")));
        else if (check)
            set(Phase::Connections, stateOf(check->outcome), span(check->started, check->finished),
                (outcomeWord(*check) + check->summary + QLatin1Char(' ') + releases.join(QStringLiteral(" \u2192 ")))
                    .trimmed());
        else
            set(Phase::Connections, State::NotStarted, {}, {});
    }

    // Pre-flight: the checklist items only a person can tick.
    {
        int ticked = 0;
        QDateTime last;
        const QList<ChecklistItem> items = Preflight::manualChecklist();
        for (const ChecklistItem& item : items) {
            const ChecklistTick* t = m_project.progress.tick(item.id);
            if (t && t->ticked) {
                ++ticked;
                last = std::max(last, t->at);
            }
        }
        const QString figures = tr("%1 of %2 checklist items ticked").arg(ticked).arg(items.size());
        set(Phase::Preflight,
            ticked == 0                  ? State::NotStarted
                : ticked == items.size() ? State::Done
                                         : State::Running,
            last.isValid() ? tr("last ticked %1").arg(at(last)) : QString(), ticked ? figures : QString());
    }

    // Settings and data: the newest migration run of each mode; its steps split a combined run in two.
    const bool migrating = m_migrate && m_migrate->isRunning() && m_migration;
    for (const bool settings : { true, false }) {
        const Phase phase = settings ? Phase::Settings : Phase::Data;
        const QString mode = settings ? QStringLiteral("settings") : QStringLiteral("data");
        const RunRecord* run
            = newest(m_project, RunKind::Migrate, [&](const RunRecord& r) { return modesOf(r).contains(mode); });
        State state = State::NotStarted;
        QString when, figures;
        if (run) {
            qint64 written = 0, skipped = 0, warnings = 0, tables = 0;
            QDateTime started, finished;
            bool stepFailed = false;
            for (const QJsonValue& sv : run->details.value(QStringLiteral("steps")).toArray()) {
                const QJsonObject step = sv.toObject();
                if (m_settingsIds.contains(step.value(QStringLiteral("id")).toString()) != settings)
                    continue;
                for (const QJsonValue& tv : step.value(QStringLiteral("tables")).toArray()) {
                    const QJsonObject t = tv.toObject();
                    written += t.value(QStringLiteral("rowsWritten")).toInteger();
                    warnings += t.value(QStringLiteral("warningCount")).toInteger();
                    const QJsonObject skips = t.value(QStringLiteral("skipped")).toObject();
                    for (auto it = skips.begin(); it != skips.end(); ++it)
                        skipped += it.value().toInteger();
                    ++tables;
                }
                warnings += step.value(QStringLiteral("warnings")).toArray().size();
                const QDateTime s = jsonDate(step.value(QStringLiteral("started")));
                const QDateTime f = jsonDate(step.value(QStringLiteral("finished")));
                if (s.isValid() && (!started.isValid() || s < started))
                    started = s;
                if (f.isValid() && (!finished.isValid() || f > finished))
                    finished = f;
                stepFailed = stepFailed || step.value(QStringLiteral("outcome")).toString() == QLatin1String("failed");
            }
            state = stepFailed ? State::Failed : stateOf(run->outcome);
            when = started.isValid() ? span(started, finished) : span(run->started, run->finished);
            figures = outcomeWord(*run)
                + tr("%1 rows copied, %2 tables, %3 skipped, %4 warnings")
                      .arg(number(written), number(tables), number(skipped), number(warnings));
            if (run->details.isEmpty())
                figures = outcomeWord(*run) + run->summary;
        }
        if (migrating && m_migrationIsSettings == settings) {
            const RunProgress& p = *m_migration;
            Live live;
            live.permille = p.total > 0 ? int(std::min<qint64>(1000, p.done * 1000 / p.total)) : -1;
            QStringList parts { tr("%1: %2 of %3 rows").arg(p.step, number(p.done), number(p.total)),
                tr("%1 of %2 tables").arg(p.tablesFinished).arg(p.tablesTotal) };
            if (p.rowsPerSecond > 0)
                parts << tr("%1 rows/s").arg(number(qint64(p.rowsPerSecond)));
            if (p.etaSeconds >= 0)
                parts << eta(p.etaSeconds);
            if (m_runner && m_runner->isPaused())
                parts << tr("paused");
            live.figures = parts.join(QStringLiteral(" \u00b7 "));
            set(phase, State::Running, span(m_migrationSince, {}), figures, live);
        } else {
            set(phase, state, when, figures);
        }
    }

    // Media: the newest copy recorded, or the one the Media page runs (or ran) in this session.
    {
        const RunRecord* run = newest(m_project, RunKind::Media);
        State state = State::NotStarted;
        QString when, figures;
        if (run) {
            const QJsonObject m = run->details;
            const auto count = [&](const char* key) {
                const QString name = QString::fromLatin1(key);
                const QJsonValue counted = m.value(name + QStringLiteral("Count"));
                const QJsonValue value = m.value(name);
                return counted.isDouble() ? counted.toInteger()
                    : value.isArray()     ? value.toArray().size()
                                          : value.toInteger();
            };
            state = stateOf(run->outcome);
            when = span(run->started, run->finished);
            figures = m.isEmpty() ? outcomeWord(*run) + run->summary
                                  : outcomeWord(*run)
                    + tr("%1 files copied (%2), %3 up to date, %4 failed")
                          .arg(number(count("copied") + count("updated")),
                              locale.formattedDataSize(m.value(QStringLiteral("bytesCopied")).toInteger()),
                              number(count("upToDate")), number(count("failed")));
        }
        if (m_media && m_mediaProgress) {
            const MediaCopyProgress& p = *m_mediaProgress;
            const bool running = m_media->isRunning();
            Live live;
            if (p.phase == MediaCopyProgress::Scanning) {
                live.figures = tr("reading the folders");
            } else if (p.phase == MediaCopyProgress::CrossChecking) {
                live.figures = tr("cross-checking the files with the database");
            } else {
                live.permille = p.bytesTotal > 0 ? int(1000 * p.bytesDone / p.bytesTotal)
                                                 : (p.filesTotal > 0 ? int(1000 * p.filesDone / p.filesTotal) : 0);
                QStringList parts { tr("%1 of %2 files").arg(number(p.filesDone), number(p.filesTotal)),
                    tr("%1 of %2").arg(locale.formattedDataSize(p.bytesDone), locale.formattedDataSize(p.bytesTotal)) };
                if (p.bytesPerSecond > 0)
                    parts << tr("%1/s").arg(locale.formattedDataSize(qint64(p.bytesPerSecond)));
                if (p.etaSeconds > 0 && p.filesDone < p.filesTotal)
                    parts << eta(p.etaSeconds);
                if (p.paused)
                    parts << tr("paused");
                live.figures = parts.join(QStringLiteral(" \u00b7 "));
            }
            if (running)
                set(Phase::Media, State::Running, span(m_mediaSince, {}), figures, live);
            else if (m_media->isComplete() && (!run || run->finished < m_mediaSince))
                set(Phase::Media, State::Done, at(m_mediaSince),
                    tr("%1 files looked at, %2 copied in this session")
                        .arg(number(p.filesTotal), locale.formattedDataSize(p.bytesDone)));
            else
                set(Phase::Media, state, when, figures);
        } else {
            set(Phase::Media, state, when, figures);
        }
    }

    // Verification: a `verify` run or a migration run with --verify, whichever is newer (as the report reads it).
    {
        const RunRecord* best
            = newest(m_project, RunKind::Verify, [](const RunRecord& r) { return !r.details.isEmpty(); });
        for (const RunRecord& run : m_project.progress.runs) {
            if (runKindOf(run.command) == RunKind::Migrate && run.details.contains(QStringLiteral("verification"))
                && (!best || run.finished > best->finished))
                best = &run;
        }
        const RunRecord* failedVerify = newest(m_project, RunKind::Verify);
        if (failedVerify && failedVerify->details.isEmpty() && (!best || failedVerify->finished > best->finished))
            best = failedVerify;
        if (!best) {
            set(Phase::Verification, State::NotStarted, {}, {});
        } else {
            const QJsonObject v = runKindOf(best->command) == RunKind::Verify
                ? best->details
                : best->details.value(QStringLiteral("verification")).toObject();
            const bool match = v.value(QStringLiteral("outcome")).toString() == QLatin1String("succeeded");
            set(Phase::Verification, match ? State::Done : State::Failed, span(best->started, best->finished),
                v.isEmpty() ? outcomeWord(*best) + best->summary
                            : tr("%1 tables match, %2 differ, %3 could not be compared")
                                  .arg(number(v.value(QStringLiteral("matched")).toInteger()),
                                      number(v.value(QStringLiteral("mismatched")).toInteger()),
                                      number(v.value(QStringLiteral("failed")).toInteger())));
        }
    }

    // Reindex: the newest run, each indexer's result.
    {
        const RunRecord* run = newest(m_project, RunKind::Reindex);
        if (!run) {
            set(Phase::Reindex, State::NotStarted, {}, {});
        } else {
            int rebuilt = 0, failed = 0, total = 0;
            for (const QJsonValue& iv : run->details.value(QStringLiteral("indexers")).toArray()) {
                const QString status = iv.toObject().value(QStringLiteral("status")).toString();
                ++total;
                rebuilt += status == QLatin1String("rebuilt");
                failed += status == QLatin1String("failed");
            }
            set(Phase::Reindex, stateOf(run->outcome), span(run->started, run->finished),
                total ? tr("%1 of %2 indexers rebuilt, %3 failed").arg(rebuilt).arg(total).arg(failed)
                      : outcomeWord(*run) + run->summary);
        }
    }

    // Delta: live from the wizard's loop, else the newest recorded run.
    const GoLiveChecklist checklist(m_project.progress);
    {
        const RunRecord* run = newest(m_project, RunKind::Delta);
        const bool running = m_sync && m_sync->isRunning();
        if (m_delta && (running || m_delta->running || !run || run->finished < m_deltaSince)) {
            const DeltaFigures& f = *m_delta;
            Live live;
            live.figures = tr("%1: %2").arg(DeltaFigures::stateName(f.state), deltaLine(f, true));
            const qint64 all = f.applied + f.backlog;
            live.permille = all > 0 ? int(1000 * f.applied / all) : 1000;
            const State state = f.state == DeltaFigures::State::Failed ? State::Failed
                : f.running                                            ? State::Running
                                                                       : State::Done;
            set(Phase::Delta, state, span(m_deltaSince, f.running ? QDateTime() : f.updated),
                f.fatalError.isEmpty() ? QString() : f.fatalError,
                state == State::Running ? std::optional(live) : std::nullopt);
            if (state != State::Running)
                shown[int(Phase::Delta)].figures = live.figures;
        } else if (run) {
            const QJsonObject d = run->details;
            DeltaFigures f;
            f.applied = d.value(QStringLiteral("applied")).toInteger();
            f.backlog = d.value(QStringLiteral("backlog")).toInteger();
            f.failed = d.value(QStringLiteral("failed")).toInteger();
            f.lagSeconds = d.value(QStringLiteral("lagSeconds")).toDouble();
            set(Phase::Delta, stateOf(run->outcome), span(run->started, run->finished),
                d.isEmpty() ? outcomeWord(*run) + run->summary : outcomeWord(*run) + deltaLine(f, false));
        } else {
            set(Phase::Delta, State::NotStarted, {}, {});
        }
        if (states[int(Phase::Delta)] == State::NotStarted && checklist.isDone(GoLiveChecklist::deltaStopped))
            states[int(Phase::Delta)] = State::Done;
    }

    // Go-live and store open: the checklist's ticks; overrides flagged as the report flags them.
    {
        const QVector<GoLiveStep> steps = GoLiveChecklist::steps();
        int done = 0;
        bool override = false;
        QDateTime last;
        for (int i = 0; i < steps.size(); ++i) {
            const ChecklistTick* t = checklist.tick(steps[i].id);
            if (!t)
                continue;
            if (steps[i].id != QLatin1String(GoLiveChecklist::storeOpen)) {
                ++done;
                last = std::max(last, t->at);
            }
            bool outOfOrder = false;
            for (int j = 0; j < i; ++j) {
                const ChecklistTick* before = checklist.tick(steps[j].id);
                outOfOrder = outOfOrder || !before || before->at > t->at;
            }
            override = override || outOfOrder || t->note.contains(QLatin1String("overrid"), Qt::CaseInsensitive);
        }
        const int total = int(steps.size()) - 1;
        const std::optional<QDateTime> downStart = checklist.downtimeStarted();
        const std::optional<QDateTime> downEnd = checklist.downtimeEnded();
        const QString clock = GoLiveChecklist::clock(checklist.downtimeSeconds(now));
        QString figures = tr("%1 of %2 steps done").arg(done).arg(total);
        const QString next = checklist.next();
        for (const GoLiveStep& step : steps) {
            if (step.id == next)
                figures += tr(", next: %1").arg(step.title);
        }
        if (override)
            figures += tr(" \u00b7 a step was done out of order or with an override");
        State goLive = State::NotStarted;
        if (done > 0)
            goLive = done < total && !downEnd ? State::Running : (override ? State::Skipped : State::Done);
        std::optional<Live> live;
        if (goLive == State::Running) {
            live = Live { tr("downtime %1").arg(clock), done * 1000 / total, {} };
        }
        set(Phase::GoLive, goLive, downStart ? span(*downStart, downEnd ? *downEnd : last) : QString(), figures, live);
        if (goLive == State::Running)
            shown[int(Phase::GoLive)].when = downStart ? span(*downStart, {}) : at(last);

        const ChecklistTick* open = checklist.tick(GoLiveChecklist::storeOpen);
        if (open)
            set(Phase::StoreOpen, override ? State::Skipped : State::Done, at(open->at),
                tr("open since %1 \u00b7 downtime was %2").arg(at(open->at), clock));
        else
            set(Phase::StoreOpen, State::NotStarted, {}, {});

        if (downStart && !downEnd) {
            m_downtime->setText(tr("Downtime %1 \u2014 Magento 1 in maintenance since %2").arg(clock, at(*downStart)));
            m_downtime->setStyleSheet(QStringLiteral(
                "QLabel { background-color: #b3261e; color: #ffffff; border-radius: 6px; padding: 4px; }"));
            m_downtime->show();
        } else if (downStart && downEnd) {
            m_downtime->setText(tr("Downtime %1 \u2014 the store is open since %2").arg(clock, at(*downEnd)));
            m_downtime->setStyleSheet(QStringLiteral(
                "QLabel { background-color: #1b6e2d; color: #ffffff; border-radius: 6px; padding: 4px; }"));
            m_downtime->show();
        } else {
            m_downtime->hide();
        }
    }

    // A phase never run while a later one went ahead was skipped. Delta runs beside the phases around it (from the
    // data copy until go-live), so it neither makes an earlier phase skipped nor is skipped before go-live starts.
    for (int i = 0; i < phaseCount; ++i) {
        if (states[i] != State::NotStarted)
            continue;
        for (int j = i + 1; j < phaseCount; ++j) {
            if (Phase(j) == Phase::Delta)
                continue;
            if (states[j] == State::Done || states[j] == State::Failed
                || (Phase(j) == Phase::GoLive && states[j] != State::NotStarted)) {
                states[i] = State::Skipped;
                if (shown[i].figures.isEmpty())
                    shown[i].figures = tr("not run before later phases went ahead");
                break;
            }
        }
    }

    for (int i = 0; i < phaseCount; ++i)
        setRow(Phase(i), states[i], shown[i].when, shown[i].figures, shown[i].live ? &*shown[i].live : nullptr);

    // Delta's live figures along the bottom, in large type while the loop runs.
    if (m_delta && m_delta->running)
        m_deltaStrip->setText(
            tr("Delta %1: %2").arg(DeltaFigures::stateName(m_delta->state), deltaLine(*m_delta, true)));
    else if (m_delta)
        m_deltaStrip->setText(tr("Delta stopped: %1").arg(deltaLine(*m_delta, false)));
    else
        m_deltaStrip->setText(tr("Delta is not running in this window"));
}

void OverviewWindow::applyFonts()
{
    // Scaled from the window: a row's text must read from the back of a room on a projector.
    const int base = std::clamp(std::min(height() / 34, width() / 62), 11, 72);
    const auto sized = [&](QWidget* widget, double factor, bool bold) {
        QFont font = widget->font();
        font.setPixelSize(std::max(9, int(base * factor)));
        font.setBold(bold);
        widget->setFont(font);
    };
    sized(m_heading, 1.5, true);
    sized(m_clock, 1.5, true);
    sized(m_presentation, 0.8, false);
    sized(m_downtime, 1.5, true);
    sized(m_deltaStrip, 1.05, true);
    sized(m_status, 0.8, false);
    for (Row& row : m_rows) {
        sized(row.title, 1.05, true);
        sized(row.badge, 0.95, true);
        sized(row.when, 0.85, false);
        sized(row.figures, 0.9, false);
        sized(row.live, 0.9, true);
        row.title->setMinimumWidth(base * 7);
        row.badge->setMinimumWidth(base * 8);
        row.when->setMinimumWidth(base * 9);
        row.bar->setFixedHeight(std::max(6, base / 3));
    }
}

void OverviewWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyFonts();
}

void OverviewWindow::setPresentationMode(bool on)
{
    if (on == isPresentationMode())
        return;
    if (on) {
        m_normalGeometry = saveGeometry();
        showFullScreen();
    } else {
        showNormal();
        if (!m_normalGeometry.isEmpty())
            restoreGeometry(m_normalGeometry);
    }
}

void OverviewWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        m_presentation->setText(isFullScreen() ? tr("Leave presentation (Esc)") : tr("Presentation mode (F11)"));
}

void OverviewWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F11) {
        setPresentationMode(!isPresentationMode());
        return;
    }
    if (event->key() == Qt::Key_Escape && isPresentationMode()) {
        setPresentationMode(false);
        return;
    }
    QWidget::keyPressEvent(event);
}

void OverviewWindow::saveSize()
{
    QSettings().setValue(
        geometryKey, isFullScreen() && !m_normalGeometry.isEmpty() ? m_normalGeometry : saveGeometry());
}

void OverviewWindow::closeEvent(QCloseEvent* event)
{
    saveSize();
    QWidget::closeEvent(event);
}

} // namespace cutover::ui
