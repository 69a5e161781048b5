#include "sandboxserver.h"

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
    const quint16 bound = m_server.listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        return Error::make(
            Error::Kind::Network,
            tr("Cannot listen on 127.0.0.1:%1; the port may be in use. Choose another with --port.")
                .arg(port));
    m_port = bound;
    return bound;
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

void SandboxServer::write(QHttpServerResponder &responder, const SandboxResponse &r)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(r.status));
    responder.writeHeader("Content-Type", r.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
    for (const auto &h : r.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(r.body);
}

void SandboxServer::respond(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                            const Producer &produce)
{
    ++m_requests;
    m_authorizations.insert(request.value("Authorization"));
    // Status line, headers and body go out in separate writes: without this, Nagle's algorithm and the
    // client's delayed ACK add tens of milliseconds to every answer on loopback.
    if (QTcpSocket *socket = responder.socket())
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
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
            SandboxResponse r =
                scimError(429, QStringLiteral("API call exceeded rate limit due to too many requests."));
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
    SandboxResponse r = produce(request, m_faults);
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
        case Fault::Kind::ConnectionReset: {
            const bool reset = fault->kind == Fault::Kind::ConnectionReset;
            responder.writeStatusLine(QHttpServerResponder::StatusCode(r.status));
            responder.writeHeader("Content-Type", r.contentType);
            responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
            responder.writeBody(
                r.body.left(reset ? qMin<qsizetype>(8, r.body.size() / 2) : r.body.size() / 2));
            QTcpSocket *socket = responder.socket();
            socket->flush();
            if (reset)
                socket->abort();
            else
                socket->disconnectFromHost();
            return;
        }
        case Fault::Kind::Slow:
            writeLater(std::move(responder), r, fault->delayMs + m_latencyMs);
            return;
        default:
            break;
        }
    }
    if (m_latencyMs > 0)
        writeLater(std::move(responder), r, m_latencyMs);
    else
        write(responder, r);
}

void SandboxServer::writeLater(QHttpServerResponder &&responder, const SandboxResponse &response, int delayMs)
{
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(delayMs, this, [held, socket, response] {
        // The client may have given up and closed the connection meanwhile.
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*held, response);
    });
}

} // namespace Scimflow
