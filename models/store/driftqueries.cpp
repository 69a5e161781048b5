#include "driftqueries.h"

#include "sqldialect.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Scimflow {

namespace {

// The job columns the rules cite, aliased "j": 10 columns, read by jobRow().
QString jobColumns()
{
    return QStringLiteral("j.id, j.source, j.external_id, j.name, j.state, j.start_time, j.end_time, "
                          "j.launcher, j.run_as, j.role");
}

DriftQueries::JobRow jobRow(const QSqlQuery &q, int o)
{
    DriftQueries::JobRow j;
    j.id = q.value(o).toLongLong();
    j.source = q.value(o + 1).toString();
    j.externalId = q.value(o + 2).toString();
    j.name = q.value(o + 3).toString();
    j.state = q.value(o + 4).toString();
    j.startTime = q.value(o + 5).toLongLong();
    j.endTime = q.value(o + 6).toLongLong();
    j.launcher = q.value(o + 7).toString();
    j.runAs = q.value(o + 8).toString();
    j.role = q.value(o + 9).toString();
    return j;
}

// The credentials columns, aliased "c": 11 columns, read by credentialRow().
QString credentialColumns()
{
    return QStringLiteral("c.id, c.kind, c.source, c.external_id, c.name, c.owner, c.key_type, c.created_at, "
                          "c.expires_at, c.last_used_at, c.disabled");
}

DriftQueries::CredentialRow credentialRow(const QSqlQuery &q, int offset)
{
    const auto v = [&](int i) { return q.value(offset + i); };
    DriftQueries::CredentialRow c;
    c.id = v(0).toLongLong();
    c.kind = v(1).toString();
    c.source = v(2).toString();
    c.externalId = v(3).toString();
    c.name = v(4).toString();
    c.owner = v(5).toString();
    c.keyType = v(6).toString();
    c.createdAt = v(7).toLongLong();
    c.expiresAt = v(8).toLongLong();
    c.lastUsedAt = v(9).toLongLong();
    c.disabled = v(10).toInt() != 0;
    return c;
}

// "WITH leavers AS (...)": user_id, scim_id, user_name, active, deleted_at, off_at (when the user left), how
// ('deactivated' or 'deleted'), off_event.
QString leaversCte()
{
    // Deactivation time: the latest 'deactivated' event; without one the user's last_modified (a
    // deactivation is the last change a leaver's record sees). A deletion counts when it came first.
    return QStringLiteral(
        "WITH leavers AS (SELECT id AS user_id, scim_id, user_name, active, deleted_at, "
        "  CASE WHEN active = 0 AND (deleted_at = 0 OR coalesce(deact_at, last_modified) <= deleted_at) "
        "       THEN coalesce(deact_at, last_modified) ELSE deleted_at END AS off_at, "
        "  CASE WHEN active = 0 AND (deleted_at = 0 OR coalesce(deact_at, last_modified) <= deleted_at) "
        "       THEN 'deactivated' ELSE 'deleted' END AS how, "
        "  coalesce(off_event, 0) AS off_event "
        "FROM (SELECT u.id, u.scim_id, u.user_name, u.active, u.deleted_at, u.last_modified, "
        "  (SELECT max(e.at) FROM identity_events e WHERE e.user_id = u.id AND e.kind = 'deactivated') "
        "    AS deact_at, "
        "  (SELECT e.id FROM identity_events e WHERE e.user_id = u.id "
        "    AND e.kind IN ('deactivated', 'deleted') ORDER BY e.at DESC LIMIT 1) AS off_event "
        "  FROM users u WHERE u.active = 0 OR u.deleted_at > 0) AS u) ");
}

} // namespace

DriftQueries::DriftQueries(QSqlDatabase db, QString rule)
    : m_db(std::move(db))
    , m_rule(std::move(rule))
{}

Error DriftQueries::failed(const QSqlQuery &query) const
{
    return sqlError(QStringLiteral("Drift rule %1 failed").arg(m_rule), query.lastError());
}

void DriftQueries::readMemoryMapped() const
{
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA mmap_size = 1073741824"));
}

