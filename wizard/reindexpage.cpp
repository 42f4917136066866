#include "reindexpage.h"

#include "error.h"
#include "golive/cachewarmer.h"
#include "log/log.h"
#include "tones.h"
#include "wizardcontroller.h"
#include "wizardmodel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cutover::ui {

namespace {

// Magento 2.4's own indexers (their indexer.xml ids and titles), offered for a partial reindex.
struct KnownIndexer
{
    const char* id;
    const char* title;
};
constexpr KnownIndexer knownIndexers[] = {
    { "cataloginventory_stock", "Stock" },
    { "inventory", "Inventory" },
    { "catalog_product_price", "Product Price" },
    { "catalogsearch_fulltext", "Catalog Search" },
    { "catalog_category_product", "Category Products" },
    { "catalog_product_category", "Product Categories" },
    { "catalog_product_attribute", "Product EAV" },
    { "catalogrule_rule", "Catalog Rule Product" },
    { "catalogrule_product", "Catalog Product Rule" },
    { "salesrule_rule", "Sales Rule" },
    { "customer_grid", "Customer Grid" },
    { "design_config_grid", "Design Config Grid" },
};

enum Column { TitleColumn, StateColumn, DurationColumn };
constexpr int toneRole = Qt::UserRole + 1; ///< on a state item: its tones::Tone + 1

QString durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return QLocale().toString(ms / 1000.0, 'f', 1) + QStringLiteral(" s");
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

bool isLocked(const IndexerState& state)
{
    return state.status == IndexerState::Failed
        && state.error.contains(QLatin1String("locked by another reindex process"));
}

QLabel* errorLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tones::apply(label, tones::Tone::Error);
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ReindexPage::ReindexPage(WizardController* controller, WizardModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_model(model)
{
    setTitle(tr("Reindex"));
    setSubTitle(tr("Magento 2 rebuilds its indexes (prices, stock, search, categories) from the migrated data with "
                   "bin/magento indexer:reindex. Run it here, on this computer or over your own ssh, or skip it if "
                   "you reindexed yourself."));

    // Where it runs.
    auto* whereBox = new QGroupBox(tr("Where Magento 2 is installed"), this);
    m_local = new QRadioButton(tr("On this computer"), whereBox);
    m_local->setObjectName(QStringLiteral("local"));
    m_remote = new QRadioButton(tr("On another server, over SSH (your own ssh and keys)"), whereBox);
    m_remote->setObjectName(QStringLiteral("ssh"));
    m_local->setChecked(true);
    auto* whereGroup = new QButtonGroup(this);
    whereGroup->addButton(m_local);
    whereGroup->addButton(m_remote);
    m_sshBox = new QWidget(whereBox);
    m_sshUser = new QLineEdit(m_sshBox);
    m_sshUser->setObjectName(QStringLiteral("sshUser"));
    m_sshUser->setPlaceholderText(tr("deploy"));
    m_sshHost = new QLineEdit(m_sshBox);
    m_sshHost->setObjectName(QStringLiteral("sshHost"));
    m_sshHost->setPlaceholderText(tr("shop.example.com or shop.example.com:2222"));
    m_sshError = errorLabel(QStringLiteral("sshError"), m_sshBox);
    auto* sshForm = new QFormLayout(m_sshBox);
    sshForm->setContentsMargins(0, 0, 0, 0);
    sshForm->addRow(tr("SSH user:"), m_sshUser);
    sshForm->addRow(tr("SSH host:"), m_sshHost);
    sshForm->addRow(QString(), m_sshError);
    m_root = new QLineEdit(whereBox);
    m_root->setObjectName(QStringLiteral("magentoRoot"));
    m_root->setPlaceholderText(tr("/var/www/magento2"));
    m_rootLabel = new QLabel(whereBox);
    m_rootError = errorLabel(QStringLiteral("rootError"), whereBox);
    auto* whereForm = new QFormLayout;
    whereForm->addRow(m_rootLabel, m_root);
    whereForm->addRow(QString(), m_rootError);
    auto* whereLayout = new QVBoxLayout(whereBox);
    whereLayout->addWidget(m_local);
    whereLayout->addWidget(m_remote);
    whereLayout->addWidget(m_sshBox);
    whereLayout->addLayout(whereForm);

    // Which indexers.
    auto* whichBox = new QGroupBox(tr("Indexers"), this);
    m_allIndexers = new QRadioButton(tr("All of them"), whichBox);
    m_allIndexers->setObjectName(QStringLiteral("allIndexers"));
    m_someIndexers = new QRadioButton(tr("Only those ticked:"), whichBox);
    m_someIndexers->setObjectName(QStringLiteral("someIndexers"));
    m_allIndexers->setChecked(true);
    auto* whichGroup = new QButtonGroup(this);
    whichGroup->addButton(m_allIndexers);
    whichGroup->addButton(m_someIndexers);
    m_indexerList = new QListWidget(whichBox);
    m_indexerList->setObjectName(QStringLiteral("indexers"));
    m_indexerList->setAccessibleName(tr("Indexers to run"));
    for (const KnownIndexer& known : knownIndexers) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 (%2)").arg(QLatin1String(known.id), QLatin1String(known.title)), m_indexerList);
        item->setData(Qt::UserRole, QLatin1String(known.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(qstrcmp(known.id, "cataloginventory_stock") == 0 ? Qt::Checked : Qt::Unchecked);
    }
    m_indexerList->setMaximumHeight(110);
    m_indexerError = errorLabel(QStringLiteral("indexerError"), whichBox);
    auto* whichLayout = new QVBoxLayout(whichBox);
    whichLayout->addWidget(m_allIndexers);
    whichLayout->addWidget(m_someIndexers);
    whichLayout->addWidget(m_indexerList);
    whichLayout->addWidget(m_indexerError);

    auto* top = new QHBoxLayout;
    top->addWidget(whereBox, 3);
    top->addWidget(whichBox, 2);

    // What will run, before it runs.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_hostPreview = new QLabel(this);
    m_hostPreview->setObjectName(QStringLiteral("hostPreview"));
    m_commandPreview = new QLabel(this);
    m_commandPreview->setObjectName(QStringLiteral("commandPreview"));
    m_commandPreview->setFont(fixed);
    m_commandPreview->setWordWrap(true);
    m_commandPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setObjectName(QStringLiteral("run"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_cancelButton->setEnabled(false);
    auto* preview = new QFormLayout;
    preview->addRow(tr("Runs on:"), m_hostPreview);
    preview->addRow(tr("Command:"), m_commandPreview);
    auto* buttons = new QHBoxLayout;
    buttons->addLayout(preview, 1);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    // The indexers, the log and the selected indexer's output.
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("indexerTable"));
    m_table->setAccessibleName(tr("Indexers and their results"));
    m_table->setHorizontalHeaderLabels({ tr("Indexer"), tr("State"), tr("Duration") });
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setAccessibleName(tr("Reindex log"));
    m_log->setReadOnly(true);
    m_log->setFont(fixed);
    m_log->setMaximumBlockCount(5000);
    m_indexerOutput = new QPlainTextEdit(this);
    m_indexerOutput->setObjectName(QStringLiteral("indexerOutput"));
    m_indexerOutput->setAccessibleName(tr("Output of the selected indexer"));
    m_indexerOutput->setReadOnly(true);
    m_indexerOutput->setFont(fixed);
    m_indexerOutput->setPlaceholderText(tr("Select an indexer to see its output."));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    auto* right = new QSplitter(Qt::Vertical, split);
    right->addWidget(m_log);
    right->addWidget(m_indexerOutput);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_skip = new QCheckBox(tr("Skip: I reindexed this store myself"), this);
    m_skip->setObjectName(QStringLiteral("skip"));
    m_skipError = errorLabel(QStringLiteral("skipError"), this);

    m_testPanel = new QGroupBox(tr("Test the new store"), this);
    m_testPanel->setObjectName(QStringLiteral("testPanel"));
    m_storeLink = new QLabel(m_testPanel);
    m_storeLink->setObjectName(QStringLiteral("storeLink"));
    m_storeLink->setOpenExternalLinks(true);
    m_storeLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_storeLink->setWordWrap(true);
    auto* checklist = new QLabel(m_testPanel);
    checklist->setObjectName(QStringLiteral("testChecklist"));
    checklist->setWordWrap(true);
    checklist->setText(
        QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ul>")
            .arg(tr("Browse a category: products, prices and images show."), tr("Search for a product you know."),
                tr("Log in as a migrated customer with their old password, and see their orders."),
                tr("Place a test order, then cancel it in the admin.")));
    auto* testLayout = new QVBoxLayout(m_testPanel);
    testLayout->addWidget(m_storeLink);
    testLayout->addWidget(checklist);
    m_testPanel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_testPanel);
    layout->addWidget(m_skip);
    layout->addWidget(m_skipError);

    for (QLineEdit* edit : { m_root, m_sshUser, m_sshHost })
        connect(edit, &QLineEdit::textChanged, this, &ReindexPage::updatePreview);
    for (QRadioButton* button : { m_local, m_remote, m_allIndexers, m_someIndexers })
        connect(button, &QRadioButton::toggled, this, &ReindexPage::updateFields);
    connect(m_indexerList, &QListWidget::itemChanged, this, &ReindexPage::updatePreview);
    connect(m_runButton, &QPushButton::clicked, this, &ReindexPage::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReindexPage::cancel);
    connect(m_skip, &QCheckBox::clicked, this, &ReindexPage::onSkipToggled);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReindexPage::onRowSelected);
    connect(&m_urlWatcher, &QFutureWatcherBase::finished, this, &ReindexPage::onStoreUrlRead);
    connect(m_model, &WizardModel::projectChanged, this, &ReindexPage::loadFromProject);
    updateFields();
    loadFromProject();
}

ReindexPage::~ReindexPage()
{
    // The runner's destructor ends a running process tree and waits for it.
    m_runner.reset();
    m_urlWatcher.waitForFinished();
}

bool ReindexPage::isComplete() const
{
    return !m_runner && (m_succeeded || m_skipped);
}

void ReindexPage::setMagentoRoot(const QString& root)
{
    // Only a change of the project's folder replaces what the user typed.
    if (root == m_projectRoot)
        return;
    m_projectRoot = root;
    if (!m_remote->isChecked())
        m_root->setText(root);
}

void ReindexPage::setDestination(const std::optional<ConnectionProfile>& destination, const QString& password)
{
    if (destination == m_destination && password == m_destinationPassword)
        return;
    m_destination = destination;
    m_destinationPassword = password;
    m_storeUrl = QUrl();
    ++m_destinationGeneration; // a read still running is for the old one: its answer is dropped
    if (m_testPanel->isVisible())
        readStoreUrl();
}

void ReindexPage::setPrograms(const QString& php, const QString& ssh)
{
    m_php = php;
    m_ssh = ssh;
    updatePreview();
}

ReindexOptions ReindexPage::options() const
{
    ReindexOptions options;
    options.magentoRoot = m_root->text().trimmed();
    options.php = m_php;
    options.ssh = m_ssh;
    if (m_remote->isChecked()) {
        const QString user = m_sshUser->text().trimmed();
        const QString host = m_sshHost->text().trimmed();
        options.sshTarget = user.isEmpty() ? host : user + QLatin1Char('@') + host;
    }
    if (m_someIndexers->isChecked()) {
        for (int i = 0; i < m_indexerList->count(); ++i) {
            if (m_indexerList->item(i)->checkState() == Qt::Checked)
                options.indexers << m_indexerList->item(i)->data(Qt::UserRole).toString();
        }
    }
    return options;
}

void ReindexPage::updateFields()
{
    const bool remote = m_remote->isChecked();
    m_sshBox->setVisible(remote);
    m_rootLabel->setText(remote ? tr("Magento 2 folder on that server:") : tr("Magento 2 folder:"));
    m_indexerList->setEnabled(m_someIndexers->isChecked());
    updatePreview();
}

void ReindexPage::updatePreview()
{
    const ReindexOptions options = this->options();
    const ReindexRunner preview(options);
    QString rootProblem, sshProblem, indexerProblem;
    if (options.magentoRoot.isEmpty())
        rootProblem = tr("Give the folder Magento 2 is installed in (it holds bin/magento).");
    else if (options.sshTarget.isEmpty())
        rootProblem = preview.problem();
    if (m_remote->isChecked() && m_sshHost->text().trimmed().isEmpty())
        sshProblem = tr("Give the SSH host (the name or address you use with ssh).");
    if (m_someIndexers->isChecked() && options.indexers.isEmpty())
        indexerProblem = tr("Tick at least one indexer, or choose all of them.");
    if (!m_runner) {
        showError(m_rootError, rootProblem);
        showError(m_sshError, sshProblem);
        showError(m_indexerError, indexerProblem);
    }
    m_hostPreview->setText(preview.host());
    m_commandPreview->setText(preview.commandLine());
    m_runButton->setEnabled(!m_runner && rootProblem.isEmpty() && sshProblem.isEmpty() && indexerProblem.isEmpty());
}

void ReindexPage::loadFromProject()
{
    const Project& project = m_model->project();
    const ChecklistTick* tick = project.progress.tick(skippedTickId);
    m_skipped = tick && tick->ticked;
    m_skip->setChecked(m_skipped);
    // A reindex that succeeded for this project (here or with cutover-cli) still counts after a restart.
    m_succeeded = false;
    m_summary->clear();
    for (auto it = project.progress.runs.crbegin(); it != project.progress.runs.crend(); ++it) {
        if (!it->command.startsWith(QLatin1String("reindex")))
            continue;
        m_succeeded = it->outcome == RunOutcome::Succeeded;
        m_summary->setText(tr("Last reindex: %1, %2 (%3).")
                               .arg(runOutcomeName(it->outcome),
                                   QLocale().toString(it->finished.toLocalTime(), QLocale::ShortFormat), it->summary));
        break;
    }
    if (m_succeeded || m_skipped)
        showTestPanel();
    else
        m_testPanel->hide();
    emit completeChanged();
}

void ReindexPage::run()
{
    if (m_runner)
        return;
    updatePreview();
    if (!m_runButton->isEnabled())
        return;
    m_table->setRowCount(0);
    m_log->clear();
    m_indexerOutput->clear();
    m_outputs.clear();
    m_indexerStart.clear();
    m_succeeded = false;
    const ReindexOptions options = this->options();
    for (const QString& id : options.indexers) {
        QString title = id;
        for (const KnownIndexer& known : knownIndexers) {
            if (id == QLatin1String(known.id))
                title = QLatin1String(known.title);
        }
        setRow(rowFor(title), tr("waiting"), QString());
    }
    m_runner = std::make_unique<ReindexRunner>(options);
    connect(m_runner.get(), &ReindexRunner::outputLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_runner.get(), &ReindexRunner::indexerStarted, this, &ReindexPage::onIndexerStarted);
    connect(m_runner.get(), &ReindexRunner::indexerFinished, this, &ReindexPage::onIndexerFinished);
    connect(m_runner.get(), &ReindexRunner::finished, this, &ReindexPage::onFinished);
    m_started = QDateTime::currentDateTimeUtc();
    m_summary->setText(tr("Reindexing on %1...").arg(m_runner->host()));
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_skip->setEnabled(false);
    m_testPanel->hide();
    emit completeChanged();
    logger("wizard.reindex")
        ->info("reindex on {}: {}", m_runner->host().toStdString(), m_runner->commandLine().toStdString());
    m_runner->start();
}

void ReindexPage::cancel()
{
    if (!m_runner)
        return;
    m_summary->setText(tr("Stopping the reindex..."));
    m_cancelButton->setEnabled(false);
    m_runner->cancel();
}

int ReindexPage::rowFor(const QString& title)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, TitleColumn)->text() == title)
            return row;
    }
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column : { TitleColumn, StateColumn, DurationColumn })
        m_table->setItem(row, column, new QTableWidgetItem);
    m_table->item(row, TitleColumn)->setText(title);
    return row;
}

