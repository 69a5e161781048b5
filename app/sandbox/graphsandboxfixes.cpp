// GraphSandbox: the requests fixes make (PATCH a user, DELETE a member $ref) and the reads that confirm them.
#include "graphsandbox.h"
#include "sandboxserver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>

namespace Scimflow {

namespace {

const QByteArray kJson =
    "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false";

SandboxResponse graphError(int status, const QString &code, const QString &message)
{
    const QJsonObject o{{QLatin1String("error"),
                         QJsonObject{{QLatin1String("code"), code}, {QLatin1String("message"), message}}}};
    return SandboxResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact), kJson);
}

SandboxResponse noContent()
{
    SandboxResponse r;
    r.status = 204;
    r.contentType = kJson;
    return r;
}

} // namespace

void GraphSandbox::registerFixRoutes()
{
    const auto guard = [this](const SandboxServer::Handler &f) -> SandboxServer::Handler {
        return [this, f](const QStringList &args, const QHttpServerRequest &req, FaultInjector &faults) {
            if (std::optional<SandboxResponse> refused = refuse(req))
                return *refused;
            return f(args, req, faults);
        };
    };
    // Registered after /v1.0/users/delta, which the router tries first.
    m_server.route(QStringLiteral("/v1.0/users/<arg>"),
                   guard([this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &) {
                       if (req.method() == QHttpServerRequest::Method::Get)
                           return getUser(args[0], req);
                       if (req.method() == QHttpServerRequest::Method::Patch)
                           return patchUser(args[0], req);
                       return graphError(405, QStringLiteral("Request_BadRequest"),
                                         QStringLiteral("Method not allowed."));
                   }));
    m_server.route(QStringLiteral("/v1.0/users/<arg>/memberOf"), QHttpServerRequest::Method::Get,
                   guard([this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &) {
                       return memberOf(args[0], req);
                   }));
    m_server.route(QStringLiteral("/v1.0/groups/<arg>/members/<arg>/<arg>"),
                   QHttpServerRequest::Method::Delete,
                   guard([this](const QStringList &args, const QHttpServerRequest &, FaultInjector &) {
                       if (args[2] != QLatin1String("$ref"))
                           return graphError(400, QStringLiteral("Request_BadRequest"),
                                             QStringLiteral("Remove a member through its $ref."));
                       return removeMemberRef(args[0], args[1]);
                   }));
}

SandboxResponse GraphSandbox::getUser(const QString &id, const QHttpServerRequest &request) const
{
    const User *u = user(id);
    if (!u)
        return graphError(
            404, QStringLiteral("Request_ResourceNotFound"),
            QStringLiteral("Resource '%1' does not exist or one of its queried reference-property "
                           "objects are not present.")
                .arg(id));
    const QString select = request.query().queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded);
    return SandboxResponse::json(200, userJson(*u, select.split(QLatin1Char(','), Qt::SkipEmptyParts)),
                                 kJson);
}

SandboxResponse GraphSandbox::patchUser(const QString &id, const QHttpServerRequest &request)
{
    const int i = userIndex(id);
    if (i < 0)
        return graphError(404, QStringLiteral("Request_ResourceNotFound"),
                          QStringLiteral("Resource '%1' does not exist.").arg(id));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return graphError(400, QStringLiteral("BadRequest"),
                          QStringLiteral("Unable to read JSON request payload."));
    const QJsonObject body = doc.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("accountEnabled") && it.key() != QLatin1String("department"))
            return graphError(
                400, QStringLiteral("Request_BadRequest"),
                QStringLiteral("The sandbox updates accountEnabled and department only, not %1.")
                    .arg(it.key()));
    }
    const QJsonValue enabled = body.value(QLatin1String("accountEnabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return graphError(400, QStringLiteral("Request_BadRequest"),
                          QStringLiteral("Cannot convert the literal to the expected type 'Edm.Boolean'."));
    const bool was = m_users[i].active;
    modifyUser(id, [&body, &enabled](User &u) {
        if (enabled.isBool())
            u.active = enabled.toBool();
        if (body.contains(QLatin1String("department")))
            u.department = body.value(QLatin1String("department")).toString();
    });
    if (enabled.isBool() && was != enabled.toBool()) {
        const QString from = was ? QStringLiteral("[true]") : QStringLiteral("[false]");
        const QString to = enabled.toBool() ? QStringLiteral("[true]") : QStringLiteral("[false]");
        auditOf(QStringLiteral("Update user"), m_users[i],
                QJsonArray{QJsonObject{{QLatin1String("displayName"), QStringLiteral("AccountEnabled")},
                                       {QLatin1String("oldValue"), from},
                                       {QLatin1String("newValue"), to}}});
    }
    return noContent();
}

