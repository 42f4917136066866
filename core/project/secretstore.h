#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <QUuid>

namespace cutover {

/** Whose password: a project keeps one for each database. */
enum class SecretRole {
    Source,
    Destination,
};

/** What a keychain operation came to. */
enum class SecretStatus {
    Done, ///< read found the secret, write stored it, remove removed it (or there was nothing to remove)
    NotFound, ///< read: the keychain holds nothing under that key
    Unavailable, ///< no keychain on this system (no D-Bus session, no Secret Service, no KWallet) or no answer
    Failed, ///< the keychain refused (locked, access denied) or failed; `message` says why
};

/** The result of one keychain operation. `secret` is set by a successful read only; never log it. */
struct SecretResult
{
    SecretStatus status = SecretStatus::Failed;
    QString secret;
    QString message; ///< translated, for the user; empty when status is Done
};

/**
 * Database passwords in the system keychain (the freedesktop Secret Service such as GNOME Keyring or KeePassXC,
 * or KWallet, through QtKeychain), under service "Cutover" and key "<project id>/source" or
 * "<project id>/destination". QtKeychain's plaintext fallback is never enabled: when there is no keychain the
 * result is Unavailable and the caller asks for the password each time and keeps it in memory only.
 *
 * Threads: QtKeychain's jobs need an event loop and share one unsynchronised queue, so every job runs on one
 * private thread that this class starts on first use and stops when the QCoreApplication is destroyed. The
 * functions returning QFuture may be called from any thread, the GUI thread included (watch the future with a
 * QFutureWatcher); the *Now() variants block the calling thread until the keychain answers or `timeoutMs`
 * passes, so call them from a worker or from the command line, never from the GUI thread (the keychain may show
 * an unlock prompt and wait for the user). A QCoreApplication must exist.
 */
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
public:
    /** The keychain's service name for every Cutover secret. */
    static QString service();
    /** The key of one password. `projectId` must not be null (see Project::ensureId()). */
    static QString key(const QUuid& projectId, SecretRole role);

    /**
     * Whether a keychain service is there to talk to: the D-Bus session bus is reachable and has (or can start)
     * a Secret Service or KWallet. Returns an empty string when it does, otherwise the reason for the user.
     * Quick (local D-Bus calls only); any thread.
     */
    static QString unavailableReason();

    /** `timeoutMs` bounds every operation: no answer by then gives Unavailable. */
    explicit SecretStore(int timeoutMs = 30'000);

    QFuture<SecretResult> read(const QUuid& projectId, SecretRole role) const;
    QFuture<SecretResult> write(const QUuid& projectId, SecretRole role, const QString& secret) const;
    QFuture<SecretResult> remove(const QUuid& projectId, SecretRole role) const;

    SecretResult readNow(const QUuid& projectId, SecretRole role) const { return read(projectId, role).result(); }
    SecretResult writeNow(const QUuid& projectId, SecretRole role, const QString& secret) const
    {
        return write(projectId, role, secret).result();
    }
    SecretResult removeNow(const QUuid& projectId, SecretRole role) const { return remove(projectId, role).result(); }

private:
    enum class Operation { Read, Write, Remove };
    QFuture<SecretResult> run(
        Operation operation, const QUuid& projectId, SecretRole role, const QString& secret) const;

    int m_timeoutMs;
};

} // namespace cutover
