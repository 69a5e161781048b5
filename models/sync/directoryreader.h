#pragma once

#include "group.h"
#include "identityevent.h"
#include "result.h"
#include "user.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>
#include <utility>

namespace Scimflow {

/// What a sync asks of an identity provider's directory.
struct DirectoryReadRequest
{
    bool full = true; // false: only what changed since `since` (or since `state`, where the vendor keeps one)
    Timestamp since = 0; // incremental reads: changes after this time, overlap against clock skew applied
    QByteArray
        state; // what the previous successful read of this source left (e.g. delta links); may be empty
    Timestamp logSince = 0; // audit-log window [logSince, logUntil); logSince == 0 reads no log
    Timestamp logUntil = 0;
    QString
        databasePath; // read-only use by the reader, e.g. to complete member lists from a membership delta
};

/// What one read of a directory returned.
struct DirectoryRead
{
    QList<User> users;   // User::scimId holds the provider's own id (Okta user id, Entra object id, SCIM id)
    QList<Group> groups; // memberScimIds name users by that id; membersListed false where members are unknown
    bool full = true;    // a reader may answer an incremental request in full (e.g. Graph's 410 resync)
    QList<IdentityEvent> logEvents; // from the provider's audit log: exact `at`, `actor`, and `externalId`
    QByteArray nextState;           // kept with the run, handed back as DirectoryReadRequest::state next time
    QStringList warnings; // said once to the user, e.g. the log window starts before its retention edge
    int requests = 0;
    int duplicates = 0;         // resources a lying pagination served twice (dropped)
    QByteArray schemasDocument; // SCIM: the served schema URNs and resource types, one per line, sorted
    QString summary; // the source's own summary line, e.g. "okta: 100 users, 5 groups, 120 memberships; ..."
};

/// Reads an identity provider's directory (and, where it has one, its audit log) through the vendor's API.
/// Implementations fetch on the calling thread's event loop and never write the store: the sync job writes
/// what they return in one transaction, so a failed or cancelled read leaves the previous snapshot intact.
class DirectoryReader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// "scim", "okta", "graph": the sync_runs source and the identity_events source prefix.
    virtual QString sourceName() const = 0;
    /// Whether a request with full == false can be honoured (otherwise the job always asks for a full read).
    virtual bool canReadIncrementally() const = 0;
    virtual void start(const DirectoryReadRequest &request) = 0;
    virtual void cancel() = 0;

    /// Set when finished() was emitted: the read, or why it failed.
    const std::optional<Result<DirectoryRead>> &result() const { return m_result; }
    /// Moves the result out (the sync job takes the read without copying a large directory).
    std::optional<Result<DirectoryRead>> takeResult() { return std::exchange(m_result, std::nullopt); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void phaseChanged(const QString &description);
    void finished();

protected:
    void finish(Result<DirectoryRead> result)
    {
        m_result = std::move(result);
        Q_EMIT finished();
    }

private:
    std::optional<Result<DirectoryRead>> m_result;
};

} // namespace Scimflow
