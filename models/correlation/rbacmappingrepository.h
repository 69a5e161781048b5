#pragma once

#include "rbacmapping.h"
#include "result.h"
#include "timestamp.h"

namespace Scimflow {

class Store;

/// One stored version of the RBAC mapping.
struct StoredRbacMapping
{
    int version = 0; // 0: no mapping stored yet
    Timestamp createdAt = 0;
    QString author;
    QString content;
    RbacMapping mapping;     // parsed content
    QList<TextIssue> errors; // non-empty when the stored text no longer validates
};

/// What saving a mapping changed.
struct RbacApplyReport
{
    int version = 0;
    bool unchanged = false;  // the text equals the current version: no new version was written
    int serviceAccounts = 0; // rows written to service_accounts
    int groupRoles = 0;      // rows written to group_roles
    int jobsRelinked = 0;    // jobs whose user / service-account links changed
    QStringList warnings;    // e.g. groups the IdP does not have
};

/// Keeps the RBAC mapping versioned in the rbac_mappings table and applies the current version to
/// service_accounts and group_roles. Every save is one transaction: a new version, the applied rows and
/// the relinked jobs commit together or not at all.
class RbacMappingRepository
{
public:
    static Result<StoredRbacMapping> current(const Store &store);
    static Result<StoredRbacMapping> version(const Store &store, int version);
    /// Versions, newest first, without their content.
    static Result<QList<StoredRbacMapping>> history(const Store &store);

    /// Validates \a content (InvalidInput with every error and its line when it does not), stores it as a new
    /// version by \a author and applies it.
    static Result<RbacApplyReport> save(Store &store, const QString &content, const QString &author);
};

} // namespace Scimflow
