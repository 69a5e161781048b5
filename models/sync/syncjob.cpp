#include "syncjob.h"

#include "scimfiltertext.h"
#include "scimlistjob.h"
#include "store.h"

#include <QDateTime>
#include <QtConcurrent>

namespace Scimflow {

QString SyncSummary::toLine() const
{
    return QCoreApplication::translate(
               "Scimflow::SyncJob", "synced %1 users, %2 groups, %3 memberships; %4 events derived (%5 sync, "
                                    "%6 s, %7 requests)")
        .arg(stats.users)
        .arg(stats.groups)
        .arg(stats.memberships)
        .arg(stats.events)
        .arg(mode)
        .arg(durationMs / 1000.0, 0, 'f', 1)
        .arg(requests);
}

SyncJob::SyncJob(ScimClient *client, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    qRegisterMetaType<Scimflow::SyncSummary>();
    qRegisterMetaType<Scimflow::Error>();
}

SyncJob::~SyncJob()
{
    m_cancelled->store(true);
    if (m_list)
        m_list->cancel();
    if (m_watcher)
        m_watcher->waitForFinished(); // the worker uses m_snapshot
}

void SyncJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_snapshot.syncTime = currentTimestamp();
    Result<std::unique_ptr<Store>> store = Store::open(m_options.databasePath);
    if (!store) {
        m_running = false;
        Q_EMIT failed(store.error());
        return;
    }
    m_store = std::move(*store);
    Q_EMIT phaseChanged(tr("Reading the server's capabilities"));
    m_client->discover(this, [this](const Result<ServiceProviderInfo> &info) {
        if (!info) {
            fail(info.error());
            return;
        }
        QStringList served = info->schemas;
        for (const QString &type : info->resourceTypes)
            served << QStringLiteral("resourceType:") + type;
        served.sort();
        m_summary.schemasDocument = served.join(QLatin1Char('\n')).toUtf8();
        // Incremental when the server can filter, a previous run succeeded and a full one is recent enough.
        SyncRun lastOk, lastFull;
        const QList<SyncRun> runs = m_store->syncRuns();
        for (const SyncRun &r : runs) {
            if (r.source != QLatin1String("scim") || r.status != QLatin1String("ok"))
                continue;
            lastOk = r;
            if (r.mode == QLatin1String("full"))
                lastFull = r;
        }
        bool incremental = false;
        if (m_options.mode == SyncOptions::Mode::Incremental)
            incremental = info->filterSupported && lastOk.id;
        else if (m_options.mode == SyncOptions::Mode::Auto)
            incremental = info->filterSupported && lastOk.id && lastFull.id &&
                          m_snapshot.syncTime - lastFull.startedAt < m_options.fullSyncEveryMs;
        m_snapshot.full = !incremental;
        m_snapshot.mode = incremental ? QStringLiteral("incremental") : QStringLiteral("full");
        if (incremental) {
            m_filter = ScimFilterText::greaterThan(
                QStringLiteral("meta.lastModified"),
                timestampToIso(lastOk.startedAt - m_options.incrementalOverlapMs));
        }
        Result<qint64> run = m_store->beginSyncRun(QStringLiteral("scim"), m_snapshot.mode);
        if (!run) {
            fail(run.error());
            return;
        }
        m_snapshot.runId = *run;
        m_summary.runId = *run;
        m_summary.mode = m_snapshot.mode;
        listUsers();
    });
}

void SyncJob::listUsers()
{
    list(ScimParser::Kind::Users, tr("Reading users"), [this](const ScimListing &users) {
        m_summary.fetchedUsers = users.users.size();
        m_snapshot.users = users.users;
        listGroups();
    });
}

void SyncJob::listGroups()
{
    list(ScimParser::Kind::Groups, tr("Reading groups"), [this](const ScimListing &groups) {
        m_summary.fetchedGroups = groups.groups.size();
        m_snapshot.groups = groups.groups;
        fillMembersFromUsers();
        write();
    });
}

