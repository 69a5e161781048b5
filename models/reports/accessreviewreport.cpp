#include "accessreviewreport.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::AccessReviewReport", text);
}

} // namespace

AccessReviewReport AccessReviewReport::compute(const ReportData &data, const ReportOptions &options)
{
    AccessReviewReport r;
    r.m_options = options;
    r.m_credentials = data.credentialsTable(options.asOf());
    r.m_severityCounts = QList<int>(5, 0);
    QSet<int> counted;
    auto countFindings = [&](const QList<int> &indexes) {
        for (int i : indexes) {
            if (!counted.contains(i)) {
                counted.insert(i);
                ++r.m_severityCounts[std::clamp(data.findings[i].severity, 0, 4)];
                r.m_findings << data.findings[i];
            }
        }
    };
    for (const ReportUser &u : data.users) {
        if (u.deletedAt != 0 || !data.userInScope(u.id))
            continue;
        const QStringList roles = data.rolesOfUser(u.id);
        if (roles.isEmpty())
            continue; // no pipeline access
        Row row;
        row.id = u.id;
        row.identity = u.userName;
        row.name = u.displayName;
        row.active = u.active;
        row.departmentOrOwner = u.department;
        row.groups = data.groupNamesOfUser(u.id);
        row.roles = roles;
        const auto activity = data.activityOfUser.constFind(u.id);
        if (activity != data.activityOfUser.constEnd()) {
            row.lastJobStart = activity->lastStart;
            row.lastJob = activity->lastJob;
        }
        const QList<int> findings = data.findingsOfUser.value(u.id);
        row.findings = data.findingsText(findings);
        row.findingCount = int(findings.size());
        countFindings(findings);
        r.rows << row;
    }
    for (const ReportServiceAccount &a : data.serviceAccounts) {
        if (!data.accountInScope(a))
            continue;
        Row row;
        row.serviceAccount = true;
        row.type = Row::Type::ServiceAccount;
        row.id = a.id;
        row.identity = a.email;
        row.name = a.displayName;
        row.active = a.active;
        row.departmentOrOwner = a.ownerGroupId ? data.groupNames.value(a.ownerGroupId) : QString();
        if (a.ownerGroupId)
            row.groups << data.groupNames.value(a.ownerGroupId);
        if (!a.expectedRole.isEmpty())
            row.roles << a.expectedRole;
        const auto activity = data.activityOfAccount.constFind(a.id);
        if (activity != data.activityOfAccount.constEnd()) {
            row.lastJobStart = activity->lastStart;
            row.lastJob = activity->lastJob;
        }
        const QList<int> findings = data.findingsOfAccount.value(a.id);
        row.findings = data.findingsText(findings);
        row.findingCount = int(findings.size());
        countFindings(findings);
        r.rows << row;
    }
    // Principals that ran pipelines in the period without matching any IdP user or service account: they
    // had access nobody can review through the IdP.
    if (options.scope.roles.isEmpty()) {
        QStringList principals = data.activityOfUnmatched.keys();
        principals.sort(Qt::CaseInsensitive);
        for (const QString &principal : principals) {
            const PrincipalActivity &activity = data.activityOfUnmatched[principal];
            if (activity.jobsInPeriod == 0)
                continue;
            Row row;
            row.type = Row::Type::UnknownPrincipal;
            row.identity = principal;
            row.active = false;
            row.lastJobStart = activity.lastStart;
            row.lastJob = activity.lastJob;
            const QList<int> findings = data.findingsOfPrincipal.value(principal.toLower());
            row.findings = data.findingsText(findings);
            row.findingCount = int(findings.size());
            countFindings(findings);
            r.rows << row;
        }
    }
    return r;
}