Status DriftQueries::jobsOfLeavers(LeaverJobTiming timing, const Visit<LeaverJob> &visit) const
{
    const QString start = QStringLiteral("coalesce(nullif(j.start_time, 0), j.create_time)");
    const QString condition = timing == LeaverJobTiming::StartedAfter
                                  ? QStringLiteral("%1 >= l.off_at").arg(start)
                                  : QStringLiteral("%1 > 0 AND %1 < l.off_at AND (j.end_time > l.off_at OR "
                                                   "(j.end_time = 0 AND j.state IN ('running', 'pending')))")
                                        .arg(start);
    const QString select = QStringLiteral(
        "SELECT %1, l.user_id, l.scim_id, l.user_name, l.active, l.deleted_at, l.off_at, l.how, "
        "l.off_event, '%2', coalesce((SELECT e.actor FROM identity_events e WHERE e.id = l.off_event), '') "
        "FROM leavers l %5 jobs j ON j.%3 = l.user_id "
        "WHERE l.off_at > 0 AND %4 ");
    const QString join = Sql::joinInOrder(m_db);
    const QString sql = leaversCte() +
                        select.arg(jobColumns(), QStringLiteral("launcher"),
                                   QStringLiteral("launcher_user_id"), condition, join) +
                        QStringLiteral("UNION ALL ") +
                        select.arg(jobColumns(), QStringLiteral("run-as"), QStringLiteral("run_as_user_id"),
                                   condition, join) +
                        QStringLiteral("ORDER BY 1");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return failed(q);
    while (q.next()) {
        LeaverJob row;
        row.job = jobRow(q, 0);
        row.userId = q.value(10).toLongLong();
        row.scimId = q.value(11).toString();
        row.userName = q.value(12).toString();
        row.active = q.value(13).toBool();
        row.deletedAt = q.value(14).toLongLong();
        row.offAt = q.value(15).toLongLong();
        row.how = q.value(16).toString();
        row.offEvent = q.value(17).toLongLong();
        row.relation = q.value(18).toString();
        row.actor = q.value(19).toString();
        visit(row);
    }
    return {};
}

Status DriftQueries::tokensOfLeavers(Timestamp now, const Visit<LeaverToken> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(leaversCte() +
              QStringLiteral(
                  "SELECT %1, l.user_name, l.off_at, l.how, l.user_id, l.scim_id, l.active, l.deleted_at, "
                  "l.off_event FROM credentials c JOIN leavers l ON l.user_id = c.owner_user_id "
                  "WHERE c.kind = 'github-token' AND c.expired = 0 AND c.disabled = 0 AND l.off_at > 0 "
                  "AND (c.expires_at = 0 OR c.expires_at > ?) ORDER BY c.id")
                  .arg(credentialColumns()));
    q.addBindValue(now);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        LeaverToken row;
        row.token = credentialRow(q, 0);
        row.userName = q.value(11).toString();
        row.offAt = q.value(12).toLongLong();
        row.how = q.value(13).toString();
        row.userId = q.value(14).toLongLong();
        row.scimId = q.value(15).toString();
        row.active = q.value(16).toInt() != 0;
        row.deletedAt = q.value(17).toLongLong();
        visit(row);
    }
    return {};
}

Status DriftQueries::visitCredentials(const QString &sql, const QVariantList &binds,
                                      const Visit<CredentialRow> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return failed(q);
    while (q.next())
        visit(credentialRow(q, 0));
    return {};
}

Status DriftQueries::userManagedKeysCreatedBefore(Timestamp before, const Visit<CredentialRow> &visit) const
{
    return visitCredentials(
        QStringLiteral(
            "SELECT %1 FROM credentials c WHERE c.kind = 'gcp-key' AND c.key_type = 'USER_MANAGED' "
            "AND c.disabled = 0 AND c.created_at > 0 AND c.created_at < ? ORDER BY c.id")
            .arg(credentialColumns()),
        {before}, visit);
}

