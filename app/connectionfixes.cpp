#include "connectionfixes.h"

#include "directoryreaderfactory.h"
#include "graphdirectoryreader.h"
#include "graphfixconnector.h"
#include "oktafixconnector.h"
#include "scimconnection.h"
#include "scimfixconnector.h"

#include <QCoreApplication>

namespace Scimflow {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::ConnectionFixes", text);
}
} // namespace

ConnectionFixes::~ConnectionFixes()
{
    // Connectors go before the clients they send through.
    m_targetFixes.clear();
    m_idpFixes.reset();
}

std::unique_ptr<ConnectionFixes> ConnectionFixes::open(const ConnectionProfile &profile,
                                                       const QHash<QString, QString> &secrets,
                                                       QStringList *problems)
{
    std::unique_ptr<ConnectionFixes> out(new ConnectionFixes);
    const QString missing = tr("the identity provider's secret could not be read from the keychain; enter it "
                               "again in the connection dialog");
    if (profile.idpKind == ConnectionProfile::IdpKind::Scim && !profile.scimUrl.isEmpty()) {
        if (!secrets.contains(profile.secretRef)) {
            *problems << missing;
        } else if (auto scim = ScimConnection::create(profile, secrets.value(profile.secretRef)); !scim) {
            *problems << scim.error().message;
        } else {
            out->m_scim = std::move(*scim);
            const QString identity = profile.authKind == ConnectionProfile::AuthKind::OAuthClientCredentials
                                         ? tr("OAuth client %1").arg(profile.clientId)
                                         : tr("API token of connection %1").arg(profile.name);
            out->m_idpFixes = std::make_unique<ScimFixConnector>(&out->m_scim->client(), identity);
        }
    } else if (profile.idpKind != ConnectionProfile::IdpKind::Scim && profile.hasIdentityProvider()) {
        if (!secrets.contains(profile.secretRef)) {
            *problems << missing;
        } else if (auto idp = makeDirectoryReader(profile, secrets.value(profile.secretRef)); !idp) {
            *problems << idp.error().message;
        } else {
            out->m_idp = std::move(*idp);
            if (profile.idpKind == ConnectionProfile::IdpKind::Okta) {
                const QString identity = profile.authKind == ConnectionProfile::AuthKind::PrivateKeyJwt
                                             ? tr("Okta service app %1").arg(profile.clientId)
                                             : tr("Okta API token of connection %1").arg(profile.name);
                out->m_idpFixes = std::make_unique<OktaFixConnector>(out->m_idp->http.get(),
                                                                     QUrl(profile.orgUrl), identity);
            } else {
                const QUrl graph = profile.graphUrl.trimmed().isEmpty()
                                       ? GraphDirectoryReader::defaultGraphUrl()
                                       : QUrl(profile.graphUrl.trimmed());
                out->m_idpFixes = std::make_unique<GraphFixConnector>(
                    out->m_idp->http.get(), graph, tr("Entra ID app registration %1").arg(profile.clientId));
            }
        }
    }
    for (const ScimTargetSource &target : profile.scimTargets) {
        if (!secrets.contains(target.secretRef)) {
            *problems << tr("SCIM target %1: its token could not be read from the keychain").arg(target.name);
            continue;
        }
        auto connection = ScimConnection::createTarget(target.url.trimmed(), target.vendor,
                                                       secrets.value(target.secretRef), profile.caFile);
        if (!connection) {
            *problems << tr("SCIM target %1: %2").arg(target.name, connection.error().message);
            continue;
        }
        auto fixes = std::make_unique<ScimFixConnector>(&(*connection)->client(),
                                                        tr("token of SCIM target %1").arg(target.name));
        fixes->setTargetName(target.name);
        out->m_targets.push_back(std::move(*connection));
        out->m_targetFixes.push_back(std::move(fixes));
    }
    return out;
}

QList<FixConnector *> ConnectionFixes::connectors() const
{
    QList<FixConnector *> out;
    if (m_idpFixes)
        out << m_idpFixes.get();
    for (const auto &t : m_targetFixes)
        out << t.get();
    return out;
}

} // namespace Scimflow
