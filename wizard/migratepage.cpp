#include "migratepage.h"

#include "copy/copyledger.h"
#include "db/database.h"
#include "delta/captureplan.h"
#include "delta/deltacapture.h"
#include "error.h"
#include "mapping/cryptkeys.h"
#include "mapping/dmtconfig.h"
#include "mapping/handlers.h"
#include "project/project.h"
#include "runrecords.h"
#include "steps/logstep.h"
#include "steps/steplist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cutover::ui {

namespace {

enum Column { NameColumn, RowsColumn, StateColumn };

QString outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return MigratePage::tr("running");
    case Outcome::Succeeded:
        return MigratePage::tr("done");
    case Outcome::Skipped:
        return MigratePage::tr("skipped");
    case Outcome::Cancelled:
        return MigratePage::tr("cancelled");
    case Outcome::Failed:
        return MigratePage::tr("failed");
    }
    return {};
}

QString duration(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

// What a worker readied for a run: the mapping, loaded and validated once per page.
struct MigratePage::Prepared
{
    std::shared_ptr<const DmtConfiguration> dmt;
    QString error;
    DestinationContents contents; ///< what the destination holds that Cutover did not write
    CryptKeys keys; ///< for the Encrypt handlers: config.xml, the environment, the stores' own files
};

MigratePage::MigratePage(QWidget* parent)
    : QWizardPage(parent)
    , m_settings(new QCheckBox(tr("&Settings: configuration, websites, store groups and store views"), this))
    , m_data(new QCheckBox(tr("&Data: catalog, customers, sales, content and the rest"), this))
    , m_verify(new QCheckBox(tr("&Verify after the copy (row counts and checksums, table by table)"), this))
    , m_urlClash(new QComboBox(this))
    , m_logs(new QCheckBox(tr("Visitor &logs: carry Magento 1's log_visitor too (often large, rarely needed)"), this))
    , m_reports(new QCheckBox(tr("Rep&orts and statistics: carry report_event and the statistics tables"), this))
    , m_oldQuotes(new QCheckBox(tr("Old &quotes: carry carts older than the store's quote lifetime too"), this))
    , m_capture(new QLabel(this))
    , m_installCapture(new QPushButton(tr("&Install change capture..."), this))
    , m_start(new QPushButton(tr("S&tart"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("&Cancel run"), this))
    , m_reset(new QPushButton(tr("&Reset destination..."), this))
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_checkIntegrity(new QPushButton(tr("Check i&ntegrity"), this))
    , m_integrityStatus(new QLabel(this))
    , m_findings(new QTreeWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_log(new QPlainTextEdit(this))
{
    setTitle(tr("Settings and data"));
    setSubTitle(tr("Copies the store's settings and then its data from Magento 1 to Magento 2, many tables at once. "
                   "Magento 1 is only read. You can pause or cancel at any time; starting again resumes where the "
                   "run stopped."));

    for (const auto& [widget, name] :
        std::initializer_list<std::pair<QWidget*, const char*>> { { m_settings, "settings" }, { m_data, "data" },
            { m_verify, "verify" }, { m_urlClash, "url-clash" }, { m_logs, "logs" }, { m_reports, "reports" },
            { m_oldQuotes, "old-quotes" }, { m_capture, "capture" },
            { m_installCapture, "install-capture" }, { m_start, "start" }, { m_pause, "pause" }, { m_cancel, "cancel" },
            { m_reset, "reset" }, { m_status, "status" }, { m_error, "error" }, { m_tree, "tree" }, { m_log, "log" },
            { m_checkIntegrity, "check-integrity" }, { m_integrityStatus, "integrity-status" },
            { m_findings, "findings" } })
        widget->setObjectName(QLatin1String(name));
    m_settings->setChecked(true);
    m_data->setChecked(true);
    m_verify->setChecked(true);
    m_reports->setChecked(true);
    m_oldQuotes->setChecked(true);
    m_reports->setToolTip(tr("Left behind, Magento 2 starts with empty reports; it rebuilds its sales statistics from "
                             "the orders (Reports > Statistics > Refresh Statistics). Change capture then puts no "
                             "trigger on report_event, which Magento 1 writes on every product view."));
    m_oldQuotes->setToolTip(tr("Magento 2's cron deletes quotes not updated within the quote lifetime "
                               "(checkout/cart/delete_quote_after, 30 days unless set) at its first run. Left behind, "
                               "they are not copied at all; a customer who comes back to one during delta brings it "
                               "back whole."));
    for (QCheckBox* area : { m_logs, m_reports, m_oldQuotes }) {
        connect(area, &QCheckBox::toggled, this, [this](bool) {
            // The box can be unticked only with a date to leave behind from (see updateButtons()).
            if (!m_oldQuotes->isChecked() && !m_oldQuotesBefore.isValid())
                m_oldQuotesBefore = m_ruleOldQuotesBefore;
            if (m_oldQuotes->isChecked())
                m_oldQuotesBefore = {}; // carried again: a later choice takes the date of then
            updateButtons();
            emit stepOptionsChanged(stepOptions());
        });
    }
    connect(m_urlClash, &QComboBox::activated, this, [this](int) { emit stepOptionsChanged(stepOptions()); });
    // Magento 2 allows one rewrite per request path and store view; Magento 1 stores often have several.
    m_urlClash->addItem(tr("Rename the later ones (path-1.html), listed in the report"),
        QVariant::fromValue(int(UrlRewriteStep::ClashRule::RenameWithSuffix)));
    m_urlClash->addItem(tr("Keep only the first, list the others in the report"),
        QVariant::fromValue(int(UrlRewriteStep::ClashRule::KeepFirst)));
    m_urlClash->setToolTip(tr("What to do when two Magento 1 URL rewrites have the same request path in one store "
                              "view, which Magento 2 does not allow."));
    m_capture->setWordWrap(true);
    m_capture->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 6px;"));
    m_error->hide();
    m_status->setTextFormat(Qt::PlainText);
    m_capture->setText(tr("Test both connections on the Connections page first."));
    m_status->setAccessibleName(tr("Migration progress"));
    m_bar->setAccessibleName(tr("Rows copied"));
    m_pause->setCheckable(true);
    m_reset->setToolTip(tr("Removes exactly what Cutover wrote to the Magento 2 database and puts back the rows it "
                           "replaced, so that the next run starts clean."));

    m_checkIntegrity->setToolTip(tr("Checks the mapping against both databases before data moves, writing "
                                    "nothing: tables and fields Magento 2 lacks, required fields without a source, "
                                    "type mismatches, unknown handlers, orphan rows."));
    m_integrityStatus->setWordWrap(true);
    m_integrityStatus->setTextFormat(Qt::PlainText);
    m_integrityStatus->setText(tr("Check the integrity of the mapping before the data moves."));
    m_findings->setColumnCount(3);
    m_findings->setHeaderLabels({ tr("Finding"), tr("Severity"), tr("Fix") });
    m_findings->setAccessibleName(tr("Integrity findings"));
    m_findings->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(2, QHeaderView::Fixed); // sized to its buttons in showFindings()
    m_findings->header()->setStretchLastSection(false); // the finding's text gets the room, not the button
    m_findings->setMinimumHeight(fontMetrics().height() * 10);
    m_findings->setWordWrap(true);
    m_findings->hide();

    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("Step and table"), tr("Rows"), tr("State") });
    m_tree->setAccessibleName(tr("Steps and tables"));
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Migration log"));
    m_log->setMaximumBlockCount(5000);
    m_log->setPlaceholderText(tr("Warnings and the report appear here."));

    auto* captureRow = new QHBoxLayout;
    captureRow->addWidget(m_capture, 1);
    captureRow->addWidget(m_installCapture);
    auto* integrityRow = new QHBoxLayout;
    integrityRow->addWidget(m_checkIntegrity);
    integrityRow->addWidget(m_integrityStatus, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_reset);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_settings);
    layout->addWidget(m_data);
    layout->addWidget(m_verify);
    auto* clashRow = new QHBoxLayout;
    auto* clashLabel = new QLabel(tr("Same &URL twice in a store view:"), this);
    clashLabel->setBuddy(m_urlClash);
    clashRow->addWidget(clashLabel);
    clashRow->addWidget(m_urlClash, 1);
    layout->addLayout(clashRow);
    layout->addWidget(m_logs);
    layout->addWidget(m_reports);
    layout->addWidget(m_oldQuotes);
    layout->addLayout(captureRow);
    layout->addLayout(integrityRow);
    layout->addWidget(m_findings, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_tree, 3);
    layout->addWidget(m_log, 2);

    // Tab in reading order: the integrity check and its findings come before Start, as they are shown.
    const QList<QWidget*> tabOrder { m_installCapture, m_checkIntegrity, m_findings, m_start, m_pause, m_cancel, m_reset,
        m_tree, m_log };
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder[i - 1], tabOrder[i]);
    connect(m_start, &QPushButton::clicked, this, &MigratePage::onStart);
    connect(m_pause, &QPushButton::toggled, this, &MigratePage::onPauseToggled);
    connect(m_cancel, &QPushButton::clicked, this, &MigratePage::onCancel);
    connect(m_reset, &QPushButton::clicked, this, &MigratePage::onReset);
    connect(m_installCapture, &QPushButton::clicked, this, &MigratePage::onInstallCapture);
    connect(m_checkIntegrity, &QPushButton::clicked, this, &MigratePage::checkIntegrity);
    connect(&m_integrityWatcher, &QFutureWatcherBase::finished, this, &MigratePage::onIntegrityChecked);
    connect(m_settings, &QCheckBox::toggled, this, &MigratePage::updateButtons);
    connect(m_data, &QCheckBox::toggled, this, &MigratePage::updateButtons);
    connect(&m_prepareWatcher, &QFutureWatcherBase::finished, this, &MigratePage::onPrepared);
    connect(&m_runWatcher, &QFutureWatcherBase::finished, this, &MigratePage::onRunFinished);
    connect(&m_verifyWatcher, &QFutureWatcherBase::finished, this, &MigratePage::onVerified);
    connect(&m_captureWatcher, &QFutureWatcherBase::finished, this, &MigratePage::onCaptureChecked);
    updateButtons();
}

