#include "fixqueries.h"

#include "store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

Result<QList<FixQueries::RunningJob>> FixQueries::runningJobs(const QString &where,
                                                              const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT source, external_id, project, location, name FROM jobs "
                       "WHERE end_time = 0 AND state IN ('running', 'pending') AND (%1) ORDER BY start_time")
            .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the jobs to cancel"), q.lastError());
    QList<RunningJob> out;
    while (q.next())
        out << RunningJob{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString()};
    return out;
}

Result<QList<FixQueries::RunningJob>> FixQueries::runningJob(qint64 jobId) const
{
    return runningJobs(QStringLiteral("id = ?"), {jobId});
}

Result<QList<FixQueries::RunningJob>> FixQueries::runningJobsOfServiceAccount(qint64 serviceAccountId,
                                                                              const QString &role) const
{
    return runningJobs(QStringLiteral("run_as_sa_id = ? AND role = ?"), {serviceAccountId, role});
}

Result<QList<FixQueries::RunningJob>> FixQueries::runningJobsOfUser(qint64 userId, const QString &role) const
{
    return runningJobs(QStringLiteral("run_as_user_id = ? AND run_as_sa_id IS NULL AND role = ?"),
                       {userId, role});
}

Result<QList<FixQueries::RunningJob>> FixQueries::runningJobsOfPrincipal(const QString &principal) const
{
    return runningJobs(QStringLiteral("lower(launcher) = ? OR (lower(run_as) = ? AND run_as_sa_id IS NULL)"),
                       {principal, principal});
}

Result<QList<FixQueries::Credential>> FixQueries::credentials(const QString &sql,
                                                              const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the credential to fix"), q.lastError());
    QList<Credential> out;
    while (q.next())
        out << Credential{q.value(0).toString(),  q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(),  q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toInt() != 0};
    return out;
}

Result<QList<FixQueries::Credential>> FixQueries::credential(qint64 credentialId) const
{
    return credentials(
        QStringLiteral("SELECT kind, source, external_id, name, owner, key_type, disabled FROM "
                       "credentials WHERE id = ?"),
        {credentialId});
}

Result<QList<FixQueries::Credential>> FixQueries::serviceAccountAndKeys(const QString &email) const
{
    return credentials(
        QStringLiteral(
            "SELECT c.kind, c.source, c.external_id, c.name, c.owner, c.key_type, c.disabled FROM "
            "credentials c "
            "LEFT JOIN credentials a ON a.id = c.parent_id WHERE (c.kind = 'gcp-service-account' AND "
            "lower(c.external_id) = ?) OR (c.kind = 'gcp-key' AND c.key_type = 'USER_MANAGED' AND "
            "lower(a.external_id) = ?) ORDER BY c.kind = 'gcp-key', c.id"),
        {email, email});
}

} // namespace Scimflow
