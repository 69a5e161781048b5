#include "graphcertificate.h"

#include "jwtassertion.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::GraphCertificate", text);
}

/// The PEM block whose label ends in "PRIVATE KEY" (PKCS#8 or PKCS#1), headers included.
QByteArray privateKeyBlock(const QByteArray &pem, bool *encrypted)
{
    qsizetype from = 0;
    while ((from = pem.indexOf("-----BEGIN ", from)) >= 0) {
        const qsizetype labelEnd = pem.indexOf("-----", from + 11);
        if (labelEnd < 0)
            return {};
        const QByteArray label = pem.mid(from + 11, labelEnd - from - 11);
        if (label.endsWith("PRIVATE KEY")) {
            *encrypted = label.startsWith("ENCRYPTED");
            const QByteArray end = "-----END " + label + "-----";
            const qsizetype stop = pem.indexOf(end, labelEnd);
            return stop < 0 ? QByteArray() : pem.mid(from, stop + end.size() - from) + '\n';
        }
        from = labelEnd;
    }
    return {};
}

} // namespace

Result<GraphCertificate> GraphCertificate::fromPem(const QByteArray &pem)
{
    GraphCertificate c;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull())
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The PEM file holds no certificate; it needs the app registration's certificate "
               "and its private key."));
    c.certificate = certificates.first();
    bool encrypted = false;
    c.privateKeyPem = privateKeyBlock(pem, &encrypted);
    if (encrypted)
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The private key in the PEM file is encrypted; export it without a passphrase "
               "(e.g. openssl pkey -in key.pem -out plain.pem) and protect the file instead."));
    if (c.privateKeyPem.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           tr("The PEM file holds no private key; it needs the certificate and its private "
                              "key."));
    if (Status s = JwtAssertion::checkPrivateKey(c.privateKeyPem); !s)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The private key in the PEM file cannot be used: %1").arg(s.error().message));
    c.thumbprintSha256 = JwtAssertion::base64Url(c.certificate.digest(QCryptographicHash::Sha256));
    return c;
}

Result<GraphCertificate> GraphCertificate::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           tr("Cannot read the certificate file %1: %2").arg(path, file.errorString()));
    if (file.size() > 1 << 20)
        return Error::make(Error::Kind::TooLarge, tr("%1 is too large to be a certificate file.").arg(path));
    return fromPem(file.readAll());
}

} // namespace Scimflow
