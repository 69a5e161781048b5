#pragma once

#include "timestamp.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Scimflow {

class Store;

/// The detail pane's reads: one entity's stored attributes and the short lists of what relates to it, read
/// by row id on the GUI thread when the focus changes (every statement is an indexed lookup).
class DetailQueries
{
public:
    explicit DetailQueries(const Store &store);

    struct UserDetail
    {
        QString userName;
        QString displayName;
        QString email;
        bool active = true;
        Timestamp deletedAt = 0; // 0: not deleted
        QString department;
        QString employeeNumber;
        QString scimId;
        QString externalId;
        Timestamp createdAt = 0;
        Timestamp lastModified = 0;
    };
    /// A key of an inventoried service account, with the account's last authentication.
    struct KeyDetail
    {
        QString name; // the key id
        QString keyType;
        Timestamp createdAt = 0;
        Timestamp expiresAt = 0;  // 0: never
        Timestamp lastUsedAt = 0; // 0: no use recorded
        bool disabled = false;
        Timestamp accountLastUsedAt = 0;
    };
    struct ServiceAccountDetail
    {
        QString email;
        QString displayName;
        bool active = true;
        QString ownerGroup; // the owner group's display name, empty: none
        QString expectedRole;
        Timestamp createdAt = 0;
    };
    struct GroupDetail
    {
        QString displayName;
        QString scimId;
        QString externalId;
        Timestamp createdAt = 0;
        Timestamp lastModified = 0;
        qint64 memberCount = 0;
    };
    struct JobDetail
    {
        QString name;
        QString source;
        QString externalId;
        QString state;
        QString rawState;
        QString project;
        QString location;
        Timestamp createTime = 0;
        Timestamp startTime = 0;
        Timestamp endTime = 0; // 0: still running
        QString launcher;
        QString runAs;
        QString role;
        QString labels; // as stored: a JSON object
    };
    /// One row of the credential inventory, with the source API's own fields.
    struct CredentialDetail
    {
        QString kind; // "gcp-service-account", "gcp-key", "github-token"
        QString source;
        QString externalId;
        QString name;
        QString owner;
        QString keyType;
        QString keyOrigin;
        Timestamp createdAt = 0;
        Timestamp expiresAt = 0;
        bool disabled = false;
        bool expired = false;
        Timestamp lastUsedAt = 0;
        QString detail;
    };

    /// The user \a id; nothing when there is no such user.
    std::optional<UserDetail> user(qint64 id) const;
    /// The display names of the user's groups, by name, at most \a limit of them.
    QStringList groupNamesOfUser(qint64 userId, int limit) const;
    /// The keys the credential inventory lists for the service account \a email (case-insensitively), newest
    /// first; none when the account is not inventoried or has no key.
    QList<KeyDetail> keysOfAccount(const QString &email) const;
    /// The service account \a id; nothing when there is no such account.
    std::optional<ServiceAccountDetail> serviceAccount(qint64 id) const;
    /// The pipeline roles the jobs running as the service account used, sorted.
    QStringList rolesUsedBy(qint64 serviceAccountId) const;
    /// The group \a id; nothing when there is no such group.
    std::optional<GroupDetail> group(qint64 id) const;
    /// The emails of the service accounts the group owns, sorted.
    QStringList serviceAccountsOwnedBy(qint64 groupId) const;
    /// The userNames of the group's members in membership order (by user id), at most \a limit of them.
    QStringList memberNames(qint64 groupId, int limit) const;
    /// The job \a id; nothing when there is no such job.
    std::optional<JobDetail> job(qint64 id) const;
    /// The user's userName; empty when there is no such user.
    QString userName(qint64 userId) const;
    /// The service account's email; empty when there is no such account.
    QString serviceAccountEmail(qint64 serviceAccountId) const;
    /// The display names of those of \a groupIds that exist, in their order.
    QStringList groupNames(const QList<qint64> &groupIds) const;
    /// The credential \a id; nothing when there is no such row.
    std::optional<CredentialDetail> credential(qint64 id) const;

private:
    QSqlDatabase m_db;
};

} // namespace Scimflow
