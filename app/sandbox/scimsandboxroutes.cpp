// ScimSandbox: HTTP routes, discovery documents and writes (PATCH / PUT with If-Match).
#include "sandboxserver.h"
#include "scimfilter.h"
#include "scimparser.h"
#include "scimsandbox.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject listOf(const QJsonArray &resources)
{
    return {{QLatin1String("schemas"), QJsonArray{ScimUrn::kListResponse}},
            {QLatin1String("totalResults"), resources.size()},
            {QLatin1String("startIndex"), 1},
            {QLatin1String("itemsPerPage"), resources.size()},
            {QLatin1String("Resources"), resources}};
}

} // namespace

bool ScimSandbox::authorized(const QHttpServerRequest &request) const
{
    return !m_token.isEmpty() && request.value("Authorization") == "Bearer " + m_token.toUtf8();
}

void ScimSandbox::registerRoutes()
{
    const auto guard = [this](const SandboxServer::Handler &f) -> SandboxServer::Handler {
        return [this, f](const QStringList &args, const QHttpServerRequest &req, FaultInjector &faults) {
            if (!authorized(req))
                return SandboxServer::scimError(401, QStringLiteral("A valid bearer token is required."));
            return f(args, req, faults);
        };
    };
    for (const QString &doc : {QStringLiteral("ServiceProviderConfig"), QStringLiteral("Schemas"),
                               QStringLiteral("ResourceTypes")}) {
        m_server.route(QStringLiteral("/scim/v2/") + doc,
                       guard([this, doc](const QStringList &, const QHttpServerRequest &, FaultInjector &) {
                           return discovery(doc);
                       }));
    }
    for (const bool users : {true, false}) {
        const QString collection =
            users ? QStringLiteral("/scim/v2/Users") : QStringLiteral("/scim/v2/Groups");
        m_server.route(collection, guard([this, users](const QStringList &, const QHttpServerRequest &req,
                                                       FaultInjector &faults) {
                           if (req.method() != QHttpServerRequest::Method::Get)
                               return SandboxServer::scimError(
                                   405, QStringLiteral("Only GET is supported on the collection."));
                           return list(users, req, faults);
                       }));
        // args: the resource id
        m_server.route(
            collection + QStringLiteral("/<arg>"),
            guard([this, users](const QStringList &args, const QHttpServerRequest &req, FaultInjector &) {
                if (req.method() == QHttpServerRequest::Method::Get)
                    return getOne(users, args[0]);
                return modify(users, args[0], req);
            }));
    }
}

