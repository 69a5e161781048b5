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
    /// False when the server left "members" out of the Group (some list Groups without members and tell
    /// them on each User's "groups" instead): then memberScimIds says nothing about the membership.
    bool membersListed = true;
    /// In an incremental snapshot, for a group whose members are not listed: who joined and who left since
    /// the last sync (SCIM ids of users). The other stored memberships stand.
    QStringList membersAdded;
    QStringList membersRemoved;
    Timestamp createdAt = 0;
    Timestamp lastModified = 0;
    QString version;
    Timestamp deletedAt = 0;
};

} // namespace Scimflow
