#include "dataflowfetcher.h"

#include "httpclient.h"
#include "httpjob.h"
#include "jsoninput.h"
#include "pipelinetransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Scimflow {

namespace {
const char *const kFilters[] = {"ACTIVE", "TERMINATED"};
constexpr int kAuditListing = 2; // the listings after kFilters: Cloud Logging entries:list
constexpr int kParallelGets = 4;
} // namespace

DataflowFetcher::DataflowFetcher(HttpClient &client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{}

HttpRequest DataflowFetcher::cancelRequest(const QUrl &dataflowBase, const QString &project,
                                           const QString &location, const QString &jobId)
{
    HttpRequest r;
    r.method = "PUT";
    r.url = dataflowBase;
    r.url.setPath(dataflowBase.path() +
                  QStringLiteral("/v1b3/projects/%1/locations/%2/jobs/%3").arg(project, location, jobId));
    r.contentType = "application/json";
    r.body = R"({"requestedState":"JOB_STATE_CANCELLED"})";
    r.retryable = true; // setting the same requested state twice is harmless
    return r;
}

QUrl DataflowFetcher::jobsUrl() const
{
    QUrl url = m_options.dataflowBase;
    url.setPath(
        m_options.dataflowBase.path() +
        QStringLiteral("/v1b3/projects/%1/locations/%2/jobs").arg(m_options.project, m_options.location));
    return url;
}

void DataflowFetcher::start()
{
    m_context = new QObject(this); // destroyed on cancel: late answers are dropped
    if (m_options.project.isEmpty() || m_options.location.isEmpty()) {
        fail(Error::make(Error::Kind::InvalidInput, tr("Give the Dataflow project and location.")));
        return;
    }
    // The launchers first, so that each listed page is final when it arrives.
    if (m_options.launchers)
        logs(QString());
    else
        list(0, QString());
}

void DataflowFetcher::cancel()
{
    delete m_context;
    fail(Error::make(Error::Kind::Cancelled, tr("The Dataflow fetch was cancelled.")));
}

void DataflowFetcher::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    delete m_context;
    emit failed(error);
}

void DataflowFetcher::done()
{
    if (m_done)
        return;
    m_done = true;
    emit finished();
}

bool DataflowFetcher::checkToken(int listing, const QString &token)
{
    if (++m_pages > m_options.maxPages) {
        fail(Error::make(Error::Kind::TooLarge,
                         tr("More than %1 pages; raise the page limit.").arg(m_options.maxPages)));
        return false;
    }
    if (!token.isEmpty() && m_tokens[listing].contains(token)) {
        fail(Error::make(Error::Kind::Protocol,
                         tr("The server repeated a page token; the paging loops, so the "
                            "fetch stops.")));
        return false;
    }
    m_tokens[listing].insert(token);
    return true;
}

template <typename Page, typename Parser>
void DataflowFetcher::readPage(const QByteArray &body, const Parser &parser,
                               const std::function<void(const QString &)> &askNext,
                               const std::function<void(Page &page, bool last)> &read)
{
    // A token asked for early that the parse then refuses or reads differently fails the fetch, and the
    // answer to that request is dropped.
    const std::optional<QString> early = JsonInput::topLevelString(body, QLatin1StringView("nextPageToken"));
    if (early && !early->isEmpty())
        askNext(*early);
    if (m_done)
        return;
    m_parseThread.run<Result<Page>>(
        [parser, body] { return parser.parse(body); },
        [this, early, askNext, read](Result<Page> &page) {
            if (m_done)
                return;
            if (!page)
                return fail(page.error());
            const QString &next = page->nextPageToken;
            if (!early && !next.isEmpty()) {
                askNext(next);
            } else if (early && *early != next) {
                return fail(
                    Error::make(Error::Kind::Protocol,
                                tr("The page's nextPageToken reads differently from its text and as JSON.")));
            }
            if (!m_done)
                read(*page, next.isEmpty());
        });
}

void DataflowFetcher::list(int filterIndex, const QString &token)
{
    if (!token.isEmpty() && !checkToken(filterIndex, token))
        return;
    QUrl url = jobsUrl();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("filter"), QLatin1String(kFilters[filterIndex]));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(m_options.pageSize));
    q.addQueryItem(QStringLiteral("view"), QStringLiteral("JOB_VIEW_ALL"));
    if (!token.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), token);
    url.setQuery(q);
    HttpRequest request = HttpRequest::get(url);
    request.acceptedTypes = {"application/json"};
    m_client.send(request, m_context, [this, filterIndex](const Result<HttpResponse> &reply) {
        if (!reply)
            return fail(reply.error());
        if (reply->status != 200)
            return fail(pipelineHttpError(PipelineResponse{reply->status, reply->body, reply->headers},
                                          tr("Listing Dataflow jobs")));
        readPage<JobPage>(
            reply->body, m_parser, [this, filterIndex](const QString &token) { list(filterIndex, token); },
            [this, filterIndex](JobPage &page, bool last) { readJobs(filterIndex, page, last); });
    });
}

