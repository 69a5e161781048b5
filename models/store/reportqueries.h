#pragma once

#include "result.h"
#include "timestamp.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace Scimflow {

class Store;

/// A user row as the reports need it.
struct ReportUser
{
    qint64 id = 0;
    QString userName;
    QString displayName;
    QString email;
    QString department;
    bool active = true;
    Timestamp createdAt = 0;
    Timestamp lastModified = 0;
    Timestamp deletedAt = 0;
};

/// A service account row as the reports need it.
struct ReportServiceAccount
{
    qint64 id = 0;
    QString email;
    QString displayName;
    qint64 ownerGroupId = 0; // 0: no owner
    QString expectedRole;
    bool active = true;
    Timestamp createdAt = 0;
};

/// A user-managed Google Cloud key or a GitHub token from the credential inventory.
struct ReportCredential
{
    QString kind;           // "gcp-key", "github-token"
    QString source;         // project or organisation
    QString name;           // key id or token name
    QString owner;          // the key's account, the token's owner login
    QString ownerUserName;  // the IdP user a token owner matched; empty: none
    bool ownerLeft = false; // that user is deactivated or deleted
    Timestamp createdAt = 0;
    Timestamp expiresAt = 0;  // 0: never
    Timestamp lastUsedAt = 0; // 0: no use recorded (keys: day granularity)
    bool disabled = false;
    bool expired = false;
};

/// A drift finding as stored, for the reports; its evidence is still the stored JSON array.
struct ReportFindingRow
{
    qint64 id = 0;
    QString rule;
    int severity = 0;
    QString subjectKind;
    qint64 subjectId = 0; // 0: the subject is known by name only
    QString subject;
    QString summary;
    Timestamp startedAt = 0;
    Timestamp firstSeen = 0;
    Timestamp resolvedAt = 0;
    Timestamp ackUntil = 0;
    QString ackBy;
    QByteArray evidence;
};

/// A job as the reports read it.
struct ReportJobRow
{
    qint64 id = 0;
    QString source;
    QString externalId;
    QString name;
    QString state;
    Timestamp start = 0; // start_time; in jobsBefore(), the create_time of a job not started
    Timestamp end = 0;
    Timestamp stateTime = 0;
    QString launcher;
    QString runAs;
    qint64 launcherUserId = 0;
    qint64 runAsUserId = 0;
    qint64 runAsServiceAccountId = 0;
};

/// An identity event as the deprovisioning report reads it.
struct ReportIdentityEvent
{
    Timestamp at = 0;
    QString kind;
    qint64 userId = 0; // 0: the user is known by name only
    QString subject;
};

/// The seq and hash of the audit log's last entry.
struct ReportLastAuditEntry
{
    qint64 seq = 0; // 0: the log is empty
    QString hash;
};

/// The rows of a table of the store and the span of their times.
struct ReportTableSpan
{
    qint64 rows = 0;
    Timestamp oldest = 0; // 0: no row with a time
    Timestamp newest = 0;
};

/// An outcome entry of the audit log (a fix carried out), as the GDPR report lists it.
struct ReportAuditOutcome
{
    qint64 seq = 0;
    Timestamp at = 0;
    QString action;
    QString target;
    QString outcome;
    QString reason;
};

/// A saved connection profile, as the GDPR report's records of processing name it.
struct ReportConnectionProfile
{
    QString name;
    QString vendor;
    QString scimUrl;
};

/// The store's reads behind the compliance reports, one function per read. Large tables stream their rows
/// through a callback (forward-only: on PostgreSQL nothing else may run on the connection until it returns).
class ReportQueries
{
public:
    explicit ReportQueries(const Store &store);

    /// Every user, ordered by user name (case-insensitively), then id.
    Result<QList<ReportUser>> users() const;
    /// Every service account, ordered by email (case-insensitively).
    Result<QList<ReportServiceAccount>> serviceAccounts() const;
    /// The names of the groups not deleted, by id.
    Result<QHash<qint64, QString>> groupNames() const;
    /// Every membership, ordered by user and group.
    Status memberships(const std::function<void(qint64 userId, qint64 groupId)> &row) const;
    /// The roles of the RBAC mapping per group, ordered by group and role.
    Status groupRoles(const std::function<void(qint64 groupId, const QString &role)> &row) const;
    /// The findings open at any time in [\a from, \a to), most severe first.
    Status findingsOpenIn(Timestamp from, Timestamp to,
                          const std::function<void(const ReportFindingRow &)> &row) const;
    /// The jobs started (or, not started, created) before \a to, of \a source only unless it is empty.
    /// Reading stops when \a row returns false.
    Status jobsBefore(Timestamp to, const QString &source,
                      const std::function<bool(const ReportJobRow &)> &row) const;
    /// The jobs launched by or run as the user \a userId that started before \a until, of \a source only
    /// unless it is empty. Only source, name, external id, state and times are read.
    Status jobsOfUserBefore(qint64 userId, Timestamp until, const QString &source,
                            const std::function<void(const ReportJobRow &)> &row) const;
    /// The user-managed Google Cloud keys and the GitHub tokens of the credential inventory, with the IdP
    /// user a token's owner matched; ordered by kind, source, owner (case-insensitively) and name.
    Result<QList<ReportCredential>> credentials() const;

    /// The seq and hash of the audit log's last entry.
    Result<ReportLastAuditEntry> lastAuditEntry() const;

    /// The deactivations and deletions in [\a from, \a to), in time order.
    Status deprovisionings(Timestamp from, Timestamp to,
                           const std::function<void(const ReportIdentityEvent &)> &row) const;
    /// The reactivations from \a from on, in time order.
    Status reactivations(Timestamp from, const std::function<void(const ReportIdentityEvent &)> &row) const;

    /// The number of rows of \a table and the oldest (non-zero) and newest value of its \a timeColumn.
    Result<ReportTableSpan> tableSpan(const QString &table, const QString &timeColumn) const;
    /// The audit log's outcome entries in [\a from, \a to), in seq order.
    Result<QList<ReportAuditOutcome>> auditOutcomes(Timestamp from, Timestamp to) const;
    /// The number of sync runs started in [\a from, \a to), per source.
    Result<QHash<QString, qint64>> syncRunsPerSource(Timestamp from, Timestamp to) const;
    /// Every source ever synced, sorted.
    Result<QStringList> syncSources() const;
    /// The saved connection profiles, by name.
    Result<QList<ReportConnectionProfile>> connectionProfiles() const;

private:
    QSqlDatabase m_db;
};

} // namespace Scimflow
