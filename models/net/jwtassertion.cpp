#include "jwtassertion.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

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

Error keyError()
{
    return Error::make(Error::Kind::InvalidInput,
                       QCoreApplication::translate("Scimflow::JwtAssertion",
                                                   "The private key is not an RSA private key in PEM form."));
}

Pkey readPrivateKey(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return nullptr;
    Pkey key(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    if (key && EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return nullptr;
    return key;
}

} // namespace

QByteArray JwtAssertion::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> JwtAssertion::certificateThumbprintS256(const QByteArray &certificatePem)
{
    BIO *bio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    X509 *cert = bio ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr;
    if (bio)
        BIO_free(bio);
    if (!cert)
        return Error::make(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("Scimflow::JwtAssertion",
                                        "The certificate is not an X.509 certificate in PEM form."));
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert, &der);
    X509_free(cert);
    if (length <= 0 || !der)
        return Error::make(
            Error::Kind::Internal,
            QCoreApplication::translate("Scimflow::JwtAssertion", "Could not encode the certificate."));
    const QByteArray hash = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(der), length), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return base64Url(hash);
}

Status JwtAssertion::checkPrivateKey(const QByteArray &privateKeyPem)
{
    if (!readPrivateKey(privateKeyPem))
        return keyError();
    return {};
}

Result<QByteArray> JwtAssertion::signRs256(const QJsonObject &header, const QJsonObject &claims,
                                           const QByteArray &privateKeyPem)
{
    const Pkey key = readPrivateKey(privateKeyPem);
    if (!key)
        return keyError();
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) != 1)
        return Error::make(
            Error::Kind::Internal,
            QCoreApplication::translate("Scimflow::JwtAssertion", "Could not sign the assertion."));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) != 1)
        return Error::make(
            Error::Kind::Internal,
            QCoreApplication::translate("Scimflow::JwtAssertion", "Could not sign the assertion."));
    signature.truncate(qsizetype(length));
    return input + '.' + base64Url(signature);
}

} // namespace Scimflow
