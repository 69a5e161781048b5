#include "jobcancelconnector.h"

#include "dataflowfetcher.h"
#include "githubactionsfetcher.h"
#include "httpclient.h"
#include "pipelinetransport.h"

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
    // A Dataflow PUT of the same requested state is retried after a lost answer; a GitHub POST is not
    // (HttpRequest::retryable is off): a cancel that may have arrived is confirmed by reading back.
    HttpRequest request = cancelRequest(action);
    request.acceptedTypes = {"application/json"}; // an HTML login page answering 200 is no cancellation
    const QString what = action.jobSource == QLatin1String("github") ? tr("Cancelling the GitHub run")
                                                                     : tr("Cancelling the Dataflow job");
    m_client->send(request, this, [this, action, done, what](const Result<HttpResponse> &response) {
        if (!response) {
            const Error &e = response.error();
            done(FixResult{FixResult::Status::Failed,
                           e.httpStatus,
                           QStringLiteral("%1: %2").arg(errorKindName(e.kind), e.message),
                           {}});
            return;
        }
        const int status = response->status;
        const PipelineResponse answer{status, response->body, response->headers};
        if (status >= 200 && status < 300) {
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(response->body, &pe);
            if (!response->body.trimmed().isEmpty() &&
                (pe.error != QJsonParseError::NoError || !doc.isObject())) {
                done(FixResult{FixResult::Status::Failed,
                               status,
                               tr("%1: the API answered HTTP %2 with a body that is not a JSON object, so it "
                                  "is unknown whether the cancellation was accepted; the re-read shows the "
                                  "job's state.")
                                   .arg(what)
                                   .arg(status),
                               {}});
                return;
            }
            done(
                FixResult{FixResult::Status::Succeeded, status, tr("Cancellation requested."), doc.object()});
            return;
        }
        // 409/412, and Google's FAILED_PRECONDITION for a job that has ended: the job is not in the state
        // the fix was planned for. Show what the server has now.
        const bool conflict = status == 409 || status == 412 ||
                              (status == 400 && QJsonDocument::fromJson(response->body)
                                                        .object()
                                                        .value(QLatin1String("error"))
                                                        .toObject()
                                                        .value(QLatin1String("status"))
                                                        .toString() == QLatin1String("FAILED_PRECONDITION"));
        const Error error = pipelineHttpError(answer, what);
        if (!conflict) {
            done(FixResult{FixResult::Status::Failed,
                           status,
                           QStringLiteral("%1: %2").arg(errorKindName(error.kind), error.message),
                           {}});
            return;
        }
        readBack(action, [done, status, error](const ResourceState &now) {
            if (now.readOk && now.summary.contains(QLatin1String("CANCELLED"), Qt::CaseInsensitive)) {
                // Our own earlier attempt (whose answer was lost) or someone else cancelled it already.
                done(FixResult{FixResult::Status::Succeeded, 0,
                               tr("already cancelled on the server after HTTP %1 (%2); nothing else was "
                                  "changed")
                                   .arg(status)
                                   .arg(now.summary),
                               now.state});
                return;
            }
            FixResult c{FixResult::Status::Conflict, status, error.message, now.state};
            if (!now.readOk)
                c.message += tr(" (re-reading failed: %1)").arg(now.error);
            done(c);
        });
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
    HttpRequest request = HttpRequest::get(url);
    request.acceptedTypes = {"application/json"};
    m_client->send(request, this, [done, github](const Result<HttpResponse> &response) {
        ResourceState state;
        if (!response || response->status != 200) {
            state.error =
                response
                    ? pipelineHttpError(PipelineResponse{response->status, response->body, response->headers},
                                        tr("Reading the job"))
                          .message
                    : response.error().message;
            done(state);
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(response->body);
        if (!doc.isObject()) {
            state.error = tr("The pipeline API answered with a body that is not a JSON object.");
            done(state);
            return;
        }
        state.readOk = true;
        state.state = doc.object();
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
