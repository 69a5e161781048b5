#include "scimtargetsandbox.h"

#include "sandboxserver.h"
#include "scimfilter.h"
#include "scimparser.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

namespace Scimflow {

namespace {

constexpr int kMaxPage = 100; // ListUsers / ListGroups: at most 100 per page

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// The `eq` clauses of a filter that is only `eq` joined by `and`; false for anything else.
bool eqClauses(const ScimFilter &f, QList<QPair<QString, QString>> *out)
{
    if (f.op == ScimFilter::Op::And)
        return eqClauses(f.children[0], out) && eqClauses(f.children[1], out);
    if (f.op != ScimFilter::Op::Eq || !f.value.isString())
        return false;
    out->append({f.attribute.toLower(), f.value.toString()});
    return true;
}

} // namespace

SandboxResponse awsScimError(int status, const QString &detail, const QString &scimType)
{
    QJsonObject o{{QLatin1String("schemas"), QJsonArray{ScimUrn::kError}},
                  {QLatin1String("status"), QString::number(status)},
                  {QLatin1String("detail"), detail},
                  {QLatin1String("exceptionRequestId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  {QLatin1String("timeStamp"),
                   QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))}};
    if (!scimType.isEmpty())
        o.insert(QLatin1String("scimType"), scimType);
    return SandboxResponse::json(status, compact(o), "application/json");
}

