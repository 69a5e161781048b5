#pragma once

#include "timestamp.h"

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
    QString stats; // JSON object
};

} // namespace Scimflow
