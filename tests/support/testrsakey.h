#pragma once

#include <QByteArray>
#include <QString>

namespace Scimflow {

/// A throwaway RSA key pair generated at test time with libcrypto, for service-account key files the
/// sandbox's token endpoint verifies. Test use only.
struct TestRsaKey
{
    QByteArray privatePem; // PKCS#8, as in a Google service-account key file
    QByteArray publicPem;  // SubjectPublicKeyInfo

    static TestRsaKey generate(int bits = 2048);
    /// A service-account key file's JSON for \a email with this key and \a tokenUri.
    QByteArray serviceAccountJson(const QString &email, const QString &tokenUri) const;
};

} // namespace Scimflow
