#pragma once

#include <QHash>
#include <QPointer>
#include <QTcpServer>

class QAbstractHttpServer;
class QTcpSocket;

namespace Scimflow {

/// The 127.0.0.1 listening socket of an HTTP server (QHttpServer, bound through bind(), which every Qt
/// version from 6.4 has). It turns Nagle's algorithm off on each connection and keeps each one findable
/// by the client's port, for answers that must go out on the raw socket (the sandbox's broken answers).
class LoopbackTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    /// Listens on 127.0.0.1:\a port (0 = an ephemeral port) and hands every connection to \a http, which
    /// owns the result. nullptr when the port cannot be bound.
    static LoopbackTcpServer *bind(QAbstractHttpServer &http, quint16 port);

    /// The open connection whose client side uses \a peerPort, or nullptr.
    QTcpSocket *connectionFrom(quint16 peerPort) const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    using QTcpServer::QTcpServer;

    QHash<quint16, QPointer<QTcpSocket>> m_connections;
};

} // namespace Scimflow