MigratePage::~MigratePage()
{
    // Workers read the page's connections and the mapping: stop the run and wait for every one of them.
    if (m_runner)
        m_runner->cancel();
    m_integrityCancel = true;
    for (QFutureWatcherBase* watcher : std::initializer_list<QFutureWatcherBase*> {
             &m_prepareWatcher, &m_runWatcher, &m_verifyWatcher, &m_captureWatcher, &m_chore, &m_integrityWatcher })
        watcher->waitForFinished();
}

bool MigratePage::isComplete() const
{
    return m_succeeded && !m_busy;
}

void MigratePage::setConnections(const std::optional<ConnectionProfile>& source, const QString& sourcePassword,
    const std::optional<ConnectionProfile>& destination, const QString& destinationPassword)
{
    const bool changed = source != m_source || destination != m_destination;
    m_source = source;
    m_destination = destination;
    m_sourcePassword = sourcePassword;
    m_destinationPassword = destinationPassword;
    if (changed) {
        forgetIntegrity();
        m_captured = {};
        if (m_source)
            checkCapture(false);
        else
            m_capture->setText(tr("Test both connections on the Connections page first."));
    }
    updateButtons();
}

void MigratePage::setDmtConfig(const QString& configPath)
{
    if (configPath == m_dmtPath)
        return;
    m_dmtPath = configPath;
    m_dmtStale = true;
    forgetIntegrity();
}

