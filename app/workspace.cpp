#include "workspace.h"

#include "auditlog.h"
#include "authprovider.h"
#include "changefeed.h"
#include "connectiondatabase.h"
#include "connectionfixes.h"
#include "consolesession.h"
#include "credentialfixconnector.h"
#include "credentialsandbox.h"
#include "credentialsources.h"
#include "demoenvironment.h"
#include "demoloader.h"
#include "fixexecutor.h"
#include "githubappauth.h"
#include "httpclient.h"
#include "jobcancelconnector.h"
#include "pipelinesandbox.h"
#include "store.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <vector>

namespace Scimflow {

namespace {

const char kActiveConnectionKey[] = "workspace/activeConnection";
const char kSyncedConnectionKey[] = "synced_connection";

QString cleanPath(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

/// The objects fixes go through for one connection: its identity provider's SCIM client and one HTTP client
/// per pipeline source that can cancel jobs, each with its own credential.
struct Workspace::OpenConnection
{
    std::unique_ptr<ConnectionFixes> directory; // the identity provider's and the SCIM targets' fixes
    std::vector<std::unique_ptr<AuthProvider>> pipelineAuth; // destroyed after the clients that use them
    std::vector<std::unique_ptr<HttpClient>> pipelineHttp;
    std::vector<std::unique_ptr<JobCancelConnector>> cancels;
    std::unique_ptr<CredentialFixConnector> credentialFixes; // uses pipelineHttp; goes first
    std::vector<CredentialSources::Fixes> credentialSources; // each with its own client and credential

    ~OpenConnection()
    {
        // Connectors go before the clients they send through.
        cancels.clear();
    }

    QList<FixConnector *> connectors() const
    {
        QList<FixConnector *> out;
        if (directory)
            out << directory->connectors();
        for (const auto &c : cancels)
            out << c.get();
        if (credentialFixes)
            out << credentialFixes.get();
        for (const auto &c : credentialSources)
            out << c.connector.get();
        return out;
    }
};

Workspace::Workspace(QString homeDatabasePath, QObject *parent)
    : QObject(parent)
    , m_homePath(cleanPath(homeDatabasePath))
    , m_session(std::make_unique<ConsoleSession>())
{
    // Findings follow every load of the tables: once per open, sync or reload, on a worker thread.
    connect(m_session.get(), &ConsoleSession::loaded, this, [this] { recomputeFindings(); });
    m_changedElsewhere.setSingleShot(true);
    m_changedElsewhere.setInterval(500);
    connect(&m_changedElsewhere, &QTimer::timeout, this, [this] {
        QSet<QString> tables = std::exchange(m_tablesChangedElsewhere, {});
        const bool campaigns = tables.remove(QStringLiteral("review_campaigns"));
        const bool items = tables.remove(QStringLiteral("review_items"));
        if (campaigns || items)
            Q_EMIT reviewsChangedElsewhere();
        if (tables.isEmpty())
            return; // nothing the views show
        reload();
        Q_EMIT statusMessage(tr("The team store has changed; the views were reloaded."));
    });
    reloadProfiles();
}

Workspace::~Workspace()
{
    m_executor.reset();
    m_connection.reset();
}

QList<ConnectionProfile> Workspace::profiles() const
{
    return m_profiles;
}

QList<FixConnector *> Workspace::connectors() const
{
    return m_connection ? m_connection->connectors() : QList<FixConnector *>();
}

void Workspace::setDriftSettings(const DriftSettings &settings)
{
    m_findings.setSettings(settings);
}

void Workspace::recomputeFindings()
{
    if (!m_path.isEmpty())
        m_findings.start(m_path);
}

void Workspace::reload()
{
    if (!m_path.isEmpty())
        m_session->reload();
}

void Workspace::reloadProfiles()
{
    m_profiles.clear();
    // Never create the user's database just to look into it.
    if (QFileInfo::exists(m_homePath)) {
        if (auto store = Store::open(m_homePath))
            m_profiles = ConnectionProfiles::all(**store);
    }
    QString active = m_active.isEmpty() ? QSettings().value(kActiveConnectionKey).toString() : m_active;
    const bool known = std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                   [&](const ConnectionProfile &p) { return p.name == active; });
    if (!known)
        active = m_profiles.isEmpty() ? QString() : m_profiles.first().name;
    Q_EMIT profilesChanged();
    if (active != m_active)
        setActive(active);
}

void Workspace::setActive(const QString &name)
{
    if (name == m_active)
        return;
    m_active = name;
    if (!name.isEmpty())
        QSettings().setValue(kActiveConnectionKey, name); // the name only, never a secret
    Q_EMIT activeConnectionChanged(name);
}

QString Workspace::databaseFor(const QString &connection) const
{
    return ConnectionDatabase::pathFor(m_homePath, connection);
}

void Workspace::rememberDatabase(const QString &connection, const QString &path)
{
    ConnectionDatabase::remember(connection, path);
}

Status Workspace::open(const QString &path, OpenMode mode)
{
    const bool teamStore = StoreLocation::isPostgresUrl(path);
    const QString absolute = teamStore ? path : cleanPath(path);
    if (!teamStore && !QFileInfo(absolute).isFile())
        return Error::make(Error::Kind::NotFound, tr("The file %1 does not exist.").arg(absolute));
    if (Status scimflow = Store::checkIsScimflowDatabase(absolute); !scimflow)
        return scimflow;
    if (Status shown = show(absolute, false); !shown)
        return shown;
    // The connection the database was synced from; a database from before this was recorded belongs to the
    // connection whose database it is.
    QString owner = m_synced;
    if (owner.isEmpty() && !m_active.isEmpty() && databaseFor(m_active) == absolute)
        owner = m_active;
    auto profile = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                [&](const ConnectionProfile &p) { return p.name == owner; });
    if (owner.isEmpty()) {
        dropConnectors(tr("This database does not record which connection it was synced from, so no "
                          "connection can fix its findings. Choose a connection in the Connection menu and "
                          "sync it."));
    } else if (profile == m_profiles.cend()) {
        dropConnectors(tr("This database was synced from the connection “%1”, which is not saved here: add "
                          "it with Connection > New Connection… to fix its findings.")
                           .arg(owner));
    } else {
        setActive(owner);
        rememberDatabase(owner, absolute);
        if (mode == OpenMode::AskToUnlock && m_confirmUnlock && !m_confirmUnlock(owner))
            dropConnectors(tr("The secrets of the connection “%1” are locked: choose it in the Connection "
                              "menu to unlock them and offer its fixes.")
                               .arg(owner));
        else
            unlock(*profile);
    }
    return {};
}

Status Workspace::switchToConnection(const QString &name)
{
    auto profile = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                [&](const ConnectionProfile &p) { return p.name == name; });
    if (profile == m_profiles.cend())
        return Error::make(Error::Kind::NotFound, tr("There is no saved connection “%1”.").arg(name));
    setActive(name);
    const QString path = databaseFor(name);
    if (!QFileInfo::exists(path)) {
        // The connection's own database, empty until its first sync.
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto created = Store::open(path);
        if (!created)
            return created.error();
        rememberDatabase(name, path);
    }
    Status opened = open(path, OpenMode::Unlock);
    if (opened && m_synced.isEmpty())
        Q_EMIT statusMessage(
            tr("The connection “%1” has not been synced into this database yet: use Connection > Sync Now.")
                .arg(name));
    return opened;
}

