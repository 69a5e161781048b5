#pragma once
// The snapshot a first full SCIM sync of a scenario hands to SnapshotWriter, for the benches that measure
// the store's share of a sync.

#include "scenario.h"
#include "snapshotwriter.h"

namespace Scimflow::Bench {

inline SyncSnapshot firstFullSnapshot(const Scenario &scenario, Timestamp syncTime, qint64 runId)
{
    SyncSnapshot snapshot;
    snapshot.users = scenario.users;
    snapshot.groups = scenario.groups;
    snapshot.full = true;
    snapshot.syncTime = syncTime;
    snapshot.runId = runId;
    snapshot.mode = QStringLiteral("full");
    return snapshot;
}

} // namespace Scimflow::Bench
