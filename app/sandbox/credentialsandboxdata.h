#pragma once

#include "sandboxserver.h"
#include "timestamp.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace Scimflow {

struct Scenario;

/// The simulated credential inventory behind the IAM, Policy Analyzer and GitHub token routes, with its
/// state changes (disable, enable, delete, revoke) applied as the real APIs would. Generated from a scenario
/// (the demo's planted findings) or in bulk for benchmarks.
class CredentialSandboxData
{
public:
    struct Key
    {
        QString id;
        QString keyType = QStringLiteral("USER_MANAGED");
        QString keyOrigin = QStringLiteral("GOOGLE_PROVIDED");
        Timestamp validAfter = 0;
        Timestamp validBefore = 0; // 0 = 9999-12-31 (never expires)
        bool disabled = false;
        Timestamp lastAuthenticated = 0; // 0 = no activity
    };
    struct Account
    {
        QString email;
        QString uniqueId;
        QString displayName;
        QString description;
        bool disabled = false;
        Timestamp lastAuthenticated = 0;
        QList<Key> keys;
    };
    struct Token
    {
        qint64 id = 0;
        qint64 tokenId = 0;
        QString name;
        QString ownerLogin;
        Timestamp grantedAt = 0;
        Timestamp expiresAt = 0; // 0 = no expiry
        Timestamp lastUsed = 0;
        bool expired = false;
    };

    CredentialSandboxData() = default;
    /// The demo's inventory: every scenario account with a system-managed key and recent use, plus the
    /// planted credentials (see README "Service-account credentials").
    static CredentialSandboxData fromScenario(const Scenario &scenario);
    /// \a accounts accounts with \a keysPerAccount keys each and one token per ten accounts (benchmarks).
    static CredentialSandboxData bulk(const QString &project, int accounts, int keysPerAccount,
                                      Timestamp anchor);

    QString project() const { return m_project; }
    QString organisation() const { return m_organisation; }
    QList<Account> &accounts() { return m_accounts; }
    QList<Token> &tokens() { return m_tokens; }
    /// Key listings carry privateKeyData (which Google returns only on create), to prove it is never kept.
    void setReturnPrivateKeyData(bool on) { m_returnPrivateKeyData = on; }
    static QByteArray privateKeyMarker() { return "SANDBOX-PRIVATE-KEY-MATERIAL"; }
    /// The requests that changed something, as "POST /v1/...:disable" lines, in order.
    const QStringList &changes() const { return m_changes; }

    SandboxResponse listAccounts(const QString &project, const QUrlQuery &query) const;
    SandboxResponse listKeys(const QString &project, const QString &email) const;
    SandboxResponse getAccount(const QString &project, const QString &email) const;
    SandboxResponse getKey(const QString &project, const QString &email, const QString &keyId) const;
    /// GET /orgs/O/personal-access-tokens/ID/repositories: 404 once the token is revoked.
    SandboxResponse tokenRepositories(const QString &organisation, const QString &id) const;
    /// "email:disable" / "email:enable".
    SandboxResponse changeAccount(const QString &project, const QString &emailAndVerb);
    /// \a keyAndVerb "KEYID:disable" / ":enable"; \a remove deletes the key.
    SandboxResponse changeKey(const QString &project, const QString &email, const QString &keyAndVerb,
                              bool remove);
    SandboxResponse queryActivities(const QString &project, const QString &activityType,
                                    const QUrlQuery &query) const;
    /// One Link header per rel, as GitHub sends them; \a pageUrl is the request's URL on this server.
    SandboxResponse listTokens(const QString &organisation, const QUrlQuery &query,
                               const QUrl &pageUrl) const;
    SandboxResponse revokeToken(const QString &organisation, const QString &id, const QByteArray &body);

    static SandboxResponse googleError(int status, const QString &message, const char *statusName);

private:
    Account *account(const QString &project, const QString &emailOrId);
    void indexAccounts();

    QString m_project;
    QString m_organisation;
    QList<Account> m_accounts;
    // Lower-case email and uniqueId -> index in m_accounts: one lookup per request instead of a scan of
    // every account (5,000 accounts, 5,000 key listings). Rebuilt when it misses or points elsewhere,
    // since tests edit accounts() directly.
    QHash<QString, qsizetype> m_accountIndex;
    QList<Token> m_tokens;
    QStringList m_changes;
    bool m_returnPrivateKeyData = false;
};

} // namespace Scimflow
