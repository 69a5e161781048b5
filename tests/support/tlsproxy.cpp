#include "tlsproxy.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(SCIMFLOW_TLS_FIXTURES "/") + QLatin1String(name);
}
} // namespace

TlsProxy::TlsProxy(quint16 backendPort, QObject *parent)
    : QTcpServer(parent)
    , m_backendPort(backendPort)
{}

bool TlsProxy::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl TlsProxy::secure(const QUrl &url) const
{
    QUrl out = url;
    out.setScheme(QStringLiteral("https"));
    out.setPort(serverPort());
    return out;
}

QString TlsProxy::caFile()
{
    return fixture("ca.pem");
}

void TlsProxy::incomingConnection(qintptr socketDescriptor)
{
    auto *tls = new QSslSocket(this);
    if (!tls->setSocketDescriptor(socketDescriptor)) {
        delete tls;
        return;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(fixture("server.pem"));
    QFile keyFile(fixture("server.key"));
    if (certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        qWarning("TlsProxy: the test certificate or key is missing");
        delete tls;
        return;
    }
    tls->setLocalCertificate(certs.first());
    tls->setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    tls->setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate

    auto *backend = new QTcpSocket(tls);
    connect(tls, &QSslSocket::encrypted, this, [this, backend] {
        ++m_handshakes;
        backend->connectToHost(QHostAddress::LocalHost, m_backendPort);
    });
    // Bytes that arrive before the backend is connected stay in tls's buffer until then.
    auto forwardUp = [tls, backend] {
        if (backend->state() == QAbstractSocket::ConnectedState)
            backend->write(tls->readAll());
    };
    connect(tls, &QSslSocket::readyRead, backend, forwardUp);
    connect(backend, &QTcpSocket::connected, backend, forwardUp);
    connect(backend, &QTcpSocket::readyRead, tls, [tls, backend] { tls->write(backend->readAll()); });
    connect(backend, &QTcpSocket::disconnected, tls, [tls] { tls->disconnectFromHost(); });
    connect(tls, &QSslSocket::disconnected, tls, [tls, backend] {
        backend->disconnectFromHost();
        tls->deleteLater();
    });
    // A client that refuses the certificate aborts the handshake: drop the connection.
    connect(tls, &QSslSocket::errorOccurred, tls, [tls](QAbstractSocket::SocketError) {
        if (!tls->isEncrypted())
            tls->deleteLater();
    });
    tls->startServerEncryption();
}
