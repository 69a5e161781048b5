#pragma once

#include "evidenceitem.h"

#include "reportdocument.h"
#include "reportqueries.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Scimflow {

class Store;

/// A drift finding that was open at some point in the period.
struct ReportFinding
{
    qint64 id = 0;
    QString rule;
    int severity = 0;
    QString subjectKind;
    QString subject;
    QString summary;
    Timestamp startedAt = 0;
    Timestamp firstSeen = 0;
    Timestamp resolvedAt = 0;
    bool acknowledged = false;
    QList<EvidenceItem> evidence; // the rows that prove it, as the Findings view shows them
};

/// What pipelines did under one identity: the latest job overall (up to the period end) and the jobs in the
/// period.
struct PrincipalActivity
{
    Timestamp lastStart = 0;    // start of the latest job
    QString lastJob;            // "source: name (external id)"
    Timestamp lastActivity = 0; // end of the latest activity; a running job counts up to the report's asOf
    QString lastActivityJob;
    qint64 jobsInPeriod = 0;
    Timestamp firstInPeriod = 0;
    Timestamp lastInPeriod = 0;
    QSet<QString> sourcesInPeriod;
};

/// "low", "medium", "high", "critical" (severity 1-4); "info" otherwise.
QString findingSeverityName(int severity);

/// The store's rows every report reads, loaded once with a few whole-table queries (fast enough for the
/// large scenario: 100k users, 800k memberships, 200k jobs), plus the scope tests.
class ReportData
{
public:
    /// Loads identities, the RBAC mapping, findings open in the period and job activity up to the period end.
    static Result<ReportData> load(const Store &store, const ReportOptions &options,
                                   const ReportCancel *cancel);

    /// Fills the header facts every report carries: data freshness per source and the audit chain head.
    static Status loadHeader(const Store &store, ReportDocument *document);

    QList<ReportUser> users;                     // ordered by userName
    QList<ReportServiceAccount> serviceAccounts; // ordered by email
    QHash<qint64, QString> groupNames;
    QHash<qint64, QList<qint64>> groupsOfUser;
    QHash<qint64, QStringList> rolesOfGroup;
    QList<ReportFinding> findings;
    QHash<qint64, QList<int>> findingsOfUser;    // user id -> indexes into findings
    QHash<qint64, QList<int>> findingsOfAccount; // service account id -> indexes into findings
    QHash<qint64, PrincipalActivity> activityOfUser;
    QHash<qint64, PrincipalActivity> activityOfAccount;
    QHash<QString, PrincipalActivity> activityOfUnmatched; // principals matching no user or account
    QHash<QString, QList<int>> findingsOfPrincipal;        // lower-case principal -> indexes into findings
    QList<ReportCredential> credentials; // user-managed keys and tokens of the credential inventory

    /// The keys-and-tokens table of the orphaned-credentials and access-review reports (age and last use as
    /// of \a asOf); empty rows when nothing was inventoried.
    ReportTable credentialsTable(Timestamp asOf) const;

    QStringList groupNamesOfUser(qint64 userId) const;
    QStringList rolesOfUser(qint64 userId) const;
    bool userInScope(qint64 userId) const;
    bool accountInScope(const ReportServiceAccount &account) const;
    QString findingsText(const QList<int> &indexes) const; // "ghost-run (high); ..."

private:
    ReportOptions m_options;
};

} // namespace Scimflow