ScimTargetSandbox::ScimTargetSandbox(SandboxServer &server, QString pathPrefix, QString token,
                                     QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_prefix(std::move(pathPrefix))
    , m_token(std::move(token))
    , m_secret(QByteArray::number(QRandomGenerator::global()->generate64()))
{
    registerRoutes();
}

QUrl ScimTargetSandbox::baseUrl() const
{
    QUrl url = m_server.baseUrl();
    url.setPath(m_prefix);
    return url;
}

void ScimTargetSandbox::addUser(const User &user)
{
    User u = user;
    u.groupScimIds.clear();
    if (u.emails.size() > 1)
        u.emails = {u.emails.constFirst()};
    if (u.emails.isEmpty() && !u.email.isEmpty())
        u.emails = {u.email};
    m_users.append(u);
}

void ScimTargetSandbox::addGroup(const Group &group)
{
    m_groups.append(group);
}

void ScimTargetSandbox::setUserActive(const QString &id, bool active)
{
    for (User &u : m_users) {
        if (u.scimId == id)
            u.active = active;
    }
}

void ScimTargetSandbox::removeUser(const QString &id)
{
    m_users.removeIf([&id](const User &u) { return u.scimId == id; });
    for (Group &g : m_groups)
        g.memberScimIds.removeAll(id);
}

const User *ScimTargetSandbox::user(const QString &id) const
{
    for (const User &u : m_users) {
        if (u.scimId == id)
            return &u;
    }
    return nullptr;
}

const Group *ScimTargetSandbox::group(const QString &id) const
{
    for (const Group &g : m_groups) {
        if (g.scimId == id)
            return &g;
    }
    return nullptr;
}

void ScimTargetSandbox::registerRoutes()
{
    const auto guard = [this](const SandboxServer::Handler &f) -> SandboxServer::Handler {
        return [this, f](const QStringList &args, const QHttpServerRequest &req, FaultInjector &faults) {
            if (m_token.isEmpty() || req.value("Authorization") != "Bearer " + m_token.toUtf8())
                return awsScimError(401, QStringLiteral("The bearer token is invalid or missing."));
            return f(args, req, faults);
        };
    };
    for (const QString &doc : {QStringLiteral("ServiceProviderConfig"), QStringLiteral("Schemas"),
                               QStringLiteral("ResourceTypes")}) {
        m_server.route(m_prefix + QLatin1Char('/') + doc,
                       guard([this, doc](const QStringList &, const QHttpServerRequest &, FaultInjector &) {
                           return discovery(doc);
                       }));
    }
    for (const bool users : {true, false}) {
        const QString collection = m_prefix + (users ? QStringLiteral("/Users") : QStringLiteral("/Groups"));
        m_server.route(collection, guard([this, users](const QStringList &, const QHttpServerRequest &req,
                                                       FaultInjector &) {
                           if (req.method() != QHttpServerRequest::Method::Get)
                               return awsScimError(400, QStringLiteral("The operation is not supported."));
                           return list(users, req);
                       }));
        m_server.route(
            collection + QStringLiteral("/<arg>"),
            guard([this, users](const QStringList &args, const QHttpServerRequest &req, FaultInjector &) {
                if (req.method() == QHttpServerRequest::Method::Get)
                    return getOne(users, args[0]);
                if (req.method() == QHttpServerRequest::Method::Patch)
                    return patch(users, args[0], req);
                return awsScimError(400, QStringLiteral("The operation is not supported."));
            }));
    }
}

SandboxResponse ScimTargetSandbox::discovery(const QString &what) const
{
    if (what == QLatin1String("ServiceProviderConfig")) {
        const QJsonObject o{
            {QLatin1String("schemas"),
             QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig")}},
            {QLatin1String("patch"), QJsonObject{{QLatin1String("supported"), true}}},
            {QLatin1String("bulk"), QJsonObject{{QLatin1String("supported"), false}}},
            {QLatin1String("filter"),
             QJsonObject{{QLatin1String("supported"), true}, {QLatin1String("maxResults"), kMaxPage}}},
            {QLatin1String("changePassword"), QJsonObject{{QLatin1String("supported"), false}}},
            {QLatin1String("sort"), QJsonObject{{QLatin1String("supported"), false}}},
            {QLatin1String("etag"), QJsonObject{{QLatin1String("supported"), false}}},
            {QLatin1String("authenticationSchemes"),
             QJsonArray{QJsonObject{{QLatin1String("type"), QStringLiteral("oauthbearertoken")},
                                    {QLatin1String("name"), QStringLiteral("OAuth Bearer Token")}}}}};
        if (m_announcesCursor) {
            QJsonObject withPaging = o;
            withPaging.insert(QLatin1String("pagination"),
                              QJsonObject{{QLatin1String("cursor"), true},
                                          {QLatin1String("index"), false},
                                          {QLatin1String("defaultPageSize"), kMaxPage},
                                          {QLatin1String("maxPageSize"), kMaxPage}});
            return SandboxResponse::json(200, compact(withPaging), "application/json");
        }
        return SandboxResponse::json(200, compact(o), "application/json");
    }
    auto listOf = [](const QJsonArray &resources) {
        return compact({{QLatin1String("schemas"), QJsonArray{ScimUrn::kListResponse}},
                        {QLatin1String("totalResults"), resources.size()},
                        {QLatin1String("itemsPerPage"), resources.size()},
                        {QLatin1String("startIndex"), 1},
                        {QLatin1String("Resources"), resources}});
    };
    if (what == QLatin1String("Schemas"))
        return SandboxResponse::json(
            200,
            listOf({QJsonObject{{QLatin1String("id"), ScimUrn::kUser},
                                {QLatin1String("name"), QStringLiteral("User")}},
                    QJsonObject{{QLatin1String("id"), ScimUrn::kGroup},
                                {QLatin1String("name"), QStringLiteral("Group")}},
                    QJsonObject{{QLatin1String("id"), ScimUrn::kEnterpriseUser},
                                {QLatin1String("name"), QStringLiteral("EnterpriseUser")}}}),
            "application/json");
    return SandboxResponse::json(200,
                                 listOf({QJsonObject{{QLatin1String("id"), QStringLiteral("User")},
                                                     {QLatin1String("name"), QStringLiteral("User")},
                                                     {QLatin1String("endpoint"), QStringLiteral("/Users")},
                                                     {QLatin1String("schema"), ScimUrn::kUser}},
                                         QJsonObject{{QLatin1String("id"), QStringLiteral("Group")},
                                                     {QLatin1String("name"), QStringLiteral("Group")},
                                                     {QLatin1String("endpoint"), QStringLiteral("/Groups")},
                                                     {QLatin1String("schema"), ScimUrn::kGroup}}}),
                                 "application/json");
}

QByteArray ScimTargetSandbox::userJson(const User &u) const
{
    QJsonObject o = ScimParser::userToJson(u);
    o.remove(QLatin1String("groups"));
    return compact(o);
}

QByteArray ScimTargetSandbox::groupJson(const Group &g) const
{
    QJsonObject o = ScimParser::groupToJson(g);
    o.insert(QLatin1String("members"), QJsonArray()); // GetGroup and ListGroups never list members
    return compact(o);
}

QString ScimTargetSandbox::issueCursor(bool users, qint64 offset)
{
    qint64 issued = QDateTime::currentMSecsSinceEpoch();
    if (m_expire > 0) {
        --m_expire;
        issued -= m_cursorLifetimeMs + 1000;
    }
    const QByteArray payload =
        (users ? "U:" : "G:") + QByteArray::number(offset) + ':' + QByteArray::number(issued);
    const QByteArray mac =
        QCryptographicHash::hash(m_secret + payload, QCryptographicHash::Sha256).toHex().left(16);
    QByteArray cursor =
        (payload + '.' + mac).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (m_tamper > 0) {
        --m_tamper;
        cursor[cursor.size() / 2] = cursor[cursor.size() / 2] == 'A' ? 'B' : 'A';
    }
    return QString::fromLatin1(cursor);
}

qint64 ScimTargetSandbox::readCursor(bool users, const QString &cursor, SandboxResponse *error) const
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                         QByteArray::OmitTrailingEquals);
    const qsizetype dot = raw.lastIndexOf('.');
    const QByteArray payload = raw.left(dot);
    const QList<QByteArray> parts = payload.split(':');
    const QByteArray mac =
        QCryptographicHash::hash(m_secret + payload, QCryptographicHash::Sha256).toHex().left(16);
    if (dot < 0 || raw.mid(dot + 1) != mac || parts.size() != 3 || parts[0] != (users ? "U" : "G")) {
        *error =
            awsScimError(400, QStringLiteral("The cursor is not valid."), QStringLiteral("invalidCursor"));
        return -1;
    }
    if (QDateTime::currentMSecsSinceEpoch() - parts[2].toLongLong() > m_cursorLifetimeMs) {
        *error =
            awsScimError(400, QStringLiteral("The cursor has expired."), QStringLiteral("expiredCursor"));
        return -1;
    }
    return parts[1].toLongLong();
}

