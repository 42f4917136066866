#include "report/migrationreport.h"

#include "connection/preflight.h"
#include "error.h"
#include "golive/golivechecklist.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>
#include <optional>

namespace cutover {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QDateTime jsonDate(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

const char* const css = R"(
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #1d1d1f; }
h1 { font-size: 20pt; color: #17324d; margin-bottom: 4px; }
h2 { font-size: 14pt; color: #17324d; margin-top: 18px; border-bottom: 1px solid #9fb3c8; }
h3 { font-size: 11pt; color: #17324d; margin-top: 12px; }
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 6px; }
th { background-color: #e4ebf2; text-align: left; font-weight: bold; }
td, th { font-size: 8.5pt; }
td.num, th.num { text-align: right; }
p.glossary { color: #4a5560; font-size: 8.5pt; font-style: italic; }
p.notrun { color: #7a4b00; font-style: italic; }
p.meta { color: #4a5560; }
span.ok { color: #1b6e2d; font-weight: bold; }
span.bad { color: #a31515; font-weight: bold; }
span.warn { color: #8a5a00; font-weight: bold; }
)";

/** Renders the report; one per html() call. */
class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(MigrationReport)
public:
    Renderer(const Project& project, const QString& projectPath, const QDateTime& now)
        : m_project(project)
        , m_path(projectPath)
        , m_now(now)
    {
        // The newest record of each command carries the details (Project keeps them there only).
        for (const RunRecord& run : m_project.progress.runs) {
            if (!run.details.isEmpty())
                m_latest.insert(run.command, &run);
        }
    }

    QString render()
    {
        const QString title = tr("Migration report: %1").arg(projectName());
        m_out
            += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style>"
                              "</head><body>\n")
                   .arg(esc(title), QString::fromLatin1(css));
        titleBlock(title);
        stores();
        summary();
        migrations();
        verification();
        media();
        delta();
        reindex();
        warmUp();
        goLive();
        preflight();
        runLog();
        m_out += QStringLiteral("</body></html>\n");
        return m_out;
    }

private:
    // ---- building blocks ----------------------------------------------------------------------------------

    QString projectName() const
    {
        return m_project.name.isEmpty() ? QFileInfo(m_path).completeBaseName() : m_project.name;
    }

    QString when(const QDateTime& date) const
    {
        return date.isValid() ? date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
                              : tr("unknown");
    }

    /** The time of day alone, where the date is in the run's header above. */
    QString clockTime(const QDateTime& date) const
    {
        return date.isValid() ? date.toUTC().toString(QStringLiteral("HH:mm:ss")) : tr("unknown");
    }

    QString number(qint64 n) const { return m_locale.toString(n); }

    QString duration(qint64 seconds) const
    {
        if (seconds < 0)
            return tr("unknown");
        return GoLiveChecklist::clock(seconds);
    }

    QString durationBetween(const QDateTime& from, const QDateTime& to) const
    {
        return from.isValid() && to.isValid() ? duration(from.secsTo(to)) : tr("unknown");
    }

    /** An outcome word, coloured; `name` as the JSON spells it ("succeeded", "failed", "match", ...). */
    QString outcome(const QString& name) const
    {
        static const QMap<QString, const char*> words {
            { QStringLiteral("succeeded"), QT_TRANSLATE_NOOP("MigrationReport", "succeeded") },
            { QStringLiteral("failed"), QT_TRANSLATE_NOOP("MigrationReport", "failed") },
            { QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("MigrationReport", "cancelled") },
            { QStringLiteral("skipped"), QT_TRANSLATE_NOOP("MigrationReport", "skipped") },
            { QStringLiteral("pending"), QT_TRANSLATE_NOOP("MigrationReport", "not finished") },
            { QStringLiteral("match"), QT_TRANSLATE_NOOP("MigrationReport", "match") },
            { QStringLiteral("mismatch"), QT_TRANSLATE_NOOP("MigrationReport", "differs") },
            { QStringLiteral("rebuilt"), QT_TRANSLATE_NOOP("MigrationReport", "rebuilt") },
            { QStringLiteral("running"), QT_TRANSLATE_NOOP("MigrationReport", "no result") },
        };
        const auto found = words.constFind(name);
        const QString text = found == words.cend() ? name : tr(*found);
        QString cls = QStringLiteral("warn");
        if (name == QLatin1String("succeeded") || name == QLatin1String("match") || name == QLatin1String("rebuilt"))
            cls = QStringLiteral("ok");
        else if (name == QLatin1String("failed") || name == QLatin1String("mismatch"))
            cls = QStringLiteral("bad");
        return badge(cls, text);
    }

    static QString badge(const QString& cls, const QString& text)
    {
        return QStringLiteral("<span class=\"%1\">%2</span>").arg(cls, esc(text));
    }

    void h2(const QString& text) { m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(text)); }
    void h3(const QString& text) { m_out += QStringLiteral("<h3>%1</h3>\n").arg(esc(text)); }
    void p(const QString& text) { m_out += QStringLiteral("<p>%1</p>\n").arg(esc(text)); }
    void glossary(const QString& text) { m_out += QStringLiteral("<p class=\"glossary\">%1</p>\n").arg(esc(text)); }
    void notRunYet(const QString& what)
    {
        m_out += QStringLiteral("<p class=\"notrun\">%1</p>\n").arg(esc(tr("Not run yet: %1").arg(what)));
    }

    /** A two-column table of labels and values; values are HTML already (escape them first). */
    void facts(const QList<QPair<QString, QString>>& rows)
    {
        m_out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
        for (const auto& [label, value] : rows)
            m_out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(label), value);
        m_out += QStringLiteral("</table>\n");
    }

    /** A table; `numeric` marks the right-aligned columns; cells are HTML already. */
    void table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& numeric = {})
    {
        m_out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n<tr>");
        for (int i = 0; i < headers.size(); ++i)
            m_out += QStringLiteral("<th%1>%2</th>")
                         .arg(numeric.contains(i) ? QStringLiteral(" class=\"num\"") : QString(), esc(headers[i]));
        m_out += QStringLiteral("</tr>\n");
        for (const QStringList& row : rows) {
            m_out += QStringLiteral("<tr>");
            for (int i = 0; i < row.size(); ++i)
                m_out += QStringLiteral("<td%1>%2</td>")
                             .arg(numeric.contains(i) ? QStringLiteral(" class=\"num\" align=\"right\"") : QString(),
                                 row[i]);
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</table>\n");
    }

    void list(const QStringList& items)
    {
        if (items.isEmpty())
            return;
        m_out += QStringLiteral("<ul>\n");
        for (const QString& item : items)
            m_out += QStringLiteral("<li>%1</li>\n").arg(esc(item));
        m_out += QStringLiteral("</ul>\n");
    }

    QStringList strings(const QJsonValue& value) const
    {
        QStringList result;
        for (const QJsonValue& v : value.toArray())
            result << v.toString();
        return result;
    }

    /** The newest run record with details whose command is of `kind`, or nullptr. */
    const RunRecord* latest(RunKind kind) const
    {
        const RunRecord* found = nullptr;
        for (const RunRecord* run : m_latest) {
            if (runKindOf(run->command) == kind && (!found || run->finished >= found->finished))
                found = run;
        }
        return found;
    }

    /** The newest records with details of `kind`, one per command, oldest first. */
    QList<const RunRecord*> latestPerCommand(RunKind kind) const
    {
        QList<const RunRecord*> result;
        for (const RunRecord* run : m_latest) {
            if (runKindOf(run->command) == kind)
                result << run;
        }
        std::sort(result.begin(), result.end(),
            [](const RunRecord* a, const RunRecord* b) { return a->started < b->started; });
        return result;
    }

    void runHeader(const RunRecord& run)
    {
        facts({ { tr("Command"), esc(run.command) }, { tr("Started"), esc(when(run.started)) },
            { tr("Finished"), esc(when(run.finished)) },
            { tr("Duration"), esc(durationBetween(run.started, run.finished)) },
            { tr("Outcome"), outcome(runOutcomeName(run.outcome)) }, { tr("Summary"), esc(run.summary) } });
    }

    // ---- sections -----------------------------------------------------------------------------------------

    void titleBlock(const QString& title)
    {
        m_out += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
        m_out += QStringLiteral("<p class=\"meta\">%1<br>%2<br>%3</p>\n")
                     .arg(esc(tr("Prepared %1 by Cutover %2.").arg(when(m_now), QStringLiteral(CUTOVER_VERSION))),
                         esc(tr("Project file: %1").arg(m_path)),
                         esc(m_project.createdAt.isValid() ? tr("Project started %1.").arg(when(m_project.createdAt))
                                                           : QString()));
        p(tr("This report records the move of an online store from Magento 1 (the old shop software) to Magento 2 "
             "(the new one): what was copied, what was checked, and how the switch-over went. It is produced by "
             "Cutover, the tool that did the work, from the records it kept of every run."));
    }

    /** What the newest `check` found out about one side: Magento release and database server. */
    QPair<QString, QString> probed(const QString& role) const
    {
        const RunRecord* check = latest(RunKind::Check);
        if (!check)
            return {};
        QString release, server;
        for (const QJsonValue& f : check->details.value(role).toObject().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject evidence = f.toObject().value(QStringLiteral("evidence")).toObject();
            if (evidence.contains(QStringLiteral("release")))
                release = evidence.value(QStringLiteral("release")).toString();
            else if (evidence.contains(QStringLiteral("version")) && release.isEmpty())
                release = evidence.value(QStringLiteral("version")).toString();
            if (evidence.contains(QStringLiteral("serverVersion")))
                server = evidence.value(QStringLiteral("serverVersion")).toString();
        }
        return { release, server };
    }

    void stores()
    {
        h2(tr("The two stores"));
        const auto column = [&](const ConnectionProfile& profile, const QString& root, const QString& role) {
            const auto [release, server] = probed(role);
            QStringList cells;
            cells << esc(profile.socket.isEmpty() ? QStringLiteral("%1:%2").arg(profile.host).arg(profile.port)
                                                  : tr("%1 (local socket)").arg(profile.socket))
                  << esc(profile.database.isEmpty() ? tr("not set yet") : profile.database)
                  << esc(profile.tablePrefix.isEmpty() ? tr("none") : profile.tablePrefix) << esc(profile.user)
                  << esc(tlsModeName(profile.tls)) << esc(root.isEmpty() ? tr("not set") : root)
                  << esc(release.isEmpty() ? tr("not checked yet (run cutover-cli check)") : release)
                  << esc(server.isEmpty() ? tr("not checked yet") : server);
            return cells;
        };
        const QStringList labels { tr("Server"), tr("Database"), tr("Table prefix"), tr("Database user"),
            tr("Encrypted connection (TLS)"), tr("Installation folder"), tr("Magento version"),
            tr("Database server version") };
        const QStringList m1 = column(m_project.source, m_project.m1Root, QStringLiteral("source"));
        const QStringList m2 = column(m_project.destination, m_project.m2Root, QStringLiteral("destination"));
        QList<QStringList> rows;
        for (int i = 0; i < labels.size(); ++i)
            rows << QStringList { esc(labels[i]), m1[i], m2[i] };
        table({ QString(), tr("Magento 1 (old store)"), tr("Magento 2 (new store)") }, rows);
        glossary(tr("Passwords are never written to the project or to this report. The Magento version is what "
                    "Cutover read from each database when it last checked the connections."));
    }

    void summary()
    {
        h2(tr("Summary"));
        qint64 rows = 0;
        qint64 seconds = 0;
        QString result;
        const QList<const RunRecord*> migrations = latestPerCommand(RunKind::Migrate);
        bool failed = false, cancelled = false;
        for (const RunRecord* run : migrations) {
            for (const QJsonValue& step : run->details.value(QStringLiteral("steps")).toArray())
                for (const QJsonValue& t : step.toObject().value(QStringLiteral("tables")).toArray())
                    rows += t.toObject().value(QStringLiteral("rowsWritten")).toInteger();
            if (run->started.isValid() && run->finished.isValid())
                seconds += run->started.secsTo(run->finished);
            failed = failed || run->outcome == RunOutcome::Failed;
            cancelled = cancelled || run->outcome == RunOutcome::Cancelled;
        }
        const GoLiveChecklist checklist(m_project.progress);
        const RunRecord* verify = latestVerification();
        if (migrations.isEmpty())
            result = tr("No data has been migrated yet.");
        else if (failed)
            result = tr("A migration run failed; see its steps below.");
        else if (cancelled)
            result = tr("A migration run was stopped before the end; running it again resumes it.");
        else if (checklist.downtimeEnded())
            result = tr("Migrated, and the new store is open.");
        else
            result = tr("Migrated; the switch-over to the new store has not finished yet.");
        QString verified = tr("not run yet");
        if (verify) {
            const QJsonObject v = verificationOf(*verify);
            verified = v.value(QStringLiteral("outcome")).toString() == QLatin1String("succeeded")
                ? tr("every compared table matches")
                : tr("differences found (see Verification)");
        }
        QString downtime = tr("not started");
        if (checklist.downtimeStarted())
            downtime = checklist.downtimeEnded()
                ? tr("%1, from %2 to %3")
                      .arg(GoLiveChecklist::clock(checklist.downtimeSeconds(m_now)), when(*checklist.downtimeStarted()),
                          when(*checklist.downtimeEnded()))
                : tr("running since %1 (%2 so far)")
                      .arg(
                          when(*checklist.downtimeStarted()), GoLiveChecklist::clock(checklist.downtimeSeconds(m_now)));
        facts({ { tr("Outcome"), esc(result) },
            { tr("Rows written"), migrations.isEmpty() ? esc(tr("none yet")) : esc(number(rows)) },
            { tr("Migration time"), migrations.isEmpty() ? esc(tr("none yet")) : esc(duration(seconds)) },
            { tr("Verification"), esc(verified) }, { tr("Downtime"), esc(downtime) },
            { tr("Runs recorded"), esc(number(m_project.progress.runs.size())) } });
        glossary(tr("Downtime: the time the shop took no orders, from the moment Magento 1 was put into maintenance "
                    "mode to the moment the new store was opened."));
    }

    void migrations()
    {
        h2(tr("Data migration"));
        glossary(tr("A migration run copies the store in steps (settings, products, customers, orders, ...). Rows "
                    "read: records taken from Magento 1. Written: records stored in Magento 2. Skipped: records "
                    "deliberately left out, with the reason. Transformed: records converted to Magento 2's format "
                    "on the way. Findings: warnings and errors a step reported."));
        const QList<const RunRecord*> runs = latestPerCommand(RunKind::Migrate);
        if (runs.isEmpty()) {
            notRunYet(tr("no settings or data have been migrated."));
            return;
        }
        for (const RunRecord* run : runs)
            migration(*run);
    }

    void migration(const RunRecord& run)
    {
        const QJsonObject d = run.details;
        const QString mode = d.value(QStringLiteral("mode")).toString();
        h3(mode == QLatin1String("settings")    ? tr("Settings (store configuration, websites and store views)")
                : mode == QLatin1String("data") ? tr("Data (catalog, customers, orders, content)")
                                                : tr("Migration run: %1").arg(run.command));
        runHeader(run);
        list(strings(d.value(QStringLiteral("warnings"))));
        if (!d.value(QStringLiteral("message")).toString().isEmpty())
            p(d.value(QStringLiteral("message")).toString());

        QList<QStringList> rows;
        struct Finding
        {
            QString step;
            QString text;
        };
        QList<Finding> findings;
        for (const QJsonValue& sv : d.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = sv.toObject();
            const QString title = step.value(QStringLiteral("title")).toString();
            qint64 read = 0, written = 0, skipped = 0, transformed = 0, warnings = 0;
            QMap<QString, qint64> reasons;
            for (const QJsonValue& tv : step.value(QStringLiteral("tables")).toArray()) {
                const QJsonObject t = tv.toObject();
                read += t.value(QStringLiteral("rowsRead")).toInteger();
                written += t.value(QStringLiteral("rowsWritten")).toInteger();
                transformed += t.value(QStringLiteral("rowsTransformed")).toInteger();
                warnings += t.value(QStringLiteral("warningCount")).toInteger();
                const QJsonObject skips = t.value(QStringLiteral("skipped")).toObject();
                for (auto it = skips.begin(); it != skips.end(); ++it) {
                    skipped += it.value().toInteger();
                    reasons[it.key()] += it.value().toInteger();
                }
                const QString table = t.value(QStringLiteral("source")).toString();
                const QString outcomeName = t.value(QStringLiteral("outcome")).toString();
                if (outcomeName == QLatin1String("failed") || outcomeName == QLatin1String("skipped"))
                    findings.append({ title,
                        tr("table %1 %2: %3")
                            .arg(table, outcomeName == QLatin1String("failed") ? tr("failed") : tr("not copied"),
                                t.value(QStringLiteral("reason")).toString()) });
                for (const QString& e : strings(t.value(QStringLiteral("errors"))))
                    findings.append({ title, tr("table %1, error: %2").arg(table, e) });
                const QStringList tableWarnings = strings(t.value(QStringLiteral("warnings")));
                for (qsizetype i = 0; i < tableWarnings.size() && i < 5; ++i)
                    findings.append({ title, tr("table %1: %2").arg(table, tableWarnings[i]) });
                const qint64 more
                    = t.value(QStringLiteral("warningCount")).toInteger() - std::min<qint64>(5, tableWarnings.size());
                if (more > 0)
                    findings.append({ title, tr("table %1: %n more warning(s)", nullptr, int(more)).arg(table) });
            }
            for (const QString& w : strings(step.value(QStringLiteral("warnings")))) {
                findings.append({ title, w });
                ++warnings;
            }
            if (!step.value(QStringLiteral("message")).toString().isEmpty())
                findings.append({ title, step.value(QStringLiteral("message")).toString() });
            for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
                findings.append({ title, tr("%1 row(s) skipped: %2").arg(number(it.value()), it.key()) });
            const QDateTime started = jsonDate(step.value(QStringLiteral("started")));
            const QDateTime finished = jsonDate(step.value(QStringLiteral("finished")));
            rows << QStringList { esc(title), esc(clockTime(started)), esc(clockTime(finished)),
                esc(durationBetween(started, finished)), esc(number(read)), esc(number(written)), esc(number(skipped)),
                esc(number(transformed)), esc(number(warnings)),
                outcome(step.value(QStringLiteral("outcome")).toString()) };
        }
        if (rows.isEmpty()) {
            p(tr("This run recorded no steps."));
            return;
        }
        table({ tr("Step"), tr("Start (UTC)"), tr("End (UTC)"), tr("Time"), tr("Read"), tr("Written"), tr("Skipped"),
                  tr("Transformed"), tr("Warnings"), tr("Outcome") },
            rows, { 4, 5, 6, 7, 8 });
        if (findings.isEmpty()) {
            p(tr("Findings: none. Every row read was written or deliberately skipped as counted above."));
        } else {
            QList<QStringList> findingRows;
            for (const Finding& f : findings)
                findingRows << QStringList { esc(f.step), esc(f.text) };
            m_out += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(tr("Findings")));
            table({ tr("Step"), tr("What was found") }, findingRows);
        }
        const QJsonObject embedded = d.value(QStringLiteral("verification")).toObject();
        if (!embedded.isEmpty())
            p(tr("This run was verified right after it: see Verification."));
    }

    /** The newest verification: a `verify` run or a migration run with --verify. */
    const RunRecord* latestVerification() const
    {
        const RunRecord* best = latest(RunKind::Verify);
        for (const RunRecord* run : latestPerCommand(RunKind::Migrate)) {
            if (run->details.contains(QStringLiteral("verification")) && (!best || run->finished > best->finished))
                best = run;
        }
        return best;
    }

    static QJsonObject verificationOf(const RunRecord& run)
    {
        return runKindOf(run.command) == RunKind::Verify ? run.details
                                                         : run.details.value(QStringLiteral("verification")).toObject();
    }

    void verification()
    {
        h2(tr("Verification"));
        glossary(tr("Verification compares Magento 2 with what should have arrived from Magento 1, table by table: "
                    "the number of rows and a checksum (a fingerprint of every value). \"Missing\", \"extra\" and "
                    "\"different\" count the records that do not agree."));
        const RunRecord* run = latestVerification();
        if (!run) {
            notRunYet(tr("the migrated data has not been compared with the old store."));
            return;
        }
        const QJsonObject v = verificationOf(*run);
        runHeader(*run);
        facts({ { tr("Result"), outcome(v.value(QStringLiteral("outcome")).toString()) },
            { tr("Tables that match"), esc(number(v.value(QStringLiteral("matched")).toInteger())) },
            { tr("Tables that differ"), esc(number(v.value(QStringLiteral("mismatched")).toInteger())) },
            { tr("Tables that could not be compared"), esc(number(v.value(QStringLiteral("failed")).toInteger())) },
            { tr("Tables not carried by these steps"), esc(number(v.value(QStringLiteral("skipped")).toInteger())) },
            { tr("Time"), esc(duration(qint64(v.value(QStringLiteral("seconds")).toDouble()))) } });
        if (!v.value(QStringLiteral("message")).toString().isEmpty())
            p(v.value(QStringLiteral("message")).toString());
        QList<QStringList> rows;
        for (const QJsonValue& tv : v.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject t = tv.toObject();
            const QString status = t.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("match") || status == QLatin1String("skipped"))
                continue;
            QStringList keys;
            for (const QJsonValue& m : t.value(QStringLiteral("mismatches")).toArray()) {
                if (keys.size() == 5)
                    break;
                keys << m.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char(' ')
                        + m.toObject().value(QStringLiteral("key")).toString();
            }
            rows << QStringList { esc(t.value(QStringLiteral("source")).toString() + QStringLiteral(" \u2192 ")
                                      + t.value(QStringLiteral("destination")).toString()),
                outcome(status), esc(number(t.value(QStringLiteral("expectedRows")).toInteger())),
                esc(number(t.value(QStringLiteral("destinationRows")).toInteger())),
                esc(number(t.value(QStringLiteral("missing")).toInteger())),
                esc(number(t.value(QStringLiteral("extra")).toInteger())),
                esc(number(t.value(QStringLiteral("different")).toInteger())),
                esc(keys.isEmpty() ? t.value(QStringLiteral("reason")).toString() : keys.join(QStringLiteral(", "))) };
        }
        if (rows.isEmpty())
            p(tr("Every compared table agrees with the old store."));
        else
            table({ tr("Table"), tr("Result"), tr("Expected rows"), tr("Rows in Magento 2"), tr("Missing"), tr("Extra"),
                      tr("Different"), tr("First records or reason") },
                rows, { 2, 3, 4, 5, 6 });

        // Rows of the written tables that point at a record that does not exist (Cutover writes with foreign key
        // checks off, so the verification checks them).
        const QJsonArray keys = v.value(QStringLiteral("foreignKeys")).toArray();
        const qint64 checked = v.value(QStringLiteral("foreignKeysChecked")).toInteger();
        if (checked == 0 && keys.isEmpty())
            return;
        glossary(tr("Links between records: a record such as an invoice names the record it belongs to (its order). "
                    "A link to a record that does not exist is listed here; a warning does not fail the check."));
        if (keys.isEmpty()) {
            p(tr("All %1 kinds of links between the copied records lead to existing records.").arg(number(checked)));
            return;
        }
        QList<QStringList> keyRows;
        for (const QJsonValue& kv : keys) {
            const QJsonObject k = kv.toObject();
            QStringList columns;
            for (const QJsonValue& c : k.value(QStringLiteral("columns")).toArray())
                columns << c.toString();
            QStringList referenced;
            for (const QJsonValue& c : k.value(QStringLiteral("referencedColumns")).toArray())
                referenced << c.toString();
            QStringList samples;
            for (const QJsonValue& c : k.value(QStringLiteral("samples")).toArray())
                samples << c.toString();
            const QString error = k.value(QStringLiteral("error")).toString();
            const bool warning = error.isEmpty()
                && (!k.value(QStringLiteral("referencedCarried")).toBool(true)
                    || k.value(QStringLiteral("setNull")).toBool());
            keyRows << QStringList {
                esc(QStringLiteral("%1.%2 \u2192 %3.%4")
                        .arg(k.value(QStringLiteral("table")).toString(), columns.join(QLatin1Char(',')),
                            k.value(QStringLiteral("referencedTable")).toString(), referenced.join(QLatin1Char(',')))),
                esc(warning ? tr("warning") : tr("failed")),
                esc(number(k.value(QStringLiteral("orphans")).toInteger())),
                esc(error.isEmpty() ? samples.join(QStringLiteral(", ")) : error)
            };
        }
        table({ tr("Link"), tr("Result"), tr("Records pointing at nothing"), tr("First records or error") }, keyRows,
            { 2 });
    }

    void media()
    {
        h2(tr("Media (product images and other files)"));
        glossary(tr("Media: the pictures and files of the store, copied from Magento 1's media folder to Magento 2's "
                    "pub/media folder. Each copy is read back and compared with the original (verified)."));
        const RunRecord* run = latest(RunKind::Media);
        if (!run) {
            notRunYet(tr("no media files have been copied."));
            return;
        }
        const QJsonObject m = run->details;
        runHeader(*run);
        const auto count = [&](const char* key) {
            const QString name = QString::fromLatin1(key);
            const QJsonValue counted = m.value(name + QStringLiteral("Count"));
            const QJsonValue value = m.value(name);
            return esc(number(counted.isDouble() ? counted.toInteger()
                    : value.isArray()            ? value.toArray().size()
                                                 : value.toInteger()));
        };
        facts({ { tr("Result"), outcome(m.value(QStringLiteral("status")).toString()) },
            { tr("Dry run (nothing written)"), esc(m.value(QStringLiteral("dryRun")).toBool() ? tr("yes") : tr("no")) },
            { tr("Files copied"), count("copied") }, { tr("Files copied again (changed)"), count("updated") },
            { tr("Files already up to date"), count("upToDate") },
            { tr("Files verified after copying"), count("verified") },
            { tr("Left behind by rule (Magento 2 rebuilds them)"), count("excluded") },
            { tr("Conflicts (a different file already there)"), count("conflicts") }, { tr("Failed"), count("failed") },
            { tr("Named by the database but missing on disk"), count("missingOnDisk") },
            { tr("Bytes copied"), esc(number(m.value(QStringLiteral("bytesCopied")).toInteger())) },
            { tr("Time"), esc(duration(qint64(m.value(QStringLiteral("seconds")).toDouble()))) } });
        if (!m.value(QStringLiteral("error")).toString().isEmpty())
            p(m.value(QStringLiteral("error")).toString());
        QStringList problems;
        for (const char* key : { "failed", "conflicts" })
            for (const QJsonValue& n : m.value(QString::fromLatin1(key)).toArray())
                problems << n.toObject().value(QStringLiteral("path")).toString() + QStringLiteral(": ")
                        + n.toObject().value(QStringLiteral("reason")).toString();
        problems << strings(m.value(QStringLiteral("warnings")));
        list(problems);
    }

    void delta()
    {
        h2(tr("Live changes (delta)"));
        glossary(tr("Delta: while the old store kept selling, Cutover recorded every new order, customer and review "
                    "and carried them over to Magento 2. The backlog is what was recorded and not yet carried; the "
                    "lag is how far behind the new store was."));
        int runs = 0;
        qint64 first = -1;
        for (const RunRecord& r : m_project.progress.runs) {
            if (runKindOf(r.command) == RunKind::Delta) {
                ++runs;
                if (first < 0)
                    first = &r - m_project.progress.runs.data();
            }
        }
        const RunRecord* run = latest(RunKind::Delta);
        if (!run) {
            notRunYet(tr("no live changes have been carried over."));
            return;
        }
        const QJsonObject f = run->details;
        p(tr("Delta was run %n time(s), first on %1; the newest run:", nullptr, runs)
                .arg(when(m_project.progress.runs.at(first).started)));
        runHeader(*run);
        facts({ { tr("Result"), outcome(f.value(QStringLiteral("outcome")).toString()) },
            { tr("Changes applied"), esc(number(f.value(QStringLiteral("applied")).toInteger())) },
            { tr("Change-log rows read"), esc(number(f.value(QStringLiteral("changeRows")).toInteger())) },
            { tr("Failed attempts"), esc(number(f.value(QStringLiteral("failed")).toInteger())) },
            { tr("Retried"), esc(number(f.value(QStringLiteral("retried")).toInteger())) },
            { tr("Waiting for a retry"), esc(number(f.value(QStringLiteral("pendingRetries")).toInteger())) },
            { tr("Not carried (tables Cutover does not migrate)"),
                esc(number(f.value(QStringLiteral("notCarried")).toInteger())) },
            { tr("Backlog at the end"), esc(number(f.value(QStringLiteral("backlog")).toInteger())) },
            { tr("Lag at the end"), esc(duration(qint64(f.value(QStringLiteral("lagSeconds")).toDouble()))) },
            { tr("Changes per second"),
                esc(m_locale.toString(f.value(QStringLiteral("changesPerSecond")).toDouble(), 'f', 1)) } });
        QStringList notes;
        const QJsonObject notCarried = f.value(QStringLiteral("notCarriedTables")).toObject();
        const QJsonObject notCarriedCounts = f.value(QStringLiteral("notCarriedByTable")).toObject();
        for (auto it = notCarried.begin(); it != notCarried.end(); ++it) {
            if (notCarriedCounts.contains(it.key()))
                notes << tr("Not carried: %1 change(s) of %2: %3")
                             .arg(number(notCarriedCounts.value(it.key()).toInteger()), it.key(), it.value().toString());
            else
                notes << tr("Not carried: %1: %2").arg(it.key(), it.value().toString());
        }
        notes << strings(f.value(QStringLiteral("lastErrors")));
        if (!f.value(QStringLiteral("fatalError")).toString().isEmpty())
            notes << f.value(QStringLiteral("fatalError")).toString();
        list(notes);
    }

    void reindex()
    {
        h2(tr("Reindex"));
        glossary(tr("Reindex: Magento 2 rebuilds its indexes (the lookup tables behind prices, stock, search and "
                    "category pages) from the migrated data."));
        const QList<const RunRecord*> runs = latestPerCommand(RunKind::Reindex);
        if (runs.isEmpty()) {
            notRunYet(tr("Magento 2's indexes have not been rebuilt by Cutover."));
            return;
        }
        for (const RunRecord* run : runs) {
            const QJsonObject r = run->details;
            h3(run->command);
            runHeader(*run);
            facts({ { tr("Where"),
                        esc(r.value(QStringLiteral("host")).toString().isEmpty()
                                ? tr("this computer")
                                : r.value(QStringLiteral("host")).toString()) },
                { tr("Command run"), esc(r.value(QStringLiteral("command")).toString()) },
                { tr("Result"), outcome(r.value(QStringLiteral("status")).toString()) } });
            if (!r.value(QStringLiteral("error")).toString().isEmpty())
                p(r.value(QStringLiteral("error")).toString());
            QList<QStringList> rows;
            for (const QJsonValue& iv : r.value(QStringLiteral("indexers")).toArray()) {
                const QJsonObject i = iv.toObject();
                const qint64 seconds = i.contains(QStringLiteral("seconds"))
                    ? qint64(i.value(QStringLiteral("seconds")).toDouble())
                    : i.value(QStringLiteral("elapsedMs")).toInteger() / 1000;
                QString error = i.value(QStringLiteral("error")).toString();
                if (i.value(QStringLiteral("status")).toString() == QLatin1String("failed")) {
                    const QStringList output = strings(i.value(QStringLiteral("output")));
                    if (!output.isEmpty())
                        error += QStringLiteral(" | ")
                            + output.mid(std::max<qsizetype>(0, output.size() - 5)).join(QStringLiteral(" | "));
                }
                rows << QStringList { esc(i.value(QStringLiteral("title")).toString()),
                    outcome(i.value(QStringLiteral("status")).toString()), esc(duration(seconds)), esc(error) };
            }
            if (!rows.isEmpty())
                table({ tr("Index"), tr("Result"), tr("Time"), tr("Error") }, rows);
        }
    }

    void warmUp()
    {
        h2(tr("Cache warm-up"));
        glossary(tr("Cache warm-up: Cutover visited the new store's pages (home, categories, products, content "
                    "pages) once, so that the first customers get fast pages. The status is the web server's answer "
                    "(200 means the page was served)."));
        const RunRecord* run = latest(RunKind::Warm);
        if (!run) {
            notRunYet(tr("the new store's pages have not been fetched."));
            return;
        }
        const QJsonObject w = run->details;
        runHeader(*run);
        QStringList statuses;
        const QJsonObject counts = w.value(QStringLiteral("statusCounts")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            statuses << tr("%1: %2 page(s)").arg(it.key(), number(it.value().toInteger()));
        facts({ { tr("Result"), outcome(w.value(QStringLiteral("status")).toString()) },
            { tr("Pages"), esc(number(w.value(QStringLiteral("total")).toInteger())) },
            { tr("Fetched"), esc(number(w.value(QStringLiteral("done")).toInteger())) },
            { tr("Served"), esc(number(w.value(QStringLiteral("succeeded")).toInteger())) },
            { tr("Redirected"), esc(number(w.value(QStringLiteral("redirected")).toInteger())) },
            { tr("Failed"), esc(number(w.value(QStringLiteral("failed")).toInteger())) },
            { tr("Answers"), esc(statuses.join(QStringLiteral(", "))) },
            { tr("Time"), esc(duration(w.value(QStringLiteral("elapsedMs")).toInteger() / 1000)) } });
        if (!w.value(QStringLiteral("error")).toString().isEmpty())
            p(w.value(QStringLiteral("error")).toString());
        QList<QStringList> rows;
        for (const char* key : { "failures", "slowest" }) {
            for (const QJsonValue& pv : w.value(QString::fromLatin1(key)).toArray()) {
                const QJsonObject page = pv.toObject();
                rows << QStringList { esc(page.value(QStringLiteral("url")).toString()),
                    esc(QString::number(page.value(QStringLiteral("status")).toInteger())),
                    esc(number(page.value(QStringLiteral("ms")).toInteger())),
                    esc(qstrcmp(key, "failures") == 0
                            ? tr("failed: %1").arg(page.value(QStringLiteral("error")).toString())
                            : tr("slow")) };
            }
        }
        if (!rows.isEmpty())
            table({ tr("Page"), tr("Status"), tr("Milliseconds"), tr("Note") }, rows, { 1, 2 });
    }

    void goLive()
    {
        h2(tr("Go-live timeline"));
        glossary(tr("Go-live: the switch-over from the old store to the new one, step by step, in this order. Each "
                    "step shows who confirmed it, when, and what Cutover checked. A step done out of order needs an "
                    "explicit override, flagged here."));
        const GoLiveChecklist checklist(m_project.progress);
        if (checklist.doneCount() == 0) {
            notRunYet(tr("the switch-over has not started."));
            return;
        }
        QList<QStringList> rows;
        const QVector<GoLiveStep> steps = GoLiveChecklist::steps();
        for (int i = 0; i < steps.size(); ++i) {
            const ChecklistTick* t = checklist.tick(steps[i].id);
            QString flag;
            if (t) {
                // Out of order: an earlier step not done, or done after this one.
                bool outOfOrder = false;
                for (int j = 0; j < i; ++j) {
                    const ChecklistTick* before = checklist.tick(steps[j].id);
                    outOfOrder = outOfOrder || !before || before->at > t->at;
                }
                if (t->note.contains(QLatin1String("overrid"), Qt::CaseInsensitive) || outOfOrder)
                    flag = QStringLiteral("<span class=\"bad\">%1</span>")
                               .arg(esc(tr("OVERRIDE: done out of order or despite a failed check")));
            }
            rows << QStringList { esc(QString::number(i + 1)), esc(steps[i].title),
                t ? badge(QStringLiteral("ok"), tr("done")) : esc(tr("not done")), esc(t ? when(t->at) : QString()),
                esc(t ? t->by : QString()), esc(t ? t->note : QString()), flag };
        }
        table({ tr("#"), tr("Step"), tr("State"), tr("When"), tr("Who"), tr("What Cutover checked"), tr("Flag") }, rows,
            { 0 });
        QString downtime;
        if (!checklist.downtimeStarted())
            downtime = tr("Downtime: not started.");
        else if (checklist.downtimeEnded())
            downtime = tr("Downtime: %1, from %2 to %3.")
                           .arg(GoLiveChecklist::clock(checklist.downtimeSeconds(m_now)),
                               when(*checklist.downtimeStarted()), when(*checklist.downtimeEnded()));
        else
            downtime = tr("Downtime: running since %1 (%2 as of this report).")
                           .arg(when(*checklist.downtimeStarted()),
                               GoLiveChecklist::clock(checklist.downtimeSeconds(m_now)));
        m_out += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(downtime));
    }

    void preflight()
    {
        h2(tr("Pre-flight checklist"));
        glossary(tr("Pre-flight: what had to be done before the copy that the database cannot show, confirmed by a "
                    "person."));
        QList<QStringList> rows;
        bool any = false;
        for (const ChecklistItem& item : Preflight::manualChecklist()) {
            const ChecklistTick* t = m_project.progress.tick(item.id);
            any = any || t;
            rows << QStringList { esc(item.text),
                t && t->ticked ? badge(QStringLiteral("ok"), tr("done")) : esc(t ? tr("unticked") : tr("not done")),
                esc(t ? when(t->at) : QString()), esc(t ? t->by : QString()), esc(t ? t->note : QString()) };
        }
        if (!any) {
            notRunYet(tr("no pre-flight item has been ticked."));
            return;
        }
        table({ tr("Item"), tr("State"), tr("When"), tr("Who"), tr("Note") }, rows);
    }

    void runLog()
    {
        h2(tr("Every recorded run"));
        glossary(tr("Every command and wizard run against this project, oldest first, as recorded (the newest %1 "
                    "are kept).")
                     .arg(Project::maxRuns));
        if (m_project.progress.runs.isEmpty()) {
            notRunYet(tr("nothing has been run against this project."));
            return;
        }
        QList<QStringList> rows;
        for (const RunRecord& run : m_project.progress.runs)
            rows << QStringList { esc(run.command), esc(when(run.started)), esc(when(run.finished)),
                esc(durationBetween(run.started, run.finished)), outcome(runOutcomeName(run.outcome)),
                esc(run.summary) };
        table({ tr("Command"), tr("Start"), tr("End"), tr("Duration"), tr("Outcome"), tr("Summary") }, rows);
    }

    const Project& m_project;
    const QString& m_path;
    const QDateTime m_now;
    const QLocale m_locale;
    QMap<QString, const RunRecord*> m_latest; ///< command -> newest record with details
    QString m_out;
};

} // namespace

MigrationReport MigrationReport::fromProject(const Project& project, const QString& projectPath, const QDateTime& now)
{
    MigrationReport report;
    report.m_project = project;
    report.m_projectPath = projectPath;
    report.m_now = now.toUTC();
    return report;
}

QString MigrationReport::html() const
{
    return Renderer(m_project, m_projectPath, m_now).render();
}

void MigrationReport::writeHtml(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("The report %1 could not be written: %2. Check that the folder exists and is writable, or "
                       "choose another file.")
                        .arg(path, file.errorString()));
    file.write(html().toUtf8());
    if (!file.commit())
        throw Error(tr("The report %1 could not be written: %2. Check the free disk space and the folder's "
                       "permissions.")
                        .arg(path, file.errorString()));
}

void MigrationReport::writePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("The report %1 could not be written: %2. Check that the folder exists and is writable, or "
                       "choose another file.")
                        .arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        // 96 dpi: the HTML's pixel sizes (cell padding, borders) keep their screen proportions on paper.
        writer.setResolution(96);
        writer.setTitle(tr("Migration report: %1").arg(m_project.name));
        writer.setCreator(QStringLiteral("Cutover %1").arg(QStringLiteral(CUTOVER_VERSION)));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setHtml(html());
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const qreal footer = 28;
        document.setPageSize(QSizeF(page.width(), page.height() - footer));
        const int pages = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            throw Error(tr("The report %1 could not be written: the PDF writer did not start. Check that the folder "
                           "is writable, or write the report as HTML with --html.")
                            .arg(path));
        QFont footerFont = document.defaultFont();
        footerFont.setPointSizeF(8);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            const QRectF body(0, 0, page.width(), page.height() - footer);
            painter.save();
            painter.setClipRect(body);
            painter.translate(0, -i * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * body.height(), body.width(), body.height());
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x4a, 0x55, 0x60));
            painter.drawText(QRectF(0, page.height() - footer + 8, page.width(), footer - 8),
                Qt::AlignRight | Qt::AlignVCenter,
                tr("%1 \u2014 page %2 of %3").arg(m_project.name).arg(i + 1).arg(pages));
        }
        painter.end();
    }
    if (!file.commit())
        throw Error(tr("The report %1 could not be written: %2. Check the free disk space and the folder's "
                       "permissions.")
                        .arg(path, file.errorString()));
}

} // namespace cutover
