#pragma once

#include "auditlogparser.h"
#include "dataflowparser.h"
#include "httprequest.h"
#include "parsethread.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Scimflow {

class HttpClient;
class HttpJob;

/// Fetches the Dataflow jobs of one project and location: reads the launchers from Cloud Logging
/// entries:list, then lists ACTIVE then TERMINATED (pageToken paging, JOB_VIEW_ALL requested), and gets each
/// job whose summary lacks environment.serviceAccountEmail. The audit log comes first, so that a listed page
/// is final (launchers and run-as) when it arrives and can be written while the next one is read. Any failed
/// or malformed page fails the whole fetch, so a sync writes either everything or nothing.
class DataflowFetcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl dataflowBase{QStringLiteral("https://dataflow.googleapis.com")};
        QUrl loggingBase{QStringLiteral("https://logging.googleapis.com")};
        QString project;
        QString location;
        int pageSize = 1000;
        bool launchers = true; // read the audit log
        int maxPages = 20000;
    };

    DataflowFetcher(HttpClient &client, Options options, QObject *parent = nullptr);

    /// Reads the audit log through \a client (its own credentials) instead of the Dataflow client. Not owned.
    void setLoggingClient(HttpClient *client) { m_loggingClient = client; }

    /// Jobs with runAs and (where the audit log had it) launcher; report covers every page.
    const JobPage &result() const { return m_result; }

    /// PUT .../jobs/{id} with {"requestedState":"JOB_STATE_CANCELLED"}; RequestPreview::of() shows it.
    static HttpRequest cancelRequest(const QUrl &dataflowBase, const QString &project,
                                     const QString &location, const QString &jobId);

public slots:
    void start();
    void cancel();

signals:
    /// Jobs whose launcher and run-as are final, as their pages are read; finished() follows the last.
    void jobsRead(const QList<Scimflow::Job> &jobs);
    void progress(int done, int total);
    void finished();
    void failed(const Scimflow::Error &error);

private:
    void list(int filterIndex, const QString &token);
    /// Reads a listed page's \a body with \a parser on the parse thread, then hands it to \a read here, in
    /// the order the pages came, with whether it is the listing's last. The next page is asked for with
    /// \a askNext first, so that the server prepares it meanwhile: with the token read from the text when it
    /// can be, else once the page is parsed. Nothing is read once the fetch has failed or ended.
    template <typename Page, typename Parser>
    void readPage(const QByteArray &body, const Parser &parser,
                  const std::function<void(const QString &)> &askNext,
                  const std::function<void(Page &page, bool last)> &read);
    /// A page of the \a filterIndex listing, with the launchers read from the audit log.
    void readJobs(int filterIndex, JobPage &page, bool last);
    void fetchDetails();
    void logs(const QString &token);
    void done();
    void fail(const Error &error);
    QUrl jobsUrl() const;
    /// Counts the page and fails on a token this listing (\a listing: ACTIVE, TERMINATED, the audit log) has
    /// already followed. Each listing has its own tokens: servers whose tokens are offsets ("15") reuse them.
    bool checkToken(int listing, const QString &token);

    HttpClient &m_client;
    HttpClient *m_loggingClient = nullptr;
    Options m_options;
    DataflowParser m_parser;
    AuditLogParser m_auditParser;
    JobPage m_result;
    QSet<QString> m_ids;
    QSet<QString> m_tokens[3];  // per listing: ACTIVE, TERMINATED, the audit log
    QList<qsizetype> m_missing; // indexes of jobs without runAs
    qsizetype m_nextMissing = 0;
    int m_inFlight = 0;
    int m_pages = 0;
    QList<LaunchRecord> m_launches;
    QHash<QString, LaunchRecord> m_launchByJob;
    QPointer<QObject> m_context;
    bool m_done = false;
    ParseThread m_parseThread; // last: stopped before the rest goes
};

} // namespace Scimflow
