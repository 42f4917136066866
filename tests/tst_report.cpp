#include "connection/preflight.h"
#include "db/database.h"
#include "delta/deltaapplier.h"
#include "error.h"
#include "golive/cachewarmer.h"
#include "golive/golivechecklist.h"
#include "golive/reindexrunner.h"
#include "project/project.h"
#include "report/migrationreport.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

// A password that must never reach the project file, the HTML or the PDF.
const QString secret = QStringLiteral("S3cr3t-Report-pw");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs cutover-cli as a script would: no terminal on stdin, no display, passwords in the environment only.
Run runCli(const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), secret);
    env.insert(QStringLiteral("CUTOVER_DEST_PASSWORD"), secret);
    env.remove(QStringLiteral("CUTOVER_DMT_CONFIG"));
    // `report --pdf` must find a platform by itself when none is set.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CUTOVER_CLI_PATH), arguments);
    if (!process.waitForFinished(600'000))
        process.kill();
    return { process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
        QString::fromLocal8Bit(process.readAllStandardError()) };
}

QString describe(const Run& run)
{
    return QStringLiteral("exit %1\n--- out\n%2\n--- err\n%3")
        .arg(run.exitCode)
        .arg(run.out.left(3000), run.err.left(3000));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// The HTML of one section: from its <h2> heading to the next.
QString section(const QString& html, const QString& title)
{
    const QString heading = QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
    const qsizetype start = html.indexOf(heading);
    if (start < 0)
        return {};
    const qsizetype end = html.indexOf(QLatin1String("<h2>"), start + heading.size());
    return html.mid(start, end < 0 ? -1 : end - start);
}

// Text of a PDF through poppler's pdftotext (scripts/setup.sh installs poppler-utils).
QString pdfText(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QStringLiteral("pdftotext is missing: install poppler-utils (scripts/setup.sh does)");
    QProcess process;
    process.start(tool, { QStringLiteral("-layout"), path, QStringLiteral("-") });
    process.waitForFinished(60'000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Page objects ("/Type /Page", not the "/Type /Pages" tree).
int pdfPages(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s])"));
    return int(QString::fromLatin1(pdf).count(page));
}

qint64 rowsWritten(const QJsonObject& runReport)
{
    qint64 sum = 0;
    for (const QJsonValue& step : runReport.value(QStringLiteral("steps")).toArray())
        for (const QJsonValue& table : step.toObject().value(QStringLiteral("tables")).toArray())
            sum += table.toObject().value(QStringLiteral("rowsWritten")).toInteger();
    return sum;
}

const RunRecord* lastRun(const Project& project, const QString& command)
{
    const RunRecord* found = nullptr;
    for (const RunRecord& run : project.progress.runs) {
        if (run.command == command)
            found = &run;
    }
    return found;
}

} // namespace

// The migration report, from a project whose runs are real cutover-cli runs against the test server.
class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void htmlHasEverySectionWithItsFigures();
    void valuesAreEscapedAndNoPasswordAppears();
    void missingSectionsSayNotRunYet();
    void deltaReindexAndWarmUpFromTheirResults();
    void goLiveTimelineWithOverrideAndDowntime();
    void pdfHasPagesAndTheContent();
    void writeNamesAnUnwritablePath();
    void cliWritesHtmlAndPdf();
    void cliRefusesBadInput_data();
    void cliRefusesBadInput();
    void linksPointingAtNothingAreListed();

private:
    QTemporaryDir m_folder;
    QString m_projectPath;
    QDateTime m_downtimeStart;
};

