#include "store.h"

#include "bulkstatement.h"
#include "schema.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace Scimflow {

namespace {

// Advisory lock keys (any bigint; these spell "scim" and the lock's purpose).
constexpr qint64 kSchemaLockKey = 0x7363696d0001;
constexpr qint64 kWriteLockKey = 0x7363696d0002;
// The two-key advisory locks of sync sources: this class and the hash of the source's name.
constexpr int kSyncSourceLockClass = 0x7363;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("scimflow-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

QStringList jsonStringList(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : array)
        out << v.toString();
    return out;
}

QMap<QString, QString> jsonStringMap(const QString &json)
{
    QMap<QString, QString> out;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace

qint64 execReturningId(QSqlQuery &query)
{
    if (!query.exec() || !query.next())
        return 0;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error::make(Error::Kind::Database, QStringLiteral("%1: %2").arg(what, error.text()));
}

Store::Store(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{}

Store::~Store()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

namespace {

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, TeamStoreSecrets> &sessionSecrets()
{
    static QHash<QString, TeamStoreSecrets> secrets;
    return secrets;
}

TeamStoreSecrets sessionSecrets(const QString &location)
{
    QMutexLocker lock(&secretsMutex());
    return sessionSecrets().value(location);
}

void setSessionSecret(const QString &location, QString TeamStoreSecrets::*secret, const QString &value)
{
    QMutexLocker lock(&secretsMutex());
    TeamStoreSecrets &secrets = sessionSecrets()[location];
    secrets.*secret = value;
    if (secrets.password.isEmpty() && secrets.keyPassphrase.isEmpty())
        sessionSecrets().remove(location);
}

} // namespace

void Store::setSessionPassword(const QString &location, const QString &password)
{
    setSessionSecret(location, &TeamStoreSecrets::password, password);
}

void Store::setSessionKeyPassphrase(const QString &location, const QString &passphrase)
{
    setSessionSecret(location, &TeamStoreSecrets::keyPassphrase, passphrase);
}

Result<std::unique_ptr<Store>> Store::open(const QString &location)
{
    auto parsed = StoreLocation::parse(location);
    if (!parsed)
        return parsed.error();
    return open(*parsed, parsed->isPostgres() ? sessionSecrets(location) : TeamStoreSecrets());
}

Result<std::unique_ptr<Store>> Store::open(const StoreLocation &location, const TeamStoreSecrets &secrets)
{
    return location.isPostgres() ? openPostgres(location, secrets) : openSqlite(location.text());
}

Result<std::unique_ptr<Store>> Store::openSqlite(const QString &path)
{
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(name);
            return Error::make(Error::Kind::Database,
                               QStringLiteral("The SQLite driver (QSQLITE) is not available; install "
                                              "libqt6sql6-sqlite."));
        }
    }
    std::unique_ptr<Store> store(new Store(QSqlDatabase::database(name, false), path));
    store->m_db.setDatabaseName(path);
    store->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!store->m_db.open())
        return Error::make(
            Error::Kind::Io,
            QStringLiteral("Cannot open the database %1: %2").arg(path, store->m_db.lastError().text()));

    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA synchronous = NORMAL"),
                           QStringLiteral("PRAGMA temp_store = MEMORY")};
    if (path != QLatin1String(":memory:"))
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
    for (const QString &pragma : pragmas) {
        QSqlQuery q(store->m_db);
        // Switching a new file to WAL needs its exclusive lock, and SQLite answers "locked" at once, without
        // the busy timeout, while another connection opening it holds a lock: wait as the timeout would.
        QElapsedTimer waited;
        waited.start();
        bool done = q.exec(pragma);
        while (!done &&
               (q.lastError().nativeErrorCode() == QLatin1String("5") ||
                q.lastError().nativeErrorCode() == QLatin1String("6")) &&
               waited.elapsed() < 5000) {
            QThread::msleep(20);
            done = q.exec(pragma);
        }
        if (!done)
            return Error::make(
                Error::Kind::Io,
                QStringLiteral("%1 is not a usable SQLite database: %2").arg(path, q.lastError().text()));
    }
    if (Status migrated = store->migrate(); !migrated)
        return migrated.error();
    return store;
}

