#include "secretstore.h"

#include "log/log.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QFileInfo>
#include <QMutex>
#include <QPromise>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace cutover {

namespace {

// QtKeychain queues every job in one global executor that is not thread-safe and whose slots run in the thread
// that created it; one thread for all of them keeps that queue consistent whoever calls.
QMutex threadMutex;
QThread* keychainThread = nullptr;
QObject* keychainContext = nullptr;

void stopKeychainThread()
{
    QMutexLocker locker(&threadMutex);
    if (!keychainThread)
        return;
    QObject* context = keychainContext;
    QMetaObject::invokeMethod(
        context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    keychainThread->quit();
    keychainThread->wait();
    delete keychainThread;
    keychainThread = nullptr;
    keychainContext = nullptr;
}

QObject* context()
{
    QMutexLocker locker(&threadMutex);
    if (!keychainContext) {
        keychainThread = new QThread;
        keychainThread->setObjectName(QStringLiteral("cutover-keychain"));
        keychainContext = new QObject;
        keychainContext->moveToThread(keychainThread);
        keychainThread->start();
        qAddPostRoutine(stopKeychainThread);
    }
    return keychainContext;
}

SecretResult result(SecretStatus status, QString message = {}, QString secret = {})
{
    return SecretResult { status, std::move(secret), std::move(message) };
}

} // namespace

QString SecretStore::service()
{
    return QStringLiteral("Cutover");
}

QString SecretStore::key(const QUuid& projectId, SecretRole role)
{
    return projectId.toString(QUuid::WithoutBraces)
        + (role == SecretRole::Source ? QStringLiteral("/source") : QStringLiteral("/destination"));
}

QString SecretStore::unavailableReason()
{
    // QtKeychain would otherwise report a missing bus as an unspecific error, or make libsecret wait for the
    // bus's timeout, so look before asking it.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && !QFileInfo::exists(qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/bus")))
        return tr("there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so no keychain can be reached");
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return tr("the D-Bus session bus cannot be reached (%1)").arg(bus.lastError().message());
    QDBusConnectionInterface* busInterface = bus.interface();
    if (!busInterface)
        return tr("the D-Bus session bus does not answer");
    const QStringList services = { QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
        QStringLiteral("org.kde.kwalletd5") };
    const QDBusReply<QStringList> activatable = busInterface->activatableServiceNames();
    for (const QString& name : services) {
        if (busInterface->isServiceRegistered(name).value())
            return {};
        if (activatable.isValid() && activatable.value().contains(name))
            return {};
    }
    return tr("no keychain service (GNOME Keyring, KeePassXC or KWallet) runs on the D-Bus session bus");
}

SecretStore::SecretStore(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

QFuture<SecretResult> SecretStore::read(const QUuid& projectId, SecretRole role) const
{
    return run(Operation::Read, projectId, role, {});
}

QFuture<SecretResult> SecretStore::write(const QUuid& projectId, SecretRole role, const QString& secret) const
{
    return run(Operation::Write, projectId, role, secret);
}

QFuture<SecretResult> SecretStore::remove(const QUuid& projectId, SecretRole role) const
{
    return run(Operation::Remove, projectId, role, {});
}

QFuture<SecretResult> SecretStore::run(
    Operation operation, const QUuid& projectId, SecretRole role, const QString& secret) const
{
    auto promise = std::make_shared<QPromise<SecretResult>>();
    QFuture<SecretResult> future = promise->future();
    promise->start();
    auto finish = [promise](const SecretResult& value) {
        promise->addResult(value);
        promise->finish();
    };
    if (projectId.isNull()) {
        finish(result(SecretStatus::Failed, tr("The project has no id yet, so its passwords cannot be kept.")));
        return future;
    }
    if (!QCoreApplication::instance()) {
        finish(result(SecretStatus::Unavailable, tr("The keychain cannot be used before the application starts.")));
        return future;
    }

    const QString jobKey = key(projectId, role);
    const int timeoutMs = m_timeoutMs;
    QMetaObject::invokeMethod(
        context(),
        [operation, jobKey, secret, timeoutMs, finish] {
            const QString reason = unavailableReason();
            if (!reason.isEmpty()) {
                logger("core.project")->info("no keychain: {}", reason.toStdString());
                finish(result(SecretStatus::Unavailable, tr("No keychain is available: %1.").arg(reason)));
                return;
            }
            QKeychain::Job* job = nullptr;
            switch (operation) {
            case Operation::Read:
                job = new QKeychain::ReadPasswordJob(service());
                break;
            case Operation::Write: {
                auto* write = new QKeychain::WritePasswordJob(service());
                write->setTextData(secret);
                job = write;
                break;
            }
            case Operation::Remove:
                job = new QKeychain::DeletePasswordJob(service());
                break;
            }
            job->setKey(jobKey);
            job->setAutoDelete(true);
            // Never: it would write the password into a settings file in clear.
            job->setInsecureFallback(false);

            auto done = std::make_shared<bool>(false);
            QObject::connect(job, &QKeychain::Job::finished, job, [operation, done, finish](QKeychain::Job* j) {
                if (*done)
                    return;
                *done = true;
                switch (j->error()) {
                case QKeychain::NoError:
                    finish(result(SecretStatus::Done, {},
                        operation == Operation::Read ? static_cast<QKeychain::ReadPasswordJob*>(j)->textData()
                                                     : QString()));
                    return;
                case QKeychain::EntryNotFound:
                    // Removing what is not there leaves the keychain as asked.
                    finish(operation == Operation::Remove
                            ? result(SecretStatus::Done)
                            : result(SecretStatus::NotFound, tr("The keychain holds no password for this database.")));
                    return;
                case QKeychain::NoBackendAvailable:
                case QKeychain::NotImplemented:
                    finish(
                        result(SecretStatus::Unavailable, tr("No keychain is available: %1.").arg(j->errorString())));
                    return;
                case QKeychain::AccessDenied:
                case QKeychain::AccessDeniedByUser:
                    finish(result(SecretStatus::Failed,
                        tr("The keychain refused access (%1). Unlock it, or enter the password each time.")
                            .arg(j->errorString())));
                    return;
                default:
                    finish(result(SecretStatus::Failed,
                        tr("The keychain failed: %1. Enter the password each time instead.").arg(j->errorString())));
                    return;
                }
            });
            QTimer::singleShot(timeoutMs, job, [done, finish, timeoutMs] {
                if (*done)
                    return;
                *done = true;
                finish(result(SecretStatus::Unavailable,
                    tr("The keychain did not answer within %1 seconds. Enter the password each time instead.")
                        .arg(timeoutMs / 1000)));
            });
            job->start();
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace cutover
