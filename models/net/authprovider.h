#pragma once

#include "result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace Scimflow {

class HttpClient;

/// Supplies the Authorization header for requests; implementations keep the secret in memory only.
class AuthProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QByteArray> &headerValue)>;

    using QObject::QObject;
    /// Calls \a done (possibly later) with the Authorization header value, fetching a token first if needed.
    virtual void authorization(Callback done) = 0;
    /// The server answered 401: forget any cached token. True when asking again may give a fresh credential.
    virtual bool invalidate() = 0;
    /// Scheme shown in redacted request previews.
    virtual QString scheme() const { return QStringLiteral("Bearer"); }
};

/// A fixed bearer token (a SCIM API token pasted by the admin).
class StaticTokenAuth : public AuthProvider
{
    Q_OBJECT
public:
    explicit StaticTokenAuth(QString token, QObject *parent = nullptr);
    void authorization(Callback done) override;
    bool invalidate() override { return false; }

private:
    QString m_token;
};

/// A fixed token sent with another scheme, e.g. Okta's "SSWS <API token>".
class SchemeTokenAuth : public AuthProvider
{
    Q_OBJECT
public:
    SchemeTokenAuth(QString scheme, QString token, QObject *parent = nullptr);
    void authorization(Callback done) override;
    bool invalidate() override { return false; }
    QString scheme() const override { return m_scheme; }

private:
    QString m_scheme;
    QString m_token;
};

/// OAuth 2.0 client credentials grant (RFC 6749 4.4): the access token is cached in memory with its
/// expiry and fetched again shortly before it expires or after the server rejects it. The client
/// authenticates with its secret (client_secret_basic) or, when a private key is configured, with a signed
/// client assertion (private_key_jwt: RFC 7523 2.2, OpenID Connect Core 9).
class OAuthClientCredentials : public AuthProvider
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl tokenUrl;
        QString clientId;
        QString clientSecret;
        QString scope;
        /// private_key_jwt: the RSA private key (PEM) that signs the client assertion, kept in memory only;
        /// when set, the secret is not used.
        QByteArray privateKeyPem;
        /// Extra JOSE header fields of the assertion: Okta wants "kid", Entra "x5t#S256".
        QJsonObject assertionHeader;
        int refreshMarginMs = 60000; // refresh this long before expires_in runs out
    };

    OAuthClientCredentials(HttpClient *client, Config config, QObject *parent = nullptr);
    void authorization(Callback done) override;
    bool invalidate() override;
    int tokenRequests() const { return m_tokenRequests; }
    /// The signed client assertion for \a config at \a nowSeconds: iss = sub = client id, aud = token URL,
    /// a random jti, valid five minutes.
    static Result<QByteArray> clientAssertion(const Config &config, qint64 nowSeconds);

private:
    void requestToken();
    void deliver(const Result<QByteArray> &result);

    QPointer<HttpClient> m_client;
    Config m_config;
    QByteArray m_token;
    qint64 m_expiresAtMs = 0;
    bool m_fetching = false;
    int m_tokenRequests = 0;
    QList<Callback> m_waiting;
};

} // namespace Scimflow
