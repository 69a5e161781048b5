#include "graphfixconnector.h"

#include "httpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Scimflow {

namespace {

FixResult failure(const Error &e)
{
    FixResult r;
    r.status = FixResult::Status::Failed;
    r.httpStatus = e.httpStatus;
    r.message = QStringLiteral("%1: %2").arg(errorKindName(e.kind), e.message);
    return r;
}

QString graphError(const QByteArray &body)
{
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const QString code = e.value(QLatin1String("code")).toString();
    const QString message = e.value(QLatin1String("message")).toString().left(300);
    return code.isEmpty() ? message : code + QStringLiteral(": ") + message;
}

bool inGroups(const QJsonObject &resource, const QString &groupId)
{
    for (const QJsonValue &g : resource.value(QLatin1String("memberOf")).toArray()) {
        if (g.toObject().value(QLatin1String("id")).toString() == groupId)
            return true;
    }
    return false;
}

} // namespace

Error GraphFixConnector::statusError(const HttpRequest &request, const HttpResponse &response)
{
    const QString where = QString::fromLatin1(request.method) + QLatin1Char(' ') +
                          request.url.adjusted(QUrl::RemoveQuery).toString();
    if (response.status == 403)
        return Error::make(Error::Kind::Auth,
                           tr("Graph refused %1 (HTTP 403: %2). The app registration needs the application "
                              "permissions User.EnableDisableAccount.All and GroupMember.ReadWrite.All, with "
                              "admin consent; privileged users may also need a directory role.")
                               .arg(where, graphError(response.body)),
                           403);
    if (response.status == 404)
        return Error::make(
            Error::Kind::NotFound,
            tr("%1: Graph does not know it (HTTP 404: %2).").arg(where, graphError(response.body)), 404);
    return Error::make(
        Error::Kind::Http,
        tr("%1 failed with HTTP %2: %3").arg(where).arg(response.status).arg(graphError(response.body)),
        response.status);
}

GraphFixConnector::GraphFixConnector(HttpClient *http, QUrl graphUrl, QString identity, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_graphUrl(std::move(graphUrl))
    , m_identity(std::move(identity))
{
    QString path = m_graphUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_graphUrl.setPath(path);
}

bool GraphFixConnector::supports(const FixAction &action) const
{
    // An action on a SCIM provisioning target is that target's connector's, never the IdP's.
    return (action.kind == FixAction::Kind::DeactivateUser ||
            action.kind == FixAction::Kind::RemoveMembership) &&
           action.scimTarget.isEmpty();
}

QUrl GraphFixConnector::url(const QString &path) const
{
    QUrl u = m_graphUrl;
    u.setPath(m_graphUrl.path() + path);
    return u;
}

HttpRequest GraphFixConnector::request(const FixAction &action) const
{
    HttpRequest r;
    const QString user = QString::fromLatin1(QUrl::toPercentEncoding(action.userScimId));
    if (action.kind == FixAction::Kind::DeactivateUser) {
        r.method = "PATCH";
        r.url = url(QStringLiteral("/users/") + user);
        r.contentType = "application/json";
        r.body = R"({"accountEnabled":false})";
    } else {
        r.method = "DELETE";
        r.url = url(QStringLiteral("/groups/%1/members/%2/$ref")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(action.groupScimId)), user));
    }
    return r;
}

FixRequest GraphFixConnector::describe(const FixAction &action) const
{
    FixRequest out;
    if (!supports(action))
        return out;
    const RequestPreview preview = RequestPreview::of(request(action), m_http && m_http->authProvider()
                                                                           ? m_http->authProvider()->scheme()
                                                                           : QStringLiteral("Bearer"));
    out.method = preview.method;
    out.url = QUrl(preview.url);
    for (const auto &h : preview.headers)
        out.headers.append({h.first.toUtf8(), h.second.toUtf8()});
    out.body = preview.body.toUtf8();
    return out;
}

void GraphFixConnector::read(const FixAction &action, std::function<void(Result<QJsonObject>)> done)
{
    if (!m_http) {
        done(Error::make(Error::Kind::Internal, tr("The Graph connection is gone.")));
        return;
    }
    auto remember = [this, action, done](const Result<QJsonObject> &r) {
        if (r)
            m_lastRead.insert(action.target(), *r);
        done(r);
    };
    if (action.kind == FixAction::Kind::RemoveMembership) {
        QUrl u = url(QStringLiteral("/users/%1/memberOf")
                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(action.userScimId))));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,displayName"));
        u.setQuery(q);
        readGroupsOf(action, u, {}, 0, remember);
        return;
    }
    QUrl u = url(QStringLiteral("/users/") + QString::fromLatin1(QUrl::toPercentEncoding(action.userScimId)));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,userPrincipalName,accountEnabled"));
    u.setQuery(q);
    HttpRequest r = HttpRequest::get(u);
    r.acceptedTypes = {"application/json"};
    m_http->send(r, this, [r, remember](const Result<HttpResponse> &response) {
        if (!response) {
            remember(response.error());
            return;
        }
        if (response->status != 200) {
            remember(statusError(r, *response));
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(response->body);
        if (!doc.isObject() || !doc.object().value(QLatin1String("accountEnabled")).isBool()) {
            remember(
                Error::make(Error::Kind::Protocol,
                            tr("Graph answered %1 without the user's accountEnabled.").arg(r.url.path())));
            return;
        }
        remember(doc.object());
    });
}

