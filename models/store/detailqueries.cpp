#include "detailqueries.h"

#include "store.h"

#include <QSqlQuery>
#include <QVariant>

namespace Scimflow {

namespace {

/// The first column of every row of \a sql; empty when it fails.
QStringList strings(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QStringList out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QString limited(const QString &sql, int limit)
{
    return sql + QStringLiteral(" LIMIT %1").arg(limit);
}

} // namespace

DetailQueries::DetailQueries(const Store &store)
    : m_db(store.database())
{}

std::optional<DetailQueries::UserDetail> DetailQueries::user(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT user_name, display_name, email, active, deleted_at, department, "
                             "employee_number, scim_id, external_id, created_at, last_modified FROM users "
                             "WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return UserDetail{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),
                      q.value(3).toInt() != 0, q.value(4).toLongLong(), q.value(5).toString(),
                      q.value(6).toString(),   q.value(7).toString(),   q.value(8).toString(),
                      q.value(9).toLongLong(), q.value(10).toLongLong()};
}

QStringList DetailQueries::groupNamesOfUser(qint64 userId, int limit) const
{
    return strings(m_db,
                   limited(QStringLiteral("SELECT g.display_name FROM memberships m JOIN groups g ON "
                                          "g.id = m.group_id WHERE m.user_id = ? ORDER BY g.display_name"),
                           limit),
                   {userId});
}

QList<DetailQueries::KeyDetail> DetailQueries::keysOfAccount(const QString &email) const
{
    QList<KeyDetail> out;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT k.name, k.key_type, k.created_at, k.expires_at, k.last_used_at, k.disabled, "
                       "a.last_used_at FROM credentials a JOIN credentials k ON k.parent_id = a.id "
                       "WHERE a.kind = 'gcp-service-account' AND lower(a.external_id) = lower(?) "
                       "ORDER BY k.created_at DESC"));
    q.addBindValue(email);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                    q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toInt() != 0,
                    q.value(6).toLongLong()});
    }
    return out;
}

std::optional<DetailQueries::ServiceAccountDetail> DetailQueries::serviceAccount(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.email, s.display_name, s.active, coalesce(g.display_name, ''), "
                             "s.expected_role, s.created_at FROM service_accounts s "
                             "LEFT JOIN groups g ON g.id = s.owner_group_id WHERE s.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ServiceAccountDetail{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0,
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()};
}

QStringList DetailQueries::rolesUsedBy(qint64 serviceAccountId) const
{
    return strings(m_db,
                   QStringLiteral("SELECT DISTINCT role FROM jobs WHERE run_as_sa_id = ? AND role != '' "
                                  "ORDER BY role"),
                   {serviceAccountId});
}

std::optional<DetailQueries::GroupDetail> DetailQueries::group(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT display_name, scim_id, external_id, created_at, last_modified, "
                             "(SELECT count(*) FROM memberships m WHERE m.group_id = groups.id) "
                             "FROM groups WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return GroupDetail{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),
                       q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()};
}

QStringList DetailQueries::serviceAccountsOwnedBy(qint64 groupId) const
{
    return strings(
        m_db, QStringLiteral("SELECT email FROM service_accounts WHERE owner_group_id = ? ORDER BY email"),
        {groupId});
}

QStringList DetailQueries::memberNames(qint64 groupId, int limit) const
{
    return strings(m_db,
                   limited(QStringLiteral("SELECT u.user_name FROM memberships m JOIN users u ON u.id = "
                                          "m.user_id WHERE m.group_id = ? ORDER BY m.user_id"),
                           limit),
                   {groupId});
}

std::optional<DetailQueries::JobDetail> DetailQueries::job(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, source, external_id, state, raw_state, project, location, "
                             "create_time, start_time, end_time, launcher, run_as, role, labels FROM jobs "
                             "WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return JobDetail{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),
                     q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                     q.value(6).toString(),   q.value(7).toLongLong(), q.value(8).toLongLong(),
                     q.value(9).toLongLong(), q.value(10).toString(),  q.value(11).toString(),
                     q.value(12).toString(),  q.value(13).toString()};
}

QString DetailQueries::userName(qint64 userId) const
{
    return strings(m_db, QStringLiteral("SELECT user_name FROM users WHERE id = ?"), {userId}).value(0);
}

QString DetailQueries::serviceAccountEmail(qint64 serviceAccountId) const
{
    return strings(m_db, QStringLiteral("SELECT email FROM service_accounts WHERE id = ?"),
                   {serviceAccountId})
        .value(0);
}

QStringList DetailQueries::groupNames(const QList<qint64> &groupIds) const
{
    QStringList out;
    for (qint64 g : groupIds)
        out += strings(m_db, QStringLiteral("SELECT display_name FROM groups WHERE id = ?"), {g});
    return out;
}

std::optional<DetailQueries::CredentialDetail> DetailQueries::credential(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind, source, external_id, name, owner, key_type, key_origin, "
                             "created_at, expires_at, disabled, expired, last_used_at, detail "
                             "FROM credentials WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CredentialDetail{q.value(0).toString(),   q.value(1).toString(),    q.value(2).toString(),
                            q.value(3).toString(),   q.value(4).toString(),    q.value(5).toString(),
                            q.value(6).toString(),   q.value(7).toLongLong(),  q.value(8).toLongLong(),
                            q.value(9).toInt() != 0, q.value(10).toInt() != 0, q.value(11).toLongLong(),
                            q.value(12).toString()};
}

} // namespace Scimflow
