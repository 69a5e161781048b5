#include "reviewcampaign.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Scimflow {

namespace {

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

QString ReviewScope::toJson() const
{
    const QJsonObject o{{QStringLiteral("roles"), toArray(roles)},
                        {QStringLiteral("groups"), toArray(groups)},
                        {QStringLiteral("memberships"), memberships},
                        {QStringLiteral("serviceAccounts"), serviceAccounts},
                        {QStringLiteral("credentials"), credentials}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ReviewScope ReviewScope::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    ReviewScope s;
    s.roles = fromArray(o.value(QStringLiteral("roles")));
    s.groups = fromArray(o.value(QStringLiteral("groups")));
    s.memberships = o.value(QStringLiteral("memberships")).toBool(true);
    s.serviceAccounts = o.value(QStringLiteral("serviceAccounts")).toBool();
    s.credentials = o.value(QStringLiteral("credentials")).toBool();
    return s;
}

QString ReviewScope::describe() const
{
    QStringList parts;
    if (memberships) {
        QString m = QStringLiteral("group memberships granting ");
        m += roles.isEmpty() ? QStringLiteral("any pipeline role")
                             : QStringLiteral("roles ") + roles.join(QStringLiteral(", "));
        if (!groups.isEmpty())
            m += QStringLiteral(" in groups ") + groups.join(QStringLiteral(", "));
        parts << m;
    }
    if (serviceAccounts)
        parts << QStringLiteral("service accounts");
    if (credentials)
        parts << QStringLiteral("keys and tokens");
    return parts.join(QStringLiteral("; "));
}

QString reviewDecisionName(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::None:
        return {};
    case ReviewDecision::Keep:
        return QStringLiteral("keep");
    case ReviewDecision::Revoke:
        return QStringLiteral("revoke");
    case ReviewDecision::NeedsInfo:
        return QStringLiteral("needs-info");
    }
    return {};
}

bool reviewDecisionFromName(QStringView name, ReviewDecision *decision)
{
    for (ReviewDecision d :
         {ReviewDecision::None, ReviewDecision::Keep, ReviewDecision::Revoke, ReviewDecision::NeedsInfo}) {
        if (name == reviewDecisionName(d)) {
            *decision = d;
            return true;
        }
    }
    return false;
}

QString reviewItemKindName(ReviewItem::Kind kind)
{
    switch (kind) {
    case ReviewItem::Kind::Membership:
        return QStringLiteral("membership");
    case ReviewItem::Kind::ServiceAccount:
        return QStringLiteral("service-account");
    case ReviewItem::Kind::Credential:
        return QStringLiteral("credential");
    }
    return {};
}

bool reviewItemKindFromName(QStringView name, ReviewItem::Kind *kind)
{
    for (ReviewItem::Kind k :
         {ReviewItem::Kind::Membership, ReviewItem::Kind::ServiceAccount, ReviewItem::Kind::Credential}) {
        if (name == reviewItemKindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

int ReviewItem::daysSinceUse(Timestamp asOf) const
{
    if (lastUsedAt <= 0)
        return -1;
    return int(std::max<qint64>(0, asOf - lastUsedAt) / kMsPerDay);
}

} // namespace Scimflow
