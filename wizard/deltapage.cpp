#include "deltapage.h"

#include "db/database.h"
#include "delta/deltasync.h"
#include "engine/integritycheck.h"
#include "error.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "project/project.h"
#include "runrecords.h"
#include "tones.h"

#include <QChart>
#include <QChartView>
#include <QFontDatabase>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPen>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cutover::ui {

namespace {

constexpr int refreshMs = 500; // the figures are drawn at most twice a second
constexpr int pointEveryMs = 1000; // one chart point a second
constexpr double windowSeconds = 300; // the chart shows the last five minutes

QString duration(double seconds)
{
    const qint64 s = qint64(seconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QLabel* bigNumber(QWidget* parent, const char* name)
{
    auto* number = new QLabel(QStringLiteral("-"), parent);
    number->setObjectName(QLatin1String(name));
    QFont big = number->font();
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    number->setFont(big);
    return number;
}

// A worker's check of the capture on Magento 1; `remove` drops `objects` first. Never throws.
template <typename Check>
Check inspectCapture(
    const ConnectionProfile& profile, const QString& password, bool remove, const QVector<CaptureObject>& objects)
{
    Check check;
    check.removal = remove;
    try {
        Database db(profile, password, QStringLiteral("delta-page"));
        if (remove) {
            DeltaCapture::remove(db, objects);
            check.removed = true;
        }
        check.status = DeltaCapture::status(db);
        check.objects = DeltaCapture::removalPlan(db);
        check.ok = true;
    } catch (const Error& e) {
        check.error = e.message();
    } catch (const std::exception& e) {
        check.error = QString::fromLocal8Bit(e.what());
    }
    return check;
}

// Keeps the busy threshold in the project file, under its lock; the error's text, or empty.
QString saveBusyThreshold(const QString& path, int limit)
{
    try {
        Project::update(path, [limit](Project& project) { project.deltaBusyThreshold = limit; });
        return {};
    } catch (const Error& e) {
        return e.message();
    }
}

} // namespace

DeltaPage::DeltaPage(QWidget* parent)
    : QWizardPage(parent)
    , m_state(bigNumber(this, "count-state"))
    , m_applied(bigNumber(this, "count-applied"))
    , m_rate(bigNumber(this, "count-rate"))
    , m_lag(bigNumber(this, "count-lag"))
    , m_backlog(bigNumber(this, "count-backlog"))
    , m_areas(new QLabel(this))
    , m_capture(new QLabel(this))
    , m_error(new QLabel(this))
    , m_start(new QPushButton(tr("Start"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_remove(new QPushButton(tr("Remove capture..."), this))
    , m_install(new QPushButton(tr("Install capture..."), this))
    , m_chartView(new QChartView(this))
    , m_rateSeries(new QLineSeries)
    , m_lagSeries(new QLineSeries)
    , m_timeAxis(new QValueAxis)
    , m_rateAxis(new QValueAxis)
    , m_lagAxis(new QValueAxis)
    , m_errors(new QPlainTextEdit(this))
{
    setTitle(tr("Live changes"));
    setSubTitle(tr("Carry the orders, customers, products and pages that change on Magento 1 to Magento 2 until "
                   "go-live. Start and stop it at will: it goes on from where it stopped."));
    m_areas->setObjectName(QStringLiteral("areas"));
    m_capture->setObjectName(QStringLiteral("capture"));
    m_error->setObjectName(QStringLiteral("error"));
    m_start->setObjectName(QStringLiteral("start"));
    m_stop->setObjectName(QStringLiteral("stop"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_install->setObjectName(QStringLiteral("install"));
    m_install->hide();
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setAccessibleName(tr("Last errors"));
    m_chartView->setObjectName(QStringLiteral("chart"));
    m_chartView->setMinimumHeight(fontMetrics().lineSpacing() * 10);
    m_remove->setToolTip(tr("Drops every trigger and change-log table Cutover made on the Magento 1 database."));
    tones::apply(m_error, tones::Tone::Error);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_areas->setWordWrap(true);
    m_capture->setWordWrap(true);
    m_capture->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setReadOnly(true);
    m_errors->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_errors->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errors->setPlaceholderText(tr("No errors. A change that fails to apply is listed here with its table and "
                                    "key, and tried again."));
    m_errors->setMaximumHeight(m_errors->fontMetrics().lineSpacing() * 4 + 12);

    // The figures: a number over its caption.
    auto* counts = new QGridLayout;
    counts->setHorizontalSpacing(24);
    const QList<QPair<QLabel*, QString>> figures {
        { m_state, tr("state") },
        { m_applied, tr("changes applied") },
        { m_rate, tr("changes per second") },
        { m_lag, tr("lag (oldest unapplied)") },
        { m_backlog, tr("changes waiting") },
    };
    for (int column = 0; column < figures.size(); ++column) {
        counts->addWidget(figures[column].first, 0, column);
        // Captions wrap: German and French ones side by side would be wider than the window.
        auto* caption = new QLabel(figures[column].second, this);
        caption->setWordWrap(true);
        caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        counts->addWidget(caption, 1, column);
        counts->setColumnStretch(column, 1);
    }

    // Rate and lag over the last minutes, each on its own axis.
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 0, 4, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    m_rateSeries->setName(tr("changes per second"));
    m_lagSeries->setName(tr("lag in seconds"));
    chart->addSeries(m_rateSeries);
    chart->addSeries(m_lagSeries);
    m_timeAxis->setTitleText(tr("seconds"));
    m_timeAxis->setLabelFormat(QStringLiteral("%d"));
    m_timeAxis->setRange(0, 60);
    m_rateAxis->setTitleText(tr("changes/s"));
    m_rateAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_rateAxis->setRange(0, 10);
    m_lagAxis->setTitleText(tr("lag (s)"));
    m_lagAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_lagAxis->setRange(0, 10);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_rateAxis, Qt::AlignLeft);
    chart->addAxis(m_lagAxis, Qt::AlignRight);
    m_rateSeries->attachAxis(m_timeAxis);
    m_rateSeries->attachAxis(m_rateAxis);
    m_lagSeries->attachAxis(m_timeAxis);
    m_lagSeries->attachAxis(m_lagAxis);
    m_chartView->setChart(chart);
    m_darkChart = tones::isDark(palette());
    styleChart();
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(170);

    // The busy threshold: the loop waits while Magento 1 runs more queries than this, so the live store stays fast.
    // Changed while running, it applies from the next batch.
    m_busyLimit = new QSpinBox(this);
    m_busyLimit->setObjectName(QStringLiteral("busy-threshold"));
    m_busyLimit->setRange(0, 10'000);
    m_busyLimit->setSpecialValueText(tr("never"));
    m_busyLimit->setValue(m_options.maxThreadsRunning);
    m_busyLimit->setToolTip(tr("Delta pauses while Magento 1's server runs more queries at once than this "
                               "(Threads_running), so that the live store stays fast. 0: never pause."));
    auto* busyLabel = new QLabel(tr("&Pause while Magento 1 runs more queries than:"), this);
    busyLabel->setBuddy(m_busyLimit);
    connect(m_busyLimit, &QSpinBox::valueChanged, this, [this](int limit) {
        if (limit == m_options.maxThreadsRunning)
            return;
        m_options.maxThreadsRunning = limit;
        if (isRunning()) {
            m_sync->setMaxThreadsRunning(limit);
            m_dirty = true;
        }
        if (!m_projectPath.isEmpty())
            m_saveThreshold.start();
    });
    // Kept in the project (on a worker, under the project's lock), so that the next session starts with it.
    m_saveThreshold.setSingleShot(true);
    m_saveThreshold.setInterval(500);
    connect(&m_saveThreshold, &QTimer::timeout, this, [this]() {
        if (m_projectPath.isEmpty())
            return;
        if (m_thresholdWatcher.isRunning()) {
            m_saveThreshold.start(); // once the save under way is done
            return;
        }
        m_thresholdWatcher.setFuture(QtConcurrent::run(
            [path = m_projectPath, limit = m_options.maxThreadsRunning]() { return saveBusyThreshold(path, limit); }));
    });
    connect(&m_thresholdWatcher, &QFutureWatcher<QString>::finished, this, [this]() {
        if (const QString error = m_thresholdWatcher.result(); !error.isEmpty())
            showError(tr("Could not keep the busy threshold in the project: %1").arg(error));
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    buttons->addWidget(m_install);
    buttons->addWidget(m_remove);
    // Its own row: a German or French label beside four buttons would squeeze them.
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(busyLabel);
    busyRow->addWidget(m_busyLimit);
    busyRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(busyRow);
    layout->addWidget(m_error);
    layout->addLayout(counts);
    layout->addWidget(m_areas);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(new QLabel(tr("Last errors:"), this));
    layout->addWidget(m_errors);
    layout->addWidget(m_capture);

    m_sync = std::make_unique<DeltaSync>();
    connect(m_sync.get(), &DeltaSync::figuresChanged, this, &DeltaPage::onFigures);
    connect(m_sync.get(), &DeltaSync::finished, this, &DeltaPage::onSyncFinished);
    connect(m_start, &QPushButton::clicked, this, &DeltaPage::onStart);
    connect(m_stop, &QPushButton::clicked, this, &DeltaPage::onStop);
    connect(m_remove, &QPushButton::clicked, this, &DeltaPage::onRemove);
    connect(m_install, &QPushButton::clicked, this, &DeltaPage::onInstall);
    connect(&m_installPlanWatcher, &QFutureWatcher<InstallPlan>::finished, this, &DeltaPage::onInstallPlanned);
    connect(&m_installWatcher, &QFutureWatcher<QString>::finished, this, [this]() {
        m_installing = false;
        const QString error = m_installWatcher.result();
        if (!error.isEmpty())
            showError(tr("Installing the change capture on %1 failed: %2")
                          .arg(m_source ? m_source->displayName() : QString(), error));
        updateButtons();
        checkCapture(false);
    });
    connect(&m_configWatcher, &QFutureWatcher<ConfigLoad>::finished, this, &DeltaPage::onConfigLoaded);
    connect(&m_checkWatcher, &QFutureWatcher<CaptureCheck>::finished, this,
        [this]() { onCaptureChecked(m_checkWatcher.result()); });
    connect(&m_removeWatcher, &QFutureWatcher<CaptureCheck>::finished, this,
        [this]() { onCaptureChecked(m_removeWatcher.result()); });
    connect(&m_planWatcher, &QFutureWatcher<CaptureCheck>::finished, this, &DeltaPage::onRemovalPlanned);
    m_refresh.setInterval(refreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &DeltaPage::refresh);
    m_state->setText(tr("stopped"));
    m_capture->setText(tr("Give both connections to see the change capture on Magento 1."));
    updateButtons();
}

DeltaPage::~DeltaPage()
{
    // The loop stops after its batch and its thread ends before the configuration it reads goes; the workers
    // hold copies of what they use but are waited for, so that none outlives the page.
    const bool wasRunning = m_sync->isRunning();
    if (wasRunning)
        m_sync->stopAndWait();
    const DeltaFigures last = m_sync->figures();
    m_sync.reset();
    // The loop's finished() is not delivered to a page being destroyed: its run is recorded here, as stopped.
    if (wasRunning && m_runStarted.isValid())
        recordLoopRun(Outcome::Cancelled, last);
    m_configWatcher.waitForFinished();
    m_checkWatcher.waitForFinished();
    m_removeWatcher.waitForFinished();
    m_planWatcher.waitForFinished();
    m_installPlanWatcher.waitForFinished();
    m_installWatcher.waitForFinished();
    m_thresholdWatcher.waitForFinished();
    // A threshold changed just before the window closed is still kept.
    // (The window is closing: an error has nowhere left to show; the next session starts with the previous value.)
    if (m_saveThreshold.isActive() && !m_projectPath.isEmpty())
        saveBusyThreshold(m_projectPath, m_options.maxThreadsRunning);
}

bool DeltaPage::isRunning() const
{
    return m_sync->isRunning();
}

void DeltaPage::setConnections(const std::optional<ConnectionProfile>& source, const QString& sourcePassword,
    const std::optional<ConnectionProfile>& destination, const QString& destinationPassword)
{
    const bool sourceChanged
        = source.has_value() != m_source.has_value() || (source && source->toUrl() != m_source->toUrl());
    m_source = source;
    m_destination = destination;
    m_sourcePassword = sourcePassword;
    m_destinationPassword = destinationPassword;
    updateButtons();
    if (sourceChanged && m_source && !m_removing)
        checkCapture(false);
    else if (!m_source)
        m_capture->setText(tr("Give both connections to see the change capture on Magento 1."));
}

void DeltaPage::setDmtConfig(const QString& configPath)
{
    m_dmtPath = configPath;
}

void DeltaPage::setOptions(const DeltaApplier::Options& options)
{
    m_options = options;
    const QSignalBlocker blocker(m_busyLimit);
    m_busyLimit->setValue(options.maxThreadsRunning);
}

void DeltaPage::setProjectPath(const QString& path, int busyThreshold)
{
    if (path == m_projectPath)
        return;
    m_projectPath = path;
    if (busyThreshold < 0)
        return;
    // The threshold the user chose for this project last time.
    m_options.maxThreadsRunning = busyThreshold;
    const QSignalBlocker blocker(m_busyLimit);
    m_busyLimit->setValue(busyThreshold);
    if (isRunning())
        m_sync->setMaxThreadsRunning(busyThreshold);
}

void DeltaPage::updateButtons()
{
    const bool running = isRunning();
    const bool busy = m_starting || m_removing || m_installing;
    m_start->setEnabled(!running && !busy && m_source && m_destination);
    m_stop->setEnabled(running);
    m_remove->setEnabled(!running && !busy && m_source);
    m_install->setEnabled(!running && !busy && m_source);
}

void DeltaPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DeltaPage::onStart()
{
    showError({});
    if (!m_source || !m_destination) {
        showError(tr("Connect to both databases on the Connections page first."));
        return;
    }
    if (m_dmtPath.isEmpty()) {
        showError(tr("No Data Migration Tool configuration is set; the changes cannot be mapped."));
        return;
    }
    m_starting = true;
    m_state->setText(tr("starting"));
    updateButtons();
    // Reading and validating the map files and the stores' key files takes a moment: on a worker, like everything
    // else here. Read again at every start, with the project's override map, so that a fix made on the Data page
    // since the last start is carried (the previous run is over: nothing points into the old one).
    const QString path = m_dmtPath;
    const QString projectPath = m_projectPath;
    const QString m1Root = m_m1Root;
    const QString m2Root = m_m2Root;
    m_configWatcher.setFuture(QtConcurrent::run([path, projectPath, m1Root, m2Root]() {
        ConfigLoad load;
        try {
            load.dmt = std::make_shared<const DmtConfiguration>(loadProjectConfiguration(path, projectPath));
        } catch (const Error& e) {
            load.error = tr("Could not load the Data Migration Tool configuration %1: %2").arg(path, e.message());
            return load;
        }
        load.keys = CryptKeys::load(load.dmt->config().cryptKey(), m1Root, m2Root);
        return load;
    }));
}

void DeltaPage::onConfigLoaded()
{
    const ConfigLoad load = m_configWatcher.result();
    if (!load.dmt) {
        m_starting = false;
        m_state->setText(tr("stopped"));
        showError(load.error);
        updateButtons();
        return;
    }
    m_dmt = load.dmt;
    if (!m_handlers)
        m_handlers = std::make_unique<HandlerRegistry>();
    m_handlers->setCryptKeys(load.keys);
    MigrationEnvironment env;
    env.source = { *m_source, m_sourcePassword };
    env.destination = { *m_destination, m_destinationPassword };
    env.dmt = m_dmt.get();
    env.handlers = m_handlers.get();
    m_starting = false;
    if (!m_clock.isValid())
        m_clock.start();
    m_runStarted = QDateTime::currentDateTimeUtc();
    m_sync->start(env, m_options);
    m_refresh.start();
    updateButtons();
}

void DeltaPage::recordLoopRun(Outcome outcome, const DeltaFigures& figures)
{
    Outcome recorded = outcome;
    if (recorded == Outcome::Cancelled && figures.backlog == 0 && figures.pendingRetries == 0)
        recorded = Outcome::Succeeded;
    QJsonObject details = figures.toJson();
    details.insert(QStringLiteral("outcome"), outcomeName(recorded));
    recordRunInBackground(m_projectPath,
        RunRecord::endingNow(QStringLiteral("wizard delta run"), m_runStarted, runOutcomeOf(recorded),
            tr("%1 change(s) applied, %2 waiting for a retry, backlog %3 when stopped")
                .arg(figures.applied)
                .arg(figures.pendingRetries)
                .arg(figures.backlog),
            details));
    m_runStarted = {};
}

void DeltaPage::styleChart()
{
    // On a dark desktop, a dark chart: a white one would glare beside the page. The series' colours are set after
    // the theme (which resets them) and read on both.
    QChart* chart = m_chartView->chart();
    const bool dark = tones::isDark(palette());
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    if (dark)
        chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    m_rateSeries->setPen(QPen(dark ? QColor(0x6c, 0xb4, 0xee) : QColor(0x1f, 0x77, 0xb4), 2));
    m_lagSeries->setPen(QPen(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xd6, 0x27, 0x28), 2));
}

void DeltaPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const bool dark = tones::isDark(palette());
        if (dark != m_darkChart) {
            m_darkChart = dark;
            styleChart();
        }
    }
}

void DeltaPage::onStop()
{
    m_sync->stop();
    m_stop->setEnabled(false);
    m_state->setText(tr("stopping"));
}

void DeltaPage::onFigures(const DeltaFigures& figures)
{
    m_latest = figures;
    m_dirty = true;
}

void DeltaPage::onSyncFinished(int outcome, const QString& message)
{
    // finished() is sent as the loop returns: only the thread's own end is left to wait for, so that isRunning()
    // and the buttons agree from here on.
    m_sync->stopAndWait();
    m_latest = m_sync->figures();
    m_dirty = true;
    refresh();
    m_refresh.stop();
    m_state->setText(tr("stopped"));
    tones::applyIf(m_state, false, tones::Tone::Success);
    if (Outcome(outcome) == Outcome::Failed)
        showError(message.isEmpty() ? tr("The loop stopped on an error; see the last errors.") : message);
    // Recorded as `cutover-cli delta run` records its run: the report's Live changes section and the overview read it.
    if (m_runStarted.isValid())
        recordLoopRun(Outcome(outcome), m_latest);
    updateButtons();
    if (m_source)
        checkCapture(false);
}

void DeltaPage::refresh()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    const DeltaFigures& f = m_latest;
    const QLocale locale;
    if (isRunning() && m_stop->isEnabled()) {
        m_state->setText(tr("running"));
        tones::apply(m_state, tones::Tone::Success);
        m_state->setToolTip(DeltaFigures::stateName(f.state));
    }
    m_applied->setText(locale.toString(f.applied));
    m_rate->setText(locale.toString(f.changesPerSecond, 'f', 1));
    m_lag->setText(duration(f.lagSeconds));
    m_backlog->setText(locale.toString(f.backlog));
    QStringList areas;
    for (auto it = f.backlogByArea.cbegin(); it != f.backlogByArea.cend(); ++it) {
        if (it.value() > 0)
            areas << tr("%1: %2").arg(it.key(), locale.toString(it.value()));
    }
    QString line = areas.isEmpty() ? tr("Backlog per area: none, Magento 2 is up to date.")
                                   : tr("Backlog per area: %1").arg(areas.join(QStringLiteral(", ")));
    if (f.state == DeltaFigures::State::Failed && areas.isEmpty())
        line = tr("Backlog per area: not known, delta stopped on an error (see above).");
    else if (f.state != DeltaFigures::State::Stopped)
        line += tr(" (%1)").arg(DeltaFigures::stateName(f.state));
    if (f.failed > 0 || f.pendingRetries > 0)
        line += tr("; %1 failed, %2 waiting for a retry")
                    .arg(locale.toString(f.failed), locale.toString(f.pendingRetries));
    // Changes Magento 1 made that Magento 2 does not get: named with their tables and why, never only counted.
    if (f.notCarried > 0) {
        QStringList tables;
        for (auto it = f.notCarriedByTable.cbegin(); it != f.notCarriedByTable.cend(); ++it)
            tables << tr("%1 (%2: %3)").arg(it.key(), locale.toString(it.value()), f.notCarriedTables.value(it.key()));
        line += tr("; not carried: %1").arg(tables.join(QStringLiteral("; ")));
    }
    m_areas->setText(line);
    // Errors, then what delta decided for itself (a URL rewrite renamed for a clash).
    QStringList lines = f.lastErrors;
    lines << f.lastNotices;
    const QString errors = lines.join(QLatin1Char('\n'));
    if (errors != m_errors->toPlainText()) {
        m_errors->setPlainText(errors);
        m_errors->moveCursor(QTextCursor::End);
    }
    addChartPoint(f);
}

void DeltaPage::addChartPoint(const DeltaFigures& figures)
{
    const qint64 now = m_clock.elapsed();
    if (m_lastPointMs >= 0 && now - m_lastPointMs < pointEveryMs)
        return;
    m_lastPointMs = now;
    const double t = now / 1000.0;
    m_rateSeries->append(t, figures.changesPerSecond);
    m_lagSeries->append(t, figures.lagSeconds);
    const double from = std::max(0.0, t - windowSeconds);
    // Points that left the window go, so that a day of running keeps the series small.
    while (m_rateSeries->count() > 2 && m_rateSeries->at(1).x() < from) {
        m_rateSeries->remove(0);
        m_lagSeries->remove(0);
    }
    double maxRate = 0;
    double maxLag = 0;
    for (int i = 0; i < m_rateSeries->count(); ++i) {
        maxRate = std::max(maxRate, m_rateSeries->at(i).y());
        maxLag = std::max(maxLag, m_lagSeries->at(i).y());
    }
    m_timeAxis->setRange(from, std::max(from + 60, t));
    m_rateAxis->setRange(0, std::max(10.0, maxRate * 1.2));
    m_lagAxis->setRange(0, std::max(10.0, maxLag * 1.2));
    m_rateAxis->applyNiceNumbers();
    m_lagAxis->applyNiceNumbers();
}

void DeltaPage::checkCapture(bool removeFirst)
{
    QFutureWatcher<CaptureCheck>& watcher = removeFirst ? m_removeWatcher : m_checkWatcher;
    if (!m_source || watcher.isRunning())
        return;
    const ConnectionProfile profile = *m_source;
    const QString password = m_sourcePassword;
    const QVector<CaptureObject> objects = removeFirst ? m_planWatcher.result().objects : QVector<CaptureObject> {};
    if (!removeFirst)
        m_capture->setText(tr("Reading the change capture on %1...").arg(profile.displayName()));
    watcher.setFuture(QtConcurrent::run([profile, password, removeFirst, objects]() {
        return inspectCapture<CaptureCheck>(profile, password, removeFirst, objects);
    }));
}

void DeltaPage::onCaptureChecked(const CaptureCheck& check)
{
    const bool afterRemoval = check.removal;
    if (afterRemoval)
        m_removing = false;
    else if (m_removing)
        return; // a status read before the removal started: the removal's own check follows
    updateButtons();
    const QString database = m_source ? m_source->displayName() : QString();
    // Missing or broken capture: offered here, where the loop that needs it is.
    m_captureBroken = check.ok && !check.status.healthy() && (check.status.installed || !check.objects.isEmpty());
    m_install->setVisible(check.ok && !check.status.healthy());
    m_install->setText(m_captureBroken ? tr("Reinstall capture...") : tr("Install capture..."));
    if (!check.ok) {
        m_capture->setText(afterRemoval
                ? tr("Removing the change capture from %1 failed: %2").arg(database, check.error)
                : tr("Could not read the change capture on %1: %2").arg(database, check.error));
        if (afterRemoval)
            showError(m_capture->text());
        return;
    }
    const CaptureStatus& status = check.status;
    if (check.objects.isEmpty() && !status.installed) {
        m_capture->setText(afterRemoval
                ? tr("Capture removed: no Cutover trigger or change-log table is left on %1.").arg(database)
                : tr("Change capture is not installed on %1: Start has nothing to apply.").arg(database));
        tones::applyIf(m_capture, afterRemoval, tones::Tone::Success);
        return;
    }
    tones::applyIf(m_capture, false, tones::Tone::Success);
    if (afterRemoval) {
        QStringList left;
        for (const CaptureObject& object : check.objects)
            left << object.name;
        showError(tr("Removing the change capture left %1 on %2.").arg(left.join(QStringLiteral(", ")), database));
    }
    QString text = tr("Capture on %1: %2 of %3 triggers on %4 tables, %5 change(s) waiting.")
                       .arg(database)
                       .arg(status.triggersPresent)
                       .arg(status.triggersExpected)
                       .arg(status.tables.size())
                       .arg(QLocale().toString(status.backlog));
    // Each problem with its fix, unless the message above already says it (the loop stopped on it).
    bool repeated = false;
    for (const CaptureProblem& problem : status.problems) {
        if (!m_error->isHidden() && m_error->text().contains(problem.message))
            repeated = true;
        else
            text += QLatin1Char('\n') + problem.message + QLatin1Char(' ') + problem.fix;
    }
    if (repeated)
        text += QLatin1Char(' ') + tr("It is broken: see the message above.");
    m_capture->setText(text);
}

void DeltaPage::onRemove()
{
    if (!m_source || isRunning() || m_removing)
        return;
    showError({});
    m_removing = true;
    updateButtons();
    m_capture->setText(tr("Listing what Cutover made on %1...").arg(m_source->displayName()));
    const ConnectionProfile profile = *m_source;
    const QString password = m_sourcePassword;
    m_planWatcher.setFuture(QtConcurrent::run(
        [profile, password]() { return inspectCapture<CaptureCheck>(profile, password, false, {}); }));
}

void DeltaPage::onRemovalPlanned()
{
    const CaptureCheck plan = m_planWatcher.result();
    const QString database = m_source ? m_source->displayName() : QString();
    if (!plan.ok) {
        m_removing = false;
        updateButtons();
        showError(tr("Could not list the change capture on %1: %2").arg(database, plan.error));
        return;
    }
    if (plan.objects.isEmpty()) {
        m_removing = false;
        updateButtons();
        m_capture->setText(tr("Nothing to remove: no Cutover trigger or change-log table is on %1.").arg(database));
        return;
    }
    int triggers = 0;
    QStringList lines;
    for (const CaptureObject& object : plan.objects) {
        if (object.kind == CaptureObject::Kind::Trigger) {
            ++triggers;
            lines << tr("trigger %1 on %2").arg(object.name, object.table);
        } else {
            lines << tr("table %1").arg(object.name);
        }
    }
    const int tables = int(plan.objects.size()) - triggers;
    // Window-modal and asynchronous: the page's own event loop goes on while the user reads the list.
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Remove change capture"),
        tr("Drop %1 trigger(s) and %2 table(s) that Cutover made on %3? Changes made on Magento 1 from now on will "
           "not be carried to Magento 2, and changes not applied yet are lost.")
            .arg(triggers)
            .arg(tables)
            .arg(database),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("confirmRemove"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->button(QMessageBox::Yes)->setText(tr("Remove"));
    m_confirm->setDetailedText(lines.join(QLatin1Char('\n')));
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this](int result) {
        m_confirm = nullptr;
        if (result == QMessageBox::Yes) {
            onRemovalConfirmed();
        } else {
            m_removing = false;
            updateButtons();
            checkCapture(false);
        }
    });
    m_confirm->open();
}

void DeltaPage::onInstall()
{
    if (!m_source || isRunning() || m_removing || m_installing)
        return;
    if (m_dmtPath.isEmpty()) {
        showError(tr("No Data Migration Tool configuration is set; Cutover cannot tell which tables to capture."));
        return;
    }
    showError({});
    m_installing = true;
    updateButtons();
    m_capture->setText(tr("Listing the tables to capture on %1...").arg(m_source->displayName()));
    const ConnectionProfile profile = *m_source;
    const QString password = m_sourcePassword;
    const QString dmtPath = m_dmtPath;
    const QString projectPath = m_projectPath;
    const OptionalAreas areas = m_options.areas;
    m_installPlanWatcher.setFuture(QtConcurrent::run([profile, password, dmtPath, projectPath, areas]() {
        InstallPlan result;
        try {
            Database db(profile, password, QStringLiteral("delta-page"));
            result.plan = CapturePlanner::plan(db, loadProjectConfiguration(dmtPath, projectPath), areas);
            QStringList blockers;
            for (const CaptureBlocker& blocker : result.plan.blockers)
                blockers << blocker.message + QLatin1Char(' ') + blocker.fix;
            result.blockers = blockers.join(QLatin1Char('\n'));
        } catch (const Error& e) {
            result.error = e.message();
        }
        return result;
    }));
}

void DeltaPage::onInstallPlanned()
{
    const InstallPlan planned = m_installPlanWatcher.result();
    const QString database = m_source ? m_source->displayName() : QString();
    auto giveUp = [this](const QString& message) {
        m_installing = false;
        updateButtons();
        showError(message);
        checkCapture(false);
    };
    if (!planned.error.isEmpty())
        return giveUp(tr("Could not plan the change capture on %1: %2").arg(database, planned.error));
    if (!planned.blockers.isEmpty())
        return giveUp(tr("Change capture cannot be installed on %1 yet:\n%2").arg(database, planned.blockers));
    QStringList tables;
    for (const CaptureTarget& target : planned.plan.targets)
        tables << target.table;
    QString text = tr("Create %n trigger(s) and Cutover's change-log tables on %1, for the %2 tables listed? Nothing "
                      "else on Magento 1 changes, and 'Remove capture' removes all of it.",
        nullptr, planned.plan.triggerCount())
                       .arg(database)
                       .arg(tables.size());
    if (m_captureBroken)
        text += QStringLiteral("\n\n")
            + tr("Changes made on Magento 1 while the capture was broken were not recorded: after reinstalling, run "
                 "the data migration again (Settings and data page) so that Magento 2 has them.");
    m_confirm = new QMessageBox(QMessageBox::Question,
        m_captureBroken ? tr("Reinstall change capture") : tr("Install change capture"), text,
        QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("confirmInstall"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->button(QMessageBox::Yes)->setText(m_captureBroken ? tr("Reinstall") : tr("Install"));
    m_confirm->setDetailedText(tables.join(QLatin1Char('\n')));
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, planned](int result) {
        m_confirm = nullptr;
        if (result != QMessageBox::Yes || !m_source) {
            m_installing = false;
            updateButtons();
            checkCapture(false);
            return;
        }
        m_capture->setText(tr("Installing the change capture on %1...").arg(m_source->displayName()));
        const ConnectionProfile profile = *m_source;
        const QString password = m_sourcePassword;
        const CapturePlan plan = planned.plan;
        m_installWatcher.setFuture(QtConcurrent::run([profile, password, plan]() {
            try {
                Database db(profile, password, QStringLiteral("delta-page"));
                DeltaCapture::install(db, plan);
                return QString();
            } catch (const Error& e) {
                return e.message();
            }
        }));
    });
    m_confirm->open();
}

void DeltaPage::onRemovalConfirmed()
{
    m_capture->setText(tr("Removing the change capture from %1...").arg(m_source->displayName()));
    tones::applyIf(m_capture, false, tones::Tone::Success);
    checkCapture(true);
}

} // namespace cutover::ui
