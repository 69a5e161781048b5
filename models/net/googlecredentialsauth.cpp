#include "googlecredentialsauth.h"

#include "httpclient.h"
#include "jwtassertion.h"
#include "secretredactor.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace Scimflow {

namespace {
constexpr qint64 kAssertionLifetimeS = 3600; // Google accepts at most one hour
} // namespace

GoogleCredentialsAuth::GoogleCredentialsAuth(HttpClient *client, GoogleCredentials credentials,
                                             QObject *parent)
    : AuthProvider(parent)
    , m_client(client)
    , m_credentials(std::move(credentials))
{}

void GoogleCredentialsAuth::authorization(Callback done)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_token.isEmpty() && now + m_refreshMarginMs < m_expiresAtMs) {
        done(QByteArray("Bearer ") + m_token);
        return;
    }
    m_waiting.append(std::move(done));
    if (!m_fetching)
        requestToken();
}

bool GoogleCredentialsAuth::invalidate()
{
    m_token.clear();
    m_expiresAtMs = 0;
    return true;
}

QString GoogleCredentialsAuth::source() const
{
    return m_credentials.file.isEmpty() ? tr("the Google credentials") : m_credentials.file;
}

void GoogleCredentialsAuth::requestToken()
{
    if (!m_client) {
        deliver(Error::make(Error::Kind::Internal, tr("The HTTP client is gone.")));
        return;
    }
    QUrlQuery form;
    if (m_credentials.kind == GoogleCredentials::Kind::ServiceAccount) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                           {QStringLiteral("typ"), QStringLiteral("JWT")}};
        if (!m_credentials.privateKeyId.isEmpty())
            header.insert(QStringLiteral("kid"), m_credentials.privateKeyId);
        const QJsonObject claims{{QStringLiteral("iss"), m_credentials.clientEmail},
                                 {QStringLiteral("scope"), m_credentials.scope},
                                 {QStringLiteral("aud"), m_credentials.tokenUri.toString()},
                                 {QStringLiteral("iat"), now},
                                 {QStringLiteral("exp"), now + kAssertionLifetimeS}};
        const Result<QByteArray> assertion =
            JwtAssertion::signRs256(header, claims, m_credentials.privateKey.toUtf8());
        if (!assertion) {
            deliver(Error::make(Error::Kind::Auth, tr("%1: %2").arg(source(), assertion.error().message)));
            return;
        }
        form.addQueryItem(QStringLiteral("grant_type"),
                          QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
        form.addQueryItem(QStringLiteral("assertion"), QString::fromLatin1(*assertion));
    } else {
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("client_id"), m_credentials.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), m_credentials.clientSecret);
        form.addQueryItem(QStringLiteral("refresh_token"), m_credentials.refreshToken);
    }
    m_fetching = true;
    ++m_tokenRequests;
    HttpRequest request;
    request.method = "POST";
    request.url = m_credentials.tokenUri;
    request.authenticate = false;
    request.retryable = true; // a token request has no side effect worth protecting
    request.contentType = "application/x-www-form-urlencoded";
    request.acceptedTypes = {"application/json"};
    // QUrlQuery leaves '+' and '/' of base64 alone; a form body must encode them.
    request.body = form.toString(QUrl::FullyEncoded).toUtf8().replace('+', "%2B");

    m_client->send(request, this, [this](const Result<HttpResponse> &result) {
        m_fetching = false;
        if (!result) {
            Error e = result.error();
            e.kind = e.kind == Error::Kind::Http ? Error::Kind::Auth : e.kind;
            e.message = tr("Could not obtain a Google access token for %1: %2")
                            .arg(source(), SecretRedactor::scrub(e.message, m_credentials.secrets()));
            deliver(e);
            return;
        }
        const HttpResponse &r = *result;
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        if (r.status != 200 || !o.value(QLatin1String("access_token")).isString()) {
            QString reason = o.value(QLatin1String("error")).toString().left(80);
            const QString description = o.value(QLatin1String("error_description")).toString().left(200);
            if (!description.isEmpty())
                reason += (reason.isEmpty() ? QString() : QStringLiteral(": ")) + description;
            deliver(Error::make(
                Error::Kind::Auth,
                tr("The token endpoint %1 refused the credentials in %2 (HTTP %3%4); check that the file is "
                   "current, that its key or refresh token was not revoked and that its account is enabled.")
                    .arg(m_credentials.tokenUri.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), source())
                    .arg(r.status)
                    .arg(reason.isEmpty()
                             ? QString()
                             : QStringLiteral(", ") + SecretRedactor::scrub(reason, m_credentials.secrets())),
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

void GoogleCredentialsAuth::deliver(const Result<QByteArray> &result)
{
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &cb : waiting)
        cb(result);
}

} // namespace Scimflow
