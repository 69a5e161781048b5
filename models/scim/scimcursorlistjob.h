#pragma once

#include "result.h"
#include "scimclient.h"
#include "scimlistjob.h"
#include "scimparser.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace Scimflow {

class HttpJob;

/// Pages through a SCIM collection by cursor (RFC 9865): asks with an empty cursor, then follows nextCursor
/// one page at a time until the server leaves it out. A repeated cursor, a cursor the server rejects
/// (scimType invalidCursor) or one that expired (expiredCursor) restarts the listing from the first page
/// once; the second time the listing fails. Nothing is handed out before the last page arrived.
class ScimCursorListJob : public QObject
{
    Q_OBJECT
public:
    ScimCursorListJob(ScimClient *client, ScimParser::Kind kind, QString filter);
    ~ScimCursorListJob() override;

    ScimParser::Kind kind() const { return m_kind; }
    bool isFinished() const { return m_finished; }
    const Result<ScimListing> &result() const { return m_result; }

    /// How many listings may restart on a cursor fault before the job fails (1, as the issue asks).
    static constexpr int kMaxRestarts = 1;

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total is -1 when the server does not say
    void finished();

private:
    void fetch(const QString &cursor);
    void onPage(const Result<ScimPage> &parsed);
    void restartOrFail(const QString &reason);
    void complete();
    void fail(const Error &error);

    QPointer<ScimClient> m_client;
    ScimParser::Kind m_kind;
    QString m_filter;
    QPointer<QObject> m_inFlight; // the HttpJob or the parse watcher
    QSet<QString> m_cursorsSeen;
    QList<User> m_users;
    QList<Group> m_groups;
    QSet<QString> m_ids;
    qint64 m_total = -1;
    int m_emptyPagesInARow = 0;
    int m_generation = 0;
    ScimListing m_listing;
    Result<ScimListing> m_result = Error::make(Error::Kind::Internal, QString());
    bool m_finished = false;
};

} // namespace Scimflow
