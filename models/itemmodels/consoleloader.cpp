#include "consoleloader.h"

#include "backgroundpool.h"
#include "bulkstatement.h"
#include "credentialmodel.h"
#include "displayformat.h"
#include "job.h"
#include "sqldialect.h"
#include "store.h"
#include "targetrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow", text);
}

Error cancelledError()
{
    return Error::make(Error::Kind::Cancelled, tr("Loading was cancelled."));
}

constexpr int kParts = 4; // identities, roles, jobs, credentials

bool cancelled(const std::atomic_bool *cancel, qsizetype row)
{
    return cancel && (row & 4095) == 0 && cancel->load(std::memory_order_relaxed);
}

void addTimestamp(SearchIndex &index, Timestamp ts)
{
    char buffer[24];
    index.addField(QByteArrayView(buffer, DisplayFormat::timestampUtf8(ts, buffer)));
}

/// Prepares a loader's own connection for one big sequential read and sizes \a table for about the rows of
/// \a sqlTable (ids are dense rowids, so max(id) is a cheap upper bound): growing 200k rows and tens of
/// megabytes of text by doubling would copy them several times.
template <typename Table>
void prepareBulkRead(Store &store, Table &table, const char *sqlTable, int textBytesPerRow,
                     int searchBytesPerRow)
{
    // No memory-mapped reads here: each table is read once, and every mapped page would count towards the
    // console's resident memory until the loader's connection closes.
    QSqlQuery q(store.database());
    qint64 rows = 0;
    if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(sqlTable))) &&
        q.next())
        rows = q.value(0).toLongLong();
    rows = std::min<qint64>(rows, 50'000'000);
    table.rows.reserve(size_t(rows));
    table.text.reserve(rows * textBytesPerRow);
    table.search.reserve(rows, rows * searchBytesPerRow);
}

QSet<QString> privilegedGroupNames(Store &store)
{
    QSet<QString> names;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT content FROM rbac_mappings ORDER BY version DESC LIMIT 1")) ||
        !q.next())
        return names;
    const QJsonObject mapping = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const QJsonArray privileged = mapping.value(QStringLiteral("privilegedGroups")).toArray();
    for (const auto &v : privileged)
        names.insert(v.toString());
    return names;
}

/// Adds a person or a service account and its search entry. Columns: name, display name, kind, status,
/// department (persons) or owner group (service accounts), created.
void addIdentity(IdentityTable &table, IdentityRow row, QByteArrayView name, QByteArrayView display,
                 QByteArrayView departmentOrOwner, const QByteArray &kindFolded,
                 const QByteArray &statusFolded)
{
    row.name = table.text.add(name);
    row.displayName = table.text.add(display);
    (row.kind == EntityKind::User ? row.department : row.ownerGroup) = table.text.intern(departmentOrOwner);
    table.search.beginRow();
    table.search.addField(name);
    table.search.addField(display);
    table.search.addField(kindFolded);
    table.search.addField(statusFolded);
    table.search.addField(departmentOrOwner);
    addTimestamp(table.search, row.createdAt);
    table.rows.push_back(row);
}

/// Gives back the spare capacity of a fully loaded table and seals its search index.
template <typename Row> void finish(CompactTable<Row> &table)
{
    table.rows.shrink_to_fit();
    table.text.squeeze();
    table.search.finish();
}

} // namespace

