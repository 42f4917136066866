#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;
class QUrl;

namespace cutover::ui {

/**
 * The help of a wizard page: its few sentences (PageHelp) and, below a "Read the whole guide" link, the matching
 * section of the README's migration guide rendered from the embedded README.md (offline). Links between sections of
 * the guide stay in the dialog; web links open in the browser. One dialog, reused, owned by the wizard; GUI thread.
 */
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget* parent = nullptr);

    /** Shows the help of a CutoverWizard::PageId and its guide section. */
    void showPage(int pageId);
    /** Shows the guide section whose heading has the id `anchor` (a GitHub-style heading id) below the page's text. */
    void showGuideSection(const QString& anchor);

    int pageId() const { return m_pageId; }
    /** The anchor of the guide section shown; empty when none. */
    QString guideAnchor() const { return m_anchor; }

private:
    void onLinkActivated(const QUrl& url);

    QLabel* m_title;
    QLabel* m_text;
    QLabel* m_guideLink;
    QTextBrowser* m_guide;
    QString m_readme;
    QString m_anchor;
    int m_pageId = -1;
};

} // namespace cutover::ui
