#include "pipelinesandbox.h"

#include "sandboxserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

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
    using Produce = std::function<SandboxResponse(const QHttpServerRequest &)>;
    const auto guard = [this](const QHttpServerRequest &request, QHttpServerResponder &&responder,
                              const Produce &produce) {
        m_server.respond(
            request, std::move(responder), [this, produce](const QHttpServerRequest &req, FaultInjector &) {
                if (!authorized(req)) {
                    return SandboxResponse::json(
                        401,
                        R"({"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}})",
                        "application/json");
                }
                return produce(req);
            });
    };
    QHttpServer &http = m_server.server();
    http.route(QStringLiteral("/v1b3/projects/<arg>/locations/<arg>/jobs"),
               [this, guard](const QString &project, const QString &location,
                             const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   guard(request, std::move(responder),
                         [this, project, location](const QHttpServerRequest &req) {
                             return m_data.listDataflowJobs(project, location, req.query());
                         });
               });
    http.route(QStringLiteral("/v1b3/projects/<arg>/locations/<arg>/jobs/<arg>"),
               [this, guard](const QString &project, const QString &location, const QString &job,
                             const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   guard(request, std::move(responder),
                         [this, project, location, job](const QHttpServerRequest &req) {
                             if (req.method() == QHttpServerRequest::Method::Put)
                                 return m_data.updateDataflowJob(project, location, job, req.body());
                             return m_data.getDataflowJob(project, location, job);
                         });
               });
    http.route(QStringLiteral("/v2/entries:list"), QHttpServerRequest::Method::Post,
               [this, guard](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   guard(request, std::move(responder),
                         [this](const QHttpServerRequest &req) { return m_data.listLogEntries(req.body()); });
               });
    http.route(QStringLiteral("/repos/<arg>/<arg>/actions/runs"),
               [this, guard](const QString &owner, const QString &repo, const QHttpServerRequest &request,
                             QHttpServerResponder &&responder) {
                   guard(request, std::move(responder), [this, owner, repo](const QHttpServerRequest &req) {
                       QUrl url = m_server.baseUrl();
                       url.setPath(req.url().path());
                       url.setQuery(req.query());
                       return m_data.listGithubRuns(owner + QLatin1Char('/') + repo, req.query(), url);
                   });
               });
    http.route(QStringLiteral("/repos/<arg>/<arg>/actions/runs/<arg>"), QHttpServerRequest::Method::Get,
               [this, guard](const QString &owner, const QString &repo, const QString &run,
                             const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   guard(request, std::move(responder), [this, owner, repo, run](const QHttpServerRequest &) {
                       return m_data.getGithubRun(owner + QLatin1Char('/') + repo, run);
                   });
               });
    http.route(QStringLiteral("/repos/<arg>/<arg>/actions/runs/<arg>/cancel"),
               QHttpServerRequest::Method::Post,
               [this, guard](const QString &owner, const QString &repo, const QString &run,
                             const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   guard(request, std::move(responder), [this, owner, repo, run](const QHttpServerRequest &) {
                       return m_data.cancelGithubRun(owner + QLatin1Char('/') + repo, run);
                   });
               });
}

} // namespace Scimflow
