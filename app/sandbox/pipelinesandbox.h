#pragma once

#include "pipelinesandboxdata.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>

class QHttpServerRequest;

namespace Scimflow {

class SandboxServer;

/// The simulated pipeline APIs on the shared SandboxServer, generated from the same Scenario as the IdP:
/// Dataflow v1b3 (/v1b3/projects/P/locations/L/jobs[/ID]), Cloud Logging (/v2/entries:list) and GitHub
/// Actions (/repos/O/R/actions/runs[/ID/cancel]). Every route needs the bearer token and goes through the
/// server's fault injection.
class PipelineSandbox : public QObject
{
    Q_OBJECT
public:
    PipelineSandbox(SandboxServer &server, const Scenario &scenario, QString token,
                    QObject *parent = nullptr);

    PipelineSandboxData &data() { return m_data; }
    void setToken(const QString &token) { m_token = token; }
    /// Base URLs for the fetchers: all three APIs share the server.
    QUrl baseUrl() const;

private:
    void registerRoutes();
    bool authorized(const QHttpServerRequest &request) const;
    /// List-level faults on a page: repeat the previous page's last record (duplicates).
    SandboxResponse listFaults(const QString &path, QLatin1String arrayKey, bool firstPage,
                               FaultInjector &faults, SandboxResponse response);

    SandboxServer &m_server;
    PipelineSandboxData m_data;
    QString m_token;
    // path -> the previous page's body, parsed only when a duplicate-record fault needs its last record
    QHash<QString, QByteArray> m_lastPage;
};

} // namespace Scimflow
