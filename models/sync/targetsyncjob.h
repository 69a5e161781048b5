#pragma once

#include "result.h"
#include "scimclient.h"
#include "syncjob.h" // Error's metatype
#include "targetrepository.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace Scimflow {

struct ScimListing;

/// The outcome of one successful target sync.
struct TargetSyncSummary
{
    QString target;
    bool cursorPaging = false;
    bool incrementalPossible = false; // false: read in full, changes derived by comparing snapshots
    int requests = 0;
    int membershipQueries = 0; // per-user `members eq` queries, for targets that list groups without members
    int restarts = 0;          // listings restarted after a cursor fault
    TargetChanges changes;
    qint64 durationMs = 0;
    /// The line `scimflow sync` prints, e.g. "target aws: 120 users, 14 groups, 160 memberships (cursor
    /// paging, 3 requests; no incremental read: full read)".
    QString toLine() const;
};

/// One sync of a SCIM provisioning target: discovery, users and groups listed by the target profile's paging
/// (cursor or startIndex), memberships read the way the profile says (from groups, from users, or one
/// bounded-concurrency query per user), then the target's snapshot written in one transaction on a worker
/// thread. A failed or cancelled read writes nothing but a failed run.
class TargetSyncJob : public QObject
{
    Q_OBJECT
public:
    /// At most this many per-user membership queries are in flight.
    static constexpr int kMaxMembershipQueries = 4;

    TargetSyncJob(ScimClient *client, QString targetName, QString databasePath, QObject *parent = nullptr);
    ~TargetSyncJob() override;

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void phaseChanged(const QString &description);
    void finished(const Scimflow::TargetSyncSummary &summary);
    void failed(const Scimflow::Error &error);

private:
    using ListDone = std::function<void(const ScimListing &)>;
    void list(ScimParser::Kind kind, const QString &filter, ListDone next);
    void readMemberships();
    void pumpMembershipQueries();
    void write();
    void fail(Error error);

    QPointer<ScimClient> m_client;
    QString m_databasePath;
    TargetSnapshot m_snapshot;
    QList<QPointer<QObject>> m_lists; // listing jobs in flight
    QStringList m_membershipQueue;    // user ids still to ask about
    int m_membershipInFlight = 0;
    int m_membershipDone = 0;
    QHash<QString, int> m_groupIndex;
    QFutureWatcher<Result<TargetChanges>> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    TargetSyncSummary m_summary;
    qint64 m_startedMs = 0;
    bool m_running = false;
};

} // namespace Scimflow

Q_DECLARE_METATYPE(Scimflow::TargetSyncSummary)
