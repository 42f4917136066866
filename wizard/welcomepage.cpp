#include "welcomepage.h"

#include "project/project.h"
#include "wizardcontroller.h"
#include "wizardmodel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace cutover::ui {

namespace {

constexpr int pathRole = Qt::UserRole;
constexpr int missingRole = Qt::UserRole + 1;
const QString lastFolderKey = QStringLiteral("lastProjectFolder");

QString fileFilter()
{
    return WelcomePage::tr("Cutover projects (*%1)").arg(QLatin1String(Project::fileExtension));
}

} // namespace

WelcomePage::WelcomePage(WizardController* controller, WizardModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_model(model)
{
    setTitle(tr("Welcome to Cutover"));
    setSubTitle(tr("Move a live Magento 1 store to Magento 2: settings, catalog, customers, orders, content and "
                   "media, then keep both in step until you switch over."));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto* intro = new QLabel(tr("A project remembers the two stores and how far the migration has come. Start a new "
                                "one, open one you saved, or try Cutover on a demo store that runs on this computer: "
                                "a generated Magento 1 shop and an empty Magento 2."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* buttons = new QHBoxLayout;
    m_newButton = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("New project…"), this);
    m_newButton->setObjectName(QStringLiteral("newProjectButton"));
    m_openButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open project…"), this);
    m_openButton->setObjectName(QStringLiteral("openProjectButton"));
    m_demoButton = new QPushButton(style()->standardIcon(QStyle::SP_ComputerIcon), tr("Open demo store"), this);
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_demoButton->setToolTip(tr("Starts a private MariaDB server in %1 with a generated Magento 1 store and a "
                                "Magento 2 database, and opens a project for them.")
                                 .arg(QDir::toNativeSeparators(m_controller->demoFolder())));
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_demoButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_currentProject = new QLabel(this);
    m_currentProject->setObjectName(QStringLiteral("currentProject"));
    m_currentProject->setWordWrap(true);
    m_currentProject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_currentProject->hide();
    layout->addWidget(m_currentProject);

    m_demoBox = new QWidget(this);
    m_demoBox->setObjectName(QStringLiteral("demoProgress"));
    auto* demoLayout = new QGridLayout(m_demoBox);
    demoLayout->setContentsMargins(0, 0, 0, 0);
    m_demoStep = new QLabel(m_demoBox);
    m_demoStep->setObjectName(QStringLiteral("demoStep"));
    m_demoBar = new QProgressBar(m_demoBox);
    m_demoBar->setObjectName(QStringLiteral("demoBar"));
    m_cancelDemoButton = new QPushButton(tr("Cancel"), m_demoBox);
    m_cancelDemoButton->setObjectName(QStringLiteral("cancelDemoButton"));
    demoLayout->addWidget(m_demoStep, 0, 0, 1, 2);
    demoLayout->addWidget(m_demoBar, 1, 0);
    demoLayout->addWidget(m_cancelDemoButton, 1, 1);
    m_demoBox->hide();
    layout->addWidget(m_demoBox);

    m_errorBox = new QWidget(this);
    m_errorBox->setObjectName(QStringLiteral("errorBox"));
    auto* errorLayout = new QVBoxLayout(m_errorBox);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    m_errorLabel = new QLabel(m_errorBox);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecee; border: 1px solid "
                                               "#f3b5bd; border-radius: 4px; padding: 8px; }"));
    m_detailsButton = new QToolButton(m_errorBox);
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_detailsText = new QPlainTextEdit(m_errorBox);
    m_detailsText->setObjectName(QStringLiteral("detailsText"));
    m_detailsText->setReadOnly(true);
    m_detailsText->setMaximumHeight(120);
    m_detailsText->hide();
    errorLayout->addWidget(m_errorLabel);
    errorLayout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    errorLayout->addWidget(m_detailsText);
    m_errorBox->hide();
    layout->addWidget(m_errorBox);

    auto* recentBox = new QGroupBox(tr("Recent projects"), this);
    auto* recentLayout = new QVBoxLayout(recentBox);
    m_recentList = new QListWidget(recentBox);
    m_recentList->setObjectName(QStringLiteral("recentList"));
    m_recentList->setAccessibleName(tr("Recent projects"));
    m_recentList->setAlternatingRowColors(true);
    m_recentList->setToolTip(tr("Double-click a project to open it."));
    m_removeRecentButton = new QPushButton(tr("Remove from list"), recentBox);
    m_removeRecentButton->setObjectName(QStringLiteral("removeRecentButton"));
    m_removeRecentButton->setEnabled(false);
    recentLayout->addWidget(m_recentList);
    recentLayout->addWidget(m_removeRecentButton, 0, Qt::AlignRight);
    layout->addWidget(recentBox, 1);

    connect(m_newButton, &QPushButton::clicked, this, &WelcomePage::onNewProject);
    connect(m_openButton, &QPushButton::clicked, this, &WelcomePage::onOpenProject);
    connect(m_demoButton, &QPushButton::clicked, m_controller, &WizardController::prepareDemo);
    connect(m_cancelDemoButton, &QPushButton::clicked, this, [this] {
        m_cancelDemoButton->setEnabled(false);
        m_demoStep->setText(tr("Cancelling…"));
        m_controller->cancelDemo();
    });
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_detailsText->setVisible(on);
        m_detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_recentList, &QListWidget::itemActivated, this, &WelcomePage::onRecentActivated);
    connect(m_recentList, &QListWidget::currentItemChanged, this,
        [this](QListWidgetItem* current) { m_removeRecentButton->setEnabled(current != nullptr); });
    connect(m_removeRecentButton, &QPushButton::clicked, this, &WelcomePage::onRemoveRecent);

    connect(m_model, &WizardModel::projectChanged, this, &WelcomePage::onProjectChanged);
    connect(m_controller, &WizardController::recentProjectsChanged, this, &WelcomePage::refreshRecentProjects);
    connect(m_controller, &WizardController::errorOccurred, this, &WelcomePage::onError);
    connect(m_controller, &WizardController::projectOpened, this, &WelcomePage::clearError);
    connect(m_controller, &WizardController::demoStarted, this, &WelcomePage::onDemoStarted);
    connect(m_controller, &WizardController::demoProgress, this, &WelcomePage::onDemoProgress);
    connect(m_controller, &WizardController::demoFinished, this, &WelcomePage::onDemoFinished);

    refreshRecentProjects();
    onProjectChanged();
    if (m_controller->isPreparingDemo())
        onDemoStarted();
}

