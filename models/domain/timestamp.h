#pragma once

#include <QString>
#include <QtGlobal>

namespace Scimflow {

/// Milliseconds since the Unix epoch, UTC. 0 means "unknown".
using Timestamp = qint64;

constexpr Timestamp kMsPerHour = 3600 * 1000LL;
constexpr Timestamp kMsPerDay = 24 * kMsPerHour;

/// RFC 3339 / ISO 8601 with milliseconds and a Z suffix; empty for 0.
QString timestampToIso(Timestamp ts);
/// Parses RFC 3339 (with or without fraction, Z or offset); 0 when empty or invalid.
Timestamp timestampFromIso(QStringView text);
Timestamp currentTimestamp();

} // namespace Scimflow
