#include "scimlistjob.h"

#include "backgroundpool.h"
#include "httpclient.h"
#include "httpjob.h"
#include "scimclient.h"
#include "scimerror.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace Scimflow {

namespace {
constexpr qint64 kMaxTotal = 10'000'000; // beyond any directory this console is meant for
constexpr int kMaxRestarts = 2;
} // namespace

ScimListJob::ScimListJob(ScimClient *client, ScimParser::Kind kind, QString filter)
    : QObject(client)
    , m_client(client)
    , m_kind(kind)
    , m_filter(std::move(filter))
{}

ScimListJob::~ScimListJob()
{
    for (QObject *o : std::as_const(m_inFlight)) {
        if (auto *job = qobject_cast<HttpJob *>(o))
            job->abort();
    }
}

void ScimListJob::start()
{
    if (m_finished)
        return;
    m_total = -1;
    m_received = 0;
    m_pages.clear();
    m_queue.clear();
    m_firstPageFirstId.clear();
    m_serverPageSize = 0;
    m_maxRequests = 8;
    ++m_generation;
    const int count = m_client->pageSize();
    fetch({1, count});
}

void ScimListJob::restart()
{
    ++m_listing.restarts;
    // Abandon the current listing first: abort() reports synchronously, and those reports must be ignored
    // rather than taken for a failure of the new listing.
    ++m_generation;
    const QSet<QObject *> inFlight = std::exchange(m_inFlight, {});
    for (QObject *o : inFlight) {
        if (auto *job = qobject_cast<HttpJob *>(o))
            job->abort();
    }
    start();
}

void ScimListJob::fetch(const PageRequest &page)
{
    if (++m_listing.requests > m_maxRequests + m_listing.restarts * m_maxRequests) {
        fail(Error::make(
            Error::Kind::Protocol,
            tr("The SCIM server needed more than %1 requests to list %2 resources; its paging does "
               "not add up. The previous snapshot was kept.")
                .arg(m_maxRequests)
                .arg(m_total)));
        return;
    }
    QUrl url = m_client->endpoint(m_kind == ScimParser::Kind::Users ? QStringLiteral("Users")
                                                                    : QStringLiteral("Groups"));
    QString query = QStringLiteral("startIndex=%1&count=%2").arg(page.startIndex).arg(page.count);
    if (!m_filter.isEmpty())
        query += QStringLiteral("&filter=") + QString::fromLatin1(QUrl::toPercentEncoding(m_filter));
    url.setQuery(query, QUrl::StrictMode);
    const HttpRequest request = m_client->getRequest(url);
    HttpJob *job = m_client->http()->send(request);
    m_inFlight.insert(job);
    const int generation = m_generation;
    connect(job, &HttpJob::finished, this, [this, job, page, request, generation] {
        m_inFlight.remove(job);
        if (m_finished || generation != m_generation)
            return;
        const Result<HttpResponse> &r = job->result();
        if (!r) {
            fail(r.error());
            return;
        }
        if (r->status < 200 || r->status >= 300) {
            fail(scimErrorFromResponse(request, *r));
            return;
        }
        // Parsing a 100-resource page costs about as much as receiving it: keep it off the GUI thread.
        auto *watcher = new QFutureWatcher<Result<ScimPage>>(this);
        m_inFlight.insert(watcher);
        connect(watcher, &QFutureWatcher<Result<ScimPage>>::finished, this,
                [this, watcher, page, generation] {
                    m_inFlight.remove(watcher);
                    watcher->deleteLater();
                    if (m_finished || generation != m_generation)
                        return;
                    onPage(page, watcher->result());
                });
        watcher->setFuture(QtConcurrent::run(backgroundPool(), ScimParser::parseListResponse, r->body, m_kind,
                                             m_client->profile(), m_client->limits()));
    });
}

