#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace Scimflow {

/// SHA-256 over data handed in pieces, through OpenSSL: it uses the processor's SHA instructions, several
/// times faster than QCryptographicHash on the hundreds of megabytes an evidence pack hashes.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    /// The digest of everything added; ends the hash.
    QByteArray result();
    /// Lower-case hex of result().
    QString hexResult();

    static QString hex(QByteArrayView data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace Scimflow
