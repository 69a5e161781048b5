#pragma once

#include "group.h"
#include "identityevent.h"
#include "result.h"
#include "user.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Scimflow {

/// Reads the Okta Management API's JSON (users, groups, System Log events) into Scimflow's types.
/// User::scimId and Group::scimId hold Okta's own ids (00u…, 00g…).
class OktaParser
{
public:
    /// Whether an Okta user status counts as an active account: ACTIVE, PROVISIONED (activation pending),
    /// RECOVERY, PASSWORD_EXPIRED and LOCKED_OUT do; STAGED, SUSPENDED and DEPROVISIONED do not.
    static bool statusIsActive(const QString &status);
    /// A user from GET /api/v1/users: status, lastUpdated, profile login/email/department/employeeNumber.
    static Result<User> user(const QJsonObject &o);
    /// A group from GET /api/v1/groups (members are not part of it: membersListed is false).
    static Result<Group> group(const QJsonObject &o);
    /// The later of a group's lastUpdated and lastMembershipUpdated.
    static Timestamp groupChangedAt(const QJsonObject &o);

    /// The System Log event types a sync reads (the `filter` of GET /api/v1/logs).
    static QStringList logEventTypes();
    static QString logFilter(); // eventType eq "…" or eventType eq "…" …
    /// One System Log event as an identity event (source "okta-syslog", externalId the event's uuid, at its
    /// published time, actor its actor.alternateId), or nothing for an event type or outcome that records no
    /// change (a FAILURE or DENY outcome changed nothing).
    static std::optional<IdentityEvent> logEvent(const QJsonObject &o);
};

} // namespace Scimflow
