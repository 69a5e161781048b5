#pragma once

#include "driftrule.h"

namespace Scimflow {

/// A job that started after its launcher or run-as user was deactivated or deleted (a reused session or
/// token); the finding shows both the start and the deprovisioning time.
class PostDeprovisioningStartRule : public DriftRule
{
public:
    QString id() const override { return QStringLiteral("post-deprovisioning-start"); }
    Result<QList<Finding>> evaluate(const DriftContext &context) const override;
};

} // namespace Scimflow
