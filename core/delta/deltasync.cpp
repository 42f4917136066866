#include "delta/deltasync.h"

#include "log/log.h"

#include <QMetaObject>

namespace cutover {

DeltaSync::DeltaSync(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<DeltaFigures>();
}

DeltaSync::~DeltaSync()
{
    stopAndWait();
}

void DeltaSync::start(const MigrationEnvironment& env, const DeltaApplier::Options& options,
    const QVector<DeltaApplier::ApplierFactory>& factories)
{
    if (isRunning())
        return;
    stopAndWait();
    m_control = std::make_unique<RunControl>();
    m_applier = std::make_unique<DeltaApplier>(env, options);
    for (const DeltaApplier::ApplierFactory& factory : factories)
        m_applier->addApplierFactory(factory);
    m_applier->setFiguresCallback([this](const DeltaFigures& figures) {
        QMetaObject::invokeMethod(
            this, [this, figures]() { Q_EMIT figuresChanged(figures); }, Qt::QueuedConnection);
    });
    DeltaApplier* applier = m_applier.get();
    RunControl* control = m_control.get();
    m_thread = QThread::create([this, applier, control]() {
        const Outcome outcome = applier->run(*control);
        const QString message = applier->figures().fatalError;
        QMetaObject::invokeMethod(
            this, [this, outcome, message]() { Q_EMIT finished(int(outcome), message); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("delta"));
    m_thread->start();
}

void DeltaSync::stop()
{
    if (m_control)
        m_control->cancel();
}

void DeltaSync::stopAndWait()
{
    stop();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

bool DeltaSync::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DeltaSync::setMaxThreadsRunning(int limit)
{
    if (m_applier)
        m_applier->setMaxThreadsRunning(limit);
}

DeltaFigures DeltaSync::figures() const
{
    return m_applier ? m_applier->figures() : DeltaFigures {};
}

} // namespace cutover
