#include "githubactionsfetcher.h"

#include "httpclient.h"
#include "httpjob.h"
#include "pipelinetransport.h"

#include <QUrlQuery>

namespace Scimflow {

GithubActionsFetcher::GithubActionsFetcher(HttpClient &client, QUrl apiBase, QString repo, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_apiBase(std::move(apiBase))
    , m_repo(std::move(repo))
{}

HttpRequest GithubActionsFetcher::cancelRequest(const QUrl &apiBase, const QString &repo,
                                                const QString &runId)
{
    HttpRequest r;
    r.method = "POST";
    r.url = apiBase;
    r.url.setPath(apiBase.path() + QStringLiteral("/repos/%1/actions/runs/%2/cancel").arg(repo, runId));
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/vnd.github+json")));
    r.headers.append(qMakePair(QByteArray("X-GitHub-Api-Version"), QByteArray("2022-11-28")));
    return r;
}

void GithubActionsFetcher::start()
{
    if (!m_repo.contains(QLatin1Char('/'))) {
        fail(Error::make(Error::Kind::InvalidInput,
                         tr("The repository must be written OWNER/REPO, not \"%1\".").arg(m_repo)));
        return;
    }
    QUrl url = m_apiBase;
    url.setPath(m_apiBase.path() + QStringLiteral("/repos/%1/actions/runs").arg(m_repo));
    url.setQuery(QStringLiteral("per_page=%1").arg(m_perPage));
    fetch(url);
}

void GithubActionsFetcher::cancel()
{
    if (m_job)
        m_job->abort();
    else
        fail(Error::make(Error::Kind::Cancelled, tr("The GitHub Actions fetch was cancelled.")));
}

void GithubActionsFetcher::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    if (HttpJob *next = m_job) { // the next page, asked for before this one was read
        m_job = nullptr;
        next->abort();
    }
    emit failed(error);
}

void GithubActionsFetcher::fetch(const QUrl &url)
{
    if (m_seenUrls.contains(url.toString())) {
        fail(Error::make(Error::Kind::Protocol,
                         tr("GitHub returned a Link to a page already fetched; the paging "
                            "loops, so the fetch stops.")));
        return;
    }
    if (++m_pages > m_maxPages) {
        fail(Error::make(Error::Kind::TooLarge,
                         tr("More than %1 pages of workflow runs; raise the page limit.").arg(m_maxPages)));
        return;
    }
    m_seenUrls.insert(url.toString());
    HttpRequest request = HttpRequest::get(url);
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/vnd.github+json")));
    request.headers.append(qMakePair(QByteArray("X-GitHub-Api-Version"), QByteArray("2022-11-28")));
    request.acceptedTypes = {"application/json"};
    const int pageNumber = m_pages;
    m_job = m_client.send(request, this, [this, pageNumber](const Result<HttpResponse> &reply) {
        m_job = nullptr;
        if (m_done)
            return; // the fetch failed while this page was on its way
        if (!reply) {
            fail(reply.error());
            return;
        }
        const HttpResponse &r = *reply;
        m_rateLimit = GithubActionsParser::rateLimit([&](const QByteArray &n) { return r.header(n); });
        if (r.status < 200 || r.status >= 300) {
            fail(pipelineHttpError(PipelineResponse{r.status, r.body, r.headers},
                                   tr("Listing workflow runs")));
            return;
        }
        // The next page is asked for before this one is read, so that the server prepares it meanwhile.
        const QUrl next = GithubActionsParser::nextLink(r.header("Link"));
        if (!next.isEmpty()) {
            // The token goes only to the configured API host.
            if (next.host() != m_apiBase.host() || next.port() != m_apiBase.port() ||
                next.scheme() != m_apiBase.scheme()) {
                fail(Error::make(Error::Kind::Protocol,
                                 tr("GitHub's next page points at another host (%1); it is not "
                                    "followed.")
                                     .arg(next.host())));
                return;
            }
            fetch(next);
            if (m_done)
                return;
        }
        // Parsed on the parse thread, so that the next page's answer is taken in meanwhile.
        m_parseThread.run<Result<JobPage>>([parser = m_parser, body = r.body] { return parser.parse(body); },
                                           [this, pageNumber, last = next.isEmpty()](Result<JobPage> &page) {
                                               if (!m_done)
                                                   read(pageNumber, page, last);
                                           });
    });
}

void GithubActionsFetcher::read(int pageNumber, Result<JobPage> &page, bool last)
{
    if (!page) {
        fail(Error::make(page.error().kind, tr("Page %1: %2").arg(pageNumber).arg(page.error().message)));
        return;
    }
    QList<Job> fresh;
    for (Job &j : page->jobs) {
        if (m_seenIds.contains(j.externalId)) {
            ++m_result.report.duplicates; // a new run pushed this one onto the next page
            continue;
        }
        m_seenIds.insert(j.externalId);
        fresh << j;
        m_result.jobs << std::move(j);
    }
    m_result.report.merge(page->report, m_parser.limits());
    m_result.report.accepted = int(m_result.jobs.size());
    if (!fresh.isEmpty())
        emit jobsRead(fresh);
    emit progress(int(m_result.jobs.size()), 0); // total_count is a hint only: not worth a second parse
    if (last) {
        m_done = true;
        emit finished();
    }
}

} // namespace Scimflow
