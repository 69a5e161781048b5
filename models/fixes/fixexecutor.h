#pragma once

#include "auditlog.h"
#include "fixconnector.h"
#include "fixplanner.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace Scimflow {

/// How one fix ended, as recorded in the audit log.
struct FixOutcome
{
    bool performed = false; // false: refused before any request (no reason, no connector, audit log broken)
    Error refusal;          // when not performed
    FixResult result;
    qint64 intentSeq = 0;
    qint64 outcomeSeq = 0;
    /// After a request the caller re-reads the resource (confirm()) to show what the server has now.
    bool needsConfirmation = false;
};

/// What reconcile() did with intents that have no outcome (the process ended mid-fix).
struct ReconcileReport
{
    int reconciled = 0;   // outcome entry written from the re-read resource
    int stillPending = 0; // could not re-read (no connector or read failed); retried next start-up
    QStringList messages;
};

/// Performs fixes by hand, with the audit trail around each: intent entry (who, what, why, the redacted
/// request) before the request, outcome entry (succeeded / failed with the message / conflict with the
/// server's current state) after it. No request is sent if the intent cannot be written. The executor and
/// the connectors must outlive the callbacks they were given.
class FixExecutor
{
public:
    FixExecutor(AuditLog &log, QList<FixConnector *> connectors)
        : m_log(log)
        , m_connectors(std::move(connectors))
    {}

    void execute(const FixPlan &plan, const QString &reason, std::function<void(FixOutcome)> done);
    /// Re-reads the resource a fix changed and notes what the server has now in the audit log.
    void confirm(const FixAction &action, qint64 intentSeq, std::function<void(ResourceState)> done);
    /// Closes intents left without an outcome: re-reads each resource and records what it shows.
    void reconcile(std::function<void(ReconcileReport)> done);

    /// The outcome text recorded for \a result ("succeeded", "failed (HTTP 500): ...", "conflict ...").
    static QString outcomeText(const FixResult &result);

private:
    FixConnector *connectorFor(const FixAction &action) const;
    void reconcileNext(QList<AuditEntry> pending, ReconcileReport report,
                       std::function<void(ReconcileReport)> done);

    AuditLog &m_log;
    QList<FixConnector *> m_connectors;
};

} // namespace Scimflow
