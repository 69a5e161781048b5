#include "privilegeddriftqueries.h"

#include "sqldialect.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Scimflow {

namespace {

// Columns shared by the three membership queries: group id, group scim id, group name, user id, user scim
// id, userName, active, deleted_at, then query-specific ones.
const char kInactiveMembersSql[] = R"(
SELECT g.id, g.scim_id, g.display_name, u.id, u.scim_id, u.user_name, u.active, u.deleted_at,
  (SELECT max(e.at) FROM identity_events e WHERE e.user_id = u.id AND e.kind IN ('deactivated', 'deleted')),
  u.last_modified
FROM memberships m JOIN groups g ON g.id = m.group_id JOIN users u ON u.id = m.user_id
WHERE m.group_id IN (%1) AND (u.active = 0 OR u.deleted_at > 0)
ORDER BY g.id, u.id
)";

// A department change recorded after the user was (last) added to the group.
const char kDepartmentChangesSql[] = R"(
SELECT g.id, g.scim_id, g.display_name, u.id, u.scim_id, u.user_name, u.active, u.deleted_at,
  e.id, e.at, e.actor, e.details, u.department
FROM memberships m JOIN groups g ON g.id = m.group_id JOIN users u ON u.id = m.user_id
JOIN identity_events e ON e.user_id = m.user_id AND e.kind = 'updated' AND e.details LIKE '%"department"%'
WHERE m.group_id IN (%1) AND e.at >= coalesce((SELECT max(a.at) FROM identity_events a
  WHERE a.user_id = m.user_id AND a.group_id = m.group_id AND a.kind = 'membership-added'), 0)
ORDER BY g.id, u.id, e.at
)";

// Memberships without a change record: present but never added, or gone but never removed. Memberships
// found by the source's first (baseline) sync were there before anyone watched: not drift.
const char kUnrecordedMembershipsSql[] = R"(
SELECT g.id, g.scim_id, g.display_name, u.id, u.scim_id, u.user_name, u.active, u.deleted_at,
  'unrecorded-add', m.added_at
FROM memberships m JOIN groups g ON g.id = m.group_id JOIN users u ON u.id = m.user_id
WHERE m.group_id IN (%1) AND m.baseline = 0 AND NOT EXISTS (SELECT 1 FROM identity_events e
  WHERE e.user_id = m.user_id AND e.group_id = m.group_id AND e.kind = 'membership-added')
UNION ALL
SELECT g.id, g.scim_id, g.display_name, u.id, u.scim_id, u.user_name, u.active, u.deleted_at,
  'unrecorded-remove', a.at
FROM (SELECT user_id, group_id, max(at) AS at FROM identity_events
      WHERE group_id IN (%1) AND kind = 'membership-added' AND user_id IS NOT NULL GROUP BY user_id, group_id) a
JOIN groups g ON g.id = a.group_id JOIN users u ON u.id = a.user_id
WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.group_id = a.group_id AND m.user_id = a.user_id)
  AND NOT EXISTS (SELECT 1 FROM identity_events r WHERE r.user_id = a.user_id AND r.group_id = a.group_id
                  AND r.kind = 'membership-removed' AND r.at >= a.at)
ORDER BY 1, 4
)";

PrivilegedDriftQueries::Membership membership(const QSqlQuery &q)
{
    PrivilegedDriftQueries::Membership m;
    m.groupId = q.value(0).toLongLong();
    m.groupScimId = q.value(1).toString();
    m.group = q.value(2).toString();
    m.userId = q.value(3).toLongLong();
    m.userScimId = q.value(4).toString();
    m.userName = q.value(5).toString();
    m.active = q.value(6).toBool();
    m.deletedAt = q.value(7).toLongLong();
    return m;
}

} // namespace

PrivilegedDriftQueries::PrivilegedDriftQueries(QSqlDatabase db, QString rule)
    : m_db(std::move(db))
    , m_rule(std::move(rule))
{}

Error PrivilegedDriftQueries::failed(const QSqlQuery &query) const
{
    return sqlError(QStringLiteral("Drift rule %1 failed").arg(m_rule), query.lastError());
}

Result<QList<qint64>> PrivilegedDriftQueries::liveGroupIdsNamed(const QStringList &names) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList marks;
    for (qsizetype i = 0; i < names.size(); ++i)
        marks << QStringLiteral("?");
    q.prepare(QStringLiteral("SELECT id FROM groups WHERE display_name IN (%1) AND deleted_at = 0")
                  .arg(marks.join(QLatin1Char(','))));
    for (const QString &g : names)
        q.addBindValue(g);
    if (!q.exec())
        return failed(q);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Status PrivilegedDriftQueries::inactiveMembersOf(const QList<qint64> &groupIds,
                                                 const Visit<InactiveMember> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kInactiveMembersSql).arg(Sql::idList(groupIds))))
        return failed(q);
    while (q.next()) {
        InactiveMember row;
        row.membership = membership(q);
        if (!q.value(8).isNull())
            row.lastDeprovisioned = q.value(8).toLongLong();
        row.lastModified = q.value(9).toLongLong();
        visit(row);
    }
    return {};
}

Status PrivilegedDriftQueries::departmentChangesOfMembersOf(const QList<qint64> &groupIds,
                                                            const Visit<DepartmentChange> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kDepartmentChangesSql).arg(Sql::idList(groupIds))))
        return failed(q);
    while (q.next()) {
        DepartmentChange row;
        row.membership = membership(q);
        row.eventId = q.value(8).toLongLong();
        row.at = q.value(9).toLongLong();
        row.actor = q.value(10).toString();
        row.details = q.value(11).toString();
        row.department = q.value(12).toString();
        visit(row);
    }
    return {};
}

Status PrivilegedDriftQueries::unrecordedMembershipsOf(const QList<qint64> &groupIds,
                                                       const Visit<UnrecordedMembership> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kUnrecordedMembershipsSql).arg(Sql::idList(groupIds))))
        return failed(q);
    while (q.next())
        visit(UnrecordedMembership{membership(q), q.value(8).toString(), q.value(9).toLongLong()});
    return {};
}

} // namespace Scimflow
