#pragma once

#include "authprovider.h"
#include "httprequest.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Scimflow {

class HttpJob;

/// Limits and retry policy of an HttpClient. Tests shrink the times; production keeps the defaults.
struct HttpClientOptions
{
    int timeoutMs = 30000;              // per attempt, from send to the last byte
    qint64 maxResponseBytes = 64 << 20; // larger responses fail with Error::Kind::TooLarge
    int maxRetries = 4;                 // extra attempts after 5xx, network errors, timeouts and 429
    int backoffBaseMs = 500;            // first retry waits about this long, doubling each time ...
    int backoffMaxMs = 30000;           // ... up to this cap (with jitter)
    int maxRateLimitWaitMs = 120000;    // a 429 asking to wait longer fails instead of blocking the sync
};

/// Asynchronous HTTP for the connectors: TLS always verified, plain http only to loopback, authorization from
/// an AuthProvider (one refresh and retry on 401), retries with capped exponential backoff and jitter, 429
/// with Retry-After / X-Rate-Limit-Reset, per-request timeout, response size cap and content-type checks.
/// Lives on the thread that created it (normally the GUI thread; it never blocks).
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(HttpClientOptions options = {}, QObject *parent = nullptr);
    ~HttpClient() override;

    const HttpClientOptions &options() const { return m_options; }
    void setOptions(const HttpClientOptions &options) { m_options = options; }

    /// Adds the certificates of a PEM/DER file to the trusted roots (a private CA). Verification stays on.
    Status setCaFile(const QString &path);
    QList<QSslCertificate> extraCaCertificates() const { return m_caCertificates; }

    /// Not owned; may be null (no Authorization header).
    void setAuthProvider(AuthProvider *auth);
    AuthProvider *authProvider() const { return m_auth; }

    /// Starts a request. The job deletes itself after emitting finished().
    HttpJob *send(const HttpRequest &request);
    /// Same, calling \a done with the outcome unless \a context was destroyed first.
    HttpJob *send(const HttpRequest &request, QObject *context,
                  std::function<void(const Result<HttpResponse> &)> done);

    /// https anywhere; http only to 127.0.0.0/8, ::1 and localhost.
    static Status checkUrl(const QUrl &url);
    /// A generic error for a non-2xx response that the caller did not handle more specifically.
    static Error statusError(const HttpRequest &request, const HttpResponse &response);

    QNetworkAccessManager *network() const { return m_network; }

private:
    HttpClientOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<AuthProvider> m_auth;
    QList<QSslCertificate> m_caCertificates;
};

} // namespace Scimflow
