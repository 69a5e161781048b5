#pragma once

#include "driftrule.h"

namespace Scimflow {

/// A launcher or run-as principal of a job that matches no IdP user (userName, email or a mapped alias) and
/// no service account of the RBAC mapping. One finding per principal, with its jobs as evidence.
class UnknownPrincipalRule : public DriftRule
{
public:
    QString id() const override { return QStringLiteral("unknown-principal"); }
    Result<QList<Finding>> evaluate(const DriftContext &context) const override;
};

} // namespace Scimflow