void MigratePage::setProjectPath(const QString& path)
{
    if (path == m_projectPath)
        return;
    m_projectPath = path;
    m_dmtStale = true; // another project, another override map
    forgetIntegrity();
}

void MigratePage::forgetIntegrity()
{
    // Findings of another mapping or other databases say nothing about these.
    m_integrity.reset();
    m_integrityUnavailable = false;
    m_findings->clear();
    m_findings->hide();
    m_integrityStatus->setText(tr("The mapping is checked against both databases before the data moves: press Check "
                                  "integrity, or Start checks it first."));
    updateButtons();
}

void MigratePage::updateButtons()
{
    const bool connected = m_source && m_destination;
    const bool idle = !m_busy;
    // Data waits while the last integrity check has errors; settings do not depend on the mapping's tables.
    const bool blocked = m_data->isChecked() && m_integrity && m_integrity->errors() > 0;
    const bool checking = m_integrityWatcher.isRunning();
    m_start->setEnabled(
        connected && idle && !checking && !blocked && (m_settings->isChecked() || m_data->isChecked()));
    m_checkIntegrity->setEnabled(connected && idle && !checking);
    // A fix writes the project's override map and checks again: not while a run or a check is going.
    for (QPushButton* fix : m_findings->findChildren<QPushButton*>()) {
        if (fix->objectName().startsWith(QLatin1String("fix:")))
            fix->setEnabled(idle && !checking && !m_projectPath.isEmpty());
    }
    m_reset->setEnabled(m_destination && idle);
    m_pause->setEnabled(m_runner && m_busy && !m_verifying);
    m_cancel->setEnabled(m_busy && (m_runner != nullptr));
    m_settings->setEnabled(idle);
    m_data->setEnabled(idle);
    m_verify->setEnabled(idle);
    m_urlClash->setEnabled(idle && m_data->isChecked());
    m_logs->setEnabled(idle && m_data->isChecked());
    m_reports->setEnabled(idle && m_data->isChecked());
    // Which quotes are old needs the store's quote lifetime, read with the capture's state.
    m_oldQuotes->setEnabled(
        idle && m_data->isChecked() && (m_oldQuotesBefore.isValid() || m_ruleOldQuotesBefore.isValid()));
    m_installCapture->setVisible(m_captured.known && !m_captured.installed && m_captured.error.isEmpty());
    m_installCapture->setEnabled(idle && m_source.has_value());
    emit completeChanged();
}

void MigratePage::setBusy(bool busy)
{
    m_busy = busy;
    if (!busy) {
        m_pause->setChecked(false);
        m_pause->setText(tr("&Pause"));
    }
    updateButtons();
}

void MigratePage::log(const QString& line)
{
    m_log->appendPlainText(QLocale().toString(QTime::currentTime(), QLocale::LongFormat) + QStringLiteral("  ") + line);
}

void MigratePage::checkCapture(bool plan)
{
    if (!m_source || m_captureWatcher.isRunning())
        return;
    m_capture->setText(tr("Reading whether change capture is installed on Magento 1..."));
    const ConnectionProfile source = *m_source;
    const QString password = m_sourcePassword;
    const QString dmtPath = m_dmtPath;
    const QString projectPath = m_projectPath;
    const OptionalAreas areas = stepOptions().areas;
    const QDateTime recordedBefore = m_oldQuotesBefore;
    m_captureWatcher.setFuture(QtConcurrent::run([source, password, dmtPath, projectPath, plan, areas,
                                                     recordedBefore]() {
        Captured result;
        try {
            Database db(source, password, QStringLiteral("source"));
            result.installed = DeltaCapture::isInstalled(db);
            result.known = true;
            if (plan && !result.installed) {
                const CapturePlan capture
                    = CapturePlanner::plan(db, loadProjectConfiguration(dmtPath, projectPath), areas);
                for (const CaptureTarget& target : capture.targets)
                    result.planned << target.table;
                result.triggers = capture.triggerCount();
                QStringList blockers;
                for (const CaptureBlocker& blocker : capture.blockers)
                    blockers << blocker.message + QLatin1Char(' ') + blocker.fix;
                result.blockers = blockers.join(QLatin1Char('\n'));
            } else if (!plan) {
                // The visitor log's size, for the choice to carry it; read once per connection, not again when
                // the install asks for its plan.
                // Only figures for the labels, each on its own; the run reports what it leaves behind.
                try {
                    result.logs = LogStep::sizeOf(db);
                } catch (const Error&) {
                }
                try {
                    result.reports = OptionalAreas::reportsSize(db);
                } catch (const Error&) {
                }
                try {
                    result.ruleOldQuotesBefore = OptionalAreas::defaultOldQuotesBefore(db);
                    result.oldQuotesBefore = recordedBefore.isValid() ? recordedBefore : result.ruleOldQuotesBefore;
                    result.quotes = OptionalAreas::quotesSize(db, result.oldQuotesBefore);
                } catch (const Error&) {
                }
            }
        } catch (const Error& e) {
            result.error = e.message();
        }
        return result;
    }));
}