namespace {

// Adds the connection \a name to the team store at \a location and opens it. On failure no copy of the
// connection is left, so the caller can remove it.
Result<QSqlDatabase> connectPostgres(const QString &name, const StoreLocation &location,
                                     const TeamStoreSecrets &secrets)
{
    if (location.hasClientKey()) {
        if (const QString problem = StoreLocation::passphraseProblem(secrets.keyPassphrase);
            !problem.isEmpty())
            return Error::make(Error::Kind::InvalidInput, problem);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return Error::make(Error::Kind::Database,
                           QStringLiteral("The PostgreSQL driver (QPSQL) is not available; install "
                                          "libqt6sql6-psql."));
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setDatabaseName(location.databaseName());
    db.setUserName(location.userName());
    if (!secrets.password.isEmpty())
        db.setPassword(secrets.password);
    db.setConnectOptions(location.connectOptions(secrets.keyPassphrase));
    if (!db.open()) {
        QString reason = db.lastError().text().trimmed();
        // libpq does not quote secrets back, but the message may be logged: make sure.
        for (const QString &secret : {secrets.password, secrets.keyPassphrase}) {
            if (!secret.isEmpty())
                reason.replace(secret, QLatin1String("***"));
        }
        const bool auth = reason.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
                          reason.contains(QLatin1String("private key"), Qt::CaseInsensitive);
        return Error::make(
            auth ? Error::Kind::Auth : Error::Kind::Io,
            QStringLiteral("Cannot connect to the team store %1: %2").arg(location.text(), reason));
    }
    return db;
}

} // namespace

Result<std::unique_ptr<Store>> Store::openPostgres(const StoreLocation &location,
                                                   const TeamStoreSecrets &secrets)
{
    const QString name = nextConnectionName();
    std::unique_ptr<Store> store;
    {
        auto db = connectPostgres(name, location, secrets);
        if (!db) {
            QSqlDatabase::removeDatabase(name);
            return db.error();
        }
        store.reset(new Store(*db, location.text())); // the only copy once this scope ends
    }
    store->m_engine = StoreLocation::Engine::Postgres;
    // Notices (e.g. "relation already exists, skipping") are not for the console's log. JIT compilation
    // costs more than it saves on the store's reads: the server compiles a drift rule's query over the
    // 200,000 jobs of a large store for 0.8 s, where the whole query runs in 0.7 s without it.
    QSqlQuery settings(store->m_db);
    if (!settings.exec(QStringLiteral("SET client_min_messages = warning")) ||
        !settings.exec(QStringLiteral("SET jit = off")))
        return sqlError(QStringLiteral("Cannot set up the team store session"), settings.lastError());
    if (Status migrated = store->migrate(); !migrated)
        return migrated.error();
    return store;
}

Status Store::checkIsScimflowTeamStore(const StoreLocation &location)
{
    // Opening runs the migrations; look first, through a connection that does not migrate.
    const QString name = nextConnectionName();
    Status out;
    {
        auto db = connectPostgres(name, location, sessionSecrets(location.text()));
        if (!db) {
            out = db.error();
        } else {
            QSqlQuery q(*db);
            if (!q.exec(
                    QStringLiteral("SELECT to_regclass('scimflow_schema') IS NOT NULL, "
                                   "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())")) ||
                !q.next()) {
                out = sqlError(QStringLiteral("Cannot read %1").arg(location.text()), q.lastError());
            } else if (!q.value(0).toBool() && q.value(1).toInt() > 0) {
                out =
                    Error::make(Error::Kind::InvalidInput,
                                QStringLiteral("The database of %1 holds tables, but not Scimflow's: a team "
                                               "store needs a database of its own.")
                                    .arg(location.text()));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

Status Store::checkIsScimflowDatabase(const QString &path)
{
    if (StoreLocation::isPostgresUrl(path)) {
        auto location = StoreLocation::parse(path);
        if (!location)
            return location.error();
        return checkIsScimflowTeamStore(*location);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return Error::make(Error::Kind::InvalidInput,
                           QStringLiteral("%1 is not an SQLite database.").arg(path));
    file.close();
    const QString name = nextConnectionName();
    Status out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            out = Error::make(
                Error::Kind::Io,
                QStringLiteral("Cannot open the database %1: %2").arg(path, db.lastError().text()));
        } else {
            QSqlQuery version(db);
            const bool versioned = version.exec(QStringLiteral("PRAGMA user_version")) && version.next() &&
                                   version.value(0).toInt() >= 1;
            QSqlQuery tables(db);
            const bool hasTables = tables.exec(QStringLiteral(
                                       "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                       "('meta', 'sync_runs', 'users')")) &&
                                   tables.next() && tables.value(0).toInt() == 3;
            if (!versioned && !hasTables && !version.lastError().text().isEmpty())
                out = Error::make(
                    Error::Kind::Io,
                    QStringLiteral("Cannot read the database %1: %2").arg(path, version.lastError().text()));
            else if (!versioned || !hasTables)
                out = Error::make(
                    Error::Kind::InvalidInput,
                    QStringLiteral("%1 is an SQLite database, but not one written by Scimflow.").arg(path));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

std::optional<qint64> Store::othersCommits() const
{
    QSqlQuery q(m_db);
    if (isPostgres() || !q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

int Store::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (m_engine == StoreLocation::Engine::Postgres) {
        if (!q.exec(QStringLiteral("SELECT to_regclass('scimflow_schema') IS NOT NULL")) || !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (!q.exec(QStringLiteral("SELECT version FROM scimflow_schema")))
            return -1;
        return q.next() ? q.value(0).toInt() : 0;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Store::migrate()
{
    // One transaction that holds the write lock before it reads the version, so two first opens of one store
    // cannot both migrate it: SQLite's BEGIN IMMEDIATE, PostgreSQL's transaction-scoped advisory lock.
    const bool postgres = m_engine == StoreLocation::Engine::Postgres;
    Transaction tx(m_db, postgres ? Transaction::Lock::Deferred : Transaction::Lock::Immediate);
    if (!tx.isActive())
        return Error::make(
            Error::Kind::Io,
            QStringLiteral("Cannot lock %1 to check its schema: %2").arg(m_path, m_db.lastError().text()));
    QSqlQuery q(m_db);
    if (postgres) {
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLockKey)) ||
            !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS scimflow_schema(version BIGINT NOT NULL)")))
            return sqlError(QStringLiteral("Cannot lock the team store's schema"), q.lastError());
    }
    const int current = schemaVersion();
    if (current < 0)
        return Error::make(Error::Kind::Io,
                           postgres
                               ? QStringLiteral("Cannot read the schema version of %1: %2")
                                     .arg(m_path, m_db.lastError().text())
                               : QStringLiteral("%1 is not a SQLite database or is damaged.").arg(m_path));
    if (current > Schema::latestVersion())
        return Error::make(Error::Kind::Database,
                           QStringLiteral("%1 was written by a newer Scimflow (schema %2; this version knows "
                                          "up to %3). Upgrade Scimflow or open another database.")
                               .arg(m_path)
                               .arg(current)
                               .arg(Schema::latestVersion()));
    if (current == Schema::latestVersion())
        return tx.commit();
    for (int version = current + 1; version <= Schema::latestVersion(); ++version) {
        for (const QString &statement : Schema::migration(version, m_engine)) {
            if (!q.exec(statement))
                return sqlError(QStringLiteral("Migration to schema %1 failed").arg(version), q.lastError());
        }
    }
    const int latest = Schema::latestVersion();
    const bool recorded =
        postgres ? q.exec(QStringLiteral("DELETE FROM scimflow_schema")) &&
                       q.exec(QStringLiteral("INSERT INTO scimflow_schema VALUES(%1)").arg(latest))
                 : q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest));
    if (!recorded)
        return sqlError(QStringLiteral("Migration to schema %1 failed").arg(latest), q.lastError());
    return tx.commit();
}

QList<qint64> Store::idList(const QString &sql, const QVariantList &binds) const
{
    // Straight from SQLite: QSqlQuery costs a QVariant per row, a third of the time for the tens of thousands
    // of ids a large group links to.
    QList<qint64> out;
    auto q = BulkStatement::prepare(m_db, sql.toUtf8().constData());
    if (!q)
        return out;
    for (int i = 0; i < binds.size(); ++i) {
        if (!q->bind(i + 1, binds[i]))
            return out;
    }
    while (q->next())
        out << q->int64(0);
    return out;
}

QList<qint64> Store::groupIdsOfUser(qint64 userId) const
{
    return idList(QStringLiteral("SELECT group_id FROM memberships WHERE user_id = ? ORDER BY group_id"),
                  {userId});
}

QList<qint64> Store::memberIdsOfGroup(qint64 groupId) const
{
    return idList(QStringLiteral("SELECT user_id FROM memberships WHERE group_id = ? ORDER BY user_id"),
                  {groupId});
}

QList<qint64> Store::serviceAccountIdsOwnedBy(const QList<qint64> &groupIds) const
{
    QList<qint64> out;
    for (qint64 g : groupIds)
        out += idList(QStringLiteral("SELECT id FROM service_accounts WHERE owner_group_id = ?"), {g});
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

JobPrincipals Store::principalsOfJob(qint64 jobId) const
{
    JobPrincipals p;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(launcher_user_id, 0), coalesce(run_as_user_id, 0), "
                             "coalesce(run_as_sa_id, 0) FROM jobs WHERE id = ?"));
    q.addBindValue(jobId);
    if (!q.exec() || !q.next())
        return p;
    p.launcherUserId = q.value(0).toLongLong();
    p.runAsUserId = q.value(1).toLongLong();
    p.serviceAccountId = q.value(2).toLongLong();
    QList<qint64> groups;
    for (qint64 user : {p.launcherUserId, p.runAsUserId}) {
        if (user)
            groups += groupIdsOfUser(user);
    }
    if (p.serviceAccountId) {
        groups += idList(QStringLiteral("SELECT owner_group_id FROM service_accounts "
                                        "WHERE id = ? AND owner_group_id IS NOT NULL"),
                         {p.serviceAccountId});
    }
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    p.groupIds = groups;
    return p;
}

qint64 Store::ownerGroupOfServiceAccount(qint64 serviceAccountId) const
{
    const QList<qint64> owner = idList(QStringLiteral("SELECT owner_group_id FROM service_accounts "
                                                      "WHERE id = ? AND owner_group_id IS NOT NULL"),
                                       {serviceAccountId});
    return owner.isEmpty() ? 0 : owner.first();
}

QLatin1String Store::userColumns()
{
    return QLatin1String(
        "id, scim_id, external_id, user_name, display_name, given_name, family_name, email, emails, "
        "active, department, employee_number, manager_scim_id, created_at, last_modified, version, "
        "deleted_at");
}

QVariantList userValues(const User &u)
{
    return {
        u.scimId,
        sqlText(u.externalId),
        sqlText(u.userName),
        sqlText(u.displayName),
        sqlText(u.givenName),
        sqlText(u.familyName),
        sqlText(u.email),
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(u.emails)).toJson(QJsonDocument::Compact)),
        int(u.active),
        sqlText(u.department),
        sqlText(u.employeeNumber),
        sqlText(u.managerScimId),
        u.createdAt,
        u.lastModified,
        sqlText(u.version)};
}

User Store::userFromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.scimId = q.value(1).toString();
    u.externalId = q.value(2).toString();
    u.userName = q.value(3).toString();
    u.displayName = q.value(4).toString();
    u.givenName = q.value(5).toString();
    u.familyName = q.value(6).toString();
    u.email = q.value(7).toString();
    u.emails = jsonStringList(q.value(8).toString());
    u.active = q.value(9).toBool();
    u.department = q.value(10).toString();
    u.employeeNumber = q.value(11).toString();
    u.managerScimId = q.value(12).toString();
    u.createdAt = q.value(13).toLongLong();
    u.lastModified = q.value(14).toLongLong();
    u.version = q.value(15).toString();
    u.deletedAt = q.value(16).toLongLong();
    return u;
}

QList<User> Store::users() const
{
    QList<User> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY id").arg(userColumns()));
    while (q.next())
        out << userFromRow(q);
    return out;
}

QLatin1String Store::groupColumns()
{
    return QLatin1String(
        "id, scim_id, external_id, display_name, created_at, last_modified, version, deleted_at");
}

Group Store::groupFromRow(const QSqlQuery &q)
{
    Group g;
    g.id = q.value(0).toLongLong();
    g.scimId = q.value(1).toString();
    g.externalId = q.value(2).toString();
    g.displayName = q.value(3).toString();
    g.createdAt = q.value(4).toLongLong();
    g.lastModified = q.value(5).toLongLong();
    g.version = q.value(6).toString();
    g.deletedAt = q.value(7).toLongLong();
    return g;
}

QList<Group> Store::groups() const
{
    QList<Group> out;
    QHash<qint64, int> index;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM groups ORDER BY id").arg(groupColumns()));
    while (q.next()) {
        Group g = groupFromRow(q);
        index.insert(g.id, int(out.size()));
        out << g;
    }
    q.exec(QStringLiteral("SELECT m.group_id, u.scim_id FROM memberships m JOIN users u ON u.id = m.user_id "
                          "ORDER BY m.group_id, u.id"));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.constEnd())
            out[*it].memberScimIds << q.value(1).toString();
    }
    return out;
}

QList<ServiceAccount> Store::serviceAccounts() const
{
    QList<ServiceAccount> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT s.id, s.email, s.display_name, coalesce(g.scim_id, ''), s.expected_role, "
                          "s.active, s.created_at FROM service_accounts s "
                          "LEFT JOIN groups g ON g.id = s.owner_group_id ORDER BY s.id"));
    while (q.next()) {
        ServiceAccount s;
        s.id = q.value(0).toLongLong();
        s.email = q.value(1).toString();
        s.displayName = q.value(2).toString();
        s.ownerGroupScimId = q.value(3).toString();
        s.expectedRole = q.value(4).toString();
        s.active = q.value(5).toBool();
        s.createdAt = q.value(6).toLongLong();
        out << s;
    }
    return out;
}

QList<Job> Store::jobs() const
{
    QList<Job> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT id, source, external_id, name, state, raw_state, project, location, create_time, "
        "start_time, end_time, state_time, launcher, run_as, role, labels, "
        "coalesce(launcher_user_id, 0), coalesce(run_as_user_id, 0), coalesce(run_as_sa_id, 0) "
        "FROM jobs ORDER BY id"));
    while (q.next()) {
        Job j;
        j.id = q.value(0).toLongLong();
        j.source = q.value(1).toString();
        j.externalId = q.value(2).toString();
        j.name = q.value(3).toString();
        j.state = jobStateFromName(q.value(4).toString());
        j.rawState = q.value(5).toString();
        j.project = q.value(6).toString();
        j.location = q.value(7).toString();
        j.createTime = q.value(8).toLongLong();
        j.startTime = q.value(9).toLongLong();
        j.endTime = q.value(10).toLongLong();
        j.stateTime = q.value(11).toLongLong();
        j.launcher = q.value(12).toString();
        j.runAs = q.value(13).toString();
        j.role = q.value(14).toString();
        j.labels = jsonStringMap(q.value(15).toString());
        j.launcherUserId = q.value(16).toLongLong();
        j.runAsUserId = q.value(17).toLongLong();
        j.runAsServiceAccountId = q.value(18).toLongLong();
        out << j;
    }
    return out;
}

