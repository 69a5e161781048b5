#pragma once

#include "consoletables.h"
#include "joblinkindex.h"
#include "result.h"
#include "syncrun.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Scimflow {

class Store;

/// Everything the linked views show, as plain data.
struct ConsoleData
{
    IdentityTable identities;
    RoleTable roles;
    JobTable jobs;
    CredentialTable credentials;
    std::shared_ptr<const JobLinkIndex> jobLinks; // the linked views' job sets, built with the job table
    /// The status bar's freshness line: per source, its last successful run (Store::lastSuccessfulRuns()).
    QList<SyncRun> lastSyncRuns;
};

/// Compact SQL loaders: one query per table selecting only the columns the views show, straight into
/// compact rows. They run on any thread with a Store opened on that thread; \a cancel is polled.
namespace ConsoleLoader {
Result<IdentityTable> loadIdentities(Store &store, const std::atomic_bool *cancel = nullptr);
Result<RoleTable> loadRoles(Store &store, const std::atomic_bool *cancel = nullptr);
/// Also fills \a links (when given) with every job's principals, finished.
Result<JobTable> loadJobs(Store &store, JobLinkIndex *links, const std::atomic_bool *cancel = nullptr);
/// The credential inventory; ages and expiry are computed against \a now.
Result<CredentialTable> loadCredentials(Store &store, Timestamp now,
                                        const std::atomic_bool *cancel = nullptr);
/// The tables, one after the other, on the calling thread (tests, command-line use).
Result<ConsoleData> loadAll(const QString &databasePath);
} // namespace ConsoleLoader

/// Loads the console's tables off the GUI thread: one worker per table, each with its own Store (a
/// QSqlDatabase connection must stay on the thread that opened it), run in parallel; the finished tables
/// arrive by signal on the thread that started the job.
class ConsoleLoadJob : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleLoadJob(QString databasePath, QObject *parent = nullptr);
    ~ConsoleLoadJob() override;

    void start();
    bool isRunning() const { return m_pending > 0; }
    /// Takes the loaded tables once finished() was emitted.
    std::shared_ptr<ConsoleData> takeData() { return std::move(m_data); }

public slots:
    void cancel();

signals:
    void progress(int done, int total);
    void finished();
    void failed(const Scimflow::Error &error);

private:
    void partDone(const Status &status);

    QString m_path;
    std::shared_ptr<ConsoleData> m_data;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QFutureWatcher<Status> *> m_watchers;
    int m_pending = 0;
    bool m_failed = false;
};

} // namespace Scimflow

Q_DECLARE_METATYPE(Scimflow::Error)