void GraphFixConnector::readGroupsOf(const FixAction &action, QUrl u, QJsonArray groups, int pages,
                                     std::function<void(Result<QJsonObject>)> done)
{
    if (!m_http) {
        done(Error::make(Error::Kind::Internal, tr("The Graph connection is gone.")));
        return;
    }
    HttpRequest r = HttpRequest::get(u);
    r.acceptedTypes = {"application/json"};
    m_http->send(
        r, this, [this, action, r, groups, pages, done](const Result<HttpResponse> &response) mutable {
            if (!response) {
                done(response.error());
                return;
            }
            if (response->status != 200) {
                done(statusError(r, *response));
                return;
            }
            const QJsonObject page = QJsonDocument::fromJson(response->body).object();
            if (!page.value(QLatin1String("value")).isArray()) {
                done(Error::make(
                    Error::Kind::Protocol,
                    tr("Graph answered %1 with something that is not a list of groups.").arg(r.url.path())));
                return;
            }
            for (const QJsonValue &g : page.value(QLatin1String("value")).toArray())
                groups.append(g);
            const QUrl next(page.value(QLatin1String("@odata.nextLink")).toString());
            if (next.isEmpty()) {
                done(QJsonObject{{QLatin1String("id"), action.userScimId},
                                 {QLatin1String("memberOf"), groups}});
                return;
            }
            const bool sameApi = next.scheme() == m_graphUrl.scheme() && next.host() == m_graphUrl.host() &&
                                 next.port(-1) == m_graphUrl.port(-1) && next != r.url;
            if (!sameApi || pages >= 100) {
                done(Error::make(
                    Error::Kind::Protocol,
                    tr("Graph answered the user's groups with a next link that cannot be followed.")));
                return;
            }
            readGroupsOf(action, next, groups, pages + 1, done);
        });
}

ResourceState GraphFixConnector::stateOf(const FixAction &action, const QJsonObject &resource)
{
    ResourceState s;
    s.readOk = true;
    s.state = resource;
    if (action.kind == FixAction::Kind::DeactivateUser) {
        const bool enabled = resource.value(QLatin1String("accountEnabled")).toBool(true);
        s.effectApplied = !enabled;
        s.summary = QStringLiteral("accountEnabled: %1")
                        .arg(enabled ? QStringLiteral("true") : QStringLiteral("false"));
    } else {
        const bool member = inGroups(resource, action.groupScimId);
        s.effectApplied = !member;
        s.summary = QStringLiteral("%1 %2 %3")
                        .arg(action.userName.isEmpty() ? action.userScimId : action.userName,
                             member ? QStringLiteral("is a member of") : QStringLiteral("is not a member of"),
                             action.groupName.isEmpty() ? action.groupScimId : action.groupName);
    }
    return s;
}

void GraphFixConnector::prepare(const FixAction &action, std::function<void(Status)> done)
{
    if (!supports(action)) {
        done(Error::make(Error::Kind::InvalidInput, tr("This connection cannot perform that fix.")));
        return;
    }
    read(action, [done](const Result<QJsonObject> &r) { done(r ? Status() : Status(r.error())); });
}

void GraphFixConnector::perform(const FixAction &action, std::function<void(FixResult)> done)
{
    if (!supports(action) || !m_http) {
        done(failure(Error::make(Error::Kind::InvalidInput, tr("This connection cannot perform that fix."))));
        return;
    }
    const auto cached = m_lastRead.constFind(action.target());
    if (cached != m_lastRead.constEnd() && stateOf(action, *cached).effectApplied) {
        FixResult r;
        r.status = FixResult::Status::Succeeded;
        r.message = tr("already in effect; nothing was sent");
        done(r);
        return;
    }
    const HttpRequest r = request(action);
    m_http->send(r, this, [this, action, r, done](const Result<HttpResponse> &response) {
        if (!response) {
            done(failure(response.error()));
            return;
        }
        if (response->status >= 200 && response->status < 300) {
            FixResult ok;
            ok.status = FixResult::Status::Succeeded;
            ok.httpStatus = response->status;
            done(ok);
            return;
        }
        const Error e = statusError(r, *response);
        if (response->status != 404 || action.kind != FixAction::Kind::RemoveMembership) {
            done(failure(e));
            return;
        }
        // A 404 on the $ref: the membership may already be gone (a retry after a lost answer, or someone
        // else). Read the user's groups to tell that from a wrong id.
        read(action, [action, e, done](const Result<QJsonObject> &now) {
            if (now && stateOf(action, *now).effectApplied) {
                FixResult ok;
                ok.status = FixResult::Status::Succeeded;
                ok.message = tr("already in effect on the server after HTTP 404 (%1)")
                                 .arg(stateOf(action, *now).summary);
                ok.serverState = *now;
                done(ok);
                return;
            }
            done(failure(e));
        });
    });
}

void GraphFixConnector::readBack(const FixAction &action, std::function<void(ResourceState)> done)
{
    read(action, [action, done](const Result<QJsonObject> &r) {
        if (!r) {
            ResourceState s;
            s.error = r.error().message;
            done(s);
            return;
        }
        done(stateOf(action, *r));
    });
}

} // namespace Scimflow
