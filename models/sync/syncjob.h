#pragma once

#include "result.h"
#include "scimclient.h"
#include "snapshotwriter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace Scimflow {

class ScimListJob;
struct ScimListing;
class Store;

/// How a sync run is chosen and where it writes.
struct SyncOptions
{
    enum class Mode { Auto, Full, Incremental };
    QString databasePath;               // the job opens its own Store connections (never ":memory:")
    Mode mode = Mode::Auto;             // Auto: incremental when possible, full every fullSyncEveryMs
    qint64 fullSyncEveryMs = kMsPerDay; // a full sync catches deletions, which incremental ones cannot see
    qint64 incrementalOverlapMs = 5 * 60 * 1000; // re-read a little before the last run against clock skew
};

/// The outcome of a successful run.
struct SyncSummary
{
    qint64 runId = 0;
    QString mode; // "full" or "incremental"
    SnapshotStats stats;
    qint64 fetchedUsers = 0, fetchedGroups = 0;
    int requests = 0, duplicates = 0;
    /// The schema URNs and resource types the server served, one per line and sorted: what schema drift
    /// between two syncs is measured on (SchemaDriftRule::recordSchemas).
    QByteArray schemasDocument;
    qint64 durationMs = 0;
    QString toLine() const; // the one-line summary `scimflow sync` prints
};

/// One SCIM sync run: discovery, listing of Users and Groups (parsed off the GUI thread), then the snapshot
/// and its identity events written in one transaction on a worker thread with its own Store. Cancel, failure
/// or a crash at any point leaves the previous snapshot intact; the run is recorded in sync_runs either way.
class SyncJob : public QObject
{
    Q_OBJECT
public:
    SyncJob(ScimClient *client, SyncOptions options, QObject *parent = nullptr);
    ~SyncJob() override;

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void phaseChanged(const QString &description); // "Reading users", ...
    void finished(const Scimflow::SyncSummary &summary);
    void failed(const Scimflow::Error &error);

private:
    void listUsers();
    void listGroups();
    /// Lists \a kind with the run's filter, counts its requests, then hands the listing to \a next.
    void list(ScimParser::Kind kind, const QString &phase, std::function<void(const ScimListing &)> next);
    void fillMembersFromUsers();
    void write();
    void fail(Error error);

    QPointer<ScimClient> m_client;
    SyncOptions m_options;
    std::unique_ptr<Store> m_store; // this thread's connection: run bookkeeping only
    SyncSnapshot m_snapshot;
    QString m_filter;
    QPointer<ScimListJob> m_list;
    QFutureWatcher<Result<SnapshotStats>> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    SyncSummary m_summary;
    qint64 m_startedMs = 0;
    bool m_running = false;
};

} // namespace Scimflow

Q_DECLARE_METATYPE(Scimflow::SyncSummary)
Q_DECLARE_METATYPE(Scimflow::Error)
