#pragma once

#include "githubactionsparser.h"
#include "httprequest.h"
#include "parsethread.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace Scimflow {

class HttpClient;
class HttpJob;

/// Fetches every workflow run of one repository (GET /repos/{owner}/{repo}/actions/runs), following the
/// Link header's rel="next" on the same host only, de-duplicating runs that shift between pages. Retries,
/// 429 and timeouts are HttpClient's; a malformed page fails the whole fetch so nothing partial is written.
class GithubActionsFetcher : public QObject
{
    Q_OBJECT
public:
    GithubActionsFetcher(HttpClient &client, QUrl apiBase, QString repo, QObject *parent = nullptr);

    void setPerPage(int perPage) { m_perPage = perPage; }
    void setMaxPages(int maxPages) { m_maxPages = maxPages; }

    const JobPage &result() const { return m_result; }
    GithubRateLimit rateLimit() const { return m_rateLimit; }

    /// POST /repos/{owner}/{repo}/actions/runs/{id}/cancel; RequestPreview::of() shows it before sending.
    static HttpRequest cancelRequest(const QUrl &apiBase, const QString &repo, const QString &runId);

public slots:
    void start();
    void cancel();

signals:
    /// The runs of each page as it is read (those not on an earlier page); finished() follows the last.
    void jobsRead(const QList<Scimflow::Job> &jobs);
    void progress(int done, int total);
    void finished();
    void failed(const Scimflow::Error &error);

private:
    void fetch(const QUrl &url);
    /// Page \a pageNumber, parsed, in the order the pages came.
    void read(int pageNumber, Result<JobPage> &page, bool last);
    void fail(const Error &error);

    HttpClient &m_client;
    QUrl m_apiBase;
    QString m_repo;
    int m_perPage = 100;
    int m_maxPages = 20000;
    int m_pages = 0;
    QSet<QString> m_seenUrls;
    QSet<QString> m_seenIds;
    GithubActionsParser m_parser;
    JobPage m_result;
    GithubRateLimit m_rateLimit;
    QPointer<HttpJob> m_job;
    bool m_done = false;
    ParseThread m_parseThread; // last: stopped before the rest goes
};

} // namespace Scimflow
