#include "oktafixconnector.h"

#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

namespace {

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

FixResult failure(const Error &e)
{
    FixResult r;
    r.status = FixResult::Status::Failed;
    r.httpStatus = e.httpStatus;
    r.message = QStringLiteral("%1: %2").arg(errorKindName(e.kind), e.message);
    return r;
}

Error oktaError(const HttpResponse &r, const QString &what)
{
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    const QString summary = o.value(QLatin1String("errorSummary")).toString();
    const QString code = o.value(QLatin1String("errorCode")).toString();
    QString message = QStringLiteral("%1: HTTP %2").arg(what).arg(r.status);
    if (!summary.isEmpty())
        message += QStringLiteral(", ") + summary;
    if (!code.isEmpty())
        message += QStringLiteral(" (%1)").arg(code);
    return Error::make(r.status == 404
                           ? Error::Kind::NotFound
                           : (r.status == 401 || r.status == 403 ? Error::Kind::Auth : Error::Kind::Http),
                       message, r.status);
}

} // namespace

OktaFixConnector::OktaFixConnector(HttpClient *http, QUrl orgUrl, QString identity, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_org(std::move(orgUrl))
    , m_identity(std::move(identity))
{
    m_org.setPath(QString());
    m_org.setQuery(QString());
}

QUrl OktaFixConnector::url(const QString &path) const
{
    QUrl u = m_org;
    u.setPath(path);
    return u;
}

bool OktaFixConnector::supports(const FixAction &action) const
{
    // An action on a SCIM provisioning target is that target's connector's, never the IdP's.
    return (action.kind == FixAction::Kind::DeactivateUser ||
            action.kind == FixAction::Kind::RemoveMembership) &&
           action.scimTarget.isEmpty();
}

HttpRequest OktaFixConnector::request(const FixAction &action) const
{
    HttpRequest r;
    r.acceptedTypes = {"application/json"};
    r.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    if (action.kind == FixAction::Kind::DeactivateUser) {
        r.method = "POST";
        r.url = url(QStringLiteral("/api/v1/users/%1/lifecycle/deactivate").arg(segment(action.userScimId)));
        r.contentType = "application/json";
    } else {
        r.method = "DELETE";
        r.url = url(QStringLiteral("/api/v1/groups/%1/users/%2")
                        .arg(segment(action.groupScimId), segment(action.userScimId)));
        r.retryable = true; // removing a membership twice changes nothing
    }
    return r;
}

FixRequest OktaFixConnector::describe(const FixAction &action) const
{
    FixRequest out;
    if (!supports(action))
        return out;
    const RequestPreview preview = RequestPreview::of(request(action), m_http && m_http->authProvider()
                                                                           ? m_http->authProvider()->scheme()
                                                                           : QStringLiteral("SSWS"));
    out.method = preview.method;
    out.url = QUrl(preview.url);
    for (const auto &h : preview.headers)
        out.headers.append({h.first.toUtf8(), h.second.toUtf8()});
    out.body = preview.body.toUtf8();
    return out;
}

void OktaFixConnector::read(const FixAction &action, std::function<void(Result<ResourceState>)> done)
{
    if (!m_http) {
        done(Error::make(Error::Kind::Internal, tr("The Okta connection is gone.")));
        return;
    }
    const bool user = action.kind == FixAction::Kind::DeactivateUser;
    // The user itself, or the groups the user is in (GET /api/v1/users/{id}/groups).
    HttpRequest get = HttpRequest::get(
        url(user ? QStringLiteral("/api/v1/users/%1").arg(segment(action.userScimId))
                 : QStringLiteral("/api/v1/users/%1/groups").arg(segment(action.userScimId))));
    get.acceptedTypes = {"application/json"};
    get.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    m_http->send(get, this, [this, action, user, done](const Result<HttpResponse> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        if (r->status != 200) {
            done(oktaError(*r, tr("Reading %1 from Okta").arg(action.target())));
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(r->body);
        ResourceState s;
        s.readOk = true;
        if (user) {
            const QJsonObject o = doc.object();
            const QString status = o.value(QLatin1String("status")).toString();
            s.state = o;
            s.effectApplied = status == QLatin1String("DEPROVISIONED");
            s.summary = QStringLiteral("status: %1").arg(status);
        } else {
            bool member = false;
            const QJsonArray groups = doc.array();
            for (const QJsonValue &g : groups)
                member = member || g.toObject().value(QLatin1String("id")).toString() == action.groupScimId;
            s.state = QJsonObject{{QLatin1String("userId"), action.userScimId},
                                  {QLatin1String("groupId"), action.groupScimId},
                                  {QLatin1String("member"), member}};
            s.effectApplied = !member;
            s.summary =
                QStringLiteral("%1 %2 %3")
                    .arg(action.userName.isEmpty() ? action.userScimId : action.userName,
                         member ? QStringLiteral("is a member of") : QStringLiteral("is not a member of"),
                         action.groupName.isEmpty() ? action.groupScimId : action.groupName);
        }
        m_lastRead.insert(action.target(), s);
        done(s);
    });
}

void OktaFixConnector::prepare(const FixAction &action, std::function<void(Status)> done)
{
    if (!supports(action)) {
        done(Error::make(Error::Kind::InvalidInput, tr("This connection cannot perform that fix.")));
        return;
    }
    read(action, [done](const Result<ResourceState> &r) { done(r ? Status() : Status(r.error())); });
}

void OktaFixConnector::perform(const FixAction &action, std::function<void(FixResult)> done)
{
    if (!supports(action)) {
        done(failure(Error::make(Error::Kind::InvalidInput, tr("This connection cannot perform that fix."))));
        return;
    }
    if (!m_http) {
        done(failure(Error::make(Error::Kind::Internal, tr("The Okta connection is gone."))));
        return;
    }
    const auto cached = m_lastRead.constFind(action.target());
    if (cached != m_lastRead.constEnd() && cached->effectApplied) {
        FixResult r;
        r.status = FixResult::Status::Succeeded;
        r.message = tr("already in effect; nothing was sent");
        done(r);
        return;
    }
    m_http->send(request(action), this, [action, done](const Result<HttpResponse> &r) {
        if (!r) {
            done(failure(r.error()));
            return;
        }
        if (r->status != 200 && r->status != 204) {
            done(failure(oktaError(*r, tr("Okta refused %1").arg(action.target()))));
            return;
        }
        FixResult ok;
        ok.status = FixResult::Status::Succeeded;
        ok.httpStatus = r->status;
        done(ok);
    });
}

void OktaFixConnector::readBack(const FixAction &action, std::function<void(ResourceState)> done)
{
    read(action, [done](const Result<ResourceState> &r) {
        if (!r) {
            ResourceState s;
            s.error = r.error().message;
            done(s);
            return;
        }
        done(*r);
    });
}

} // namespace Scimflow
