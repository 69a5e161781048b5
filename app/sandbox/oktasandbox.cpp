#include "oktasandbox.h"

#include "sandboxserver.h"
#include "sandboxtokenendpoint.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

namespace Scimflow {

namespace {

QString oktaTime(Timestamp ts)
{
    return QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

SandboxResponse oktaError(int status, const char *code, const QString &summary)
{
    const QJsonObject o{{QLatin1String("errorCode"), QString::fromLatin1(code)},
                        {QLatin1String("errorSummary"), summary},
                        {QLatin1String("errorLink"), QString::fromLatin1(code)},
                        {QLatin1String("errorId"),
                         QStringLiteral("oae") + QUuid::createUuid().toString(QUuid::Id128).left(20)},
                        {QLatin1String("errorCauses"), QJsonArray()}};
    return SandboxResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json");
}

QString eventType(IdentityEvent::Kind kind)
{
    switch (kind) {
    case IdentityEvent::Kind::Created:
        return QStringLiteral("user.lifecycle.create");
    case IdentityEvent::Kind::Reactivated:
        return QStringLiteral("user.lifecycle.reactivate");
    case IdentityEvent::Kind::Deactivated:
        return QStringLiteral("user.lifecycle.deactivate");
    case IdentityEvent::Kind::Deleted:
        return QStringLiteral("user.lifecycle.delete.initiated");
    case IdentityEvent::Kind::MembershipAdded:
        return QStringLiteral("group.user_membership.add");
    case IdentityEvent::Kind::MembershipRemoved:
        return QStringLiteral("group.user_membership.remove");
    case IdentityEvent::Kind::Updated:
    case IdentityEvent::Kind::RoleChanged:
        return QStringLiteral("user.account.update_profile");
    }
    return QStringLiteral("user.account.update_profile");
}

/// The cursor a page's next link carries: opaque to the client (the offset, obscured and bound to the list).
QString makeCursor(int offset, const QString &salt)
{
    const QByteArray raw = salt.toUtf8() + ':' + QByteArray::number(offset);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

int readCursor(const QString &cursor, const QString &salt)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    const QByteArray prefix = salt.toUtf8() + ':';
    if (!raw.startsWith(prefix))
        return -1;
    bool ok = false;
    const int offset = raw.mid(prefix.size()).toInt(&ok);
    return ok && offset >= 0 ? offset : -1;
}

} // namespace

OktaSandbox::OktaSandbox(SandboxServer &server, const Scenario &scenario, QString apiToken, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_apiToken(std::move(apiToken))
    , m_users(scenario.users)
    , m_groups(scenario.groups)
{
    for (int i = 0; i < m_users.size(); ++i)
        m_userIndex.insert(m_users[i].scimId, i);
    for (int i = 0; i < m_groups.size(); ++i) {
        m_groupIndex.insert(m_groups[i].scimId, i);
        m_membershipUpdated.insert(m_groups[i].scimId, m_groups[i].lastModified);
    }
    // The scenario's change log is the org's System Log.
    for (const IdentityEvent &e : scenario.events)
        appendLog(e);
    registerRoutes();
}

OktaSandbox::~OktaSandbox() = default;

QUrl OktaSandbox::orgUrl() const
{
    return m_server.baseUrl();
}

QUrl OktaSandbox::tokenUrl() const
{
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/oauth2/v1/token"));
    return url;
}

Status OktaSandbox::registerServiceApp(const QString &clientId, const QByteArray &publicKeyPem)
{
    if (m_tokens) // its route is registered for good
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("a service app is already registered"));
    m_tokens = std::make_unique<SandboxTokenEndpoint>(
        m_server, QStringLiteral("/oauth2/v1/token"), clientId, QString(),
        [this](const QString &token) { m_accessToken = token; });
    return m_tokens->setClientPublicKey(publicKeyPem);
}

void OktaSandbox::setRateLimit(int requests, int windowSeconds)
{
    m_rateLimit = qMax(1, requests);
    m_rateWindowSeconds = qMax(1, windowSeconds);
    m_windowStart = 0;
    m_windowUsed = 0;
}

const User *OktaSandbox::user(const QString &id) const
{
    const auto it = m_userIndex.constFind(id);
    return it == m_userIndex.constEnd() ? nullptr : &m_users[*it];
}

const Group *OktaSandbox::group(const QString &id) const
{
    const auto it = m_groupIndex.constFind(id);
    return it == m_groupIndex.constEnd() ? nullptr : &m_groups[*it];
}

void OktaSandbox::appendLog(const IdentityEvent &event)
{
    LogEntry entry{event, event.externalId};
    if (entry.uuid.isEmpty())
        entry.uuid = QUuid::createUuidV5(QUuid(), QStringLiteral("okta-sandbox-%1").arg(m_logSerial))
                         .toString(QUuid::WithoutBraces);
    ++m_logSerial;
    // The log is kept in published order.
    auto it = std::upper_bound(m_log.begin(), m_log.end(), entry.event.at,
                               [](Timestamp at, const LogEntry &e) { return at < e.event.at; });
    m_log.insert(it, entry);
}

void OktaSandbox::log(IdentityEvent::Kind kind, const QString &userId, const QString &groupId,
                      const QString &actor, Timestamp at)
{
    IdentityEvent e;
    e.kind = kind;
    e.at = at ? at : currentTimestamp();
    e.userScimId = userId;
    e.groupScimId = groupId;
    e.actor = actor;
    if (const User *u = user(userId))
        e.subject = u->userName;
    appendLog(e);
}

void OktaSandbox::deactivateUser(const QString &id, const QString &actor, Timestamp at)
{
    const int i = m_userIndex.value(id, -1);
    if (i < 0)
        return;
    const Timestamp when = at ? at : currentTimestamp();
    m_users[i].active = false;
    m_users[i].lastModified = when;
    log(IdentityEvent::Kind::Deactivated, id, QString(), actor, when);
}

void OktaSandbox::addMember(const QString &groupId, const QString &userId, const QString &actor, Timestamp at)
{
    const int g = m_groupIndex.value(groupId, -1);
    if (g < 0 || m_groups[g].memberScimIds.contains(userId))
        return;
    const Timestamp when = at ? at : currentTimestamp();
    m_groups[g].memberScimIds << userId;
    m_membershipUpdated[groupId] = when;
    log(IdentityEvent::Kind::MembershipAdded, userId, groupId, actor, when);
}

void OktaSandbox::removeMember(const QString &groupId, const QString &userId, const QString &actor,
                               Timestamp at)
{
    const int g = m_groupIndex.value(groupId, -1);
    if (g < 0 || !m_groups[g].memberScimIds.removeOne(userId))
        return;
    const Timestamp when = at ? at : currentTimestamp();
    m_membershipUpdated[groupId] = when;
    log(IdentityEvent::Kind::MembershipRemoved, userId, groupId, actor, when);
}

void OktaSandbox::addUser(const User &user, Timestamp at)
{
    User u = user;
    u.lastModified = at ? at : currentTimestamp();
    if (!u.createdAt)
        u.createdAt = u.lastModified;
    m_userIndex.insert(u.scimId, int(m_users.size()));
    m_users << u;
    log(IdentityEvent::Kind::Created, u.scimId, QString(), m_apiActor, u.lastModified);
}

bool OktaSandbox::authorized(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    if (header.startsWith("SSWS "))
        return !m_apiToken.isEmpty() && header.mid(5) == m_apiToken.toUtf8();
    if (header.startsWith("Bearer "))
        return !m_accessToken.isEmpty() && header.mid(7) == m_accessToken.toUtf8();
    return false;
}

bool OktaSandbox::throttle(HttpHeaders &headers)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 window = now - now % m_rateWindowSeconds;
    if (window != m_windowStart) {
        m_windowStart = window;
        m_windowUsed = 0;
    }
    const bool over = m_windowUsed >= m_rateLimit;
    if (!over)
        ++m_windowUsed;
    headers.append({"X-Rate-Limit-Limit", QByteArray::number(m_rateLimit)});
    headers.append({"X-Rate-Limit-Remaining", QByteArray::number(m_rateLimit - m_windowUsed)});
    headers.append({"X-Rate-Limit-Reset", QByteArray::number(window + m_rateWindowSeconds)});
    return over;
}

SandboxResponse OktaSandbox::finish(SandboxResponse response, const HttpHeaders &rateHeaders) const
{
    response.headers += rateHeaders;
    return response;
}

void OktaSandbox::registerRoutes()
{
    // Every route: rate limit first (Okta counts rejected calls too), then authentication.
    auto guarded = [this](auto body) {
        return [this, body](const QStringList &args, const QHttpServerRequest &req,
                            FaultInjector &faults) -> SandboxResponse {
            HttpHeaders rate;
            if (throttle(rate)) {
                ++m_rateLimited;
                return finish(
                    oktaError(429, "E0000047",
                              QStringLiteral("API call exceeded rate limit due to too many requests.")),
                    rate);
            }
            if (!authorized(req))
                return finish(oktaError(401, "E0000011", QStringLiteral("Invalid token provided")), rate);
            return finish(body(args, req, faults), rate);
        };
    };
    using M = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/api/v1/users"), M::Get,
                   guarded([this](const QStringList &, const QHttpServerRequest &req, FaultInjector &f) {
                       return listUsers(req, f);
                   }));
    m_server.route(QStringLiteral("/api/v1/users/<arg>"), M::Get,
                   guarded([this](const QStringList &args, const QHttpServerRequest &, FaultInjector &) {
                       const User *u = user(args.value(0));
                       if (!u)
                           return oktaError(
                               404, "E0000007",
                               QStringLiteral("Not found: Resource not found: %1 (User)").arg(args.value(0)));
                       return SandboxResponse::json(200, userJson(*u), "application/json");
                   }));
    m_server.route(QStringLiteral("/api/v1/users/<arg>/groups"), M::Get,
                   guarded([this](const QStringList &args, const QHttpServerRequest &, FaultInjector &) {
                       if (!user(args.value(0)))
                           return oktaError(
                               404, "E0000007",
                               QStringLiteral("Not found: Resource not found: %1 (User)").arg(args.value(0)));
                       QByteArray body = "[";
                       for (const Group &g : std::as_const(m_groups)) {
                           if (!g.memberScimIds.contains(args.value(0)))
                               continue;
                           if (body.size() > 1)
                               body += ',';
                           body += groupJson(g);
                       }
                       return SandboxResponse::json(200, body + ']', "application/json");
                   }));
    m_server.route(QStringLiteral("/api/v1/users/<arg>/lifecycle/deactivate"), M::Post,
                   guarded([this](const QStringList &args, const QHttpServerRequest &, FaultInjector &) {
                       return deactivate(args.value(0));
                   }));
    m_server.route(QStringLiteral("/api/v1/groups"), M::Get,
                   guarded([this](const QStringList &, const QHttpServerRequest &req, FaultInjector &f) {
                       return listGroups(req, f);
                   }));
    m_server.route(QStringLiteral("/api/v1/groups/<arg>/users"), M::Get,
                   guarded([this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &f) {
                       return listMembers(args.value(0), req, f);
                   }));
    m_server.route(QStringLiteral("/api/v1/groups/<arg>/users/<arg>"), M::Delete,
                   guarded([this](const QStringList &args, const QHttpServerRequest &, FaultInjector &) {
                       return deleteMembership(args.value(0), args.value(1));
                   }));
    m_server.route(QStringLiteral("/api/v1/logs"), M::Get,
                   guarded([this](const QStringList &, const QHttpServerRequest &req, FaultInjector &f) {
                       return listLog(req, f);
                   }));
}

