#include "jwtassertionverifier.h"

#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace Scimflow {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

Pkey readPublicKey(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return nullptr;
    Pkey key(PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return key;
}

Error invalidGrant(const char *message)
{
    return Error::make(Error::Kind::Auth, QString::fromLatin1(message));
}

QJsonObject decodePart(const QByteArray &part)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}

} // namespace

Status JwtAssertionVerifier::addServiceAccount(const QString &email, const QByteArray &publicKeyPem)
{
    if (!readPublicKey(publicKeyPem))
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("not a PEM public key"));
    m_publicKeys.insert(email, publicKeyPem);
    return {};
}

Status JwtAssertionVerifier::addClient(const QString &clientId, const QByteArray &publicKeyPem)
{
    if (!readPublicKey(publicKeyPem))
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("not a PEM public key"));
    m_clientKeys.insert(clientId, publicKeyPem);
    return {};
}

Result<QJsonObject> JwtAssertionVerifier::verifySignature(const QByteArray &jwt,
                                                          const QByteArray &publicKeyPem)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return invalidGrant("Invalid JWT: not three parts.");
    if (decodePart(parts[0]).value(QLatin1String("alg")).toString() != QLatin1String("RS256"))
        return invalidGrant("Invalid JWT: the algorithm must be RS256.");
    const Pkey publicKey = readPublicKey(publicKeyPem);
    const QByteArray input = parts[0] + '.' + parts[1];
    const QByteArray signature = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!publicKey || !ctx ||
        EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, publicKey.get()) != 1 ||
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()), reinterpret_cast<const unsigned char *>(input.constData()),
                         size_t(input.size())) != 1)
        return invalidGrant("Invalid JWT Signature.");
    return decodePart(parts[1]);
}

Result<QJsonObject> JwtAssertionVerifier::verifyIssuer(const QByteArray &assertion,
                                                       const QHash<QString, QByteArray> &keys)
{
    const QList<QByteArray> parts = assertion.split('.');
    if (parts.size() != 3)
        return invalidGrant("Invalid JWT: not three parts.");
    const auto key = keys.constFind(decodePart(parts[1]).value(QLatin1String("iss")).toString());
    if (key == keys.cend())
        return invalidGrant("Invalid JWT: unknown issuer.");
    return verifySignature(assertion, *key);
}

Result<QJsonObject> JwtAssertionVerifier::verifyClientAssertion(const QByteArray &assertion,
                                                                const QString &audience,
                                                                qint64 nowSeconds) const
{
    Result<QJsonObject> checked = verifyIssuer(assertion, m_clientKeys);
    if (!checked)
        return invalidGrant("The client_assertion signature is invalid.");
    const QJsonObject &claims = *checked;
    if (claims.value(QLatin1String("sub")).toString() != claims.value(QLatin1String("iss")).toString())
        return invalidGrant("The client_assertion token's sub claim must equal its iss claim.");
    if (claims.value(QLatin1String("aud")).toString() != audience)
        return invalidGrant("The audience claim for client_assertion must be the endpoint invoked for the "
                            "request.");
    const qint64 exp = claims.value(QLatin1String("exp")).toInteger();
    if (exp <= nowSeconds || exp > nowSeconds + 3600)
        return invalidGrant("The client_assertion token is expired or its exp claim lies too far ahead.");
    if (claims.value(QLatin1String("jti")).toString().isEmpty())
        return invalidGrant("The client_assertion token has no jti claim.");
    return claims;
}

Result<QJsonObject> JwtAssertionVerifier::verify(const QByteArray &assertion, const QString &audience,
                                                 qint64 nowSeconds) const
{
    Result<QJsonObject> checked = verifyIssuer(assertion, m_publicKeys);
    if (!checked)
        return checked.error();
    const QJsonObject claims = *checked;
    if (claims.value(QLatin1String("aud")).toString() != audience)
        return invalidGrant("Invalid JWT: the audience is not this token endpoint.");
    const qint64 iat = claims.value(QLatin1String("iat")).toInteger();
    const qint64 exp = claims.value(QLatin1String("exp")).toInteger();
    if (exp <= nowSeconds || iat > nowSeconds + 300 || exp - iat > 3600)
        return invalidGrant("Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable "
                            "timeframe.");
    if (claims.value(QLatin1String("scope")).toString().isEmpty())
        return invalidGrant("Invalid JWT: no scope.");
    return claims;
}

} // namespace Scimflow