void MigratePage::onCaptureChecked()
{
    m_captured = m_captureWatcher.result();
    if (m_captured.ruleOldQuotesBefore.isValid())
        m_ruleOldQuotesBefore = m_captured.ruleOldQuotesBefore;
    if (m_captured.logs && m_captured.logs->present) {
        const LogStep::Size& logs = *m_captured.logs;
        const QLocale locale;
        const QString megabytes = locale.toString(double(logs.bytes) / (1024.0 * 1024.0), 'f', 1);
        m_logs->setText(logs.estimated
                ? tr("Visitor &logs: carry Magento 1's log_visitor too (about %1 rows, %2 MB; rarely needed)")
                      .arg(locale.toString(logs.rows), megabytes)
                : tr("Visitor &logs: carry Magento 1's log_visitor too (%1 rows, %2 MB; rarely needed)")
                      .arg(locale.toString(logs.rows), megabytes));
    }
    if (m_captured.reports) {
        const OptionalAreas::Size& reports = *m_captured.reports;
        const QLocale locale;
        const QString rows = reports.estimated ? tr("about %1").arg(locale.toString(reports.rows))
                                               : locale.toString(reports.rows);
        m_reports->setText(tr("Rep&orts and statistics: carry them too (%1 rows in %n table(s), %2 MB)", nullptr,
            reports.tables)
                .arg(rows, locale.toString(double(reports.bytes) / (1024.0 * 1024.0), 'f', 1)));
    }
    if (m_captured.quotes) {
        const OptionalAreas::QuotesSize& quotes = *m_captured.quotes;
        const QLocale locale;
        m_oldQuotes->setText(tr("Old &quotes: carry the %n cart(s) not updated since %1 too (of %2; about %3 MB)",
            nullptr, int(std::min<qint64>(quotes.oldQuotes, INT_MAX)))
                .arg(locale.toString(m_captured.oldQuotesBefore.toUTC().date(), QLocale::ShortFormat),
                    locale.toString(quotes.quotes),
                    locale.toString(double(quotes.oldBytes) / (1024.0 * 1024.0), 'f', 1)));
    }
    if (!m_captured.error.isEmpty())
        m_capture->setText(tr("Could not read the change capture's state on Magento 1: %1").arg(m_captured.error));
    else if (m_captured.installed)
        m_capture->setText(tr("Change capture is installed on Magento 1: orders, customers and every other change "
                              "made during the copy will be carried over by delta."));
    else
        m_capture->setText(tr("Change capture is not installed on Magento 1, so changes made to the store during the "
                              "copy will not be carried over to Magento 2. Install it before you start."));
    updateButtons();
    if (m_planWanted && m_captured.known && !m_captured.installed) {
        m_planWanted = false;
        checkCapture(true);
        return;
    }
    m_planWanted = false;
    if (m_captured.planned.isEmpty())
        return;

    // The user asked to install: show exactly what will be created, then do it on a worker.
    if (!m_captured.blockers.isEmpty()) {
        QMessageBox::warning(this, tr("Change capture"),
            tr("Change capture cannot be installed on this server yet:\n\n%1").arg(m_captured.blockers));
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Install change capture"),
        tr("Cutover will create %n trigger(s) and two tables of its own (the change log and its meta table) on the "
           "Magento 1 database, for these %1 tables. Nothing else on Magento 1 changes, and 'Remove capture' on the "
           "Delta page removes all of it.",
            nullptr, m_captured.triggers)
            .arg(m_captured.planned.size()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setDetailedText(m_captured.planned.join(QLatin1Char('\n')));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    setBusy(true);
    log(tr("Installing change capture on %1...").arg(m_source->displayName()));
    const ConnectionProfile source = *m_source;
    const QString password = m_sourcePassword;
    const QString dmtPath = m_dmtPath;
    const QString projectPath = m_projectPath;
    const OptionalAreas areas = stepOptions().areas;
    m_chore.disconnect(this);
    connect(&m_chore, &QFutureWatcherBase::finished, this, [this]() {
        const QString error = m_chore.result();
        setBusy(false);
        if (error.isEmpty())
            log(tr("Change capture installed."));
        else
            log(tr("Change capture was not installed: %1").arg(error));
        m_captured = {};
        checkCapture(false);
    });
    m_chore.setFuture(QtConcurrent::run([source, password, dmtPath, projectPath, areas]() {
        try {
            Database db(source, password, QStringLiteral("source"));
            DeltaCapture::install(db, CapturePlanner::plan(db, loadProjectConfiguration(dmtPath, projectPath), areas));
            return QString();
        } catch (const Error& e) {
            return e.message();
        }
    }));
}

void MigratePage::checkIntegrity()
{
    startIntegrity(std::nullopt);
}

void MigratePage::applyFix(const IntegrityFix& fix)
{
    startIntegrity(fix);
}

void MigratePage::startIntegrity(const std::optional<IntegrityFix>& fix)
{
    if (!m_source || !m_destination || m_busy || m_integrityWatcher.isRunning())
        return;
    if (fix && m_projectPath.isEmpty()) {
        m_integrityStatus->setText(tr("A fix is written to the project's override map: save the project first."));
        return;
    }
    m_integrityStatus->setText(fix ? tr("Applying \"%1\" and checking again...").arg(fix->label)
                                   : tr("Checking the mapping against both databases..."));
    m_integrityCancel = false;
    const ConnectionProfile source = *m_source;
    const QString sourcePassword = m_sourcePassword;
    const ConnectionProfile destination = *m_destination;
    const QString destinationPassword = m_destinationPassword;
    const QString dmtPath = m_dmtPath;
    const QString projectPath = m_projectPath;
    const QString m1Root = m_m1Root;
    const QString m2Root = m_m2Root;
    const std::atomic<bool>* cancel = &m_integrityCancel;
    m_integrityWatcher.setFuture(QtConcurrent::run([=]() {
        Integrity result;
        try {
            if (dmtPath.isEmpty())
                throw Error(tr("No Data Migration Tool configuration is set; the tables cannot be mapped."));
            QString overrides;
            if (!projectPath.isEmpty() && QFileInfo::exists(projectPath))
                overrides = Project::load(projectPath).mappingOverridesPath(projectPath);
            if (fix) {
                const QString xsd = DmtConfig::load(dmtPath).schemaPath(QStringLiteral("map.xsd"));
                overrides = IntegrityCheck::applyFixesToProject({ *fix }, projectPath, xsd);
                result.applied = overrides;
            }
            const DmtConfiguration dmt = loadLayeredConfiguration(dmtPath, overrides);
            HandlerRegistry handlers;
            handlers.setCryptKeys(CryptKeys::load(dmt.config().cryptKey(), m1Root, m2Root));
            MigrationEnvironment env;
            env.source = { source, sourcePassword };
            env.destination = { destination, destinationPassword };
            env.dmt = &dmt;
            env.handlers = &handlers;
            RunControl control;
            control.setExternalCancelFlag(cancel);
            result.report = IntegrityCheck::run(env, &control);
        } catch (const Error& e) {
            result.error = e.message();
        }
        return result;
    }));
    updateButtons();
}

void MigratePage::onIntegrityChecked()
{
    const Integrity result = m_integrityWatcher.result();
    if (!result.applied.isEmpty()) {
        log(tr("Fix written to the project's override map %1.").arg(QDir::toNativeSeparators(result.applied)));
        m_dmtStale = true; // the next run reads the mapping with the new rule (a running one keeps its own)
    }
    const bool startAfter = std::exchange(m_startAfterCheck, false);
    if (!result.report) {
        m_integrityStatus->setText(tr("The integrity check could not run: %1").arg(result.error));
        log(m_integrityStatus->text());
        if (startAfter) {
            // As --skip-integrity: the user may go on without the check, knowingly.
            m_integrityUnavailable = true;
            log(tr("The data migration did not start. Press Start again to migrate without the integrity check."));
        }
    } else {
        m_integrity = result.report;
        showFindings();
        log(m_integrityStatus->text());
        if (startAfter && m_integrity->errors() > 0)
            log(tr("The data migration did not start: fix the errors the integrity check found, then press Start."));
    }
    updateButtons();
    if (startAfter && m_integrity && m_integrity->errors() == 0 && m_start->isEnabled())
        onStart();
}

void MigratePage::showFindings()
{
    m_findings->clear();
    const IntegrityReport& report = *m_integrity;
    m_findings->setVisible(!report.findings.isEmpty());
    QHash<int, QTreeWidgetItem*> groups;
    QWidget* tabBefore = m_findings; // each finding's button is reached after the list, before Start
    int buttonWidth = m_findings->header()->sectionSizeHint(2);
    for (const IntegrityFinding& finding : report.findings) {
        QTreeWidgetItem*& group = groups[int(finding.kind)];
        if (!group) {
            group = new QTreeWidgetItem(m_findings, { IntegrityFinding::kindTitle(finding.kind), QString(), QString() });
            group->setExpanded(true);
            group->setFirstColumnSpanned(true);
        }
        auto* item = new QTreeWidgetItem(group,
            { finding.message,
                finding.severity == IntegrityFinding::Severity::Error ? tr("error") : tr("warning"), QString() });
        item->setData(0, Qt::UserRole, finding.id);
        item->setToolTip(0, finding.message);
        if (finding.fixes.isEmpty())
            continue;
        // The button says what it will do; the tooltip and the menu give the whole fix.
        auto* button = new QPushButton(m_findings);
        button->setObjectName(QStringLiteral("fix:") + finding.id);
        button->setEnabled(!m_projectPath.isEmpty());
        if (finding.fixes.size() == 1) {
            const IntegrityFix& only = finding.fixes.first();
            button->setText(only.isIgnore() ? tr("Ignore") : tr("Map"));
            button->setToolTip(only.label);
            button->setAccessibleDescription(only.label);
            connect(button, &QPushButton::clicked, this, [this, fix = finding.fixes.first()]() { applyFix(fix); });
        } else {
            // Several fixes (ignore, or map to one of the fields offered): a menu, the first one on a click.
            button->setText(tr("Choose a fix"));
            button->setToolTip(tr("Ignore it, or map it to one of the fields offered"));
            auto* menu = new QMenu(button);
            for (const IntegrityFix& fix : finding.fixes) {
                QAction* action = menu->addAction(fix.label);
                action->setObjectName(fix.id);
                connect(action, &QAction::triggered, this, [this, fix]() { applyFix(fix); });
            }
            button->setMenu(menu);
        }
        m_findings->setItemWidget(item, 2, button);
        setTabOrder(tabBefore, button);
        tabBefore = button;
        buttonWidth = std::max(buttonWidth, button->sizeHint().width());
    }
    m_findings->header()->resizeSection(2, buttonWidth + 4);
    const QString warnings = tr("%n warning(s).", nullptr, report.warnings());
    if (report.errors() > 0)
        m_integrityStatus->setText(tr("%n error(s) block the data migration: fix them below, or change the mapping, "
                                      "and the check runs again.",
                                       nullptr, report.errors())
            + QLatin1Char(' ') + warnings);
    else
        m_integrityStatus->setText(tr("No errors: the data migration may start.") + QLatin1Char(' ') + warnings);
}

void MigratePage::onInstallCapture()
{
    if (m_captureWatcher.isRunning()) {
        m_planWanted = true; // asked while the state was being read: plan once that check is in
        return;
    }
    checkCapture(true);
}

void MigratePage::onStart()
{
    if (!m_source || !m_destination || m_busy)
        return;
    // Data moves only after an integrity check without errors, as `cutover-cli migrate data` does: the first
    // Start runs the check, and the run starts by itself when it finds none.
    if (m_data->isChecked() && !m_integrity && !m_integrityUnavailable) {
        if (m_integrityWatcher.isRunning())
            return;
        m_startAfterCheck = true;
        log(tr("Checking the mapping against both databases before the data moves..."));
        startIntegrity(std::nullopt);
        return;
    }
    m_integrityUnavailable = false;
    m_error->hide();
    m_succeeded = false;
    m_tree->clear();
    m_tableItems.clear();
    m_bar->setRange(0, 0);
    m_status->setText(tr("Reading the mapping..."));
    setBusy(true);
    if (m_captured.known && !m_captured.installed && m_data->isChecked())
        log(tr("Warning: change capture is not installed; changes made to Magento 1 during the copy will not be "
               "carried over."));
    const std::shared_ptr<const DmtConfiguration> loaded = m_dmtStale ? nullptr : m_dmt;
    m_dmtStale = false;
    const QString path = m_dmtPath;
    const ConnectionProfile destination = *m_destination;
    const QString destinationPassword = m_destinationPassword;
    const ConnectionProfile source = *m_source;
    const QString sourcePassword = m_sourcePassword;
    const QString m1Root = m_m1Root;
    const QString m2Root = m_m2Root;
    const QString projectPath = m_projectPath;
    m_prepareWatcher.setFuture(QtConcurrent::run(
        [loaded, path, source, sourcePassword, destination, destinationPassword, m1Root, m2Root, projectPath]() {
            auto prepared = std::make_shared<Prepared>();
            try {
                Database db(destination, destinationPassword, QStringLiteral("destination"));
                Database sourceDb(source, sourcePassword, QStringLiteral("source"));
                prepared->contents = DestinationContents::read(db, &sourceDb);
            } catch (const Error&) {
                // The runner checks again before writing and fails with the reason.
            }
            if (loaded) {
                prepared->dmt = loaded;
                prepared->keys = CryptKeys::load(loaded->config().cryptKey(), m1Root, m2Root);
                return prepared;
            }
            if (path.isEmpty()) {
                prepared->error = tr("No Data Migration Tool configuration is set; the tables cannot be mapped.");
                return prepared;
            }
            try {
                // The project's override map, layered on the configuration's map.xml.
                const QString overrides = projectPath.isEmpty() || !QFileInfo::exists(projectPath)
                    ? QString()
                    : Project::load(projectPath).mappingOverridesPath(projectPath);
                prepared->dmt = std::make_shared<const DmtConfiguration>(loadLayeredConfiguration(path, overrides));
                prepared->keys = CryptKeys::load(prepared->dmt->config().cryptKey(), m1Root, m2Root);
            } catch (const Error& e) {
                prepared->error
                    = tr("Could not load the Data Migration Tool configuration %1: %2").arg(path, e.message());
            }
            return prepared;
        }));
}

void MigratePage::onPrepared()
{
    const std::shared_ptr<Prepared> prepared = m_prepareWatcher.result();
    if (!prepared->dmt) {
        finish(Outcome::Failed, prepared->error);
        return;
    }
    m_dmt = prepared->dmt;
    QString confirmed;
    if (prepared->contents.inUse()) {
        confirmed = confirmStoreInUse(prepared->contents);
        if (confirmed.isEmpty()) {
            setBusy(false);
            m_bar->setRange(0, 1000);
            m_status->setText(tr("Not started."));
            m_error->setText(tr("Replacing the store in use %1 was not confirmed; nothing was written. Migrate into "
                                "a freshly installed Magento 2, or start again and type the database name.")
                                 .arg(m_destination->displayName()));
            m_error->show();
            log(m_error->text());
            updateButtons();
            return;
        }
    }
    if (!m_handlers)
        m_handlers = std::make_unique<HandlerRegistry>();
    m_handlers->setCryptKeys(prepared->keys);

    MigrationEnvironment env;
    env.source = { *m_source, m_sourcePassword };
    env.destination = { *m_destination, m_destinationPassword };
    env.dmt = m_dmt.get();
    env.handlers = m_handlers.get();
    env.jobs = m_jobs;
    m_runner = std::make_unique<MigrationRunner>(env);
    QStringList modes;
    for (const auto& [box, set, name] : { std::tuple { m_settings, StepSet::Settings, QStringLiteral("settings") },
             std::tuple { m_data, StepSet::Data, QStringLiteral("data") } }) {
        if (!box->isChecked())
            continue;
        modes << name;
        for (std::unique_ptr<Step>& step : migrationSteps(set, stepOptions()))
            m_runner->addStep(std::move(step));
    }
    m_runner->setMode(modes.join(QLatin1Char('+')));
    m_runner->setConfirmedDestination(confirmed);
    connect(m_runner.get(), &MigrationRunner::progressChanged, this, &MigratePage::onProgress, Qt::QueuedConnection);
    connect(
        m_runner.get(), &MigrationRunner::stepFinished, this,
        [this](const QString& stepId, Outcome outcome) { log(tr("Step %1: %2").arg(stepId, outcomeText(outcome))); },
        Qt::QueuedConnection);
    m_started = QDateTime::currentDateTimeUtc();
    m_runTimer.start();
    log(tr("Started: %1 from %2 to %3.")
            .arg(modes.join(QStringLiteral(" + ")), m_source->displayName(), m_destination->displayName()));
    m_status->setText(tr("Planning the tables..."));
    updateButtons();
    m_runWatcher.setFuture(m_runner->start());
}

QTreeWidgetItem* MigratePage::stepItem(const QString& title)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->text(NameColumn) == title)
            return m_tree->topLevelItem(i);
    }
    auto* item = new QTreeWidgetItem(m_tree, { title, QString(), outcomeText(Outcome::Pending) });
    item->setExpanded(true);
    return item;
}