QList<IdentityEvent> Store::identityEvents(Timestamp from, Timestamp to) const
{
    QList<IdentityEvent> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT e.id, e.at, e.kind, coalesce(u.scim_id, ''), coalesce(g.scim_id, ''), "
                       "e.subject, e.actor, e.source, e.details, coalesce(e.sync_run, 0), e.external_id "
                       "FROM identity_events e LEFT JOIN users u ON u.id = e.user_id "
                       "LEFT JOIN groups g ON g.id = e.group_id "
                       "WHERE e.at >= ? AND (? = 0 OR e.at < ?) ORDER BY e.at, e.id"));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(to);
    if (!q.exec())
        return out;
    while (q.next()) {
        IdentityEvent e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toLongLong();
        identityEventKindFromName(q.value(2).toString(), &e.kind);
        e.userScimId = q.value(3).toString();
        e.groupScimId = q.value(4).toString();
        e.subject = q.value(5).toString();
        e.actor = q.value(6).toString();
        e.source = q.value(7).toString();
        e.details = q.value(8).toString();
        e.syncRun = q.value(9).toLongLong();
        e.externalId = q.value(10).toString();
        out << e;
    }
    return out;
}

QStringList Store::rolesOfGroup(qint64 groupId) const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT role FROM group_roles WHERE group_id = ? ORDER BY role"));
    q.addBindValue(groupId);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

