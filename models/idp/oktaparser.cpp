#include "oktaparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::OktaParser", text);
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

const char *const kEventTypes[] = {
    "user.lifecycle.create",
    "user.lifecycle.activate",
    "user.lifecycle.reactivate",
    "user.lifecycle.deactivate",
    "user.lifecycle.suspend",
    "user.lifecycle.unsuspend",
    "user.lifecycle.delete.initiated",
    "group.user_membership.add",
    "group.user_membership.remove",
    "application.user_membership.add",
    "application.user_membership.remove",
    "user.account.update_profile",
};

} // namespace

bool OktaParser::statusIsActive(const QString &status)
{
    return status == QLatin1String("ACTIVE") || status == QLatin1String("PROVISIONED") ||
           status == QLatin1String("RECOVERY") || status == QLatin1String("PASSWORD_EXPIRED") ||
           status == QLatin1String("LOCKED_OUT");
}

Result<User> OktaParser::user(const QJsonObject &o)
{
    User u;
    u.scimId = text(o, "id");
    if (u.scimId.isEmpty())
        return Error::make(Error::Kind::Protocol, tr("An Okta user without an id."));
    const QJsonObject profile = o.value(QLatin1String("profile")).toObject();
    u.userName = text(profile, "login");
    if (u.userName.isEmpty())
        return Error::make(Error::Kind::Protocol, tr("The Okta user %1 has no profile.login.").arg(u.scimId));
    u.email = text(profile, "email");
    if (!u.email.isEmpty())
        u.emails << u.email;
    const QString second = text(profile, "secondEmail");
    if (!second.isEmpty() && second != u.email)
        u.emails << second;
    u.givenName = text(profile, "firstName");
    u.familyName = text(profile, "lastName");
    u.displayName = text(profile, "displayName");
    if (u.displayName.isEmpty())
        u.displayName = QStringList{u.givenName, u.familyName}.join(QLatin1Char(' ')).trimmed();
    u.department = text(profile, "department");
    u.employeeNumber = text(profile, "employeeNumber");
    u.managerScimId = text(profile, "managerId");
    u.active = statusIsActive(text(o, "status"));
    u.createdAt = timestampFromIso(text(o, "created"));
    u.lastModified = timestampFromIso(text(o, "lastUpdated"));
    u.version = text(o, "status") + QLatin1Char('@') + text(o, "lastUpdated");
    return u;
}

Timestamp OktaParser::groupChangedAt(const QJsonObject &o)
{
    return qMax(timestampFromIso(text(o, "lastUpdated")), timestampFromIso(text(o, "lastMembershipUpdated")));
}

Result<Group> OktaParser::group(const QJsonObject &o)
{
    Group g;
    g.scimId = text(o, "id");
    if (g.scimId.isEmpty())
        return Error::make(Error::Kind::Protocol, tr("An Okta group without an id."));
    const QJsonObject profile = o.value(QLatin1String("profile")).toObject();
    g.displayName = text(profile, "name");
    g.createdAt = timestampFromIso(text(o, "created"));
    g.lastModified = groupChangedAt(o);
    g.version = text(o, "lastUpdated") + QLatin1Char('/') + text(o, "lastMembershipUpdated");
    g.membersListed = false;
    return g;
}

QStringList OktaParser::logEventTypes()
{
    QStringList out;
    for (const char *t : kEventTypes)
        out << QString::fromLatin1(t);
    return out;
}

QString OktaParser::logFilter()
{
    QStringList parts;
    for (const QString &t : logEventTypes())
        parts << QStringLiteral("eventType eq \"%1\"").arg(t);
    return parts.join(QStringLiteral(" or "));
}

