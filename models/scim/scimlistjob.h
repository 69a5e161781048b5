#pragma once

#include "result.h"
#include "scimclient.h"
#include "scimparser.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Scimflow {

class HttpJob;

/// Everything a listing returned, de-duplicated by id, in server order.
struct ScimListing
{
    QList<User> users;
    QList<Group> groups;
    qint64 totalResults = 0;
    int requests = 0;
    int duplicates = 0; // resources seen more than once and dropped
    int restarts = 0;   // listings restarted because totalResults changed
};

/// Pages through a SCIM collection: the first page gives totalResults and the server's page size, then up to
/// ScimClient::maxConcurrentPages() pages are fetched at once and parsed off the GUI thread. Detects servers
/// that ignore startIndex, short pages (fetches the rest), a totalResults that changes (restarts twice, then
/// fails) or lies, and never issues more than about twice the expected number of requests.
class ScimListJob : public QObject
{
    Q_OBJECT
public:
    ScimListJob(ScimClient *client, ScimParser::Kind kind, QString filter);
    ~ScimListJob() override;

    ScimParser::Kind kind() const { return m_kind; }
    bool isFinished() const { return m_finished; }
    const Result<ScimListing> &result() const { return m_result; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    struct PageRequest
    {
        qint64 startIndex = 1;
        int count = 0;
    };
    void restart();
    void fetch(const PageRequest &page);
    void onPage(const PageRequest &page, const Result<ScimPage> &parsed);
    void pump();
    void complete();
    void fail(const Error &error);

    QPointer<ScimClient> m_client;
    ScimParser::Kind m_kind;
    QString m_filter;
    QList<PageRequest> m_queue;
    QSet<QObject *> m_inFlight;     // HttpJobs and parse watchers
    QMap<qint64, ScimPage> m_pages; // by startIndex
    QString m_firstPageFirstId;
    qint64 m_total = -1;
    qint64 m_received = 0;
    int m_serverPageSize = 0;
    int m_maxRequests = 0;
    int m_generation = 0; // bumps on restart so stale replies are ignored
    ScimListing m_listing;
    Result<ScimListing> m_result = Error::make(Error::Kind::Internal, QString());
    bool m_finished = false;
};

} // namespace Scimflow
