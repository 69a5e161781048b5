#pragma once

#include "result.h"
#include "scenario.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Scimflow {

class SandboxServer;
class CredentialSandbox;
class PipelineSandbox;
class ScimSandbox;

/// The built-in demo for `scimflow --demo`: the demo scenario served by a simulated IdP on an ephemeral
/// 127.0.0.1 port with a random token that lives only in memory. The console then syncs from scimUrl() with
/// token() exactly as it would from a real IdP.
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    /// Generates the scenario (anchor 0 = now) and starts serving it.
    Status start(Timestamp anchor = 0);
    QUrl scimUrl() const;
    QString token() const { return m_token; }
    QString vendor() const { return QStringLiteral("generic"); }
    const Scenario &scenario() const { return m_scenario; }
    SandboxServer *server() const { return m_server.get(); }
    ScimSandbox *scim() const { return m_scim.get(); }
    PipelineSandbox *pipelines() const { return m_pipelines.get(); }

    // Service-account credentials: IAM and Policy Analyzer take token(); the GitHub token endpoints take a
    // GitHub App installation token, made with the App's key (in memory only).
    CredentialSandbox *credentials() const { return m_credentials.get(); }
    QString githubAppId() const { return QStringLiteral("314159"); }
    QByteArray githubAppPrivateKey() const { return m_githubAppKey; }

private:
    void startCredentials();

    Scenario m_scenario;
    QString m_token;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ScimSandbox> m_scim;
    std::unique_ptr<PipelineSandbox> m_pipelines;
    std::unique_ptr<CredentialSandbox> m_credentials;
    QByteArray m_githubAppKey;
};

} // namespace Scimflow