std::optional<IdentityEvent> OktaParser::logEvent(const QJsonObject &o)
{
    const QString type = text(o, "eventType");
    const QJsonObject outcome = o.value(QLatin1String("outcome")).toObject();
    const QString result = text(outcome, "result");
    if (result != QLatin1String("SUCCESS"))
        return std::nullopt;
    IdentityEvent e;
    if (type == QLatin1String("user.lifecycle.create"))
        e.kind = IdentityEvent::Kind::Created;
    else if (type == QLatin1String("user.lifecycle.activate") ||
             type == QLatin1String("user.lifecycle.reactivate") ||
             type == QLatin1String("user.lifecycle.unsuspend"))
        e.kind = IdentityEvent::Kind::Reactivated;
    else if (type == QLatin1String("user.lifecycle.deactivate") ||
             type == QLatin1String("user.lifecycle.suspend"))
        e.kind = IdentityEvent::Kind::Deactivated;
    else if (type == QLatin1String("user.lifecycle.delete.initiated"))
        e.kind = IdentityEvent::Kind::Deleted;
    else if (type == QLatin1String("group.user_membership.add"))
        e.kind = IdentityEvent::Kind::MembershipAdded;
    else if (type == QLatin1String("group.user_membership.remove"))
        e.kind = IdentityEvent::Kind::MembershipRemoved;
    else if (type == QLatin1String("application.user_membership.add") ||
             type == QLatin1String("application.user_membership.remove") ||
             type == QLatin1String("user.account.update_profile"))
        e.kind = IdentityEvent::Kind::Updated;
    else
        return std::nullopt;
    e.externalId = text(o, "uuid");
    e.at = timestampFromIso(text(o, "published"));
    if (e.externalId.isEmpty() || !e.at)
        return std::nullopt;
    const QJsonObject actor = o.value(QLatin1String("actor")).toObject();
    e.actor = text(actor, "alternateId");
    if (e.actor.isEmpty())
        e.actor = text(actor, "displayName");
    e.source = QStringLiteral("okta-syslog");
    QJsonObject details{{QLatin1String("eventType"), type},
                        {QLatin1String("outcome"), result},
                        {QLatin1String("actorId"), text(actor, "id")},
                        {QLatin1String("actorType"), text(actor, "type")}};
    const QString reason = text(outcome, "reason");
    if (!reason.isEmpty())
        details.insert(QLatin1String("reason"), reason);
    const QString message = text(o, "displayMessage");
    if (!message.isEmpty())
        details.insert(QLatin1String("message"), message);
    const QJsonArray targets = o.value(QLatin1String("target")).toArray();
    for (const QJsonValue &v : targets) {
        const QJsonObject t = v.toObject();
        const QString kind = text(t, "type");
        if (kind == QLatin1String("User") && e.userScimId.isEmpty()) {
            e.userScimId = text(t, "id");
            e.subject = text(t, "alternateId");
            if (e.subject.isEmpty())
                e.subject = text(t, "displayName");
        } else if (kind == QLatin1String("UserGroup") && e.groupScimId.isEmpty()) {
            e.groupScimId = text(t, "id");
            details.insert(QLatin1String("group"), text(t, "displayName"));
        } else if (kind == QLatin1String("AppInstance")) {
            details.insert(QLatin1String("application"), text(t, "displayName"));
            details.insert(QLatin1String("assignment"), type.endsWith(QLatin1String(".add"))
                                                            ? QStringLiteral("added")
                                                            : QStringLiteral("removed"));
        }
    }
    // A profile update names the attributes it changed (not their values).
    const QString changed = o.value(QLatin1String("debugContext"))
                                .toObject()
                                .value(QLatin1String("debugData"))
                                .toObject()
                                .value(QLatin1String("changedAttributes"))
                                .toString();
    if (!changed.isEmpty()) {
        QJsonArray names;
        for (const QString &name : changed.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << name.trimmed();
        details.insert(QLatin1String("changedAttributes"), names);
    }
    if (type == QLatin1String("user.lifecycle.suspend") || type == QLatin1String("user.lifecycle.unsuspend"))
        details.insert(QLatin1String("suspension"), true);
    if (e.userScimId.isEmpty())
        return std::nullopt;
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return e;
}

} // namespace Scimflow
