#pragma once

#include "googlecredentials.h"
#include "pipelinesource.h"
#include "result.h"

#include <optional>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace Scimflow {

class AuthProvider;
class HttpClient;
struct JobPage;
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

/// Syncs the jobs of several pipeline sources into a database, one after the other: Dataflow (jobs and
/// audit-log launchers) and GitHub Actions over HTTP, OpenLineage from its file. Each source is written in
/// its own transaction on a worker thread and recorded in sync_runs; a failing source is reported and the
/// next one still runs, so one unreachable API never hides the others' jobs.
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
    void write(const QString &source, const Result<JobPage> &page);
    void writeInWorker(std::function<Result<JobSyncSummary>(Store &)> work);
    void sourceDone(const QString &summaryOrEmpty, const QString &errorOrEmpty);

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
    QFutureWatcher<Result<JobSyncSummary>> *m_watcher = nullptr;
    QStringList m_summaries;
    QStringList m_errors;
};

} // namespace Scimflow
