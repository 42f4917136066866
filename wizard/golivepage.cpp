#include "golivepage.h"

#include "db/database.h"
#include "delta/deltacapture.h"
#include "delta/deltasync.h"
#include "engine/integritycheck.h"
#include "engine/progresstracker.h"
#include "engine/verifier.h"
#include "error.h"
#include "mapping/cryptkeys.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "report/migrationreport.h"
#include "runrecords.h"
#include "tones.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <utility>

namespace cutover::ui {

namespace {

constexpr int maxOutputLines = 2000; // the output pane keeps the last lines of bin/magento

QString shortId(const QString& id)
{
    return id.section(QLatin1Char('/'), 1);
}

// "0.8 s", "42.0 s", "0:03:10": how long a wait or a run took, to a tenth of a second when short.
QString duration(qint64 ms)
{
    if (ms < 60'000)
        return QCoreApplication::translate("cutover::ui::GoLivePage", "%1 s")
            .arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return GoLiveChecklist::clock(ms / 1000);
}

QString titleOf(const QString& id)
{
    for (const GoLiveStep& step : GoLiveChecklist::steps()) {
        if (step.id == id)
            return step.title;
    }
    return id;
}

// A worker's guard: any exception becomes the check's error.
template <typename Work> auto guarded(Work work)
{
    return [work = std::move(work)]() {
        try {
            return work();
        } catch (const Error& e) {
            decltype(work()) check;
            check.error = e.message();
            return check;
        } catch (const std::exception& e) {
            decltype(work()) check;
            check.error = QString::fromLocal8Bit(e.what());
            return check;
        }
    };
}

} // namespace

GoLivePage::GoLivePage(QWidget* parent)
    : QWizardPage(parent)
    , m_clock(new QLabel(QStringLiteral("0:00:00"), this))
    , m_clockCaption(new QLabel(this))
    , m_override(new QCheckBox(tr("Allow a step &out of order (recorded in the report as an override)"), this))
    , m_storeUrlEdit(new QLineEdit(this))
    , m_addressEdit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_export(new QPushButton(tr("&Export report..."), this))
    , m_output(new QPlainTextEdit(this))
    , m_user(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")))
{
    setTitle(tr("Go-live"));
    setSubTitle(tr("The cut-over, step by step and timed: downtime starts when Magento 1 goes into maintenance and "
                   "ends when the store opens. Each step records who did it, when, and what Cutover checked."));
    m_clock->setObjectName(QStringLiteral("clock"));
    m_clockCaption->setObjectName(QStringLiteral("clock-caption"));
    m_override->setObjectName(QStringLiteral("override"));
    m_storeUrlEdit->setObjectName(QStringLiteral("store-url"));
    m_storeUrlEdit->setAccessibleName(tr("Store address"));
    m_addressEdit->setObjectName(QStringLiteral("new-address"));
    m_addressEdit->setAccessibleName(tr("New server address"));
    m_storeUrlEdit->setPlaceholderText(tr("https://shop.example.com/"));
    m_addressEdit->setPlaceholderText(tr("203.0.113.7"));
    m_storeUrlEdit->setToolTip(tr("The store's address: the DNS check resolves its host name."));
    m_addressEdit->setToolTip(tr("The Magento 2 server's IP address: where the store's host name must point after "
                                 "the switch, and where the warm-up sends its requests before it does."));
    m_error->setObjectName(QStringLiteral("error"));
    m_bar->setObjectName(QStringLiteral("progress"));
    m_bar->setAccessibleName(tr("Go-live progress"));
    m_status->setObjectName(QStringLiteral("status"));
    m_stop->setObjectName(QStringLiteral("stop"));
    m_export->setObjectName(QStringLiteral("export"));
    m_output->setObjectName(QStringLiteral("output"));
    m_output->setAccessibleName(tr("Output of the current step"));

    QFont big = m_clock->font();
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_clock->setFont(big);
    tones::apply(m_error, tones::Tone::Error);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_status->setWordWrap(true);
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setTextVisible(false);
    m_stop->setEnabled(false);
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(maxOutputLines);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("What bin/magento prints appears here."));
    m_output->setMaximumHeight(m_output->fontMetrics().lineSpacing() * 5 + 12);

    auto* header = new QHBoxLayout;
    auto* clockBox = new QVBoxLayout;
    clockBox->addWidget(m_clock);
    clockBox->addWidget(m_clockCaption);
    header->addLayout(clockBox);
    header->addStretch();
    auto* addresses = new QGridLayout;
    addresses->addWidget(new QLabel(tr("Store address:"), this), 0, 0);
    addresses->addWidget(m_storeUrlEdit, 0, 1);
    addresses->addWidget(new QLabel(tr("Magento 2 server IP:"), this), 1, 0);
    addresses->addWidget(m_addressEdit, 1, 1);
    header->addLayout(addresses);
    header->addWidget(m_export, 0, Qt::AlignTop);

    // One row per step: state, title, who/when, action, tick, undo; what Cutover checked on the line below.
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    const QVector<GoLiveStep> steps = GoLiveChecklist::steps();
    for (int i = 0; i < steps.size(); ++i) {
        const GoLiveStep& step = steps[i];
        const QString key = shortId(step.id);
        Row r;
        r.id = step.id;
        r.state = new QLabel(this);
        r.title = new QLabel(QStringLiteral("<b>%1. %2</b>").arg(i + 1).arg(step.title.toHtmlEscaped()), this);
        r.title->setToolTip(step.help);
        r.who = new QLabel(this);
        r.note = new QLabel(this);
        r.note->setWordWrap(true);
        r.note->setTextInteractionFlags(Qt::TextSelectableByMouse);
        r.note->setStyleSheet(QStringLiteral("color: palette(mid)"));
        QString actionText;
        if (step.id == QLatin1String(GoLiveChecklist::maintenanceOn))
            actionText = tr("Create maintenance.flag");
        else if (step.id == QLatin1String(GoLiveChecklist::deltaStopped))
            actionText = tr("Wait and stop delta");
        else if (step.id == QLatin1String(GoLiveChecklist::cronStarted))
            actionText = tr("Run cron:install");
        else if (step.id == QLatin1String(GoLiveChecklist::stockReindexed))
            actionText = tr("Reindex stock");
        else if (step.id == QLatin1String(GoLiveChecklist::cacheWarmed))
            actionText = tr("Warm the cache");
        else if (step.id == QLatin1String(GoLiveChecklist::finalVerification))
            actionText = tr("Verify");
        else if (step.id == QLatin1String(GoLiveChecklist::dnsSwitched))
            actionText = tr("Check DNS");
        if (!actionText.isEmpty()) {
            r.action = new QPushButton(actionText, this);
            r.action->setObjectName(QStringLiteral("action-") + key);
            connect(r.action, &QPushButton::clicked, this, [this, id = step.id]() { onAction(id); });
        }
        r.tick = new QCheckBox(tr("Done"), this);
        r.undo = new QPushButton(tr("Undo"), this);
        r.state->setObjectName(QStringLiteral("state-") + key);
        r.who->setObjectName(QStringLiteral("who-") + key);
        r.note->setObjectName(QStringLiteral("note-") + key);
        r.tick->setObjectName(QStringLiteral("tick-") + key);
        r.undo->setObjectName(QStringLiteral("undo-") + key);
        connect(r.tick, &QCheckBox::clicked, this, [this, id = step.id]() { onTick(id); });
        connect(r.undo, &QPushButton::clicked, this, [this, id = step.id]() { onUndo(id); });
        const int line = i * 2;
        grid->addWidget(r.state, line, 0);
        grid->addWidget(r.title, line, 1);
        grid->addWidget(r.who, line, 2);
        if (r.action)
            grid->addWidget(r.action, line, 3);
        grid->addWidget(r.tick, line, 4);
        grid->addWidget(r.undo, line, 5);
        grid->addWidget(r.note, line + 1, 1, 1, 5);
        m_rows.append(r);
    }
    grid->setColumnStretch(1, 1);
    auto* rows = new QWidget;
    rows->setLayout(grid);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(rows);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* progress = new QHBoxLayout;
    progress->addWidget(m_bar, 1);
    progress->addWidget(m_stop);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_override);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addLayout(progress);
    layout->addWidget(m_status);
    layout->addWidget(m_output);

