#pragma once

#include "driftqueries.h"
#include "driftrule.h"

namespace Scimflow {

/// A user-managed, enabled Google Cloud service-account key created more than
/// DriftSettings::keyRotationDays ago.
class KeyNotRotatedRule : public DriftRule
{
public:
    QString id() const override { return QStringLiteral("key-not-rotated"); }
    Result<QList<Finding>> evaluate(const DriftContext &context) const override;
};

/// A user-managed, enabled key whose validBeforeTime is Google's "never" (9999-12-31).
class NonExpiringKeyRule : public DriftRule
{
public:
    QString id() const override { return QStringLiteral("non-expiring-key"); }
    Result<QList<Finding>> evaluate(const DriftContext &context) const override;
};

/// An enabled service account with no authentication recorded by Policy Analyzer for
/// DriftSettings::unusedServiceAccountDays (day granularity).
class UnusedServiceAccountRule : public DriftRule
{
public:
    QString id() const override { return QStringLiteral("unused-service-account"); }
    Result<QList<Finding>> evaluate(const DriftContext &context) const override;
};

/// A GitHub token that still works although its owner is deactivated or deleted in the IdP; critical when it
/// was used after the deprovisioning.
class CredentialOutlivedOwnerRule : public DriftRule
{
public:
    QString id() const override { return QStringLiteral("credential-outlived-owner"); }
    Result<QList<Finding>> evaluate(const DriftContext &context) const override;
};

/// Credential evidence rows: one credentials row as JSON (type "credential").
namespace CredentialEvidence {
QJsonObject row(const DriftQueries::CredentialRow &credential);
} // namespace CredentialEvidence

} // namespace Scimflow