Status Workspace::show(const QString &path, bool demo)
{
    auto store = Store::open(path);
    if (!store)
        return store.error();
    if (Status opened = m_session->open(path); !opened)
        return opened;
    ++m_generation;
    m_executor.reset();
    m_connection.reset();
    m_audit.reset();
    m_store = std::move(store).value();
    m_changedElsewhere.stop();
    m_tablesChangedElsewhere.clear();
    followChangesElsewhere(*m_store, this, [this](const QString &table) {
        m_tablesChangedElsewhere.insert(table);
        m_changedElsewhere.start();
    });
    m_audit = std::make_unique<AuditLog>(m_store->database());
    m_executor = std::make_unique<FixExecutor>(*m_audit, QList<FixConnector *>());
    m_path = path;
    m_demo = demo;
    m_synced = m_store->metaValue(QLatin1String(kSyncedConnectionKey));
    m_fixesNote.clear();
    Q_EMIT connectorsChanged();
    Q_EMIT opened(path);
    m_session->reload();
    return {};
}

void Workspace::dropConnectors(const QString &note)
{
    m_fixesNote = note;
    Q_EMIT connectorsChanged();
}

void Workspace::unlock(const ConnectionProfile &profile)
{
    QStringList refs;
    if (!profile.secretRef.isEmpty())
        refs << profile.secretRef;
    for (const PipelineSource &source : profile.pipelineSources) {
        if (source.kind != PipelineSource::Kind::OpenLineage && !source.secretRef.isEmpty())
            refs << source.secretRef;
    }
    for (const ScimTargetSource &target : profile.scimTargets) {
        if (!target.secretRef.isEmpty() && !refs.contains(target.secretRef))
            refs << target.secretRef;
    }
    for (const CredentialSource &source : profile.credentialSources) {
        if (!source.secretRef.isEmpty() && !refs.contains(source.secretRef))
            refs << source.secretRef;
    }
    m_fixesNote = tr("Reading the secrets of the connection “%1”…").arg(profile.name);
    loadSecrets(profile, refs, {}, m_generation);
}