SandboxResponse OktaSandbox::page(const QList<QByteArray> &items, const QHttpServerRequest &request,
                                  int defaultLimit, int maxLimit, FaultInjector &faults)
{
    const QUrlQuery query(request.url());
    m_listQueries << request.url().query(QUrl::FullyDecoded);
    bool ok = true;
    int limit = defaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return oktaError(400, "E0000001", QStringLiteral("Api validation failed: limit"));
    }
    limit = qMin(limit, maxLimit);
    const QString path = request.url().path();
    // The cursor is bound to the list it came from, so that a cursor pasted into another list is refused.
    const QString salt = path + QLatin1Char('?') +
                         query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded) +
                         query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    int offset = 0;
    if (query.hasQueryItem(QStringLiteral("after"))) {
        offset = readCursor(query.queryItemValue(QStringLiteral("after")), QString::number(qHash(salt)));
        if (offset < 0)
            return oktaError(400, "E0000031", QStringLiteral("Invalid search criteria. (after)"));
    }
    if (faults.takeKind(Fault::Kind::IgnoreStartIndex, path))
        offset = 0; // a server that ignores the cursor serves the first page again
    offset = qMin<int>(offset, int(items.size()));
    const int end = qMin<int>(offset + limit, int(items.size()));
    QByteArray body = "[";
    for (int i = offset; i < end; ++i) {
        if (i > offset)
            body += ',';
        body += items[i];
    }
    if (faults.takeKind(Fault::Kind::DuplicateIds, path) && offset > 0) {
        body += (end > offset ? "," : "") + items[offset - 1];
    }
    body += ']';
    SandboxResponse r = SandboxResponse::json(200, body, "application/json");
    QUrl self = request.url();
    self.setScheme(QStringLiteral("http"));
    self.setHost(m_server.baseUrl().host());
    self.setPort(m_server.port());
    r.headers.append({"Link", "<" + self.toEncoded() + ">; rel=\"self\""});
    if (end < items.size()) {
        QUrlQuery nextQuery(query);
        nextQuery.removeAllQueryItems(QStringLiteral("after"));
        nextQuery.addQueryItem(QStringLiteral("after"), makeCursor(end, QString::number(qHash(salt))));
        QUrl next = self;
        next.setQuery(nextQuery);
        r.headers.append({"Link", "<" + next.toEncoded() + ">; rel=\"next\""});
    }
    return r;
}