bool WelcomePage::isComplete() const
{
    return m_model->hasProject();
}

QString WelcomePage::lastFolder() const
{
    const QString folder = QSettings().value(lastFolderKey).toString();
    return folder.isEmpty() ? QDir::homePath() : folder;
}

void WelcomePage::onNewProject()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Cutover project"), lastFolder() + QStringLiteral("/migration.cutover"), fileFilter());
    if (path.isEmpty())
        return;
    QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
    m_controller->newProject(path);
}

void WelcomePage::onOpenProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Cutover project"), lastFolder(), fileFilter());
    if (path.isEmpty())
        return;
    QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
    m_controller->openProject(path);
}

void WelcomePage::onRecentActivated(QListWidgetItem* item)
{
    if (item)
        m_controller->openProject(item->data(pathRole).toString());
}

void WelcomePage::onRemoveRecent()
{
    if (QListWidgetItem* item = m_recentList->currentItem())
        m_controller->removeRecentProject(item->data(pathRole).toString());
}

void WelcomePage::refreshRecentProjects()
{
    m_recentList->clear();
    const QStringList recent = m_controller->recentProjects();
    for (const QString& path : recent) {
        const QFileInfo file(path);
        auto* item = new QListWidgetItem(m_recentList);
        item->setData(pathRole, path);
        const bool missing = !file.exists();
        item->setData(missingRole, missing);
        const QString native = QDir::toNativeSeparators(path);
        if (missing) {
            item->setText(tr("%1 (missing)").arg(file.completeBaseName()) + QStringLiteral("\n") + native);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(
                tr("This file no longer exists: %1. Select it and click \"Remove from list\".").arg(native));
        } else {
            item->setText(file.completeBaseName() + QStringLiteral("\n") + native);
            item->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
            item->setToolTip(tr("Double-click to open %1.").arg(native));
        }
    }
    if (recent.isEmpty()) {
        auto* placeholder = new QListWidgetItem(tr("No recent projects yet."), m_recentList);
        placeholder->setFlags(Qt::NoItemFlags);
    }
    m_removeRecentButton->setEnabled(false);
}

void WelcomePage::onProjectChanged()
{
    if (m_model->hasProject()) {
        const QString name = m_model->project().name.isEmpty() ? QFileInfo(m_model->projectPath()).completeBaseName()
                                                               : m_model->project().name;
        m_currentProject->setText(
            tr("Open project: <b>%1</b> (%2)")
                .arg(name.toHtmlEscaped(), QDir::toNativeSeparators(m_model->projectPath()).toHtmlEscaped()));
        m_currentProject->show();
    } else {
        m_currentProject->hide();
    }
    emit completeChanged();
}

void WelcomePage::onError(const QString& message, const QString& details)
{
    m_errorLabel->setText(message);
    m_detailsText->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_errorBox->show();
}

void WelcomePage::clearError()
{
    m_errorBox->hide();
    m_errorLabel->clear();
    m_detailsText->clear();
}

void WelcomePage::onDemoStarted()
{
    clearError();
    m_demoButton->setEnabled(false);
    m_cancelDemoButton->setEnabled(true);
    m_demoStep->setText(tr("Preparing the demo store…"));
    m_demoBar->setRange(0, 0);
    m_demoBox->show();
}

void WelcomePage::onDemoProgress(const QString& step, qint64 done, qint64 total)
{
    if (m_cancelDemoButton->isEnabled())
        m_demoStep->setText(step);
    if (total > 0) {
        m_demoBar->setRange(0, 1000);
        m_demoBar->setValue(int(done * 1000 / total));
    }
}

void WelcomePage::onDemoFinished(bool succeeded)
{
    Q_UNUSED(succeeded);
    m_demoBox->hide();
    m_demoButton->setEnabled(true);
}

} // namespace cutover::ui
