#pragma once

#include "driftsettings.h"
#include "finding.h"
#include "result.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace Scimflow {

/// What every rule reads besides the tables: the analysis time, the thresholds and the RBAC mapping.
struct DriftContext
{
    QSqlDatabase db;
    DriftSettings settings;
    Timestamp now = 0;
    qint64 mappingVersion = 0;      // latest rbac_mappings row, 0 if none
    QStringList privilegedGroups;   // group display names (mapping + settings)
    QMap<QString, QString> aliases; // pipeline login (lower case) -> IdP userName, from the mapping

    /// Reads the latest RBAC mapping from \a db and combines it with \a settings.
    static Result<DriftContext> load(QSqlDatabase db, const DriftSettings &settings);
};

/// One drift rule: reads the store through set-based queries (DriftQueries) and returns its findings.
class DriftRule
{
public:
    virtual ~DriftRule() = default;
    /// Stable id, stored with each finding ("ghost-run", ...).
    virtual QString id() const = 0;
    virtual Result<QList<Finding>> evaluate(const DriftContext &context) const = 0;
};

} // namespace Scimflow