qint64 Store::count(const QString &table) const
{
    QSqlQuery q(m_db);
    // Table names cannot be bound; accept identifiers only.
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    if (!identifier.match(table).hasMatch())
        return -1;
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString Store::metaValue(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status Store::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot write setting %1").arg(key), q.lastError());
    return {};
}

Status Store::lockSyncSource(const QString &source)
{
    if (m_engine != StoreLocation::Engine::Postgres)
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1, hashtext(?))").arg(kSyncSourceLockClass));
    q.addBindValue(source);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("Cannot lock the %1 snapshot").arg(source), q.lastError());
    if (q.value(0).toBool())
        return {};
    // pg_locks keeps the hash's 32 bits in objid, an unsigned oid.
    QSqlQuery holder(m_db);
    holder.prepare(
        QStringLiteral(
            "SELECT a.usename, coalesce(host(a.client_addr), 'this server'), "
            "to_char(a.xact_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND "
            "l.classid = %1 AND l.objid::bigint = (hashtext(?)::bigint & 4294967295) AND l.objsubid = 2")
            .arg(kSyncSourceLockClass));
    holder.addBindValue(source);
    QString who = QStringLiteral("another console");
    if (holder.exec() && holder.next())
        who = QStringLiteral("%1 (from %2, since %3 UTC)")
                  .arg(holder.value(0).toString(), holder.value(1).toString(), holder.value(2).toString());
    return Error::make(
        Error::Kind::Conflict,
        QStringLiteral("The %1 snapshot is being written into this team store by %2. Nothing was "
                       "written; sync again when it has finished.")
            .arg(source, who));
}