Status DriftQueries::nonExpiringUserManagedKeys(const Visit<CredentialRow> &visit) const
{
    return visitCredentials(
        QStringLiteral("SELECT %1 FROM credentials c WHERE c.kind = 'gcp-key' AND "
                       "c.key_type = 'USER_MANAGED' AND c.disabled = 0 AND c.expires_at = 0 ORDER BY c.id")
            .arg(credentialColumns()),
        {}, visit);
}

Status DriftQueries::serviceAccountsUnusedSince(Timestamp before, const Visit<CredentialRow> &visit) const
{
    return visitCredentials(
        QStringLiteral(
            "SELECT %1 FROM credentials c WHERE c.kind = 'gcp-service-account' AND c.disabled = 0 "
            "AND c.last_used_at < ? AND NOT EXISTS (SELECT 1 FROM credentials k WHERE k.parent_id = c.id "
            "AND k.last_used_at >= ?) ORDER BY c.id")
            .arg(credentialColumns()),
        {before, before}, visit);
}

Status DriftQueries::serviceAccountsToReview(Timestamp idleBefore,
                                             const Visit<ServiceAccountUse> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One pass over the jobs, grouped by service account; running jobs keep an account in use.
    q.prepare(QStringLiteral(
        "SELECT s.id, s.email, s.created_at, s.owner_group_id, coalesce(g.display_name, ''), "
        "  coalesce(g.deleted_at, 0), coalesce(a.n, 0), coalesce(a.last_end, 0), coalesce(a.running, 0) "
        "FROM service_accounts s LEFT JOIN groups g ON g.id = s.owner_group_id "
        "LEFT JOIN (SELECT run_as_sa_id AS sa, count(*) AS n, max(end_time) AS last_end, "
        "  sum(CASE WHEN end_time = 0 AND state IN ('running', 'pending') THEN 1 ELSE 0 END) AS running "
        "  FROM jobs WHERE run_as_sa_id IS NOT NULL GROUP BY run_as_sa_id) a ON a.sa = s.id "
        "WHERE s.active = 1 AND (s.owner_group_id IS NULL OR g.deleted_at > 0 OR "
        "  (coalesce(a.running, 0) = 0 AND "
        "   ((coalesce(a.n, 0) > 0 AND a.last_end < :idle) OR (coalesce(a.n, 0) = 0 AND s.created_at < "
        ":idle)))) "
        "ORDER BY s.id"));
    q.bindValue(QStringLiteral(":idle"), idleBefore);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        ServiceAccountUse row;
        row.id = q.value(0).toLongLong();
        row.email = q.value(1).toString();
        row.createdAt = q.value(2).toLongLong();
        row.hasOwnerGroup = !q.value(3).isNull();
        row.ownerGroup = q.value(4).toString();
        row.ownerDeletedAt = q.value(5).toLongLong();
        row.jobs = q.value(6).toLongLong();
        row.lastJobEnded = q.value(7).toLongLong();
        row.runningJobs = q.value(8).toLongLong();
        visit(row);
    }
    return {};
}

Status DriftQueries::latestJobsOfServiceAccounts(const QList<qint64> &ids,
                                                 const Visit<ServiceAccountJob> &visit) const
{
    QSqlQuery jobs(m_db);
    jobs.setForwardOnly(true);
    if (!jobs.exec(QStringLiteral(
                       "SELECT * FROM (SELECT %1, j.run_as_sa_id, row_number() OVER "
                       "(PARTITION BY j.run_as_sa_id ORDER BY j.end_time DESC, j.id DESC) AS rn "
                       "FROM jobs j WHERE j.run_as_sa_id IN (%2)) AS ranked WHERE rn <= 3 ORDER BY 11, 12")
                       .arg(jobColumns(), Sql::idList(ids))))
        return failed(jobs);
    while (jobs.next())
        visit(ServiceAccountJob{jobs.value(10).toLongLong(), jobRow(jobs, 0)});
    return {};
}

Status DriftQueries::serviceAccountKeys(const Visit<ServiceAccountKey> &visit) const
{
    QSqlQuery keys(m_db);
    keys.setForwardOnly(true);
    if (!keys.exec(
            QStringLiteral("SELECT %1, lower(a.external_id) FROM credentials c JOIN credentials a ON a.id = "
                           "c.parent_id WHERE c.kind = 'gcp-key' ORDER BY c.id")
                .arg(credentialColumns())))
        return failed(keys);
    while (keys.next())
        visit(ServiceAccountKey{credentialRow(keys, 0), keys.value(11).toString()});
    return {};
}

