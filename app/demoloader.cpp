#include "demoloader.h"

#include "authprovider.h"
#include "backgroundpool.h"
#include "credentialinventoryjob.h"
#include "credentialsandbox.h"
#include "dataflowfetcher.h"
#include "demoenvironment.h"
#include "driftanalyzer.h"
#include "githubactionsfetcher.h"
#include "httpclient.h"
#include "jobswriter.h"
#include "oktadirectoryreader.h"
#include "pipelinesandbox.h"
#include "rbacmappingrepository.h"
#include "scenarioimporter.h"
#include "store.h"
#include "syncjob.h"
#include "targetsyncjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow", text);
}

Status removeOldDatabase(const QString &path)
{
    // The demo is rebuilt on every start so that its "now" is the current time.
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::make(Error::Kind::Io,
                           tr("Cannot create the folder %1 for the demo database.").arg(info.absolutePath()));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
            return Error::make(Error::Kind::Io, tr("Cannot replace the old demo database %1; close other "
                                                   "Scimflow windows and try again.")
                                                    .arg(path + suffix));
    }
    return {};
}

/// Writes what was fetched from the pipeline APIs and computes the findings. (The IdP's change log came with
/// the sync, from the System Log; the mapping file a real set-up provides was saved before the credentials.)
Status writeFetchedData(const QString &path, const Scenario &scenario, const QList<JobPage> &pages)
{
    auto store = Store::open(path);
    if (!store)
        return store.error();
    // The RBAC mapping was saved before the credential inventory (its aliases match token owners to users).
    JobsWriter writer(**store);
    for (const JobPage &page : pages) {
        if (page.jobs.isEmpty())
            continue;
        if (auto written = writer.write(page.jobs.first().source, page.jobs, page.report); !written)
            return written.error();
    }
    if (Status s = (*store)->setMetaValue(QStringLiteral("scenario"), scenario.name); !s)
        return s;
    DriftAnalyzer analyzer(**store);
    if (auto findings = analyzer.recompute(); !findings)
        return findings.error();
    return {};
}

} // namespace

DemoLoader::DemoLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, [this] {
        const Status status = m_watcher.result();
        if (status)
            Q_EMIT finished(m_path);
        else
            Q_EMIT failed(status.error().message);
    });
}

DemoLoader::~DemoLoader()
{
    if (m_sync)
        m_sync->cancel();
    if (m_targetSync)
        m_targetSync->cancel();
    delete m_credentials; // waits for its write
    m_watcher.waitForFinished();
}

QString DemoLoader::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.db");
}

void DemoLoader::start(const QString &path)
{
    m_path = path;
    if (Status removed = removeOldDatabase(path); !removed) {
        Q_EMIT failed(removed.error().message);
        return;
    }
    m_environment = std::make_unique<DemoEnvironment>();
    if (Status started = m_environment->start(); !started) {
        Q_EMIT failed(tr("The simulated identity provider did not start: %1").arg(started.error().message));
        return;
    }
    m_http = std::make_unique<HttpClient>(HttpClientOptions());
    m_auth = std::make_unique<StaticTokenAuth>(m_environment->token());
    m_http->setAuthProvider(m_auth.get());
    // The IdP is an Okta org: its own client, with the token as an SSWS API token.
    m_idpHttp = std::make_unique<HttpClient>(HttpClientOptions());
    m_idpAuth = std::make_unique<SchemeTokenAuth>(QStringLiteral("SSWS"), m_environment->token());
    m_idpHttp->setAuthProvider(m_idpAuth.get());
    m_reader = std::make_unique<OktaDirectoryReader>(m_idpHttp.get(), m_environment->oktaUrl());

    SyncOptions options;
    options.databasePath = path;
    options.mode = SyncOptions::Mode::Full;
    options.firstLogLookbackMs = 89 * kMsPerDay; // all of the System Log the org keeps
    m_sync = new SyncJob(m_reader.get(), options, this);
    connect(m_sync, &SyncJob::phaseChanged, this, &DemoLoader::phaseChanged);
    connect(m_sync, &SyncJob::finished, this, [this](const SyncSummary &) { syncScimTarget(); });
    connect(m_sync, &SyncJob::failed, this, [this](const Error &error) {
        fail(tr("Syncing the simulated identity provider failed"), error);
    });
    Q_EMIT phaseChanged(tr("Syncing users, groups and the System Log from the simulated Okta org at %1…")
                            .arg(m_environment->oktaUrl().toString()));
    m_sync->start();
}

void DemoLoader::fail(const QString &what, const Error &error)
{
    Q_EMIT failed(tr("%1: %2").arg(what, error.message));
}

