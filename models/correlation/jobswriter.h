#pragma once

#include "job.h"
#include "parsereport.h"
#include "principalresolver.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Scimflow {

class JobRepository;
class Store;

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
    using Work = std::function<Status(JobRepository &stored, const PrincipalResolver &resolver,
                                      JobSyncSummary &summary)>;
    /// One source sync as a sync_runs row: \a work runs in a transaction with the resolver loaded; the run is
    /// marked failed (and nothing written) when it fails, else ok with the summary's counts.
    Result<JobSyncSummary> recordedRun(const QString &source, const QString &mode, int received,
                                       const ParseReport &report, const QString &noTransaction,
                                       const Work &work);

    Store &m_store;
    std::optional<CorrelationKeys> m_keys;
};

} // namespace Scimflow
