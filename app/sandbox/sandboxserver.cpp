#include "sandboxserver.h"

#include "loopbacktcpserver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <utility>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace Scimflow {

SandboxResponse SandboxResponse::json(int status, const QByteArray &body, const QByteArray &contentType)
{
    SandboxResponse r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{}

SandboxServer::~SandboxServer() = default;

Result<quint16> SandboxServer::listen(quint16 port)
{
    m_tcp = LoopbackTcpServer::bind(m_server, port);
    if (!m_tcp)
        return Error::make(
            Error::Kind::Network,
            tr("Cannot listen on 127.0.0.1:%1; the port may be in use. Choose another with --port.")
                .arg(port));
    m_port = m_tcp->serverPort();
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

SandboxResponse SandboxServer::scimError(int status, const QString &detail, const QString &scimType)
{
    QJsonObject o{
        {QLatin1String("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error")}},
        {QLatin1String("status"), QString::number(status)},
        {QLatin1String("detail"), detail}};
    if (!scimType.isEmpty())
        o.insert(QLatin1String("scimType"), scimType);
    return SandboxResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool SandboxServer::route(const QString &pattern, QHttpServerRequest::Methods methods, const Handler &handler)
{
    switch (pattern.count(QLatin1String("<arg>"))) {
    case 0:
        return addRoute(std::make_index_sequence<0>(), pattern, methods, handler);
    case 1:
        return addRoute(std::make_index_sequence<1>(), pattern, methods, handler);
    case 2:
        return addRoute(std::make_index_sequence<2>(), pattern, methods, handler);
    case 3:
        return addRoute(std::make_index_sequence<3>(), pattern, methods, handler);
    case 4:
        return addRoute(std::make_index_sequence<4>(), pattern, methods, handler);
    default:
        return false;
    }
}

void SandboxServer::respond(const QStringList &args, const QHttpServerRequest &request,
                            QHttpServerResponder &responder, const Handler &handler)
{
    ++m_requests;
    m_authorizations.insert(request.value("Authorization"));
    if (m_recording) {
        m_recorded << Recorded{request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET",
                               request.url(), request.body()};
    }
    QTcpSocket *socket = connectionOf(request, responder);
    const QString path = request.url().path();
    const std::optional<Fault> fault = m_faults.take(path);
    if (fault) {
        switch (fault->kind) {
        case Fault::Kind::Status:
            write(responder, scimError(fault->status, QStringLiteral("Injected HTTP %1").arg(fault->status)));
            return;
        case Fault::Kind::RateLimit: {
            SandboxResponse r = scimError(429, QStringLiteral("Too many requests"));
            r.headers.append({"Retry-After", QByteArray::number(fault->retryAfterSeconds)});
            write(responder, r);
            return;
        }
        case Fault::Kind::RateLimitOkta: {
            // Okta's own error shape on its Management API, a SCIM error on Okta-style SCIM servers.
            SandboxResponse r =
                request.url().path().startsWith(QLatin1String("/api/v1/"))
                    ? SandboxResponse::json(
                          429,
                          R"({"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too )"
                          R"(many requests.","errorLink":"E0000047","errorId":"sandbox","errorCauses":[]})",
                          "application/json")
                    : scimError(429,
                                QStringLiteral("API call exceeded rate limit due to too many requests."));
            r.headers.append({QByteArray("X-Rate-Limit-Limit"), QByteArray("600")});
            r.headers.append({QByteArray("X-Rate-Limit-Remaining"), QByteArray("0")});
            r.headers.append(
                {"X-Rate-Limit-Reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 1)});
            write(responder, r);
            return;
        }
        case Fault::Kind::RateLimitGithub: {
            SandboxResponse r = SandboxResponse::json(
                403,
                R"({"message":"API rate limit exceeded for installation.","documentation_url":)"
                R"("https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"})",
                "application/json");
            r.headers.append({QByteArray("x-ratelimit-limit"), QByteArray("5000")});
            r.headers.append({QByteArray("x-ratelimit-remaining"), QByteArray("0")});
            r.headers.append(
                {"x-ratelimit-reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 1)});
            write(responder, r);
            return;
        }
        case Fault::Kind::ExpiredToken:
            write(responder, scimError(401, QStringLiteral("The access token expired.")));
            return;
        default:
            break;
        }
    }
    SandboxResponse r = handler(args, request, m_faults);
    if (fault) {
        switch (fault->kind) {
        case Fault::Kind::Malformed:
            r.body = r.body.left(r.body.size() / 2) + "}]{,\"";
            break;
        case Fault::Kind::WrongShape:
            r.body = "[{\"unexpected\":true}]";
            break;
        case Fault::Kind::WrongContentType:
            r.contentType = "text/html";
            r.body = "<html><body>Sign in</body></html>";
            break;
        case Fault::Kind::Huge: {
            // A member parsers ignore: the document stays what the client asked for, only bigger.
            const QByteArray padding = "\"padding\":\"" + QByteArray(fault->bytes, 'x') + '"';
            if (r.body.startsWith('{'))
                r.body = '{' + padding + (r.body.size() > 2 ? "," : "") + r.body.mid(1);
            else
                r.body = '{' + padding + '}';
            break;
        }
        case Fault::Kind::Truncated:
        case Fault::Kind::ConnectionReset:
            if (socket) {
                writeBroken(socket, r, fault->kind == Fault::Kind::ConnectionReset);
                return;
            }
            r = scimError(500, QStringLiteral("The connection to break was not found."));
            break;
        case Fault::Kind::Slow:
            writeLater(responder, socket, r, fault->delayMs + m_latencyMs);
            return;
        default:
            break;
        }
    }
    if (m_latencyMs > 0)
        writeLater(responder, socket, r, m_latencyMs);
    else
        write(responder, r);
}

void SandboxServer::writeBroken(QTcpSocket *socket, const SandboxResponse &r, bool reset)
{
    // On the socket itself: a responder sends the whole body it is given, and the connection must break.
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + " \r\nContent-Type: " + r.contentType +
                      "\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
    socket->write(head + r.body.left(reset ? qMin<qsizetype>(8, r.body.size() / 2) : r.body.size() / 2));
    socket->flush();
    if (reset)
        socket->abort();
    else
        socket->disconnectFromHost();
}

void SandboxServer::writeLater(QHttpServerResponder &responder, QTcpSocket *socket,
                               const SandboxResponse &response, int delayMs)
{
    const quint64 id = m_nextDelayed++;
    m_delayed.emplace(id, std::make_unique<QHttpServerResponder>(std::move(responder)));
    QTimer::singleShot(delayMs, this, [this, id, socket = QPointer<QTcpSocket>(socket), response] {
        const auto held = m_delayed.find(id);
        if (held == m_delayed.end())
            return;
        // The client may have given up and closed the connection meanwhile.
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*held->second, response);
        m_delayed.erase(held);
    });
}

// Everything below depends on the Qt version: QtHttpServer was a technical preview until 6.8, and 6.8
// changed how handlers receive the responder, how it writes headers, and dropped its socket().

namespace {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
using ResponderArg = QHttpServerResponder &;
#else
using ResponderArg = QHttpServerResponder &&;
#endif
template <std::size_t> using PathArg = const QString &;
} // namespace

template <std::size_t... I>
bool SandboxServer::addRoute(std::index_sequence<I...>, const QString &pattern,
                             QHttpServerRequest::Methods methods, const Handler &handler)
{
    return bool(m_server.route(
        pattern, methods,
        [this, handler](PathArg<I>... args, const QHttpServerRequest &request, ResponderArg responder) {
            respond(QStringList{args...}, request, responder, handler);
        }));
}

QTcpSocket *SandboxServer::connectionOf(const QHttpServerRequest &request,
                                        QHttpServerResponder &responder) const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    Q_UNUSED(responder);
    return m_tcp ? m_tcp->connectionFrom(request.remotePort()) : nullptr;
#else
    Q_UNUSED(request);
    return responder.socket();
#endif
}

void SandboxServer::write(QHttpServerResponder &responder, const SandboxResponse &r)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, r.contentType);
    for (const auto &h : r.headers)
        headers.append(h.first, h.second);
    responder.write(r.body, headers, QHttpServerResponder::StatusCode(r.status));
#else
    responder.writeStatusLine(QHttpServerResponder::StatusCode(r.status));
    responder.writeHeader("Content-Type", r.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
    for (const auto &h : r.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(r.body);
#endif
}

} // namespace Scimflow
