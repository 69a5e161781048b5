#pragma once

#include "httpclient.h"
#include "httprequest.h"
#include "result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace Scimflow {

/// One request in flight, including its retries. Created by HttpClient::send(); deletes itself after
/// finished().
class HttpJob : public QObject
{
    Q_OBJECT
public:
    HttpJob(HttpClient *client, HttpRequest request);
    ~HttpJob() override;

    const HttpRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    /// Valid after finished(): the final response, or the error that ended the job.
    const Result<HttpResponse> &result() const { return m_result; }

public Q_SLOTS:
    /// Stops the request; finished() follows with Error::Kind::Cancelled.
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class HttpClient;
    void start();
    void authorizeAndSend();
    void sendAttempt(const QByteArray &authorization);
    void onReplyFinished();
    void retryAfter(int delayMs, const Error &reason);
    void finish(Result<HttpResponse> result);
    int backoffMs() const;
    QString describe() const; // "GET https://host/path" without secrets

    QPointer<HttpClient> m_client;
    HttpRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QTimer *m_retryTimer = nullptr;
    Result<HttpResponse> m_result = Error::make(Error::Kind::Internal, QString());
    QElapsedTimer m_elapsed;
    int m_attempt = 0;
    bool m_refreshedAuth = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};

} // namespace Scimflow
