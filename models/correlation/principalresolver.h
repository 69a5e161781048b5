#pragma once

#include "result.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <optional>

namespace Scimflow {

class Store;

/// Which IdP attributes a pipeline principal may match, all compared case-insensitively.
struct CorrelationKeys
{
    bool email = true; // primary and secondary emails
    bool userName = true;
    bool externalId = true;
    bool aliases = true; // the RBAC mapping's login -> userName aliases
};

/// Matches a pipeline principal text (an email, a GitHub login, "user:..." / "serviceAccount:...") to a
/// local user row and to a service account row. Unmatched principals give 0: callers keep the text.
class PrincipalResolver
{
public:
    PrincipalResolver() = default;
    explicit PrincipalResolver(CorrelationKeys keys);

    /// Loads users and service accounts from \a store, and the aliases of the current RBAC mapping.
    /// Without \a keys, the current RBAC mapping's "matchBy" decides (every key when it names none).
    static Result<PrincipalResolver> load(const Store &store,
                                          std::optional<CorrelationKeys> keys = std::nullopt);

    /// Adds one user; a later non-deleted user replaces an earlier or deleted one with the same key.
    void addUser(qint64 id, const QString &userName, const QStringList &emails, const QString &externalId,
                 bool deleted);
    void addServiceAccount(qint64 id, const QString &email);
    void setAliases(const QMap<QString, QString> &aliases); // login -> IdP userName

    qint64 userFor(const QString &principal) const;
    qint64 serviceAccountFor(const QString &principal) const;

    /// Lower-cased principal without an IAM member prefix ("user:", "serviceAccount:").
    static QString normalize(const QString &principal);

private:
    void put(QHash<QString, qint64> &hash, const QString &key, qint64 id, bool deleted);

    CorrelationKeys m_keys;
    QHash<QString, qint64> m_byUserName;
    QHash<QString, qint64> m_byEmail;
    QHash<QString, qint64> m_byExternalId;
    QHash<qint64, bool> m_deleted;
    QHash<QString, QString> m_aliases;
    QHash<QString, qint64> m_accounts;
};

} // namespace Scimflow
