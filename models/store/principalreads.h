#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Scimflow {

class Store;

/// What correlation matches a pipeline principal against: one user's keys, or one service account.
struct PrincipalVisitor
{
    std::function<void(qint64 id, const QString &userName, const QStringList &emails,
                       const QString &externalId, bool deleted)>
        user;
    std::function<void(qint64 id, const QString &email)> serviceAccount;
};

/// Calls \a visit.user for every user (primary email first, in id order), then \a visit.serviceAccount for
/// every service account.
Status readPrincipals(const Store &store, const PrincipalVisitor &visit);

} // namespace Scimflow
