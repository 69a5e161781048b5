#include "pipelinesandbox.h"

#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

PipelineSandbox::PipelineSandbox(SandboxServer &server, const Scenario &scenario, QString token,
                                 QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_data(scenario)
    , m_token(std::move(token))
{
    registerRoutes();
}

QUrl PipelineSandbox::baseUrl() const
{
    return m_server.baseUrl();
}

bool PipelineSandbox::authorized(const QHttpServerRequest &request) const
{
    return !m_token.isEmpty() && request.value("Authorization") == "Bearer " + m_token.toUtf8();
}

void PipelineSandbox::registerRoutes()
{
    const auto guard = [this](const SandboxServer::Handler &produce) -> SandboxServer::Handler {
        return [this, produce](const QStringList &args, const QHttpServerRequest &req,
                               FaultInjector &faults) {
            if (!authorized(req)) {
                return SandboxResponse::json(
                    401,
                    R"({"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}})",
                    "application/json");
            }
            return produce(args, req, faults);
        };
    };
    // args: project, location
    m_server.route(
        QStringLiteral("/v1b3/projects/<arg>/locations/<arg>/jobs"),
        guard([this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &faults) {
            const QString path = req.url().path();
            QUrlQuery query = req.query();
            const bool firstPage = !query.hasQueryItem(QStringLiteral("pageToken"));
            if (faults.takeKind(Fault::Kind::IgnoreStartIndex, path))
                query.removeAllQueryItems(QStringLiteral("pageToken"));
            return listFaults(path, QLatin1String("jobs"), firstPage, faults,
                              m_data.listDataflowJobs(args[0], args[1], query));
        }));
    // args: project, location, job
    m_server.route(QStringLiteral("/v1b3/projects/<arg>/locations/<arg>/jobs/<arg>"),
                   guard([this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &) {
                       if (req.method() == QHttpServerRequest::Method::Put)
                           return m_data.updateDataflowJob(args[0], args[1], args[2], req.body());
                       return m_data.getDataflowJob(args[0], args[1], args[2]);
                   }));
    m_server.route(QStringLiteral("/v2/entries:list"), QHttpServerRequest::Method::Post,
                   guard([this](const QStringList &, const QHttpServerRequest &req, FaultInjector &faults) {
                       const QString path = req.url().path();
                       QJsonObject body = QJsonDocument::fromJson(req.body()).object();
                       const bool firstPage = !body.contains(QLatin1String("pageToken"));
                       if (faults.takeKind(Fault::Kind::IgnoreStartIndex, path))
                           body.remove(QLatin1String("pageToken"));
                       return listFaults(path, QLatin1String("entries"), firstPage, faults,
                                         m_data.listLogEntries(QJsonDocument(body).toJson()));
                   }));
    // args: owner, repo
    m_server.route(
        QStringLiteral("/repos/<arg>/<arg>/actions/runs"),
        guard([this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &faults) {
            const QString path = req.url().path();
            QUrlQuery query = req.query();
            const bool firstPage = query.queryItemValue(QStringLiteral("page")).toInt() <= 1;
            if (faults.takeKind(Fault::Kind::IgnoreStartIndex, path))
                query.removeAllQueryItems(QStringLiteral("page"));
            QUrl url = m_server.baseUrl();
            url.setPath(path);
            url.setQuery(query);
            SandboxResponse r = m_data.listGithubRuns(args[0] + QLatin1Char('/') + args[1], query, url);
            if (faults.takeKind(Fault::Kind::LyingTotal, path)) {
                QJsonObject o = QJsonDocument::fromJson(r.body).object();
                o.insert(QLatin1String("total_count"),
                         o.value(QLatin1String("total_count")).toInteger() + 1000);
                r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            return listFaults(path, QLatin1String("workflow_runs"), firstPage, faults, r);
        }));
    // args: owner, repo, run
    m_server.route(QStringLiteral("/repos/<arg>/<arg>/actions/runs/<arg>"), QHttpServerRequest::Method::Get,
                   guard([this](const QStringList &args, const QHttpServerRequest &, FaultInjector &) {
                       return m_data.getGithubRun(args[0] + QLatin1Char('/') + args[1], args[2]);
                   }));
    m_server.route(QStringLiteral("/repos/<arg>/<arg>/actions/runs/<arg>/cancel"),
                   QHttpServerRequest::Method::Post,
                   guard([this](const QStringList &args, const QHttpServerRequest &, FaultInjector &) {
                       return m_data.cancelGithubRun(args[0] + QLatin1Char('/') + args[1], args[2]);
                   }));
}

SandboxResponse PipelineSandbox::listFaults(const QString &path, QLatin1String arrayKey, bool firstPage,
                                            FaultInjector &faults, SandboxResponse response)
{
    if (response.status != 200)
        return response;
    if (firstPage)
        m_lastPage.remove(path);
    // A page that repeats the previous page's last record, as when a new record shifts the listing. Pages
    // are parsed only then: a thousand-record page takes longer to parse than to serve.
    const bool duplicate = faults.takeKind(Fault::Kind::DuplicateIds, path);
    const QByteArray previous = m_lastPage.value(path);
    m_lastPage.insert(path, response.body);
    if (!duplicate || previous.isEmpty())
        return response;
    const QJsonArray before = QJsonDocument::fromJson(previous).object().value(arrayKey).toArray();
    if (before.isEmpty())
        return response;
    QJsonObject root = QJsonDocument::fromJson(response.body).object();
    QJsonArray items = root.value(arrayKey).toArray();
    items.prepend(before.last());
    root.insert(arrayKey, items);
    response.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace Scimflow
