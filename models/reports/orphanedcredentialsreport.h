#pragma once

#include "reportdata.h"

namespace Scimflow {

/// Orphaned credentials: active service accounts without an owning group in the RBAC mapping, or unused
/// for the configured number of days, with their last use.
class OrphanedCredentialsReport
{
public:
    struct Row
    {
        QString email;
        QString name;
        QString owner; // empty: none
        QString expectedRole;
        Timestamp createdAt = 0;
        Timestamp lastUse = 0; // 0: never used
        QString lastJob;
        qint64 idleDays = -1; // -1: never used
        bool noOwner = false;
        bool idle = false;
    };

    static OrphanedCredentialsReport compute(const ReportData &data, const ReportOptions &options);
    ReportDocument document() const;

    QList<Row> rows;
    qint64 reviewed = 0; // active accounts in scope

private:
    ReportOptions m_options;
    ReportTable m_credentials; // keys and tokens of the credential inventory
    QList<qint64> m_ageOfAll;  // idle days of every reviewed account (-1 never used), for the chart
};

} // namespace Scimflow
