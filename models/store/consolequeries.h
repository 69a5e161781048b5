#pragma once

#include "result.h"
#include "timestamp.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QtCore/qxpfunctional.h>

namespace Scimflow {

class Store;

/// The console's reads: one statement per table that selects only the columns the linked views show, each
/// row handed to a visitor as it is read (through BulkStatement: text is the stored UTF-8, valid during the
/// visit only), and the settings of the GUI thread's connection. A visitor runs no statement of its own: on
/// PostgreSQL the rows are still streaming. Use on the thread that opened the Store.
class ConsoleQueries
{
public:
    explicit ConsoleQueries(const Store &store);

    struct UserRecord
    {
        qint64 id = 0;
        QByteArrayView userName;
        QByteArrayView displayName;
        bool active = true;
        Timestamp deletedAt = 0; // 0: not deleted
        QByteArrayView department;
        Timestamp createdAt = 0;
    };
    struct ServiceAccountRecord
    {
        qint64 id = 0;
        QByteArrayView email;
        QByteArrayView displayName;
        bool active = true;
        QByteArrayView ownerGroup; // the owner group's display name, empty: none
        Timestamp createdAt = 0;
    };
    struct GroupRecord
    {
        qint64 id = 0;
        QByteArrayView name;
        qint64 memberCount = 0;
        qint64 serviceAccountCount = 0; // service accounts it owns
        QByteArrayView pipelineRoles;   // "dataflow.admin, dataflow.viewer"
    };
    struct JobRecord
    {
        qint64 id = 0;
        QByteArrayView source;
        QByteArrayView name;
        QByteArrayView state; // jobStateName()
        Timestamp createTime = 0;
        Timestamp startTime = 0;
        Timestamp endTime = 0;
        QByteArrayView launcher;
        QByteArrayView runAs;
        QByteArrayView role;
        qint64 launcherUserId = 0, runAsUserId = 0, serviceAccountId = 0; // 0: not linked
    };
    struct CredentialRecord
    {
        qint64 id = 0;
        QByteArrayView kind; // "gcp-service-account", "gcp-key", "github-token"
        QByteArrayView keyType;
        QByteArrayView source;
        QByteArrayView externalId;
        QByteArrayView name;
        QByteArrayView owner;
        Timestamp createdAt = 0;
        Timestamp expiresAt = 0;
        bool disabled = false;
        bool expired = false;
        Timestamp lastUsedAt = 0;
        QByteArrayView
            ownerGroup; // a service account's: the group that owns the service account of its email
    };

    /// The largest row id of \a table, 0 when it is empty: ids are dense rowids, so it is a cheap upper bound
    /// of its row count.
    qint64 largestId(const char *table) const;

    /// Every user, by id. Stops at the first error \a visit returns and returns it.
    Status users(qxp::function_ref<Status(const UserRecord &)> visit) const;
    /// Every service account, by id. Stops at the first error \a visit returns and returns it.
    Status serviceAccounts(qxp::function_ref<Status(const ServiceAccountRecord &)> visit) const;
    /// Every group that is not deleted, by id. Stops at the first error \a visit returns and returns it.
    Status groups(qxp::function_ref<Status(const GroupRecord &)> visit) const;
    /// Every job, by id. Stops at the first error \a visit returns and returns it.
    Status jobs(qxp::function_ref<Status(const JobRecord &)> visit) const;
    /// The whole credential inventory, by id. Stops at the first error \a visit returns and returns it.
    Status credentials(qxp::function_ref<Status(const CredentialRecord &)> visit) const;

    /// Readies the GUI thread's connection for the linking queries that run on every focus change: on SQLite,
    /// a memory-mapped file and a larger page cache. Nothing on PostgreSQL.
    void prepareForLinking() const;

private:
    QSqlDatabase m_db;
};

} // namespace Scimflow
