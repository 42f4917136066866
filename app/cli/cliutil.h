#pragma once

#include "project/project.h"
#include "steps/steplist.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <functional>
#include <cstdio>

namespace cutover::cli {

/** Prints to stdout / stderr in the locale's encoding. */
void out(const QString& text);
void err(const QString& text);

/** True when standard input is a terminal: a question may be asked only then. */
bool stdinIsTerminal();
bool stderrIsTerminal();

/**
 * Asks `question` on the terminal, followed by the language's "[y/N]", and reads one line: true for yes, typed in
 * English ("y", "yes") or in the user's language (German "j", "ja"; French "o", "oui": the translations of the
 * letters say which). Anything else is no. Call it only when stdinIsTerminal().
 */
bool askYes(const QString& question);
/** Whether a typed answer means yes, as askYes() reads it. */
bool isYes(const QString& answer);

/**
 * Set by Ctrl+C (SIGINT) and SIGTERM once installCancelHandler() ran: long commands poll it between batches and
 * stop cleanly. A second Ctrl+C ends the process at once.
 */
std::atomic<bool>& cancelFlag();
void installCancelHandler();

/**
 * A one-line progress display on a terminal ("area 1,234/10,000 12% 4,321/s ETA 0:02"), rewritten at most ten
 * times a second; on a pipe or a file, a plain line every few seconds instead.
 */
class ProgressLine
{
public:
    void update(const QString& area, qint64 done, qint64 total);
    void finish();

private:
    QElapsedTimer m_sinceLastPrint;
    QElapsedTimer m_areaTimer;
    QString m_area;
    bool m_dirty = false;
};

/** Adds --help and --verbose, processes the arguments, and exits with a message on an unknown option. */
void processOrExit(QCommandLineParser& parser, const QStringList& arguments, const QString& description);

/** Reads a non-negative integer option or exits with a message naming it. */
qint64 integerOption(const QCommandLineParser& parser, const QString& name, qint64 fallback);

/** "4:05" or "1:04:05", for elapsed times and ETAs on progress lines. */
QString clockText(qint64 seconds);

/**
 * Adds the options that choose which parts of the store are left behind (--leave-out, --old-quotes-before,
 * --with-logs): for migrate, verify and delta alike, so that each treats them as the migration did.
 */
void addAreaOptions(QCommandLineParser& parser);
/** Adds the options that choose how steps treat data (--url-clash and the area options), for migrate and verify. */
void addStepOptions(QCommandLineParser& parser);
/**
 * Reads them into a StepOptions over the project's recorded choice (`project`, may be null) over the defaults, or
 * exits with a message naming the option and its values. `defaultOldQuotesBefore` is called only when old quotes
 * are left behind and neither --old-quotes-before nor the project says since when (it reads Magento 1's quote
 * lifetime).
 */
StepOptions stepOptionsOrExit(const QCommandLineParser& parser, const Project* project,
    const std::function<QDateTime()>& defaultOldQuotesBefore);
/** One line naming what the options leave behind ("visitor logs, old quotes (not updated since 2026-10-28)"). */
QString leftOutText(const OptionalAreas& areas);

/** Exit codes of every cutover-cli command. */
enum ExitCode {
    Success = 0,
    Failed = 1,
    UsageError = 2,
    Cancelled = 130,
};

} // namespace cutover::cli
