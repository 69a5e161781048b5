#include "demoenvironment.h"

#include "credentialsandbox.h"

#include "pipelinesandbox.h"
#include "sandboxserver.h"
#include "scimsandbox.h"

#include <QRandomGenerator>

namespace Scimflow {

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
{}

DemoEnvironment::~DemoEnvironment()
{
    m_credentials.reset();
    m_scim.reset();
    m_server.reset();
}

Status DemoEnvironment::start(Timestamp anchor)
{
    m_scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), anchor ? anchor : currentTimestamp());
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    m_token =
        QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_server = std::make_unique<SandboxServer>();
    const Result<quint16> port = m_server->listen(0);
    if (!port)
        return port.error();
    m_scim = std::make_unique<ScimSandbox>(*m_server, m_scenario, m_token);
    m_pipelines = std::make_unique<PipelineSandbox>(*m_server, m_scenario, m_token);
    startCredentials();
    return {};
}

void DemoEnvironment::startCredentials()
{
    m_credentials = std::make_unique<CredentialSandbox>(
        *m_server, CredentialSandboxData::fromScenario(m_scenario), m_token);
    auto [privateKey, publicKey] = CredentialSandbox::generateAppKey();
    m_githubAppKey = privateKey;
    m_credentials->registerApp(githubAppId(), publicKey);
}

QUrl DemoEnvironment::scimUrl() const
{
    return m_scim ? m_scim->baseUrl() : QUrl();
}

} // namespace Scimflow
