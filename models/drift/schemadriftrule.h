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

    /// For the SCIM sync, at the end of a successful run: the SHA-256 (hex) of \a schemasDocument (the
    /// /Schemas and /ResourceTypes answers as fetched) becomes scim.schemas.sha256, and the value it
    /// replaces becomes scim.schemas.sha256.previous (equal values when nothing changed).
    static Status recordSchemas(QSqlDatabase db, const QByteArray &schemasDocument);

    QString id() const override { return QStringLiteral("schema-drift"); }
    Result<QList<Finding>> evaluate(const DriftContext &context) const override;
};

} // namespace Scimflow
