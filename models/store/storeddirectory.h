#pragma once

#include "group.h"
#include "user.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Scimflow {

class Store;

/// Lookups in the stored directory by the identity provider's own ids: what a directory reader needs to turn
/// a delta (only what changed) into whole users and the groups it touched. Reads only.
class StoredDirectory
{
public:
    explicit StoredDirectory(const Store &store);

    /// The stored users among \a scimIds (those not stored are left out), deleted ones included.
    QList<User> usersByScimIds(const QStringList &scimIds) const;
    /// The stored groups among \a scimIds, deleted ones included, without their members (memberScimIds
    /// empty).
    QList<Group> groupsByScimIds(const QStringList &scimIds) const;
    /// The ids of the groups \a userScimId is a stored member of.
    QStringList groupScimIdsOfUser(const QString &userScimId) const;

private:
    QSqlDatabase m_db;
};

} // namespace Scimflow