void Workspace::loadSecrets(const ConnectionProfile &profile, QStringList refs,
                            QHash<QString, QString> secrets, int generation)
{
    if (generation != m_generation)
        return; // another database was opened meanwhile
    if (refs.isEmpty()) {
        connectTo(profile, secrets);
        return;
    }
    const QString ref = refs.takeFirst();
    m_secrets.load(ref, this, [this, profile, refs, secrets, generation, ref](const Result<QString> &secret) {
        QHash<QString, QString> read = secrets;
        if (secret)
            read.insert(ref, *secret);
        loadSecrets(profile, refs, read, generation);
    });
}

void Workspace::connectTo(const ConnectionProfile &profile, const QHash<QString, QString> &secrets)
{
    auto open = std::make_unique<OpenConnection>();
    QStringList problems;
    open->directory = ConnectionFixes::open(profile, secrets, &problems);
    for (const PipelineSource &source : profile.pipelineSources) {
        if (source.kind == PipelineSource::Kind::OpenLineage || source.url.isEmpty())
            continue;
        if (!source.secretRef.isEmpty() && !secrets.contains(source.secretRef)) {
            problems << tr("%1: its token could not be read from the keychain").arg(source.name);
            continue;
        }
        const QUrl base(source.url.trimmed());
        if (Status s = HttpClient::checkUrl(base); !s) {
            problems << tr("%1: %2").arg(source.name, s.error().message);
            continue;
        }
        auto http = std::make_unique<HttpClient>(HttpClientOptions());
        if (Status s = http->setCaFile(profile.caFile); !s) {
            problems << tr("%1: %2").arg(source.name, s.error().message);
            continue;
        }
        if (!source.secretRef.isEmpty()) {
            open->pipelineAuth.push_back(std::make_unique<StaticTokenAuth>(secrets.value(source.secretRef)));
            http->setAuthProvider(open->pipelineAuth.back().get());
        }
        const bool github = source.kind == PipelineSource::Kind::Github;
        open->cancels.push_back(
            std::make_unique<JobCancelConnector>(http.get(), github ? QUrl() : base, github ? base : QUrl(),
                                                 tr("token of pipeline source %1").arg(source.name)));
        open->pipelineHttp.push_back(std::move(http));
    }
    for (const CredentialSource &source : profile.credentialSources) {
        if (!secrets.contains(source.secretRef)) {
            problems
                << tr("%1: its credentials could not be read from the keychain").arg(source.displayName());
            continue;
        }
        Result<CredentialSourceRun> run =
            CredentialSources::run(source, secrets.value(source.secretRef), profile.caFile);
        Result<CredentialSources::Fixes> fixes =
            run ? CredentialSources::fixes(*run) : Result<CredentialSources::Fixes>(run.error());
        if (!fixes) {
            problems << fixes.error().message;
            continue;
        }
        open->credentialSources.push_back(std::move(*fixes));
    }
    attachDemoCredentialFixes(*open, profile);
    m_executor.reset();
    m_connection = std::move(open);
    m_executor = std::make_unique<FixExecutor>(*m_audit, m_connection->connectors());
    m_fixesNote = problems.isEmpty() ? QString()
                                     : tr("Some fixes of the connection “%1” are unavailable: %2.")
                                           .arg(profile.name, problems.join(QStringLiteral("; ")));
    Q_EMIT connectorsChanged();
    if (!problems.isEmpty())
        Q_EMIT statusMessage(m_fixesNote);
    reconcile();
}

