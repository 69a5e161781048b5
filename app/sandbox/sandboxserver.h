#pragma once

#include "faultinjector.h"
#include "httprequest.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

namespace Scimflow {

class LoopbackTcpServer;

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
/// on. Routes return a SandboxResponse; the server applies the shared FaultInjector around it, so one fault
/// configuration covers every simulated API. It is the only code that writes to QtHttpServer's responder,
/// whose API differs between Qt 6.4 and 6.8.
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

    FaultInjector &faults() { return m_faults; }
    qint64 requestCount() const { return m_requests; }
    /// Every Authorization header value requests carried (an empty value for none), so tests can check
    /// which credentials reached which server.
    const QSet<QByteArray> &authorizationsSeen() const { return m_authorizations; }
    /// A request as it arrived, kept while recording.
    struct Recorded
    {
        QByteArray method;
        QUrl url;
        QByteArray body;
    };
    /// Keeps every request from now on (benchmarks replay them as a bare-fetch baseline).
    void setRecordingRequests(bool record) { m_recording = record; }
    const QList<Recorded> &recordedRequests() const { return m_recorded; }
    /// Delays every answer by \a ms, like the round trip to a remote service (benchmarks; 0 = none).
    void setLatency(int ms) { m_latencyMs = ms; }

    /// What a route answers. \a args holds the path's values for the pattern's "<arg>" placeholders, in
    /// order; \a faults lets list routes apply list-level faults (lying totals, duplicates ...).
    using Handler = std::function<SandboxResponse(const QStringList &args, const QHttpServerRequest &request,
                                                  FaultInjector &faults)>;
    /// Serves \a pattern (QHttpServer's syntax, at most four "<arg>") for \a methods. Every answer goes
    /// through the fault injector: errors, delays, truncation ... replace or wrap what \a handler returns.
    bool route(const QString &pattern, QHttpServerRequest::Methods methods, const Handler &handler);
    bool route(const QString &pattern, const Handler &handler)
    {
        return route(pattern, QHttpServerRequest::Method::AnyKnown, handler);
    }

    static SandboxResponse scimError(int status, const QString &detail, const QString &scimType = QString());

private:
    template <std::size_t... I>
    bool addRoute(std::index_sequence<I...>, const QString &pattern, QHttpServerRequest::Methods methods,
                  const Handler &handler);
    void respond(const QStringList &args, const QHttpServerRequest &request, QHttpServerResponder &responder,
                 const Handler &handler);
    QTcpSocket *connectionOf(const QHttpServerRequest &request, QHttpServerResponder &responder) const;
    static void write(QHttpServerResponder &responder, const SandboxResponse &response);
    static void writeBroken(QTcpSocket *socket, const SandboxResponse &response, bool reset);
    void writeLater(QHttpServerResponder &responder, QTcpSocket *socket, const SandboxResponse &response,
                    int delayMs);

    QHttpServer m_server;
    LoopbackTcpServer *m_tcp = nullptr; // owned by m_server
    FaultInjector m_faults;
    quint16 m_port = 0;
    qint64 m_requests = 0;
    QSet<QByteArray> m_authorizations;
    int m_latencyMs = 0;
    bool m_recording = false;
    QList<Recorded> m_recorded;
    // Answers held back by a delay. Declared after m_server so they go before the connections they use.
    std::map<quint64, std::unique_ptr<QHttpServerResponder>> m_delayed;
    quint64 m_nextDelayed = 0;
};

} // namespace Scimflow
