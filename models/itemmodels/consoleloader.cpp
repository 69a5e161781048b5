#include "consoleloader.h"

#include "backgroundpool.h"
#include "consolequeries.h"
#include "credentialmodel.h"
#include "displayformat.h"
#include "job.h"
#include "rbacmappingtables.h"
#include "store.h"
#include "targetrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

/// Sizes \a table for about the rows of \a sqlTable (its largest id): growing 200k rows and tens of
/// megabytes of text by doubling would copy them several times.
template <typename Table>
void prepareBulkRead(const ConsoleQueries &queries, Table &table, const char *sqlTable, int textBytesPerRow,
                     int searchBytesPerRow)
{
    // No memory-mapped reads here: each table is read once, and every mapped page would count towards the
    // console's resident memory until the loader's connection closes.
    const qint64 rows = std::min<qint64>(queries.largestId(sqlTable), 50'000'000);
    table.rows.reserve(size_t(rows));
    table.text.reserve(rows * textBytesPerRow);
    table.search.reserve(rows, rows * searchBytesPerRow);
}

QSet<QString> privilegedGroupNames(const Store &store)
{
    QSet<QString> names;
    const Result<RbacMappingVersionRow> current = RbacMappingTables::current(store);
    if (!current)
        return names;
    const QJsonObject mapping = QJsonDocument::fromJson(current->content.toUtf8()).object();
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
    const ConsoleQueries queries(store);
    IdentityTable table;
    prepareBulkRead(queries, table, "users", 40, 90);
    const QString person = DisplayFormat::identityKind(EntityKind::User);
    const QString service = DisplayFormat::identityKind(EntityKind::ServiceAccount);
    QByteArray statusFolded[3];
    for (auto s : {IdentityRow::Status::Active, IdentityRow::Status::Inactive, IdentityRow::Status::Deleted})
        statusFolded[int(s)] = DisplayFormat::identityStatus(s).toCaseFolded().toUtf8();
    const QByteArray personFolded = person.toCaseFolded().toUtf8();
    const QByteArray serviceFolded = service.toCaseFolded().toUtf8();

    Status read = queries.users([&](const ConsoleQueries::UserRecord &user) -> Status {
        if (cancelled(cancel, qsizetype(table.rows.size())))
            return cancelledError();
        IdentityRow row;
        row.id = user.id;
        row.kind = EntityKind::User;
        row.status = user.deletedAt != 0 ? IdentityRow::Status::Deleted
                     : user.active       ? IdentityRow::Status::Active
                                         : IdentityRow::Status::Inactive;
        row.createdAt = user.createdAt;
        addIdentity(table, row, user.userName, user.displayName, user.department, personFolded,
                    statusFolded[int(row.status)]);
        return {};
    });
    if (!read)
        return read.error();

    read = queries.serviceAccounts([&](const ConsoleQueries::ServiceAccountRecord &account) -> Status {
        IdentityRow row;
        row.id = account.id;
        row.kind = EntityKind::ServiceAccount;
        row.status = account.active ? IdentityRow::Status::Active : IdentityRow::Status::Inactive;
        row.createdAt = account.createdAt;
        addIdentity(table, row, account.email, account.displayName, account.ownerGroup, serviceFolded,
                    statusFolded[int(row.status)]);
        return {};
    });
    if (!read)
        return read.error();
    finish(table);
    return table;
}

Result<RoleTable> loadRoles(Store &store, const std::atomic_bool *cancel)
{
    const ConsoleQueries queries(store);
    RoleTable table;
    prepareBulkRead(queries, table, "groups", 32, 64);
    const QSet<QString> privileged = privilegedGroupNames(store);
    const QString yes = DisplayFormat::yesNo(true);
    const Status read = queries.groups([&](const ConsoleQueries::GroupRecord &group) -> Status {
        if (cancelled(cancel, qsizetype(table.rows.size())))
            return cancelledError();
        RoleRow row;
        row.id = group.id;
        row.name = table.text.add(group.name);
        row.memberCount = int(group.memberCount);
        row.serviceAccountCount = int(group.serviceAccountCount);
        row.pipelineRoles = table.text.intern(group.pipelineRoles);
        row.privileged = !privileged.isEmpty() && privileged.contains(QString::fromUtf8(group.name));
        // Columns: name, members, service accounts, pipeline roles, privileged
        table.search.beginRow();
        table.search.addField(group.name);
        table.search.addField(QByteArray::number(row.memberCount));
        table.search.addField(QByteArray::number(row.serviceAccountCount));
        table.search.addField(group.pipelineRoles);
        table.search.addText(row.privileged ? yes : QString());
        table.rows.push_back(row);
        return {};
    });
    if (!read)
        return read.error();
    finish(table);
    return table;
}

