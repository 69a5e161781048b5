#include "credentialinventoryjob.h"

#include "authprovider.h"
#include "backgroundpool.h"
#include "credentialrepository.h"
#include "gcpiamfetcher.h"
#include "githubappauth.h"
#include "githubtokenfetcher.h"
#include "googlecredentialsauth.h"
#include "httpclient.h"
#include "principalresolver.h"
#include "secretredactor.h"
#include "store.h"

#include <QtConcurrent>

namespace Scimflow {

QString CredentialSourceRun::name() const
{
    return kind == Kind::Gcp ? QStringLiteral("gcp iam %1").arg(project)
                             : QStringLiteral("github tokens %1").arg(organisation);
}

std::unique_ptr<AuthProvider> CredentialSourceRun::makeAuth(HttpClient *http,
                                                            const HttpClientOptions &options) const
{
    if (kind == Kind::Gcp) {
        if (google)
            return std::make_unique<GoogleCredentialsAuth>(http, *google);
        if (!bearerToken.isEmpty())
            return std::make_unique<StaticTokenAuth>(bearerToken);
        return nullptr;
    }
    GithubAppAuth::Config config;
    config.apiBase = githubBase;
    config.organisation = organisation;
    config.appId = appId;
    config.privateKeyPem = appPrivateKeyPem;
    config.caFile = caFile;
    config.http = options;
    return std::make_unique<GithubAppAuth>(config);
}

CredentialInventoryJob::CredentialInventoryJob(QString databasePath, QList<CredentialSourceRun> sources,
                                               QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_sources(std::move(sources))
{}

CredentialInventoryJob::~CredentialInventoryJob()
{
    delete m_fetcher; // before the HttpClient it uses
    if (m_watcher)
        m_watcher->waitForFinished(); // the worker holds its own Store; let it commit or roll back
}

void CredentialInventoryJob::start()
{
    m_index = -1;
    m_summaries.clear();
    m_errors.clear();
    next();
}

void CredentialInventoryJob::cancel()
{
    m_cancelled = true;
    if (auto *gcp = qobject_cast<GcpIamFetcher *>(m_fetcher))
        gcp->cancel();
    else if (auto *github = qobject_cast<GithubTokenFetcher *>(m_fetcher))
        github->cancel();
}

void CredentialInventoryJob::next()
{
    ++m_index;
    if (m_cancelled || m_index >= m_sources.size()) {
        if (m_cancelled && m_index < m_sources.size())
            m_errors << tr(
                "Cancelled before %n credential source(s) were read; their inventory is unchanged.", nullptr,
                int(m_sources.size() - m_index));
        Q_EMIT finished();
        return;
    }
    Q_EMIT progress(m_index, int(m_sources.size()));
    const CredentialSourceRun &run = m_sources.at(m_index);
    Q_EMIT phaseChanged(tr("Reading the credentials of %1…").arg(run.name()));
    fetch(run);
}

void CredentialInventoryJob::fetch(const CredentialSourceRun &run)
{
    delete m_fetcher; // the previous source's; it must go before its HttpClient
    m_auth.reset();
    HttpClientOptions options;
    options.timeoutMs = run.timeoutMs;
    m_http = std::make_unique<HttpClient>(options);
    m_secrets = QStringList{run.bearerToken, QString::fromLatin1(run.appPrivateKeyPem)};
    if (run.google)
        m_secrets << run.google->secrets();
    if (!run.caFile.isEmpty()) {
        if (Status s = m_http->setCaFile(run.caFile); !s) {
            sourceDone(QString(), s.error().message);
            return;
        }
    }
    const QUrl base = run.kind == CredentialSourceRun::Kind::Gcp ? run.iamBase : run.githubBase;
    for (const QUrl &url : {base, run.policyAnalyzerBase}) {
        if (Status s = HttpClient::checkUrl(url); !s) {
            sourceDone(QString(), s.error().message);
            return;
        }
    }
    m_auth = run.makeAuth(m_http.get(), options);
    m_http->setAuthProvider(m_auth.get());
    const auto hook = [this](auto *fetcher) {
        using F = std::remove_pointer_t<decltype(fetcher)>;
        connect(fetcher, &F::finished, this, [this, fetcher] { write(fetcher->result(), std::nullopt); });
        connect(fetcher, &F::failed, this, [this, fetcher](const Error &e) { write(fetcher->result(), e); });
        connect(fetcher, &F::progress, this, [this](int done, int total) {
            Q_EMIT phaseChanged(
                total > 0 ? tr("Reading %1: %2 of %3…").arg(m_sources.at(m_index).name()).arg(done).arg(total)
                          : tr("Reading %1: %2 so far…").arg(m_sources.at(m_index).name()).arg(done));
        });
        m_fetcher = fetcher;
        QMetaObject::invokeMethod(
            fetcher, [fetcher] { fetcher->start(); }, Qt::QueuedConnection);
    };
    if (run.kind == CredentialSourceRun::Kind::Gcp) {
        GcpIamFetcher::Options o;
        o.iamBase = run.iamBase;
        o.policyAnalyzerBase = run.policyAnalyzerBase;
        o.project = run.project;
        if (run.pageSize > 0)
            o.pageSize = o.activityPageSize = run.pageSize;
        hook(new GcpIamFetcher(*m_http, o, this));
        return;
    }
    auto *fetcher = new GithubTokenFetcher(*m_http, run.githubBase, run.organisation, this);
    if (run.pageSize > 0)
        fetcher->setPerPage(run.pageSize);
    hook(fetcher);
}

void CredentialInventoryJob::write(const CredentialInventory &inventory, const std::optional<Error> &error)
{
    if (auto *app = qobject_cast<GithubAppAuth *>(m_auth.get()))
        m_secrets << app->secrets();
    Q_EMIT phaseChanged(error ? tr("Recording the failed read of %1…").arg(m_sources.at(m_index).name())
                              : tr("Saving the credentials of %1…").arg(m_sources.at(m_index).name()));
    m_watcher = new QFutureWatcher<Status>(this);
    const bool failedRead = error.has_value();
    const QString message = error ? SecretRedactor::scrub(error->message, m_secrets) : QString();
    connect(m_watcher, &QFutureWatcher<Status>::finished, this, [this, inventory, failedRead, message] {
        const Status s = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        if (failedRead)
            sourceDone(QString(), s ? message : message + QLatin1Char('\n') + s.error().message);
        else
            sourceDone(s ? inventory.summaryLine() : QString(), s ? QString() : s.error().message);
    });
    m_watcher->setFuture(QtConcurrent::run(
        backgroundPool(), [path = m_databasePath, inventory, failedRead, message]() -> Status {
            // The worker opens its own connection: a QSqlDatabase must stay on the thread that opened it.
            auto store = Store::open(path);
            if (!store)
                return store.error();
            CredentialRepository repository(**store);
            if (failedRead)
                return repository.recordFailure(inventory, Error::make(Error::Kind::Http, message));
            Result<PrincipalResolver> resolver = PrincipalResolver::load(**store);
            if (!resolver)
                return resolver.error();
            return repository.replace(inventory,
                                      [&](const QString &owner) { return resolver->userFor(owner); });
        }));
}

void CredentialInventoryJob::sourceDone(const QString &summary, const QString &error)
{
    if (!error.isEmpty())
        m_errors << tr("%1: %2").arg(m_sources.at(m_index).name(), SecretRedactor::scrub(error, m_secrets));
    else
        m_summaries << summary;
    m_secrets.clear();
    QMetaObject::invokeMethod(this, &CredentialInventoryJob::next, Qt::QueuedConnection);
}

} // namespace Scimflow
