#include "connectionprofile.h"

#include "store.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Scimflow {

QString ConnectionProfile::authKindName(AuthKind kind)
{
    return kind == AuthKind::OAuthClientCredentials ? QStringLiteral("oauth-client-credentials")
                                                    : QStringLiteral("bearer");
}

ConnectionProfile::AuthKind ConnectionProfile::authKindFromName(const QString &name)
{
    return name == QLatin1String("oauth-client-credentials") ? AuthKind::OAuthClientCredentials
                                                             : AuthKind::Bearer;
}

QList<ConnectionProfile> ConnectionProfiles::all(const Store &store)
{
    QList<ConnectionProfile> out;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral(
        "SELECT id, name, scim_url, vendor, auth_kind, token_url, client_id, scope, secret_ref, ca_file, "
        "pipeline_sources FROM connection_profiles ORDER BY name"));
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
        out << p;
    }
    return out;
}

Result<qint64> ConnectionProfiles::save(Store &store, const ConnectionProfile &p)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("INSERT INTO connection_profiles(name, scim_url, vendor, auth_kind, token_url, "
                             "client_id, scope, secret_ref, ca_file, pipeline_sources) "
                             "VALUES(?,?,?,?,?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET "
                             "scim_url=excluded.scim_url, vendor=excluded.vendor, "
                             "auth_kind=excluded.auth_kind, token_url=excluded.token_url, "
                             "client_id=excluded.client_id, scope=excluded.scope, "
                             "secret_ref=excluded.secret_ref, ca_file=excluded.ca_file, "
                             "pipeline_sources=excluded.pipeline_sources"));
    for (const QString &v : {p.name, p.scimUrl, p.vendor, ConnectionProfile::authKindName(p.authKind),
                             p.tokenUrl, p.clientId, p.scope, p.secretRef, p.caFile})
        q.addBindValue(sqlText(v));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(PipelineSource::toJson(p.pipelineSources)).toJson(QJsonDocument::Compact)));
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