namespace {

/// Okta's `search` expressions as far as the sync uses them: `lastUpdated gt "…"`,
/// `lastMembershipUpdated gt "…"` and `status eq "…"`, joined with `or`.
struct SearchTerm
{
    QString attribute, op, value;
};

std::optional<QList<SearchTerm>> parseSearch(const QString &search)
{
    QList<SearchTerm> terms;
    if (search.trimmed().isEmpty())
        return terms;
    static const QRegularExpression term(QStringLiteral(
        R"re(^\s*(lastUpdated|lastMembershipUpdated|status|created)\s+(gt|ge|lt|eq)\s+"([^"]*)"\s*$)re"));
    for (const QString &part : search.split(QStringLiteral(" or "))) {
        const QRegularExpressionMatch m = term.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        terms << SearchTerm{m.captured(1), m.captured(2), m.captured(3)};
    }
    return terms;
}

bool matches(const SearchTerm &t, const QString &textValue, Timestamp timeValue)
{
    if (t.attribute == QLatin1String("status"))
        return t.op == QLatin1String("eq") && textValue == t.value;
    const Timestamp v = timestampFromIso(t.value);
    if (t.op == QLatin1String("gt"))
        return timeValue > v;
    if (t.op == QLatin1String("ge"))
        return timeValue >= v;
    if (t.op == QLatin1String("lt"))
        return timeValue < v;
    return timeValue == v;
}

QString statusOf(const User &u)
{
    return u.active ? QStringLiteral("ACTIVE") : QStringLiteral("DEPROVISIONED");
}

} // namespace

SandboxResponse OktaSandbox::listUsers(const QHttpServerRequest &request, FaultInjector &faults)
{
    const QString search =
        QUrlQuery(request.url()).queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    const auto terms = parseSearch(search);
    if (!terms)
        return oktaError(400, "E0000031", QStringLiteral("Invalid search criteria."));
    QList<QByteArray> items;
    for (const User &u : std::as_const(m_users)) {
        if (terms->isEmpty()) {
            if (!u.active)
                continue; // the plain listing leaves DEPROVISIONED users out, as Okta's does
        } else {
            bool any = false;
            for (const SearchTerm &t : *terms) {
                any = any || matches(t, statusOf(u),
                                     t.attribute == QLatin1String("created") ? u.createdAt : u.lastModified);
            }
            if (!any)
                continue;
        }
        items << userJson(u);
    }
    return page(items, request, 200, m_maxPageSize, faults);
}

SandboxResponse OktaSandbox::listGroups(const QHttpServerRequest &request, FaultInjector &faults)
{
    const QString search =
        QUrlQuery(request.url()).queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    const auto terms = parseSearch(search);
    if (!terms)
        return oktaError(400, "E0000031", QStringLiteral("Invalid search criteria."));
    QList<QByteArray> items;
    for (const Group &g : std::as_const(m_groups)) {
        bool any = terms->isEmpty();
        for (const SearchTerm &t : *terms) {
            const Timestamp value =
                t.attribute == QLatin1String("lastMembershipUpdated")
                    ? m_membershipUpdated.value(g.scimId)
                    : (t.attribute == QLatin1String("created") ? g.createdAt : g.lastModified);
            any = any || matches(t, QString(), value);
        }
        if (any)
            items << groupJson(g);
    }
    return page(items, request, 10000, m_maxPageSize, faults);
}

SandboxResponse OktaSandbox::listMembers(const QString &groupId, const QHttpServerRequest &request,
                                         FaultInjector &faults)
{
    const Group *g = group(groupId);
    if (!g)
        return oktaError(404, "E0000007",
                         QStringLiteral("Not found: Resource not found: %1 (UserGroup)").arg(groupId));
    QList<QByteArray> items;
    for (const QString &id : g->memberScimIds) {
        if (const User *u = user(id))
            items << userJson(*u);
    }
    return page(items, request, 1000, qMax(m_maxPageSize, 1000), faults);
}

SandboxResponse OktaSandbox::listLog(const QHttpServerRequest &request, FaultInjector &faults)
{
    const QUrlQuery query(request.url());
    const QString sinceText = query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded);
    const QString untilText = query.queryItemValue(QStringLiteral("until"), QUrl::FullyDecoded);
    const Timestamp now = currentTimestamp();
    const Timestamp since = sinceText.isEmpty() ? now - 15 * 60 * 1000 : timestampFromIso(sinceText);
    const Timestamp until = untilText.isEmpty() ? now : timestampFromIso(untilText);
    if ((!sinceText.isEmpty() && !since) || (!untilText.isEmpty() && !until))
        return oktaError(400, "E0000001", QStringLiteral("Api validation failed: since/until"));
    if (since < now - 90 * kMsPerDay - 60 * 1000)
        return oktaError(
            400, "E0000001",
            QStringLiteral("Api validation failed: since. The since date must be within the last "
                           "90 days."));
    // filter: eventType eq "…" joined with or.
    const QString filter = query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    QSet<QString> types;
    if (!filter.isEmpty()) {
        static const QRegularExpression term(QStringLiteral(R"re(^\s*eventType\s+eq\s+"([^"]+)"\s*$)re"));
        for (const QString &part : filter.split(QStringLiteral(" or "))) {
            const QRegularExpressionMatch m = term.match(part);
            if (!m.hasMatch())
                return oktaError(400, "E0000001", QStringLiteral("Api validation failed: filter"));
            types.insert(m.captured(1));
        }
    }
    const bool descending = query.queryItemValue(QStringLiteral("sortOrder"))
                                .compare(QLatin1String("DESCENDING"), Qt::CaseInsensitive) == 0;
    QList<QByteArray> items;
    for (const LogEntry &e : std::as_const(m_log)) {
        if (e.event.at < since || e.event.at >= until)
            continue;
        if (!types.isEmpty() && !types.contains(eventType(e.event.kind)))
            continue;
        items << logJson(e);
    }
    if (descending)
        std::reverse(items.begin(), items.end());
    return page(items, request, 100, 1000, faults);
}

SandboxResponse OktaSandbox::deactivate(const QString &userId)
{
    const User *u = user(userId);
    if (!u)
        return oktaError(404, "E0000007",
                         QStringLiteral("Not found: Resource not found: %1 (User)").arg(userId));
    if (!u->active)
        return oktaError(403, "E0000038",
                         QStringLiteral("This operation is not allowed in the user's current status."));
    deactivateUser(userId, m_apiActor);
    return SandboxResponse::json(200, "{}", "application/json");
}

SandboxResponse OktaSandbox::deleteMembership(const QString &groupId, const QString &userId)
{
    if (!group(groupId))
        return oktaError(404, "E0000007",
                         QStringLiteral("Not found: Resource not found: %1 (UserGroup)").arg(groupId));
    if (!user(userId))
        return oktaError(404, "E0000007",
                         QStringLiteral("Not found: Resource not found: %1 (User)").arg(userId));
    removeMember(groupId, userId, m_apiActor); // removing a non-member is a no-op, as in Okta
    SandboxResponse r = SandboxResponse::json(204, QByteArray(), "application/json");
    return r;
}

QByteArray OktaSandbox::userJson(const User &u) const
{
    const QString status = statusOf(u);
    QJsonObject profile{{QLatin1String("login"), u.userName},
                        {QLatin1String("email"), u.email.isEmpty() ? u.userName : u.email},
                        {QLatin1String("firstName"), u.givenName},
                        {QLatin1String("lastName"), u.familyName},
                        {QLatin1String("displayName"), u.displayName},
                        {QLatin1String("secondEmail"), QJsonValue::Null},
                        {QLatin1String("mobilePhone"), QJsonValue::Null}};
    if (!u.department.isEmpty())
        profile.insert(QLatin1String("department"), u.department);
    if (!u.employeeNumber.isEmpty())
        profile.insert(QLatin1String("employeeNumber"), u.employeeNumber);
    if (!u.managerScimId.isEmpty())
        profile.insert(QLatin1String("managerId"), u.managerScimId);
    const QString self = orgUrl().toString() + QStringLiteral("/api/v1/users/") + u.scimId;
    const QJsonObject o{
        {QLatin1String("id"), u.scimId},
        {QLatin1String("status"), status},
        {QLatin1String("created"), oktaTime(u.createdAt)},
        {QLatin1String("activated"),
         u.active ? QJsonValue(oktaTime(u.createdAt)) : QJsonValue(QJsonValue::Null)},
        {QLatin1String("statusChanged"), oktaTime(u.lastModified)},
        {QLatin1String("lastLogin"), QJsonValue::Null},
        {QLatin1String("lastUpdated"), oktaTime(u.lastModified)},
        {QLatin1String("passwordChanged"), QJsonValue::Null},
        {QLatin1String("type"), QJsonObject{{QLatin1String("id"), QStringLiteral("oty1sandbox")}}},
        {QLatin1String("profile"), profile},
        {QLatin1String("credentials"),
         QJsonObject{
             {QLatin1String("provider"), QJsonObject{{QLatin1String("type"), QStringLiteral("OKTA")},
                                                     {QLatin1String("name"), QStringLiteral("OKTA")}}}}},
        {QLatin1String("_links"),
         QJsonObject{{QLatin1String("self"), QJsonObject{{QLatin1String("href"), self}}}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray OktaSandbox::groupJson(const Group &g) const
{
    const QJsonObject o{
        {QLatin1String("id"), g.scimId},
        {QLatin1String("created"), oktaTime(g.createdAt)},
        {QLatin1String("lastUpdated"), oktaTime(g.lastModified)},
        {QLatin1String("lastMembershipUpdated"),
         oktaTime(m_membershipUpdated.value(g.scimId, g.lastModified))},
        {QLatin1String("objectClass"), QJsonArray{QStringLiteral("okta:user_group")}},
        {QLatin1String("type"), QStringLiteral("OKTA_GROUP")},
        {QLatin1String("profile"), QJsonObject{{QLatin1String("name"), g.displayName},
                                               {QLatin1String("description"), QJsonValue::Null}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray OktaSandbox::logJson(const LogEntry &entry) const
{
    const IdentityEvent &e = entry.event;
    const QString actor = e.actor.isEmpty() ? QStringLiteral("system@okta.com") : e.actor;
    QJsonArray targets;
    QString subject = e.subject;
    if (const User *u = user(e.userScimId))
        subject = u->userName;
    if (!e.userScimId.isEmpty())
        targets << QJsonObject{{QLatin1String("id"), e.userScimId},
                               {QLatin1String("type"), QStringLiteral("User")},
                               {QLatin1String("alternateId"), subject},
                               {QLatin1String("displayName"), subject}};
    if (!e.groupScimId.isEmpty()) {
        const Group *g = group(e.groupScimId);
        targets << QJsonObject{{QLatin1String("id"), e.groupScimId},
                               {QLatin1String("type"), QStringLiteral("UserGroup")},
                               {QLatin1String("alternateId"), QStringLiteral("unknown")},
                               {QLatin1String("displayName"), g ? g->displayName : QString()}};
    }
    const QJsonObject details = QJsonDocument::fromJson(e.details.toUtf8()).object();
    const QString result = details.value(QLatin1String("outcome")).toString(QStringLiteral("SUCCESS"));
    // A profile update lists the attributes it changed: {"department":{old,new}} or {"attributes":[...]}.
    QStringList changed;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        if (it.key() == QLatin1String("attributes")) {
            for (const QJsonValue &v : it.value().toArray())
                changed << v.toString();
        } else if (it.key() != QLatin1String("outcome") && it.value().isObject()) {
            changed << it.key();
        }
    }
    QJsonObject o{
        {QLatin1String("uuid"), entry.uuid},
        {QLatin1String("published"), oktaTime(e.at)},
        {QLatin1String("eventType"), eventType(e.kind)},
        {QLatin1String("version"), QStringLiteral("0")},
        {QLatin1String("severity"), QStringLiteral("INFO")},
        {QLatin1String("displayMessage"), eventType(e.kind)},
        {QLatin1String("actor"),
         QJsonObject{{QLatin1String("id"), QStringLiteral("00u") + QString::number(qHash(actor), 36)},
                     {QLatin1String("type"), QStringLiteral("User")},
                     {QLatin1String("alternateId"), actor},
                     {QLatin1String("displayName"), actor}}},
        {QLatin1String("outcome"),
         QJsonObject{{QLatin1String("result"), result}, {QLatin1String("reason"), QJsonValue::Null}}},
        {QLatin1String("target"), targets},
        {QLatin1String("transaction"), QJsonObject{{QLatin1String("type"), QStringLiteral("WEB")},
                                                   {QLatin1String("id"), entry.uuid.left(8)}}}};
    if (e.kind == IdentityEvent::Kind::Updated && !changed.isEmpty())
        o.insert(QLatin1String("debugContext"),
                 QJsonObject{{QLatin1String("debugData"), QJsonObject{{QLatin1String("changedAttributes"),
                                                                       changed.join(QLatin1Char(','))}}}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Scimflow
