#include "privilegeddriftrule.h"

#include "evidence.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::PrivilegedDriftRule", text);
}

// Columns shared by the three queries: group id, group scim id, group name, user id, user scim id,
// userName, active, deleted_at, then query-specific ones.
const char kInactive[] = R"(
SELECT g.id, g.scim_id, g.display_name, u.id, u.scim_id, u.user_name, u.active, u.deleted_at,
  (SELECT max(e.at) FROM identity_events e WHERE e.user_id = u.id AND e.kind IN ('deactivated', 'deleted')),
  u.last_modified
FROM memberships m JOIN groups g ON g.id = m.group_id JOIN users u ON u.id = m.user_id
WHERE m.group_id IN (%1) AND (u.active = 0 OR u.deleted_at > 0)
ORDER BY g.id, u.id
)";

// A department change recorded after the user was (last) added to the group.
const char kDepartment[] = R"(
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
const char kUnrecorded[] = R"(
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

Finding base(const QSqlQuery &q, const QString &rule, const QString &reason)
{
    Finding f;
    f.rule = rule;
    f.severity = Finding::Severity::High;
    f.subjectKind = QStringLiteral("user");
    f.subjectId = q.value(3).toLongLong();
    f.subject = q.value(5).toString();
    f.subjectKey = q.value(4).toString();
    f.detail = reason + QLatin1Char(':') + q.value(1).toString();
    f.evidence.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("membership")},
                                  {QStringLiteral("groupId"), q.value(0).toLongLong()},
                                  {QStringLiteral("group"), q.value(2).toString()},
                                  {QStringLiteral("groupScimId"), q.value(1).toString()},
                                  {QStringLiteral("privileged"), true}});
    f.evidence.append(
        Evidence::user(f.subjectId, f.subjectKey, f.subject, q.value(6).toBool(), q.value(7).toLongLong()));
    return f;
}

} // namespace

Result<QList<Finding>> PrivilegedDriftRule::evaluate(const DriftContext &context) const
{
    QList<Finding> out;
    if (context.privilegedGroups.isEmpty())
        return out;
    QSqlQuery q(context.db);
    q.setForwardOnly(true);
    QStringList marks;
    for (qsizetype i = 0; i < context.privilegedGroups.size(); ++i)
        marks << QStringLiteral("?");
    q.prepare(QStringLiteral("SELECT id FROM groups WHERE display_name IN (%1) AND deleted_at = 0")
                  .arg(marks.join(QLatin1Char(','))));
    for (const QString &g : context.privilegedGroups)
        q.addBindValue(g);
    if (!q.exec())
        return sqlError(QStringLiteral("Drift rule %1 failed").arg(id()), q.lastError());
    QStringList ids;
    while (q.next())
        ids << QString::number(q.value(0).toLongLong());
    if (ids.isEmpty())
        return out;
    const QString idList = ids.join(QLatin1Char(','));

    if (!q.exec(QString::fromLatin1(kInactive).arg(idList)))
        return sqlError(QStringLiteral("Drift rule %1 failed").arg(id()), q.lastError());
    while (q.next()) {
        Finding f = base(q, id(), QStringLiteral("inactive"));
        f.severity = Finding::Severity::Critical;
        f.startedAt = q.value(8).isNull() ? q.value(9).toLongLong() : q.value(8).toLongLong();
        f.summary = tr("%1 is %2 but still a member of the privileged group %3; remove the membership.")
                        .arg(f.subject, q.value(7).toLongLong() ? tr("deleted") : tr("deactivated"),
                             q.value(2).toString());
        out << f;
    }

    if (!q.exec(QString::fromLatin1(kDepartment).arg(idList)))
        return sqlError(QStringLiteral("Drift rule %1 failed").arg(id()), q.lastError());
    while (q.next()) {
        const QString detail = QStringLiteral("department:") + q.value(1).toString();
        Finding *f = nullptr;
        for (Finding &existing : out) {
            if (existing.subjectKey == q.value(4).toString() && existing.detail == detail)
                f = &existing;
        }
        if (!f) {
            out << base(q, id(), QStringLiteral("department"));
            f = &out.last();
            f->startedAt = q.value(9).toLongLong();
        }
        f->evidence.append(Evidence::event(q.value(8).toLongLong(), q.value(9).toLongLong(),
                                           QStringLiteral("updated"), f->subject, q.value(10).toString(),
                                           q.value(11).toString()));
        f->summary = tr("The department of %1 changed (now %2) while a member of the privileged group %3; "
                        "review whether the membership is still needed.")
                         .arg(f->subject, q.value(12).toString(), q.value(2).toString());
    }

    if (!q.exec(QString::fromLatin1(kUnrecorded).arg(idList)))
        return sqlError(QStringLiteral("Drift rule %1 failed").arg(id()), q.lastError());
    while (q.next()) {
        const QString reason = q.value(8).toString();
        Finding f = base(q, id(), reason);
        f.startedAt = q.value(9).toLongLong();
        f.summary = reason == QLatin1String("unrecorded-add")
                        ? tr("%1 is a member of the privileged group %2 but no change record shows the "
                             "addition; confirm who granted it.")
                              .arg(f.subject, q.value(2).toString())
                        : tr("%1 was removed from the privileged group %2 without a change record; confirm "
                             "the removal was intended.")
                              .arg(f.subject, q.value(2).toString());
        out << f;
    }
    return out;
}

} // namespace Scimflow
