#include "pipelinesandbox.h"

#include "sandboxserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
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
    using Produce = std::function<SandboxResponse(const QHttpServerRequest &, FaultInjector &)>;
    const auto guard = [this](const QHttpServerRequest &request, QHttpServerResponder &&responder,
                              const Produce &produce) {
        m_server.respond(
            request, std::move(responder),
            [this, produce](const QHttpServerRequest &req, FaultInjector &faults) {
                if (!authorized(req)) {
                    return SandboxResponse::json(
                        401,
                        R"({"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}})",
                        "application/json");
                }
                return produce(req, faults);
            });
    };
    QHttpServer &http = m_server.server();
    http.route(QStringLiteral("/v1b3/projects/<arg>/locations/<arg>/jobs"),
               [this, guard](const QString &project, const QString &location,
                             const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   guard(request, std::move(responder),
                         [this, project, location](const QHttpServerRequest &req, FaultInjector &faults) {
                             const QString path = req.url().path();
                             QUrlQuery query = req.query();
                             const bool firstPage = !query.hasQueryItem(QStringLiteral("pageToken"));
                             if (faults.takeKind(Fault::Kind::IgnoreStartIndex, path))
                                 query.removeAllQueryItems(QStringLiteral("pageToken"));
                             return listFaults(path, QLatin1String("jobs"), firstPage, faults,
                                               m_data.listDataflowJobs(project, location, query));
                         });
               });
    http.route(QStringLiteral("/v1b3/projects/<arg>/locations/<arg>/jobs/<arg>"),
               [this, guard](const QString &project, const QString &location, const QString &job,
                             const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   guard(request, std::move(responder),
                         [this, project, location, job](const QHttpServerRequest &req, FaultInjector &) {
                             if (req.method() == QHttpServerRequest::Method::Put)
                                 return m_data.updateDataflowJob(project, location, job, req.body());
                             return m_data.getDataflowJob(project, location, job);
                         });
               });
    http.route(QStringLiteral("/v2/entries:list"), QHttpServerRequest::Method::Post,
               [this, guard](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   guard(request, std::move(responder),
                         [this](const QHttpServerRequest &req, FaultInjector &faults) {
                             const QString path = req.url().path();
                             QJsonObject body = QJsonDocument::fromJson(req.body()).object();
                             const bool firstPage = !body.contains(QLatin1String("pageToken"));
                             if (faults.takeKind(Fault::Kind::IgnoreStartIndex, path))
                                 body.remove(QLatin1String("pageToken"));
                             return listFaults(path, QLatin1String("entries"), firstPage, faults,
                                               m_data.listLogEntries(QJsonDocument(body).toJson()));
                         });
               });
    http.route(QStringLiteral("/repos/<arg>/<arg>/actions/runs"),
               [this, guard](const QString &owner, const QString &repo, const QHttpServerRequest &request,
                             QHttpServerResponder &&responder) {
                   guard(request, std::move(responder),
                         [this, owner, repo](const QHttpServerRequest &req, FaultInjector &faults) {
                             const QString path = req.url().path();
                             QUrlQuery query = req.query();
                             const bool firstPage = query.queryItemValue(QStringLiteral("page")).toInt() <= 1;
                             if (faults.takeKind(Fault::Kind::IgnoreStartIndex, path))
                                 query.removeAllQueryItems(QStringLiteral("page"));
                             QUrl url = m_server.baseUrl();
                             url.setPath(path);
                             url.setQuery(query);
                             SandboxResponse r =
                                 m_data.listGithubRuns(owner + QLatin1Char('/') + repo, query, url);
                             if (faults.takeKind(Fault::Kind::LyingTotal, path)) {
                                 QJsonObject o = QJsonDocument::fromJson(r.body).object();
                                 o.insert(QLatin1String("total_count"),
                                          o.value(QLatin1String("total_count")).toInteger() + 1000);
                                 r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
                             }
                             return listFaults(path, QLatin1String("workflow_runs"), firstPage, faults, r);
                         });
               });
    http.route(QStringLiteral("/repos/<arg>/<arg>/actions/runs/<arg>"), QHttpServerRequest::Method::Get,
               [this, guard](const QString &owner, const QString &repo, const QString &run,
                             const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   guard(request, std::move(responder),
                         [this, owner, repo, run](const QHttpServerRequest &, FaultInjector &) {
                             return m_data.getGithubRun(owner + QLatin1Char('/') + repo, run);
                         });
               });
    http.route(QStringLiteral("/repos/<arg>/<arg>/actions/runs/<arg>/cancel"),
               QHttpServerRequest::Method::Post,
               [this, guard](const QString &owner, const QString &repo, const QString &run,
                             const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   guard(request, std::move(responder),
                         [this, owner, repo, run](const QHttpServerRequest &, FaultInjector &) {
                             return m_data.cancelGithubRun(owner + QLatin1Char('/') + repo, run);
                         });
               });
}

SandboxResponse PipelineSandbox::listFaults(const QString &path, QLatin1String arrayKey, bool firstPage,
                                            FaultInjector &faults, SandboxResponse response)
{
    if (response.status != 200)
        return response;
    QJsonObject root = QJsonDocument::fromJson(response.body).object();
    QJsonArray items = root.value(arrayKey).toArray();
    if (firstPage)
        m_lastListed.remove(path);
    // A page that repeats the previous page's last record, as when a new record shifts the listing.
    if (faults.takeKind(Fault::Kind::DuplicateIds, path) && m_lastListed.contains(path)) {
        items.prepend(m_lastListed.value(path));
        root.insert(arrayKey, items);
        response.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    }
    if (!items.isEmpty())
        m_lastListed.insert(path, items.last());
    return response;
}

} // namespace Scimflow
