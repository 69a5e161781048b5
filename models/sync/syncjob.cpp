#include "syncjob.h"

#include "backgroundpool.h"
#include "scimdirectoryreader.h"
#include "store.h"

#include <QDateTime>
#include <QtConcurrent>

namespace Scimflow {

QString SyncSummary::toLine() const
{
    if (!readSummary.isEmpty() && source != QLatin1String("scim"))
        return QCoreApplication::translate("Scimflow::SyncJob", "%1 (%2 sync, %3 s, %4 requests)")
            .arg(readSummary, mode)
            .arg(durationMs / 1000.0, 0, 'f', 1)
            .arg(requests);
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

SyncJob::SyncJob(DirectoryReader *reader, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_options(std::move(options))
{
    qRegisterMetaType<Scimflow::SyncSummary>();
    qRegisterMetaType<Scimflow::Error>();
}

SyncJob::SyncJob(ScimClient *client, SyncOptions options, QObject *parent)
    : SyncJob(new ScimDirectoryReader(client), std::move(options), parent)
{
    m_reader->setParent(this);
}

SyncJob::~SyncJob()
{
    m_cancelled->store(true);
    if (m_reader) {
        m_reader->disconnect(this);
        if (m_running)
            m_reader->cancel();
    }
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
    if (!m_reader) {
        fail(Error::make(Error::Kind::Internal, tr("The directory reader is gone.")));
        return;
    }
    const QString source = m_reader->sourceName();
    m_snapshot.source = source;
    m_summary.source = source;
    // Incremental when the reader can, a previous run succeeded and a full one is recent enough.
    SyncRun lastOk, lastFull;
    const QList<SyncRun> runs = m_store->syncRuns();
    for (const SyncRun &r : runs) {
        if (r.source != source || r.status != QLatin1String("ok"))
            continue;
        lastOk = r;
        if (r.mode == QLatin1String("full"))
            lastFull = r;
    }
    const bool can = m_reader->canReadIncrementally();
    bool incremental = false;
    if (m_options.mode == SyncOptions::Mode::Incremental)
        incremental = can && lastOk.id;
    else if (m_options.mode == SyncOptions::Mode::Auto)
        incremental = can && lastOk.id && lastFull.id &&
                      m_snapshot.syncTime - lastFull.startedAt < m_options.fullSyncEveryMs;
    m_snapshot.full = !incremental;
    m_snapshot.mode = incremental ? QStringLiteral("incremental") : QStringLiteral("full");
    Result<qint64> run = m_store->beginSyncRun(source, m_snapshot.mode);
    if (!run) {
        fail(run.error());
        return;
    }
    m_snapshot.runId = *run;
    m_summary.runId = *run;
    m_summary.mode = m_snapshot.mode;

    DirectoryReadRequest request;
    request.full = !incremental;
    request.since = incremental ? lastOk.startedAt - m_options.incrementalOverlapMs : 0;
    request.state = lastOk.nextState;
    // The log window: from just before the previous successful run (overlaps are recorded once), or, for
    // the baseline, the configured look-back.
    request.logSince = lastOk.id ? lastOk.startedAt - m_options.incrementalOverlapMs
                                 : m_snapshot.syncTime - m_options.firstLogLookbackMs;
    request.logUntil = m_snapshot.syncTime;
    request.databasePath = m_options.databasePath;
    connect(m_reader, &DirectoryReader::progress, this, &SyncJob::progress);
    connect(m_reader, &DirectoryReader::phaseChanged, this, &SyncJob::phaseChanged);
    connect(m_reader, &DirectoryReader::finished, this, &SyncJob::readFinished);
    m_reader->start(request);
}

void SyncJob::readFinished()
{
    if (m_reader)
        m_reader->disconnect(this);
    if (!m_running)
        return;
    std::optional<Result<DirectoryRead>> taken = m_reader ? m_reader->takeResult() : std::nullopt;
    if (!taken) {
        fail(Error::make(Error::Kind::Internal, tr("The directory reader finished without a result.")));
        return;
    }
    Result<DirectoryRead> &r = *taken;
    if (!r) {
        fail(r.error());
        return;
    }
    DirectoryRead &read = *r;
    m_summary.requests = read.requests;
    m_summary.duplicates = read.duplicates;
    m_summary.fetchedUsers = read.users.size();
    m_summary.fetchedGroups = read.groups.size();
    m_summary.schemasDocument = read.schemasDocument;
    m_summary.readSummary = read.summary;
    m_summary.warnings = read.warnings;
    m_snapshot.full = read.full;
    m_snapshot.mode = read.full ? QStringLiteral("full") : QStringLiteral("incremental");
    m_summary.mode = m_snapshot.mode;
    m_snapshot.users = std::move(read.users);
    m_snapshot.groups = std::move(read.groups);
    m_snapshot.logEvents = std::move(read.logEvents);
    m_snapshot.nextState = std::move(read.nextState);
    write();
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
    m_watcher->setFuture(
        QtConcurrent::run(backgroundPool(), [path, snapshot, cancelled]() -> Result<SnapshotStats> {
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
    if (m_reader && !m_watcher)
        m_reader->cancel(); // its finished() arrives with Error::Kind::Cancelled
}

void SyncJob::fail(Error error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_store && !m_snapshot.runId) { // failed before the mode was known: still record the attempt
        const Result<qint64> run = m_store->beginSyncRun(
            m_reader ? m_reader->sourceName() : QStringLiteral("scim"), QStringLiteral("full"));
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
