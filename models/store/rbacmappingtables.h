#pragma once

#include "result.h"
#include "timestamp.h"

#include <QHash>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Scimflow {

class Store;

/// One stored version of the RBAC mapping's text.
struct RbacMappingVersionRow
{
    int version = 0; // 0: no mapping stored yet
    Timestamp createdAt = 0;
    QString author;
    QString content;
};

/// A service account as the current mapping assigns it.
struct ServiceAccountRuleRow
{
    QString email;
    qint64 ownerGroupId = 0; // 0: unowned
    QString role;
};

/// The tables behind the RBAC mapping: its versions (rbac_mappings) and what the current version applies
/// (group_roles, service accounts' owners and expected roles). Parsing and validation are the caller's.
class RbacMappingTables
{
public:
    /// The newest version; version 0 when none is stored.
    static Result<RbacMappingVersionRow> current(const Store &store);
    /// The same, read over \a db (a worker thread's own connection to the store).
    static Result<RbacMappingVersionRow> current(const QSqlDatabase &db);
    /// Version \a version; version 0 when there is no such version.
    static Result<RbacMappingVersionRow> version(const Store &store, int version);
    /// Versions, newest first, without their content.
    static Result<QList<RbacMappingVersionRow>> history(const Store &store);
    static Status insertVersion(Store &store, const RbacMappingVersionRow &row);

    /// Group ids by case-folded display name; a live group wins over a deleted one of the same name.
    static Result<QHash<QString, qint64>> groupIdsByName(const Store &store);
    /// Replaces every group role with \a roles (group id, role).
    static Status replaceGroupRoles(Store &store, const QList<std::pair<qint64, QString>> &roles);
    /// Clears every service account's owner and expected role, then sets those of \a rules (adding the
    /// accounts not stored yet): the mapping is the only source of both.
    static Status replaceServiceAccountRules(Store &store, const QList<ServiceAccountRuleRow> &rules);
};

} // namespace Scimflow
