#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Scimflow {

/// Checks RS256 JWT assertions (RFC 7523) the way Google's token endpoint does: the signature against the
/// public key registered for the issuer (libcrypto's EVP_DigestVerify), the audience, a lifetime of at
/// most an hour that has not run out, and a scope. Used by the sandbox's token endpoint.
class JwtAssertionVerifier
{
public:
    /// Registers the service account \a email with its PEM public key (SubjectPublicKeyInfo).
    Status addServiceAccount(const QString &email, const QByteArray &publicKeyPem);

    /// The claims of a valid assertion for \a audience, or an error whose message is what the endpoint says
    /// ("Invalid JWT Signature.").
    Result<QJsonObject> verify(const QByteArray &assertion, const QString &audience, qint64 nowSeconds) const;

    /// The claims of \a jwt when its header says RS256 and its signature verifies against \a publicKeyPem
    /// (GitHub App JWTs: the caller checks the claims).
    static Result<QJsonObject> verifySignature(const QByteArray &jwt, const QByteArray &publicKeyPem);

private:
    QHash<QString, QByteArray> m_publicKeys; // email -> PEM
};

} // namespace Scimflow
