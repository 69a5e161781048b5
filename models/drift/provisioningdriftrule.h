#pragma once

#include "driftrule.h"

namespace Scimflow {

/// Drift between the IdP and each SCIM provisioning target it pushes into. Target accounts are correlated
/// to IdP users the way IdPs provision them (Okta and Entra write their user id to externalId): externalId
/// = the IdP user's id, else userName, else email, case-insensitively. Per target it reports a user the IdP
/// deprovisioned who is still active in the target past DriftSettings::provisioningSlaMinutes (the silent
/// provisioning failure, high), a target membership the IdP does not grant (groups matched by externalId,
/// else displayName), active target accounts that match no IdP user (orphans), and a change in the schemas
/// the target serves between two of its syncs.
class ProvisioningDriftRule : public DriftRule
{
public:
    QString id() const override { return QStringLiteral("provisioning-drift"); }
    Result<QList<Finding>> evaluate(const DriftContext &context) const override;
};

} // namespace Scimflow
