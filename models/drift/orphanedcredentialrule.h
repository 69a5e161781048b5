#pragma once

#include "driftrule.h"

namespace Scimflow {

/// An active service account with no owning group in the RBAC mapping (or whose owner group was deleted), or
/// whose jobs all ended more than DriftSettings::orphanedAfterDays ago (never used and older than that counts
/// as idle too). The keys the credential inventory lists for such an account join its evidence.
class OrphanedCredentialRule : public DriftRule
{
public:
    QString id() const override { return QStringLiteral("orphaned-credential"); }
    Result<QList<Finding>> evaluate(const DriftContext &context) const override;

private:
    Status addInventoriedKeys(const DriftContext &context, QList<Finding> &findings) const;
};

} // namespace Scimflow