void ReindexPage::setRow(int row, const QString& state, const QString& duration, const QString& tip)
{
    QTableWidgetItem* item = m_table->item(row, StateColumn);
    item->setText(state);
    item->setData(toneRole, 0);
    item->setData(Qt::ForegroundRole, QVariant());
    m_table->item(row, DurationColumn)->setText(duration);
    for (int column : { TitleColumn, StateColumn, DurationColumn })
        m_table->item(row, column)->setToolTip(tip);
}

void ReindexPage::onIndexerStarted(const QString& title)
{
    m_indexerStart.insert(title, QDateTime::currentDateTimeUtc());
    setRow(rowFor(title), tr("running"), QString());
}

void ReindexPage::onIndexerFinished(const IndexerState& state)
{
    const int row = rowFor(state.title);
    m_outputs.insert(state.title, state.output);
    const qint64 ms = state.seconds >= 0 ? state.seconds * 1000 : state.elapsedMs;
    QString name;
    tones::Tone tone;
    if (state.status == IndexerState::Rebuilt) {
        name = tr("rebuilt");
        tone = tones::Tone::Success;
    } else if (isLocked(state)) {
        name = tr("locked");
        tone = tones::Tone::Warning;
    } else {
        name = tr("failed");
        tone = tones::Tone::Error;
    }
    setRow(row, name, durationText(ms), state.error);
    QTableWidgetItem* item = m_table->item(row, StateColumn);
    item->setData(toneRole, int(tone) + 1); // for a switch between light and dark (changeEvent)
    item->setForeground(tones::color(tone));
    // A failure shows its output at once.
    if (state.status == IndexerState::Failed)
        m_table->selectRow(row);
}

void ReindexPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* item = m_table->item(row, StateColumn);
        if (item && item->data(toneRole).toInt() > 0)
            item->setForeground(tones::color(tones::Tone(item->data(toneRole).toInt() - 1)));
    }
}

void ReindexPage::onRowSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        m_indexerOutput->clear();
        return;
    }
    const QString title = m_table->item(selected.first()->row(), TitleColumn)->text();
    QStringList lines = m_outputs.value(title);
    const QString error = m_table->item(selected.first()->row(), StateColumn)->toolTip();
    if (!error.isEmpty() && !lines.contains(error))
        lines.prepend(error);
    m_indexerOutput->setPlainText(lines.join(QLatin1Char('\n')));
}

void ReindexPage::onFinished(const ReindexResult& result)
{
    m_result = result;
    const ReindexOptions options = m_runner->options();
    // Not deleted inside its own signal.
    m_runner.release()->deleteLater();
    m_cancelButton->setEnabled(false);
    m_skip->setEnabled(true);

    // Indexers never reached keep their row, said as such.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString state = m_table->item(row, StateColumn)->text();
        if (state == tr("waiting") || state == tr("running"))
            setRow(row, result.status == ReindexResult::Cancelled ? tr("stopped") : tr("not run"), QString());
    }
    const QLocale locale;
    QString summary;
    switch (result.status) {
    case ReindexResult::Succeeded:
        m_succeeded = true;
        summary = tr("%n indexer(s) rebuilt on %1 in %2.", nullptr, int(result.indexers.size()))
                      .arg(result.host, durationText(result.elapsedMs));
        break;
    case ReindexResult::Cancelled:
        summary = tr("Reindex stopped on %1 after %2.").arg(result.host, durationText(result.elapsedMs));
        break;
    case ReindexResult::Failed:
        if (result.failedCount() > 0)
            summary = tr("%n indexer(s) failed on %1: select one to see its output, fix the cause and run again.",
                nullptr, result.failedCount())
                          .arg(result.host);
        else
            summary = tr("The reindex failed on %1.").arg(result.host);
        break;
    }
    m_summary->setText(summary);
    updatePreview();
    // A failure of the run as a whole (not of an indexer: the table shows those) goes beside the field it
    // concerns, until that field is edited.
    if (!result.error.isEmpty() && result.failedCount() == 0)
        showError(options.sshTarget.isEmpty() ? m_rootError : m_sshError, result.error);

    RunRecord record;
    record.command = options.indexers.isEmpty()
        ? QStringLiteral("reindex")
        : QStringLiteral("reindex %1").arg(options.indexers.join(QLatin1Char(' ')));
    record.started = m_started;
    record.finished = QDateTime::currentDateTimeUtc();
    record.outcome = result.status == ReindexResult::Succeeded ? RunOutcome::Succeeded
        : result.status == ReindexResult::Cancelled            ? RunOutcome::Cancelled
                                                               : RunOutcome::Failed;
    record.summary = result.error.isEmpty() ? summary : result.error.section(QLatin1Char('\n'), 0, 0);
    record.details = result.toJson();
    m_controller->recordRun(record);

    if (m_succeeded)
        showTestPanel();
    emit completeChanged();
    emit runFinished(result);
}