Result<qint64> Store::beginSyncRun(const QString &source, const QString &mode)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO sync_runs(source, mode, started_at, status) VALUES(?, ?, ?, 'running') "
                       "RETURNING id"));
    q.addBindValue(source);
    q.addBindValue(mode);
    q.addBindValue(currentTimestamp());
    const qint64 id = execReturningId(q);
    if (!id)
        return sqlError(QStringLiteral("Cannot record the sync run"), q.lastError());
    return id;
}

Status Store::finishSyncRun(qint64 runId, const QString &status, const QString &message, const QString &stats)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE sync_runs SET finished_at = ?, status = ?, message = ?, stats = ? WHERE id = ?"));
    q.addBindValue(currentTimestamp());
    q.addBindValue(status);
    q.addBindValue(sqlText(message));
    q.addBindValue(stats.isEmpty() ? QStringLiteral("{}") : stats);
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot finish the sync run"), q.lastError());
    return {};
}

Status Store::setSyncRunResult(qint64 runId, const QString &mode, const QByteArray &nextState)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE sync_runs SET mode = coalesce(nullif(?, ''), mode), next_state = ? WHERE id = ?"));
    q.addBindValue(mode);
    q.addBindValue(nextState.isNull() ? QByteArray("") : nextState);
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot record the sync run's state"), q.lastError());
    return {};
}

