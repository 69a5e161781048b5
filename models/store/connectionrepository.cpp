#include "connectionrepository.h"

#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Scimflow {

QList<ConnectionProfileRow> ConnectionRepository::all(const Store &store)
{
    QList<ConnectionProfileRow> out;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral(
        "SELECT id, name, scim_url, vendor, auth_kind, token_url, client_id, scope, secret_ref, ca_file, "
        "pipeline_sources, idp_kind, idp_settings FROM connection_profiles ORDER BY name"));
    while (q.next()) {
        ConnectionProfileRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.scimUrl = q.value(2).toString();
        r.vendor = q.value(3).toString();
        r.authKind = q.value(4).toString();
        r.tokenUrl = q.value(5).toString();
        r.clientId = q.value(6).toString();
        r.scope = q.value(7).toString();
        r.secretRef = q.value(8).toString();
        r.caFile = q.value(9).toString();
        r.pipelineSources = q.value(10).toString();
        r.idpKind = q.value(11).toString();
        r.idpSettings = q.value(12).toString();
        out << r;
    }
    return out;
}

Result<qint64> ConnectionRepository::save(Store &store, const ConnectionProfileRow &r)
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
    for (const QString &v :
         {r.name, r.scimUrl, r.vendor, r.authKind, r.tokenUrl, r.clientId, r.scope, r.secretRef, r.caFile})
        q.addBindValue(sqlText(v));
    q.addBindValue(r.pipelineSources);
    q.addBindValue(r.idpKind);
    q.addBindValue(r.idpSettings);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot save the connection profile"), q.lastError());
    QSqlQuery id(store.database());
    id.prepare(QStringLiteral("SELECT id FROM connection_profiles WHERE name = ?"));
    id.addBindValue(r.name);
    if (!id.exec() || !id.next())
        return sqlError(QStringLiteral("Cannot read the connection profile"), id.lastError());
    return id.value(0).toLongLong();
}

Status ConnectionRepository::remove(Store &store, const QString &name)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("DELETE FROM connection_profiles WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot delete the connection profile"), q.lastError());
    return {};
}

} // namespace Scimflow
