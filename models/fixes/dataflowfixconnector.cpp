#include "dataflowfixconnector.h"

#include "dataflowfetcher.h"
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

DataflowFixConnector::DataflowFixConnector(HttpClient *client, QUrl dataflowBase, QString identity,
                                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_base(std::move(dataflowBase))
    , m_identity(std::move(identity))
{}

bool DataflowFixConnector::supports(const FixAction &action) const
{
    return action.kind == FixAction::Kind::CancelJob && action.jobSource == QLatin1String("dataflow");
}

FixRequest DataflowFixConnector::describe(const FixAction &action) const
{
    FixRequest out;
    if (!supports(action))
        return out;
    const RequestPreview preview = RequestPreview::of(
        DataflowFetcher::cancelRequest(m_base, action.jobProject, action.jobLocation, action.jobExternalId));
    out.method = preview.method;
    out.url = QUrl(preview.url);
    for (const auto &h : preview.headers)
        out.headers.append({h.first.toUtf8(), h.second.toUtf8()});
    out.body = preview.body.toUtf8();
    return out;
}

void DataflowFixConnector::perform(const FixAction &action, std::function<void(FixResult)> done)
{
    if (!m_client) {
        done(FixResult{FixResult::Status::Failed, 0, tr("The Dataflow connection is closed."), {}});
        return;
    }
    // Not retried (HttpRequest::retryable is off): a cancel that may have arrived is confirmed by reading
    // back.
    const HttpRequest request =
        DataflowFetcher::cancelRequest(m_base, action.jobProject, action.jobLocation, action.jobExternalId);
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
                           tr("Dataflow refused the cancellation (HTTP %1).").arg(status), body});
    });
}

void DataflowFixConnector::readBack(const FixAction &action, std::function<void(ResourceState)> done)
{
    if (!m_client) {
        done(ResourceState{false, tr("The Dataflow connection is closed."), false, {}, {}});
        return;
    }
    QUrl url = m_base;
    url.setPath(QStringLiteral("/v1b3/projects/%1/locations/%2/jobs/%3")
                    .arg(action.jobProject, action.jobLocation, action.jobExternalId));
    url.setQuery(QStringLiteral("view=JOB_VIEW_ALL"));
    m_client->send(HttpRequest::get(url), this, [done](const Result<HttpResponse> &response) {
        ResourceState state;
        if (!response || response->status != 200) {
            state.error =
                response ? tr("Dataflow answered HTTP %1.").arg(response->status) : response.error().message;
            done(state);
            return;
        }
        state.readOk = true;
        state.state = QJsonDocument::fromJson(response->body).object();
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
