#include "credentialfixconnector.h"

#include "gcpiamfetcher.h"
#include "githubtokenfetcher.h"
#include "httpclient.h"
#include "pipelinetransport.h"

#include <QJsonDocument>

namespace Scimflow {

CredentialFixConnector::CredentialFixConnector(Target gcp, Target github, QObject *parent)
    : QObject(parent)
    , m_gcp(std::move(gcp))
    , m_github(std::move(github))
    , m_gcpClient(m_gcp.client)
    , m_githubClient(m_github.client)
{}

const CredentialFixConnector::Target &CredentialFixConnector::targetOf(const FixAction &action) const
{
    return action.kind == FixAction::Kind::RevokeToken ? m_github : m_gcp;
}

bool CredentialFixConnector::supports(const FixAction &action) const
{
    if (!action.isCredentialFix())
        return false;
    const Target &t = targetOf(action);
    return t.client && t.base.isValid() && t.source == action.credentialSource;
}

QString CredentialFixConnector::identity() const
{
    QStringList parts;
    for (const Target *t : {&m_gcp, &m_github}) {
        if (t->client)
            parts << t->identity;
    }
    return parts.join(QStringLiteral("; "));
}

HttpRequest CredentialFixConnector::request(const FixAction &action) const
{
    using Change = GcpIamFetcher::Change;
    switch (action.kind) {
    case FixAction::Kind::DisableServiceAccount:
        return GcpIamFetcher::changeRequest(m_gcp.base, action.credentialSource, action.credentialResource,
                                            Change::DisableAccount);
    case FixAction::Kind::EnableServiceAccount:
        return GcpIamFetcher::changeRequest(m_gcp.base, action.credentialSource, action.credentialResource,
                                            Change::EnableAccount);
    case FixAction::Kind::DisableKey:
        return GcpIamFetcher::changeRequest(m_gcp.base, action.credentialSource, action.credentialResource,
                                            Change::DisableKey);
    case FixAction::Kind::EnableKey:
        return GcpIamFetcher::changeRequest(m_gcp.base, action.credentialSource, action.credentialResource,
                                            Change::EnableKey);
    case FixAction::Kind::DeleteKey:
        return GcpIamFetcher::changeRequest(m_gcp.base, action.credentialSource, action.credentialResource,
                                            Change::DeleteKey);
    case FixAction::Kind::RevokeToken:
        return GithubTokenFetcher::revokeRequest(m_github.base, action.credentialSource,
                                                 action.credentialResource);
    default:
        return {};
    }
}

FixRequest CredentialFixConnector::describe(const FixAction &action) const
{
    FixRequest out;
    if (!supports(action))
        return out;
    const RequestPreview preview = RequestPreview::of(request(action));
    out.method = preview.method;
    out.url = QUrl(preview.url);
    for (const auto &h : preview.headers)
        out.headers.append({h.first.toUtf8(), h.second.toUtf8()});
    out.body = preview.body.toUtf8();
    return out;
}

void CredentialFixConnector::perform(const FixAction &action, std::function<void(FixResult)> done)
{
    HttpClient *client =
        action.kind == FixAction::Kind::RevokeToken ? m_githubClient.data() : m_gcpClient.data();
    if (!client || !supports(action)) {
        done(FixResult{FixResult::Status::Failed, 0, tr("The credential connection is closed."), {}});
        return;
    }
    const QString what = tr("%1 (%2)").arg(fixKindName(action.kind), action.credentialName);
    client->send(request(action), this, [action, done, what](const Result<HttpResponse> &response) {
        if (!response) {
            const Error &e = response.error();
            done(FixResult{FixResult::Status::Failed,
                           e.httpStatus,
                           QStringLiteral("%1: %2").arg(errorKindName(e.kind), e.message),
                           {}});
            return;
        }
        const int status = response->status;
        if (status >= 200 && status < 300) {
            done(FixResult{FixResult::Status::Succeeded, status, tr("Done (HTTP %1).").arg(status),
                           QJsonDocument::fromJson(response->body).object()});
            return;
        }
        // 404 on a delete or revoke: already gone, which is what was asked for.
        if (status == 404 &&
            (action.kind == FixAction::Kind::DeleteKey || action.kind == FixAction::Kind::RevokeToken)) {
            done(FixResult{FixResult::Status::Succeeded,
                           status,
                           tr("It was already gone (HTTP 404); nothing else was changed."),
                           {}});
            return;
        }
        const Error error =
            pipelineHttpError(PipelineResponse{status, response->body, response->headers}, what);
        done(FixResult{status == 409 || status == 412 ? FixResult::Status::Conflict
                                                      : FixResult::Status::Failed,
                       status,
                       QStringLiteral("%1: %2").arg(errorKindName(error.kind), error.message),
                       {}});
    });
}

void CredentialFixConnector::readBack(const FixAction &action, std::function<void(ResourceState)> done)
{
    const bool github = action.kind == FixAction::Kind::RevokeToken;
    HttpClient *client = github ? m_githubClient.data() : m_gcpClient.data();
    if (!client) {
        done(ResourceState{false, tr("The credential connection is closed."), false, {}, {}});
        return;
    }
    const Target &t = targetOf(action);
    QUrl url = t.base;
    const bool account = action.kind == FixAction::Kind::DisableServiceAccount ||
                         action.kind == FixAction::Kind::EnableServiceAccount;
    if (github)
        url.setPath(t.base.path() + QStringLiteral("/orgs/%1/personal-access-tokens/%2/repositories")
                                        .arg(action.credentialSource, action.credentialResource));
    else if (account)
        url.setPath(t.base.path() + QStringLiteral("/v1/projects/%1/serviceAccounts/%2")
                                        .arg(action.credentialSource, action.credentialResource));
    else
        url.setPath(t.base.path() + QStringLiteral("/v1/") + action.credentialResource);
    HttpRequest request = HttpRequest::get(url);
    request.acceptedTypes = {"application/json"};
    const FixAction::Kind kind = action.kind;
    client->send(request, this, [done, kind](const Result<HttpResponse> &response) {
        ResourceState state;
        if (!response) {
            state.error = response.error().message;
            done(state);
            return;
        }
        const bool gone = response->status == 404;
        if (gone && (kind == FixAction::Kind::DeleteKey || kind == FixAction::Kind::RevokeToken)) {
            state.readOk = true;
            state.effectApplied = true;
            state.summary = kind == FixAction::Kind::DeleteKey ? QStringLiteral("key: not found (deleted)")
                                                               : QStringLiteral("token: no access (revoked)");
            done(state);
            return;
        }
        if (response->status != 200) {
            state.error =
                pipelineHttpError(PipelineResponse{response->status, response->body, response->headers},
                                  tr("Reading the credential back"))
                    .message;
            done(state);
            return;
        }
        state.readOk = true;
        const QJsonDocument doc = QJsonDocument::fromJson(response->body);
        state.state = doc.object();
        const bool disabled = state.state.value(QLatin1String("disabled")).toBool();
        switch (kind) {
        case FixAction::Kind::DisableServiceAccount:
        case FixAction::Kind::DisableKey:
            state.effectApplied = disabled;
            break;
        case FixAction::Kind::EnableServiceAccount:
        case FixAction::Kind::EnableKey:
            state.effectApplied = !disabled;
            break;
        default:
            state.effectApplied = false; // a deleted key or revoked token that still answers 200
            break;
        }
        state.summary = kind == FixAction::Kind::RevokeToken || kind == FixAction::Kind::DeleteKey
                            ? QStringLiteral("still present")
                            : QStringLiteral("disabled: %1")
                                  .arg(disabled ? QStringLiteral("true") : QStringLiteral("false"));
        done(state);
    });
}

} // namespace Scimflow