void ScimListJob::onPage(const PageRequest &page, const Result<ScimPage> &parsed)
{
    if (!parsed) {
        fail(parsed.error());
        return;
    }
    const ScimPage &p = *parsed;
    const int k = int(p.ids.size());
    if (p.startIndex != 0 && p.startIndex != page.startIndex) {
        fail(Error::make(Error::Kind::Protocol,
                         tr("The SCIM server answered startIndex=%1 with a page starting at %2: "
                            "it ignores startIndex, so the collection cannot be paged "
                            "reliably. The previous snapshot was kept.")
                             .arg(page.startIndex)
                             .arg(p.startIndex)));
        return;
    }
    if (page.startIndex == 1) {
        if (p.totalResults > kMaxTotal) {
            fail(Error::make(Error::Kind::TooLarge,
                             tr("The SCIM server reports %1 resources, more than the limit of %2.")
                                 .arg(p.totalResults)
                                 .arg(kMaxTotal)));
            return;
        }
        m_total = p.totalResults;
        m_listing.totalResults = m_total;
        m_firstPageFirstId = k ? p.ids.first() : QString();
        // The server may cap count below what we asked for: its first page tells us its real page size.
        m_serverPageSize = k > 0 && k < page.count && k < m_total ? k : page.count;
        if (k > m_total && m_total >= 0) {
            fail(Error::make(Error::Kind::Protocol,
                             tr("The SCIM server returned %1 resources on the first page but "
                                "reports totalResults=%2. The previous snapshot was kept.")
                                 .arg(k)
                                 .arg(m_total)));
            return;
        }
        const qint64 expectedPages = (m_total + m_serverPageSize - 1) / qMax(1, m_serverPageSize);
        m_maxRequests = int(qMin<qint64>(2 * expectedPages + 8, 4 * kMaxTotal));
        for (qint64 s = 1 + k; k > 0 && s <= m_total; s += m_serverPageSize)
            m_queue.append({s, int(qMin<qint64>(m_serverPageSize, m_total - s + 1))});
    } else {
        if (p.totalResults != m_total) {
            if (m_listing.restarts < kMaxRestarts) {
                restart();
                return;
            }
            fail(Error::make(Error::Kind::Protocol,
                             tr("The SCIM server's totalResults changed during the sync (%1, "
                                "then %2) %3 times in a row; the directory is changing too "
                                "fast or the server miscounts. Try again later; the previous "
                                "snapshot was kept.")
                                 .arg(m_total)
                                 .arg(p.totalResults)
                                 .arg(kMaxRestarts + 1)));
            return;
        }
        if (k > 0 && p.ids.first() == m_firstPageFirstId) {
            fail(Error::make(Error::Kind::Protocol,
                             tr("The SCIM server returned the first page again for "
                                "startIndex=%1: it ignores startIndex. The previous snapshot "
                                "was kept.")
                                 .arg(page.startIndex)));
            return;
        }
        if (k == 0) {
            fail(Error::make(Error::Kind::Protocol,
                             tr("The SCIM server reports totalResults=%1 but returned no "
                                "resources from index %2; its count is wrong. The previous "
                                "snapshot was kept.")
                                 .arg(m_total)
                                 .arg(page.startIndex)));
            return;
        }
        if (k < page.count) // a short page: ask for the rest of its range
            m_queue.prepend({page.startIndex + k, page.count - k});
    }
    m_received += k;
    m_pages.insert(page.startIndex, p);
    Q_EMIT progress(qMin(m_received, m_total), m_total);
    pump();
}

void ScimListJob::pump()
{
    if (m_finished)
        return;
    const int limit = m_client->maxConcurrentPages();
    while (!m_queue.isEmpty() && m_inFlight.size() < limit) {
        fetch(m_queue.takeFirst());
        if (m_finished)
            return;
    }
    if (m_queue.isEmpty() && m_inFlight.isEmpty())
        complete();
}

void ScimListJob::complete()
{
    QSet<QString> seen;
    seen.reserve(int(m_total));
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        ScimPage &p = it.value();
        for (User &u : p.users) {
            if (seen.contains(u.scimId)) {
                ++m_listing.duplicates;
                continue;
            }
            seen.insert(u.scimId);
            m_listing.users.append(std::move(u));
        }
        for (Group &g : p.groups) {
            if (seen.contains(g.scimId)) {
                ++m_listing.duplicates;
                continue;
            }
            seen.insert(g.scimId);
            m_listing.groups.append(std::move(g));
        }
    }
    m_pages.clear();
    if (seen.size() < m_total) {
        fail(Error::make(
            Error::Kind::Protocol,
            tr("The SCIM server reported %1 resources but paging returned only %2 distinct ones (%3 "
               "duplicates); a full snapshot cannot be trusted. The previous snapshot was kept.")
                .arg(m_total)
                .arg(seen.size())
                .arg(m_listing.duplicates)));
        return;
    }
    m_finished = true;
    m_result = std::move(m_listing);
    Q_EMIT finished();
}

void ScimListJob::cancel()
{
    fail(Error::make(Error::Kind::Cancelled, tr("The sync was cancelled.")));
}

void ScimListJob::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    const QSet<QObject *> inFlight = std::exchange(m_inFlight, {});
    for (QObject *o : inFlight) {
        if (auto *job = qobject_cast<HttpJob *>(o))
            job->abort();
    }
    m_result = error;
    Q_EMIT finished();
}

} // namespace Scimflow
