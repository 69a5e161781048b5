#include "connectionprofile.h"

#include "store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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
    QSqlQuery q(store.database());
    q.exec(QStringLiteral(
        "SELECT id, name, scim_url, vendor, auth_kind, token_url, client_id, scope, secret_ref, ca_file, "
        "pipeline_sources, idp_kind, idp_settings FROM connection_profiles ORDER BY name"));
    while (q.next()) {
        ConnectionProfile p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.scimUrl = q.value(2).toString();
        p.vendor = q.value(3).toString();
        p.authKind = ConnectionProfile::authKindFromName(q.value(4).toString());
        p.tokenUrl = q.value(5).toString();
        p.clientId = q.value(6).toString();
        p.scope = q.value(7).toString();
        p.secretRef = q.value(8).toString();
        p.caFile = q.value(9).toString();
        p.pipelineSources =
            PipelineSource::fromJson(QJsonDocument::fromJson(q.value(10).toByteArray()).array());
        p.idpKind = ConnectionProfile::idpKindFromName(q.value(11).toString());
        readIdpSettings(p, q.value(12).toByteArray());
        out << p;
    }
    return out;
}

Result<qint64> ConnectionProfiles::save(Store &store, const ConnectionProfile &p)
{
    QSqlQuery q(store.database());
    q.prepare(
        QStringLiteral("INSERT INTO connection_profiles(name, scim_url, vendor, auth_kind, token_url, "
                       "client_id, scope, secret_ref, ca_file, pipeline_sources, idp_kind, idp_settings) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET "
                       "scim_url=excluded.scim_url, vendor=excluded.vendor, "
                       "auth_kind=excluded.auth_kind, token_url=excluded.token_url, "
                       "client_id=excluded.client_id, scope=excluded.scope, "
                       "secret_ref=excluded.secret_ref, ca_file=excluded.ca_file, "
                       "pipeline_sources=excluded.pipeline_sources, idp_kind=excluded.idp_kind, "
                       "idp_settings=excluded.idp_settings"));
    for (const QString &v : {p.name, p.scimUrl, p.vendor, ConnectionProfile::authKindName(p.authKind),
                             p.tokenUrl, p.clientId, p.scope, p.secretRef, p.caFile})
        q.addBindValue(sqlText(v));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(PipelineSource::toJson(p.pipelineSources)).toJson(QJsonDocument::Compact)));
    q.addBindValue(ConnectionProfile::idpKindName(p.idpKind));
    q.addBindValue(idpSettingsJson(p));
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot save the connection profile"), q.lastError());
    QSqlQuery id(store.database());
    id.prepare(QStringLiteral("SELECT id FROM connection_profiles WHERE name = ?"));
    id.addBindValue(p.name);
    if (!id.exec() || !id.next())
        return sqlError(QStringLiteral("Cannot read the connection profile"), id.lastError());
    return id.value(0).toLongLong();
}

Status ConnectionProfiles::remove(Store &store, const QString &name)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("DELETE FROM connection_profiles WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot delete the connection profile"), q.lastError());
    return {};
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