SandboxResponse GraphSandbox::removeMemberRef(const QString &groupId, const QString &userId)
{
    const Group *g = group(groupId);
    const User *u = user(userId);
    if (!g || !u || !g->memberScimIds.contains(userId))
        return graphError(
            404, QStringLiteral("Request_ResourceNotFound"),
            QStringLiteral("One or more removed object references do not exist for the following "
                           "modified properties: 'members'."));
    const QString name = g->displayName;
    const User target = *u;
    removeMember(groupId, userId);
    const QString quotedId = QStringLiteral("\"%1\"").arg(groupId);
    const QString quotedName = QStringLiteral("\"%1\"").arg(name);
    auditOf(QStringLiteral("Remove member from group"), target,
            QJsonArray{QJsonObject{{QLatin1String("displayName"), QStringLiteral("Group.ObjectID")},
                                   {QLatin1String("oldValue"), quotedId},
                                   {QLatin1String("newValue"), QJsonValue()}},
                       QJsonObject{{QLatin1String("displayName"), QStringLiteral("Group.DisplayName")},
                                   {QLatin1String("oldValue"), quotedName},
                                   {QLatin1String("newValue"), QJsonValue()}}},
            groupId);
    return noContent();
}

SandboxResponse GraphSandbox::memberOf(const QString &userId, const QHttpServerRequest &request)
{
    const QString skip = request.query().queryItemValue(QStringLiteral("$skiptoken"), QUrl::FullyDecoded);
    if (!skip.isEmpty()) {
        const auto it = m_skipTokens.constFind(skip);
        if (it == m_skipTokens.constEnd() || it->delta)
            return graphError(400, QStringLiteral("Request_BadRequest"),
                              QStringLiteral("The $skiptoken is not valid."));
        return page(*it);
    }
    if (!user(userId))
        return graphError(404, QStringLiteral("Request_ResourceNotFound"),
                          QStringLiteral("Resource '%1' does not exist.").arg(userId));
    Round round;
    round.delta = false;
    round.path = QStringLiteral("/v1.0/users/%1/memberOf").arg(userId);
    round.objects = std::make_shared<QList<QByteArray>>();
    for (const Group &g : std::as_const(m_groups)) {
        if (g.memberScimIds.contains(userId))
            round.objects->append(QJsonDocument(QJsonObject{{QLatin1String("@odata.type"),
                                                             QStringLiteral("#microsoft.graph.group")},
                                                            {QLatin1String("id"), g.scimId},
                                                            {QLatin1String("displayName"), g.displayName}})
                                      .toJson(QJsonDocument::Compact));
    }
    return page(round);
}

void GraphSandbox::auditOf(const QString &activity, const User &target, const QJsonArray &modified,
                           const QString &groupId)
{
    const Timestamp now = currentTimestamp();
    const QString id = QStringLiteral("Directory_") + opaque().left(20);
    QJsonArray targets{QJsonObject{{QLatin1String("id"), target.scimId},
                                   {QLatin1String("type"), QStringLiteral("User")},
                                   {QLatin1String("userPrincipalName"), target.userName},
                                   {QLatin1String("modifiedProperties"), modified}}};
    const QJsonObject entry{
        {QLatin1String("id"), id},
        {QLatin1String("category"),
         groupId.isEmpty() ? QStringLiteral("UserManagement") : QStringLiteral("GroupManagement")},
        {QLatin1String("correlationId"), opaque().left(22)},
        {QLatin1String("result"), QStringLiteral("success")},
        {QLatin1String("resultReason"), QString()},
        {QLatin1String("activityDisplayName"), activity},
        {QLatin1String("activityDateTime"), QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc())
                                                    .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
                                                QStringLiteral("0000Z")},
        {QLatin1String("loggedByService"), QStringLiteral("Core Directory")},
        {QLatin1String("operationType"), QStringLiteral("Update")},
        {QLatin1String("initiatedBy"),
         QJsonObject{
             {QLatin1String("app"), QJsonObject{{QLatin1String("displayName"), QStringLiteral("Scimflow")},
                                                {QLatin1String("servicePrincipalId"), m_clientId}}}}},
        {QLatin1String("targetResources"), targets},
        {QLatin1String("additionalDetails"), QJsonArray()}};
    addAudit(entry);
}

} // namespace Scimflow
