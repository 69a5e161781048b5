#include "timestamp.h"

#include <QDateTime>
#include <QTimeZone>

namespace Scimflow {

QString timestampToIso(Timestamp ts)
{
    if (ts == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

Timestamp timestampFromIso(QStringView text)
{
    if (text.isEmpty())
        return 0;
    QDateTime dt = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text.toString(), Qt::ISODate);
    if (!dt.isValid())
        return 0;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc()); // RFC 3339 without offset: treat as UTC, never as local time
    return dt.toMSecsSinceEpoch();
}

Timestamp currentTimestamp()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace Scimflow
