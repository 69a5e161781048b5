#pragma once

#include "parsereport.h"
#include "result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace Scimflow {

class CredentialInventoryJob;
class DemoEnvironment;
class HttpClient;
class AuthProvider;
class OktaDirectoryReader;
class ScimClient;
class StaticTokenAuth;
class SyncJob;
class TargetSyncJob;
struct SyncSummary;

/// Prepares the demo database the way a real connection would be: the simulated Okta org is served on
/// 127.0.0.1 (DemoEnvironment) and synced through its Management API and System Log with the normal reader
/// and sync job into a fresh database, so the scenario's change log arrives as audit-log events with their
/// actors. The RBAC mapping and the pipelines' jobs are then taken from the same scenario, and the drift
/// findings are computed. The simulated servers keep serving while the console is open.
class DemoLoader : public QObject
{
    Q_OBJECT
public:
    explicit DemoLoader(QObject *parent = nullptr);
    ~DemoLoader() override;

    /// Where the demo database lives: demo.db in the user's data directory.
    static QString defaultPath();
    /// Rebuilds the demo database at \a path; finished() or failed() follows.
    void start(const QString &path);
    /// The simulated servers, which keep serving while the console is open; null before start().
    DemoEnvironment *environment() const { return m_environment.get(); }

Q_SIGNALS:
    void phaseChanged(const QString &description);
    void finished(const QString &path);
    void failed(const QString &message);

private:
    void syncScimTarget();
    void fetchDataflow();
    void fetchGithub();
    void fetchCredentials();
    void complete();
    void fail(const QString &what, const Error &error);

    QString m_path;
    std::unique_ptr<DemoEnvironment> m_environment;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<StaticTokenAuth> m_auth;
    std::unique_ptr<HttpClient> m_idpHttp;
    std::unique_ptr<AuthProvider> m_idpAuth;
    std::unique_ptr<OktaDirectoryReader> m_reader;
    QPointer<SyncJob> m_sync;
    std::unique_ptr<ScimClient> m_targetClient; // the demo's SCIM provisioning target
    QPointer<TargetSyncJob> m_targetSync;
    QPointer<CredentialInventoryJob> m_credentials;
    QList<JobPage> m_pages;
    QFutureWatcher<Status> m_watcher;
};

} // namespace Scimflow
