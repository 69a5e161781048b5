#include "pipelinesyncjob.h"

#include "authprovider.h"
#include "dataflowfetcher.h"
#include "githubactionsfetcher.h"
#include "googlecredentialsauth.h"
#include "httpclient.h"
#include "jobswriter.h"
#include "pipelinefileimporter.h"
#include "secretredactor.h"
#include "store.h"

#include <atomic>

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

/// The writer thread's state, touched only there but for `abandoned`: the store it opened and the session of
/// the source being written.
struct PipelineSyncJob::Writer
{
    QString path;
    std::unique_ptr<Store> store;
    std::unique_ptr<JobsWriteSession> session;
    std::optional<Error> error; // why the current source's pages are not being written
    // The last session's principal resolver, for the next source while no other connection has committed.
    std::optional<PrincipalResolver> resolver;
    std::optional<qint64> resolverData;
    std::atomic<bool> abandoned = false;

    Store *openStore()
    {
        if (!store) {
            Result<std::unique_ptr<Store>> opened = Store::open(path);
            if (!opened) {
                error = opened.error();
                return nullptr;
            }
            store = std::move(*opened);
        }
        return store.get();
    }
};

PipelineSyncJob::~PipelineSyncJob()
{
    delete m_fetcher; // before the HttpClient it uses
    if (m_writerThread) {
        // Pages still queued are dropped, and a source not yet written is rolled back and marked failed.
        m_writer->abandoned = true;
        onWriter([](Writer &writer) {
            writer.session.reset();
            writer.store.reset();
            QThread::currentThread()->quit(); // after every task queued before this one
        });
        m_writerThread->wait();
    }
}

