#pragma once

#include "credential.h"
#include "result.h"

#include <QList>

#include <functional>

namespace Scimflow {

class Store;

/// The IdP user row a token owner's principal text correlates to, 0 for none.
using UserOfPrincipal = std::function<qint64(const QString &principal)>;

/// The credentials table: one inventory run replaces everything its project or organisation had, in one
/// transaction recorded in sync_runs, with token owners correlated to IdP users. No SQL elsewhere.
class CredentialRepository
{
public:
    explicit CredentialRepository(Store &store)
        : m_store(store)
    {}

    /// Replaces the inventory of \a inventory's source, tokens linked to their owners through \a userOf; on
    /// any error nothing changes but a failed sync run. On a team store, a second console replacing the
    /// same source at once is refused (Error::Kind::Conflict).
    Status replace(const CredentialInventory &inventory, const UserOfPrincipal &userOf);
    /// Records a read that failed (the previous inventory stays).
    Status recordFailure(const CredentialInventory &inventory, const Error &error);
    /// Every credential, accounts before their keys, then tokens.
    Result<QList<Credential>> all() const;
    /// Marks one credential disabled or enabled after a confirmed fix (the next inventory run re-reads it).
    Status setDisabled(qint64 id, bool disabled);
    /// Removes a deleted key or revoked token after a confirmed fix.
    Status remove(qint64 id);

private:
    Status write(const CredentialInventory &inventory, const UserOfPrincipal &userOf);

    Store &m_store;
};

} // namespace Scimflow