void SyncJob::list(ScimParser::Kind kind, const QString &phase, std::function<void(const ScimListing &)> next)
{
    Q_EMIT phaseChanged(phase);
    m_list = m_client->list(kind, m_filter);
    connect(m_list, &ScimListJob::progress, this, &SyncJob::progress);
    connect(m_list, &ScimListJob::finished, this, [this, job = m_list.data(), next] {
        const Result<ScimListing> &r = job->result();
        if (!r) {
            fail(r.error());
            return;
        }
        m_summary.requests += r->requests;
        m_summary.duplicates += r->duplicates;
        next(*r);
    });
}

void SyncJob::fillMembersFromUsers()
{
    // Only a full listing has every user, and only users' "groups" can tell who is in a group listed without
    // members; a group nobody names is then empty. Otherwise such groups keep their stored memberships.
    const bool full = m_filter.isEmpty();
    const bool usersNameGroups = std::any_of(m_snapshot.users.cbegin(), m_snapshot.users.cend(),
                                             [](const User &u) { return !u.groupScimIds.isEmpty(); });
    if (!full || !usersNameGroups)
        return;
    QHash<QString, QStringList> membersOf;
    for (const User &u : std::as_const(m_snapshot.users)) {
        for (const QString &g : u.groupScimIds)
            membersOf[g] << u.scimId;
    }
    for (Group &g : m_snapshot.groups) {
        if (!g.membersListed) {
            g.memberScimIds = membersOf.value(g.scimId);
            g.membersListed = true;
        }
    }
}

void SyncJob::write()
{
    if (m_cancelled->load()) {
        fail(Error::make(Error::Kind::Cancelled, tr("The sync was cancelled; nothing was changed.")));
        return;
    }
    Q_EMIT phaseChanged(tr("Saving the snapshot"));
    m_snapshot.statsExtra =
        QStringLiteral("\"requests\":%1,\"duplicates\":%2,\"fetchedUsers\":%3,\"fetchedGroups\":%4")
            .arg(m_summary.requests)
            .arg(m_summary.duplicates)
            .arg(m_summary.fetchedUsers)
            .arg(m_summary.fetchedGroups);
    m_watcher = new QFutureWatcher<Result<SnapshotStats>>(this);
    connect(m_watcher, &QFutureWatcher<Result<SnapshotStats>>::finished, this, [this] {
        const Result<SnapshotStats> r = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        if (!r) {
            fail(r.error());
            return;
        }
        m_running = false;
        m_summary.stats = *r;
        m_summary.durationMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
        m_store.reset();
        Q_EMIT finished(m_summary);
    });
    // The worker opens its own connection: a QSqlDatabase must stay on the thread that opened it.
    const QString path = m_options.databasePath;
    const SyncSnapshot *snapshot = &m_snapshot;
    const auto cancelled = m_cancelled;
    m_watcher->setFuture(QtConcurrent::run([path, snapshot, cancelled]() -> Result<SnapshotStats> {
        Result<std::unique_ptr<Store>> store = Store::open(path);
        if (!store)
            return store.error();
        return SnapshotWriter::write(**store, *snapshot, cancelled.get());
    }));
}

void SyncJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled->store(true);
    if (m_list)
        m_list->cancel(); // its finished() arrives with Error::Kind::Cancelled
}

void SyncJob::fail(Error error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_store && !m_snapshot.runId) { // failed before the mode was known: still record the attempt
        const Result<qint64> run = m_store->beginSyncRun(QStringLiteral("scim"), QStringLiteral("full"));
        m_snapshot.runId = run ? *run : 0;
    }
    if (m_store && m_snapshot.runId) {
        const QString status =
            error.kind == Error::Kind::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
        if (const Status recorded =
                m_store->finishSyncRun(m_snapshot.runId, status, error.message, QString());
            !recorded)
            error.message += QStringLiteral(" (The failed run could not be recorded either: %1)")
                                 .arg(recorded.error().message);
    }
    m_store.reset();
    Q_EMIT failed(error);
}

} // namespace Scimflow
