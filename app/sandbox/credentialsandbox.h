#pragma once

#include "credentialsandboxdata.h"

#include <QHash>
#include <QObject>

#include <utility>

class QHttpServerRequest;

namespace Scimflow {

class SandboxServer;

/// The simulated credential APIs on the shared SandboxServer: IAM v1 service accounts and keys
/// (/v1/projects/P/serviceAccounts[/EMAIL[:disable|:enable]][/keys[/KEY[:disable|:enable]]]), Policy
/// Analyzer (/v1/projects/P/locations/global/activityTypes/T/activities:query), and GitHub's organisation
/// token endpoints with the GitHub App flow (/orgs/O/installation, /app/installations/ID/access_tokens,
/// /orgs/O/personal-access-tokens[/ID]). IAM and Policy Analyzer take the sandbox's bearer token; the App
/// endpoints verify the app JWT's RS256 signature against the registered public key and issue installation
/// tokens, which the token endpoints require. Every route goes through the server's fault injection.
class CredentialSandbox : public QObject
{
    Q_OBJECT
public:
    CredentialSandbox(SandboxServer &server, CredentialSandboxData data, QString token,
                      QObject *parent = nullptr);

    /// A fresh RSA key pair for a simulated GitHub App (libcrypto): {private PEM, public PEM}.
    static std::pair<QByteArray, QByteArray> generateAppKey();

    CredentialSandboxData &data() { return m_data; }
    QUrl baseUrl() const;
    void setToken(const QString &token) { m_token = token; }
    /// The GitHub App allowed to read the organisation's tokens: its id and PEM public key.
    void registerApp(const QString &appId, const QByteArray &publicKeyPem);
    qint64 installationId() const { return 4242; }
    int installationTokensIssued() const { return m_issued; }
    /// Every installation token issued so far stops working (as if it had expired).
    void expireInstallationTokens() { m_installationTokens.clear(); }
    void setInstallationTokenLifetimeSeconds(int seconds) { m_tokenLifetime = seconds; }

private:
    void registerRoutes();
    bool bearerAuthorized(const QHttpServerRequest &request) const;
    bool installationAuthorized(const QHttpServerRequest &request) const;
    /// Empty when the request carries a valid app JWT, else the reason GitHub would give.
    QString appJwtProblem(const QHttpServerRequest &request) const;

    SandboxServer &m_server;
    CredentialSandboxData m_data;
    QString m_token;
    QString m_appId;
    QByteArray m_appPublicKey;
    QHash<QByteArray, Timestamp> m_installationTokens; // token -> expiry
    int m_issued = 0;
    int m_tokenLifetime = 3600;
};

} // namespace Scimflow
