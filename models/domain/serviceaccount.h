#pragma once

#include "timestamp.h"

#include <QString>

namespace Scimflow {

/// A non-human principal that pipelines run as, owned by an IdP group according to the RBAC mapping.
struct ServiceAccount
{
    qint64 id = 0;
    QString email; // e.g. etl@project.iam.gserviceaccount.com
    QString displayName;
    QString ownerGroupScimId; // empty: no owner
    QString expectedRole;     // the pipeline role the RBAC mapping grants it
    bool active = true;
    Timestamp createdAt = 0;
};

} // namespace Scimflow
