#include "connectionprofile.h"

#include "connectionrepository.h"
#include "store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

QString ConnectionProfile::authKindName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::OAuthClientCredentials:
        return QStringLiteral("oauth-client-credentials");
    case AuthKind::PrivateKeyJwt:
        return QStringLiteral("private-key-jwt");
    case AuthKind::Bearer:
        break;
    }
    return QStringLiteral("bearer");
}

ConnectionProfile::AuthKind ConnectionProfile::authKindFromName(const QString &name)
{
    if (name == QLatin1String("oauth-client-credentials"))
        return AuthKind::OAuthClientCredentials;
    if (name == QLatin1String("private-key-jwt"))
        return AuthKind::PrivateKeyJwt;
    return AuthKind::Bearer;
}

QString ConnectionProfile::idpKindName(IdpKind kind)
{
    switch (kind) {
    case IdpKind::Okta:
        return QStringLiteral("okta");
    case IdpKind::Entra:
        return QStringLiteral("entra");
    case IdpKind::Scim:
        break;
    }
    return QStringLiteral("scim");
}

ConnectionProfile::IdpKind ConnectionProfile::idpKindFromName(const QString &name)
{
    if (name == QLatin1String("okta"))
        return IdpKind::Okta;
    if (name == QLatin1String("entra"))
        return IdpKind::Entra;
    return IdpKind::Scim;
}

bool ConnectionProfile::hasIdentityProvider() const
{
    switch (idpKind) {
    case IdpKind::Okta:
        return !orgUrl.isEmpty();
    case IdpKind::Entra:
        return !tenant.isEmpty();
    case IdpKind::Scim:
        break;
    }
    return !scimUrl.isEmpty();
}

QString ConnectionProfile::identityProviderDisplay() const
{
    switch (idpKind) {
    case IdpKind::Okta:
        return orgUrl;
    case IdpKind::Entra:
        return tenant;
    case IdpKind::Scim:
        break;
    }
    return scimUrl;
}

QString ConnectionProfile::oktaReadScopes()
{
    return QStringLiteral("okta.users.read okta.groups.read okta.logs.read");
}

QString ConnectionProfile::oktaFixScopes()
{
    return QStringLiteral("okta.users.manage okta.groups.manage");
}

namespace {

QString idpSettingsJson(const ConnectionProfile &p)
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("orgUrl", p.orgUrl);
    put("keyId", p.keyId);
    put("tenant", p.tenant);
    put("graphUrl", p.graphUrl);
    put("loginUrl", p.loginUrl);
    put("certificateFile", p.certificateFile);
    if (!p.scimTargets.isEmpty())
        o.insert(QLatin1String("scimTargets"), ScimTargetSource::toJson(p.scimTargets));
    if (!p.credentialSources.isEmpty())
        o.insert(QLatin1String("credentialSources"), CredentialSource::toJson(p.credentialSources));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void readIdpSettings(ConnectionProfile &p, const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    p.orgUrl = o.value(QLatin1String("orgUrl")).toString();
    p.keyId = o.value(QLatin1String("keyId")).toString();
    p.tenant = o.value(QLatin1String("tenant")).toString();
    p.graphUrl = o.value(QLatin1String("graphUrl")).toString();
    p.loginUrl = o.value(QLatin1String("loginUrl")).toString();
    p.certificateFile = o.value(QLatin1String("certificateFile")).toString();
    p.scimTargets = ScimTargetSource::fromJson(o.value(QLatin1String("scimTargets")).toArray());
    p.credentialSources = CredentialSource::fromJson(o.value(QLatin1String("credentialSources")).toArray());
}

} // namespace

QList<ConnectionProfile> ConnectionProfiles::all(const Store &store)
{
    QList<ConnectionProfile> out;
    for (const ConnectionProfileRow &r : ConnectionRepository::all(store)) {
        ConnectionProfile p;
        p.id = r.id;
        p.name = r.name;
        p.scimUrl = r.scimUrl;
        p.vendor = r.vendor;
        p.authKind = ConnectionProfile::authKindFromName(r.authKind);
        p.tokenUrl = r.tokenUrl;
        p.clientId = r.clientId;
        p.scope = r.scope;
        p.secretRef = r.secretRef;
        p.caFile = r.caFile;
        p.pipelineSources =
            PipelineSource::fromJson(QJsonDocument::fromJson(r.pipelineSources.toUtf8()).array());
        p.idpKind = ConnectionProfile::idpKindFromName(r.idpKind);
        readIdpSettings(p, r.idpSettings.toUtf8());
        out << p;
    }
    return out;
}

Result<qint64> ConnectionProfiles::save(Store &store, const ConnectionProfile &p)
{
    ConnectionProfileRow r;
    r.name = p.name;
    r.scimUrl = p.scimUrl;
    r.vendor = p.vendor;
    r.authKind = ConnectionProfile::authKindName(p.authKind);
    r.tokenUrl = p.tokenUrl;
    r.clientId = p.clientId;
    r.scope = p.scope;
    r.secretRef = p.secretRef;
    r.caFile = p.caFile;
    r.pipelineSources = QString::fromUtf8(
        QJsonDocument(PipelineSource::toJson(p.pipelineSources)).toJson(QJsonDocument::Compact));
    r.idpKind = ConnectionProfile::idpKindName(p.idpKind);
    r.idpSettings = idpSettingsJson(p);
    return ConnectionRepository::save(store, r);
}

Status ConnectionProfiles::remove(Store &store, const QString &name)
{
    return ConnectionRepository::remove(store, name);
}

Result<QList<ConnectionProfile>> ConnectionProfiles::allIn(const QString &databasePath)
{
    if (!QFileInfo::exists(databasePath))
        return QList<ConnectionProfile>();
    auto store = Store::open(databasePath);
    if (!store)
        return store.error();
    return all(**store);
}

Status ConnectionProfiles::removeFrom(const QString &databasePath, const QString &name)
{
    auto store = Store::open(databasePath);
    if (!store)
        return store.error();
    return remove(**store, name);
}

} // namespace Scimflow
