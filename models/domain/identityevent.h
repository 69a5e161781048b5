#pragma once

#include "timestamp.h"

#include <QString>

namespace Scimflow {

/// Something that happened to an identity: derived from snapshot differences or read from an event feed.
struct IdentityEvent
{
    enum class Kind {
        Created,
        Updated,
        Deactivated,
        Reactivated,
        Deleted,
        MembershipAdded,
        MembershipRemoved,
        RoleChanged,
    };

    qint64 id = 0;
    Timestamp at = 0;
    Kind kind = Kind::Updated;
    QString userScimId;  // subject user, if any
    QString groupScimId; // group involved, if any
    QString subject;     // readable subject (userName or group name)
    QString actor;       // who did it, where known
    QString source;      // "scim-sync", "okta-syslog", "demo", ...
    QString details;     // JSON object: changed attributes, old/new values
    QString externalId;  // the feed's own id for the event (Okta uuid, Graph audit id): de-duplication
    qint64 syncRun = 0;
};

QString identityEventKindName(IdentityEvent::Kind kind);
bool identityEventKindFromName(QStringView name, IdentityEvent::Kind *kind);

} // namespace Scimflow
