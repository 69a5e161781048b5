#pragma once

#include "driftrule.h"

namespace Scimflow {

/// The pipeline role a job actually ran with differs from what the RBAC mapping derives: a service
/// account's expected role, or for jobs run as a user, the roles of that user's IdP groups.
/// One finding per (service account or user, role used).
class RoleMappingDriftRule : public DriftRule
{
public:
    QString id() const override { return QStringLiteral("role-mapping-drift"); }
    Result<QList<Finding>> evaluate(const DriftContext &context) const override;
};

} // namespace Scimflow
