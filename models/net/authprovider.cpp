#include "authprovider.h"

#include "httpclient.h"
#include "httpjob.h"
#include "jwtassertion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace Scimflow {

StaticTokenAuth::StaticTokenAuth(QString token, QObject *parent)
    : AuthProvider(parent)
    , m_token(std::move(token))
{}

void StaticTokenAuth::authorization(Callback done)
{
    if (m_token.isEmpty()) {
        done(Error::make(Error::Kind::Auth,
                         tr("No API token is configured; enter one in the connection settings.")));
        return;
    }
    done(QByteArray("Bearer ") + m_token.toUtf8());
}

SchemeTokenAuth::SchemeTokenAuth(QString scheme, QString token, QObject *parent)
    : AuthProvider(parent)
    , m_scheme(std::move(scheme))
    , m_token(std::move(token))
{}

void SchemeTokenAuth::authorization(Callback done)
{
    if (m_token.isEmpty()) {
        done(Error::make(Error::Kind::Auth,
                         tr("No API token is configured; enter one in the connection settings.")));
        return;
    }
    done(m_scheme.toUtf8() + ' ' + m_token.toUtf8());
}

Result<QByteArray> OAuthClientCredentials::clientAssertion(const Config &config, qint64 nowSeconds)
{
    QJsonObject header = config.assertionHeader;
    header.insert(QLatin1String("alg"), QStringLiteral("RS256"));
    header.insert(QLatin1String("typ"), QStringLiteral("JWT"));
    const QJsonObject claims{
        {QLatin1String("iss"), config.clientId},
        {QLatin1String("sub"), config.clientId},
        {QLatin1String("aud"), config.tokenUrl.toString()},
        {QLatin1String("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QLatin1String("iat"), nowSeconds},
        {QLatin1String("nbf"), nowSeconds}, // Entra requires it
        {QLatin1String("exp"), nowSeconds + 300},
    };
    return JwtAssertion::signRs256(header, claims, config.privateKeyPem);
}

OAuthClientCredentials::OAuthClientCredentials(HttpClient *client, Config config, QObject *parent)
    : AuthProvider(parent)
    , m_client(client)
    , m_config(std::move(config))
{}

void OAuthClientCredentials::authorization(Callback done)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_token.isEmpty() && now + m_config.refreshMarginMs < m_expiresAtMs) {
        done(QByteArray("Bearer ") + m_token);
        return;
    }
    m_waiting.append(std::move(done));
    if (!m_fetching)
        requestToken();
}

bool OAuthClientCredentials::invalidate()
{
    m_token.clear();
    m_expiresAtMs = 0;
    return true;
}

void OAuthClientCredentials::requestToken()
{
    if (!m_client) {
        deliver(Error::make(Error::Kind::Internal, tr("The HTTP client is gone.")));
        return;
    }
    m_fetching = true;
    ++m_tokenRequests;
    HttpRequest request;
    request.method = "POST";
    request.url = m_config.tokenUrl;
    request.authenticate = false;
    request.retryable = true; // a token request has no side effect worth protecting
    request.contentType = "application/x-www-form-urlencoded";
    request.acceptedTypes = {"application/json"};
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    if (!m_config.privateKeyPem.isEmpty()) {
        const Result<QByteArray> assertion = clientAssertion(m_config, QDateTime::currentSecsSinceEpoch());
        if (!assertion) {
            m_fetching = false;
            deliver(assertion.error());
            return;
        }
        form.addQueryItem(QStringLiteral("client_id"),
                          m_config.clientId); // optional (RFC 7521), Entra wants it
        form.addQueryItem(QStringLiteral("client_assertion_type"),
                          QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        form.addQueryItem(QStringLiteral("client_assertion"), QString::fromLatin1(*assertion));
    } else {
        const QByteArray basic =
            QUrl::toPercentEncoding(m_config.clientId) + ':' + QUrl::toPercentEncoding(m_config.clientSecret);
        request.headers.append({"Authorization", "Basic " + basic.toBase64()});
    }
    if (!m_config.scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), m_config.scope);
    request.body = form.toString(QUrl::FullyEncoded).toUtf8();

    m_client->send(request, this, [this](const Result<HttpResponse> &result) {
        m_fetching = false;
        if (!result) {
            Error e = result.error();
            e.kind = e.kind == Error::Kind::Http ? Error::Kind::Auth : e.kind;
            e.message = tr("Could not obtain an OAuth access token: %1").arg(e.message);
            deliver(e);
            return;
        }
        const HttpResponse &r = *result;
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        if (r.status != 200 || !o.value(QLatin1String("access_token")).isString()) {
            const QString reason = o.value(QLatin1String("error")).toString();
            deliver(Error::make(Error::Kind::Auth,
                                tr("The token endpoint refused the client credentials (HTTP %1%2); check the "
                                   "client id, secret and scope.")
                                    .arg(r.status)
                                    .arg(reason.isEmpty() ? QString() : QStringLiteral(", ") + reason),
                                r.status));
            return;
        }
        m_token = o.value(QLatin1String("access_token")).toString().toUtf8();
        // A day at most: a nonsense lifetime must neither overflow nor keep a token forever.
        const qint64 expiresIn =
            qint64(std::clamp(o.value(QLatin1String("expires_in")).toDouble(3600), 0.0, 86400.0));
        m_expiresAtMs = QDateTime::currentMSecsSinceEpoch() + expiresIn * 1000;
        deliver(QByteArray("Bearer ") + m_token);
    });
}

void OAuthClientCredentials::deliver(const Result<QByteArray> &result)
{
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &cb : waiting)
        cb(result);
}

} // namespace Scimflow