ReportDocument AccessReviewReport::document() const
{
    ReportDocument doc;
    doc.kind = ReportKind::AccessReview;
    doc.title = reportKindTitle(doc.kind);
    doc.subtitle = tr("SOC 2 CC6.1-CC6.3: logical access to data pipelines");
    doc.from = m_options.from;
    doc.to = m_options.to;
    doc.scope = m_options.scope.describe();
    doc.notes << tr(
        "Lists every identity holding a pipeline role: users through their IdP groups and the RBAC "
        "mapping, service accounts, and principals that ran jobs in the period without matching any "
        "IdP identity. Access is as of the last sync (see data freshness); last job runs and findings "
        "count up to the end of the period. Review each row and sign off in the CSV's last column; "
        "inactive users who still hold roles, unknown principals and rows with findings need action.");

    ReportTable table;
    table.id = QStringLiteral("identities");
    table.title = tr("Identities with pipeline access");
    table.columns = {{QStringLiteral("identity"), tr("Identity"), 2.2},
                     {QStringLiteral("type"), tr("Type"), 0.75},
                     {QStringLiteral("name"), tr("Name"), 1.1},
                     {QStringLiteral("status"), tr("Status"), 0.55},
                     {QStringLiteral("department_or_owner"), tr("Department / owner"), 1.05},
                     {QStringLiteral("groups"), tr("IdP groups"), 2.75},
                     {QStringLiteral("roles"), tr("Pipeline roles"), 1.5},
                     {QStringLiteral("last_job_run"), tr("Last job run"), 1.45},
                     {QStringLiteral("findings"), tr("Findings"), 1.9}};
    table.signOffColumn = tr("Reviewer sign-off");
    table.emptyText = tr("No identity in scope holds a pipeline role.");
    table.rows.reserve(rows.size());
    qint64 users = 0, inactiveWithAccess = 0, accounts = 0, unknown = 0, withFindings = 0, neverRan = 0;
    QMap<QString, int> byRole;
    for (const Row &row : rows) {
        const bool user = row.type == Row::Type::User;
        (user ? users : row.serviceAccount ? accounts : unknown) += 1;
        if (user && !row.active)
            ++inactiveWithAccess;
        if (row.findingCount > 0)
            ++withFindings;
        if (row.lastJobStart == 0)
            ++neverRan;
        for (const QString &role : row.roles)
            ++byRole[role];
        const bool unknownPrincipal = row.type == Row::Type::UnknownPrincipal;
        const QString type = user               ? tr("user")
                             : unknownPrincipal ? tr("unknown principal")
                                                : tr("service account");
        const QString status = unknownPrincipal ? tr("no IdP match")
                               : row.active     ? tr("active")
                                                : tr("inactive");
        table.rows << QStringList{
            row.identity,
            type,
            row.name,
            status,
            row.departmentOrOwner.isEmpty() && row.serviceAccount ? tr("(no owner)") : row.departmentOrOwner,
            row.groups.join(QLatin1String(", ")),
            row.roles.join(QLatin1String(", ")),
            row.lastJobStart ? reportTime(row.lastJobStart) : tr("never"),
            row.findings};
    }
    doc.tables << table;
    doc.tables << evidenceTable();
    if (!m_credentials.rows.isEmpty())
        doc.tables << m_credentials; // machine credentials with access: age, expiry, last use

    qint64 findingsTotal = 0;
    for (int n : m_severityCounts)
        findingsTotal += n;
    doc.summary = {{QStringLiteral("identities"), tr("Identities with access"), qint64(rows.size())},
                   {QStringLiteral("users"), tr("Users"), users},
                   {QStringLiteral("inactive_users_with_access"), tr("Inactive users still holding roles"),
                    inactiveWithAccess},
                   {QStringLiteral("service_accounts"), tr("Service accounts"), accounts},
                   {QStringLiteral("unknown_principals"), tr("Principals with no IdP match"), unknown},
                   {QStringLiteral("identities_with_findings"), tr("Identities with findings"), withFindings},
                   {QStringLiteral("findings"), tr("Findings against them"), findingsTotal},
                   {QStringLiteral("never_ran_a_job"), tr("Identities that never ran a job"), neverRan}};

    ChartData roles;
    roles.id = QStringLiteral("identities-by-role");
    roles.title = tr("Identities by pipeline role");
    roles.valueLabel = tr("identities");
    for (auto it = byRole.begin(); it != byRole.end(); ++it) {
        roles.categories << it.key();
        roles.values << it.value();
    }
    doc.charts << roles;

    ChartData severity;
    severity.id = QStringLiteral("findings-by-severity");
    severity.title = tr("Findings by severity");
    severity.valueLabel = tr("findings");
    const QColor colors[] = {QColor(0x8a, 0x94, 0xa6), QColor(0x4a, 0x90, 0xc2), QColor(0xe0, 0xa1, 0x1b),
                             QColor(0xd9, 0x5b, 0x2a), QColor(0xb0, 0x1e, 0x2e)};
    for (int s = 0; s < 5; ++s) {
        severity.categories << findingSeverityName(s);
        severity.values << m_severityCounts[s];
        severity.colors << colors[s];
    }
    doc.charts << severity;
    return doc;
}

ReportTable AccessReviewReport::evidenceTable() const
{
    // One row per evidence item, with the same who / what / when / source the Findings view shows.
    ReportTable table;
    table.id = QStringLiteral("evidence");
    table.title = tr("Evidence of the findings");
    table.columns = {
        {QStringLiteral("finding"), tr("Finding"), 1.3}, {QStringLiteral("subject"), tr("Subject"), 1.6},
        {QStringLiteral("who"), tr("Who"), 1.6},         {QStringLiteral("what"), tr("What"), 3.2},
        {QStringLiteral("when"), tr("When"), 1.3},       {QStringLiteral("source"), tr("Source"), 1.0}};
    table.emptyText = tr("No finding against the identities in scope.");
    for (const ReportFinding &f : m_findings) {
        const QString finding = QStringLiteral("%1 (%2)").arg(f.rule, findingSeverityName(f.severity));
        for (const EvidenceItem &item : f.evidence)
            table.rows << QStringList{finding,    f.subject, item.who, item.what, reportTime(item.when),
                                      item.source};
    }
    return table;
}

} // namespace Scimflow
