#pragma once

#include "timestamp.h"

#include <QString>

namespace Scimflow {

class Store;

/// When the findings were last computed (meta findings_computed_at, written with every save of the
/// findings) against the last successful sync of any source, so that reports and `scimflow findings` can
/// say how current the findings are.
struct FindingsFreshness
{
    static const QString kComputedAtKey; // "findings_computed_at"

    Timestamp computedAt = 0; // 0: never (or by a version that did not record it)
    Timestamp lastSync = 0;   // 0: nothing synced successfully

    static FindingsFreshness of(const Store &store);
    /// A sync succeeded after the findings were computed. Unknown (no recorded time, as in databases of older
    /// versions) is not called stale.
    bool isStale() const { return computedAt != 0 && lastSync != 0 && computedAt < lastSync; }
    /// "Findings computed at 2026-11-28T10:00:00Z." and, when stale, the warning; English (reports translate
    /// their own text).
    QString describe() const;
};

} // namespace Scimflow
