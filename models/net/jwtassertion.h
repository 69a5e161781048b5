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
};

} // namespace Scimflow
