#pragma once

#include "result.h"
#include "scenario.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Scimflow {

class SandboxServer;
class CredentialSandbox;
class OktaSandbox;
class PipelineSandbox;
class ScimSandbox;
class ScimTargetSandbox;

/// The built-in demo for `scimflow --demo`: the demo scenario served by a simulated Okta org (directory and
/// System Log: the scenario's change log) on an ephemeral 127.0.0.1 port with a random token that lives only
/// in memory. The console then syncs from oktaUrl() with token() (as an SSWS API token) exactly as it would
/// from a real org.
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    /// Generates the scenario (anchor 0 = now) and starts serving it.
    Status start(Timestamp anchor = 0);
    QUrl scimUrl() const;
    QUrl oktaUrl() const;
    QString token() const { return m_token; }
    QString vendor() const { return QStringLiteral("generic"); }
    const Scenario &scenario() const { return m_scenario; }
    SandboxServer *server() const { return m_server.get(); }
    ScimSandbox *scim() const { return m_scim.get(); }
    OktaSandbox *okta() const { return m_okta.get(); }
    PipelineSandbox *pipelines() const { return m_pipelines.get(); }

    // The demo's SCIM provisioning target: an Identity-Center-shaped server the IdP pushes into, mirroring
    // the scenario's users and groups (externalId = the IdP user's id) with a planted silent provisioning
    // failure (a user the IdP deactivated is still active in it) and an orphaned account.
    static QString scimTargetName() { return QStringLiteral("aws"); }
    static QString scimTargetVendor() { return QStringLiteral("aws-identity-center"); }
    /// The user the target failed to deactivate, and the orphan it keeps.
    static QString plantedStillActiveUser() { return QStringLiteral("dana.whitfield@example.com"); }
    static QString plantedOrphanUser() { return QStringLiteral("old.admin@example.com"); }
    QUrl scimTargetUrl() const;
    /// Fills \a target with \a scenario's users and groups as the IdP would have pushed them, with the
    /// planted failure and orphan (also used by `scimflow sandbox`).
    static void populateScimTarget(ScimTargetSandbox &target, const Scenario &scenario);
    ScimTargetSandbox *scimTarget() const { return m_scimTarget.get(); }

    // Service-account credentials: IAM and Policy Analyzer take token(); the GitHub token endpoints take a
    // GitHub App installation token, made with the App's key (in memory only).
    CredentialSandbox *credentials() const { return m_credentials.get(); }
    QString githubAppId() const { return QStringLiteral("314159"); }
    QByteArray githubAppPrivateKey() const { return m_githubAppKey; }

private:
    void startScimTarget();
    void startCredentials();

    Scenario m_scenario;
    QString m_token;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ScimSandbox> m_scim;
    std::unique_ptr<OktaSandbox> m_okta;
    std::unique_ptr<PipelineSandbox> m_pipelines;
    std::unique_ptr<ScimTargetSandbox> m_scimTarget;
    std::unique_ptr<CredentialSandbox> m_credentials;
    QByteArray m_githubAppKey;
};

} // namespace Scimflow
