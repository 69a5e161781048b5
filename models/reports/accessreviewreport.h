#pragma once

#include "reportdata.h"

namespace Scimflow {

/// SOC 2 CC6.1-CC6.3 access review: every identity with pipeline access (users holding a pipeline role
/// through their IdP groups, and service accounts), their groups, derived roles, last job and findings.
class AccessReviewReport
{
public:
    struct Row
    {
        enum class Type { User, ServiceAccount, UnknownPrincipal };
        Type type = Type::User;
        bool serviceAccount = false;
        qint64 id = 0;
        QString identity; // userName or service account email
        QString name;
        bool active = true;
        QString departmentOrOwner;
        QStringList groups;
        QStringList roles;
        Timestamp lastJobStart = 0;
        QString lastJob;
        QString findings;
        int findingCount = 0;
    };

    static AccessReviewReport compute(const ReportData &data, const ReportOptions &options);
    ReportDocument document() const;
    /// The evidence of every finding counted against the reviewed identities, one row per evidence item.
    ReportTable evidenceTable() const;

    QList<Row> rows;

private:
    ReportOptions m_options;
    ReportTable m_credentials;       // keys and tokens of the credential inventory
    QList<int> m_severityCounts;     // findings against reviewed identities, by severity 0-4
    QList<ReportFinding> m_findings; // those findings, in the order they were first counted
};

} // namespace Scimflow
