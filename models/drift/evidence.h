#pragma once

#include "timestamp.h"

#include <QJsonObject>
#include <QString>

class QSqlQuery;

namespace Scimflow {

/// Builds the JSON evidence rows findings carry, from query rows in the shared column layouts below.
namespace Evidence {

/// Job columns, aliased "j": 10 columns starting at the offset passed to job().
QString jobColumns();
QJsonObject job(const QSqlQuery &q, int offset);

QJsonObject user(qint64 id, const QString &scimId, const QString &userName, bool active, Timestamp deletedAt);
QJsonObject event(qint64 id, Timestamp at, const QString &kind, const QString &subject, const QString &actor,
                  const QString &details);
/// A time as ISO 8601, empty for 0.
QString iso(Timestamp t);

} // namespace Evidence

} // namespace Scimflow