namespace ConsoleLoader {

Result<IdentityTable> loadIdentities(Store &store, const std::atomic_bool *cancel)
{
    IdentityTable table;
    prepareBulkRead(store, table, "users", 40, 90);
    auto users = BulkStatement::prepare(store.database(),
                                        "SELECT id, user_name, display_name, active, deleted_at, department, "
                                        "created_at FROM users ORDER BY id");
    if (!users)
        return users.error();
    const QString person = DisplayFormat::identityKind(EntityKind::User);
    const QString service = DisplayFormat::identityKind(EntityKind::ServiceAccount);
    QByteArray statusFolded[3];
    for (auto s : {IdentityRow::Status::Active, IdentityRow::Status::Inactive, IdentityRow::Status::Deleted})
        statusFolded[int(s)] = DisplayFormat::identityStatus(s).toCaseFolded().toUtf8();
    const QByteArray personFolded = person.toCaseFolded().toUtf8();
    const QByteArray serviceFolded = service.toCaseFolded().toUtf8();

    while (users->next()) {
        if (cancelled(cancel, qsizetype(table.rows.size())))
            return cancelledError();
        IdentityRow row;
        row.id = users->int64(0);
        row.kind = EntityKind::User;
        const QByteArrayView name = users->text(1);
        const QByteArrayView display = users->text(2);
        const QByteArrayView department = users->text(5);
        row.status = users->int64(4) != 0 ? IdentityRow::Status::Deleted
                     : users->int64(3)    ? IdentityRow::Status::Active
                                          : IdentityRow::Status::Inactive;
        row.createdAt = users->int64(6);
        addIdentity(table, row, name, display, department, personFolded, statusFolded[int(row.status)]);
    }
    if (Status s = users->status(); !s)
        return s.error();

    auto accounts = BulkStatement::prepare(
        store.database(), "SELECT s.id, s.email, s.display_name, s.active, "
                          "coalesce(g.display_name, ''), s.created_at FROM service_accounts s "
                          "LEFT JOIN groups g ON g.id = s.owner_group_id ORDER BY s.id");
    if (!accounts)
        return accounts.error();
    while (accounts->next()) {
        IdentityRow row;
        row.id = accounts->int64(0);
        row.kind = EntityKind::ServiceAccount;
        row.status = accounts->int64(3) ? IdentityRow::Status::Active : IdentityRow::Status::Inactive;
        const QByteArrayView name = accounts->text(1);
        const QByteArrayView display = accounts->text(2);
        const QByteArrayView owner = accounts->text(4);
        row.createdAt = accounts->int64(5);
        addIdentity(table, row, name, display, owner, serviceFolded, statusFolded[int(row.status)]);
    }
    if (Status s = accounts->status(); !s)
        return s.error();
    finish(table);
    return table;
}

Result<RoleTable> loadRoles(Store &store, const std::atomic_bool *cancel)
{
    RoleTable table;
    prepareBulkRead(store, table, "groups", 32, 64);
    const QSet<QString> privileged = privilegedGroupNames(store);
    const QByteArray sql =
        QStringLiteral("SELECT g.id, g.display_name, "
                       "(SELECT count(*) FROM memberships m WHERE m.group_id = g.id), "
                       "(SELECT count(*) FROM service_accounts s WHERE s.owner_group_id = g.id), "
                       "coalesce((SELECT %1 FROM "
                       "  (SELECT role FROM group_roles r WHERE r.group_id = g.id ORDER BY role) AS r), '') "
                       "FROM groups g WHERE g.deleted_at = 0 ORDER BY g.id")
            .arg(Sql::groupConcat(store.database(), QStringLiteral("role"), QStringLiteral(", ")))
            .toUtf8();
    auto q = BulkStatement::prepare(store.database(), sql.constData());
    if (!q)
        return q.error();
    const QString yes = DisplayFormat::yesNo(true);
    while (q->next()) {
        if (cancelled(cancel, qsizetype(table.rows.size())))
            return cancelledError();
        RoleRow row;
        row.id = q->int64(0);
        const QByteArrayView name = q->text(1);
        const QByteArrayView roles = q->text(4);
        row.name = table.text.add(name);
        row.memberCount = int(q->int64(2));
        row.serviceAccountCount = int(q->int64(3));
        row.pipelineRoles = table.text.intern(roles);
        row.privileged = !privileged.isEmpty() && privileged.contains(QString::fromUtf8(name));
        // Columns: name, members, service accounts, pipeline roles, privileged
        table.search.beginRow();
        table.search.addField(name);
        table.search.addField(QByteArray::number(row.memberCount));
        table.search.addField(QByteArray::number(row.serviceAccountCount));
        table.search.addField(roles);
        table.search.addText(row.privileged ? yes : QString());
        table.rows.push_back(row);
    }
    if (Status s = q->status(); !s)
        return s.error();
    finish(table);
    return table;
}

Result<JobTable> loadJobs(Store &store, const std::atomic_bool *cancel)
{
    JobTable table;
    prepareBulkRead(store, table, "jobs", 90, 185);
    auto q = BulkStatement::prepare(store.database(),
                                    "SELECT id, source, name, state, create_time, start_time, end_time, "
                                    "launcher, run_as, role FROM jobs ORDER BY id");
    if (!q)
        return q.error();
    QByteArray stateFolded[6];
    for (int s = 0; s < 6; ++s)
        stateFolded[s] = DisplayFormat::jobState(quint8(s)).toCaseFolded().toUtf8();
    QHash<QByteArray, quint8> states;
    while (q->next()) {
        if (cancelled(cancel, qsizetype(table.rows.size())))
            return cancelledError();
        JobRow row;
        row.id = q->int64(0);
        const QByteArrayView source = q->text(1);
        const QByteArrayView name = q->text(2);
        const QByteArrayView stateName = q->text(3);
        auto state = states.constFind(QByteArray::fromRawData(stateName.data(), stateName.size()));
        if (state == states.constEnd())
            state = states.insert(stateName.toByteArray(),
                                  quint8(jobStateFromName(QString::fromUtf8(stateName))));
        row.state = *state;
        row.createTime = q->int64(4);
        row.startTime = q->int64(5);
        row.endTime = q->int64(6);
        const QByteArrayView launcher = q->text(7);
        const QByteArrayView runAs = q->text(8);
        const QByteArrayView role = q->text(9);
        row.source = table.text.intern(source);
        row.name = table.text.add(name);
        row.launcher = table.text.add(launcher);
        row.runAs = table.text.add(runAs);
        row.role = table.text.intern(role);
        // Columns: name, source, state, launcher, run as, role, created, started, ended
        table.search.beginRow();
        table.search.addField(name);
        table.search.addField(source);
        table.search.addField(stateFolded[row.state < 6 ? row.state : 0]);
        table.search.addField(launcher);
        table.search.addField(runAs);
        table.search.addField(role);
        addTimestamp(table.search, row.createTime);
        addTimestamp(table.search, row.startTime);
        addTimestamp(table.search, row.endTime);
        table.rows.push_back(row);
    }
    if (Status s = q->status(); !s)
        return s.error();
    finish(table);
    return table;
}

Result<CredentialTable> loadCredentials(Store &store, Timestamp now, const std::atomic_bool *cancel)
{
    CredentialTable table;
    prepareBulkRead(store, table, "credentials", 80, 140);
    // A service account's owner is the group the RBAC mapping names for it; a key's its account, a token's
    // its GitHub login.
    auto q = BulkStatement::prepare(
        store.database(),
        "SELECT c.id, c.kind, c.key_type, c.source, c.external_id, c.name, c.owner, c.created_at, "
        "c.expires_at, c.disabled, c.expired, c.last_used_at, coalesce(g.display_name, '') "
        "FROM credentials c LEFT JOIN service_accounts s ON c.kind = 'gcp-service-account' "
        "AND s.email = c.external_id LEFT JOIN groups g ON g.id = s.owner_group_id ORDER BY c.id");
    if (!q)
        return q.error();
    QByteArray kindFolded[4];
    for (int k = 0; k < 4; ++k)
        kindFolded[k] = DisplayFormat::credentialKind(CredentialRow::Kind(k)).toCaseFolded().toUtf8();
    const QByteArray never = CredentialModel::tr("never").toCaseFolded().toUtf8();
    while (q->next()) {
        if (cancelled(cancel, qsizetype(table.rows.size())))
            return cancelledError();
        CredentialRow row;
        row.id = q->int64(0);
        const QByteArrayView kind = q->text(1);
        const QByteArrayView externalId = q->text(4);
        QByteArrayView name = q->text(5);
        QByteArrayView owner = q->text(6);
        if (kind == "gcp-key")
            row.kind = q->text(2) == "USER_MANAGED" ? CredentialRow::Kind::UserManagedKey
                                                    : CredentialRow::Kind::SystemManagedKey;
        else if (kind == "github-token")
            row.kind = CredentialRow::Kind::Token;
        else {
            row.kind = CredentialRow::Kind::ServiceAccount;
            name = externalId; // the email says which account it is; its display name is in the details
            owner = q->text(12);
        }
        QByteArray tokenName;
        if (row.kind == CredentialRow::Kind::Token) {
            tokenName = name.toByteArray() + " (" + externalId.toByteArray() + ')';
            name = tokenName;
        }
        const Timestamp created = q->int64(7);
        row.expiresAt = q->int64(8);
        row.disabled = q->int64(9) != 0;
        row.expired = q->int64(10) != 0 || (row.expiresAt > 0 && row.expiresAt <= now);
        row.lastUsedAt = q->int64(11);
        if (created > 0 && row.kind != CredentialRow::Kind::ServiceAccount)
            row.ageDays = qint32(std::max<qint64>(0, (now - created) / (24 * 3600 * 1000LL)));
        row.name = table.text.add(name);
        row.owner = table.text.intern(owner);
        row.source = table.text.intern(q->text(3));
        // Columns: kind, name, owner, source, age, expires, last used, status
        table.search.beginRow();
        table.search.addField(kindFolded[int(row.kind)]);
        table.search.addField(name);
        table.search.addField(owner);
        table.search.addField(q->text(3));
        table.search.addField(row.ageDays >= 0 ? QByteArray::number(row.ageDays) : QByteArray());
        if (row.kind != CredentialRow::Kind::ServiceAccount && row.expiresAt == 0)
            table.search.addField(never);
        else
            addTimestamp(table.search, row.expiresAt);
        if (row.isGcp())
            table.search.addText(DisplayFormat::day(row.lastUsedAt));
        else
            addTimestamp(table.search, row.lastUsedAt);
        table.search.addText(DisplayFormat::credentialStatus(row));
        table.rows.push_back(row);
    }
    if (Status s = q->status(); !s)
        return s.error();
    finish(table);
    return table;
}

Result<ConsoleData> loadAll(const QString &databasePath)
{
    auto store = Store::open(databasePath);
    if (!store)
        return store.error();
    ConsoleData data;
    auto identities = loadIdentities(**store);
    if (!identities)
        return identities.error();
    auto roles = loadRoles(**store);
    if (!roles)
        return roles.error();
    auto jobs = loadJobs(**store);
    if (!jobs)
        return jobs.error();
    auto credentials = loadCredentials(**store, currentTimestamp());
    if (!credentials)
        return credentials.error();
    data.credentials = std::move(*credentials);
    data.identities = std::move(*identities);
    data.roles = std::move(*roles);
    data.jobs = std::move(*jobs);
    data.lastSyncRuns = (*store)->lastSuccessfulRuns();
    data.lastSyncRuns += TargetRepository((*store)->database()).lastSuccessfulRuns();
    return data;
}

} // namespace ConsoleLoader