SandboxResponse ScimTargetSandbox::list(bool users, const QHttpServerRequest &request)
{
    ++m_listRequests;
    const QUrlQuery query = request.query();
    const QString filterText = query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    const QString countText = query.queryItemValue(QStringLiteral("count"));
    const int count = qBound(0, countText.isEmpty() ? kMaxPage : countText.toInt(), kMaxPage);
    const bool cursorPaging = query.hasQueryItem(QStringLiteral("cursor"));
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);

    QList<QPair<QString, QString>> clauses;
    if (!filterText.isEmpty()) {
        const Result<ScimFilter> f = ScimFilter::parse(filterText);
        if (!f)
            return awsScimError(400, f.error().message, QStringLiteral("invalidFilter"));
        static const QStringList allowed{QStringLiteral("username"), QStringLiteral("externalid"),
                                         QStringLiteral("id"),       QStringLiteral("displayname"),
                                         QStringLiteral("members"),  QStringLiteral("manager")};
        if (!eqClauses(*f, &clauses))
            return awsScimError(400, QStringLiteral("Only the eq operator, joined by and, is supported."),
                                QStringLiteral("invalidFilter"));
        for (const auto &c : std::as_const(clauses)) {
            if (!allowed.contains(c.first))
                return awsScimError(400, QStringLiteral("Filtering on %1 is not supported.").arg(c.first),
                                    QStringLiteral("invalidFilter"));
            if (c.first == QLatin1String("members"))
                ++m_membershipQueries;
        }
    }
    // Clauses are answered from the records; only the page handed out is serialised.
    auto matches = [&](const QString &id, const QString &userName, const QString &externalId,
                       const QString &displayName, const Group *g, const User *u) {
        for (const auto &c : std::as_const(clauses)) {
            const QString &value = c.second;
            const bool ok = c.first == QLatin1String("members")   ? g && g->memberScimIds.contains(value)
                            : c.first == QLatin1String("manager") ? u && u->managerScimId == value
                            : c.first == QLatin1String("id")      ? id == value
                            : c.first == QLatin1String("username")
                                ? userName.compare(value, Qt::CaseInsensitive) == 0
                            : c.first == QLatin1String("externalid")
                                ? externalId.compare(value, Qt::CaseInsensitive) == 0
                                : displayName.compare(value, Qt::CaseInsensitive) == 0;
            if (!ok)
                return false;
        }
        return true;
    };
    QList<int> all;
    const int n = int(users ? m_users.size() : m_groups.size());
    for (int i = 0; i < n; ++i) {
        if (clauses.isEmpty())
            all << i;
        else if (users && matches(m_users[i].scimId, m_users[i].userName, m_users[i].externalId,
                                  m_users[i].displayName, nullptr, &m_users[i]))
            all << i;
        else if (!users && matches(m_groups[i].scimId, QString(), m_groups[i].externalId,
                                   m_groups[i].displayName, &m_groups[i], nullptr))
            all << i;
    }
    // startIndex is not supported: without a cursor the answer is always the first page.
    qint64 offset = 0;
    if (cursorPaging && !cursor.isEmpty()) {
        SandboxResponse error;
        offset = readCursor(users, cursor, &error);
        if (offset < 0)
            return error;
    }
    QByteArray body =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":";
    body += QByteArray::number(all.size());
    body += ",\"startIndex\":1,\"Resources\":[";
    int items = 0;
    for (qint64 p = offset; p < all.size() && items < count; ++p) {
        if (items++)
            body += ',';
        body += users ? userJson(m_users[all[p]]) : groupJson(m_groups[all[p]]);
    }
    body += "],\"itemsPerPage\":";
    body += QByteArray::number(items);
    if (cursorPaging && offset + items < all.size()) {
        QString next = issueCursor(users, offset + items);
        if (m_repeat > 0 && !cursor.isEmpty()) {
            --m_repeat;
            next = cursor;
        }
        body += ",\"nextCursor\":\"" + next.toLatin1() + '"';
    }
    body += '}';
    return SandboxResponse::json(200, body, "application/json");
}

