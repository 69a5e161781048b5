#include "graphsandbox.h"

#include "jwtassertionverifier.h"
#include "sandboxserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

namespace Scimflow {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// Graph writes seven fraction digits.
QString graphTime(Timestamp ts)
{
    return QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("0000Z");
}

QString auditId(const QString &seed)
{
    return QStringLiteral("Directory_") +
           QString::fromLatin1(
               QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

} // namespace

GraphSandbox::GraphSandbox(SandboxServer &server, const Scenario &scenario, QString tenant, QString clientId,
                           QString clientSecret, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_tenant(std::move(tenant))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_users(scenario.users)
    , m_groups(scenario.groups)
{
    m_opaqueSeed = scenario.seed ^ 0x9e3779b97f4a7c15ULL;
    reindex();
    // The scenario's history as the audit entries Entra writes for it.
    int n = 0;
    for (const IdentityEvent &e : scenario.events) {
        const User *u = user(e.userScimId);
        if (!u)
            continue;
        QString activity;
        QJsonArray modified;
        switch (e.kind) {
        case IdentityEvent::Kind::Deactivated:
            // Both ways a disable shows in the log: its own activity, or a user update of AccountEnabled.
            if (++n % 2) {
                activity = QStringLiteral("Disable account");
            } else {
                activity = QStringLiteral("Update user");
                modified.append(QJsonObject{{QLatin1String("displayName"), QStringLiteral("AccountEnabled")},
                                            {QLatin1String("oldValue"), QStringLiteral("[true]")},
                                            {QLatin1String("newValue"), QStringLiteral("[false]")}});
            }
            break;
        case IdentityEvent::Kind::Reactivated:
            activity = QStringLiteral("Enable account");
            break;
        case IdentityEvent::Kind::Deleted:
            activity = QStringLiteral("Delete user");
            break;
        case IdentityEvent::Kind::Created:
            activity = QStringLiteral("Add user");
            break;
        case IdentityEvent::Kind::MembershipAdded:
            activity = QStringLiteral("Add member to group");
            break;
        case IdentityEvent::Kind::MembershipRemoved:
            activity = QStringLiteral("Remove member from group");
            break;
        default:
            activity = QStringLiteral("Update user");
            break;
        }
        QJsonObject entry;
        entry.insert(QLatin1String("id"),
                     auditId(QStringLiteral("%1/%2/%3/%4")
                                 .arg(e.at)
                                 .arg(identityEventKindName(e.kind), e.userScimId, e.groupScimId)));
        entry.insert(QLatin1String("activityDateTime"), graphTime(e.at));
        entry.insert(QLatin1String("activityDisplayName"), activity);
        QJsonObject target{{QLatin1String("id"), u->scimId},
                           {QLatin1String("type"), QStringLiteral("User")},
                           {QLatin1String("userPrincipalName"), u->userName},
                           {QLatin1String("displayName"), QJsonValue::Null}};
        QJsonArray targets;
        if (!e.groupScimId.isEmpty()) {
            const Group *g = group(e.groupScimId);
            const QString name = g ? g->displayName : QString();
            const bool added = e.kind == IdentityEvent::Kind::MembershipAdded;
            const QString quotedId = QStringLiteral("\"%1\"").arg(e.groupScimId);
            const QString quotedName = QStringLiteral("\"%1\"").arg(name);
            modified.append(QJsonObject{{QLatin1String("displayName"), QStringLiteral("Group.ObjectID")},
                                        {QLatin1String("oldValue"), added ? QJsonValue() : quotedId},
                                        {QLatin1String("newValue"), added ? quotedId : QJsonValue()}});
            modified.append(QJsonObject{{QLatin1String("displayName"), QStringLiteral("Group.DisplayName")},
                                        {QLatin1String("oldValue"), added ? QJsonValue() : quotedName},
                                        {QLatin1String("newValue"), added ? quotedName : QJsonValue()}});
            if (n++ % 2)
                targets.append(QJsonObject{{QLatin1String("id"), e.groupScimId},
                                           {QLatin1String("type"), QStringLiteral("Group")},
                                           {QLatin1String("displayName"), name}});
        }
        target.insert(QLatin1String("modifiedProperties"), modified);
        targets.prepend(target);
        entry.insert(QLatin1String("targetResources"), targets);
        entry.insert(QLatin1String("category"), e.groupScimId.isEmpty() ? QStringLiteral("UserManagement")
                                                                        : QStringLiteral("GroupManagement"));
        entry.insert(QLatin1String("result"), QStringLiteral("success"));
        entry.insert(QLatin1String("resultReason"), QString());
        entry.insert(QLatin1String("loggedByService"), QStringLiteral("Core Directory"));
        entry.insert(QLatin1String("operationType"), QStringLiteral("Update"));
        entry.insert(QLatin1String("correlationId"),
                     auditId(entry.value(QLatin1String("id")).toString()).mid(10));
        const QString actor = e.actor.isEmpty() ? QStringLiteral("admin@contoso.example") : e.actor;
        entry.insert(
            QLatin1String("initiatedBy"),
            actor.contains(QLatin1Char('@'))
                ? QJsonObject{{QLatin1String("user"),
                               QJsonObject{{QLatin1String("id"), auditId(actor).mid(10)},
                                           {QLatin1String("userPrincipalName"), actor}}}}
                : QJsonObject{{QLatin1String("app"),
                               QJsonObject{{QLatin1String("displayName"), actor},
                                           {QLatin1String("servicePrincipalId"), auditId(actor).mid(10)}}}});
        entry.insert(QLatin1String("additionalDetails"), QJsonArray());
        addAudit(entry);
    }
    registerRoutes();
    registerFixRoutes();
}

GraphSandbox::~GraphSandbox() = default;

QUrl GraphSandbox::graphUrl() const
{
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/v1.0"));
    return url;
}

QUrl GraphSandbox::loginUrl() const
{
    return m_server.baseUrl();
}

QUrl GraphSandbox::tokenUrl() const
{
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/%1/oauth2/v2.0/token").arg(m_tenant));
    return url;
}

void GraphSandbox::reindex()
{
    m_userIndex.clear();
    m_groupIndex.clear();
    for (int i = 0; i < m_users.size(); ++i)
        m_userIndex.insert(m_users[i].scimId, i);
    for (int i = 0; i < m_groups.size(); ++i)
        m_groupIndex.insert(m_groups[i].scimId, i);
}

const User *GraphSandbox::user(const QString &id) const
{
    const int i = userIndex(id);
    return i < 0 ? nullptr : &m_users[i];
}

const Group *GraphSandbox::group(const QString &id) const
{
    const int i = groupIndex(id);
    return i < 0 ? nullptr : &m_groups[i];
}

QString GraphSandbox::opaque()
{
    // Like Graph's: long, unguessable, nothing a client could take apart or count with.
    QByteArray raw;
    for (int i = 0; i < 3; ++i) {
        const quint64 v = QRandomGenerator::global()->generate64() ^ (m_opaqueSeed += 0x9e3779b97f4a7c15ULL);
        raw.append(reinterpret_cast<const char *>(&v), sizeof v);
    }
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void GraphSandbox::record(Change change)
{
    change.version = ++m_version;
    m_changes << change;
}

void GraphSandbox::modifyUser(const QString &id, const std::function<void(User &)> &change)
{
    const int i = userIndex(id);
    if (i < 0)
        return;
    change(m_users[i]);
    Change c;
    c.userId = id;
    record(c);
}

void GraphSandbox::addUser(const User &u)
{
    m_users << u;
    m_userIndex.insert(u.scimId, int(m_users.size()) - 1);
    m_removedUsers.remove(u.scimId);
    Change c;
    c.userId = u.scimId;
    record(c);
}

void GraphSandbox::removeUser(const QString &id)
{
    const int i = userIndex(id);
    if (i < 0)
        return;
    // Deleting a user ends their memberships, and the groups' delta says so.
    for (const Group &g : std::as_const(m_groups)) {
        if (g.memberScimIds.contains(id))
            removeMember(g.scimId, id);
    }
    m_users.removeAt(i);
    reindex();
    m_removedUsers.insert(id);
    Change c;
    c.userId = id;
    record(c);
}

void GraphSandbox::addMember(const QString &groupId, const QString &userId)
{
    const int g = groupIndex(groupId);
    if (g < 0 || m_groups[g].memberScimIds.contains(userId))
        return;
    m_groups[g].memberScimIds << userId;
    Change c;
    c.groupId = groupId;
    c.memberId = userId;
    record(c);
}

void GraphSandbox::removeMember(const QString &groupId, const QString &userId)
{
    const int g = groupIndex(groupId);
    if (g < 0 || !m_groups[g].memberScimIds.removeOne(userId))
        return;
    Change c;
    c.groupId = groupId;
    c.memberId = userId;
    record(c);
}

void GraphSandbox::renameGroup(const QString &groupId, const QString &name)
{
    const int g = groupIndex(groupId);
    if (g < 0)
        return;
    m_groups[g].displayName = name;
    Change c;
    c.groupId = groupId;
    c.renamed = true;
    record(c);
}

void GraphSandbox::removeGroup(const QString &groupId)
{
    const int g = groupIndex(groupId);
    if (g < 0)
        return;
    m_groups.removeAt(g);
    reindex();
    m_removedGroups.insert(groupId);
    Change c;
    c.groupId = groupId;
    record(c);
}

void GraphSandbox::addAudit(const QJsonObject &entry)
{
    // Newest first, as the directory audit list answers without $orderby.
    const QString at = entry.value(QLatin1String("activityDateTime")).toString();
    auto it = m_audits.begin();
    while (it != m_audits.end() && it->value(QLatin1String("activityDateTime")).toString() > at)
        ++it;
    m_audits.insert(it, entry);
}

void GraphSandbox::expireDeltaTokens()
{
    m_deltaTokens.clear();
}

void GraphSandbox::expireAccessToken()
{
    m_accessToken = QStringLiteral("expired-") + opaque();
}

QByteArray GraphSandbox::userJson(const User &u, const QStringList &select) const
{
    static const QStringList defaults{QStringLiteral("id"),        QStringLiteral("displayName"),
                                      QStringLiteral("givenName"), QStringLiteral("surname"),
                                      QStringLiteral("mail"),      QStringLiteral("userPrincipalName")};
    const QStringList &fields = select.isEmpty() ? defaults : select;
    QJsonObject o{{QLatin1String("id"), u.scimId}};
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    for (const QString &f : fields) {
        if (f == QLatin1String("accountEnabled"))
            o.insert(f, u.active);
        else if (f == QLatin1String("userPrincipalName"))
            o.insert(f, u.userName);
        else if (f == QLatin1String("mail"))
            o.insert(f, text(u.email));
        else if (f == QLatin1String("department"))
            o.insert(f, text(u.department));
        else if (f == QLatin1String("employeeId"))
            o.insert(f, text(u.employeeNumber));
        else if (f == QLatin1String("displayName"))
            o.insert(f, text(u.displayName));
        else if (f == QLatin1String("givenName"))
            o.insert(f, text(u.givenName));
        else if (f == QLatin1String("surname"))
            o.insert(f, text(u.familyName));
        else if (f == QLatin1String("createdDateTime"))
            o.insert(f, u.createdAt ? QJsonValue(QDateTime::fromMSecsSinceEpoch(u.createdAt, QTimeZone::utc())
                                                     .toString(Qt::ISODate))
                                    : QJsonValue(QJsonValue::Null));
    }
    return compact(o);
}

QList<QByteArray> GraphSandbox::fullRound(bool users, const QStringList &select) const
{
    QList<QByteArray> out;
    if (users) {
        for (const User &u : m_users)
            out << userJson(u, select);
        return out;
    }
    const QJsonObject memberType{{QLatin1String("@odata.type"), QStringLiteral("#microsoft.graph.user")}};
    for (const Group &g : m_groups) {
        // A large group's members come over several objects of the same group, as Graph splits them.
        int from = 0;
        do {
            QJsonObject o{{QLatin1String("id"), g.scimId}};
            if (from == 0)
                o.insert(QLatin1String("displayName"), g.displayName);
            QJsonArray members;
            for (int i = from; i < qMin(from + m_membersPerObject, int(g.memberScimIds.size())); ++i) {
                QJsonObject m = memberType;
                m.insert(QLatin1String("id"), g.memberScimIds[i]);
                members.append(m);
            }
            if (!members.isEmpty())
                o.insert(QLatin1String("members@delta"), members);
            out << compact(o);
            from += m_membersPerObject;
        } while (from < g.memberScimIds.size());
    }
    return out;
}

QList<QByteArray> GraphSandbox::changesSince(bool users, qint64 version, const QStringList &select) const
{
    QList<QByteArray> out;
    QStringList order;
    QHash<QString, QStringList> members; // group -> members touched
    QSet<QString> renamed;
    for (const Change &c : m_changes) {
        if (c.version <= version)
            continue;
        const QString id = users ? c.userId : c.groupId;
        if (id.isEmpty())
            continue;
        order.removeOne(id);
        order << id;
        if (!c.memberId.isEmpty() && !members[id].contains(c.memberId))
            members[id] << c.memberId;
        if (c.renamed)
            renamed.insert(id);
    }
    const QJsonObject removed{
        {QLatin1String("@removed"), QJsonObject{{QLatin1String("reason"), QStringLiteral("changed")}}}};
    for (const QString &id : std::as_const(order)) {
        if (users) {
            const User *u = user(id);
            if (u) {
                out << userJson(*u, select);
            } else {
                QJsonObject o = removed;
                o.insert(QLatin1String("id"), id);
                out << compact(o);
            }
            continue;
        }
        const Group *g = group(id);
        if (!g) {
            QJsonObject o = removed;
            o.insert(QLatin1String("id"), id);
            out << compact(o);
            continue;
        }
        QJsonObject o{{QLatin1String("id"), id}};
        if (renamed.contains(id))
            o.insert(QLatin1String("displayName"), g->displayName);
        QJsonArray delta;
        for (const QString &m : members.value(id)) {
            QJsonObject entry{{QLatin1String("@odata.type"), QStringLiteral("#microsoft.graph.user")},
                              {QLatin1String("id"), m}};
            if (!g->memberScimIds.contains(m))
                entry.insert(QLatin1String("@removed"),
                             QJsonObject{{QLatin1String("reason"), QStringLiteral("deleted")}});
            delta.append(entry);
        }
        if (!delta.isEmpty())
            o.insert(QLatin1String("members@delta"), delta);
        out << compact(o);
    }
    return out;
}

} // namespace Scimflow
