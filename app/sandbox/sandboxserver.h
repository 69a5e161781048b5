#pragma once

#include "faultinjector.h"
#include "httprequest.h"

#include <QHttpServer>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace Scimflow {

/// A response a sandbox route produces, before faults are applied.
struct SandboxResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/scim+json";
    HttpHeaders headers;

    static SandboxResponse json(int status, const QByteArray &body,
                                const QByteArray &contentType = "application/scim+json");
};

/// An HTTP server on 127.0.0.1 that sandbox components (ScimSandbox, PipelineSandbox) register their routes
/// on. Every route answers through respond(), which applies the shared FaultInjector, so one fault
/// configuration covers every simulated API.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Listens on 127.0.0.1:\a port (0 = an ephemeral port). Returns the bound port, or an error.
    Result<quint16> listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    QHttpServer &server() { return m_server; }
    FaultInjector &faults() { return m_faults; }
    qint64 requestCount() const { return m_requests; }
    /// Every Authorization header value requests carried (an empty value for none), so tests can check
    /// which credentials reached which server.
    const QSet<QByteArray> &authorizationsSeen() const { return m_authorizations; }
    /// Delays every answer by \a ms, like the round trip to a remote service (benchmarks; 0 = none).
    void setLatency(int ms) { m_latencyMs = ms; }

    using Producer = std::function<SandboxResponse(const QHttpServerRequest &request, FaultInjector &faults)>;
    /// Answers \a request: applies the next matching fault (errors, delays, truncation ...) around what
    /// \a produce returns. Call this from every route handler.
    void respond(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                 const Producer &produce);

    /// Writes a response as is (also used for delayed answers).
    static void write(QHttpServerResponder &responder, const SandboxResponse &response);
    static SandboxResponse scimError(int status, const QString &detail, const QString &scimType = QString());

private:
    void writeLater(QHttpServerResponder &&responder, const SandboxResponse &response, int delayMs);

    QHttpServer m_server;
    FaultInjector m_faults;
    quint16 m_port = 0;
    qint64 m_requests = 0;
    QSet<QByteArray> m_authorizations;
    int m_latencyMs = 0;
};

} // namespace Scimflow