namespace {

// Every drifting job, numbered within its (principal, role) partition so only the newest few are kept as
// evidence while the count covers all of them. Columns after the job's: kind, principal id, principal
// name, principal key, expected roles, rn, n, first start. A user's grant of the job's role is looked up per
// job (a scalar subquery): PostgreSQL turns NOT EXISTS into an anti join that reads every membership.
const char kUnmappedRolesSql[] = R"(
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

// Principals the correlation left unresolved, checked again against users and service accounts so that a
// store written by a sync with fewer match keys does not report known people.
const char kUnresolvedPrincipalsSql[] = R"(
SELECT %1, p.principal, p.relation FROM (
  SELECT id AS job_id, launcher AS principal, 'launcher' AS relation FROM jobs
    WHERE launcher_user_id IS NULL AND launcher <> ''
  UNION ALL
  SELECT id, run_as, 'run-as' FROM jobs
    WHERE run_as_user_id IS NULL AND run_as_sa_id IS NULL AND run_as <> ''
) p JOIN jobs j ON j.id = p.job_id
WHERE NOT EXISTS (SELECT 1 FROM users u WHERE %2)
  AND NOT EXISTS (SELECT 1 FROM users u WHERE %3)
  AND NOT EXISTS (SELECT 1 FROM service_accounts s WHERE s.email = p.principal)
ORDER BY lower(p.principal), j.start_time DESC, j.id DESC
)";

} // namespace

Status DriftQueries::jobsWithUnmappedRoles(int keep, const Visit<RoleDriftJob> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kUnmappedRolesSql)
                  .arg(jobColumns(), Sql::groupConcat(m_db, QStringLiteral("role"), QStringLiteral(", "))));
    q.bindValue(QStringLiteral(":keep"), keep);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        RoleDriftJob row;
        row.job = jobRow(q, 0);
        row.kind = q.value(10).toString();
        row.principalId = q.value(11).toLongLong();
        row.principal = q.value(12).toString();
        row.principalKey = q.value(13).toString();
        row.expectedRoles = q.value(14).toString();
        row.jobs = q.value(16).toLongLong();
        row.firstStart = q.value(17).toLongLong();
        visit(row);
    }
    return {};
}

Status DriftQueries::jobsOfUnresolvedPrincipals(const Visit<PrincipalJob> &visit) const
{
    QSqlQuery q(m_db);
    // On PostgreSQL a forward-only query streams its rows and the connection runs nothing else until they are
    // read: the visitor may look up an alias (userNameExists()), so there the result is fetched whole.
    q.setForwardOnly(!Sql::isPostgres(m_db));
    if (!q.exec(
            QString::fromLatin1(kUnresolvedPrincipalsSql)
                .arg(jobColumns(),
                     Sql::equalsNocase(m_db, QStringLiteral("u.user_name"), QStringLiteral("p.principal")),
                     Sql::equalsNocase(m_db, QStringLiteral("u.email"), QStringLiteral("p.principal")))))
        return failed(q);
    while (q.next())
        visit(PrincipalJob{jobRow(q, 0), q.value(10).toString(), q.value(11).toString()});
    return {};
}

bool DriftQueries::userNameExists(const QString &userName) const
{
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("SELECT 1 FROM users WHERE %1")
                  .arg(Sql::equalsNocase(m_db, QStringLiteral("user_name"), QStringLiteral("?"))));
    u.addBindValue(userName);
    return u.exec() && u.next();
}

