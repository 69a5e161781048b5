#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Scimflow {

/// The reads behind a review's remediation: what a revoke decision acts on, found by the ids and names its
/// item kept. Each answers std::nullopt when the row is no longer stored.
class ReviewRemediationQueries
{
public:
    /// A membership's user and group as the identity provider knows them.
    struct Membership
    {
        QString userScimId;
        QString userName;
        QString groupScimId;
        QString groupName;
    };

    /// A row of the credential inventory.
    struct Credential
    {
        QString kind; // "gcp-service-account", "gcp-key", "github-token"
        QString source;
        QString externalId;
        QString name;
        QString owner;
        QString keyType; // keys: "USER_MANAGED", "SYSTEM_MANAGED"
    };

    explicit ReviewRemediationQueries(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// The user \a userId and the group \a groupId.
    Result<std::optional<Membership>> membership(qint64 userId, qint64 groupId) const;
    /// The Google Cloud IAM inventory's service account \a email (compared case-insensitively); only its
    /// source and external id are read.
    Result<std::optional<Credential>> serviceAccount(const QString &email) const;
    /// The inventory row \a credentialId.
    Result<std::optional<Credential>> credential(qint64 credentialId) const;

private:
    QSqlDatabase m_db;
};

} // namespace Scimflow