void MigratePage::onProgress(const RunProgress& progress)
{
    if (!m_runner)
        return; // a late signal of a run that already ended
    const QLocale locale;
    if (progress.total > 0) {
        // Scaled to permille: a QProgressBar counts in int, a step can pass two billion rows.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::min<qint64>(1000, progress.done * 1000 / progress.total)));
    }
    QString status = tr("%1: %2 of %3 rows, %4 of %5 tables")
                         .arg(progress.step, locale.toString(progress.done), locale.toString(progress.total))
                         .arg(progress.tablesFinished)
                         .arg(progress.tablesTotal);
    if (progress.rowsPerSecond > 0)
        status += tr(", %1 rows/s").arg(locale.toString(qint64(progress.rowsPerSecond)));
    if (progress.etaSeconds >= 0)
        status += tr(", about %1 left").arg(duration(progress.etaSeconds));
    if (m_runner->isPaused())
        status += tr(" (paused)");
    m_status->setText(status);

    // During the verification (and for late signals of the copy) the tree already holds the run's report.
    if (progress.table.isEmpty() || m_verifying || m_runWatcher.isFinished())
        return;
    const QString key = progress.step + QLatin1Char('/') + progress.table;
    QTreeWidgetItem* item = m_tableItems.value(key);
    if (!item) {
        item = new QTreeWidgetItem(stepItem(progress.step), { progress.table });
        m_tableItems.insert(key, item);
    }
    item->setText(
        RowsColumn, tr("%1 / %2").arg(locale.toString(progress.tableDone), locale.toString(progress.tableTotal)));
    item->setText(StateColumn,
        progress.tableTotal > 0 && progress.tableDone >= progress.tableTotal ? outcomeText(Outcome::Succeeded)
                                                                             : outcomeText(Outcome::Pending));
}

