#pragma once

#include "timestamp.h"

#include <QString>
#include <QStringList>

namespace Scimflow {

/// A group (role) in the identity provider, as a SCIM Group resource.
struct Group
{
    qint64 id = 0;
    QString scimId;
    QString externalId;
    QString displayName;
    QStringList memberScimIds; // SCIM ids of the member users
    Timestamp createdAt = 0;
    Timestamp lastModified = 0;
    QString version;
    Timestamp deletedAt = 0;
};

} // namespace Scimflow
