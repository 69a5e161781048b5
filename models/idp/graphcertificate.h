#pragma once

#include "result.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QString>

namespace Scimflow {

/// An app registration's certificate credential: the certificate and its RSA private key, read from one PEM
/// file, and the thumbprint Entra ID knows the certificate by (the x5t#S256 header of a client assertion).
/// The key stays in memory only.
struct GraphCertificate
{
    QSslCertificate certificate;
    QByteArray privateKeyPem;
    QByteArray thumbprintSha256; // base64url (no padding) of the SHA-256 of the DER certificate

    /// The first certificate and the private key in \a pem; an error names what is missing (never the key).
    static Result<GraphCertificate> fromPem(const QByteArray &pem);
    static Result<GraphCertificate> fromFile(const QString &path);
};

} // namespace Scimflow
