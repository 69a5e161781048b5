#pragma once

#include "group.h"
#include "identityevent.h"
#include "result.h"
#include "user.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace Scimflow {

/// One page of a Microsoft Graph collection: its objects and the link to follow (or the delta link that
/// ends a delta round).
struct GraphPage
{
    QJsonArray value;
    QUrl nextLink;  // @odata.nextLink: the whole URL of the next page
    QUrl deltaLink; // @odata.deltaLink: the last page of a delta round; the next round starts here
};

/// Turns Microsoft Graph (Entra ID) JSON into the directory's value types: collection pages, users, group
/// member changes from a delta, and directory audit entries as identity events. Pure functions, no I/O.
class GraphParser
{
public:
    /// The $select of the users delta (also what a user merged from the store needs).
    static QString userSelect();

    /// A page: a JSON object with a "value" array and, where present, string links. \a what names the
    /// request in the error ("GET https://graph.../users/delta").
    static Result<GraphPage> parsePage(const QByteArray &body, const QString &what);

    /// Whether an object of a delta is a removal ("@removed": {"reason": "changed"|"deleted"}).
    static bool isRemoved(const QJsonObject &object);

    /// A user from a delta object. Properties the object leaves out keep their value from \a stored (an
    /// incremental delta names changed properties only); a null property clears it.
    static User user(const QJsonObject &object, const User *stored = nullptr);

    /// The members a group object of a delta changes: user ids added and removed (other member types, such
    /// as nested groups and devices, are not directory users and are left out).
    struct MemberChanges
    {
        QStringList added;
        QStringList removed;
        bool listed = false; // the object had "members@delta"
    };
    static MemberChanges memberChanges(const QJsonObject &group);

    /// The identity event a directory audit entry records, or nothing for activities that do not change
    /// who has access (and for entries that failed). source "graph-audit", externalId the audit id.
    static std::optional<IdentityEvent> auditEvent(const QJsonObject &entry);

    /// Graph writes up to seven fraction digits ("2026-11-30T10:00:00.1234567Z"); milliseconds are kept.
    static Timestamp parseTime(const QString &text);
    /// "2026-11-30T10:00:00.000Z" for $filter (OData DateTimeOffset, milliseconds kept).
    static QString filterTime(Timestamp ts);
};

} // namespace Scimflow
