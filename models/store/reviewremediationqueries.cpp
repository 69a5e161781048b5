#include "reviewremediationqueries.h"

#include "store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

Result<std::optional<ReviewRemediationQueries::Membership>>
ReviewRemediationQueries::membership(qint64 userId, qint64 groupId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT u.scim_id, u.user_name, g.scim_id, g.display_name FROM users u, groups g "
                       "WHERE u.id = ? AND g.id = ?"));
    q.addBindValue(userId);
    q.addBindValue(groupId);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the membership to remove"), q.lastError());
    if (!q.next())
        return std::optional<Membership>();
    return std::optional<Membership>(Membership{q.value(0).toString(), q.value(1).toString(),
                                                q.value(2).toString(), q.value(3).toString()});
}

Result<std::optional<ReviewRemediationQueries::Credential>>
ReviewRemediationQueries::serviceAccount(const QString &email) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT source, external_id FROM credentials WHERE kind = 'gcp-service-account' "
                             "AND lower(external_id) = lower(?) ORDER BY id LIMIT 1"));
    q.addBindValue(email);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the service account to disable"), q.lastError());
    if (!q.next())
        return std::optional<Credential>();
    Credential c;
    c.kind = QStringLiteral("gcp-service-account");
    c.source = q.value(0).toString();
    c.externalId = q.value(1).toString();
    return std::optional<Credential>(c);
}

Result<std::optional<ReviewRemediationQueries::Credential>>
ReviewRemediationQueries::credential(qint64 credentialId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind, source, external_id, name, owner, key_type FROM credentials "
                             "WHERE id = ?"));
    q.addBindValue(credentialId);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the credential to revoke"), q.lastError());
    if (!q.next())
        return std::optional<Credential>();
    return std::optional<Credential>(Credential{q.value(0).toString(), q.value(1).toString(),
                                                q.value(2).toString(), q.value(3).toString(),
                                                q.value(4).toString(), q.value(5).toString()});
}

} // namespace Scimflow
