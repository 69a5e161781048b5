#pragma once

#include <QTcpServer>
#include <QUrl>

/// A TLS front for a plain-http test server: accepts TLS on 127.0.0.1 with the test certificate in
/// fixtures/ (signed by fixtures/ca.pem, which no system trusts) and forwards the decrypted bytes to the
/// backend port. Qt 6.4 has no QSslServer, hence QTcpServer with QSslSocket in incomingConnection().
class TlsProxy : public QTcpServer
{
public:
    explicit TlsProxy(quint16 backendPort, QObject *parent = nullptr);

    bool start();
    /// \a url with https:// and this proxy's port.
    QUrl secure(const QUrl &url) const;
    /// The CA that signed the server certificate: what --ca-file must name.
    static QString caFile();
    int handshakes() const { return m_handshakes; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    quint16 m_backendPort;
    int m_handshakes = 0;
};