Status DriftQueries::syncHistoryBySource(const Visit<SourceSyncs> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT source, max(CASE WHEN status = 'ok' THEN coalesce(finished_at, started_at) END), "
            "  max(started_at), count(*), "
            "  (SELECT id FROM sync_runs r2 WHERE r2.source = r.source AND r2.status = 'ok' "
            "   ORDER BY finished_at DESC, id DESC LIMIT 1) "
            "FROM sync_runs r GROUP BY source ORDER BY source")))
        return failed(q);
    while (q.next()) {
        SourceSyncs row;
        row.source = q.value(0).toString();
        if (!q.value(1).isNull())
            row.lastSuccess = q.value(1).toLongLong();
        row.lastAttempt = q.value(2).toLongLong();
        row.runs = q.value(3).toLongLong();
        row.lastSuccessfulRun = q.value(4).toLongLong();
        visit(row);
    }
    return {};
}

Result<QMap<QString, QString>> DriftQueries::metaValues(const QStringList &keys) const
{
    QStringList marks;
    for (qsizetype i = 0; i < keys.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT key, value FROM meta WHERE key IN (%1)").arg(marks.join(QLatin1String(", "))));
    for (const QString &key : keys)
        q.addBindValue(key);
    if (!q.exec())
        return failed(q);
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status DriftQueries::recordSchemaFingerprint(const QString &key, const QString &previousKey,
                                             const QString &fingerprint) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the schema fingerprint"), q.lastError());
    const QString before = q.next() ? q.value(0).toString() : fingerprint; // first sync: nothing to compare
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?), (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(previousKey);
    q.addBindValue(before);
    q.addBindValue(key);
    q.addBindValue(fingerprint);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot record the schema fingerprint"), q.lastError());
    return {};
}

Result<QList<DriftQueries::ScimTarget>> DriftQueries::scimTargets() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, schemas, previous_schemas FROM scim_targets ORDER BY name")))
        return failed(q);
    QList<ScimTarget> targets;
    while (q.next())
        targets << ScimTarget{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString()};
    return targets;
}

Status DriftQueries::usersWithLeaving(const Visit<IdpUser> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            leaversCte() +
            QStringLiteral("SELECT u.id, u.scim_id, u.user_name, u.email, u.active, coalesce(l.off_at, 0), "
                           "  coalesce(l.how, ''), coalesce(e.actor, '') "
                           "FROM users u LEFT JOIN leavers l ON l.user_id = u.id "
                           "LEFT JOIN identity_events e ON e.id = l.off_event ORDER BY u.id")))
        return failed(q);
    while (q.next()) {
        IdpUser u;
        u.id = q.value(0).toLongLong();
        u.scimId = q.value(1).toString();
        u.userName = q.value(2).toString();
        u.email = q.value(3).toString();
        u.active = q.value(4).toBool();
        u.offAt = q.value(5).toLongLong();
        u.how = q.value(6).toString();
        u.actor = q.value(7).toString();
        visit(u);
    }
    return {};
}

Status DriftQueries::liveGroups(const Visit<IdpGroup> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, scim_id, display_name FROM groups WHERE deleted_at = 0")))
        return failed(q);
    while (q.next())
        visit(IdpGroup{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return {};
}

Status DriftQueries::memberships(const std::function<void(qint64 groupId, qint64 userId)> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT group_id, user_id FROM memberships")))
        return failed(q);
    while (q.next())
        visit(q.value(0).toLongLong(), q.value(1).toLongLong());
    return {};
}

Status DriftQueries::targetUsers(qint64 targetId, const Visit<TargetUser> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT scim_id, external_id, user_name, email, active FROM target_users "
                             "WHERE target_id = ? ORDER BY scim_id"));
    q.addBindValue(targetId);
    if (!q.exec())
        return failed(q);
    while (q.next())
        visit(TargetUser{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toBool()});
    return {};
}

Status DriftQueries::targetMemberships(qint64 targetId, const Visit<TargetMembership> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.group_scim_id, g.external_id, g.display_name, m.user_scim_id FROM target_memberships m "
        "JOIN target_groups g ON g.target_id = m.target_id AND g.scim_id = m.group_scim_id "
        "WHERE m.target_id = ? ORDER BY m.group_scim_id, m.user_scim_id"));
    q.addBindValue(targetId);
    if (!q.exec())
        return failed(q);
    while (q.next())
        visit(TargetMembership{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString()});
    return {};
}

} // namespace Scimflow