    // Tab in reading order: the header's fields, then its Export button, then the checklist.
    setTabOrder(m_addressEdit, m_export);
    connect(m_stop, &QPushButton::clicked, this, &GoLivePage::onStop);
    for (QLineEdit* edit : { m_storeUrlEdit, m_addressEdit }) {
        connect(edit, &QLineEdit::textEdited, this, [this]() {
            m_storeUrl = m_storeUrlEdit->text().trimmed();
            m_newAddress = m_addressEdit->text().trimmed();
            m_hints.remove(QLatin1String(GoLiveChecklist::dnsSwitched));
            refresh();
        });
    }
    connect(m_export, &QPushButton::clicked, this, &GoLivePage::exportReport);
    connect(&m_checkWatcher, &QFutureWatcher<Check>::finished, this, &GoLivePage::onCheckFinished);
    connect(&m_saveWatcher, &QFutureWatcher<Saved>::finished, this, &GoLivePage::onSaved);
    for (QLineEdit* edit : { m_storeUrlEdit, m_addressEdit })
        connect(edit, &QLineEdit::editingFinished, this, &GoLivePage::saveAddresses);
    connect(&m_addressWatcher, &QFutureWatcher<QString>::finished, this, [this]() {
        const QString error = m_addressWatcher.result();
        if (!error.isEmpty())
            showError(tr("Could not save the addresses in %1: %2").arg(QDir::toNativeSeparators(m_projectPath), error));
        if (std::exchange(m_addressPending, false))
            saveAddresses();
    });
    connect(&m_loadWatcher, &QFutureWatcher<Project>::finished, this, [this]() {
        const Project project = m_loadWatcher.result();
        // The addresses the user gave before a restart, unless they typed others meanwhile.
        if (m_storeUrlEdit->text().isEmpty() && m_addressEdit->text().isEmpty()
            && !(project.storeUrl.isEmpty() && project.newServerAddress.isEmpty()))
            setStoreAddress(project.storeUrl, project.newServerAddress);
        if (m_busy || m_saves != m_savesAtLoad)
            return; // a save is on its way, or made since: it brings the file's ticks
        m_progress = project.progress;
        refresh();
    });
    connect(&m_rootsWatcher, &QFutureWatcher<Roots>::finished, this, [this]() {
        m_roots = m_rootsWatcher.result();
        m_rootsKnown = true;
        refresh();
    });
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &GoLivePage::updateClock);
    m_clockTimer.start();
    m_deltaPoll.setInterval(500);
    connect(&m_deltaPoll, &QTimer::timeout, this, [this]() {
        if (m_delta)
            onDeltaFigures(m_delta->figures());
    });
    refresh();
}

GoLivePage::~GoLivePage()
{
    // Every worker stops at its next batch and is waited for, so that none outlives the page.
    if (m_cancel)
        m_cancel->store(true);
    if (m_warmer)
        m_warmer->cancel();
    if (m_verifyControl)
        m_verifyControl->cancel();
    m_magento.reset();
    m_checkWatcher.waitForFinished();
    m_saveWatcher.waitForFinished();
    m_addressWatcher.waitForFinished();
    m_loadWatcher.waitForFinished();
    m_rootsWatcher.waitForFinished();
}

void GoLivePage::setProjectPath(const QString& path)
{
    m_projectPath = path;
    if (path.isEmpty())
        return;
    m_savesAtLoad = m_saves;
    m_loadWatcher.setFuture(QtConcurrent::run([path]() {
        try {
            return Project::load(path);
        } catch (const Error&) {
            return Project(); // the wizard reports an unreadable project where it opens it
        }
    }));
}

