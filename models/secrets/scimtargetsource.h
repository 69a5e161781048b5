#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Scimflow {

/// A SCIM provisioning target a connection reads after its identity provider (e.g. AWS IAM Identity
/// Center). Holds no secret: only secretRef, the key of its bearer token in SecretStore.
struct ScimTargetSource
{
    QString name;                               // the target's name in findings and fixes, e.g. "aws"
    QString url;                                // the SCIM base URL
    QString vendor = QStringLiteral("generic"); // a target profile name (VendorProfile::targetNames())
    QString secretRef;

    /// Empty when the fields are complete, else what is missing, for the user.
    QString validate() const;

    static QJsonArray toJson(const QList<ScimTargetSource> &targets);
    static QList<ScimTargetSource> fromJson(const QJsonArray &array);
};

} // namespace Scimflow
