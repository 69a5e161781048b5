#pragma once

#include "directoryreader.h"
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

class Store;

/// How a sync run is chosen and where it writes.
struct SyncOptions
{
    enum class Mode { Auto, Full, Incremental };
    QString databasePath;               // the job opens its own Store connections (never ":memory:")
    Mode mode = Mode::Auto;             // Auto: incremental when possible, full every fullSyncEveryMs
    qint64 fullSyncEveryMs = kMsPerDay; // a full sync catches deletions, which incremental ones cannot see
    qint64 incrementalOverlapMs = 5 * 60 * 1000; // re-read a little before the last run against clock skew
    qint64 firstLogLookbackMs = 30 * kMsPerDay;  // the audit log window of a source's first (baseline) sync
};

/// The outcome of a successful run.
struct SyncSummary
{
    qint64 runId = 0;
    QString source; // the reader's source name: "scim", "okta", ...
    QString mode;   // "full" or "incremental"
    SnapshotStats stats;
    qint64 fetchedUsers = 0, fetchedGroups = 0;
    int requests = 0, duplicates = 0;
    /// The schema URNs and resource types the server served, one per line and sorted: what schema drift
    /// between two syncs is measured on (SchemaDriftRule::recordSchemas).
    QByteArray schemasDocument;
    qint64 durationMs = 0;
    QString readSummary;    // the reader's own line, e.g. "okta: 100 users, 5 groups, 120 memberships; ..."
    QStringList warnings;   // e.g. the audit log window starts before the provider's retention edge
    QString toLine() const; // the one-line summary `scimflow sync` prints
};

/// One sync run of an identity provider: the reader fetches the directory (and its audit log, where it has
/// one), then the snapshot, the identity events derived from it and the log's events are written in one
/// transaction on a worker thread with its own Store. Cancel, failure or a crash at any point leaves the
/// previous snapshot intact; the run is recorded in sync_runs either way, under the reader's source name.
class SyncJob : public QObject
{
    Q_OBJECT
public:
    /// Runs \a reader (not owned; it must outlive the job).
    SyncJob(DirectoryReader *reader, SyncOptions options, QObject *parent = nullptr);
    /// The generic SCIM identity provider: runs a ScimDirectoryReader over \a client.
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
    void readFinished();
    void write();
    void fail(Error error);

    QPointer<DirectoryReader> m_reader;
    SyncOptions m_options;
    std::unique_ptr<Store> m_store; // this thread's connection: run bookkeeping only
    SyncSnapshot m_snapshot;
    QFutureWatcher<Result<SnapshotStats>> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    SyncSummary m_summary;
    qint64 m_startedMs = 0;
    bool m_running = false;
};

} // namespace Scimflow

Q_DECLARE_METATYPE(Scimflow::SyncSummary)
Q_DECLARE_METATYPE(Scimflow::Error)
