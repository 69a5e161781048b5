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
class ScimClient;
class StaticTokenAuth;
class SyncJob;
struct SyncSummary;

/// Prepares the demo database the way a real connection would be: the simulated IdP is served on 127.0.0.1
/// (DemoEnvironment) and synced over SCIM through the normal client and sync job into a fresh database. The
/// RBAC mapping, the pipelines' jobs and the IdP's attribute-change log are then taken from the same
/// scenario, and the drift findings are computed. The simulated IdP keeps serving while the console is open.
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
    void fetchDataflow();
    void fetchGithub();
    void fetchCredentials();
    void complete();
    void fail(const QString &what, const Error &error);

    QString m_path;
    std::unique_ptr<DemoEnvironment> m_environment;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<StaticTokenAuth> m_auth;
    std::unique_ptr<ScimClient> m_client;
    QPointer<SyncJob> m_sync;
    QPointer<CredentialInventoryJob> m_credentials;
    QList<JobPage> m_pages;
    QByteArray m_schemas;
    QFutureWatcher<Status> m_watcher;
};

} // namespace Scimflow
