#include "githubappauth.h"

#include "httpjob.h"
#include "jwtassertion.h"
#include "pipelinetransport.h"
#include "timestamp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

GithubAppAuth::GithubAppAuth(Config config, QObject *parent)
    : AuthProvider(parent)
    , m_config(std::move(config))
    , m_http(std::make_unique<HttpClient>(m_config.http))
{}

GithubAppAuth::~GithubAppAuth() = default;

Result<QByteArray> GithubAppAuth::appJwt(qint64 nowSeconds) const
{
    // iat in the past allows for clock drift; GitHub refuses an exp more than 10 minutes ahead.
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject claims{{QStringLiteral("iat"), nowSeconds - 60},
                             {QStringLiteral("exp"), nowSeconds + 9 * 60},
                             {QStringLiteral("iss"), m_config.appId}};
    return JwtAssertion::signRs256(header, claims, m_config.privateKeyPem);
}

QStringList GithubAppAuth::secrets() const
{
    return {QString::fromLatin1(m_config.privateKeyPem), QString::fromLatin1(m_token)};
}

HttpRequest GithubAppAuth::appRequest(const QByteArray &method, const QString &path) const
{
    HttpRequest r;
    r.method = method;
    r.url = m_config.apiBase;
    r.url.setPath(m_config.apiBase.path() + path);
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/vnd.github+json")));
    r.headers.append(qMakePair(QByteArray("X-GitHub-Api-Version"), QByteArray("2022-11-28")));
    r.acceptedTypes = {"application/json"};
    r.authenticate = false; // the app JWT goes in the header below, made fresh for each request
    return r;
}

void GithubAppAuth::authorization(Callback done)
{
    if (!m_token.isEmpty() &&
        QDateTime::currentMSecsSinceEpoch() < m_expiresAtMs - m_config.refreshMarginMs) {
        done("Bearer " + m_token);
        return;
    }
    m_waiting << std::move(done);
    if (m_fetching)
        return;
    m_fetching = true;
    if (m_installationId.isEmpty())
        findInstallation();
    else
        requestToken();
}

bool GithubAppAuth::invalidate()
{
    const bool had = !m_token.isEmpty();
    m_token.clear();
    m_expiresAtMs = 0;
    return had;
}

void GithubAppAuth::deliver(const Result<QByteArray> &result)
{
    m_fetching = false;
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &cb : waiting)
        cb(result);
}

void GithubAppAuth::findInstallation()
{
    if (m_config.appId.isEmpty() || m_config.organisation.isEmpty()) {
        deliver(Error::make(Error::Kind::InvalidInput, tr("Give the GitHub App id and the organisation.")));
        return;
    }
    if (!m_config.caFile.isEmpty()) {
        if (Status s = m_http->setCaFile(m_config.caFile); !s) {
            deliver(s.error());
            return;
        }
        m_config.caFile.clear();
    }
    const Result<QByteArray> jwt = appJwt(QDateTime::currentSecsSinceEpoch());
    if (!jwt) {
        deliver(Error::make(Error::Kind::Auth,
                            tr("The GitHub App's private key cannot sign: %1").arg(jwt.error().message)));
        return;
    }
    HttpRequest request =
        appRequest("GET", QStringLiteral("/orgs/%1/installation").arg(m_config.organisation));
    request.headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + *jwt));
    request.retryable = true;
    m_http->send(request, this, [this](const Result<HttpResponse> &reply) {
        if (!reply)
            return deliver(reply.error());
        if (reply->status != 200)
            return deliver(pipelineHttpError(
                PipelineResponse{reply->status, reply->body, reply->headers},
                tr("Finding the GitHub App's installation on %1 (is the App installed there?)")
                    .arg(m_config.organisation)));
        const QJsonValue id = QJsonDocument::fromJson(reply->body).object().value(QLatin1String("id"));
        if (!id.isDouble() && !id.isString())
            return deliver(Error::make(Error::Kind::Protocol, tr("GitHub's installation answer has no id.")));
        m_installationId = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
        requestToken();
    });
}

void GithubAppAuth::requestToken()
{
    const Result<QByteArray> jwt = appJwt(QDateTime::currentSecsSinceEpoch());
    if (!jwt) {
        deliver(Error::make(Error::Kind::Auth,
                            tr("The GitHub App's private key cannot sign: %1").arg(jwt.error().message)));
        return;
    }
    ++m_tokenRequests;
    HttpRequest request =
        appRequest("POST", QStringLiteral("/app/installations/%1/access_tokens").arg(m_installationId));
    request.headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + *jwt));
    m_http->send(request, this, [this](const Result<HttpResponse> &reply) {
        if (!reply)
            return deliver(reply.error());
        if (reply->status != 201 && reply->status != 200)
            return deliver(pipelineHttpError(PipelineResponse{reply->status, reply->body, reply->headers},
                                             tr("Getting a GitHub App installation token")));
        const QJsonObject o = QJsonDocument::fromJson(reply->body).object();
        const QByteArray token = o.value(QLatin1String("token")).toString().toUtf8();
        const Timestamp expires = timestampFromIso(o.value(QLatin1String("expires_at")).toString());
        if (token.isEmpty() || expires == 0)
            return deliver(Error::make(Error::Kind::Protocol,
                                       tr("GitHub's installation token answer lacks token or expires_at.")));
        m_token = token;
        m_expiresAtMs = expires;
        deliver("Bearer " + m_token);
    });
}

} // namespace Scimflow
