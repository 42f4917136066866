#include "copy/runcontrol.h"
#include "engine/progresstracker.h"
#include "engine/step.h"
#include "error.h"
#include "testserver.h"

#include <QTest>

#include <functional>

using namespace cutover;
using namespace cutover::test;

namespace {

// A step with nothing to copy whose work after the copy is given by the test, as the set-based steps (prices,
// sequences, inventory) do theirs.
class AfterCopyStep : public Step
{
public:
    explicit AfterCopyStep(std::function<void(StepContext&, StepReport&)> work)
        : m_work(std::move(work))
    {
    }
    QString id() const override { return QStringLiteral("test-after-copy"); }
    QString title() const override { return QStringLiteral("After copy"); }

protected:
    QList<TablePlan> plan(StepContext&) override { return {}; }
    void afterCopy(StepContext& context, StepReport& report) override { m_work(context, report); }

private:
    std::function<void(StepContext&, StepReport&)> m_work;
};

} // namespace

// A step's outcome when its work after the copy is cancelled, fails, or finishes.
class TestStep : public QObject
{
    Q_OBJECT

    MigrationEnvironment m_env;

    StepReport run(RunControl& control, std::function<void(StepContext&, StepReport&)> work)
    {
        AfterCopyStep step(std::move(work));
        ProgressTracker tracker;
        return step.run(m_env, control, tracker);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env.source = { TestServer::instance().emptyDatabase(QStringLiteral("step_src")), {} };
        m_env.destination = { TestServer::instance().emptyDatabase(QStringLiteral("step_dst")), {} };
    }

    void finishedWorkSucceeds()
    {
        RunControl control;
        const StepReport report = run(control, [](StepContext&, StepReport& r) { r.warnings << QStringLiteral("w"); });
        QCOMPARE(outcomeName(report.outcome), outcomeName(Outcome::Succeeded));
        QCOMPARE(report.warnings, QStringList { QStringLiteral("w") });
    }

    void failureIsFailed()
    {
        RunControl control;
        const StepReport report = run(
            control, [](StepContext&, StepReport&) { throw Error(QStringLiteral("the prices table is locked")); });
        QCOMPARE(outcomeName(report.outcome), outcomeName(Outcome::Failed));
        QCOMPARE(report.message, QStringLiteral("the prices table is locked"));
    }

    // Cancelled between batches of its work: stopped by throwing, or by returning early. Either way the step is
    // not done, and the run says so (a rerun does the work), rather than failing or claiming success.
    void cancelledWorkIsCancelled_data()
    {
        QTest::addColumn<bool>("throws");
        QTest::addRow("throws") << true;
        QTest::addRow("returns") << false;
    }

    void cancelledWorkIsCancelled()
    {
        QFETCH(bool, throws);
        RunControl control;
        const StepReport report = run(control, [&](StepContext&, StepReport&) {
            control.cancel();
            if (throws)
                throw CancelledError(QStringLiteral("stopped after batch 3 of 9"));
        });
        QCOMPARE(outcomeName(report.outcome), outcomeName(Outcome::Cancelled));
        QVERIFY2(report.message.contains(QLatin1String("run again")), qPrintable(report.message));
    }

    // A real failure while a cancel is pending keeps its message: the user must see what broke.
    void failureDuringCancelIsFailed()
    {
        RunControl control;
        const StepReport report = run(control, [&](StepContext&, StepReport&) {
            control.cancel();
            throw Error(QStringLiteral("Duplicate entry '7' for key 'PRIMARY'"));
        });
        QCOMPARE(outcomeName(report.outcome), outcomeName(Outcome::Failed));
        QCOMPARE(report.message, QStringLiteral("Duplicate entry '7' for key 'PRIMARY'"));
    }
};

QTEST_GUILESS_MAIN(TestStep)
#include "tst_step.moc"
