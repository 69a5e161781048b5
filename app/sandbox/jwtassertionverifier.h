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

    /// Registers an OAuth client that authenticates with private_key_jwt, with its PEM public key.
    Status addClient(const QString &clientId, const QByteArray &publicKeyPem);
    /// The claims of a valid client assertion (RFC 7523 2.2, OpenID Connect Core 9) for the token endpoint
    /// \a audience: RS256 signed by the registered key of its issuer, iss == sub == a registered client id,
    /// a jti, and an exp that has not passed and lies at most an hour ahead. Errors read like the vendors'
    /// error_description.
    Result<QJsonObject> verifyClientAssertion(const QByteArray &assertion, const QString &audience,
                                              qint64 nowSeconds) const;
    /// The claims of \a jwt when its header says RS256 and its signature verifies against \a publicKeyPem
    /// (GitHub App JWTs: the caller checks the claims).
    static Result<QJsonObject> verifySignature(const QByteArray &jwt, const QByteArray &publicKeyPem);

private:
    /// Splits and checks the RS256 signature against the key \a keys holds for the issuer.
    static Result<QJsonObject> verifyIssuer(const QByteArray &assertion,
                                            const QHash<QString, QByteArray> &keys);

    QHash<QString, QByteArray> m_publicKeys; // email -> PEM
    QHash<QString, QByteArray> m_clientKeys; // client id -> PEM
};

} // namespace Scimflow
