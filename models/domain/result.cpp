#include "result.h"

#include <QCoreApplication>

namespace Scimflow {

QString errorKindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Io:
        return QStringLiteral("io");
    case Error::Kind::Database:
        return QStringLiteral("database");
    case Error::Kind::Network:
        return QStringLiteral("network");
    case Error::Kind::Timeout:
        return QStringLiteral("timeout");
    case Error::Kind::Http:
        return QStringLiteral("http");
    case Error::Kind::Auth:
        return QStringLiteral("auth");
    case Error::Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Error::Kind::Conflict:
        return QStringLiteral("conflict");
    case Error::Kind::NotFound:
        return QStringLiteral("not-found");
    case Error::Kind::Protocol:
        return QStringLiteral("protocol");
    case Error::Kind::TooLarge:
        return QStringLiteral("too-large");
    case Error::Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Error::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Error::Kind::Internal:
        break;
    }
    return QStringLiteral("internal");
}

} // namespace Scimflow