void PipelineSyncJob::start()
{
    m_index = -1;
    m_allRead = false;
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
        m_allRead = true;
        finishWhenDone();
        return;
    }
    Q_EMIT progress(m_index, int(m_sources.size()));
    const PipelineSourceRun &run = m_sources.at(m_index);
    if (const QString missing = run.source.validate(); !missing.isEmpty()) {
        sourceFailed(missing);
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
            sourceFailed(parsed.error().message);
            return;
        }
        google = *parsed;
    }
    if (google)
        m_secrets << google->secrets();
    if (source.kind == PipelineSource::Kind::OpenLineage) {
        const QString file = source.file;
        queueWrite([file](Store &store) { return PipelineFileImporter(store).importOpenLineage(file); });
        return;
    }

    delete m_fetcher; // the previous source's, done by now; it must go before its HttpClient
    HttpClientOptions httpOptions;
    httpOptions.timeoutMs = run.timeoutMs;
    m_http = std::make_unique<HttpClient>(httpOptions);
    if (!run.caFile.isEmpty()) {
        if (Status s = m_http->setCaFile(run.caFile); !s) {
            sourceFailed(s.error().message);
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
            sourceFailed(s.error().message);
            return;
        }
        m_loggingAuth = std::make_unique<StaticTokenAuth>(run.loggingSecret);
        m_loggingHttp->setAuthProvider(m_loggingAuth.get());
    }
    const QUrl base(source.url);
    if (Status s = HttpClient::checkUrl(base); !s) {
        sourceFailed(s.error().message);
        return;
    }
    auto onFetched = [this, kind](auto *fetcher) {
        writeAsRead(fetcher, kind);
        connect(fetcher, &std::remove_pointer_t<decltype(fetcher)>::progress, this, [this](int jobs) {
            Q_EMIT phaseChanged(
                tr("Reading %1: %2 jobs read so far…").arg(m_sources.at(m_index).source.name).arg(jobs));
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

void PipelineSyncJob::onWriter(std::function<void(Writer &writer)> work)
{
    if (!m_writerThread) {
        // A QSqlDatabase stays on the thread that opened it: the writer thread opens its own store.
        m_writer = std::make_shared<Writer>();
        m_writer->path = m_databasePath;
        m_writerThread = new QThread(this);
        m_writerThread->setObjectName(QStringLiteral("pipeline jobs writer"));
        m_writerContext = new QObject;
        m_writerContext->moveToThread(m_writerThread);
        connect(m_writerThread, &QThread::finished, m_writerContext, &QObject::deleteLater);
        m_writerThread->start();
    }
    QMetaObject::invokeMethod(
        m_writerContext, [writer = m_writer, work = std::move(work)] { work(*writer); },
        Qt::QueuedConnection);
}

template <typename Fetcher> void PipelineSyncJob::writeAsRead(Fetcher *fetcher, const QString &source)
{
    ++m_writesPending;
    onWriter([source](Writer &writer) {
        writer.error.reset();
        Store *store = writer.abandoned ? nullptr : writer.openStore();
        if (!store)
            return;
        const std::optional<qint64> data = store->othersCommits();
        const bool unchanged = writer.resolver && data && data == writer.resolverData;
        Result<std::unique_ptr<JobsWriteSession>> begun = JobsWriteSession::begin(
            *store, source, QStringLiteral("full"), std::nullopt, unchanged ? &*writer.resolver : nullptr);
        if (!begun) {
            writer.error = begun.error();
            return;
        }
        writer.session = std::move(*begun);
        writer.resolver = writer.session->resolver();
        writer.resolverData = data;
    });
    connect(fetcher, &Fetcher::jobsRead, this, [this](const QList<Job> &jobs) {
        onWriter([jobs](Writer &writer) {
            if (writer.abandoned || !writer.session)
                return;
            if (Status s = writer.session->add(jobs); !s) {
                writer.error = writer.session->fail(s.error());
                writer.session.reset();
            }
        });
    });
    // The end of the source's write, with what its fetch ended with.
    const auto end = [this](const std::optional<Error> &fetchError, const ParseReport &report) {
        endSource([fetchError, report](Writer &writer) -> Result<JobSyncSummary> {
            const std::unique_ptr<JobsWriteSession> session = std::move(writer.session);
            if (session)
                return fetchError ? session->fail(*fetchError) : session->finish(report);
            if (writer.error) // the store, the transaction or a page failed
                return *writer.error;
            return fetchError.value_or(Error::make(Error::Kind::Internal, QString()));
        });
    };
    connect(fetcher, &Fetcher::finished, this,
            [end, fetcher] { end(std::nullopt, fetcher->result().report); });
    connect(fetcher, &Fetcher::failed, this, [end](const Error &e) { end(e, ParseReport()); });
}

void PipelineSyncJob::queueWrite(std::function<Result<JobSyncSummary>(Store &)> work)
{
    ++m_writesPending;
    endSource([work = std::move(work)](Writer &writer) -> Result<JobSyncSummary> {
        Store *store = writer.openStore();
        return store ? work(*store) : Result<JobSyncSummary>(*writer.error);
    });
}

void PipelineSyncJob::endSource(std::function<Result<JobSyncSummary>(Writer &writer)> write)
{
    const QString name = m_sources.at(m_index).source.name;
    Q_EMIT phaseChanged(tr("Saving the jobs of %1…").arg(name));
    onWriter([this, name, secrets = m_secrets, write = std::move(write)](Writer &writer) {
        if (writer.abandoned)
            return; // the destructor's last task rolls back a session still open
        const Result<JobSyncSummary> written = write(writer);
        QMetaObject::invokeMethod(
            this, [this, name, secrets, written] { reportWritten(name, secrets, written); },
            Qt::QueuedConnection);
    });
    readNext();
}

void PipelineSyncJob::sourceFailed(const QString &error)
{
    report(m_sources.at(m_index).source.name, m_secrets, QString(), error);
    readNext();
}

void PipelineSyncJob::readNext()
{
    m_secrets.clear();
    QMetaObject::invokeMethod(this, &PipelineSyncJob::next, Qt::QueuedConnection);
}

void PipelineSyncJob::reportWritten(const QString &name, const QStringList &secrets,
                                    const Result<JobSyncSummary> &written)
{
    --m_writesPending;
    report(name, secrets, written ? written->line() : QString(),
           written ? QString() : written.error().message);
    finishWhenDone();
}

void PipelineSyncJob::report(const QString &name, const QStringList &secrets, const QString &summary,
                             const QString &error)
{
    if (!error.isEmpty())
        m_errors << tr("%1: %2").arg(name, SecretRedactor::scrub(error, secrets));
    else
        m_summaries << summary;
}

void PipelineSyncJob::finishWhenDone()
{
    if (m_allRead && m_writesPending == 0)
        Q_EMIT finished();
}

} // namespace Scimflow
