#pragma once

#include "result.h"
#include "timestamp.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace Scimflow {

/// The reads of the drift rules: set-based queries across users, jobs, memberships, identity events,
/// credentials and SCIM targets. Each hands its rows, one at a time, to the rule, which decides what is drift
/// and how its finding reads; nothing is collected here.
class DriftQueries
{
public:
    /// Called with each row of a read, in the order the read names.
    template <typename Row> using Visit = std::function<void(const Row &)>;

    /// A jobs row as the rules cite it in their evidence.
    struct JobRow
    {
        qint64 id = 0;
        QString source, externalId, name, state;
        Timestamp startTime = 0, endTime = 0;
        QString launcher, runAs, role;
    };

    /// A credentials row as the credential rules cite it.
    struct CredentialRow
    {
        qint64 id = 0;
        QString kind, source, externalId, name, owner, keyType;
        Timestamp createdAt = 0, expiresAt = 0, lastUsedAt = 0;
        bool disabled = false;
    };

    /// \a rule names the rule the reads are for in their errors ("Drift rule ghost-run failed: ...").
    explicit DriftQueries(QSqlDatabase db, QString rule = {});

    // The rules' context.

    /// SQLite reads the file memory-mapped (up to 1 GiB) on this connection from now on; best effort.
    void readMemoryMapped() const;

    // Leavers: users deactivated or deleted in the IdP. They left at the latest 'deactivated' event, else at
    // their last_modified (a deactivation is the last change a leaver's record sees); a deletion counts when
    // it came first.

    enum class LeaverJobTiming {
        RunningAcross, // started before the user left, still running (or ran) after it
        StartedAfter,  // started at or after the user left
    };
    struct LeaverJob
    {
        JobRow job;
        qint64 userId = 0;
        QString scimId, userName;
        bool active = false;
        Timestamp deletedAt = 0;
        Timestamp offAt = 0; // when the user left
        QString how;         // "deactivated" or "deleted"
        qint64 offEvent = 0; // the identity event that says so, 0 if none
        QString relation;    // "launcher" or "run-as"
        QString actor;       // who deactivated or deleted the user, where the event says
    };
    /// The jobs launched or run as a leaver, timed against the leaving as \a timing says, by job id; a job
    /// comes once per leaver and relation.
    Status jobsOfLeavers(LeaverJobTiming timing, const Visit<LeaverJob> &visit) const;

    struct LeaverToken
    {
        CredentialRow token;
        qint64 userId = 0;
        QString scimId, userName;
        bool active = false;
        Timestamp deletedAt = 0;
        Timestamp offAt = 0;
        QString how;
    };
    /// GitHub tokens neither expired (at \a now) nor disabled whose correlated owner is a leaver, by id.
    Status tokensOfLeavers(Timestamp now, const Visit<LeaverToken> &visit) const;

    // Service-account credentials.

    /// Enabled user-managed Google Cloud keys created before \a before, by id.
    Status userManagedKeysCreatedBefore(Timestamp before, const Visit<CredentialRow> &visit) const;
    /// Enabled user-managed keys that never expire, by id.
    Status nonExpiringUserManagedKeys(const Visit<CredentialRow> &visit) const;
    /// Enabled service accounts with no authentication, by the account or any of its keys, since \a before.
    Status serviceAccountsUnusedSince(Timestamp before, const Visit<CredentialRow> &visit) const;

    struct ServiceAccountUse
    {
        qint64 id = 0;
        QString email;
        Timestamp createdAt = 0;
        bool hasOwnerGroup = false;
        QString ownerGroup;           // display name, empty without an owner
        Timestamp ownerDeletedAt = 0; // 0: the owner group is not deleted
        qint64 jobs = 0, runningJobs = 0;
        Timestamp lastJobEnded = 0;
    };
    /// Active service accounts without an owning group, whose owning group is deleted, or with no job
    /// running and none ended since \a idleBefore (never used: created before it), by id.
    Status serviceAccountsToReview(Timestamp idleBefore, const Visit<ServiceAccountUse> &visit) const;
    struct ServiceAccountJob
    {
        qint64 serviceAccountId = 0;
        JobRow job;
    };
    /// The three jobs that ended last for each service account in \a ids, by account.
    Status latestJobsOfServiceAccounts(const QList<qint64> &ids, const Visit<ServiceAccountJob> &visit) const;
    struct ServiceAccountKey
    {
        CredentialRow key;
        QString account; // the account's resource (its email), lower case
    };
    /// Every Google Cloud key the credential inventory lists, with its account, by id.
    Status serviceAccountKeys(const Visit<ServiceAccountKey> &visit) const;

