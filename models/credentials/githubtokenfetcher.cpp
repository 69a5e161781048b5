#include "githubtokenfetcher.h"

#include "githubactionsparser.h"
#include "httpclient.h"
#include "httpjob.h"
#include "pipelinetransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

namespace {

void addGithubHeaders(HttpRequest &r)
{
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/vnd.github+json")));
    r.headers.append(qMakePair(QByteArray("X-GitHub-Api-Version"), QByteArray("2022-11-28")));
}

QString idText(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

} // namespace

GithubTokenFetcher::GithubTokenFetcher(HttpClient &client, QUrl apiBase, QString organisation,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_apiBase(std::move(apiBase))
    , m_organisation(std::move(organisation))
{
    m_result.sourceKind = CredentialInventory::Source::Github;
    m_result.source = m_organisation;
}

HttpRequest GithubTokenFetcher::revokeRequest(const QUrl &apiBase, const QString &organisation,
                                              const QString &tokenId)
{
    HttpRequest r;
    r.method = "POST";
    r.url = apiBase;
    r.url.setPath(apiBase.path() +
                  QStringLiteral("/orgs/%1/personal-access-tokens/%2").arg(organisation, tokenId));
    r.contentType = "application/json";
    r.body = R"({"action":"revoke"})";
    r.retryable = true; // revoking a revoked token changes nothing
    addGithubHeaders(r);
    return r;
}

QUrl GithubTokenFetcher::nextLink(const HttpResponse &response)
{
    QByteArrayList links;
    for (const auto &h : response.headers) {
        if (h.first.compare("link", Qt::CaseInsensitive) == 0)
            links << h.second;
    }
    return GithubActionsParser::nextLink(links.join(", "));
}

void GithubTokenFetcher::start()
{
    m_context = new QObject(this);
    if (m_organisation.isEmpty() || m_organisation.contains(QLatin1Char('/'))) {
        fail(Error::make(Error::Kind::InvalidInput,
                         tr("Give the GitHub organisation's login, not \"%1\".").arg(m_organisation)));
        return;
    }
    QUrl url = m_apiBase;
    url.setPath(m_apiBase.path() + QStringLiteral("/orgs/%1/personal-access-tokens").arg(m_organisation));
    url.setQuery(QStringLiteral("per_page=%1").arg(m_perPage));
    fetch(url);
}

void GithubTokenFetcher::cancel()
{
    fail(Error::make(Error::Kind::Cancelled,
                     tr("Reading the tokens of %1 was cancelled.").arg(m_organisation)));
}

void GithubTokenFetcher::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    delete m_context;
    emit failed(error);
}

Status GithubTokenFetcher::parsePage(const QByteArray &body)
{
    const QString what = tr("Listing the fine-grained tokens of %1").arg(m_organisation);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Error::make(
            Error::Kind::Protocol,
            tr("%1: page %2 is not a JSON array (%3).")
                .arg(what)
                .arg(m_pages)
                .arg(error.error != QJsonParseError::NoError ? error.errorString() : tr("wrong shape")));
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        Credential c;
        c.kind = Credential::Kind::Token;
        c.source = m_organisation;
        c.externalId = idText(o.value(QLatin1String("id")));
        c.owner = o.value(QLatin1String("owner")).toObject().value(QLatin1String("login")).toString();
        if (!v.isObject() || c.externalId.isEmpty() || c.owner.isEmpty())
            return Error::make(Error::Kind::Protocol, tr("%1: a token without id or owner login.").arg(what));
        if (m_seenIds.contains(c.externalId))
            continue; // a new grant pushed this one onto the next page
        m_seenIds.insert(c.externalId);
        c.name = o.value(QLatin1String("token_name")).toString();
        c.expired = o.value(QLatin1String("token_expired")).toBool();
        c.expiresAt = timestampFromIso(o.value(QLatin1String("token_expires_at")).toString());
        c.lastUsedAt = timestampFromIso(o.value(QLatin1String("token_last_used_at")).toString());
        c.createdAt = timestampFromIso(o.value(QLatin1String("access_granted_at")).toString());
        c.detail = QJsonObject{
            {QStringLiteral("tokenId"), idText(o.value(QLatin1String("token_id")))},
            {QStringLiteral("repositorySelection"),
             o.value(QLatin1String("repository_selection")).toString()},
            {QStringLiteral("repositoriesUrl"), o.value(QLatin1String("repositories_url")).toString()}};
        m_result.items << c;
    }
    return {};
}

void GithubTokenFetcher::fetch(const QUrl &url)
{
    if (m_seenUrls.contains(url.toString())) {
        fail(Error::make(Error::Kind::Protocol,
                         tr("GitHub returned a Link to a page already fetched; the paging "
                            "loops, so the read stops and nothing is saved.")));
        return;
    }
    if (++m_pages > m_maxPages) {
        fail(Error::make(Error::Kind::TooLarge,
                         tr("More than %1 pages of tokens; raise the page limit.").arg(m_maxPages)));
        return;
    }
    m_seenUrls.insert(url.toString());
    HttpRequest request = HttpRequest::get(url);
    addGithubHeaders(request);
    request.acceptedTypes = {"application/json"};
    m_client.send(request, m_context, [this](const Result<HttpResponse> &reply) {
        if (!reply)
            return fail(reply.error());
        if (reply->status != 200)
            return fail(pipelineHttpError(PipelineResponse{reply->status, reply->body, reply->headers},
                                          tr("Listing the fine-grained tokens of %1").arg(m_organisation)));
        if (Status parsed = parsePage(reply->body); !parsed)
            return fail(parsed.error());
        emit progress(int(m_result.items.size()), 0);
        const QUrl next = nextLink(*reply);
        if (next.isEmpty()) {
            m_done = true;
            emit finished();
            return;
        }
        // The installation token goes only to the configured API host.
        if (next.host() != m_apiBase.host() || next.port() != m_apiBase.port() ||
            next.scheme() != m_apiBase.scheme())
            return fail(Error::make(
                Error::Kind::Protocol,
                tr("GitHub's next page points at another host (%1); it is not followed.").arg(next.host())));
        fetch(next);
    });
}

} // namespace Scimflow
