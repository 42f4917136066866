#include "cliutil.h"

#include "project/project.h"

#include <QLocale>
#include <QTimeZone>

#include <csignal>
#include <cstdlib>
#include <unistd.h>

namespace cutover::cli {

void out(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

bool isYes(const QString& answer)
{
    const QString typed = answer.trimmed().toLower();
    if (typed.isEmpty())
        return false;
    const QStringList yes { QStringLiteral("y"), QStringLiteral("yes"),
        QCoreApplication::translate("cli", "y", "the answer yes to a [y/N] question, one letter").toLower(),
        QCoreApplication::translate("cli", "yes", "the answer yes to a [y/N] question, the word").toLower() };
    return yes.contains(typed);
}

bool askYes(const QString& question)
{
    std::fputs((question + QLatin1Char(' ')
                   + QCoreApplication::translate("cli", "[y/N]", "the choices after a question: yes, No by default")
                   + QLatin1Char(' '))
                   .toLocal8Bit()
                   .constData(),
        stderr);
    std::fflush(stderr);
    std::string line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.push_back(char(c));
    return isYes(QString::fromLocal8Bit(line));
}

std::atomic<bool>& cancelFlag()
{
    static std::atomic<bool> flag { false };
    return flag;
}

namespace {

void onSignal(int)
{
    if (cancelFlag().exchange(true))
        std::_Exit(Cancelled);
    static const char message[] = "\nStopping after the current batch (press Ctrl+C again to quit at once)...\n";
    [[maybe_unused]] auto written = ::write(STDERR_FILENO, message, sizeof message - 1);
}

} // namespace

void installCancelHandler()
{
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

void ProgressLine::update(const QString& area, qint64 done, qint64 total)
{
    if (area != m_area) {
        if (m_dirty)
            finish();
        m_area = area;
        m_areaTimer.start();
        m_sinceLastPrint.invalidate();
    }
    const bool terminal = stderrIsTerminal();
    const qint64 interval = terminal ? 100 : 5000;
    if (m_sinceLastPrint.isValid() && m_sinceLastPrint.elapsed() < interval && done < total)
        return;
    m_sinceLastPrint.start();

    const QLocale locale;
    QString line = QStringLiteral("%1 %2/%3").arg(area, locale.toString(done), locale.toString(total));
    const double seconds = m_areaTimer.elapsed() / 1000.0;
    if (total > 0) {
        line += QStringLiteral(" %1%").arg(100 * done / total);
        if (seconds > 0.5 && done > 0) {
            const double rate = done / seconds;
            line += QCoreApplication::translate("cli", " %1/s").arg(locale.toString(qint64(rate)));
            if (done * 100 >= total && done < total)
                line += QCoreApplication::translate("cli", " ETA %1").arg(clockText(qint64((total - done) / rate)));
        }
    }
    if (terminal) {
        std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
        m_dirty = true;
    } else {
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    }
    std::fflush(stderr);
}

void ProgressLine::finish()
{
    if (m_dirty)
        std::fputc('\n', stderr);
    m_dirty = false;
}

void processOrExit(QCommandLineParser& parser, const QStringList& arguments, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("verbose"), QCoreApplication::translate("cli", "Log debug details to stderr.")));
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        err(QCoreApplication::translate("cli", "Run '%1 --help' for the options.").arg(arguments.value(0)));
        std::exit(UsageError);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        std::exit(Success);
    }
}

qint64 integerOption(const QCommandLineParser& parser, const QString& name, qint64 fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < 0) {
        err(QCoreApplication::translate("cli", "--%1 takes a whole number of 0 or more, not \"%2\".")
                .arg(name, parser.value(name)));
        std::exit(UsageError);
    }
    return value;
}

void addStepOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("url-clash"),
        QCoreApplication::translate("cli",
            "Two URL rewrites with the same request path in one store view (Magento 2 allows one): 'rename' gives "
            "the later ones a free suffix (path-1.html), 'keep-first' keeps only the first. Every renamed or "
            "dropped path is listed in the report. Default: the project's rule, else rename. Without a project, give "
            "'verify' the rule 'migrate' ran with."),
        QStringLiteral("RULE") });
    addAreaOptions(parser);
}

void addAreaOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("leave-out"),
        QCoreApplication::translate("cli",
            "Parts of the store to leave behind, comma separated: logs (Magento 1's visitor log), reports (reports "
            "and statistics; Magento 2 rebuilds its statistics from the orders), old-quotes (carts not updated "
            "within the store's quote lifetime, which Magento 2's cron would delete), or none. What is left behind "
            "is counted in the report; change capture, delta and the verification leave it out too. Default: the "
            "project's choice, else logs."),
        QStringLiteral("AREAS") });
    parser.addOption({ QStringLiteral("old-quotes-before"),
        QCoreApplication::translate("cli",
            "With --leave-out old-quotes: quotes not updated since this date (ISO 8601, UTC; 2026-10-28 or "
            "2026-10-28T12:00:00Z) are old. Default: the project's date, else today less the store's quote lifetime "
            "(checkout/cart/delete_quote_after, 30 days unless set). Without a project, give 'verify' and 'delta' "
            "the date 'migrate' printed."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("with-logs"),
        QCoreApplication::translate("cli",
            "Carry Magento 1's visitor logs (log_visitor to customer_visitor), the same as leaving logs out of "
            "--leave-out. They are often the largest tables and of little use in Magento 2, so by default they are "
            "left behind and their size is reported.") });
}

QString leftOutText(const OptionalAreas& areas)
{
    QStringList parts;
    if (!areas.visitorLogs)
        parts << QCoreApplication::translate("cli", "visitor logs");
    if (!areas.reports)
        parts << QCoreApplication::translate("cli", "reports and statistics");
    if (!areas.carriesOldQuotes())
        parts << QCoreApplication::translate("cli", "old quotes (not updated since %1)")
                     .arg(areas.oldQuotesBefore.toUTC().toString(Qt::ISODate));
    return parts.isEmpty() ? QCoreApplication::translate("cli", "nothing") : parts.join(QStringLiteral(", "));
}

StepOptions stepOptionsOrExit(const QCommandLineParser& parser, const Project* project,
    const std::function<QDateTime()>& defaultOldQuotesBefore)
{
    StepOptions options = project ? StepOptions::fromJson(project->stepOptions) : StepOptions {};
    // Only migrate and verify have --url-clash; optionNames() holds the options given, without a warning.
    if (parser.optionNames().contains(QStringLiteral("url-clash"))) {
        const auto rule = UrlRewriteStep::clashRuleFromName(parser.value(QStringLiteral("url-clash")));
        if (!rule) {
            err(QCoreApplication::translate("cli", "--url-clash takes rename or keep-first, not \"%1\".")
                    .arg(parser.value(QStringLiteral("url-clash"))));
            std::exit(UsageError);
        }
        options.urlClash = *rule;
    }
    QDateTime before;
    if (parser.isSet(QStringLiteral("old-quotes-before"))) {
        const QString text = parser.value(QStringLiteral("old-quotes-before")).trimmed();
        before = QDateTime::fromString(text, Qt::ISODate);
        if (!before.isValid()) {
            err(QCoreApplication::translate("cli",
                "--old-quotes-before takes an ISO 8601 date such as 2026-10-28 or 2026-10-28T12:00:00Z, not \"%1\".")
                    .arg(text));
            std::exit(UsageError);
        }
        if (before.timeSpec() == Qt::LocalTime)
            before.setTimeZone(QTimeZone::utc()); // a date without an offset is UTC, as the report prints it
        before = before.toUTC();
    }
    if (parser.isSet(QStringLiteral("leave-out"))) {
        if (!before.isValid())
            before = options.areas.oldQuotesBefore;
        QString error;
        const QString list = parser.value(QStringLiteral("leave-out"));
        const bool wantsOldQuotes = list.contains(QLatin1String("old-quotes"), Qt::CaseInsensitive);
        if (wantsOldQuotes && !before.isValid() && defaultOldQuotesBefore)
            before = defaultOldQuotesBefore();
        const auto areas = OptionalAreas::fromNames(list, before, &error);
        if (!areas) {
            err(QStringLiteral("--leave-out: ") + error);
            std::exit(UsageError);
        }
        options.areas = *areas;
    } else if (before.isValid() && !options.areas.carriesOldQuotes()) {
        options.areas.oldQuotesBefore = before;
    }
    if (parser.isSet(QStringLiteral("old-quotes-before")) && options.areas.carriesOldQuotes()) {
        err(QCoreApplication::translate("cli",
            "--old-quotes-before says which quotes are old, but old quotes are carried: add --leave-out with "
            "old-quotes in its list."));
        std::exit(UsageError);
    }
    if (parser.isSet(QStringLiteral("with-logs"))) {
        if (parser.isSet(QStringLiteral("leave-out"))
            && parser.value(QStringLiteral("leave-out")).contains(QLatin1String("logs"), Qt::CaseInsensitive)) {
            err(QCoreApplication::translate("cli",
                "--with-logs carries the visitor logs that --leave-out logs leaves behind; give one of them."));
            std::exit(UsageError);
        }
        options.areas.visitorLogs = true;
    }
    return options;
}

QString clockText(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace cutover::cli
