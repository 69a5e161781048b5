#pragma once

#include "fixaction.h"
#include "fixrequest.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace Scimflow {

/// What the server answered to a fix request.
struct FixResult
{
    enum class Status {
        Succeeded,
        Failed,   // network error, timeout, 4xx/5xx other than 412/409; message says which
        Conflict, // 412/409: the resource changed since it was read; serverState holds its current state
    };
    Status status = Status::Failed;
    int httpStatus = 0;
    QString message;         // readable; never a credential
    QJsonObject serverState; // Conflict: the resource as the server has it now
};

/// The resource as re-read after a fix (or after an interrupted one).
struct ResourceState
{
    bool readOk = false;
    QString error;              // why it could not be read
    bool effectApplied = false; // user inactive / member absent / job cancelled or ended
    QString summary;            // readable: "active: false", "state: JOB_STATE_CANCELLED"
    QJsonObject state;
};

/// Performs fixes against one service: the SCIM client (deactivate user, remove membership) and the
/// pipeline connectors (cancel a Dataflow job, cancel a GitHub run) implement it. Calls are asynchronous;
/// each callback is invoked exactly once, on the thread that made the call, also on timeout.
class FixConnector
{
public:
    virtual ~FixConnector() = default;

    virtual bool supports(const FixAction &action) const = 0;
    /// The identity requests are made with (client id, token owner, account), for the audit log.
    virtual QString identity() const = 0;
    /// The exact request perform() will send, with the credential redacted.
    virtual FixRequest describe(const FixAction &action) const = 0;
    virtual void perform(const FixAction &action, std::function<void(FixResult)> done) = 0;
    /// Reads the affected resource again, to confirm a fix or to reconcile an interrupted one.
    virtual void readBack(const FixAction &action, std::function<void(ResourceState)> done) = 0;
};

} // namespace Scimflow
