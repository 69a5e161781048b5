#include "sha256.h"

#include <openssl/evp.h>

namespace Scimflow {

struct Sha256::Context
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_context->md, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_context->md, data.data(), size_t(data.size()));
}

QByteArray Sha256::result()
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_context->md, reinterpret_cast<unsigned char *>(out.data()), &size);
    out.resize(int(size));
    return out;
}

QString Sha256::hexResult()
{
    return QString::fromLatin1(result().toHex());
}

QString Sha256::hex(QByteArrayView data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.hexResult();
}

} // namespace Scimflow
