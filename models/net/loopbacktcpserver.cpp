#include "loopbacktcpserver.h"

#include <QAbstractHttpServer>
#include <QTcpSocket>

namespace Scimflow {

LoopbackTcpServer *LoopbackTcpServer::bind(QAbstractHttpServer &http, quint16 port)
{
    auto *tcp = new LoopbackTcpServer(&http);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return nullptr;
    }
    // bind() returns void before Qt 6.8 and bool from 6.8 on: servers() tells in both.
    http.bind(tcp);
    if (!http.servers().contains(tcp)) {
        delete tcp;
        return nullptr;
    }
    return tcp;
}

QTcpSocket *LoopbackTcpServer::connectionFrom(quint16 peerPort) const
{
    return m_connections.value(peerPort).data();
}

void LoopbackTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Status line, headers and body may go out in separate writes: without this, Nagle's algorithm and the
    // client's delayed ACK add tens of milliseconds to every answer on loopback.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_connections.removeIf([](const auto &it) { return it.value().isNull(); });
    m_connections.insert(socket->peerPort(), socket);
    addPendingConnection(socket);
}

} // namespace Scimflow
