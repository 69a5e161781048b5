#pragma once

#include "timestamp.h"

#include <QByteArray>
#include <QString>

namespace Scimflow {

/// One recorded sync or import run.
struct SyncRun
{
    qint64 id = 0;
    QString source;
    QString mode;
    Timestamp startedAt = 0;
    Timestamp finishedAt = 0;
    QString status;
    QString message;
    QString stats;        // JSON object
    QByteArray nextState; // what the source's reader left for its next run (e.g. delta links); no secrets
};

} // namespace Scimflow
