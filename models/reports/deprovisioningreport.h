#pragma once

#include "reportdata.h"

namespace Scimflow {

/// Deprovisioning timeliness: for each user deactivated or deleted in the IdP during the period, how long
/// pipeline activity went on under that identity afterwards, against an SLA.
class DeprovisioningReport
{
public:
    struct Row
    {
        qint64 userId = 0;
        QString userName;
        QString name;
        QString department;
        QString how; // "deactivated" or "deleted"
        Timestamp deprovisionedAt = 0;
        Timestamp lastActivity = 0; // 0: nothing ever ran under the identity
        QString lastActivityJob;
        Timestamp delay = 0; // activity after deprovisioning; 0 when none
        bool violation = false;
    };

    /// Reads the deprovisioning events of the period from the store; \a data supplies activity and scope.
    static Result<DeprovisioningReport> compute(const Store &store, const ReportData &data,
                                                const ReportOptions &options);
    ReportDocument document() const;

    QList<Row> rows;

private:
    ReportOptions m_options;
};

} // namespace Scimflow