namespace {
SyncRun syncRunFromQuery(const QSqlQuery &q)
{
    SyncRun r;
    r.id = q.value(0).toLongLong();
    r.source = q.value(1).toString();
    r.mode = q.value(2).toString();
    r.startedAt = q.value(3).toLongLong();
    r.finishedAt = q.value(4).toLongLong();
    r.status = q.value(5).toString();
    r.message = q.value(6).toString();
    r.stats = q.value(7).toString();
    r.nextState = q.value(8).toByteArray();
    return r;
}
const char kSyncRunColumns[] =
    "id, source, mode, started_at, coalesce(finished_at, 0), status, message, stats, next_state";
} // namespace

QList<SyncRun> Store::syncRuns() const
{
    QList<SyncRun> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT %1 FROM sync_runs ORDER BY id").arg(QLatin1String(kSyncRunColumns)));
    while (q.next())
        out << syncRunFromQuery(q);
    return out;
}

SyncRun Store::lastSuccessfulRun(const QString &source) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM sync_runs WHERE source = ? AND status = 'ok' "
                             "ORDER BY finished_at DESC, id DESC LIMIT 1")
                  .arg(QLatin1String(kSyncRunColumns)));
    q.addBindValue(source);
    if (q.exec() && q.next())
        return syncRunFromQuery(q);
    return {};
}

QList<SyncRun> Store::lastSuccessfulRuns() const
{
    QSqlQuery q(m_db);
    QList<SyncRun> out;
    if (!q.exec(QStringLiteral("SELECT DISTINCT source FROM sync_runs ORDER BY source")))
        return out;
    QStringList sources;
    while (q.next())
        sources << q.value(0).toString();
    for (const QString &source : std::as_const(sources)) {
        SyncRun run = lastSuccessfulRun(source);
        run.source = source;
        out << run;
    }
    return out;
}

Transaction::Transaction(QSqlDatabase db, Lock lock)
    : m_db(std::move(db))
{
    if (lock == Lock::Immediate && m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        return;
    }
    m_active = m_db.transaction();
    if (m_active && lock == Lock::Immediate) {
        // PostgreSQL: the transactions SQLite would serialise on its write lock (read, then write what was
        // read: the audit chain head, known findings, review decisions) queue on one advisory lock, released
        // at commit or rollback.
        QSqlQuery wait(m_db);
        if (!wait.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLockKey))) {
            m_db.rollback();
            m_active = false;
        }
    }
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::make(Error::Kind::Database,
                           QStringLiteral("No transaction is open: %1").arg(m_db.lastError().text()));
    m_active = false;
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        m_db.rollback();
        return Error::make(Error::Kind::Database, QStringLiteral("Commit failed: %1").arg(text));
    }
    return {};
}

} // namespace Scimflow
