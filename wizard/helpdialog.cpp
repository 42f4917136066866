#include "helpdialog.h"

#include "pagehelp.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextCursor>
#include <QUrl>
#include <QVBoxLayout>

namespace cutover::ui {

namespace {

const QString wholeGuideAnchor = QStringLiteral("migration-guide");

/** The section without its screenshots: the images are not in the program, only the text is. */
QString withoutImages(QString markdown)
{
    static const QRegularExpression image(
        QStringLiteral("^\\s*!\\[[^\\]]*\\]\\([^)]*\\)\\s*$"), QRegularExpression::MultilineOption);
    return markdown.replace(image, QString());
}

} // namespace

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_guideLink(new QLabel(this))
    , m_guide(new QTextBrowser(this))
    , m_readme(guide::readme())
{
    setObjectName(QStringLiteral("helpDialog"));
    m_title->setObjectName(QStringLiteral("helpTitle"));
    m_text->setObjectName(QStringLiteral("helpText"));
    m_guideLink->setObjectName(QStringLiteral("guideLink"));
    m_guide->setObjectName(QStringLiteral("guide"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guideLink->setTextFormat(Qt::RichText);
    m_guideLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_guideLink->setText(
        tr("From the migration guide in README.md: %1")
            .arg(QStringLiteral("<a href=\"#%1\">%2</a>").arg(wholeGuideAnchor, tr("Read the whole guide"))));
    m_guideLink->setToolTip(tr("The migration guide of README.md, every step in order"));
    m_guide->setOpenLinks(false);
    m_guide->setAccessibleName(tr("Migration guide"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_guideLink);
    layout->addWidget(m_guide, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_guideLink, &QLabel::linkActivated, this, [this](const QString& link) { onLinkActivated(QUrl(link)); });
    connect(m_guide, &QTextBrowser::anchorClicked, this, &HelpDialog::onLinkActivated);
    resize(680, 560);
}

void HelpDialog::showPage(int pageId)
{
    m_pageId = pageId;
    const PageHelp help = PageHelp::forPage(pageId);
    setWindowTitle(tr("Help: %1").arg(help.title));
    m_title->setText(help.title);
    m_text->setText(help.text);
    showGuideSection(help.anchor);
}

void HelpDialog::showGuideSection(const QString& anchor)
{
    m_anchor = anchor;
    const QString section = guide::section(m_readme, anchor);
    if (section.isEmpty()) {
        // Only a broken build gets here (the README resource or its heading is missing); say so rather than show
        // an empty box.
        m_guide->setPlainText(tr("The section \"%1\" of the migration guide is not in this build of Cutover. Read "
                                 "README.md in Cutover's source or documentation folder.")
                                  .arg(anchor));
        return;
    }
    m_guide->setMarkdown(withoutImages(section));
    m_guide->moveCursor(QTextCursor::Start);
    m_guide->ensureCursorVisible();
}

void HelpDialog::onLinkActivated(const QUrl& url)
{
    if (url.isRelative() && url.path().isEmpty() && url.hasFragment()) {
        showGuideSection(url.fragment());
        return;
    }
    // Web links open in the browser; a link to another file of the source tree has nowhere to go offline.
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        QDesktopServices::openUrl(url);
}

} // namespace cutover::ui
