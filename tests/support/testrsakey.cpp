#include "testrsakey.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace Scimflow {

namespace {

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(size));
    BIO_free(bio);
    return out;
}

} // namespace

TestRsaKey TestRsaKey::generate(int bits)
{
    TestRsaKey key;
    EVP_PKEY *pkey = nullptr;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
    if (ctx && EVP_PKEY_keygen_init(ctx) == 1 && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, bits) == 1 &&
        EVP_PKEY_keygen(ctx, &pkey) == 1) {
        BIO *priv = BIO_new(BIO_s_mem());
        if (PEM_write_bio_PrivateKey(priv, pkey, nullptr, nullptr, 0, nullptr, nullptr) == 1)
            key.privatePem = drain(priv);
        else
            BIO_free(priv);
        BIO *pub = BIO_new(BIO_s_mem());
        if (PEM_write_bio_PUBKEY(pub, pkey) == 1)
            key.publicPem = drain(pub);
        else
            BIO_free(pub);
    }
    EVP_PKEY_free(pkey);
    EVP_PKEY_CTX_free(ctx);
    return key;
}

QByteArray TestRsaKey::serviceAccountJson(const QString &email, const QString &tokenUri) const
{
    const QJsonObject o{{QStringLiteral("type"), QStringLiteral("service_account")},
                        {QStringLiteral("project_id"), QStringLiteral("scimflow-demo")},
                        {QStringLiteral("private_key_id"), QStringLiteral("0123456789abcdef")},
                        {QStringLiteral("private_key"), QString::fromLatin1(privatePem)},
                        {QStringLiteral("client_email"), email},
                        {QStringLiteral("client_id"), QStringLiteral("100000000000000000001")},
                        {QStringLiteral("token_uri"), tokenUri}};
    return QJsonDocument(o).toJson();
}

} // namespace Scimflow
