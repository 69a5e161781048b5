#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace Scimflow {

/// The reads of the fix planner: the running jobs a finding's fix would cancel and the credentials it would
/// disable, delete or revoke.
class FixQueries
{
public:
    explicit FixQueries(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// A running or pending job, as a cancel request names it.
    struct RunningJob
    {
        QString source, externalId, project, location, name;
    };
    /// The job \a jobId, if it is running or pending.
    Result<QList<RunningJob>> runningJob(qint64 jobId) const;
    /// The running jobs of the service account \a serviceAccountId that use the role \a role, oldest first.
    Result<QList<RunningJob>> runningJobsOfServiceAccount(qint64 serviceAccountId, const QString &role) const;
    /// The running jobs run as the user \a userId (not as a service account) with the role \a role, oldest
    /// first.
    Result<QList<RunningJob>> runningJobsOfUser(qint64 userId, const QString &role) const;
    /// The running jobs launched or run as (not as a service account) \a principal, given in lower case;
    /// oldest first.
    Result<QList<RunningJob>> runningJobsOfPrincipal(const QString &principal) const;

    /// A credentials row as a fix names it.
    struct Credential
    {
        QString kind, source, externalId, name, owner, keyType;
        bool disabled = false;
    };
    /// The credential \a credentialId (none if there is no such row).
    Result<QList<Credential>> credential(qint64 credentialId) const;
    /// The service account whose resource is \a email (lower case) and its user-managed keys, the account
    /// first, then the keys by id.
    Result<QList<Credential>> serviceAccountAndKeys(const QString &email) const;

private:
    Result<QList<RunningJob>> runningJobs(const QString &where, const QVariantList &binds) const;
    Result<QList<Credential>> credentials(const QString &sql, const QVariantList &binds) const;

    QSqlDatabase m_db;
};

} // namespace Scimflow