void MigratePage::onPauseToggled()
{
    if (!m_runner)
        return;
    if (m_pause->isChecked()) {
        m_runner->pause();
        m_pause->setText(tr("&Resume"));
        log(tr("Paused: the tables in progress stop after their current batch."));
    } else {
        m_runner->resume();
        m_pause->setText(tr("&Pause"));
        log(tr("Resumed."));
    }
}

void MigratePage::onCancel()
{
    if (!m_runner)
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    log(tr("Cancelling: every table stops after its current batch; what was written is kept and the next run "
           "resumes from there."));
}

void MigratePage::showReport(const RunReport& report)
{
    const QLocale locale;
    m_tree->clear();
    m_tableItems.clear();
    for (const QString& warning : report.warnings)
        log(warning);
    for (const StepReport& step : report.steps) {
        auto* stepRow = new QTreeWidgetItem(
            m_tree, { step.title, locale.toString(step.rowsWritten()), outcomeText(step.outcome) });
        stepRow->setExpanded(step.outcome != Outcome::Succeeded);
        for (const TableReport& table : step.tables) {
            QString name = table.sourceTable;
            if (!table.destinationTable.isEmpty() && table.destinationTable != table.sourceTable)
                name += QStringLiteral(" \u2192 ") + table.destinationTable;
            auto* row = new QTreeWidgetItem(
                stepRow, { name, locale.toString(table.rowsWritten), outcomeText(table.outcome) });
            QStringList tip;
            if (!table.reason.isEmpty())
                tip << table.reason;
            for (auto it = table.skipped.cbegin(); it != table.skipped.cend(); ++it)
                tip << tr("%n row(s) skipped: %1", nullptr, int(std::min<qint64>(it.value(), INT_MAX))).arg(it.key());
            tip << table.warnings;
            tip << table.errors;
            if (!tip.isEmpty()) {
                row->setToolTip(NameColumn, tip.join(QLatin1Char('\n')));
                row->setToolTip(StateColumn, tip.join(QLatin1Char('\n')));
            }
            if (table.outcome == Outcome::Failed || !table.skipped.isEmpty() || table.warningCount > 0)
                stepRow->setExpanded(true);
        }
        for (const QString& warning : step.warnings)
            log(tr("%1: %2").arg(step.title, warning));
    }
    log(report.toText());
}

