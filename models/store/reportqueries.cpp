#include "reportqueries.h"

#include "sqldialect.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Scimflow {

namespace {

Error readError(const char *what, const QSqlQuery &q)
{
    return sqlError(QString::fromLatin1(what), q.lastError());
}

} // namespace

ReportQueries::ReportQueries(const Store &store)
    : m_db(store.database())
{}

Result<QList<ReportUser>> ReportQueries::users() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, user_name, display_name, email, department, active, created_at, "
                               "last_modified, deleted_at FROM users ORDER BY %1, id")
                    .arg(Sql::nocase(m_db, QStringLiteral("user_name")))))
        return readError("Cannot read users", q);
    QList<ReportUser> users;
    while (q.next()) {
        users << ReportUser{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                            q.value(3).toString(),   q.value(4).toString(),   q.value(5).toInt() != 0,
                            q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong()};
    }
    return users;
}

Result<QList<ReportServiceAccount>> ReportQueries::serviceAccounts() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, email, display_name, owner_group_id, expected_role, active, "
                               "created_at FROM service_accounts ORDER BY %1")
                    .arg(Sql::nocase(m_db, QStringLiteral("email")))))
        return readError("Cannot read service accounts", q);
    QList<ReportServiceAccount> accounts;
    while (q.next()) {
        accounts << ReportServiceAccount{
            q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),  q.value(3).toLongLong(),
            q.value(4).toString(),   q.value(5).toInt() != 0, q.value(6).toLongLong()};
    }
    return accounts;
}

Result<QHash<qint64, QString>> ReportQueries::groupNames() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, display_name FROM groups WHERE deleted_at = 0")))
        return readError("Cannot read groups", q);
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

Status ReportQueries::memberships(const std::function<void(qint64 userId, qint64 groupId)> &row) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT user_id, group_id FROM memberships ORDER BY user_id, group_id")))
        return readError("Cannot read memberships", q);
    while (q.next())
        row(q.value(0).toLongLong(), q.value(1).toLongLong());
    return {};
}

Status ReportQueries::groupRoles(const std::function<void(qint64 groupId, const QString &role)> &row) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT group_id, role FROM group_roles ORDER BY group_id, role")))
        return readError("Cannot read the RBAC mapping", q);
    while (q.next())
        row(q.value(0).toLongLong(), q.value(1).toString());
    return {};
}

Status ReportQueries::findingsOpenIn(Timestamp from, Timestamp to,
                                     const std::function<void(const ReportFindingRow &)> &row) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, rule, severity, subject_kind, subject_id, subject, summary, started_at, "
        "first_seen, resolved_at, ack_until, ack_by, evidence FROM findings WHERE first_seen < ? "
        "AND (resolved_at = 0 OR resolved_at >= ?) ORDER BY severity DESC, id"));
    q.addBindValue(to);
    q.addBindValue(from);
    if (!q.exec())
        return readError("Cannot read findings", q);
    while (q.next()) {
        row(ReportFindingRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                             q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                             q.value(6).toString(), q.value(7).toLongLong(), q.value(8).toLongLong(),
                             q.value(9).toLongLong(), q.value(10).toLongLong(), q.value(11).toString(),
                             q.value(12).toByteArray()});
    }
    return {};
}

Status ReportQueries::jobsBefore(Timestamp to, const QString &source,
                                 const std::function<bool(const ReportJobRow &)> &row) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT id, source, external_id, name, state, CASE WHEN start_time > 0 THEN start_time ELSE "
        "create_time END, "
        "end_time, state_time, launcher, run_as, launcher_user_id, run_as_user_id, run_as_sa_id FROM jobs "
        "WHERE CASE WHEN start_time > 0 THEN start_time ELSE create_time END < ?");
    if (!source.isEmpty())
        sql += QStringLiteral(" AND source = ?");
    q.prepare(sql);
    q.addBindValue(to);
    if (!source.isEmpty())
        q.addBindValue(source);
    if (!q.exec())
        return readError("Cannot read jobs", q);
    while (q.next()) {
        const ReportJobRow job{q.value(0).toLongLong(), q.value(1).toString(),    q.value(2).toString(),
                               q.value(3).toString(),   q.value(4).toString(),    q.value(5).toLongLong(),
                               q.value(6).toLongLong(), q.value(7).toLongLong(),  q.value(8).toString(),
                               q.value(9).toString(),   q.value(10).toLongLong(), q.value(11).toLongLong(),
                               q.value(12).toLongLong()};
        if (!row(job))
            break;
    }
    return {};
}

Status ReportQueries::jobsOfUserBefore(qint64 userId, Timestamp until, const QString &source,
                                       const std::function<void(const ReportJobRow &)> &row) const
{
    QSqlQuery q(m_db);
    QString sql =
        QStringLiteral("SELECT source, name, external_id, state, start_time, end_time, state_time FROM jobs "
                       "WHERE (launcher_user_id = ? OR run_as_user_id = ?) AND start_time < ?");
    if (!source.isEmpty())
        sql += QStringLiteral(" AND source = ?");
    q.prepare(sql);
    q.addBindValue(userId);
    q.addBindValue(userId);
    q.addBindValue(until);
    if (!source.isEmpty())
        q.addBindValue(source);
    if (!q.exec())
        return readError("Cannot read jobs", q);
    while (q.next()) {
        ReportJobRow job;
        job.source = q.value(0).toString();
        job.name = q.value(1).toString();
        job.externalId = q.value(2).toString();
        job.state = q.value(3).toString();
        job.start = q.value(4).toLongLong();
        job.end = q.value(5).toLongLong();
        job.stateTime = q.value(6).toLongLong();
        row(job);
    }
    return {};
}

