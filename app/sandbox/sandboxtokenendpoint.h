#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include "result.h"

#include <functional>
#include <memory>

class QHttpServerRequest;

namespace Scimflow {

class GoogleTokenGrants;
class JwtAssertionVerifier;
class SandboxServer;

/// A simulated OAuth 2.0 token endpoint (client credentials, RFC 6749 4.4; client_secret_basic or
/// private_key_jwt) at /oauth2/token on a
/// SandboxServer. Each grant issues a new access token and hands it to the simulated APIs through the issued
/// callback, so the previous token stops working as a real expired one would; expire() does the same without
/// a grant.
class SandboxTokenEndpoint : public QObject
{
    Q_OBJECT
public:
    using Issued = std::function<void(const QString &accessToken)>;

    SandboxTokenEndpoint(SandboxServer &server, QString clientId, QString clientSecret, Issued issued,
                         QObject *parent = nullptr);
    /// The same at \a path (Okta: /oauth2/v1/token).
    SandboxTokenEndpoint(SandboxServer &server, const QString &path, QString clientId, QString clientSecret,
                         Issued issued, QObject *parent = nullptr);
    ~SandboxTokenEndpoint() override;

    QUrl tokenUrl() const; // http://127.0.0.1:PORT/oauth2/token (or the path given)
    /// Lets the client authenticate with private_key_jwt: assertions signed by the key matching
    /// \a publicKeyPem are accepted (and the secret is no longer needed), others refused with invalid_client.
    Status setClientPublicKey(const QByteArray &publicKeyPem);
    /// The scope of the last grant (what the client asked for).
    QString lastScope() const { return m_lastScope; }
    void setExpiresInSeconds(int seconds) { m_expiresIn = seconds; }
    int grants() const { return m_grants; }
    /// Also answers Google's JWT bearer and refresh-token grants, as \a grants decides. Not owned.
    void setGoogleGrants(const GoogleTokenGrants *grants) { m_googleGrants = grants; }
    /// Invalidates the token in use (the APIs now expect one nobody holds): the next request gets 401.
    void expire();

private:
    bool clientAuthenticated(const QHttpServerRequest &request) const;
    QString issue();

    SandboxServer &m_server;
    QString m_path;
    QString m_clientId;
    QString m_clientSecret;
    Issued m_issued;
    int m_expiresIn = 3600;
    int m_grants = 0;
    const GoogleTokenGrants *m_googleGrants = nullptr;
    std::unique_ptr<JwtAssertionVerifier> m_assertions;
    QString m_lastScope;
};

} // namespace Scimflow