    // Jobs and the RBAC mapping.

    struct RoleDriftJob
    {
        JobRow job;   // job.role is the role used
        QString kind; // "service-account" or "user"
        qint64 principalId = 0;
        QString principal;     // email or userName
        QString principalKey;  // lower-case email or SCIM id
        QString expectedRoles; // the service account's role, or the user's groups' roles joined by ", "
        qint64 jobs = 0;       // all jobs of the principal with this role
        Timestamp firstStart = 0;
    };
    /// Jobs that ran with a role the mapping does not derive for them: a service account's other than its
    /// expected role, a user's that none of their groups grants. The newest \a keep of each (principal,
    /// role) only, ordered by principal and role.
    Status jobsWithUnmappedRoles(int keep, const Visit<RoleDriftJob> &visit) const;

    struct PrincipalJob
    {
        JobRow job;
        QString principal; // as the job names it
        QString relation;  // "launcher" or "run-as"
    };
    /// Jobs whose launcher or run-as principal the correlation left unresolved and that match no user
    /// (userName or email, case-insensitively) or service account, by principal and newest first. \a visit
    /// may run other reads on the connection (userNameExists()).
    Status jobsOfUnresolvedPrincipals(const Visit<PrincipalJob> &visit) const;
    /// Whether a user has the userName \a userName (case-insensitively).
    bool userNameExists(const QString &userName) const;

    // Sync runs and meta.

    struct SourceSyncs
    {
        QString source;
        std::optional<Timestamp> lastSuccess; // none: no run of the source succeeded
        Timestamp lastAttempt = 0;
        qint64 runs = 0;
        qint64 lastSuccessfulRun = 0; // its id
    };
    /// The sync history of every source ever synced, by source.
    Status syncHistoryBySource(const Visit<SourceSyncs> &visit) const;
    /// The meta values of \a keys; keys without one are left out.
    Result<QMap<QString, QString>> metaValues(const QStringList &keys) const;
    /// Stores \a fingerprint under \a key and the value it replaces under \a previousKey: \a fingerprint too
    /// when there was none, so that a first sync has nothing to compare with.
    Status recordSchemaFingerprint(const QString &key, const QString &previousKey,
                                   const QString &fingerprint) const;

    // The IdP against its SCIM provisioning targets.

    struct ScimTarget
    {
        qint64 id = 0;
        QString name, schemas, previousSchemas;
    };
    /// The SCIM targets ever synced, by name.
    Result<QList<ScimTarget>> scimTargets() const;
    struct IdpUser
    {
        qint64 id = 0;
        QString scimId, userName, email;
        bool active = false;
        Timestamp offAt = 0; // for a leaver, when they left
        QString how;         // for a leaver, "deactivated" or "deleted"
        QString actor;       // who did it, where the event says
    };
    /// Every user, leavers with when, how and by whom they left, by id.
    Status usersWithLeaving(const Visit<IdpUser> &visit) const;
    struct IdpGroup
    {
        qint64 id = 0;
        QString scimId, displayName;
    };
    /// The groups not deleted.
    Status liveGroups(const Visit<IdpGroup> &visit) const;
    /// Every membership (group id, user id).
    Status memberships(const std::function<void(qint64 groupId, qint64 userId)> &visit) const;
    struct TargetUser
    {
        QString scimId, externalId, userName, email;
        bool active = false;
    };
    /// The accounts of the SCIM target \a targetId, by their id in the target.
    Status targetUsers(qint64 targetId, const Visit<TargetUser> &visit) const;
    struct TargetMembership
    {
        QString groupScimId, groupExternalId, group, userScimId;
    };
    /// The memberships of the SCIM target \a targetId, by group and user.
    Status targetMemberships(qint64 targetId, const Visit<TargetMembership> &visit) const;

private:
    Error failed(const class QSqlQuery &query) const;
    Status visitCredentials(const QString &sql, const QVariantList &binds,
                            const Visit<CredentialRow> &visit) const;

    QSqlDatabase m_db;
    QString m_rule;
};

} // namespace Scimflow
