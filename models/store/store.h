#pragma once

#include "group.h"
#include "identityevent.h"
#include "job.h"
#include "result.h"
#include "serviceaccount.h"
#include "storelocation.h"
#include "syncrun.h"
#include "user.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlQuery;

namespace Scimflow {

/// Principals behind one job, as local row ids (0 = none).
struct JobPrincipals
{
    qint64 launcherUserId = 0;
    qint64 runAsUserId = 0;
    qint64 serviceAccountId = 0;
    QList<qint64> groupIds; // groups of the launcher and run-as user, plus the service account's owner
};

/// The store: the local SQLite cache and history, or a PostgreSQL team store. Opens (and migrates) the
/// database and answers the queries the rest of the console needs. One Store per thread: a QSqlDatabase
/// connection must stay on its thread.
class Store
{
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Opens or creates the database at \a location (a file, or a postgresql:// URL: see StoreLocation) and
    /// migrates it to the latest schema. ":memory:" gives a private in-memory SQLite database (tests).
    static Result<std::unique_ptr<Store>> open(const QString &location);
    /// \a secrets are for a team store whose server asks for a password (empty: libpq's PGPASSWORD or
    /// ~/.pgpass) or whose client key is encrypted.
    static Result<std::unique_ptr<Store>> open(const StoreLocation &location,
                                               const TeamStoreSecrets &secrets = {});
    /// Checks, read-only and without migrating, that \a path is a Scimflow database (an SQLite file with
    /// Scimflow's schema), so that opening another file never writes Scimflow's tables into it. For a team
    /// store: the server's database holds Scimflow's schema, or no table at all (a new team store).
    static Status checkIsScimflowDatabase(const QString &path);

    /// The team store password for \a location, held in this process's memory only (the console reads it
    /// from the keychain once); every later Store::open() of that location on any thread uses it.
    static void setSessionPassword(const QString &location, const QString &password);
    /// The passphrase of the encrypted client key (sslkey=) of the team store at \a location, held like the
    /// password: in this process's memory only, handed to libpq as sslpassword by every later Store::open().
    static void setSessionKeyPassphrase(const QString &location, const QString &passphrase);

    QSqlDatabase database() const { return m_db; }
    /// The location the store was opened from: a file path or the team store's URL.
    QString path() const { return m_path; }
    bool isPostgres() const { return m_engine == StoreLocation::Engine::Postgres; }
    int schemaVersion() const;
    /// A number that changes when another connection has committed to the database since this one last
    /// asked (SQLite's data_version), so that what was read from it can be kept until then. Nothing on a
    /// team store, which has no such number.
    std::optional<qint64> othersCommits() const;

    // Linking queries: local row ids in, local row ids out, in ascending order.
    QList<qint64> groupIdsOfUser(qint64 userId) const;
    QList<qint64> memberIdsOfGroup(qint64 groupId) const;
    QList<qint64> serviceAccountIdsOwnedBy(const QList<qint64> &groupIds) const;
    JobPrincipals principalsOfJob(qint64 jobId) const;
    /// The group that owns a service account (0 if none).
    qint64 ownerGroupOfServiceAccount(qint64 serviceAccountId) const;

    // Whole-table reads (demo-sized data, reports, tests). Item models use their own compact loaders.
    QList<User> users() const;
    /// The users columns in the order userFromRow() reads them, for code that selects users itself.
    static QLatin1String userColumns();
    static User userFromRow(const QSqlQuery &query);
    QList<Group> groups() const; // with memberScimIds filled
    /// The groups columns in the order groupFromRow() reads them (members are not among them).
    static QLatin1String groupColumns();
    static Group groupFromRow(const QSqlQuery &query);
    QList<ServiceAccount> serviceAccounts() const;
    QList<Job> jobs() const;
    QList<IdentityEvent> identityEvents(Timestamp from = 0, Timestamp to = 0) const;
    QStringList rolesOfGroup(qint64 groupId) const;
    qint64 count(const QString &table) const;

    QString metaValue(const QString &key) const;
    Status setMetaValue(const QString &key, const QString &value);

    /// Inside a write transaction: takes \a source's snapshot for this transaction, so that two consoles
    /// never write the same source's snapshot at once. On a team store a second writer is refused at once
    /// with who holds it (role, client address, since when); on SQLite the write transaction is exclusive
    /// anyway.
    Status lockSyncSource(const QString &source);

    Result<qint64> beginSyncRun(const QString &source, const QString &mode);
    Status finishSyncRun(qint64 runId, const QString &status, const QString &message, const QString &stats);
    /// The mode a run turned out to have (a reader may answer an incremental request in full) and what its
    /// reader left for the next run of the source.
    Status setSyncRunResult(qint64 runId, const QString &mode, const QByteArray &nextState);
    QList<SyncRun> syncRuns() const;
    /// The most recent run of \a source that ended with status 'ok' (id 0 if none).
    SyncRun lastSuccessfulRun(const QString &source) const;
    /// Per source that was ever synced (by name): its most recent successful run, or a run with only
    /// `source` set when none succeeded. The data freshness reports and the status bar show.
    QList<SyncRun> lastSuccessfulRuns() const;

private:
    Store(QSqlDatabase db, QString path);
    static Result<std::unique_ptr<Store>> openSqlite(const QString &path);
    static Result<std::unique_ptr<Store>> openPostgres(const StoreLocation &location,
                                                       const TeamStoreSecrets &secrets);
    static Status checkIsScimflowTeamStore(const StoreLocation &location);
    Status migrate();
    QList<qint64> idList(const QString &sql, const QVariantList &binds) const;

    QSqlDatabase m_db;
    QString m_path;
    StoreLocation::Engine m_engine = StoreLocation::Engine::Sqlite;
};

/// A QString for binding to a NOT NULL text column: Qt binds a null QString as SQL NULL.
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

/// A row id for binding to a nullable reference column: 0 (no row) is NULL.
inline QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/// The values of \a u for the users columns scim_id, external_id, user_name, display_name, given_name,
/// family_name, email, emails, active, department, employee_number, manager_scim_id, created_at,
/// last_modified and version, in that order, ready to bind.
QVariantList userValues(const User &u);

/// Executes a prepared INSERT ... RETURNING id: the new row's id, or 0 if it failed (see lastError()). The
/// statement is reset afterwards: SQLite keeps a statement with an unread row running, and a running
/// statement blocks the commit.
qint64 execReturningId(QSqlQuery &query);

/// Database error as an Error value, with the statement context a developer needs.
Error sqlError(const QString &what, const class QSqlError &error);

/// Scoped transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    /// Deferred takes the write lock at the first write. Immediate takes it at once, waiting on the busy
    /// timeout, for a transaction that reads and then writes what it read (the audit chain head): in WAL
    /// mode a deferred one fails at once with "database is locked" when another connection wrote since.
    /// On PostgreSQL, Immediate transactions queue on one advisory lock, so they are serialised as well.
    enum class Lock { Deferred, Immediate };
    explicit Transaction(QSqlDatabase db, Lock lock = Lock::Deferred);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Scimflow
