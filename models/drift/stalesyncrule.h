#pragma once

#include "driftrule.h"

namespace Scimflow {

/// A source (IdP or pipeline) whose last successful sync is older than DriftSettings::staleSyncAfterHours, or
/// which has runs but none that succeeded. One finding per source, from sync_runs.
class StaleSyncRule : public DriftRule
{
public:
    QString id() const override { return QStringLiteral("stale-sync"); }
    Result<QList<Finding>> evaluate(const DriftContext &context) const override;
};

} // namespace Scimflow