ConsoleLoadJob::ConsoleLoadJob(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<Scimflow::Error>();
}

ConsoleLoadJob::~ConsoleLoadJob()
{
    cancel();
    for (auto *watcher : std::as_const(m_watchers))
        watcher->waitForFinished();
}

void ConsoleLoadJob::start()
{
    m_data = std::make_shared<ConsoleData>();
    m_pending = kParts;
    m_failed = false;
    emit progress(0, kParts);

    // Each part opens its own Store on its worker thread and writes into its own member of m_data.
    using Part = std::function<Status(Store &, ConsoleData &, const std::atomic_bool *)>;
    const Part parts[] = {
        [](Store &s, ConsoleData &d, const std::atomic_bool *c) -> Status {
            auto r = ConsoleLoader::loadJobs(s, c);
            if (!r)
                return r.error();
            d.jobs = std::move(*r);
            return {};
        },
        [](Store &s, ConsoleData &d, const std::atomic_bool *c) -> Status {
            auto r = ConsoleLoader::loadIdentities(s, c);
            if (!r)
                return r.error();
            d.identities = std::move(*r);
            return {};
        },
        [](Store &s, ConsoleData &d, const std::atomic_bool *c) -> Status {
            auto r = ConsoleLoader::loadRoles(s, c);
            if (!r)
                return r.error();
            d.roles = std::move(*r);
            d.lastSyncRuns = s.lastSuccessfulRuns(); // small: rides along with the smallest table
            d.lastSyncRuns += TargetRepository(s.database()).lastSuccessfulRuns();
            return {};
        },
        [now = currentTimestamp()](Store &s, ConsoleData &d, const std::atomic_bool *c) -> Status {
            auto r = ConsoleLoader::loadCredentials(s, now, c);
            if (!r)
                return r.error();
            d.credentials = std::move(*r);
            return {};
        },
    };
    static_assert(std::size(parts) == kParts);
    for (const Part &part : parts) {
        auto *watcher = new QFutureWatcher<Status>(this);
        m_watchers << watcher;
        connect(watcher, &QFutureWatcher<Status>::finished, this,
                [this, watcher] { partDone(watcher->result()); });
        watcher->setFuture(QtConcurrent::run(
            backgroundPool(), [path = m_path, data = m_data, cancel = m_cancel, part]() -> Status {
                auto store = Store::open(path);
                if (!store)
                    return store.error();
                return part(**store, *data, cancel.get());
            }));
    }
}

void ConsoleLoadJob::cancel()
{
    m_cancel->store(true);
}

void ConsoleLoadJob::partDone(const Status &status)
{
    --m_pending;
    if (m_failed)
        return;
    if (!status) {
        m_failed = true;
        m_cancel->store(true);
        emit failed(status.error());
        return;
    }
    emit progress(kParts - m_pending, kParts);
    if (m_pending == 0)
        emit finished();
}

} // namespace Scimflow
