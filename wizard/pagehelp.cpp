#include "pagehelp.h"

#include "cutoverwizard.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace cutover::ui {

PageHelp PageHelp::forPage(int pageId)
{
    switch (pageId) {
    case CutoverWizard::WelcomePageId:
        return { tr("Welcome"),
            tr("A project keeps everything Cutover learns about this migration: both connections (never their "
               "passwords), the Magento folders, your checklist ticks, every run and the page you were on. Create "
               "one, open one you saved, or open the demo store to try every page on a generated Magento 1 shop. "
               "Save the project file somewhere you back up: the report is made from it."),
            QStringLiteral("welcome-and-the-project") };
    case CutoverWizard::ConnectionsPageId:
        return { tr("Connections"),
            tr("Cutover reads the Magento 1 database and writes the Magento 2 database, so this computer must reach "
               "both servers: open their MySQL port in the firewall or use an SSH tunnel. Enter the credentials from "
               "Magento 1's app/etc/local.xml and Magento 2's app/etc/env.php and test each side: Cutover checks the "
               "network, the login, TLS, which Magento each database holds and the privileges it needs, and shows "
               "the fix beside the field at fault. Passwords are never written to the project file."),
            QStringLiteral("connections") };
    case CutoverWizard::PreflightPageId:
        return { tr("Pre-flight"),
            tr("Before data moves, the old store must be quiet. Cutover reads from the Magento 1 database whether "
               "cron still runs, whether someone works in the admin and how many orders arrive, and checks the media "
               "folder and the free disk space. Only you can stop Magento 1's cron on the server, ask the staff to "
               "stop editing in the admin and keep a safety copy of the Magento 1 database: tick each when done."),
            QStringLiteral("pre-flight") };
    case CutoverWizard::MediaPageId:
        return { tr("Media files"),
            tr("Images and downloads are files, not database rows: Magento 1's media folder must be copied to "
               "Magento 2's pub/media. Cutover copies them in parallel, verifies each copy by its hash, leaves "
               "behind what Magento 2 rebuilds, and copies only what changed on the next run: run it again right "
               "before go-live. Both folders must be visible from this computer; afterwards, let Magento 2's web "
               "server user read them."),
            QStringLiteral("media") };
    case CutoverWizard::MigratePageId:
        return { tr("Settings and data"),
            tr("The migration proper: settings and websites first, then catalog, customers, sales and content, "
               "through mapping files in the Data Migration Tool's format. Install the change capture first so that "
               "nothing made during the copy is lost. Cutover copies many tables at once, can pause, cancel and "
               "resume, counts every skipped row with its reason and verifies what it carried when asked. Magento 1 "
               "is only read."),
            QStringLiteral("settings-and-data") };
    case CutoverWizard::DeltaPageId:
        return { tr("Live changes"),
            tr("Magento 1 keeps taking orders until go-live. The change capture records each change on Magento 1, "
               "and this page applies them to Magento 2 with the same mapping: start and stop it at will, it goes on "
               "where it stopped. Watch the backlog and the lag; after go-live, remove the capture here."),
            QStringLiteral("live-changes-delta") };
    case CutoverWizard::ReindexPageId:
        return { tr("Reindex"),
            tr("Magento 2 rebuilds its indexes (prices, stock, search, categories) from the migrated data with "
               "bin/magento indexer:reindex. Cutover runs it on this computer or over your own ssh and follows each "
               "indexer; a failed one shows its output. Then test the new store yourself: browse, search, log in as "
               "a customer, place and cancel an order."),
            QStringLiteral("reindex-and-test") };
    case CutoverWizard::GoLivePageId:
        return { tr("Go-live"),
            tr("The cut-over in order, with a downtime clock: Magento 1 into maintenance, the delta emptied and "
               "stopped, Magento 2 cron, the stock index, the cache warmed, the final verification, DNS, the store "
               "open. Cutover does or checks each step it can and records who did it and when; you switch DNS and "
               "load balancers and open the store. Export the report for your client here."),
            QStringLiteral("go-live") };
    default:
        return {};
    }
}

namespace guide {

namespace {

/** A heading line outside fenced code: its level (1 to 6) and text; level 0 when the line is not a heading. */
struct Heading
{
    int level = 0;
    QString text;
};

Heading headingOf(const QString& line)
{
    static const QRegularExpression pattern(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return {};
    return { int(match.capturedLength(1)), match.captured(2) };
}

bool isFence(const QString& line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
}

/** Walks the headings of `markdown` outside fenced code: calls `visit(lineIndex, heading, uniqueAnchor)`. */
template <typename Visit> void forEachHeading(const QStringList& lines, Visit visit)
{
    QHash<QString, int> seen;
    bool fenced = false;
    for (int i = 0; i < lines.size(); ++i) {
        if (isFence(lines[i])) {
            fenced = !fenced;
            continue;
        }
        if (fenced)
            continue;
        const Heading heading = headingOf(lines[i]);
        if (heading.level == 0)
            continue;
        QString anchor = anchorOf(heading.text);
        const int count = seen.value(anchor);
        seen[anchor] = count + 1;
        if (count > 0)
            anchor += QLatin1Char('-') + QString::number(count);
        if (!visit(i, heading, anchor))
            return;
    }
}

} // namespace

QString readme()
{
    QFile file(QStringLiteral(":/guide/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString anchorOf(const QString& headingText)
{
    QString anchor;
    for (const QChar c : headingText.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor += c;
        else if (c == QLatin1Char(' '))
            anchor += QLatin1Char('-');
    }
    return anchor;
}

QStringList anchors(const QString& markdown)
{
    QStringList result;
    forEachHeading(markdown.split(QLatin1Char('\n')), [&result](int, const Heading&, const QString& anchor) {
        result << anchor;
        return true;
    });
    return result;
}

QString section(const QString& markdown, const QString& anchor)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    int first = -1;
    int level = 0;
    int end = int(lines.size());
    forEachHeading(lines, [&](int index, const Heading& heading, const QString& id) {
        if (first < 0) {
            if (id == anchor) {
                first = index;
                level = heading.level;
            }
            return true;
        }
        if (heading.level <= level) {
            end = index;
            return false;
        }
        return true;
    });
    if (first < 0)
        return {};
    return lines.mid(first, end - first).join(QLatin1Char('\n')).trimmed();
}

} // namespace guide

} // namespace cutover::ui