void MigratePage::onRunFinished()
{
    m_report = m_runWatcher.result();
    m_verifying = m_report.outcome == Outcome::Succeeded && m_verify->isChecked();
    showReport(m_report);
    if (m_verifying) {
        m_bar->setRange(0, 0);
        m_status->setText(tr("Verifying what was carried..."));
        log(tr("Verifying: row counts and checksums of the mapped columns, table by table."));
        updateButtons();
        MigrationRunner* runner = m_runner.get();
        m_verifyWatcher.setFuture(QtConcurrent::run([runner]() { return runner->verify(); }));
        return;
    }
    qint64 written = 0;
    for (const StepReport& step : m_report.steps)
        written += step.rowsWritten();
    finish(m_report.outcome,
        m_report.outcome == Outcome::Succeeded
            ? tr("%n row(s) written", nullptr, int(std::min<qint64>(written, INT_MAX)))
            : m_report.message);
}

void MigratePage::onVerified()
{
    m_verifying = false;
    const VerifyReport verification = m_verifyWatcher.result();
    log(verification.toText());
    finish(verification.outcome,
        verification.outcome == Outcome::Succeeded ? tr("verified: source and destination agree")
                                                   : verification.message,
        verification);
}

void MigratePage::finish(Outcome outcome, const QString& summary, const std::optional<VerifyReport>& verification)
{
    m_runner.reset();
    m_succeeded = outcome == Outcome::Succeeded && m_data->isChecked();
    m_bar->setRange(0, 1000);
    m_bar->setValue(outcome == Outcome::Succeeded ? 1000 : m_bar->value());
    const QString elapsed = duration(m_runTimer.isValid() ? m_runTimer.elapsed() / 1000 : 0);
    switch (outcome) {
    case Outcome::Succeeded:
        m_status->setText(tr("Finished in %1: %2.").arg(elapsed, summary));
        break;
    case Outcome::Cancelled:
        m_status->setText(tr("Cancelled after %1. Start again to resume where it stopped.").arg(elapsed));
        break;
    default:
        m_status->setText(tr("Failed after %1.").arg(elapsed));
        m_error->setText(summary.isEmpty() ? tr("The run failed; the log below says where.") : summary);
        m_error->show();
        break;
    }
    log(m_status->text());
    setBusy(false);

    if (!m_projectPath.isEmpty() && m_started.isValid()) {
        // What the migration report shows per step, and under Verification, as `cutover-cli migrate --verify`
        // records it.
        QJsonObject details = m_report.toJson();
        if (verification)
            details.insert(QStringLiteral("verification"), verification->toJson());
        recordRunInBackground(m_projectPath,
            RunRecord::endingNow(QStringLiteral("wizard migrate ") + m_report.mode, m_started, runOutcomeOf(outcome), summary,
                details));
    }
    emit runFinished(outcome);
}

