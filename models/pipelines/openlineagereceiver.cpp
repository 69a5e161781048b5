#include "openlineagereceiver.h"

#include "jsoninput.h"
#include "loopbacktcpserver.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace Scimflow {

OpenLineageReceiver::OpenLineageReceiver(OpenLineageOptions options, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
    , m_assembler(std::move(options))
{
    m_limits.maxBytes = kMaxEventBytes;
    m_server->route(QStringLiteral("/api/v1/lineage"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request) { return handle(request); });
}

OpenLineageReceiver::~OpenLineageReceiver() = default;

Result<quint16> OpenLineageReceiver::listen(quint16 port)
{
    const LoopbackTcpServer *tcp = LoopbackTcpServer::bind(*m_server, port);
    if (!tcp) {
        return Error::make(
            Error::Kind::Network,
            tr("Cannot listen for OpenLineage events on 127.0.0.1:%1; choose another port.").arg(port));
    }
    return tcp->serverPort();
}

QHttpServerResponse OpenLineageReceiver::reject(int status, const QString &reason)
{
    ++m_rejected;
    emit eventRejected(reason);
    const QJsonObject body{{QStringLiteral("error"), reason}};
    return QHttpServerResponse(body, QHttpServerResponse::StatusCode(status));
}

QHttpServerResponse OpenLineageReceiver::handle(const QHttpServerRequest &request)
{
    if (!m_token.isEmpty() && request.value("Authorization") != "Bearer " + m_token)
        return reject(401, tr("missing or wrong bearer token"));
    const QByteArray body = request.body();
    if (body.size() > kMaxEventBytes)
        return reject(413, tr("the event is larger than %1 bytes").arg(kMaxEventBytes));
    Result<QJsonDocument> doc = JsonInput::parse(body, m_limits, tr("The event"));
    if (!doc)
        return reject(400, doc.error().message);
    if (!doc->isObject())
        return reject(400, tr("the event is not a JSON object"));
    QString why;
    if (!m_assembler.addEvent(doc->object(), &why))
        return reject(400, why);
    ++m_accepted;
    const QString runId =
        doc->object().value(QLatin1StringView("run")).toObject().value(QLatin1StringView("runId")).toString();
    emit runUpdated(m_assembler.job(runId));
    return QHttpServerResponse(QHttpServerResponse::StatusCode::Created);
}

} // namespace Scimflow
