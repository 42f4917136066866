#pragma once

#include "connection/probefinding.h"
#include "db/connectionprofile.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <atomic>
#include <functional>

namespace cutover {

/** Settings of a probe run. */
struct ProbeOptions
{
    /** Limit for the TCP connect and for the server's first answer, each. */
    int timeoutMs = 5000;
    /**
     * Rows per second assumed for the migration-time estimate. An assumption, not a measurement: the report says
     * so and quotes it. The Data Migration Tool is reported at about 1,600 rows/s (DMT #303); Cutover's batched
     * copier aims higher.
     */
    double assumedRowsPerSecond = 5000;
};

/**
 * Checks that a database can serve as the migration's source (Magento 1) or destination (Magento 2), step by
 * step, and stops at the first step that fails:
 *
 * name resolution, TCP connect (refused vs. no answer, with the time it took), the server's greeting (is it a
 * MySQL server at all, does it offer TLS), TLS when the profile asks for it, login, the database, which Magento
 * it holds and with which table prefix, privileges (read on every source table; TRIGGER, CREATE and the binary
 * log rules for delta; write and ALTER on the destination), whether the destination is fresh and its trigger
 * definers exist, and (source) the size of the store with an estimate of the migration time.
 *
 * Every step yields a ProbeFinding with a translated message naming the object and a suggested fix. Nothing on
 * the server is changed: write privileges are tried with statements that touch no row, inside a transaction
 * that is rolled back.
 *
 * run() blocks and is meant for a worker thread (the wizard uses start() and a QFutureWatcher); it opens its own
 * connection under a unique name and removes it before returning. It never throws: every failure becomes a
 * finding. The password is used for the login only and never appears in a finding or a log line.
 */
class ConnectionProbe
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProbe)
public:
    /** Called on the probing thread after each step, in order. */
    using StepCallback = std::function<void(const ProbeFinding&)>;

    ConnectionProbe(ConnectionProfile profile, QString password, ProbeRole role, ProbeOptions options = {});

    /**
     * Runs the steps on the calling thread. `cancel`, when given, is checked between steps; a cancelled run
     * returns what it found so far with `cancelled` set.
     */
    ProbeReport run(const StepCallback& onStep = {}, const std::atomic<bool>* cancel = nullptr);

    /**
     * Runs the probe on Qt's thread pool. The future's results are the findings in order (watch resultReadyAt to
     * show each step as it finishes); QFuture::cancel() stops it between steps. Collect the results with
     * ProbeReport::findings = future.results() or call run() yourself in a worker for the whole report.
     */
    static QFuture<ProbeFinding> start(
        ConnectionProfile profile, QString password, ProbeRole role, ProbeOptions options = {});

    /** The environment variable the password of `role` comes from. */
    static const char* passwordVariable(ProbeRole role);

private:
    ConnectionProfile m_profile;
    QString m_password;
    ProbeRole m_role;
    ProbeOptions m_options;
};

} // namespace cutover
