#include "credentiallinks.h"

#include "bulkstatement.h"
#include "sqldialect.h"
#include "store.h"

namespace Scimflow {

namespace {

QList<qint64> ids(const Store &store, const QString &sql, std::initializer_list<qint64> binds)
{
    QList<qint64> out;
    auto q = BulkStatement::prepare(store.database(), sql.toUtf8().constData());
    if (!q)
        return out;
    int index = 0;
    for (qint64 b : binds) {
        if (!q->bind(++index, b))
            return out;
    }
    while (q->next())
        out << q->int64(0);
    return out;
}

} // namespace

QList<qint64> CredentialLinks::ofServiceAccount(qint64 serviceAccountId) const
{
    // owner holds the account's email on both the account and its keys (credentials_owner index, NOCASE).
    return ids(
        m_store,
        QStringLiteral("SELECT id FROM credentials WHERE %1 AND kind IN ('gcp-service-account', 'gcp-key') "
                       "ORDER BY id")
            .arg(Sql::equalsNocase(m_store.database(), QStringLiteral("owner"),
                                   QStringLiteral("(SELECT email FROM service_accounts WHERE id = ?)"))),
        {serviceAccountId});
}

QList<qint64> CredentialLinks::ofUser(qint64 userId) const
{
    return ids(m_store,
               QStringLiteral("SELECT id FROM credentials WHERE kind = 'github-token' AND owner_user_id = ? "
                              "ORDER BY id"),
               {userId});
}

QList<qint64> CredentialLinks::ofGroup(qint64 groupId) const
{
    return ids(m_store,
               QStringLiteral("SELECT id FROM credentials WHERE (kind = 'github-token' AND owner_user_id IN "
                              "(SELECT user_id FROM memberships WHERE group_id = ?)) OR (kind IN "
                              "('gcp-service-account', 'gcp-key') AND %1 IN (SELECT %2 FROM service_accounts "
                              "WHERE owner_group_id = ?)) ORDER BY id")
                   .arg(Sql::nocase(m_store.database(), QStringLiteral("owner")),
                        Sql::isPostgres(m_store.database()) ? QStringLiteral("lower(email)")
                                                            : QStringLiteral("email")),
               {groupId, groupId});
}

CredentialLinks::Owner CredentialLinks::ownerOf(qint64 credentialId) const
{
    Owner o;
    o.userId =
        ids(m_store,
            QStringLiteral("SELECT owner_user_id FROM credentials WHERE id = ? AND kind = 'github-token' "
                           "AND owner_user_id IS NOT NULL"),
            {credentialId})
            .value(0);
    o.serviceAccountId =
        ids(m_store,
            QStringLiteral("SELECT s.id FROM credentials c JOIN service_accounts s ON s.email = "
                           "c.owner WHERE c.id = ? AND c.kind IN ('gcp-service-account', 'gcp-key')"),
            {credentialId})
            .value(0);
    o.accountCredentialId =
        ids(m_store,
            QStringLiteral("SELECT parent_id FROM credentials WHERE id = ? AND parent_id IS NOT NULL"),
            {credentialId})
            .value(0);
    return o;
}

} // namespace Scimflow