StepOptions MigratePage::stepOptions() const
{
    StepOptions options;
    options.urlClash = UrlRewriteStep::ClashRule(m_urlClash->currentData().toInt());
    options.areas.visitorLogs = m_logs->isChecked();
    options.areas.reports = m_reports->isChecked();
    if (!m_oldQuotes->isChecked())
        options.areas.oldQuotesBefore = m_oldQuotesBefore;
    return options;
}

void MigratePage::setStepOptions(const StepOptions& options)
{
    if (options == stepOptions())
        return;
    const QSignalBlocker clash(m_urlClash);
    const QSignalBlocker logs(m_logs);
    const QSignalBlocker reports(m_reports);
    const QSignalBlocker quotes(m_oldQuotes);
    m_urlClash->setCurrentIndex(std::max(0, m_urlClash->findData(int(options.urlClash))));
    m_logs->setChecked(options.areas.visitorLogs);
    m_reports->setChecked(options.areas.reports);
    m_oldQuotes->setChecked(options.areas.carriesOldQuotes());
    m_oldQuotesBefore = options.areas.oldQuotesBefore;
    updateButtons();
}

QString MigratePage::confirmStoreInUse(const DestinationContents& contents)
{
    const QString name = m_destination->database;
    bool ok = false;
    const QString typed = QInputDialog::getText(this, tr("Replace a store in use?"),
        contents.inUseMessage(m_destination->displayName()) + QStringLiteral("\n\n")
            + tr("Type the database name, %1, to replace its store:").arg(name),
        QLineEdit::Normal, QString(), &ok);
    return ok && typed.trimmed() == name ? name : QString();
}

void MigratePage::onReset()
{
    if (!m_destination || m_busy)
        return;
    const QString name = m_destination->database;
    bool ok = false;
    const QString typed = QInputDialog::getText(this, tr("Reset destination"),
        tr("This removes every row Cutover wrote to %1 and puts back the rows it replaced. Type the database name, "
           "%2, to confirm.")
            .arg(m_destination->displayName(), name),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (typed.trimmed() != name) {
        m_error->setText(tr("The name typed does not match the destination database %1; nothing was reset.").arg(name));
        m_error->show();
        return;
    }
    m_error->hide();
    setBusy(true);
    log(tr("Resetting %1...").arg(m_destination->displayName()));
    const ConnectionProfile destination = *m_destination;
    const QString password = m_destinationPassword;
    m_chore.disconnect(this);
    connect(&m_chore, &QFutureWatcherBase::finished, this, [this]() {
        const QString error = m_chore.result();
        setBusy(false);
        if (error.isEmpty()) {
            m_succeeded = false;
            m_tree->clear();
            m_tableItems.clear();
            log(tr("Reset done: the destination holds what it held before Cutover wrote to it."));
        } else {
            m_error->setText(tr("The reset did not finish: %1").arg(error));
            m_error->show();
            log(m_error->text());
        }
        updateButtons();
    });
    m_chore.setFuture(QtConcurrent::run([destination, password]() {
        try {
            Database db(destination, password, QStringLiteral("destination"));
            const QStringList restored = CopyLedger::reset(db);
            Q_UNUSED(restored)
            return QString();
        } catch (const Error& e) {
            return e.message();
        }
    }));
}

} // namespace cutover::ui
