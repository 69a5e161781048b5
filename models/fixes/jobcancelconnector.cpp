#include "jobcancelconnector.h"

#include "dataflowfetcher.h"
#include "githubactionsfetcher.h"
#include "httpclient.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace Scimflow {

namespace {

bool isFinal(const QString &state)
{
    return state == QLatin1String("JOB_STATE_CANCELLED") || state == QLatin1String("JOB_STATE_DONE") ||
           state == QLatin1String("JOB_STATE_FAILED") || state == QLatin1String("JOB_STATE_DRAINED") ||
           state == QLatin1String("JOB_STATE_CANCELLING");
}

} // namespace

JobCancelConnector::JobCancelConnector(HttpClient *client, QUrl dataflowBase, QUrl githubBase,
                                       QString identity, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_dataflowBase(std::move(dataflowBase))
    , m_githubBase(std::move(githubBase))
    , m_identity(std::move(identity))
{}

bool JobCancelConnector::supports(const FixAction &action) const
{
    if (action.kind != FixAction::Kind::CancelJob)
        return false;
    if (action.jobSource == QLatin1String("dataflow"))
        return m_dataflowBase.isValid();
    return action.jobSource == QLatin1String("github") && m_githubBase.isValid();
}

HttpRequest JobCancelConnector::cancelRequest(const FixAction &action) const
{
    if (action.jobSource == QLatin1String("github"))
        return GithubActionsFetcher::cancelRequest(m_githubBase, action.jobProject, action.jobExternalId);
    return DataflowFetcher::cancelRequest(m_dataflowBase, action.jobProject, action.jobLocation,
                                          action.jobExternalId);
}

FixRequest JobCancelConnector::describe(const FixAction &action) const
{
    FixRequest out;
    if (!supports(action))
        return out;
    const RequestPreview preview = RequestPreview::of(cancelRequest(action));
    out.method = preview.method;
    out.url = QUrl(preview.url);
    for (const auto &h : preview.headers)
        out.headers.append({h.first.toUtf8(), h.second.toUtf8()});
    out.body = preview.body.toUtf8();
    return out;
}

void JobCancelConnector::perform(const FixAction &action, std::function<void(FixResult)> done)
{
    if (!m_client) {
        done(FixResult{FixResult::Status::Failed, 0, tr("The pipeline connection is closed."), {}});
        return;
    }
    // Not retried (HttpRequest::retryable is off): a cancel that may have arrived is confirmed by reading
    // back.
    const HttpRequest request = cancelRequest(action);
    m_client->send(request, this, [done](const Result<HttpResponse> &response) {
        if (!response) {
            done(FixResult{
                FixResult::Status::Failed, response.error().httpStatus, response.error().message, {}});
            return;
        }
        const int status = response->status;
        const QJsonObject body = QJsonDocument::fromJson(response->body).object();
        if (status >= 200 && status < 300)
            done(FixResult{FixResult::Status::Succeeded, status, tr("Cancellation requested."), body});
        else if (status == 409 || status == 412)
            done(FixResult{FixResult::Status::Conflict, status,
                           tr("The job changed on the server (HTTP %1).").arg(status), body});
        else
            done(FixResult{FixResult::Status::Failed, status,
                           tr("The pipeline API refused the cancellation (HTTP %1).").arg(status), body});
    });
}

void JobCancelConnector::readBack(const FixAction &action, std::function<void(ResourceState)> done)
{
    if (!m_client) {
        done(ResourceState{false, tr("The pipeline connection is closed."), false, {}, {}});
        return;
    }
    const bool github = action.jobSource == QLatin1String("github");
    QUrl url = github ? m_githubBase : m_dataflowBase;
    if (github) {
        url.setPath(QStringLiteral("/repos/%1/actions/runs/%2").arg(action.jobProject, action.jobExternalId));
    } else {
        url.setPath(QStringLiteral("/v1b3/projects/%1/locations/%2/jobs/%3")
                        .arg(action.jobProject, action.jobLocation, action.jobExternalId));
        url.setQuery(QStringLiteral("view=JOB_VIEW_ALL"));
    }
    m_client->send(HttpRequest::get(url), this, [done, github](const Result<HttpResponse> &response) {
        ResourceState state;
        if (!response || response->status != 200) {
            state.error = response ? tr("The pipeline API answered HTTP %1.").arg(response->status)
                                   : response.error().message;
            done(state);
            return;
        }
        state.readOk = true;
        state.state = QJsonDocument::fromJson(response->body).object();
        if (github) {
            const QString status = state.state.value(QLatin1String("status")).toString();
            const QString conclusion = state.state.value(QLatin1String("conclusion")).toString();
            state.effectApplied = status == QLatin1String("completed");
            state.summary = QStringLiteral("status: %1, conclusion: %2").arg(status, conclusion);
            done(state);
            return;
        }
        const QString current = state.state.value(QLatin1String("currentState")).toString();
        const QString requested = state.state.value(QLatin1String("requestedState")).toString();
        state.effectApplied = isFinal(current) || requested == QLatin1String("JOB_STATE_CANCELLED");
        state.summary = QStringLiteral("state: %1").arg(current);
        if (!requested.isEmpty())
            state.summary += QStringLiteral(", requested: %1").arg(requested);
        done(state);
    });
}

} // namespace Scimflow
