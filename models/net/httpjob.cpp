#include "httpjob.h"

#include "authprovider.h"
#include "httpclient.h"
#include "secretredactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

Q_LOGGING_CATEGORY(lcNet, "scimflow.net", QtWarningMsg)

namespace Scimflow {

namespace {

bool isRetryableStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

/// GitHub's primary rate limit: 403 or 429 with x-ratelimit-remaining: 0 (the request was not processed);
/// its secondary limits: 403 with Retry-After.
bool isGithubRateLimit(const HttpResponse &r)
{
    return ((r.status == 403 || r.status == 429) && r.header("x-ratelimit-remaining").trimmed() == "0") ||
           (r.status == 403 && !r.header("Retry-After").trimmed().isEmpty());
}

/// Milliseconds to wait from Retry-After (seconds or HTTP date), Okta's X-Rate-Limit-Reset or GitHub's
/// x-ratelimit-reset (both epoch seconds).
int rateLimitDelayMs(const HttpResponse &r, int fallbackMs)
{
    const QByteArray retryAfter = r.header("Retry-After").trimmed();
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const double seconds = retryAfter.toDouble(&ok);
        if (ok)
            return int(qBound(0.0, seconds * 1000.0, 1e9));
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
        if (at.isValid())
            return int(
                qBound<qint64>(qint64(0), QDateTime::currentDateTimeUtc().msecsTo(at), qint64(1000000000)));
    }
    QByteArray reset = r.header("X-Rate-Limit-Reset").trimmed();
    if (reset.isEmpty() && isGithubRateLimit(r))
        reset = r.header("x-ratelimit-reset").trimmed();
    if (!reset.isEmpty()) {
        bool ok = false;
        const qint64 epoch = reset.toLongLong(&ok);
        if (ok)
            return int(qBound<qint64>(qint64(0), epoch * 1000 - QDateTime::currentMSecsSinceEpoch(),
                                      qint64(1000000000)));
    }
    return fallbackMs;
}

} // namespace

HttpJob::HttpJob(HttpClient *client, HttpRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_elapsed.start();
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString HttpJob::describe() const
{
    return QString::fromLatin1(m_request.method) + QLatin1Char(' ') + SecretRedactor::url(m_request.url);
}

void HttpJob::start()
{
    if (m_finished)
        return;
    if (Status s = HttpClient::checkUrl(m_request.url); !s) {
        finish(s.error());
        return;
    }
    authorizeAndSend();
}

void HttpJob::authorizeAndSend()
{
    AuthProvider *auth = m_client ? m_client->authProvider() : nullptr;
    if (!m_request.authenticate || !auth) {
        sendAttempt({});
        return;
    }
    QPointer<HttpJob> self(this);
    auth->authorization([self](const Result<QByteArray> &header) {
        if (!self || self->m_finished)
            return;
        if (!header)
            self->finish(header.error());
        else
            self->sendAttempt(*header);
    });
}

void HttpJob::sendAttempt(const QByteArray &authorization)
{
    if (!m_client) {
        finish(Error::make(Error::Kind::Internal, tr("The HTTP client was destroyed.")));
        return;
    }
    ++m_attempt;
    m_timedOut = false;
    m_tooLarge = false;
    QNetworkRequest nr(m_request.url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_client->extraCaCertificates().isEmpty())
        ssl.addCaCertificates(m_client->extraCaCertificates());
    nr.setSslConfiguration(ssl);
    if (!authorization.isEmpty())
        nr.setRawHeader("Authorization", authorization);
    if (!m_request.contentType.isEmpty())
        nr.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    if (!m_request.acceptedTypes.isEmpty())
        nr.setRawHeader("Accept", m_request.acceptedTypes.join(", "));
    for (const auto &h : m_request.headers)
        nr.setRawHeader(h.first, h.second);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    QNetworkReply *reply = m_request.body.isEmpty() && m_request.method == "GET"
                               ? m_client->network()->get(nr)
                               : m_client->network()->sendCustomRequest(nr, m_request.method, m_request.body);
    m_reply = reply;
    const qint64 cap = m_client->options().maxResponseBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, cap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, cap](qint64 received, qint64) {
        if (received > cap && !m_tooLarge) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);

    const int timeout = m_request.timeoutMs > 0 ? m_request.timeoutMs : m_client->options().timeoutMs;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] {
            if (m_reply) {
                m_timedOut = true;
                m_reply->abort();
            }
        });
    }
    m_timer->start(timeout);
}

int HttpJob::backoffMs() const
{
    const HttpClientOptions &o = m_client->options();
    const qint64 exp = qint64(o.backoffBaseMs) << qMin(m_attempt - 1, 20);
    const int capped = int(qMin<qint64>(exp, o.backoffMaxMs));
    // "Equal jitter": half fixed, half random, so that parallel clients spread out.
    return capped / 2 + int(QRandomGenerator::global()->bounded(capped / 2 + 1));
}

void HttpJob::retryAfter(int delayMs, const Error &reason)
{
    qCInfo(lcNet).noquote() << describe() << "retrying in" << delayMs << "ms after:" << reason.message;
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &HttpJob::authorizeAndSend);
    }
    m_retryTimer->start(delayMs);
}

void HttpJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_timer->stop();
    m_reply = nullptr;
    reply->deleteLater();
    const HttpClientOptions &o = m_client->options();
    const bool canRetry = m_attempt <= o.maxRetries;
    const bool retryable = m_request.retryable || m_request.isIdempotent();

    if (m_tooLarge) {
        finish(Error::make(Error::Kind::TooLarge,
                           tr("%1 returned more than %2 MB; the response was refused. Ask for smaller pages.")
                               .arg(describe())
                               .arg(o.maxResponseBytes / (1024.0 * 1024.0), 0, 'f', 1)));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const bool transportFailed =
        m_timedOut || status == 0 ||
        (netError != QNetworkReply::NoError && netError < QNetworkReply::ProxyConnectionRefusedError);
    if (transportFailed) {
        Error e;
        if (m_timedOut) {
            const int timeout = m_request.timeoutMs > 0 ? m_request.timeoutMs : o.timeoutMs;
            e = Error::make(Error::Kind::Timeout,
                            tr("%1 did not answer within %2 s; the server may be overloaded or unreachable.")
                                .arg(describe())
                                .arg(timeout / 1000.0));
        } else if (netError == QNetworkReply::SslHandshakeFailedError) {
            e = Error::make(
                Error::Kind::Network,
                tr("TLS handshake with %1 failed (%2). If the server uses a private CA, select its "
                   "certificate as the CA file; verification is never switched off.")
                    .arg(m_request.url.host(), reply->errorString()));
            finish(e); // retrying cannot fix a certificate
            return;
        } else {
            e = Error::make(Error::Kind::Network, tr("%1 failed: %2").arg(describe(), reply->errorString()));
        }
        if (canRetry && retryable)
            retryAfter(backoffMs(), e);
        else
            finish(e);
        return;
    }

    HttpResponse response;
    response.status = status;
    response.attempts = m_attempt;
    response.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    qCDebug(lcNet).noquote() << describe() << "->" << status << response.body.size() << "bytes"
                             << m_elapsed.elapsed() << "ms";

    // A connection closed mid-body sometimes ends the reply without an error: compare with Content-Length
    // (uncompressed answers only) so that a truncated body is retried, not parsed.
    const QByteArray encoding = response.header("Content-Encoding").trimmed().toLower();
    bool lengthOk = false;
    const qint64 announced = response.header("Content-Length").trimmed().toLongLong(&lengthOk);
    if (lengthOk && (encoding.isEmpty() || encoding == "identity") && response.body.size() < announced) {
        const Error e =
            Error::make(Error::Kind::Network, tr("%1 failed: the connection closed after %2 of %3 bytes.")
                                                  .arg(describe())
                                                  .arg(response.body.size())
                                                  .arg(announced));
        if (canRetry && retryable)
            retryAfter(backoffMs(), e);
        else
            finish(e);
        return;
    }

    // The token request itself (not authenticated) gets its 401 back: the OAuth provider explains it.
    if (status == 401 && m_request.authenticate && m_client->authProvider() && !m_refreshedAuth &&
        m_client->authProvider()->invalidate()) {
        m_refreshedAuth = true;
        --m_attempt; // the refresh is not a retry
        authorizeAndSend();
        return;
    }
    if (status == 401 && m_request.authenticate) {
        finish(Error::make(Error::Kind::Auth,
                           tr("%1 was rejected as unauthenticated (HTTP 401); the token is missing, wrong or "
                              "expired: enter a new one in the connection settings.")
                               .arg(describe()),
                           status));
        return;
    }
    if (status == 429 || isGithubRateLimit(response)) {
        const int wait = rateLimitDelayMs(response, backoffMs());
        if (canRetry && wait <= o.maxRateLimitWaitMs) {
            retryAfter(wait + int(QRandomGenerator::global()->bounded(50)),
                       Error::make(Error::Kind::RateLimited, tr("rate limited (HTTP 429)"), 429));
            return;
        }
        finish(Error::make(Error::Kind::RateLimited,
                           tr("%1 is rate limited (HTTP %2) and asked to wait %3 s; try again later or lower "
                              "the request rate.")
                               .arg(describe())
                               .arg(status)
                               .arg(wait / 1000),
                           status));
        return;
    }
    if (isRetryableStatus(status)) {
        const Error e = HttpClient::statusError(m_request, response);
        // 503 means the request was not processed, so even a non-idempotent one may be resent.
        if (canRetry && (retryable || status == 503))
            retryAfter(status == 503 ? qMax(backoffMs(), rateLimitDelayMs(response, 0)) : backoffMs(), e);
        else
            finish(Error::make(e.kind,
                               tr("%1 failed with HTTP %2 after %3 attempts; the server has a problem, try "
                                  "again later.")
                                   .arg(describe())
                                   .arg(status)
                                   .arg(m_attempt),
                               status));
        return;
    }
    if (status >= 200 && status < 300 && !response.body.isEmpty() && !m_request.acceptedTypes.isEmpty() &&
        !m_request.acceptedTypes.contains(response.contentType())) {
        finish(Error::make(Error::Kind::Protocol,
                           tr("%1 answered with content type \"%2\" instead of %3; check that the URL points "
                              "at the API and not at a login page or proxy.")
                               .arg(describe(), QString::fromLatin1(response.contentType()),
                                    QString::fromLatin1(m_request.acceptedTypes.join(" or "))),
                           status));
        return;
    }
    finish(std::move(response));
}

void HttpJob::abort()
{
    if (m_finished)
        return;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_timer)
        m_timer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish(Error::make(Error::Kind::Cancelled, tr("%1 was cancelled.").arg(describe())));
}

void HttpJob::finish(Result<HttpResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!result)
        qCInfo(lcNet).noquote() << result.error().message;
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace Scimflow
