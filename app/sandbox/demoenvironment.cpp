#include "demoenvironment.h"

#include "credentialsandbox.h"
#include "oktasandbox.h"
#include "pipelinesandbox.h"
#include "sandboxserver.h"
#include "scimsandbox.h"
#include "scimtargetsandbox.h"

#include <QRandomGenerator>

namespace Scimflow {

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
{}

DemoEnvironment::~DemoEnvironment()
{
    m_okta.reset();
    m_scimTarget.reset();
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
    m_okta = std::make_unique<OktaSandbox>(*m_server, m_scenario, m_token);
    m_pipelines = std::make_unique<PipelineSandbox>(*m_server, m_scenario, m_token);
    startScimTarget();
    startCredentials();
    return {};
}

QUrl DemoEnvironment::oktaUrl() const
{
    return m_okta ? m_okta->orgUrl() : QUrl();
}

void DemoEnvironment::startScimTarget()
{
    m_scimTarget = std::make_unique<ScimTargetSandbox>(*m_server, QStringLiteral("/aws/scim/v2"), m_token);
    populateScimTarget(*m_scimTarget, m_scenario);
}

void DemoEnvironment::populateScimTarget(ScimTargetSandbox &target, const Scenario &scenario)
{
    // Identity Center ids are its own; the IdP's user id travels in externalId.
    const auto targetId = [](const QString &idpId) { return QStringLiteral("9067729b3d-") + idpId; };
    for (const User &u : std::as_const(scenario.users)) {
        User account = u;
        account.scimId = targetId(u.scimId);
        account.externalId = u.scimId;
        account.managerScimId.clear();
        // The IdP pushed every deprovisioning but one: that one stayed active (the silent failure).
        account.active = (u.active && !u.deletedAt) || u.userName == plantedStillActiveUser();
        target.addUser(account);
    }
    User orphan; // created in the target by hand, unknown to the IdP
    orphan.scimId = targetId(QStringLiteral("orphan-1"));
    orphan.userName = plantedOrphanUser();
    orphan.displayName = QStringLiteral("Old Admin");
    orphan.email = orphan.userName;
    target.addUser(orphan);
    for (const Group &g : std::as_const(scenario.groups)) {
        Group group = g;
        group.scimId = QStringLiteral("9067729b3d-g-") + g.scimId;
        group.externalId = g.scimId;
        group.memberScimIds.clear();
        for (const QString &member : g.memberScimIds) {
            const auto user = std::find_if(scenario.users.cbegin(), scenario.users.cend(),
                                           [&member](const User &u) { return u.scimId == member; });
            if (user != scenario.users.cend() && !user->deletedAt)
                group.memberScimIds << targetId(member);
        }
        target.addGroup(group);
    }
}

QUrl DemoEnvironment::scimTargetUrl() const
{
    return m_scimTarget ? m_scimTarget->baseUrl() : QUrl();
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