void Workspace::attachDemoCredentialFixes(OpenConnection &open, const ConnectionProfile &profile)
{
    DemoEnvironment *demo = m_demoLoader ? m_demoLoader->environment() : nullptr;
    if (!demo || !demo->credentials() || profile.orgUrl != demo->oktaUrl().toString())
        return;
    CredentialSandbox *sandbox = demo->credentials();
    auto iam = std::make_unique<HttpClient>(HttpClientOptions());
    open.pipelineAuth.push_back(std::make_unique<StaticTokenAuth>(demo->token()));
    iam->setAuthProvider(open.pipelineAuth.back().get());
    GithubAppAuth::Config app;
    app.apiBase = sandbox->baseUrl();
    app.organisation = sandbox->data().organisation();
    app.appId = demo->githubAppId();
    app.privateKeyPem = demo->githubAppPrivateKey();
    auto github = std::make_unique<HttpClient>(HttpClientOptions());
    open.pipelineAuth.push_back(std::make_unique<GithubAppAuth>(app));
    github->setAuthProvider(open.pipelineAuth.back().get());
    open.credentialFixes = std::make_unique<CredentialFixConnector>(
        CredentialFixConnector::Target{iam.get(), sandbox->baseUrl(), sandbox->data().project(),
                                       tr("demo Google Cloud token")},
        CredentialFixConnector::Target{github.get(), sandbox->baseUrl(), sandbox->data().organisation(),
                                       tr("GitHub App %1").arg(app.appId)});
    open.pipelineHttp.push_back(std::move(iam));
    open.pipelineHttp.push_back(std::move(github));
}

void Workspace::reconcile()
{
    // Fixes interrupted by an earlier exit are settled once their connection can read the resources again.
    m_executor->reconcile([this, generation = m_generation](ReconcileReport report) {
        if (generation == m_generation && (report.reconciled || report.stillPending))
            Q_EMIT statusMessage(tr("Interrupted fixes: %1 reconciled, %2 still pending.")
                                     .arg(report.reconciled)
                                     .arg(report.stillPending));
    });
}

void Workspace::openDemo()
{
    m_demoLoader = std::make_unique<DemoLoader>();
    connect(m_demoLoader.get(), &DemoLoader::phaseChanged, this, &Workspace::statusMessage);
    connect(m_demoLoader.get(), &DemoLoader::failed, this, &Workspace::failed);
    connect(m_demoLoader.get(), &DemoLoader::finished, this, &Workspace::onDemoReady);
    Q_EMIT statusMessage(tr("Preparing the demo data…"));
    m_demoLoader->start(DemoLoader::defaultPath());
}

void Workspace::onDemoReady(const QString &path)
{
    if (Status shown = show(path, true); !shown) {
        Q_EMIT failed(shown.error().message);
        return;
    }
    // The simulated servers as a connection profile: fixes take the same path as a real connection's.
    DemoEnvironment *demo = m_demoLoader->environment();
    ConnectionProfile profile;
    profile.name = tr("demo");
    profile.idpKind = ConnectionProfile::IdpKind::Okta;
    profile.orgUrl = demo->oktaUrl().toString();
    profile.secretRef = SecretStore::newReference(QStringLiteral("demo"));
    SecretStore::storeForSession(profile.secretRef, demo->token());
    PipelineSource dataflow;
    dataflow.name = tr("demo Dataflow");
    dataflow.url = demo->pipelines()->baseUrl().toString();
    dataflow.project = demo->pipelines()->data().project();
    dataflow.location = demo->pipelines()->data().location();
    dataflow.secretRef = profile.secretRef;
    PipelineSource github = dataflow;
    github.kind = PipelineSource::Kind::Github;
    github.name = tr("demo GitHub");
    github.repository = demo->pipelines()->data().repository();
    profile.pipelineSources = {dataflow, github};
    // The Identity-Center-shaped target the demo synced after the org: its fixes go through a target
    // connector like a saved connection's.
    ScimTargetSource target;
    target.name = DemoEnvironment::scimTargetName();
    target.url = demo->scimTargetUrl().toString();
    target.vendor = DemoEnvironment::scimTargetVendor();
    target.secretRef = profile.secretRef;
    profile.scimTargets = {target};
    unlock(profile);
}

} // namespace Scimflow
