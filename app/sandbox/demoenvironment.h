#pragma once

#include "result.h"
#include "scenario.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Scimflow {

class SandboxServer;
class OktaSandbox;
class PipelineSandbox;
class ScimSandbox;

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

private:
    Scenario m_scenario;
    QString m_token;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ScimSandbox> m_scim;
    std::unique_ptr<OktaSandbox> m_okta;
    std::unique_ptr<PipelineSandbox> m_pipelines;
};

} // namespace Scimflow
