#pragma once

#include "driftrule.h"

namespace Scimflow {

/// A job running (or that ran) as, or launched by, a user who was deactivated or deleted while it ran.
/// Jobs that started after the deprovisioning belong to PostDeprovisioningStartRule instead.
class GhostRunRule : public DriftRule
{
public:
    QString id() const override { return QStringLiteral("ghost-run"); }
    Result<QList<Finding>> evaluate(const DriftContext &context) const override;
};

} // namespace Scimflow