void DataflowFetcher::readJobs(int filterIndex, JobPage &page, bool last)
{
    QList<Job> complete;
    for (Job &j : page.jobs) {
        if (m_ids.contains(j.externalId)) {
            ++m_result.report.duplicates; // e.g. a job that ended between the two lists
            continue;
        }
        m_ids.insert(j.externalId);
        if (const auto launch = m_launchByJob.constFind(j.externalId); launch != m_launchByJob.cend())
            j.launcher = launch->launcher();
        if (j.runAs.isEmpty())
            m_missing << m_result.jobs.size(); // handed on once its details are read
        else
            complete << j;
        m_result.jobs << std::move(j);
    }
    m_result.report.merge(page.report, m_parser.limits());
    if (!complete.isEmpty())
        emit jobsRead(complete);
    emit progress(int(m_result.jobs.size()), 0);
    if (!last)
        return; // asked for already
    if (filterIndex + 1 < int(std::size(kFilters)))
        return list(filterIndex + 1, QString());
    fetchDetails();
}

void DataflowFetcher::fetchDetails()
{
    if (m_done)
        return;
    while (m_inFlight < kParallelGets && m_nextMissing < m_missing.size()) {
        const qsizetype index = m_missing[m_nextMissing++];
        QUrl url = jobsUrl();
        url.setPath(url.path() + QLatin1Char('/') + m_result.jobs[index].externalId);
        url.setQuery(QStringLiteral("view=JOB_VIEW_ALL"));
        HttpRequest request = HttpRequest::get(url);
        request.acceptedTypes = {"application/json"};
        ++m_inFlight;
        m_client.send(request, m_context, [this, index](const Result<HttpResponse> &reply) {
            --m_inFlight;
            if (!reply)
                return fail(reply.error());
            if (reply->status == 404) {
                emit jobsRead({m_result.jobs[index]}); // deleted meanwhile: keep the summary
                fetchDetails();
                return;
            }
            if (reply->status != 200)
                return fail(pipelineHttpError(PipelineResponse{reply->status, reply->body, reply->headers},
                                              tr("Getting a Dataflow job")));
            Result<Job> job = m_parser.parseJob(reply->body);
            if (!job)
                return fail(job.error());
            m_result.jobs[index].runAs = job->runAs;
            if (m_result.jobs[index].role.isEmpty())
                m_result.jobs[index].role = job->role;
            emit jobsRead({m_result.jobs[index]});
            fetchDetails();
        });
    }
    if (m_inFlight == 0 && m_nextMissing >= m_missing.size()) {
        m_result.report.accepted = int(m_result.jobs.size());
        done();
    }
}

void DataflowFetcher::logs(const QString &token)
{
    if (!token.isEmpty() && !checkToken(kAuditListing, token))
        return;
    QUrl url = m_options.loggingBase;
    url.setPath(m_options.loggingBase.path() + QStringLiteral("/v2/entries:list"));
    QJsonObject body{
        {QStringLiteral("resourceNames"), QJsonArray{QStringLiteral("projects/") + m_options.project}},
        {QStringLiteral("filter"), AuditLogParser::creationFilter(m_options.project)},
        {QStringLiteral("orderBy"), QStringLiteral("timestamp asc")},
        {QStringLiteral("pageSize"), m_options.pageSize}};
    if (!token.isEmpty())
        body.insert(QStringLiteral("pageToken"), token);
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.contentType = "application/json";
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.acceptedTypes = {"application/json"};
    request.retryable = true; // entries:list only reads
    HttpClient &client = m_loggingClient ? *m_loggingClient : m_client;
    client.send(request, m_context, [this](const Result<HttpResponse> &reply) {
        if (!reply)
            return fail(reply.error());
        if (reply->status != 200)
            return fail(pipelineHttpError(PipelineResponse{reply->status, reply->body, reply->headers},
                                          tr("Reading the Dataflow audit log")));
        readPage<AuditLogPage>(
            reply->body, m_auditParser, [this](const QString &token) { logs(token); },
            [this](AuditLogPage &page, bool last) {
                m_launches << page.launches;
                m_result.report.merge(page.report, m_auditParser.limits());
                if (!last)
                    return; // asked for already
                m_launchByJob = AuditLogParser::byJob(m_launches);
                m_launches.clear();
                list(0, QString());
            });
    });
}

} // namespace Scimflow