void TestReport::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QElapsedTimer timer;
    timer.start();
    auto& server = TestServer::instance();
    ConnectionProfile source = server.magento1(QStringLiteral("report_m1"));
    ConnectionProfile destination = server.magento2(QStringLiteral("report_m2"));
    // A user with a password, so that the test can look for it where it must not be.
    server.sql(QStringLiteral("CREATE OR REPLACE USER 'reporter'@'%' IDENTIFIED BY '%1'; CREATE OR REPLACE USER "
                              "'reporter'@'localhost' IDENTIFIED BY '%1'; GRANT ALL ON *.* TO 'reporter'@'%' WITH "
                              "GRANT OPTION; GRANT ALL ON *.* TO 'reporter'@'localhost' WITH GRANT OPTION;")
                   .arg(secret));
    source.user = destination.user = QStringLiteral("reporter");

    const QString m1Root = m_folder.filePath(QStringLiteral("m1"));
    const QString m2Root = m_folder.filePath(QStringLiteral("m2"));
    writeFile(m1Root + QStringLiteral("/media/catalog/product/a/b/ab.jpg"), QByteArray(3000, 'a'));
    writeFile(m1Root + QStringLiteral("/media/catalog/product/c/d/cd.jpg"), QByteArray(4000, 'c'));
    writeFile(m1Root + QStringLiteral("/media/wysiwyg/banner.png"), QByteArray(500, 'b'));
    QVERIFY(QDir().mkpath(m2Root + QStringLiteral("/pub/media")));

    Project project;
    project.name = QStringLiteral("Shop <script>alert(1)</script> & Co");
    project.source = source;
    project.destination = destination;
    project.m1Root = m1Root;
    project.m2Root = m2Root;
    project.createdAt = QDateTime::currentDateTimeUtc();
    project.ensureId();
    m_projectPath = m_folder.filePath(QStringLiteral("shop.cutover"));
    project.save(m_projectPath);

    for (const QStringList& arguments : QList<QStringList> {
             { "check", "--project", m_projectPath },
             { "migrate", "settings", "--verify", "--project", m_projectPath },
             { "migrate", "data", "--project", m_projectPath },
             { "verify", "data", "--project", m_projectPath },
             { "media", "--no-cross-check", "--project", m_projectPath },
         }) {
        const Run run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(run)));
    }
    qInfo("ran check, migrate settings and data, verify and media in %.1f s", timer.elapsed() / 1000.0);

    // The go-live as the checklist page records it: cron skipped, and the reindex done anyway with an override.
    m_downtimeStart = QDateTime(QDate(2026, 11, 20), QTime(22, 0), Qt::UTC);
    Project::update(m_projectPath, [&](Project& p) {
        const auto tick = [&](const char* id, int minutes, const QString& note) {
            p.progress.setTicked(
                QLatin1String(id), true, QStringLiteral("anna"), m_downtimeStart.addSecs(minutes * 60), note);
        };
        tick(GoLiveChecklist::maintenanceOn, 0, QStringLiteral("maintenance.flag created in /srv/m1"));
        tick(GoLiveChecklist::deltaStopped, 5, QStringLiteral("backlog 0 after 41 s"));
        tick(GoLiveChecklist::stockReindexed, 10,
            QStringLiteral("overridden: cron is started by the hosting company <after> go-live"));
        tick(GoLiveChecklist::cacheWarmed, 15, QStringLiteral("812 pages, 0 failed"));
        tick(GoLiveChecklist::finalVerification, 20, QStringLiteral("all tables match"));
        tick(GoLiveChecklist::dnsSwitched, 25, QStringLiteral("shop.example.com resolves to 203.0.113.7"));
        tick(GoLiveChecklist::storeOpen, 47, {});
        p.progress.setTicked(Preflight::manualChecklist().first().id, true, QStringLiteral("bob"),
            m_downtimeStart.addDays(-2), QStringLiteral("done by the network team"));
    });
}

