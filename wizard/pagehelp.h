#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cutover::ui {

/**
 * The help of one wizard page: its title, a few translated sentences (what this step of the migration is for, what
 * Cutover does, what the user must do) and the anchor of the matching section of the README's migration guide.
 */
struct PageHelp
{
    Q_DECLARE_TR_FUNCTIONS(PageHelp)
public:
    QString title;
    QString text;
    QString anchor; ///< a GitHub-style heading id of README.md ("connections"), without '#'

    bool isValid() const { return !text.isEmpty(); }

    /** The help of a CutoverWizard::PageId; invalid (empty) for an id the wizard does not have. */
    static PageHelp forPage(int pageId);
};

/**
 * The migration guide as the program carries it: README.md embedded as the resource `:/guide/README.md`, so that an
 * installed package without internet shows it. Pure text functions, usable on any thread.
 */
namespace guide {

/** README.md's Markdown from the resources; empty if the resource is missing. */
QString readme();

/**
 * The GitHub-style id of a heading: lower case, inline code marks and punctuation dropped (letters, digits, '-' and
 * '_' kept), spaces turned into '-'. "Live changes (delta)" gives "live-changes-delta".
 */
QString anchorOf(const QString& headingText);

/** The ids of every heading of `markdown` (outside fenced code), in order; a repeated id gets "-1", "-2"... */
QStringList anchors(const QString& markdown);

/**
 * The section of `markdown` whose heading has the id `anchor`: the heading and everything up to the next heading of
 * the same or a higher level (outside fenced code). Empty when no heading has that id.
 */
QString section(const QString& markdown, const QString& anchor);

} // namespace guide

} // namespace cutover::ui