void GoLivePage::saveAddresses()
{
    if (m_projectPath.isEmpty())
        return;
    // Kept in the project, so that a restart during go-live keeps them; saved under its lock, never on this thread.
    if (m_addressWatcher.isRunning()) {
        m_addressPending = true; // saved again when this one ends
        return;
    }
    m_addressWatcher.setFuture(
        QtConcurrent::run([path = m_projectPath, url = m_storeUrl, address = m_newAddress]() -> QString {
            try {
                Project::update(path, [&](Project& project) {
                    project.storeUrl = url;
                    project.newServerAddress = address;
                });
                return {};
            } catch (const Error& e) {
                return e.message();
            }
        }));
}

void GoLivePage::setConnections(const std::optional<ConnectionProfile>& source, const QString& sourcePassword,
    const std::optional<ConnectionProfile>& destination, const QString& destinationPassword)
{
    m_source = source;
    m_sourcePassword = sourcePassword;
    m_destination = destination;
    m_destinationPassword = destinationPassword;
    refresh();
}

void GoLivePage::setStoreRoots(const QString& m1Root, const QString& m2Root, const QString& sshTarget)
{
    m_m1Root = m1Root;
    m_m2Root = m2Root;
    m_sshTarget = sshTarget;
    checkRoots();
}

void GoLivePage::checkRoots()
{
    m_rootsKnown = false;
    refresh();
    const QString m1Root = m_m1Root;
    ReindexOptions options;
    options.magentoRoot = m_m2Root;
    options.sshTarget = m_sshTarget;
    m_rootsWatcher.setFuture(QtConcurrent::run([m1Root, options]() {
        Roots roots;
        const QDir root(m1Root);
        if (m1Root.isEmpty())
            roots.m1Problem = tr("no Magento 1 folder is set");
        else if (!root.exists(QStringLiteral("index.php")) || !root.exists(QStringLiteral("app/Mage.php")))
            roots.m1Problem = tr("%1 is not a Magento 1 root on this computer").arg(QDir::toNativeSeparators(m1Root));
        else if (!QFileInfo(m1Root).isWritable())
            roots.m1Problem = tr("%1 is not writable by you").arg(QDir::toNativeSeparators(m1Root));
        roots.m2Problem = ReindexRunner(options).problem();
        return roots;
    }));
}

void GoLivePage::setStoreAddress(const QString& storeUrl, const QString& newServerAddress)
{
    m_storeUrl = storeUrl.trimmed();
    m_newAddress = newServerAddress.trimmed();
    m_storeUrlEdit->setText(m_storeUrl);
    m_addressEdit->setText(m_newAddress);
    refresh();
}

void GoLivePage::setDeltaSync(DeltaSync* sync)
{
    if (m_delta)
        m_delta->disconnect(this);
    m_delta = sync;
    if (!sync)
        return;
    connect(sync, &DeltaSync::figuresChanged, this, &GoLivePage::onDeltaFigures);
    connect(sync, &DeltaSync::finished, this, [this]() {
        if (m_deltaStopping)
            onDeltaFinished();
    });
    refresh();
}

GoLivePage::Row& GoLivePage::row(const QString& id)
{
    for (Row& r : m_rows) {
        if (r.id == id)
            return r;
    }
    Q_UNREACHABLE();
}