void TestReport::htmlHasEverySectionWithItsFigures()
{
    const Project project = Project::load(m_projectPath);
    const QString html = MigrationReport::fromProject(project, m_projectPath, QDateTime::currentDateTimeUtc()).html();
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<style>")));
    QVERIFY2(!html.contains(QLatin1String("<link")) && !html.contains(QLatin1String("src=")), "not self-contained");
    QVERIFY(html.contains(QStringLiteral("Cutover %1").arg(QStringLiteral(CUTOVER_VERSION))));
    QVERIFY(html.contains(m_projectPath.toHtmlEscaped()));

    // The stores, with what the check found.
    const QString stores = section(html, QStringLiteral("The two stores"));
    QVERIFY(stores.contains(project.source.database));
    QVERIFY(stores.contains(project.destination.database));
    QVERIFY(stores.contains(QLatin1String("reporter")));
    QVERIFY2(stores.contains(QLatin1String("Magento CE 1.9")), qPrintable(stores)); // what check found
    QVERIFY2(stores.contains(QLatin1String("2.4.8")), qPrintable(stores));

    // Each migration run: steps with their start, end and rows as the run recorded them.
    const QLocale locale;
    const QString migration = section(html, QStringLiteral("Data migration"));
    for (const char* command : { "migrate settings", "migrate data" }) {
        const RunRecord* run = lastRun(project, QLatin1String(command));
        QVERIFY2(run && !run->details.isEmpty(), command);
        QVERIFY(migration.contains(QLatin1String(command)));
        const QJsonArray steps = run->details.value(QStringLiteral("steps")).toArray();
        QVERIFY(!steps.isEmpty());
        for (const QJsonValue& step : steps) {
            const QJsonObject s = step.toObject();
            QVERIFY2(migration.contains(s.value(QStringLiteral("title")).toString().toHtmlEscaped()),
                qPrintable(s.value(QStringLiteral("title")).toString()));
            const QDateTime started
                = QDateTime::fromString(s.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
            QVERIFY(migration.contains(
                QStringLiteral("<td>%1</td>").arg(started.toUTC().toString(QStringLiteral("HH:mm:ss")))));
            qint64 written = 0;
            for (const QJsonValue& t : s.value(QStringLiteral("tables")).toArray())
                written += t.toObject().value(QStringLiteral("rowsWritten")).toInteger();
            QVERIFY2(migration.contains(QStringLiteral(">%1</td>").arg(locale.toString(written))),
                qPrintable(s.value(QStringLiteral("title")).toString()));
        }
    }
    QVERIFY(migration.contains(QLatin1String("Skipped")));
    QVERIFY(migration.contains(QLatin1String("Transformed")));
    QVERIFY(migration.contains(QLatin1String("Findings")));

    // The summary adds up every migration's rows.
    const qint64 total = rowsWritten(lastRun(project, QStringLiteral("migrate settings"))->details)
        + rowsWritten(lastRun(project, QStringLiteral("migrate data"))->details);
    QVERIFY(total > 0);
    const QString summary = section(html, QStringLiteral("Summary"));
    QVERIFY2(summary.contains(QStringLiteral("<td>%1</td>").arg(locale.toString(total))), qPrintable(summary));
    QVERIFY(summary.contains(QLatin1String("every compared table matches")));

    // The verification of `verify data` (newer than the settings run's), with its table count.
    const QString verification = section(html, QStringLiteral("Verification"));
    const RunRecord* verify = lastRun(project, QStringLiteral("verify data"));
    QVERIFY(verify && !verify->details.isEmpty());
    QVERIFY(verification.contains(QLatin1String("verify data")));
    QVERIFY2(
        verification.contains(QStringLiteral("<td>%1</td>")
                                  .arg(locale.toString(verify->details.value(QStringLiteral("matched")).toInteger()))),
        qPrintable(verification));
    // The foreign keys the verification checked: a clean migration leaves none pointing at nothing.
    const qint64 checkedKeys = verify->details.value(QStringLiteral("foreignKeysChecked")).toInteger();
    QVERIFY(checkedKeys > 0);
    QVERIFY2(verify->details.value(QStringLiteral("foreignKeys")).toArray().isEmpty(),
        qPrintable(QJsonDocument(verify->details).toJson()));
    QVERIFY2(verification.contains(QStringLiteral("All %1 kinds of links").arg(locale.toString(checkedKeys))),
        qPrintable(verification));

    // Media: three files copied and verified.
    const QString media = section(html, QStringLiteral("Media (product images and other files)"));
    QVERIFY2(media.contains(QLatin1String("<th>Files copied</th><td>3</td>")), qPrintable(media));
    QVERIFY2(media.contains(QLatin1String("<th>Files verified after copying</th><td>3</td>")), qPrintable(media));
    QVERIFY(media.contains(QStringLiteral("<td>%1</td>").arg(locale.toString(7500))));

    // The run log lists every run, and a glossary line explains the technical words.
    const QString log = section(html, QStringLiteral("Every recorded run"));
    QCOMPARE(log.count(QLatin1String("<tr>")) - 1, project.progress.runs.size());
    QVERIFY(html.contains(QLatin1String("class=\"glossary\"")));
    QVERIFY(html.contains(QLatin1String("Downtime: the time the shop took no orders")));
}

void TestReport::valuesAreEscapedAndNoPasswordAppears()
{
    const Project project = Project::load(m_projectPath);
    const QString html = MigrationReport::fromProject(project, m_projectPath, QDateTime::currentDateTimeUtc()).html();
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(html.contains(QLatin1String("Shop &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")));
    QVERIFY(html.contains(QLatin1String("hosting company &lt;after&gt; go-live")));
    QVERIFY(!html.contains(secret));
    QVERIFY(!readFile(m_projectPath).contains(secret.toUtf8()));
}

void TestReport::missingSectionsSayNotRunYet()
{
    // The real project: reindex, warm-up and delta were not run.
    const Project project = Project::load(m_projectPath);
    const QString html = MigrationReport::fromProject(project, m_projectPath, QDateTime::currentDateTimeUtc()).html();
    for (const char* title : { "Reindex", "Cache warm-up", "Live changes (delta)" })
        QVERIFY2(section(html, QLatin1String(title)).contains(QLatin1String("Not run yet")), title);
    for (const char* title : { "Data migration", "Verification", "Media (product images and other files)",
             "Go-live timeline", "Pre-flight checklist" })
        QVERIFY2(!section(html, QLatin1String(title)).contains(QLatin1String("Not run yet")), title);

    // A new project: every section is there, and says so.
    Project fresh;
    fresh.name = QStringLiteral("New");
    const QString empty
        = MigrationReport::fromProject(fresh, QStringLiteral("/tmp/new.cutover"), QDateTime::currentDateTimeUtc())
              .html();
    for (const char* title :
        { "Data migration", "Verification", "Media (product images and other files)", "Live changes (delta)", "Reindex",
            "Cache warm-up", "Go-live timeline", "Pre-flight checklist", "Every recorded run" })
        QVERIFY2(section(empty, QLatin1String(title)).contains(QLatin1String("Not run yet")), title);
    QVERIFY(section(empty, QStringLiteral("Summary")).contains(QLatin1String("No data has been migrated yet.")));
}

// Delta, reindex and warm-up as their commands record them: the result types' own JSON.
void TestReport::deltaReindexAndWarmUpFromTheirResults()
{
    DeltaFigures figures;
    figures.applied = 12345;
    figures.changeRows = 20000;
    figures.pendingRetries = 2;
    figures.backlog = 0;
    figures.notCarriedTables.insert(QStringLiteral("wishlist"), QStringLiteral("no applier yet"));
    figures.notCarriedTables.insert(QStringLiteral("eav_attribute"), QStringLiteral("the EAV step's table"));
    figures.notCarried = 3;
    figures.notCarriedByTable.insert(QStringLiteral("eav_attribute"), 3);
    QJsonObject delta = figures.toJson();
    delta.insert(QStringLiteral("outcome"), QStringLiteral("succeeded"));

    ReindexResult reindex;
    reindex.status = ReindexResult::Failed;
    reindex.host = QStringLiteral("deploy@m2.example.com");
    reindex.commandLine = QStringLiteral("php bin/magento indexer:reindex");
    IndexerState rebuilt;
    rebuilt.title = QStringLiteral("Stock");
    rebuilt.status = IndexerState::Rebuilt;
    rebuilt.seconds = 75;
    IndexerState broken;
    broken.title = QStringLiteral("Catalog Search");
    broken.status = IndexerState::Failed;
    broken.error = QStringLiteral("Elasticsearch is not reachable");
    reindex.indexers = { rebuilt, broken };

    CacheWarmResult warm;
    warm.status = CacheWarmResult::Succeeded;
    warm.total = warm.done = 812;
    warm.succeeded = 811;
    warm.failed = 1;
    warm.statusCounts.insert(200, 811);
    warm.statusCounts.insert(0, 1);
    WarmPage timedOut;
    timedOut.url = QUrl(QStringLiteral("https://shop.example.com/slow-page.html"));
    timedOut.error = QStringLiteral("timed out after 30 s");
    warm.failures = { timedOut };

    Project project;
    project.name = QStringLiteral("Results");
    const QDateTime t(QDate(2026, 11, 20), QTime(21, 0), Qt::UTC);
    project.progress.runs = {
        { QStringLiteral("delta run"), t, t.addSecs(3600), RunOutcome::Succeeded, QStringLiteral("old"), {} },
        { QStringLiteral("delta run"), t.addSecs(4000), t.addSecs(4100), RunOutcome::Succeeded, QStringLiteral("x"),
            delta },
        { QStringLiteral("reindex"), t.addSecs(5000), t.addSecs(5100), RunOutcome::Failed, QStringLiteral("y"),
            reindex.toJson() },
        { QStringLiteral("warm"), t.addSecs(6000), t.addSecs(6100), RunOutcome::Failed, QStringLiteral("z"),
            warm.toJson() },
    };
    const QString html = MigrationReport::fromProject(project, QStringLiteral("/tmp/r.cutover"), t.addDays(1)).html();
    const QLocale locale;
    const QString deltaSection = section(html, QStringLiteral("Live changes (delta)"));
    QVERIFY2(deltaSection.contains(QStringLiteral("<th>Changes applied</th><td>%1</td>").arg(locale.toString(12345))),
        qPrintable(deltaSection));
    QVERIFY(deltaSection.contains(QStringLiteral("<th>Waiting for a retry</th><td>2</td>")));
    QVERIFY(deltaSection.contains(QLatin1String("2 time(s)")) || deltaSection.contains(QLatin1String("2 times")));
    QVERIFY(deltaSection.contains(QLatin1String("wishlist: no applier yet")));
    QVERIFY2(deltaSection.contains(QLatin1String("Not carried: 3 change(s) of eav_attribute: the EAV step's table")),
        qPrintable(deltaSection.mid(deltaSection.indexOf(QLatin1String("Not carried: ")), 400)));
    const QString reindexSection = section(html, QStringLiteral("Reindex"));
    QVERIFY(reindexSection.contains(QLatin1String("deploy@m2.example.com")));
    QVERIFY(reindexSection.contains(QLatin1String("Catalog Search")));
    QVERIFY(reindexSection.contains(QLatin1String("Elasticsearch is not reachable")));
    QVERIFY(reindexSection.contains(QLatin1String("0:01:15")));
    const QString warmSection = section(html, QStringLiteral("Cache warm-up"));
    QVERIFY(warmSection.contains(QStringLiteral("<th>Pages</th><td>812</td>")));
    QVERIFY(warmSection.contains(QLatin1String("https://shop.example.com/slow-page.html")));
    QVERIFY(warmSection.contains(QLatin1String("timed out after 30 s")));
    for (const QString& s : { deltaSection, reindexSection, warmSection })
        QVERIFY(!s.contains(QLatin1String("Not run yet")));
}

void TestReport::goLiveTimelineWithOverrideAndDowntime()
{
    const Project project = Project::load(m_projectPath);
    const QString html = MigrationReport::fromProject(project, m_projectPath, QDateTime::currentDateTimeUtc()).html();
    const QString golive = section(html, QStringLiteral("Go-live timeline"));
    QVERIFY(!golive.isEmpty());
    // Every step, in order, the skipped one "not done".
    qsizetype at = 0;
    for (const GoLiveStep& step : GoLiveChecklist::steps()) {
        const qsizetype found = golive.indexOf(step.title.toHtmlEscaped(), at);
        QVERIFY2(found > at, qPrintable(step.title));
        at = found;
    }
    QVERIFY(golive.contains(QLatin1String("not done")));
    QVERIFY(golive.contains(QLatin1String("anna")));
    QVERIFY(golive.contains(QLatin1String("maintenance.flag created in /srv/m1")));
    QVERIFY(golive.contains(QLatin1String("2026-11-20 22:00:00 UTC")));
    // The override is flagged on the reindex (and every step after the skipped one).
    const qsizetype reindexRow = golive.indexOf(QLatin1String("Stock index rebuilt"));
    const qsizetype flag = golive.indexOf(QLatin1String("OVERRIDE"));
    QVERIFY(flag > reindexRow);
    QVERIFY(golive.lastIndexOf(QLatin1String("OVERRIDE"), reindexRow) < 0); // not on the steps before it
    QVERIFY2(
        golive.contains(QLatin1String("Downtime: 0:47:00, from 2026-11-20 22:00:00 UTC to 2026-11-20 22:47:00 UTC.")),
        qPrintable(golive));
    QVERIFY(section(html, QStringLiteral("Summary")).contains(QLatin1String("0:47:00")));
    QVERIFY(section(html, QStringLiteral("Summary")).contains(QLatin1String("the new store is open")));

    const QString preflight = section(html, QStringLiteral("Pre-flight checklist"));
    QVERIFY(preflight.contains(Preflight::manualChecklist().first().text.toHtmlEscaped()));
    QVERIFY(preflight.contains(QLatin1String("done by the network team")));
    QVERIFY(preflight.contains(QLatin1String("bob")));
}

void TestReport::pdfHasPagesAndTheContent()
{
    const Project project = Project::load(m_projectPath);
    const QString path = m_folder.filePath(QStringLiteral("report.pdf"));
    QElapsedTimer timer;
    timer.start();
    MigrationReport::fromProject(project, m_projectPath, QDateTime::currentDateTimeUtc()).writePdf(path);
    qInfo("wrote the PDF in %lld ms", timer.elapsed());
    const QByteArray pdf = readFile(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
    QVERIFY(!pdf.contains(secret.toUtf8()));

    const QString text = pdfText(path);
    QVERIFY2(text.contains(QLatin1String("Shop <script>alert(1)</script> & Co")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QLatin1String("The two stores")));
    QVERIFY(text.contains(QLatin1String("Go-live timeline")));
    QVERIFY(text.contains(QLatin1String("0:47:00")));
    QVERIFY(text.contains(QStringLiteral("page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("page %1 of %1").arg(pages)));
    QVERIFY(!text.contains(secret));

    // docs/screenshots/report-pdf.png is the first page of this PDF: CUTOVER_REPORT_PDF=/tmp/r.pdf keeps a copy, then
    // pdftoppm -png -r 70 -f 1 -l 1 -singlefile /tmp/r.pdf docs/screenshots/report-pdf
    const QString keep = qEnvironmentVariable("CUTOVER_REPORT_PDF");
    if (!keep.isEmpty()) {
        QFile::remove(keep);
        QVERIFY(QFile::copy(path, keep));
    }
}

void TestReport::writeNamesAnUnwritablePath()
{
    const MigrationReport report = MigrationReport::fromProject(Project {}, QStringLiteral("x.cutover"), {});
    for (const QString& path : { QStringLiteral("/nonexistent-folder/report.html"), m_folder.path() }) {
        try {
            report.writeHtml(path);
            QFAIL("wrote to an unwritable path");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
        try {
            report.writePdf(path);
            QFAIL("wrote to an unwritable path");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
    }
}

void TestReport::cliWritesHtmlAndPdf()
{
    const QString html = m_folder.filePath(QStringLiteral("cli.html"));
    Run run = runCli({ "report", "--project", m_projectPath, "--html", html });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.err.contains(html));
    const QString written = QString::fromUtf8(readFile(html));
    QVERIFY(written.contains(QLatin1String("Shop &lt;script&gt;")));
    QVERIFY(written.contains(QLatin1String("0:47:00")));

    const QString pdf = m_folder.filePath(QStringLiteral("cli.pdf"));
    run = runCli({ "report", "--project", m_projectPath, "--pdf", pdf });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(readFile(pdf).startsWith("%PDF-"));
    QVERIFY(pdfText(pdf).contains(QLatin1String("Go-live timeline")));
    // Writing a report records nothing: it only reads the project.
    QCOMPARE(Project::load(m_projectPath).progress.runs.size(), 5);
}

void TestReport::cliRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment");
    const QString out = QDir::temp().filePath(QStringLiteral("cutover-report-never-written.html"));
    QFile::remove(out);
    QTest::addRow("no project") << QStringList { "report", "--html", out } << 2 << "--project FILE";
    QTest::addRow("missing project") << QStringList { "report", "--project", "/nonexistent/shop.cutover", "--html",
        out } << 2 << "/nonexistent/shop.cutover";
    QTest::addRow("neither format") << QStringList { "report", "--project", "@project" } << 2
                                    << "--html OUT or --pdf OUT";
    QTest::addRow("both formats") << QStringList { "report", "--project", "@project", "--html", out, "--pdf", out } << 2
                                  << "not both";
    QTest::addRow("unwritable html") << QStringList { "report", "--project", "@project", "--html",
        "/nonexistent-folder/r.html" }
                                     << 1 << "/nonexistent-folder/r.html";
    QTest::addRow("unwritable pdf") << QStringList { "report", "--project", "@project", "--pdf",
        "/nonexistent-folder/r.pdf" }
                                    << 1 << "/nonexistent-folder/r.pdf";
    QTest::addRow("unreadable project") << QStringList { "report", "--project", "@bad", "--pdf", out } << 2
                                        << "not valid";
}

void TestReport::cliRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, fragment);
    const QString bad = m_folder.filePath(QStringLiteral("bad.cutover"));
    writeFile(bad, "{ not json");
    arguments.replaceInStrings(QStringLiteral("@project"), m_projectPath);
    arguments.replaceInStrings(QStringLiteral("@bad"), bad);
    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(fragment), qPrintable(describe(run)));
    if (QByteArray(QTest::currentDataTag()) == "unreadable project")
        QVERIFY2(run.err.contains(bad), qPrintable(describe(run)));
    QVERIFY(!QFileInfo::exists(QDir::temp().filePath(QStringLiteral("cutover-report-never-written.html"))));
}

// A QGuiApplication: the PDF is laid out with Qt GUI's fonts.
QTEST_MAIN(TestReport)
// Runs last: it breaks the migrated store on purpose. A CMS page removed from under its store links (as a hand edit
// with foreign key checks off would) makes `verify data` fail, and the report names the link and the record.
void TestReport::linksPointingAtNothingAreListed()
{
    const Project before = Project::load(m_projectPath);
    Database dst(before.destination, secret, QStringLiteral("test"));
    const qint64 page = dst.scalar(QStringLiteral("SELECT MIN(page_id) FROM cms_page_store")).toLongLong();
    QVERIFY(page > 0);
    dst.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
    dst.exec(QStringLiteral("DELETE FROM cms_page WHERE page_id = %1").arg(page));

    const Run run = runCli({ "verify", "data", "--project", m_projectPath });
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    const Project project = Project::load(m_projectPath);
    const QString html = MigrationReport::fromProject(project, m_projectPath, QDateTime::currentDateTimeUtc()).html();
    const QString verification = section(html, QStringLiteral("Verification"));
    QVERIFY2(verification.contains(QLatin1String("Records pointing at nothing")), qPrintable(verification));
    QVERIFY2(verification.contains(QStringLiteral("cms_page_store.page_id \u2192 cms_page.page_id")),
        qPrintable(verification));
    QVERIFY2(verification.contains(QStringLiteral("page_id=%1").arg(page)), qPrintable(verification));
    QVERIFY(!verification.contains(QLatin1String("lead to existing records")));
}

#include "tst_report.moc"
