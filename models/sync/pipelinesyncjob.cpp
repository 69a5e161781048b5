#include "pipelinesyncjob.h"

#include "authprovider.h"
#include "backgroundpool.h"
#include "dataflowfetcher.h"
#include "githubactionsfetcher.h"
#include "googlecredentialsauth.h"
#include "httpclient.h"
#include "jobswriter.h"
#include "pipelinefileimporter.h"
#include "secretredactor.h"
#include "store.h"

#include <QtConcurrent>

namespace Scimflow {

namespace {

/// The Cloud Logging API of a Dataflow source: given, else the simulated one next to a loopback Dataflow API,
/// else Google's.
QUrl loggingBaseOf(const PipelineSource &source)
{
    if (!source.loggingUrl.isEmpty())
        return QUrl(source.loggingUrl);
    const QUrl dataflow(source.url);
    if (dataflow.scheme() == QLatin1String("http") && HttpClient::checkUrl(dataflow).ok())
        return dataflow;
    return QUrl(QStringLiteral("https://logging.googleapis.com"));
}

} // namespace

PipelineSyncJob::PipelineSyncJob(QString databasePath, QList<PipelineSourceRun> sources, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_sources(std::move(sources))
{}

PipelineSyncJob::~PipelineSyncJob()
{
    delete m_fetcher; // before the HttpClient it uses
    if (m_watcher)
        m_watcher->waitForFinished(); // the worker holds its own Store; let it commit or roll back
}

void PipelineSyncJob::start()
{
    m_index = -1;
    m_summaries.clear();
    m_errors.clear();
    next();
}

void PipelineSyncJob::cancel()
{
    m_cancelled = true;
    if (auto *dataflow = qobject_cast<DataflowFetcher *>(m_fetcher))
        dataflow->cancel();
    else if (auto *github = qobject_cast<GithubActionsFetcher *>(m_fetcher))
        github->cancel();
}

void PipelineSyncJob::next()
{
    ++m_index;
    if (m_cancelled || m_index >= m_sources.size()) {
        if (m_cancelled && m_index < m_sources.size())
            m_errors << tr("Cancelled before %n pipeline source(s) were read; their jobs are unchanged.",
                           nullptr, int(m_sources.size() - m_index));
        Q_EMIT finished();
        return;
    }
    Q_EMIT progress(m_index, int(m_sources.size()));
    const PipelineSourceRun &run = m_sources.at(m_index);
    if (const QString missing = run.source.validate(); !missing.isEmpty()) {
        sourceDone(QString(), missing);
        return;
    }
    if (run.source.kind == PipelineSource::Kind::OpenLineage && run.source.file.isEmpty()) {
        next(); // only receives events while the console is open; nothing to import
        return;
    }
    Q_EMIT phaseChanged(tr("Reading %1 (%2)…").arg(run.source.name, run.source.target()));
    fetch(run);
}

void PipelineSyncJob::fetch(const PipelineSourceRun &run)
{
    const PipelineSource &source = run.source;
    const QString kind = PipelineSource::kindName(source.kind);
    m_secrets = QStringList{run.secret, run.loggingSecret};
    std::optional<GoogleCredentials> google = run.google;
    if (!google && source.kind == PipelineSource::Kind::Dataflow && !source.credentialsFile.isEmpty()) {
        // A saved source keeps its credentials file's JSON in the keychain.
        Result<GoogleCredentials> parsed =
            GoogleCredentials::fromJson(run.secret.toUtf8(), source.credentialsFile);
        if (!parsed) {
            sourceDone(QString(), parsed.error().message);
            return;
        }
        google = *parsed;
    }
    if (google)
        m_secrets << google->secrets();
    if (source.kind == PipelineSource::Kind::OpenLineage) {
        const QString file = source.file;
        writeInWorker([file](Store &store) { return PipelineFileImporter(store).importOpenLineage(file); });
        return;
    }

    delete m_fetcher; // the previous source's, done by now; it must go before its HttpClient
    HttpClientOptions httpOptions;
    httpOptions.timeoutMs = run.timeoutMs;
    m_http = std::make_unique<HttpClient>(httpOptions);
    if (!run.caFile.isEmpty()) {
        if (Status s = m_http->setCaFile(run.caFile); !s) {
            sourceDone(QString(), s.error().message);
            return;
        }
    }
    m_auth.reset();
    if (source.kind == PipelineSource::Kind::Dataflow && google)
        m_auth = std::make_unique<GoogleCredentialsAuth>(m_http.get(), *google);
    else if (!run.secret.isEmpty())
        m_auth = std::make_unique<StaticTokenAuth>(run.secret);
    m_http->setAuthProvider(m_auth.get());
    m_loggingHttp.reset();
    m_loggingAuth.reset();
    if (source.kind == PipelineSource::Kind::Dataflow && !run.loggingSecret.isEmpty()) {
        m_loggingHttp = std::make_unique<HttpClient>(httpOptions);
        if (Status s = m_loggingHttp->setCaFile(run.caFile); !run.caFile.isEmpty() && !s) {
            sourceDone(QString(), s.error().message);
            return;
        }
        m_loggingAuth = std::make_unique<StaticTokenAuth>(run.loggingSecret);
        m_loggingHttp->setAuthProvider(m_loggingAuth.get());
    }
    const QUrl base(source.url);
    if (Status s = HttpClient::checkUrl(base); !s) {
        sourceDone(QString(), s.error().message);
        return;
    }
    auto onFetched = [this, kind](auto *fetcher) {
        connect(fetcher, &std::remove_pointer_t<decltype(fetcher)>::finished, this,
                [this, kind, fetcher] { write(kind, fetcher->result()); });
        connect(fetcher, &std::remove_pointer_t<decltype(fetcher)>::failed, this,
                [this, kind](const Error &e) { write(kind, e); });
        connect(fetcher, &std::remove_pointer_t<decltype(fetcher)>::progress, this,
                [this](int done, int total) {
                    Q_EMIT phaseChanged(tr("Reading %1: page %2 of %3…")
                                            .arg(m_sources.at(m_index).source.name)
                                            .arg(done)
                                            .arg(total > 0 ? QString::number(total) : tr("unknown")));
                });
        m_fetcher = fetcher;
        QMetaObject::invokeMethod(
            fetcher, [fetcher] { fetcher->start(); }, Qt::QueuedConnection);
    };
    if (source.kind == PipelineSource::Kind::Dataflow) {
        DataflowFetcher::Options options;
        options.dataflowBase = base;
        options.loggingBase = loggingBaseOf(source);
        options.project = source.project;
        options.location = source.location;
        auto *fetcher = new DataflowFetcher(*m_http, options, this);
        fetcher->setLoggingClient(m_loggingHttp.get());
        onFetched(fetcher);
    } else {
        onFetched(new GithubActionsFetcher(*m_http, base, source.repository, this));
    }
}

void PipelineSyncJob::write(const QString &source, const Result<JobPage> &page)
{
    Q_EMIT phaseChanged(tr("Saving the jobs of %1…").arg(m_sources.at(m_index).source.name));
    writeInWorker([source, page](Store &store) -> Result<JobSyncSummary> {
        JobsWriter writer(store);
        if (!page) {
            return writer.recordedFailure(source, page.error());
        }
        return writer.write(source, page->jobs, page->report);
    });
}

void PipelineSyncJob::writeInWorker(std::function<Result<JobSyncSummary>(Store &)> work)
{
    // The worker opens its own connection: a QSqlDatabase must stay on the thread that opened it.
    m_watcher = new QFutureWatcher<Result<JobSyncSummary>>(this);
    connect(m_watcher, &QFutureWatcher<Result<JobSyncSummary>>::finished, this, [this] {
        const Result<JobSyncSummary> r = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        sourceDone(r ? r->line() : QString(), r ? QString() : r.error().message);
    });
    m_watcher->setFuture(
        QtConcurrent::run(backgroundPool(), [path = m_databasePath, work]() -> Result<JobSyncSummary> {
            auto store = Store::open(path);
            if (!store)
                return store.error();
            return work(**store);
        }));
}

void PipelineSyncJob::sourceDone(const QString &summary, const QString &error)
{
    if (!error.isEmpty())
        m_errors << tr("%1: %2").arg(m_sources.at(m_index).source.name,
                                     SecretRedactor::scrub(error, m_secrets));
    else
        m_summaries << summary;
    m_secrets.clear();
    QMetaObject::invokeMethod(this, &PipelineSyncJob::next, Qt::QueuedConnection);
}

} // namespace Scimflow
