#include "rolemappingdriftrule.h"

#include "evidence.h"
#include "sqldialect.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

namespace {

// Every drifting job, numbered within its (principal, role) partition so only the newest few are kept as
// evidence while the count covers all of them. Columns after the job's: kind, principal id, principal
// name, principal key, expected roles, rn, n, first start. A user's grant of the job's role is looked up per
// job (a scalar subquery): PostgreSQL turns NOT EXISTS into an anti join that reads every membership.
const char kSql[] = R"(
SELECT * FROM (
  SELECT %1, d.kind, d.pid, d.pname, d.pkey, d.expected,
    row_number() OVER (PARTITION BY d.kind, d.pid, j.role ORDER BY j.start_time DESC, j.id DESC) AS rn,
    count(*) OVER (PARTITION BY d.kind, d.pid, j.role) AS n,
    min(j.start_time) OVER (PARTITION BY d.kind, d.pid, j.role) AS first_start
  FROM (
    SELECT j.id AS job_id, 'service-account' AS kind, s.id AS pid, s.email AS pname, lower(s.email) AS pkey,
      s.expected_role AS expected
    FROM jobs j JOIN service_accounts s ON s.id = j.run_as_sa_id
    WHERE j.role <> '' AND s.expected_role <> '' AND j.role <> s.expected_role
    UNION ALL
    SELECT j.id, 'user', u.id, u.user_name, u.scim_id,
      (SELECT %2 FROM (SELECT DISTINCT gr.role FROM memberships m
         JOIN group_roles gr ON gr.group_id = m.group_id WHERE m.user_id = u.id ORDER BY gr.role) AS r)
    FROM jobs j JOIN users u ON u.id = j.run_as_user_id
    WHERE j.run_as_sa_id IS NULL AND j.role <> '' AND (
      SELECT 1 FROM memberships m JOIN group_roles gr ON gr.group_id = m.group_id
      WHERE m.user_id = j.run_as_user_id AND gr.role = j.role LIMIT 1) IS NULL
  ) d JOIN jobs j ON j.id = d.job_id
) AS ranked WHERE rn <= :keep ORDER BY 11, 12, 10, 16
)";

} // namespace

Result<QList<Finding>> RoleMappingDriftRule::evaluate(const DriftContext &context) const
{
    QSqlQuery q(context.db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kSql).arg(
        Evidence::jobColumns(), Sql::groupConcat(context.db, QStringLiteral("role"), QStringLiteral(", "))));
    q.bindValue(QStringLiteral(":keep"), std::max(1, context.settings.maxEvidenceRows));
    if (!q.exec())
        return sqlError(QStringLiteral("Drift rule %1 failed").arg(id()), q.lastError());

    QList<Finding> out;
    QHash<QString, int> index;
    while (q.next()) {
        const QString kind = q.value(10).toString();
        const QString role = q.value(9).toString();
        const QString key = q.value(13).toString();
        const QString slot = kind + QLatin1Char('\n') + key + QLatin1Char('\n') + role;
        auto it = index.constFind(slot);
        if (it == index.constEnd()) {
            Finding f;
            f.rule = id();
            f.severity =
                role.contains(QLatin1String("admin")) ? Finding::Severity::High : Finding::Severity::Medium;
            f.subjectKind = kind;
            f.subjectId = q.value(11).toLongLong();
            f.subject = q.value(12).toString();
            f.subjectKey = key;
            f.detail = role;
            f.startedAt = q.value(17).toLongLong();
            const QString expected = q.value(14).toString();
            const qint64 n = q.value(16).toLongLong();
            f.summary = kind == QLatin1String("service-account")
                            ? QCoreApplication::translate(
                                  "Drift",
                                  "%n job(s) of service account %1 ran with role %2; the RBAC mapping "
                                  "grants it %3.",
                                  nullptr, int(n))
                                  .arg(f.subject, role, expected)
                            : QCoreApplication::translate(
                                  "Drift",
                                  "%n job(s) ran as %1 with role %2, which none of the user's groups "
                                  "grants (they grant: %3).",
                                  nullptr, int(n))
                                  .arg(f.subject, role,
                                       expected.isEmpty() ? QCoreApplication::translate("Drift", "no role")
                                                          : expected);
            f.evidence.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("mapping")},
                                          {QStringLiteral("mappingVersion"), context.mappingVersion},
                                          {QStringLiteral("principal"), f.subject},
                                          {QStringLiteral("expectedRoles"), expected},
                                          {QStringLiteral("usedRole"), role},
                                          {QStringLiteral("jobs"), n}});
            it = index.insert(slot, int(out.size()));
            out << f;
        }
        out[*it].evidence.append(Evidence::job(q, 0));
    }
    return out;
}

} // namespace Scimflow
