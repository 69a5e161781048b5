#pragma once

#include "group.h"
#include "identityevent.h"
#include "result.h"
#include "user.h"

#include <QList>
#include <QString>

#include <atomic>

namespace Scimflow {

class Store;

/// What one sync fetched, ready to be written.
struct SyncSnapshot
{
    QList<User> users;
    QList<Group> groups;
    bool full = true; // full: anything not listed is deleted; incremental: only the listed ones changed
    Timestamp syncTime = 0;
    qint64 runId = 0;
    QString mode;       // recorded in sync_runs
    QString statsExtra; // extra JSON members (without braces) for sync_runs.stats, e.g. "\"duplicates\":2"
    QString source = QStringLiteral("scim"); // the sync_runs source; derived events are "<source>-sync"
    /// Events read from the source's audit log (exact time, actor, externalId). Each is recorded once per
    /// (event source, externalId), and replaces the event derived from the snapshots for the same change.
    QList<IdentityEvent> logEvents;
    QByteArray nextState; // kept with the run for the reader's next read
};

/// Counts from writing a snapshot.
struct SnapshotStats
{
    int usersCreated = 0, usersUpdated = 0, usersDeleted = 0;
    int groupsCreated = 0, groupsUpdated = 0, groupsDeleted = 0;
    int membershipsAdded = 0, membershipsRemoved = 0;
    int unknownMembers = 0; // group members naming users the IdP did not list (skipped)
    int events = 0;         // recorded: derived from the snapshots plus read from the log, less merged ones
    int logEvents = 0;      // new events from the audit log (repeats from overlapping windows not counted)
    int mergedEvents = 0;   // snapshot-derived events replaced by the log's record of the same change
    qint64 users = 0, groups = 0, memberships = 0; // totals in the store afterwards (not deleted)
    QString toJson() const;
};

/// Writes a fetched snapshot and the identity events derived from it in one transaction, and finishes the
/// sync run in the same transaction: either all of it lands or the previous snapshot stays as it was.
/// Users and groups are upserted by SCIM id so local row ids stay stable; rows are never deleted, a full sync
/// marks what it no longer sees with deleted_at. Runs on any thread with that thread's own Store.
class SnapshotWriter
{
public:
    static Result<SnapshotStats> write(Store &store, const SyncSnapshot &snapshot,
                                       const std::atomic<bool> *cancelled = nullptr);
};

} // namespace Scimflow