bool GoLivePage::canAct(const QString& id, QString* why) const
{
    QString reason;
    if (id == QLatin1String(GoLiveChecklist::maintenanceOn))
        reason = !m_rootsKnown ? tr("checking the Magento 1 folder") : m_roots.m1Problem;
    else if (id == QLatin1String(GoLiveChecklist::deltaStopped))
        reason = (m_delta && m_delta->isRunning()) || m_source ? QString() : tr("no delta and no Magento 1 connection");
    else if (id == QLatin1String(GoLiveChecklist::cronStarted) || id == QLatin1String(GoLiveChecklist::stockReindexed))
        reason = !m_rootsKnown ? tr("checking the Magento 2 folder") : m_roots.m2Problem;
    else if (id == QLatin1String(GoLiveChecklist::cacheWarmed))
        reason = m_destination ? QString() : tr("no Magento 2 connection");
    else if (id == QLatin1String(GoLiveChecklist::finalVerification))
        reason = !m_source || !m_destination ? tr("connect to both databases first")
            : m_dmtPath.isEmpty()            ? tr("no Data Migration Tool configuration is set")
                                             : QString();
    else if (id == QLatin1String(GoLiveChecklist::dnsSwitched))
        reason = m_storeUrl.isEmpty() || m_newAddress.isEmpty()
            ? tr("give the store's address and the Magento 2 server's IP address")
            : QString();
    else
        reason = tr("only you can say the store is open");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

void GoLivePage::refresh()
{
    const GoLiveChecklist list(m_progress);
    const QString next = list.next();
    for (Row& r : m_rows) {
        const ChecklistTick* tick = list.tick(r.id);
        const bool done = tick != nullptr;
        QString why;
        const bool cutoverActs = canAct(r.id, &why);
        QString state;
        if (r.id == m_running)
            state = tr("running");
        else if (done)
            state = tr("done");
        else if (r.id == next)
            state = tr("next");
        else
            state = tr("to do");
        r.state->setText(state);
        tones::applyIf(r.state, done, tones::Tone::Success, QStringLiteral("font-weight: bold"));
        r.who->setText(done
                ? tr("%1, %2").arg(tick->by, QLocale().toString(tick->at.toLocalTime(), QLocale::ShortFormat))
                : QString());
        QString note;
        if (done)
            note = tick->note;
        else if (m_hints.contains(r.id))
            note = m_hints.value(r.id);
        else if (!cutoverActs && r.id != QLatin1String(GoLiveChecklist::storeOpen))
            note = tr("Cutover cannot do this here (%1): do it yourself and tick it.").arg(why);
        r.note->setText(note);
        if (r.action) {
            r.action->setEnabled(!m_busy && !done && cutoverActs);
            r.action->setToolTip(cutoverActs ? QString() : why);
        }
        // The user ticks where Cutover cannot act, and always for DNS (after its check) and the store's opening.
        const bool manual = !cutoverActs || r.id == QLatin1String(GoLiveChecklist::dnsSwitched)
            || r.id == QLatin1String(GoLiveChecklist::storeOpen);
        // While the folders are being looked at, neither Cutover nor the user can tell who acts.
        const bool pending = !m_rootsKnown
            && (r.id == QLatin1String(GoLiveChecklist::maintenanceOn)
                || r.id == QLatin1String(GoLiveChecklist::cronStarted)
                || r.id == QLatin1String(GoLiveChecklist::stockReindexed));
        r.tick->setChecked(done);
        r.tick->setEnabled(!m_busy && !done && manual && !pending);
        const bool undoable = done && list.whyNot(r.id, false).isEmpty();
        r.undo->setVisible(undoable);
        r.undo->setEnabled(!m_busy && undoable);
    }
    m_export->setEnabled(!m_projectPath.isEmpty());
    m_stop->setEnabled(m_busy && m_running != QString() && !m_saveWatcher.isRunning());
    updateClock();
}

void GoLivePage::updateClock()
{
    const GoLiveChecklist list(m_progress);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_clock->setText(GoLiveChecklist::clock(list.downtimeSeconds(now)));
    const auto started = list.downtimeStarted();
    const auto ended = list.downtimeEnded();
    if (!started)
        m_clockCaption->setText(tr("downtime: not started"));
    else if (ended)
        m_clockCaption->setText(tr("downtime: ended, from %1 to %2")
                                    .arg(QLocale().toString(started->toLocalTime().time(), QLocale::LongFormat),
                                        QLocale().toString(ended->toLocalTime().time(), QLocale::LongFormat)));
    else
        m_clockCaption->setText(tr("downtime: running since %1")
                                    .arg(QLocale().toString(started->toLocalTime().time(), QLocale::LongFormat)));
    tones::applyIf(m_clock, started && !ended, tones::Tone::Error);
}

void GoLivePage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool GoLivePage::orderAllows(const QString& id, QString& overrideNote)
{
    overrideNote.clear();
    const GoLiveChecklist list(m_progress);
    if (list.isDone(id))
        return false;
    const QString why = list.whyNot(id, true);
    if (why.isEmpty())
        return true;
    if (!m_override->isChecked()) {
        showError(tr("%1 Do the steps before it first, or check \"Allow a step out of order\" to skip ahead; the "
                     "report then shows the override.")
                      .arg(why));
        return false;
    }
    overrideNote = tr("overridden: %1").arg(why) + QLatin1Char(' ');
    return true;
}

void GoLivePage::onAction(const QString& id)
{
    if (m_busy)
        return;
    showError({});
    QString prefix;
    if (!orderAllows(id, prefix))
        return;
    if (id == QLatin1String(GoLiveChecklist::maintenanceOn))
        runMaintenance(prefix);
    else if (id == QLatin1String(GoLiveChecklist::deltaStopped))
        runDeltaStop(prefix);
    else if (id == QLatin1String(GoLiveChecklist::cronStarted) || id == QLatin1String(GoLiveChecklist::stockReindexed))
        runMagento(id, prefix);
    else if (id == QLatin1String(GoLiveChecklist::cacheWarmed))
        runWarm(prefix);
    else if (id == QLatin1String(GoLiveChecklist::finalVerification))
        runVerification(prefix);
    else if (id == QLatin1String(GoLiveChecklist::dnsSwitched))
        runDns(prefix, false);
}

void GoLivePage::onTick(const QString& id)
{
    refresh(); // the box shows the saved state until the tick is saved
    if (m_busy)
        return;
    showError({});
    QString prefix;
    if (!orderAllows(id, prefix))
        return;
    if (id == QLatin1String(GoLiveChecklist::dnsSwitched)) {
        runDns(prefix, true);
        return;
    }
    if (id == QLatin1String(GoLiveChecklist::storeOpen)) {
        // The note's downtime and the tick's time are the same moment.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 downtime = GoLiveChecklist(m_progress).downtimeSeconds(now);
        save(id, true,
            prefix + tr("Store opened by %1 after %2 of downtime.").arg(m_user, GoLiveChecklist::clock(downtime)), now);
        return;
    }
    QString why;
    canAct(id, &why);
    save(id, true, prefix + tr("Ticked by %1; not checked by Cutover (%2).").arg(m_user, why));
}

void GoLivePage::onUndo(const QString& id)
{
    if (m_busy)
        return;
    showError({});
    const QString why = GoLiveChecklist(m_progress).whyNot(id, false);
    if (!why.isEmpty()) {
        showError(why);
        return;
    }
    if (id == QLatin1String(GoLiveChecklist::maintenanceOn) && m_roots.m1Problem.isEmpty() && !m_m1Root.isEmpty()) {
        // Go-live called off: Magento 1 takes orders again.
        const QString root = m_m1Root;
        startCheck(id, {}, Mode::Untick, tr("Removing maintenance.flag..."), [root]() {
            Check check;
            const bool was = MaintenanceFlag::isOn(root);
            MaintenanceFlag::set(root, false);
            check.ok = true;
            check.note = was ? tr("Undone: maintenance.flag removed from %1.").arg(QDir::toNativeSeparators(root))
                             : tr("Undone: there was no maintenance.flag in %1.").arg(QDir::toNativeSeparators(root));
            return check;
        });
        return;
    }
    save(id, false, tr("Undone by %1.").arg(m_user));
}

void GoLivePage::begin(const QString& id, const QString& status, bool determinate)
{
    m_busy = true;
    m_running = id;
    m_status->setText(status);
    m_bar->setRange(0, determinate ? 1000 : 0);
    m_bar->setValue(0);
    refresh();
}

void GoLivePage::end()
{
    m_busy = false;
    m_running.clear();
    m_deltaWaiting = false;
    m_deltaStopping = false;
    m_deltaPoll.stop();
    m_cancel.reset();
    m_warmer.reset();
    m_verifyControl.reset();
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    refresh();
}

void GoLivePage::setProgress(qint64 done, qint64 total, const QString& text)
{
    if (!m_busy)
        return;
    if (total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    }
    m_status->setText(text);
}

void GoLivePage::startCheck(
    const QString& id, const QString& prefix, Mode mode, const QString& status, std::function<Check()> work)
{
    m_prefix = prefix;
    m_mode = mode;
    m_hints.remove(id);
    begin(id, status, false);
    m_checkWatcher.setFuture(QtConcurrent::run(guarded(std::move(work))));
}

void GoLivePage::onCheckFinished()
{
    const Check check = m_checkWatcher.result();
    const QString id = m_running;
    const Mode mode = m_mode;
    const QString prefix = m_prefix;
    end();
    if (!check.ok) {
        if (!id.isEmpty())
            m_hints.insert(id, check.error);
        m_status->setText(id.isEmpty() ? check.error : tr("Not done: %1").arg(titleOf(id)));
        showError(check.error);
        refresh();
        return;
    }
    if (mode == Mode::Show) {
        if (!id.isEmpty())
            m_hints.insert(id, check.note);
        m_status->setText(check.note);
        refresh();
        return;
    }
    save(id, mode == Mode::Tick, prefix + check.note);
}

void GoLivePage::save(const QString& id, bool ticked, const QString& note, const QDateTime& when)
{
    const QString user = m_user;
    const QDateTime at = when.isValid() ? when : QDateTime::currentDateTimeUtc();
    ++m_saves;
    if (m_projectPath.isEmpty()) {
        m_progress.setTicked(id, ticked, user, at, note);
        m_hints.remove(id);
        refresh();
        Q_EMIT checklistChanged();
        return;
    }
    m_busy = true;
    m_status->setText(tr("Saving to %1...").arg(QDir::toNativeSeparators(m_projectPath)));
    refresh();
    const QString path = m_projectPath;
    // Under the project's file lock, which a command may hold for a moment: never on this thread.
    m_saveWatcher.setFuture(QtConcurrent::run([path, id, ticked, user, at, note]() {
        Saved saved;
        saved.id = id;
        saved.ticked = ticked;
        try {
            saved.progress = Project::update(path, [&](Project& project) {
                project.progress.setTicked(id, ticked, user, at, note);
            }).progress;
            saved.ok = true;
        } catch (const Error& e) {
            saved.error = e.message();
        }
        return saved;
    }));
}

void GoLivePage::onSaved()
{
    const Saved saved = m_saveWatcher.result();
    m_busy = false;
    if (!saved.ok) {
        showError(
            tr("Could not save the checklist in %1: %2").arg(QDir::toNativeSeparators(m_projectPath), saved.error));
        m_status->clear();
        refresh();
        return;
    }
    m_progress = saved.progress;
    m_hints.remove(saved.id);
    m_status->setText(saved.ticked ? tr("Done: %1").arg(titleOf(saved.id)) : tr("Undone: %1").arg(titleOf(saved.id)));
    refresh();
    Q_EMIT checklistChanged();
}

void GoLivePage::onStop()
{
    if (!m_busy)
        return;
    if (m_deltaWaiting && !m_deltaStopping) {
        end();
        m_status->setText(tr("Stopped waiting; the delta goes on. Click \"Wait and stop delta\" again when ready."));
        return;
    }
    if (m_magento)
        m_magento->cancel();
    if (m_cancel)
        m_cancel->store(true);
    if (m_warmer)
        m_warmer->cancel();
    if (m_verifyControl)
        m_verifyControl->cancel();
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping..."));
}

QString GoLivePage::rateText(double perSecond, qint64 etaSeconds, const QString& unit)
{
    QString text = tr("%1 %2/s").arg(QLocale().toString(perSecond, 'f', 1), unit);
    if (etaSeconds >= 0)
        text += tr(", %1 left").arg(GoLiveChecklist::clock(etaSeconds));
    return text;
}

// 1. Maintenance ---------------------------------------------------------------------------------------------------

void GoLivePage::runMaintenance(const QString& prefix)
{
    const QString root = m_m1Root;
    startCheck(QLatin1String(GoLiveChecklist::maintenanceOn), prefix, Mode::Tick, tr("Creating maintenance.flag..."),
        [root]() {
            Check check;
            MaintenanceFlag::set(root, true);
            check.ok = MaintenanceFlag::isOn(root);
            check.note = tr("maintenance.flag created in %1.").arg(QDir::toNativeSeparators(root));
            check.error = tr("%1 is not there after creating it.").arg(MaintenanceFlag::path(root));
            return check;
        });
}

// 2. Delta ---------------------------------------------------------------------------------------------------------

void GoLivePage::runDeltaStop(const QString& prefix)
{
    const QString id = QLatin1String(GoLiveChecklist::deltaStopped);
    if (m_delta && m_delta->isRunning()) {
        // Wait for a figure reported after this moment that says zero, then stop the loop and read the log again.
        m_prefix = prefix;
        m_mode = Mode::Tick;
        m_hints.remove(id);
        m_deltaWaiting = true;
        m_deltaStopping = false;
        m_deltaWaitStarted = QDateTime::currentDateTimeUtc();
        const DeltaFigures figures = m_delta->figures();
        m_deltaInitialBacklog = figures.backlog;
        m_deltaAppliedAtStart = figures.applied;
        begin(id,
            tr("Waiting for the delta to empty its backlog (%1 change(s))...").arg(QLocale().toString(figures.backlog)),
            true);
        m_deltaPoll.start();
        return;
    }
    if (!m_source) {
        showError(tr("No delta runs and no Magento 1 connection is set: Cutover cannot see the backlog. Connect on "
                     "the Connections page, or tick the step yourself once the delta has applied everything."));
        return;
    }
    const ConnectionProfile source = *m_source;
    const QString password = m_sourcePassword;
    startCheck(id, prefix, Mode::Tick, tr("Reading the delta backlog on %1...").arg(source.displayName()),
        [source, password]() {
            Check check;
            Database db(source, password, QStringLiteral("golive-delta"));
            const CaptureStatus status = DeltaCapture::status(db);
            if (!status.installed) {
                check.ok = true;
                check.note
                    = tr("Delta not running and no change capture on %1: nothing to carry.").arg(source.displayName());
            } else if (status.backlog > 0) {
                check.error
                    = tr("%1 change(s) made on Magento 1 are not in Magento 2 yet (the oldest %2 ago) and the "
                         "delta is not running. Start it on the Live changes page, then click \"Wait and "
                         "stop delta\": Cutover waits for an empty backlog and stops it.")
                          .arg(QLocale().toString(status.backlog), GoLiveChecklist::clock(qint64(status.lagSeconds)));
            } else {
                check.ok = true;
                check.note = tr("Delta not running; the change log on %1 has no unapplied change (applied up to #%2).")
                                 .arg(source.displayName())
                                 .arg(status.appliedSeq);
            }
            return check;
        });
}

void GoLivePage::onDeltaFigures(const DeltaFigures& figures)
{
    if (!m_deltaWaiting || m_deltaStopping)
        return;
    const qint64 waited = m_deltaWaitStarted.secsTo(QDateTime::currentDateTimeUtc());
    const qint64 applied = figures.applied - m_deltaAppliedAtStart;
    const double rate = waited > 0 ? double(applied) / double(waited) : 0;
    const qint64 eta = rate > 0 ? qint64(double(figures.backlog) / rate) : -1;
    const qint64 total = std::max(m_deltaInitialBacklog, applied + figures.backlog);
    setProgress(total - figures.backlog, total,
        tr("Waiting for the delta: %1 change(s) left, %2 applied while waiting (%3), %4 waited.")
            .arg(QLocale().toString(figures.backlog), QLocale().toString(applied), rateText(rate, eta, tr("changes")),
                GoLiveChecklist::clock(waited)));
    if (!m_delta || !m_delta->isRunning()) {
        end();
        showError(tr("The delta stopped before its backlog was empty: start it again on the Live changes page."));
        return;
    }
    // Only a figure measured after the wait began counts: an older zero may predate the last orders.
    if (figures.backlog != 0 || !figures.updated.isValid() || figures.updated < m_deltaWaitStarted)
        return;
    m_deltaStopping = true;
    m_status->setText(tr("Backlog empty: stopping the delta..."));
    m_stop->setEnabled(false);
    m_delta->stop();
}

void GoLivePage::onDeltaFinished()
{
    const QDateTime started = m_deltaWaitStarted;
    const qint64 applied = (m_delta ? m_delta->figures().applied : m_deltaAppliedAtStart) - m_deltaAppliedAtStart;
    m_deltaStopping = false;
    m_deltaWaiting = false;
    m_deltaPoll.stop();
    const QString prefix = m_prefix;
    const QString id = m_running;
    if (!m_source) {
        const qint64 waited = started.msecsTo(QDateTime::currentDateTimeUtc());
        end();
        save(id, true,
            prefix
                + tr("Delta stopped with an empty backlog after waiting %1 (%2 change(s) applied meanwhile).")
                      .arg(duration(waited), QLocale().toString(applied)));
        return;
    }
    // The loop is stopped: the change log itself must say zero, or changes arrived after its last batch.
    const ConnectionProfile source = *m_source;
    const QString password = m_sourcePassword;
    m_running.clear();
    m_busy = false;
    startCheck(id, prefix, Mode::Tick, tr("Delta stopped; reading its change log once more..."),
        [source, password, started, applied]() {
            Check check;
            Database db(source, password, QStringLiteral("golive-delta"));
            const CaptureStatus status = DeltaCapture::status(db);
            const qint64 waited = started.msecsTo(QDateTime::currentDateTimeUtc());
            if (status.backlog > 0) {
                check.error = tr("The delta is stopped, but %1 change(s) arrived on Magento 1 after its last batch. Is "
                                 "Magento 1 really in maintenance? Start the delta again on the Live changes page and "
                                 "click \"Wait and stop delta\" once more.")
                                  .arg(QLocale().toString(status.backlog));
                return check;
            }
            check.ok = true;
            check.note = tr("Delta stopped with an empty backlog after waiting %1 (%2 change(s) applied meanwhile; "
                            "applied up to #%3).")
                             .arg(duration(waited), QLocale().toString(applied))
                             .arg(status.appliedSeq);
            return check;
        });
}

// 3. and 4. bin/magento ----------------------------------------------------------------------------------------------

void GoLivePage::runMagento(const QString& id, const QString& prefix)
{
    const bool cron = id == QLatin1String(GoLiveChecklist::cronStarted);
    ReindexOptions options;
    options.magentoRoot = m_m2Root;
    options.sshTarget = m_sshTarget;
    if (cron)
        options.command = { QStringLiteral("cron:install") };
    else
        options.indexers = { QStringLiteral("cataloginventory_stock") };
    m_magento = std::make_unique<ReindexRunner>(options);
    m_prefix = prefix;
    m_mode = Mode::Tick;
    m_hints.remove(id);
    m_output->appendPlainText(tr("Running on %1: %2").arg(m_magento->host(), m_magento->commandLine()));
    begin(id, tr("Running %1 on %2...").arg(m_magento->commandLine(), m_magento->host()), false);
    connect(m_magento.get(), &ReindexRunner::outputLine, m_output, &QPlainTextEdit::appendPlainText);
    connect(m_magento.get(), &ReindexRunner::indexerStarted, this,
        [this](const QString& title) { m_status->setText(tr("Rebuilding %1...").arg(title)); });
    connect(m_magento.get(), &ReindexRunner::indexerFinished, this, [this, id](const IndexerState& state) {
        row(id).note->setText(state.status == IndexerState::Failed ? tr("%1 failed: %2").arg(state.title, state.error)
                                                                   : tr("%1 rebuilt.").arg(state.title));
    });
    connect(m_magento.get(), &ReindexRunner::finished, this, [this, id, cron](const ReindexResult& result) {
        // The runner is done with its signal: it goes once the event loop is back.
        m_magento.release()->deleteLater();
        const QString prefix = m_prefix;
        end();
        const QString command = cron ? QStringLiteral("bin/magento cron:install")
                                     : QStringLiteral("bin/magento indexer:reindex cataloginventory_stock");
        if (result.status == ReindexResult::Cancelled) {
            m_status->setText(tr("%1 stopped; nothing was ticked.").arg(command));
            m_hints.insert(id, tr("Stopped: run it again."));
            refresh();
            return;
        }
        if (result.status == ReindexResult::Failed) {
            QString text = result.error;
            for (const IndexerState& state : result.indexers) {
                if (state.status == IndexerState::Failed)
                    text += QLatin1Char('\n') + state.output.join(QLatin1Char('\n'));
            }
            m_hints.insert(id, text);
            m_status->setText(tr("%1 failed on %2.").arg(command, result.host));
            showError(text);
            refresh();
            return;
        }
        QString note;
        if (cron) {
            note
                = tr("%1 ran on %2: %3")
                      .arg(command, result.host,
                          result.output.isEmpty() ? tr("no output, exit code 0") : result.output.constLast().trimmed());
        } else {
            QStringList rebuilt;
            for (const IndexerState& state : result.indexers)
                rebuilt << tr("%1 rebuilt in %2")
                               .arg(state.title, GoLiveChecklist::clock(std::max<qint64>(state.seconds, 0)));
            note = tr("%1 ran on %2: %3.")
                       .arg(command, result.host,
                           rebuilt.isEmpty() ? tr("no indexer reported") : rebuilt.join(QStringLiteral(", ")));
        }
        save(id, true, prefix + note);
    });
    m_magento->start();
}

// 5. Cache warm-up ---------------------------------------------------------------------------------------------------

void GoLivePage::runWarm(const QString& prefix)
{
    CacheWarmOptions options = m_warmDefaults;
    options.destination = m_destination;
    options.password = m_destinationPassword;
    const QUrl store = QUrl::fromUserInput(m_storeUrl);
    if (!m_newAddress.isEmpty() && !store.host().isEmpty()) {
        // Before DNS points at the new server, the store's own host name is sent there.
        options.overrideHost = store.host();
        options.overrideAddress = m_newAddress;
    }
    m_warmer = std::make_shared<CacheWarmer>(options);
    const std::shared_ptr<CacheWarmer> warmer = m_warmer;
    startCheck(QLatin1String(GoLiveChecklist::cacheWarmed), prefix, Mode::Tick, tr("Reading the store's pages..."),
        [this, warmer, projectPath = m_projectPath]() {
            Check check;
            const QDateTime started = QDateTime::currentDateTimeUtc();
            const CacheWarmResult result = warmer->run([this](const CacheWarmProgress& p) {
                QMetaObject::invokeMethod(
                    this,
                    [this, p]() {
                        setProgress(p.done, p.total,
                            tr("Warming: %1 of %2 pages, %3 failed (%4).")
                                .arg(QLocale().toString(p.done), QLocale().toString(p.total),
                                    QLocale().toString(p.failed),
                                    rateText(p.pagesPerSecond, p.etaSeconds, tr("pages"))));
                    },
                    Qt::QueuedConnection);
            });
            QString slowest;
            if (!result.slowest.isEmpty())
                slowest = tr("; slowest %1 (%2 ms)")
                              .arg(result.slowest.constFirst().url.toString())
                              .arg(result.slowest.constFirst().ms);
            const QString summary = tr("%1 pages fetched in %2: %3 answered, %4 redirected, %5 failed%6.")
                                        .arg(QLocale().toString(result.done), duration(result.elapsedMs),
                                            QLocale().toString(result.succeeded), QLocale().toString(result.redirected),
                                            QLocale().toString(result.failed), slowest);
            // Recorded as `cutover-cli warm` records it, for the report's cache warm-up section.
            const RunOutcome outcome = result.status == CacheWarmResult::Cancelled ? RunOutcome::Cancelled
                : result.status == CacheWarmResult::Succeeded && result.failed == 0 ? RunOutcome::Succeeded
                                                                                    : RunOutcome::Failed;
            recordRunInBackground(projectPath,
                RunRecord::endingNow(QStringLiteral("wizard warm"), started, outcome,
                    tr("%1 of %2 pages, %3 failed")
                        .arg(QLocale().toString(result.done), QLocale().toString(result.total),
                            QLocale().toString(result.failed)),
                    result.toJson()));
            switch (result.status) {
            case CacheWarmResult::Succeeded:
                // Some pages may fail (a product gone since); none answering means the store is not there.
                if (result.done > 0 && result.succeeded + result.redirected == 0) {
                    check.error
                        = tr("No page answered: %1 First: %2 (%3). Check the store's address and the "
                             "Magento 2 server's IP address above, and that the web server runs.")
                              .arg(summary, result.failures.value(0).url.toString(), result.failures.value(0).error);
                    break;
                }
                check.ok = true;
                check.note = summary;
                break;
            case CacheWarmResult::Cancelled:
                check.error = tr("Warm-up stopped after %1 pages; nothing was ticked.").arg(result.done);
                break;
            case CacheWarmResult::Failed:
                check.error = tr("The warm-up failed: %1").arg(result.error);
                break;
            }
            return check;
        });
}

// 6. Final verification ----------------------------------------------------------------------------------------------

void GoLivePage::runVerification(const QString& prefix)
{
    MigrationEnvironment env;
    env.source = { *m_source, m_sourcePassword };
    env.destination = { *m_destination, m_destinationPassword };
    const QString dmtPath = m_dmtPath;
    const QString projectPath = m_projectPath;
    const QString m1Root = m_m1Root;
    const QString m2Root = m_m2Root;
    const StepOptions stepOptions = m_stepOptions;
    const StepFactory factory = m_stepFactory;
    m_verifyControl = std::make_shared<RunControl>();
    const std::shared_ptr<RunControl> control = m_verifyControl;
    startCheck(QLatin1String(GoLiveChecklist::finalVerification), prefix, Mode::Tick,
        tr("Verifying the migrated data once more..."),
        [this, env, dmtPath, projectPath, m1Root, m2Root, stepOptions, factory, control]() mutable {
            Check check;
            const QDateTime started = QDateTime::currentDateTimeUtc();
            const DmtConfiguration dmt = loadProjectConfiguration(dmtPath, projectPath);
            HandlerRegistry handlers;
            handlers.setCryptKeys(CryptKeys::load(dmt.config().cryptKey(), m1Root, m2Root));
            env.dmt = &dmt;
            env.handlers = &handlers;
            std::vector<std::unique_ptr<Step>> steps;
            if (factory) {
                steps = factory();
            } else {
                for (const StepSet set : { StepSet::Settings, StepSet::Data }) {
                    for (std::unique_ptr<Step>& step : migrationSteps(set, stepOptions))
                        steps.push_back(std::move(step));
                }
            }
            Verifier verifier(env);
            for (const std::unique_ptr<Step>& step : steps)
                verifier.addStep(step.get());
            ProgressTracker tracker([this](const RunProgress& p) {
                QMetaObject::invokeMethod(
                    this,
                    [this, p]() {
                        setProgress(p.done, p.total,
                            tr("%1: %2 of %3 rows (%4).")
                                .arg(p.step, QLocale().toString(p.done), QLocale().toString(p.total),
                                    rateText(p.rowsPerSecond, p.etaSeconds, tr("rows"))));
                    },
                    Qt::QueuedConnection);
            });
            const VerifyReport report = verifier.run(*control, &tracker);
            // Recorded as `cutover-cli verify` records it: the report's Verification section shows the last one.
            if (report.outcome != Outcome::Cancelled)
                recordRunInBackground(projectPath,
                    RunRecord::endingNow(QStringLiteral("wizard verify"), started, runOutcomeOf(report.outcome),
                        report.outcome == Outcome::Succeeded ? report.toText().section(QLatin1Char('\n'), 0, 0)
                                                             : report.message,
                        report.toJson()));
            if (report.outcome == Outcome::Cancelled) {
                check.error = tr("Final verification stopped; nothing was ticked.");
                return check;
            }
            QStringList parts;
            QStringList failures;
            const QString verified = report.outcome == Outcome::Succeeded
                ? tr("verification: %1 tables match").arg(report.count(TableVerification::Status::Match))
                : tr("verification FAILED: %1").arg(report.message);
            parts << verified;
            if (report.outcome != Outcome::Succeeded)
                failures << report.toText();

            Database source(env.source.profile, env.source.password, QStringLiteral("golive-verify-m1"));
            Database destination(env.destination.profile, env.destination.password, QStringLiteral("golive-verify-m2"));
            const CaptureStatus capture = DeltaCapture::status(source);
            if (!capture.installed) {
                parts << tr("delta backlog: no change capture");
            } else if (capture.backlog == 0) {
                parts << tr("delta backlog: 0");
            } else {
                parts << tr("delta backlog: %1 change(s) not applied").arg(capture.backlog);
                failures << tr("%1 change(s) on Magento 1 are not in Magento 2: start the delta on the Live changes "
                               "page until its backlog is empty, stop it, then verify again.")
                                .arg(QLocale().toString(capture.backlog));
            }
            const LastOrderCheck last = LastOrderCheck::run(source, destination);
            parts << tr("last order: %1").arg(last.message);
            if (!last.present)
                failures << last.message;
            check.note = parts.join(QStringLiteral("; "));
            check.ok = failures.isEmpty();
            if (!check.ok)
                check.error = tr("Final verification failed (%1).").arg(check.note) + QLatin1Char('\n')
                    + failures.join(QLatin1Char('\n'));
            return check;
        });
}

// 7. DNS
// ---------------------------------------------------------------------------------------------------------------

void GoLivePage::runDns(const QString& prefix, bool tickIfMatches)
{
    const QString id = QLatin1String(GoLiveChecklist::dnsSwitched);
    if (m_storeUrl.isEmpty() || m_newAddress.isEmpty()) {
        if (tickIfMatches && m_override->isChecked()) {
            save(id, true, prefix + tr("overridden: DNS not checked (no store address or server address given)."));
            return;
        }
        showError(tr("Give the store's address and the Magento 2 server's IP address so that Cutover can check DNS, "
                     "or check \"Allow a step out of order\" to tick it unchecked."));
        return;
    }
    const QString url = m_storeUrl;
    const QString address = m_newAddress;
    const bool overridden = m_override->isChecked();
    startCheck(id, prefix, tickIfMatches ? Mode::Tick : Mode::Show,
        tr("Resolving %1...").arg(QUrl::fromUserInput(url).host()), [url, address, overridden, tickIfMatches]() {
            Check check;
            const DnsCheck dns = DnsCheck::run(url, address);
            if (dns.matches) {
                check.ok = true;
                check.note = dns.message;
            } else if (!tickIfMatches) {
                check.ok = true; // shown, not ticked
                check.note = dns.message;
            } else if (overridden) {
                check.ok = true;
                check.note = tr("overridden: DNS does not point at the new server yet: %1").arg(dns.message);
            } else {
                check.error = tr("%1 Tick it once the name resolves to %2, or check \"Allow a step out of order\" to "
                                 "record an override (e.g. a load balancer in front of both servers).")
                                  .arg(dns.message, address);
            }
            return check;
        });
}

// The report ---------------------------------------------------------------------------------------------------------

void GoLivePage::exportReport()
{
    if (m_projectPath.isEmpty()) {
        showError(tr("Save the project first: the report is made from the project file."));
        return;
    }
    const QString suggested
        = QFileInfo(m_projectPath)
              .absoluteDir()
              .filePath(QFileInfo(m_projectPath).completeBaseName() + QStringLiteral("-report.html"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the migration report"), suggested, tr("HTML (*.html);;PDF (*.pdf)"));
    if (!path.isEmpty())
        exportReportTo(path);
}

void GoLivePage::exportReportTo(const QString& path)
{
    if (m_projectPath.isEmpty() || m_busy)
        return;
    const QString project = m_projectPath;
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    startCheck(QString(), {}, Mode::Show, tr("Writing the report to %1...").arg(QDir::toNativeSeparators(path)),
        [project, path, pdf]() {
            Check check;
            const MigrationReport report
                = MigrationReport::fromProject(Project::load(project), project, QDateTime::currentDateTimeUtc());
            if (pdf)
                report.writePdf(path);
            else
                report.writeHtml(path);
            check.ok = true;
            check.note = tr("Report written to %1.").arg(QDir::toNativeSeparators(path));
            return check;
        });
}

} // namespace cutover::ui
