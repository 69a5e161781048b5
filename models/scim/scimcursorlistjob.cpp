#include "scimcursorlistjob.h"

#include "backgroundpool.h"
#include "httpclient.h"
#include "httpjob.h"
#include "scimerror.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent>

namespace Scimflow {

namespace {
constexpr qint64 kMaxResources = 10'000'000; // as ScimListJob: beyond any directory this console is meant for
constexpr int kMaxEmptyPagesInARow = 3;      // pages without resources that still hand out a cursor

QString scimTypeOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body.left(64 * 1024))
        .object()
        .value(QLatin1String("scimType"))
        .toString()
        .left(64);
}
} // namespace

ScimCursorListJob::ScimCursorListJob(ScimClient *client, ScimParser::Kind kind, QString filter)
    : QObject(client)
    , m_client(client)
    , m_kind(kind)
    , m_filter(std::move(filter))
{}

ScimCursorListJob::~ScimCursorListJob()
{
    if (auto *job = qobject_cast<HttpJob *>(m_inFlight.data()))
        job->abort();
}

void ScimCursorListJob::start()
{
    if (m_finished)
        return;
    ++m_generation;
    m_cursorsSeen.clear();
    m_users.clear();
    m_groups.clear();
    m_ids.clear();
    m_total = -1;
    m_emptyPagesInARow = 0;
    m_listing.duplicates = 0;
    fetch(QString());
}

void ScimCursorListJob::fetch(const QString &cursor)
{
    QUrl url = m_client->endpoint(m_kind == ScimParser::Kind::Users ? QStringLiteral("Users")
                                                                    : QStringLiteral("Groups"));
    // An empty cursor asks for the first page and announces that this client pages by cursor.
    QString query = QStringLiteral("count=%1&cursor=%2")
                        .arg(m_client->pageSize())
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    if (!m_filter.isEmpty())
        query += QStringLiteral("&filter=") + QString::fromLatin1(QUrl::toPercentEncoding(m_filter));
    url.setQuery(query, QUrl::StrictMode);
    ++m_listing.requests;
    const HttpRequest request = m_client->getRequest(url);
    HttpJob *job = m_client->http()->send(request);
    m_inFlight = job;
    const int generation = m_generation;
    connect(job, &HttpJob::finished, this, [this, job, request, generation, cursor] {
        if (m_finished || generation != m_generation)
            return;
        m_inFlight = nullptr;
        const Result<HttpResponse> &r = job->result();
        if (!r) {
            fail(r.error());
            return;
        }
        if (r->status == 400 && !cursor.isEmpty()) {
            const QString scimType = scimTypeOf(r->body);
            if (scimType == QLatin1String("invalidCursor")) {
                restartOrFail(tr("the server rejected its own cursor (invalidCursor)"));
                return;
            }
            if (scimType == QLatin1String("expiredCursor")) {
                restartOrFail(tr("the cursor expired before the next page was read (expiredCursor)"));
                return;
            }
        }
        if (r->status < 200 || r->status >= 300) {
            fail(scimErrorFromResponse(request, *r));
            return;
        }
        auto *watcher = new QFutureWatcher<Result<ScimPage>>(this);
        m_inFlight = watcher;
        connect(watcher, &QFutureWatcher<Result<ScimPage>>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (m_finished || generation != m_generation)
                return;
            m_inFlight = nullptr;
            onPage(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(backgroundPool(), ScimParser::parseCursorListResponse, r->body,
                                             m_kind, m_client->profile(), m_client->limits()));
    });
}

void ScimCursorListJob::onPage(const Result<ScimPage> &parsed)
{
    if (!parsed) {
        fail(parsed.error());
        return;
    }
    const ScimPage &p = *parsed;
    if (p.totalResults > kMaxResources) {
        fail(Error::make(Error::Kind::TooLarge,
                         tr("The SCIM server reports %1 resources, more than the limit of %2.")
                             .arg(p.totalResults)
                             .arg(kMaxResources)));
        return;
    }
    if (p.totalResults >= 0)
        m_total = p.totalResults;
    for (const User &u : p.users) {
        if (m_ids.contains(u.scimId)) {
            ++m_listing.duplicates;
            continue;
        }
        m_ids.insert(u.scimId);
        m_users.append(u);
    }
    for (const Group &g : p.groups) {
        if (m_ids.contains(g.scimId)) {
            ++m_listing.duplicates;
            continue;
        }
        m_ids.insert(g.scimId);
        m_groups.append(g);
    }
    if (m_ids.size() > kMaxResources) {
        fail(Error::make(Error::Kind::TooLarge,
                         tr("The SCIM server listed more than %1 resources.").arg(kMaxResources)));
        return;
    }
    Q_EMIT progress(m_ids.size(), m_total);
    if (!p.hasNextCursor) {
        complete();
        return;
    }
    if (m_cursorsSeen.contains(p.nextCursor)) {
        restartOrFail(tr("the server handed out a cursor it had already given (a paging loop)"));
        return;
    }
    m_emptyPagesInARow = p.ids.isEmpty() ? m_emptyPagesInARow + 1 : 0;
    if (m_emptyPagesInARow >= kMaxEmptyPagesInARow) {
        fail(Error::make(Error::Kind::Protocol,
                         tr("The SCIM server returned %1 empty pages in a row that still named a next "
                            "cursor; its paging does not end. The previous snapshot was kept.")
                             .arg(m_emptyPagesInARow)));
        return;
    }
    m_cursorsSeen.insert(p.nextCursor);
    fetch(p.nextCursor);
}

void ScimCursorListJob::restartOrFail(const QString &reason)
{
    if (m_listing.restarts < kMaxRestarts) {
        ++m_listing.restarts;
        start();
        return;
    }
    fail(Error::make(
        Error::Kind::Protocol,
        tr("Listing %1 by cursor failed: %2, again after restarting the listing. Nothing was "
           "saved; the previous snapshot was kept. Try again later.")
            .arg(m_kind == ScimParser::Kind::Users ? QStringLiteral("Users") : QStringLiteral("Groups"),
                 reason)));
}

void ScimCursorListJob::complete()
{
    if (m_total >= 0 && m_ids.size() < m_total) {
        fail(
            Error::make(Error::Kind::Protocol,
                        tr("The SCIM server reported %1 resources but its cursor pages held only %2 distinct "
                           "ones; a full snapshot cannot be trusted. The previous snapshot was kept.")
                            .arg(m_total)
                            .arg(m_ids.size())));
        return;
    }
    m_finished = true;
    m_listing.users = std::move(m_users);
    m_listing.groups = std::move(m_groups);
    m_listing.totalResults = m_total >= 0 ? m_total : m_ids.size();
    m_result = std::move(m_listing);
    Q_EMIT finished();
}

void ScimCursorListJob::cancel()
{
    fail(Error::make(Error::Kind::Cancelled, tr("The sync was cancelled.")));
}

void ScimCursorListJob::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    ++m_generation;
    if (auto *job = qobject_cast<HttpJob *>(m_inFlight.data()))
        job->abort();
    m_inFlight = nullptr;
    m_result = error;
    Q_EMIT finished();
}

} // namespace Scimflow