SandboxResponse ScimTargetSandbox::getOne(bool users, const QString &id) const
{
    if (users) {
        if (const User *u = user(id))
            return SandboxResponse::json(200, userJson(*u), "application/json");
    } else if (const Group *g = group(id)) {
        return SandboxResponse::json(200, groupJson(*g), "application/json");
    }
    return awsScimError(404, QStringLiteral("Resource %1 not found.").arg(id));
}

SandboxResponse ScimTargetSandbox::patch(bool users, const QString &id, const QHttpServerRequest &request)
{
    m_patches.append({request.url().path(), request.body()});
    QJsonParseError pe;
    const QJsonObject body = QJsonDocument::fromJson(request.body(), &pe).object();
    const QJsonArray ops = body.value(QLatin1String("Operations")).toArray();
    if (pe.error != QJsonParseError::NoError || ops.isEmpty())
        return awsScimError(400, QStringLiteral("Request cannot be parsed."),
                            QStringLiteral("invalidSyntax"));
    if (users) {
        User *u = nullptr;
        for (User &candidate : m_users) {
            if (candidate.scimId == id)
                u = &candidate;
        }
        if (!u)
            return awsScimError(404, QStringLiteral("Specified user does not exist."));
        for (const QJsonValue &v : ops) {
            const QJsonObject op = v.toObject();
            const QString path = op.value(QLatin1String("path")).toString();
            const QJsonValue value =
                path.compare(QLatin1String("active"), Qt::CaseInsensitive) == 0
                    ? op.value(QLatin1String("value"))
                    : op.value(QLatin1String("value")).toObject().value(QLatin1String("active"));
            if (op.value(QLatin1String("op")).toString().toLower() != QLatin1String("replace") ||
                !value.isBool())
                return awsScimError(400, QStringLiteral("Only replace of active is served by this sandbox."),
                                    QStringLiteral("invalidPath"));
            u->active = value.toBool();
        }
        return SandboxResponse::json(200, userJson(*u), "application/json");
    }
    Group *g = nullptr;
    for (Group &candidate : m_groups) {
        if (candidate.scimId == id)
            g = &candidate;
    }
    if (!g)
        return awsScimError(404, QStringLiteral("Specified group does not exist."));
    QStringList members = g->memberScimIds;
    int changes = 0;
    for (const QJsonValue &v : ops) {
        const QJsonObject op = v.toObject();
        const QString kind = op.value(QLatin1String("op")).toString().toLower();
        const QString path = op.value(QLatin1String("path")).toString();
        const QJsonValue value = op.value(QLatin1String("value"));
        QStringList values;
        for (const QJsonValue &m : value.toArray())
            values << m.toObject().value(QLatin1String("value")).toString();
        if (kind == QLatin1String("replace")) {
            if (path.startsWith(QLatin1String("members"), Qt::CaseInsensitive) ||
                value.toObject().contains(QLatin1String("members")))
                return awsScimError(400, QStringLiteral("Replacing group memberships is not supported."));
            continue; // displayName / externalId: not modelled by the sandbox
        }
        if (kind == QLatin1String("add") &&
            path.compare(QLatin1String("members"), Qt::CaseInsensitive) == 0) {
            for (const QString &m : std::as_const(values)) {
                if (!user(m))
                    return awsScimError(400, QStringLiteral("Member %1 does not exist.").arg(m));
                if (!members.contains(m))
                    members << m;
                ++changes;
            }
        } else if (kind == QLatin1String("remove") &&
                   path.startsWith(QLatin1String("members["), Qt::CaseInsensitive)) {
            const Result<ScimFilter> f = ScimFilter::parse(QStringView(path).mid(8).chopped(1));
            if (!f)
                return awsScimError(400, f.error().message, QStringLiteral("invalidFilter"));
            members.removeIf([&f](const QString &m) {
                return f->matches(QJsonObject{{QLatin1String("value"), m}});
            });
            ++changes;
        } else if (kind == QLatin1String("remove") &&
                   path.compare(QLatin1String("members"), Qt::CaseInsensitive) == 0) {
            if (values.isEmpty())
                return awsScimError(400, QStringLiteral("Removing all group memberships is not supported."));
            for (const QString &m : std::as_const(values))
                members.removeAll(m);
            changes += int(values.size());
        } else {
            return awsScimError(400, QStringLiteral("The operation is not supported."),
                                QStringLiteral("invalidPath"));
        }
    }
    if (changes > 100)
        return awsScimError(400,
                            QStringLiteral("A maximum of 100 membership changes is allowed per request."));
    g->memberScimIds = members;
    SandboxResponse r;
    r.status = 204; // PatchGroup answers 204 without a body
    r.contentType = "application/json";
    return r;
}

} // namespace Scimflow
