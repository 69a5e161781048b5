#pragma once

#include "driftrule.h"

namespace Scimflow {

/// Membership of a privileged group (the RBAC mapping's privilegedGroups plus
/// DriftSettings::extraPrivilegedGroups) that needs a review:
///  - held by an inactive or deleted user;
///  - the user's department changed while holding it;
///  - present without a membership-added change record, or gone without a membership-removed record.
/// One finding per (user, group, reason).
class PrivilegedDriftRule : public DriftRule
{
public:
    QString id() const override { return QStringLiteral("privileged-drift"); }
    Result<QList<Finding>> evaluate(const DriftContext &context) const override;
};

} // namespace Scimflow
