#include "credentialrepository.h"

#include "store.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

namespace {

QStringList kindsOf(CredentialInventory::Source source)
{
    if (source == CredentialInventory::Source::Github)
        return {Credential::kindName(Credential::Kind::Token)};
    return {Credential::kindName(Credential::Kind::ServiceAccount),
            Credential::kindName(Credential::Kind::Key)};
}

} // namespace

Status CredentialRepository::recordFailure(const CredentialInventory &inventory, const Error &error)
{
    Result<qint64> run = m_store.beginSyncRun(inventory.runSource(), QStringLiteral("full"));
    if (!run)
        return run.error();
    return m_store.finishSyncRun(*run, QStringLiteral("failed"), error.message, QString());
}

Status CredentialRepository::write(const CredentialInventory &inventory, const UserOfPrincipal &userOf)
{
    const Timestamp now = currentTimestamp();
    Transaction tx(m_store.database());
    // One writer per source on a team store; the second is told who holds it.
    if (Status s = m_store.lockSyncSource(inventory.runSource()); !s)
        return s;
    QSqlQuery del(m_store.database());
    del.prepare(QStringLiteral("DELETE FROM credentials WHERE source = ? AND kind IN (?, ?)"));
    const QStringList kinds = kindsOf(inventory.sourceKind);
    del.addBindValue(inventory.source);
    del.addBindValue(kinds.value(0));
    del.addBindValue(kinds.value(1, kinds.value(0)));
    if (!del.exec())
        return sqlError(QStringLiteral("Replacing the credentials of %1").arg(inventory.source),
                        del.lastError());
    QSqlQuery ins(m_store.database());
    ins.prepare(QStringLiteral(
        "INSERT INTO credentials(kind, source, external_id, parent_id, name, owner, owner_user_id, "
        "key_type, "
        "key_origin, created_at, expires_at, disabled, expired, last_used_at, detail, synced_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QHash<QString, qint64> accountIds; // email (lower case) -> row id
    for (const Credential &c : inventory.items) {
        QVariant parent; // NULL: no account row
        if (c.kind == Credential::Kind::Key) {
            const qint64 p = accountIds.value(c.parentExternalId.toLower());
            if (p)
                parent = p;
        }
        QVariant ownerUser; // NULL: not correlated
        if (c.kind == Credential::Kind::Token) {
            if (const qint64 u = userOf(c.owner))
                ownerUser = u;
        }
        ins.addBindValue(Credential::kindName(c.kind));
        ins.addBindValue(sqlText(c.source));
        ins.addBindValue(sqlText(c.externalId));
        ins.addBindValue(parent);
        ins.addBindValue(sqlText(c.name));
        ins.addBindValue(sqlText(c.owner));
        ins.addBindValue(ownerUser);
        ins.addBindValue(sqlText(c.keyType));
        ins.addBindValue(sqlText(c.keyOrigin));
        ins.addBindValue(c.createdAt);
        ins.addBindValue(c.expiresAt);
        ins.addBindValue(c.disabled ? 1 : 0);
        ins.addBindValue(c.expired ? 1 : 0);
        ins.addBindValue(c.lastUsedAt);
        ins.addBindValue(QString::fromUtf8(QJsonDocument(c.detail).toJson(QJsonDocument::Compact)));
        ins.addBindValue(now);
        const qint64 id = execReturningId(ins);
        if (!id)
            return sqlError(QStringLiteral("Writing the credentials of %1").arg(inventory.source),
                            ins.lastError());
        if (c.kind == Credential::Kind::ServiceAccount)
            accountIds.insert(c.externalId.toLower(), id);
    }
    return tx.commit();
}

Status CredentialRepository::replace(const CredentialInventory &inventory, const UserOfPrincipal &userOf)
{
    Result<qint64> run = m_store.beginSyncRun(inventory.runSource(), QStringLiteral("full"));
    if (!run)
        return run.error();
    // The run is marked failed after the transaction has rolled back, so that the mark is not rolled back
    // with it.
    if (Status written = write(inventory, userOf); !written) {
        Error e = written.error();
        if (Status s = m_store.finishSyncRun(*run, QStringLiteral("failed"), e.message, QString()); !s)
            e.message += QLatin1Char('\n') + s.error().message;
        return e;
    }
    return m_store.finishSyncRun(*run, QStringLiteral("ok"), inventory.summaryLine(),
                                 QStringLiteral("{\"credentials\":%1}").arg(inventory.items.size()));
}

Result<QList<Credential>> CredentialRepository::all() const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.id, c.kind, c.source, c.external_id, coalesce(p.external_id, ''), c.name, c.owner, "
            "coalesce(c.owner_user_id, 0), c.key_type, c.key_origin, c.created_at, c.expires_at, c.disabled, "
            "c.expired, c.last_used_at, c.detail FROM credentials c LEFT JOIN credentials p ON p.id = "
            "c.parent_id "
            "ORDER BY c.kind = 'github-token', c.source, coalesce(c.parent_id, c.id), c.parent_id IS NOT "
            "NULL, c.id")))
        return sqlError(QStringLiteral("Reading the credentials"), q.lastError());
    QList<Credential> out;
    while (q.next()) {
        Credential c;
        c.id = q.value(0).toLongLong();
        c.kind = Credential::kindFromName(q.value(1).toString());
        c.source = q.value(2).toString();
        c.externalId = q.value(3).toString();
        c.parentExternalId = q.value(4).toString();
        c.name = q.value(5).toString();
        c.owner = q.value(6).toString();
        c.ownerUserId = q.value(7).toLongLong();
        c.keyType = q.value(8).toString();
        c.keyOrigin = q.value(9).toString();
        c.createdAt = q.value(10).toLongLong();
        c.expiresAt = q.value(11).toLongLong();
        c.disabled = q.value(12).toInt() != 0;
        c.expired = q.value(13).toInt() != 0;
        c.lastUsedAt = q.value(14).toLongLong();
        c.detail = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
        out << c;
    }
    return out;
}

Status CredentialRepository::setDisabled(qint64 id, bool disabled)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE credentials SET disabled = ? WHERE id = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("Updating a credential"), q.lastError());
    return {};
}

Status CredentialRepository::remove(qint64 id)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM credentials WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("Removing a credential"), q.lastError());
    return {};
}

} // namespace Scimflow
