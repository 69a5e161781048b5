#pragma once

#include "timestamp.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Scimflow {

/// One machine credential from a cloud inventory: a Google Cloud service account, one of its keys, or a
/// GitHub fine-grained personal access token with access to an organisation. Never holds secret material.
struct Credential
{
    enum class Kind { ServiceAccount, Key, Token };

    Kind kind = Kind::ServiceAccount;
    QString source;     // the GCP project or the GitHub organisation
    QString externalId; // account email; key resource name (projects/p/serviceAccounts/e/keys/k); token id
    QString parentExternalId; // a key's account email
    QString name;             // account display name; key id; token name
    QString owner;            // a token's owner login; an account's or key's account email
    QString keyType;          // USER_MANAGED | SYSTEM_MANAGED
    QString keyOrigin;        // GOOGLE_PROVIDED | USER_PROVIDED
    Timestamp createdAt = 0;  // key: validAfterTime; token: access_granted_at
    Timestamp expiresAt = 0;  // 0 = never expires
    bool disabled = false;
    bool expired = false;
    Timestamp lastUsedAt = 0; // 0 = no use recorded (Policy Analyzer: day granularity)
    QJsonObject detail;       // description, uniqueId, keyAlgorithm, repository_selection, ...

    // What the store adds.
    qint64 id = 0;
    qint64 ownerUserId = 0; // a token owner correlated to an IdP user

    static QString kindName(Kind kind); // "gcp-service-account", "gcp-key", "github-token"
    static Kind kindFromName(QStringView name);
    bool isUserManagedKey() const { return kind == Kind::Key && keyType == QLatin1String("USER_MANAGED"); }
    /// The short key id: the last segment of the resource name.
    static QString keyIdOf(const QString &keyName);
};

/// One inventory run's result for one source: everything the API listed, written as a whole or not at all.
struct CredentialInventory
{
    enum class Source { Gcp, Github };

    Source sourceKind = Source::Gcp;
    QString source; // project or organisation
    QList<Credential> items;
    int accountsWithLastAuthentication = 0;
    int keysWithLastAuthentication = 0;

    /// "gcp iam my-proj: 42 service accounts, 97 keys (12 user-managed); last authentication for 40 accounts"
    /// or "github tokens my-org: 12 fine-grained tokens (2 expired)".
    QString summaryLine() const;
    /// The sync_runs source name: "gcp-iam:PROJECT" or "github-tokens:ORG".
    QString runSource() const;
};

} // namespace Scimflow
