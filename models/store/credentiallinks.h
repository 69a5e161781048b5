#pragma once

#include <QList>
#include <QtGlobal>

namespace Scimflow {

class Store;

/// The linking queries between the credential inventory and the identities: a service account's account
/// and key rows (matched by email), a person's GitHub tokens (the correlated owner), and back.
class CredentialLinks
{
public:
    explicit CredentialLinks(const Store &store)
        : m_store(store)
    {}

    /// The inventory rows of the service account with row id \a serviceAccountId: the account and its keys.
    QList<qint64> ofServiceAccount(qint64 serviceAccountId) const;
    /// The GitHub tokens whose owner is correlated to the user \a userId.
    QList<qint64> ofUser(qint64 userId) const;
    /// The tokens of the group's members and the accounts and keys of the service accounts it owns.
    QList<qint64> ofGroup(qint64 groupId) const;

    struct Owner
    {
        qint64 userId = 0;              // a token's correlated owner
        qint64 serviceAccountId = 0;    // an account's or key's service account
        qint64 accountCredentialId = 0; // a key's account row in the inventory
    };
    Owner ownerOf(qint64 credentialId) const;

private:
    const Store &m_store;
};

} // namespace Scimflow