Result<QList<ReportCredential>> ReportQueries::credentials() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
                    "SELECT c.kind, c.source, c.name, c.owner, coalesce(u.user_name, ''), "
                    "CASE WHEN u.active = 0 OR u.deleted_at > 0 THEN 1 ELSE 0 END, c.created_at, "
                    "c.expires_at, c.last_used_at, "
                    "c.disabled, c.expired FROM credentials c LEFT JOIN users u ON u.id = c.owner_user_id "
                    "WHERE c.kind = 'github-token' OR (c.kind = 'gcp-key' AND c.key_type = 'USER_MANAGED') "
                    "ORDER BY c.kind, c.source, %1, c.name")
                    .arg(Sql::nocase(m_db, QStringLiteral("c.owner")))))
        return readError("Cannot read the credential inventory", q);
    QList<ReportCredential> credentials;
    while (q.next()) {
        credentials << ReportCredential{
            q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(),   q.value(5).toInt() != 0,
            q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong(),
            q.value(9).toInt() != 0, q.value(10).toInt() != 0};
    }
    return credentials;
}

Result<ReportLastAuditEntry> ReportQueries::lastAuditEntry() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return readError("Cannot read the audit log", q);
    if (!q.next())
        return ReportLastAuditEntry{};
    return ReportLastAuditEntry{q.value(0).toLongLong(), q.value(1).toString()};
}

Status ReportQueries::deprovisionings(Timestamp from, Timestamp to,
                                      const std::function<void(const ReportIdentityEvent &)> &row) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, kind, user_id, subject FROM identity_events WHERE kind IN "
                             "('deactivated','deleted') AND at >= ? AND at < ? ORDER BY at, id"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return readError("Cannot read deprovisioning events", q);
    while (q.next()) {
        row(ReportIdentityEvent{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                                q.value(3).toString()});
    }
    return {};
}

Status ReportQueries::reactivations(Timestamp from,
                                    const std::function<void(const ReportIdentityEvent &)> &row) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT at, user_id, subject FROM identity_events WHERE kind = 'reactivated' AND "
                       "at >= ? ORDER BY at, id"));
    q.addBindValue(from);
    if (!q.exec())
        return readError("Cannot read reactivation events", q);
    while (q.next()) {
        row(ReportIdentityEvent{q.value(0).toLongLong(), QStringLiteral("reactivated"),
                                q.value(1).toLongLong(), q.value(2).toString()});
    }
    return {};
}

Result<ReportTableSpan> ReportQueries::tableSpan(const QString &table, const QString &timeColumn) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT COUNT(*), MIN(NULLIF(%2, 0)), MAX(%2) FROM %1").arg(table, timeColumn)) ||
        !q.next())
        return sqlError(QStringLiteral("Cannot read the retention of %1").arg(table), q.lastError());
    return ReportTableSpan{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

Result<QList<ReportAuditOutcome>> ReportQueries::auditOutcomes(Timestamp from, Timestamp to) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, at, action, target, outcome, reason FROM audit_log WHERE kind = "
                             "'outcome' AND at >= ? AND at < ? ORDER BY seq"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return readError("Cannot read the audit log", q);
    QList<ReportAuditOutcome> outcomes;
    while (q.next()) {
        outcomes << ReportAuditOutcome{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                       q.value(2).toString(),   q.value(3).toString(),
                                       q.value(4).toString(),   q.value(5).toString()};
    }
    return outcomes;
}

Result<QHash<QString, qint64>> ReportQueries::syncRunsPerSource(Timestamp from, Timestamp to) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT source, COUNT(*) FROM sync_runs WHERE started_at >= ? AND started_at < ? "
                       "GROUP BY source"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return readError("Cannot read the sync runs", q);
    QHash<QString, qint64> runs;
    while (q.next())
        runs.insert(q.value(0).toString(), q.value(1).toLongLong());
    return runs;
}

Result<QStringList> ReportQueries::syncSources() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT source FROM sync_runs ORDER BY source")))
        return readError("Cannot read the sync runs", q);
    QStringList sources;
    while (q.next())
        sources << q.value(0).toString();
    return sources;
}

Result<QList<ReportConnectionProfile>> ReportQueries::connectionProfiles() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, vendor, scim_url FROM connection_profiles ORDER BY name")))
        return readError("Cannot read the connection profiles", q);
    QList<ReportConnectionProfile> profiles;
    while (q.next())
        profiles << ReportConnectionProfile{q.value(0).toString(), q.value(1).toString(),
                                            q.value(2).toString()};
    return profiles;
}

} // namespace Scimflow