void DemoLoader::syncScimTarget()
{
    // Through the same client and job as a real target, with the target's own profile.
    m_targetClient = std::make_unique<ScimClient>(m_http.get(), m_environment->scimTargetUrl(),
                                                  VendorProfile::awsIdentityCenter());
    m_targetSync = new TargetSyncJob(m_targetClient.get(), DemoEnvironment::scimTargetName(), m_path, this);
    connect(m_targetSync, &TargetSyncJob::phaseChanged, this, &DemoLoader::phaseChanged);
    connect(m_targetSync, &TargetSyncJob::finished, this, [this] {
        m_targetSync->deleteLater();
        fetchDataflow();
    });
    connect(m_targetSync, &TargetSyncJob::failed, this, [this](const Error &error) {
        m_targetSync->deleteLater();
        fail(tr("Syncing the simulated SCIM target failed"), error);
    });
    m_targetSync->start();
}

void DemoLoader::fetchDataflow()
{
    Q_EMIT phaseChanged(tr("Reading Dataflow jobs and their launchers…"));
    PipelineSandbox *pipelines = m_environment->pipelines();
    DataflowFetcher::Options options;
    options.dataflowBase = pipelines->baseUrl();
    options.loggingBase = pipelines->baseUrl();
    options.project = pipelines->data().project();
    options.location = pipelines->data().location();
    auto *fetcher = new DataflowFetcher(*m_http, options, this);
    connect(fetcher, &DataflowFetcher::finished, this, [this, fetcher] {
        m_pages << fetcher->result();
        fetcher->deleteLater();
        fetchGithub();
    });
    connect(fetcher, &DataflowFetcher::failed, this, [this, fetcher](const Error &error) {
        fetcher->deleteLater();
        fail(tr("Reading the simulated Dataflow API failed"), error);
    });
    fetcher->start();
}

void DemoLoader::fetchGithub()
{
    Q_EMIT phaseChanged(tr("Reading GitHub Actions runs…"));
    PipelineSandbox *pipelines = m_environment->pipelines();
    auto *fetcher =
        new GithubActionsFetcher(*m_http, pipelines->baseUrl(), pipelines->data().repository(), this);
    connect(fetcher, &GithubActionsFetcher::finished, this, [this, fetcher] {
        m_pages << fetcher->result();
        fetcher->deleteLater();
        fetchCredentials();
    });
    connect(fetcher, &GithubActionsFetcher::failed, this, [this, fetcher](const Error &error) {
        fetcher->deleteLater();
        fail(tr("Reading the simulated GitHub Actions API failed"), error);
    });
    fetcher->start();
}

void DemoLoader::fetchCredentials()
{
    // The mapping file a real set-up provides comes first: its login aliases correlate token owners.
    {
        auto store = Store::open(m_path);
        if (!store) {
            fail(tr("Saving the demo's RBAC mapping failed"), store.error());
            return;
        }
        if (auto mapping = RbacMappingRepository::save(
                **store, QString::fromUtf8(m_environment->scenario().rbacMappingJson()),
                QStringLiteral("demo"));
            !mapping) {
            fail(tr("Saving the demo's RBAC mapping failed"), mapping.error());
            return;
        }
    }
    // The same inventory job as a real connection: IAM and Policy Analyzer with a bearer token, GitHub tokens
    // as a GitHub App installation.
    CredentialSandbox *sandbox = m_environment->credentials();
    CredentialSourceRun gcp;
    gcp.kind = CredentialSourceRun::Kind::Gcp;
    gcp.project = sandbox->data().project();
    gcp.iamBase = gcp.policyAnalyzerBase = sandbox->baseUrl();
    gcp.bearerToken = m_environment->token();
    CredentialSourceRun github;
    github.kind = CredentialSourceRun::Kind::Github;
    github.organisation = sandbox->data().organisation();
    github.githubBase = sandbox->baseUrl();
    github.appId = m_environment->githubAppId();
    github.appPrivateKeyPem = m_environment->githubAppPrivateKey();
    m_credentials = new CredentialInventoryJob(m_path, {gcp, github}, this);
    connect(m_credentials, &CredentialInventoryJob::phaseChanged, this, &DemoLoader::phaseChanged);
    connect(m_credentials, &CredentialInventoryJob::finished, this, [this] {
        const QStringList errors = m_credentials->errors();
        m_credentials->deleteLater();
        if (!errors.isEmpty()) {
            Q_EMIT failed(tr("Reading the simulated credential inventory failed: %1")
                              .arg(errors.join(QLatin1Char('\n'))));
            return;
        }
        complete();
    });
    m_credentials->start();
}

void DemoLoader::complete()
{
    Q_EMIT phaseChanged(tr("Writing pipeline jobs and computing drift findings…"));
    const QString path = m_path;
    const Scenario *scenario = &m_environment->scenario();
    const QList<JobPage> pages = m_pages;
    m_watcher.setFuture(QtConcurrent::run(
        backgroundPool(), [path, scenario, pages] { return writeFetchedData(path, *scenario, pages); }));
}

} // namespace Scimflow
