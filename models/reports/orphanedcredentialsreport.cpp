#include "orphanedcredentialsreport.h"

#include <QCoreApplication>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::OrphanedCredentialsReport", text);
}

} // namespace

OrphanedCredentialsReport OrphanedCredentialsReport::compute(const ReportData &data,
                                                             const ReportOptions &options)
{
    OrphanedCredentialsReport r;
    r.m_options = options;
    r.m_credentials = data.credentialsTable(options.asOf());
    const Timestamp asOf = options.asOf();
    const Timestamp idleLimit = Timestamp(options.idleDays) * kMsPerDay;
    for (const ReportServiceAccount &a : data.serviceAccounts) {
        if (!a.active || !data.accountInScope(a))
            continue;
        ++r.reviewed;
        Row row;
        row.email = a.email;
        row.name = a.displayName;
        row.owner = a.ownerGroupId ? data.groupNames.value(a.ownerGroupId) : QString();
        row.expectedRole = a.expectedRole;
        row.createdAt = a.createdAt;
        const auto activity = data.activityOfAccount.constFind(a.id);
        if (activity != data.activityOfAccount.constEnd()) {
            row.lastUse = activity->lastActivity;
            row.lastJob = activity->lastActivityJob;
            row.idleDays = std::max<Timestamp>(0, asOf - row.lastUse) / kMsPerDay;
            row.idle = asOf - row.lastUse > idleLimit;
        } else {
            // Never used: idle once it has existed longer than the limit.
            row.idle = a.createdAt > 0 && asOf - a.createdAt > idleLimit;
        }
        row.noOwner = row.owner.isEmpty();
        r.m_ageOfAll << row.idleDays;
        if (row.noOwner || row.idle)
            r.rows << row;
    }
    return r;
}

ReportDocument OrphanedCredentialsReport::document() const
{
    ReportDocument doc;
    doc.kind = ReportKind::OrphanedCredentials;
    doc.title = reportKindTitle(doc.kind);
    doc.subtitle = tr("Service accounts without an owner or unused");
    doc.from = m_options.from;
    doc.to = m_options.to;
    doc.scope = m_options.scope.describe();
    doc.parameters << tr("idle after %1 days").arg(m_options.idleDays);
    doc.notes
        << tr("Active service accounts with no owning group in the RBAC mapping, or whose last job ended "
              "more than %1 days before the end of the period. Assign an owner in the mapping or disable "
              "the account and revoke its keys.")
               .arg(m_options.idleDays);

    ReportTable table;
    table.id = QStringLiteral("service_accounts");
    table.title = tr("Orphaned or idle service accounts");
    table.columns = {{QStringLiteral("service_account"), tr("Service account"), 3.0},
                     {QStringLiteral("owner"), tr("Owner group"), 1.4},
                     {QStringLiteral("expected_role"), tr("Expected role"), 1.2},
                     {QStringLiteral("created_at"), tr("Created"), 1.3},
                     {QStringLiteral("last_use"), tr("Last use"), 1.3},
                     {QStringLiteral("last_job"), tr("Last job"), 2.8},
                     {QStringLiteral("idle_days"), tr("Idle (days)"), 0.7},
                     {QStringLiteral("reasons"), tr("Reasons"), 1.6}};
    table.emptyText = tr("Every active service account has an owner and was used recently.");
    qint64 noOwner = 0, idle = 0, neverUsed = 0;
    for (const Row &row : rows) {
        noOwner += row.noOwner;
        idle += row.idle;
        neverUsed += row.lastUse == 0;
        QStringList reasons;
        if (row.noOwner)
            reasons << tr("no owner");
        if (row.idle)
            reasons << (row.lastUse ? tr("idle") : tr("never used"));
        table.rows << QStringList{row.email,
                                  row.owner.isEmpty() ? tr("(none)") : row.owner,
                                  row.expectedRole,
                                  reportTime(row.createdAt),
                                  row.lastUse ? reportTime(row.lastUse) : tr("never"),
                                  row.lastJob,
                                  row.idleDays >= 0 ? QString::number(row.idleDays) : QString(),
                                  reasons.join(QLatin1String(", "))};
    }
    doc.tables << table;
    if (!m_credentials.rows.isEmpty()) {
        doc.tables << m_credentials;
        doc.notes << tr("Keys and tokens: age and expiry from the cloud inventory; the last use of a Google "
                        "Cloud key is a day (Policy Analyzer).");
    }
    doc.summary = {{QStringLiteral("reviewed"), tr("Active service accounts reviewed"), reviewed},
                   {QStringLiteral("flagged"), tr("Orphaned or idle"), qint64(rows.size())},
                   {QStringLiteral("no_owner"), tr("Without owner"), noOwner},
                   {QStringLiteral("idle"), tr("Idle"), idle},
                   {QStringLiteral("never_used"), tr("Never used"), neverUsed},
                   {QStringLiteral("idle_days"), tr("Idle limit (days)"), m_options.idleDays}};

    ChartData chart;
    chart.id = QStringLiteral("last-use-age");
    chart.title = tr("Service accounts by days since last use");
    chart.valueLabel = tr("accounts");
    chart.categories = {tr("0-7"), tr("8-30"), tr("31-90"), tr("> 90"), tr("never")};
    chart.values = {0, 0, 0, 0, 0};
    for (qint64 days : m_ageOfAll) {
        const int i = days < 0 ? 4 : days <= 7 ? 0 : days <= 30 ? 1 : days <= 90 ? 2 : 3;
        chart.values[i] += 1;
    }
    doc.charts << chart;
    return doc;
}

} // namespace Scimflow