void ReindexPage::onSkipToggled(bool skipped)
{
    m_skipError->hide();
    m_skipped = skipped;
    const QPointer<ReindexPage> guard(this);
    const auto saved = [guard, skipped](bool ok) {
        if (!guard || ok)
            return;
        guard->m_skipped = !skipped;
        guard->m_skip->setChecked(!skipped);
        showError(guard->m_skipError,
            tr("The choice could not be saved in the project file %1. Check that the file is writable.")
                .arg(guard->m_model->projectPath()));
        emit guard->completeChanged();
    };
    const QString note
        = skipped ? tr("Reindex skipped in the wizard: the user reindexed the store themselves.") : QString();
    if (!m_controller->setChecklistTick(skippedTickId, skipped, note, saved))
        saved(false);
    if (skipped)
        showTestPanel();
    emit completeChanged();
}

void ReindexPage::showTestPanel()
{
    m_testPanel->show();
    if (m_storeUrl.isEmpty())
        readStoreUrl();
}

void ReindexPage::readStoreUrl()
{
    if (!m_destination) {
        m_storeLink->setText(tr("Test the Magento 2 connection on the Connections page to see the store's address "
                                "here."));
        return;
    }
    if (m_urlWatcher.isRunning())
        return; // read again when it ends, if it was for another destination
    m_urlReadFor = m_destinationGeneration;
    m_storeLink->setText(tr("Reading the store's address from the Magento 2 database..."));
    CacheWarmOptions options;
    options.destination = m_destination;
    options.password = m_destinationPassword;
    m_urlWatcher.setFuture(QtConcurrent::run([options] {
        UrlResult result;
        // Exceptions never leave the worker: they become the result.
        try {
            QStringList warnings;
            const QList<WarmStore> stores = CacheWarmer::storeViews(options, &warnings);
            if (!stores.isEmpty())
                result.url = stores.first().baseUrl;
            else
                result.message = warnings.value(0, tr("The Magento 2 database has no active store view."));
        } catch (const Error& e) {
            result.message = e.message();
        }
        return result;
    }));
}

void ReindexPage::onStoreUrlRead()
{
    const UrlResult result = m_urlWatcher.result();
    if (m_urlReadFor != m_destinationGeneration) {
        // Read from a destination that has changed since: not this one's address.
        if (m_testPanel->isVisible())
            readStoreUrl();
        return;
    }
    m_storeUrl = result.url;
    if (result.url.isEmpty()) {
        m_storeLink->setText(tr("The store's address could not be read: %1").arg(result.message.toHtmlEscaped()));
    } else {
        const QString url = result.url.toString();
        m_storeLink->setText(tr("Open the store: <a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped()));
    }
    emit storeUrlRead(result.url);
}

} // namespace cutover::ui