Result<JobTable> loadJobs(Store &store, JobLinkIndex *links, const std::atomic_bool *cancel)
{
    const ConsoleQueries queries(store);
    JobTable table;
    prepareBulkRead(queries, table, "jobs", 90, 185);
    QByteArray stateFolded[6];
    for (int s = 0; s < 6; ++s)
        stateFolded[s] = DisplayFormat::jobState(quint8(s)).toCaseFolded().toUtf8();
    QHash<QByteArray, quint8> states;
    const Status read = queries.jobs([&](const ConsoleQueries::JobRecord &job) -> Status {
        if (cancelled(cancel, qsizetype(table.rows.size())))
            return cancelledError();
        JobRow row;
        row.id = job.id;
        auto state = states.constFind(QByteArray::fromRawData(job.state.data(), job.state.size()));
        if (state == states.constEnd())
            state = states.insert(job.state.toByteArray(),
                                  quint8(jobStateFromName(QString::fromUtf8(job.state))));
        row.state = *state;
        row.createTime = job.createTime;
        row.startTime = job.startTime;
        row.endTime = job.endTime;
        row.source = table.text.intern(job.source);
        row.name = table.text.add(job.name);
        row.launcher = table.text.add(job.launcher);
        row.runAs = table.text.add(job.runAs);
        row.role = table.text.intern(job.role);
        // Columns: name, source, state, launcher, run as, role, created, started, ended
        table.search.beginRow();
        table.search.addField(job.name);
        table.search.addField(job.source);
        table.search.addField(stateFolded[row.state < 6 ? row.state : 0]);
        table.search.addField(job.launcher);
        table.search.addField(job.runAs);
        table.search.addField(job.role);
        addTimestamp(table.search, row.createTime);
        addTimestamp(table.search, row.startTime);
        addTimestamp(table.search, row.endTime);
        table.rows.push_back(row);
        if (links)
            links->add(job.id, job.launcherUserId, job.runAsUserId, job.serviceAccountId);
        return {};
    });
    if (!read)
        return read.error();
    finish(table);
    if (links)
        links->finish();
    return table;
}

Result<CredentialTable> loadCredentials(Store &store, Timestamp now, const std::atomic_bool *cancel)
{
    const ConsoleQueries queries(store);
    CredentialTable table;
    prepareBulkRead(queries, table, "credentials", 80, 140);
    QByteArray kindFolded[4];
    for (int k = 0; k < 4; ++k)
        kindFolded[k] = DisplayFormat::credentialKind(CredentialRow::Kind(k)).toCaseFolded().toUtf8();
    const QByteArray never = CredentialModel::tr("never").toCaseFolded().toUtf8();
    const Status read = queries.credentials([&](const ConsoleQueries::CredentialRecord &c) -> Status {
        if (cancelled(cancel, qsizetype(table.rows.size())))
            return cancelledError();
        CredentialRow row;
        row.id = c.id;
        QByteArrayView name = c.name;
        QByteArrayView owner = c.owner;
        if (c.kind == "gcp-key")
            row.kind = c.keyType == "USER_MANAGED" ? CredentialRow::Kind::UserManagedKey
                                                   : CredentialRow::Kind::SystemManagedKey;
        else if (c.kind == "github-token")
            row.kind = CredentialRow::Kind::Token;
        else {
            row.kind = CredentialRow::Kind::ServiceAccount;
            name = c.externalId; // the email says which account it is; its display name is in the details
            owner = c.ownerGroup;
        }
        QByteArray tokenName;
        if (row.kind == CredentialRow::Kind::Token) {
            tokenName = name.toByteArray() + " (" + c.externalId.toByteArray() + ')';
            name = tokenName;
        }
        row.expiresAt = c.expiresAt;
        row.disabled = c.disabled;
        row.expired = c.expired || (row.expiresAt > 0 && row.expiresAt <= now);
        row.lastUsedAt = c.lastUsedAt;
        if (c.createdAt > 0 && row.kind != CredentialRow::Kind::ServiceAccount)
            row.ageDays = qint32(std::max<qint64>(0, (now - c.createdAt) / (24 * 3600 * 1000LL)));
        row.name = table.text.add(name);
        row.owner = table.text.intern(owner);
        row.source = table.text.intern(c.source);
        // Columns: kind, name, owner, source, age, expires, last used, status
        table.search.beginRow();
        table.search.addField(kindFolded[int(row.kind)]);
        table.search.addField(name);
        table.search.addField(owner);
        table.search.addField(c.source);
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
        return {};
    });
    if (!read)
        return read.error();
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
    auto links = std::make_shared<JobLinkIndex>();
    auto jobs = loadJobs(**store, links.get());
    if (!jobs)
        return jobs.error();
    data.jobLinks = std::move(links);
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
            auto links = std::make_shared<JobLinkIndex>();
            auto r = ConsoleLoader::loadJobs(s, links.get(), c);
            if (!r)
                return r.error();
            d.jobs = std::move(*r);
            d.jobLinks = std::move(links);
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
