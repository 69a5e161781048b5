#pragma once

#include "driftqueries.h"
#include "timestamp.h"

#include <QJsonObject>
#include <QString>

namespace Scimflow {

/// Builds the JSON evidence rows findings carry, from the rows the rules read.
namespace Evidence {

QJsonObject job(const DriftQueries::JobRow &job);

QJsonObject user(qint64 id, const QString &scimId, const QString &userName, bool active, Timestamp deletedAt);
QJsonObject event(qint64 id, Timestamp at, const QString &kind, const QString &subject, const QString &actor,
                  const QString &details);
/// A time as ISO 8601, empty for 0.
QString iso(Timestamp t);

} // namespace Evidence

} // namespace Scimflow
