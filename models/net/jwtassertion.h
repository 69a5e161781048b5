#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>

namespace Scimflow {

/// Signed JSON Web Tokens (RFC 7519) for assertion grants such as Google's JWT bearer grant (RFC 7523):
/// RS256 signatures made with OpenSSL's libcrypto from a PEM private key that stays in memory only.
class JwtAssertion
{
public:
    /// "header.claims.signature", each part base64url without padding, signed RS256 with \a privateKeyPem
    /// (PKCS#8 or PKCS#1 PEM). The error never contains the key.
    static Result<QByteArray> signRs256(const QJsonObject &header, const QJsonObject &claims,
                                        const QByteArray &privateKeyPem);
    /// Whether \a privateKeyPem holds an RSA private key libcrypto can use.
    static Status checkPrivateKey(const QByteArray &privateKeyPem);
    static QByteArray base64Url(const QByteArray &data);
    /// The X.509 certificate thumbprint JOSE calls "x5t#S256" (RFC 7515 4.1.8): base64url of the SHA-256 of
    /// the DER encoding of the first certificate in \a certificatePem.
    static Result<QByteArray> certificateThumbprintS256(const QByteArray &certificatePem);
};

} // namespace Scimflow
