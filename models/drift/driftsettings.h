#pragma once

#include "timestamp.h"

#include <QStringList>

namespace Scimflow {

/// Thresholds of the drift rules. Plain values: the settings dialog and the CLI fill them in.
struct DriftSettings
{
    Timestamp now = 0;                 // the analysis time; 0 = the current time
    int orphanedAfterDays = 7;         // a service account idle longer than this is orphaned
    int staleSyncAfterHours = 24;      // a source whose last successful sync is older is stale
    QStringList extraPrivilegedGroups; // added to the RBAC mapping's privilegedGroups
    int maxEvidenceRows = 20;          // evidence rows kept per finding (the count is always kept)
    // provisioning-drift: how long a SCIM target may still show a user the IdP deprovisioned as active.
    // An hour covers Okta's and Entra's push cycles (Entra provisions every 40 minutes) with margin.
    int provisioningSlaMinutes = 60;

    // Service-account credentials (Google Cloud keys, GitHub tokens).
    int keyRotationDays = 90;          // a user-managed key older than this is not rotated
    int unusedServiceAccountDays = 90; // no authentication for this long: unused (Google's own insight)
};

} // namespace Scimflow
