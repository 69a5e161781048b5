#pragma once

#include "job.h"
#include "jobrepository.h"
#include "parsereport.h"
#include "principalresolver.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Scimflow {

class LargePageCache;
class Store;
class Transaction;

/// What one source sync wrote.
struct JobSyncSummary
{
    QString source;
    qint64 runId = 0;
    int received = 0;
    int inserted = 0;
    int updated = 0;
    int launcherMatched = 0; // jobs whose launcher is a known user
    int runAsMatched = 0;    // jobs whose run-as is a known user or service account
    int unmatched = 0;       // jobs with a launcher or run-as text that matched nothing
    ParseReport report;      // records the fetch or parse skipped

    /// "dataflow: 300 jobs (12 new, 288 updated), 2 unmatched principals, 1 record skipped".
    QString line() const;
    QString statsJson() const;
};

/// Writes the jobs of one source sync: upserts by (source, external_id), resolves launcher and run-as
/// to users and service accounts, and records a sync_runs row - the jobs in one transaction, so a failed
/// write leaves the previous jobs untouched and the run marked failed.
class JobsWriter
{
public:
    /// Without \a keys, principals match by what the current RBAC mapping says.
    explicit JobsWriter(Store &store, std::optional<CorrelationKeys> keys = std::nullopt);

    /// \a mode is "full", "incremental" or "import". A known job keeps its launcher, run-as and role
    /// text when the new record has none (a list page without the audit log, for instance).
    Result<JobSyncSummary> write(const QString &source, const QList<Job> &jobs, const ParseReport &report,
                                 const QString &mode = QStringLiteral("full"));

    /// Sets the launcher of already-stored jobs of \a source (from the audit log) and links it, in one
    /// transaction with its own sync_runs row. Launches of jobs not stored yet are counted in
    /// JobSyncSummary::report as skipped ("job not synced yet").
    Result<JobSyncSummary> applyLaunchers(const QString &source,
                                          const QHash<QString, QString> &launcherByJobId,
                                          const ParseReport &report,
                                          const QString &mode = QStringLiteral("import"));

    /// Records a sync of \a source that failed before anything could be written.
    Status recordFailure(const QString &source, const Error &error,
                         const QString &mode = QStringLiteral("full"));
    /// recordFailure(), then \a error to return to the caller; a failure to record it adds its reason.
    Error recordedFailure(const QString &source, Error error, const QString &mode = QStringLiteral("full"));

    /// Re-resolves every job's links with \a resolver (after users or the RBAC mapping changed), inside
    /// the caller's transaction. Returns how many jobs changed.
    static Result<int> relinkAll(Store &store, const PrincipalResolver &resolver);

private:
    Store &m_store;
    std::optional<CorrelationKeys> m_keys;
};

/// One source sync written as its pages arrive, as a sync_runs row: the jobs go into one transaction from
/// begin() to finish(), so the previous jobs stay as they were until the whole source has been read and
/// written. Use on one thread, the one that owns the store's connection.
class JobsWriteSession
{
public:
    /// Records the run, opens the transaction and loads the principal resolver (see JobsWriter for \a keys),
    /// or uses \a resolver, one loaded from the same data. Into an empty jobs table (a first import), the
    /// table's secondary indexes are dropped and built once from the written rows at finish(): a sort
    /// instead of an update per row and index. A rollback restores them.
    static Result<std::unique_ptr<JobsWriteSession>> begin(Store &store, const QString &source,
                                                           const QString &mode = QStringLiteral("full"),
                                                           std::optional<CorrelationKeys> keys = std::nullopt,
                                                           const PrincipalResolver *resolver = nullptr);
    ~JobsWriteSession();
    JobsWriteSession(const JobsWriteSession &) = delete;
    JobsWriteSession &operator=(const JobsWriteSession &) = delete;

    /// Upserts \a jobs (see JobsWriter::write); a job without an id, or one already added, is skipped and
    /// counted.
    Status add(const QList<Job> &jobs);
    /// Commits, and marks the run ok with the counts and \a report (what the fetch skipped) merged in. On a
    /// failure, as fail().
    Result<JobSyncSummary> finish(const ParseReport &report);
    /// Rolls every job back and marks the run failed with \a error, which is returned (with the reason if
    /// the run cannot be marked).
    Error fail(Error error);

    const PrincipalResolver &resolver() const { return *m_resolver; }

private:
    friend class JobsWriter;
    explicit JobsWriteSession(Store &store);

    Store &m_store;
    JobSyncSummary m_summary;
    std::unique_ptr<LargePageCache> m_cache;
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<JobRepository> m_jobs;
    std::optional<PrincipalResolver> m_resolver;
    QHash<QString, StoredJobPrincipals> m_known;
    QSet<QString> m_seen;
    QStringList m_dropped; // the definitions of the indexes dropped for a first load, built at the end
};

} // namespace Scimflow
