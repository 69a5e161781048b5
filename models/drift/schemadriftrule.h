#pragma once

#include "driftrule.h"

namespace Scimflow {

/// The IdP's SCIM schemas changed since the previous sync, from two meta keys the SCIM sync writes at the
/// end of every successful run:
///   scim.schemas.sha256           SHA-256 (hex) of the schemas the latest sync fetched
///   scim.schemas.sha256.previous  the value scim.schemas.sha256 had before that sync
/// Absent keys (no SCIM sync yet, or a sync that does not record schemas) mean no finding.
class SchemaDriftRule : public DriftRule
{
public:
    static QString currentKey() { return QStringLiteral("scim.schemas.sha256"); }
    static QString previousKey() { return QStringLiteral("scim.schemas.sha256.previous"); }

    QString id() const override { return QStringLiteral("schema-drift"); }
    Result<QList<Finding>> evaluate(const DriftContext &context) const override;
};

} // namespace Scimflow
