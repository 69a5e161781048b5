#pragma once

#include "googlecredentials.h"
#include "pipelinesource.h"
#include "result.h"

#include <optional>

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>

namespace Scimflow {

class AuthProvider;
class HttpClient;
struct JobSyncSummary;
class Store;

/// One pipeline source with the credentials to read it: a bearer token (empty: none) or, for Dataflow,
/// Google credentials. Each source has its own; none borrows another's.
struct PipelineSourceRun
{
    PipelineSource source;
    QString secret;
    std::optional<GoogleCredentials> google; // Dataflow: used instead of secret
    QString loggingSecret; // Dataflow: Cloud Logging's own token; empty: the Dataflow credentials
    QString caFile;        // extra CA certificates for the source's host
    int timeoutMs = 30000; // per request
};

/// Syncs the jobs of several pipeline sources into a database: Dataflow (jobs and audit-log launchers) and
/// GitHub Actions over HTTP, OpenLineage from its file. The sources are read one after the other. A writer
/// thread writes each page as it is read, each source in its own transaction recorded in sync_runs, so the
/// jobs of a source appear all at once when it has been read and written, and a source that fails midway
/// leaves its previous jobs as they were. A failing source is reported and the next one still runs, so one
/// unreachable API never hides the others' jobs.
class PipelineSyncJob : public QObject
{
    Q_OBJECT
public:
    PipelineSyncJob(QString databasePath, QList<PipelineSourceRun> sources, QObject *parent = nullptr);
    ~PipelineSyncJob() override;

    /// One line per source that succeeded ("github: 85 jobs (85 new, 0 updated) …").
    QStringList summaries() const { return m_summaries; }
    /// One message per source that failed, naming the source; secrets scrubbed.
    QStringList errors() const { return m_errors; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void phaseChanged(const QString &description);
    void progress(int done, int total);
    /// Every source was tried; see summaries() and errors().
    void finished();

private:
    void next();
    void fetch(const PipelineSourceRun &run);
    struct Writer;
    /// Runs \a work on the writer thread, after the work queued before it.
    void onWriter(std::function<void(Writer &writer)> work);
    /// Queues the writes of the source being read: its pages as \a fetcher reads them, then its end.
    template <typename Fetcher> void writeAsRead(Fetcher *fetcher, const QString &source);
    /// Queues a write of the current source that needs no fetch, and goes on to the next source.
    void queueWrite(std::function<Result<JobSyncSummary>(Store &)> work);
    /// The current source has been read: \a write ends its write on the writer thread and is reported, and
    /// the next source is read meanwhile.
    void endSource(std::function<Result<JobSyncSummary>(Writer &writer)> write);
    /// The current source could not be read: reports \a error and goes on.
    void sourceFailed(const QString &error);
    /// Goes on to the next source, with the current one's secrets forgotten.
    void readNext();
    void report(const QString &name, const QStringList &secrets, const QString &summaryOrEmpty,
                const QString &errorOrEmpty);
    void reportWritten(const QString &name, const QStringList &secrets,
                       const Result<JobSyncSummary> &written);
    void finishWhenDone();

    QString m_databasePath;
    QList<PipelineSourceRun> m_sources;
    int m_index = -1;
    bool m_cancelled = false;
    QStringList m_secrets; // of the source being read, to scrub from messages
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<AuthProvider> m_auth;
    std::unique_ptr<HttpClient> m_loggingHttp; // Cloud Logging with its own token
    std::unique_ptr<AuthProvider> m_loggingAuth;
    QPointer<QObject> m_fetcher;
    std::shared_ptr<Writer> m_writer; // the writer thread's state
    QThread *m_writerThread = nullptr;
    QObject *m_writerContext = nullptr; // lives on m_writerThread
    int m_writesPending = 0;            // sources whose write is queued or running
    bool m_allRead = false;
    QStringList m_summaries;
    QStringList m_errors;
};

} // namespace Scimflow