SandboxResponse ScimSandbox::discovery(const QString &what) const
{
    if (what == QLatin1String("ServiceProviderConfig")) {
        const QJsonObject o{
            {QLatin1String("schemas"),
             QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig")}},
            {QLatin1String("patch"), QJsonObject{{QLatin1String("supported"), true}}},
            {QLatin1String("bulk"), QJsonObject{{QLatin1String("supported"), false}}},
            {QLatin1String("filter"), QJsonObject{{QLatin1String("supported"), m_filterSupported},
                                                  {QLatin1String("maxResults"), m_maxPageSize}}},
            {QLatin1String("changePassword"), QJsonObject{{QLatin1String("supported"), false}}},
            {QLatin1String("sort"), QJsonObject{{QLatin1String("supported"), false}}},
            {QLatin1String("etag"), QJsonObject{{QLatin1String("supported"), m_etags}}},
            {QLatin1String("authenticationSchemes"),
             QJsonArray{QJsonObject{{QLatin1String("type"), QStringLiteral("oauthbearertoken")},
                                    {QLatin1String("name"), QStringLiteral("OAuth Bearer Token")}}}}};
        return SandboxResponse::json(200, compact(o));
    }
    if (what == QLatin1String("Schemas")) {
        QJsonArray schemas{QJsonObject{{QLatin1String("id"), ScimUrn::kUser},
                                       {QLatin1String("name"), QStringLiteral("User")}},
                           QJsonObject{{QLatin1String("id"), ScimUrn::kGroup},
                                       {QLatin1String("name"), QStringLiteral("Group")}}};
        if (m_enterpriseSchema)
            schemas.append(QJsonObject{{QLatin1String("id"), ScimUrn::kEnterpriseUser},
                                       {QLatin1String("name"), QStringLiteral("EnterpriseUser")}});
        return SandboxResponse::json(200, compact(listOf(schemas)));
    }
    QJsonObject user{{QLatin1String("id"), QStringLiteral("User")},
                     {QLatin1String("name"), QStringLiteral("User")},
                     {QLatin1String("endpoint"), QStringLiteral("/Users")},
                     {QLatin1String("schema"), ScimUrn::kUser}};
    if (m_enterpriseSchema)
        user.insert(QLatin1String("schemaExtensions"),
                    QJsonArray{QJsonObject{{QLatin1String("schema"), ScimUrn::kEnterpriseUser},
                                           {QLatin1String("required"), false}}});
    const QJsonObject group{{QLatin1String("id"), QStringLiteral("Group")},
                            {QLatin1String("name"), QStringLiteral("Group")},
                            {QLatin1String("endpoint"), QStringLiteral("/Groups")},
                            {QLatin1String("schema"), ScimUrn::kGroup}};
    return SandboxResponse::json(200, compact(listOf(QJsonArray{user, group})));
}

SandboxResponse ScimSandbox::modify(bool users, const QString &id, const QHttpServerRequest &request)
{
    const int i = (users ? m_userIndex : m_groupIndex).value(id, -1);
    if (i < 0)
        return SandboxServer::scimError(404, QStringLiteral("Resource %1 not found.").arg(id));
    const QString version = users ? m_users[i].version : m_groups[i].version;
    const QByteArray ifMatch = request.value("If-Match");
    if (m_etags && !ifMatch.isEmpty() && ifMatch != "*" && ifMatch != version.toUtf8())
        return SandboxServer::scimError(
            412, QStringLiteral("The resource changed: its version is now %1.").arg(version));
    QJsonParseError pe;
    const QJsonObject body = QJsonDocument::fromJson(request.body(), &pe).object();
    if (pe.error != QJsonParseError::NoError)
        return SandboxServer::scimError(400, QStringLiteral("The request body is not JSON."),
                                        QStringLiteral("invalidSyntax"));
    const VendorProfile lenient =
        VendorProfile::entra(); // accept "False" and capitalised ops like real servers do

    if (request.method() == QHttpServerRequest::Method::Put) {
        if (!users)
            return SandboxServer::scimError(
                501, QStringLiteral("PUT on groups is not implemented by the sandbox."));
        Result<User> u = ScimParser::parseUser(body, lenient);
        if (!u || u->scimId != id)
            return SandboxServer::scimError(
                400, QStringLiteral("The user in the body is invalid or has another id."),
                QStringLiteral("invalidValue"));
        User replaced = *u;
        replaced.createdAt = m_users[i].createdAt;
        modifyUser(id, [&replaced](User &target) { target = replaced; });
        return getOne(true, id);
    }
    if (request.method() != QHttpServerRequest::Method::Patch)
        return SandboxServer::scimError(405, QStringLiteral("Method not allowed."));
    const QJsonArray ops = body.value(QLatin1String("Operations")).toArray();
    if (ops.isEmpty())
        return SandboxServer::scimError(400, QStringLiteral("No Operations."),
                                        QStringLiteral("invalidSyntax"));
    for (const QJsonValue &v : ops) {
        const QJsonObject op = v.toObject();
        const QString kind = op.value(QLatin1String("op")).toString().toLower();
        const QString path = op.value(QLatin1String("path")).toString();
        const QJsonValue value = op.value(QLatin1String("value"));
        if (users) {
            QJsonValue active = path.compare(QLatin1String("active"), Qt::CaseInsensitive) == 0
                                    ? value
                                    : value.toObject().value(QLatin1String("active"));
            if (kind != QLatin1String("replace") || active.isUndefined())
                return SandboxServer::scimError(
                    400, QStringLiteral("The sandbox supports replace of active only."),
                    QStringLiteral("invalidPath"));
            const bool on = ScimParser::readBoolean(active, true, lenient);
            modifyUser(id, [on](User &u) { u.active = on; });
            continue;
        }
        QStringList members = m_groups[i].memberScimIds;
        QStringList values;
        for (const QJsonValue &m : value.toArray())
            values << m.toObject().value(QLatin1String("value")).toString();
        if (kind == QLatin1String("add") &&
            path.compare(QLatin1String("members"), Qt::CaseInsensitive) == 0) {
            for (const QString &m : values) {
                if (!m_userIndex.contains(m))
                    return SandboxServer::scimError(400, QStringLiteral("No user %1.").arg(m),
                                                    QStringLiteral("invalidValue"));
                if (!members.contains(m))
                    members << m;
            }
        } else if (kind == QLatin1String("remove") && path.startsWith(QLatin1String("members["))) {
            const Result<ScimFilter> f = ScimFilter::parse(QStringView(path).mid(8).chopped(1));
            if (!f)
                return SandboxServer::scimError(400, f.error().message, QStringLiteral("invalidFilter"));
            QStringList kept;
            for (const QString &m : std::as_const(members)) {
                if (!f->matches(QJsonObject{{QLatin1String("value"), m}}))
                    kept << m;
            }
            members = kept;
        } else if (kind == QLatin1String("remove") &&
                   path.compare(QLatin1String("members"), Qt::CaseInsensitive) == 0) {
            for (const QString &m : values) // Entra puts the member in value instead of the path
                members.removeAll(m);
        } else {
            return SandboxServer::scimError(400, QStringLiteral("Unsupported group operation."),
                                            QStringLiteral("invalidPath"));
        }
        setGroupMembers(id, members);
    }
    return getOne(users, id);
}

} // namespace Scimflow
