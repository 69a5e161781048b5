#pragma once

#include "entityref.h"
#include "textarena.h"
#include "timestamp.h"

#include <vector>

namespace Scimflow {

/// One person or service account, as the Identities view needs it (about 48 bytes).
struct IdentityRow
{
    enum class Status : quint8 { Active, Inactive, Deleted };

    qint64 id = 0; // users.id or service_accounts.id
    EntityKind kind = EntityKind::User;
    Status status = Status::Active;
    TextRef name;        // userName, or the service account's email
    TextRef displayName; //
    TextRef department;  // persons only (interned)
    TextRef ownerGroup;  // service accounts only (interned)
    Timestamp createdAt = 0;

    EntityRef ref() const { return {kind, id}; }
};

/// One IdP group with what the RBAC mapping says about it.
struct RoleRow
{
    qint64 id = 0;
    TextRef name;
    TextRef pipelineRoles; // "dataflow.admin, dataflow.viewer"
    qint32 memberCount = 0;
    qint32 serviceAccountCount = 0;
    bool privileged = false;

    EntityRef ref() const { return {EntityKind::Group, id}; }
};

/// One pipeline run.
struct JobRow
{
    qint64 id = 0;
    TextRef source; // interned
    TextRef name;
    TextRef launcher;
    TextRef runAs;
    TextRef role;     // interned
    quint8 state = 0; // Job::State
    Timestamp createTime = 0;
    Timestamp startTime = 0;
    Timestamp endTime = 0;

    EntityRef ref() const { return {EntityKind::Job, id}; }
};

/// One entry of the credential inventory: a Google Cloud service account or key, or a GitHub fine-grained
/// token. Age and expiry state are fixed when the table is loaded.
struct CredentialRow
{
    enum class Kind : quint8 { ServiceAccount, UserManagedKey, SystemManagedKey, Token };

    qint64 id = 0; // credentials.id
    Kind kind = Kind::ServiceAccount;
    bool disabled = false;
    bool expired = false;     // a token GitHub reports expired, or a key past its validBeforeTime
    qint32 ageDays = -1;      // -1: no creation time (service accounts)
    TextRef name;             // account email, key id, token name
    TextRef owner;            // a key's account email, a token's owner login
    TextRef source;           // project or organisation (interned)
    Timestamp expiresAt = 0;  // 0: never (keys, tokens) or none (accounts)
    Timestamp lastUsedAt = 0; // 0: no use recorded

    bool isGcp() const { return kind != Kind::Token; }
    EntityRef ref() const { return {EntityKind::Credential, id}; }
};

/// The rows of one view as plain data: built by a loader on a worker thread and moved into a model.
/// Rows are in ascending EntityRef::key() order, so a key is found by binary search.
template <typename Row> struct CompactTable
{
    std::vector<Row> rows;
    TextArena text;
    SearchIndex search; // the visible columns' display texts, one entry per row

    int rowOfKey(quint64 key) const
    {
        auto it = std::lower_bound(rows.begin(), rows.end(), key,
                                   [](const Row &r, quint64 k) { return r.ref().key() < k; });
        if (it == rows.end() || it->ref().key() != key)
            return -1;
        return int(it - rows.begin());
    }
};

using IdentityTable = CompactTable<IdentityRow>;
using RoleTable = CompactTable<RoleRow>;
using JobTable = CompactTable<JobRow>;
using CredentialTable = CompactTable<CredentialRow>;

} // namespace Scimflow
