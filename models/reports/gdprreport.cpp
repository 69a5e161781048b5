#include "gdprreport.h"

#include "reportqueries.h"
#include "store.h"

#include <QCoreApplication>
#include <QStringList>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::GdprReport", text);
}

struct RetainedTable
{
    const char *table;
    const char *timeColumn;
    const char *personalData; // what personal data the rows hold
};

const RetainedTable kTables[] = {
    {"users", "created_at",
     "user name, given/family/display name, emails, department, employee number, manager"},
    {"groups", "created_at", "group names"},
    {"memberships", "added_at", "who belongs to which group"},
    {"service_accounts", "created_at", "none (non-human accounts)"},
    {"jobs", "start_time", "launcher and run-as principals (emails, logins)"},
    {"identity_events", "at", "user names and attribute changes"},
    {"sync_runs", "started_at", "none"},
    {"findings", "first_seen", "user names in subjects and evidence"},
    {"audit_log", "at", "OS user and IdP identity of the operator, targets"},
    {"rbac_mappings", "created_at", "author"},
};

bool isPipelineSource(const QString &source)
{
    return source == QLatin1String("dataflow") || source == QLatin1String("github") ||
           source == QLatin1String("openlineage");
}

} // namespace

Result<GdprReport> GdprReport::compute(const Store &store, const ReportData &data,
                                       const ReportOptions &options)
{
    GdprReport r;
    r.m_options = options;
    const ReportQueries queries(store);

    // 1. Identities the pipelines processed under, in the period.
    r.processing.id = QStringLiteral("processing");
    r.processing.title = tr("Pipeline processing under personal identities");
    r.processing.columns = {{QStringLiteral("identity"), tr("Identity"), 2.4},
                            {QStringLiteral("name"), tr("Name"), 1.4},
                            {QStringLiteral("email"), tr("Email"), 2.4},
                            {QStringLiteral("status"), tr("Status"), 0.9},
                            {QStringLiteral("jobs"), tr("Jobs"), 0.6},
                            {QStringLiteral("sources"), tr("Sources"), 1.1},
                            {QStringLiteral("first_job"), tr("First job"), 1.4},
                            {QStringLiteral("last_job"), tr("Last job"), 1.4}};
    r.processing.emptyText = tr("No job ran under a personal identity in the period.");
    auto sources = [](const PrincipalActivity &a) {
        QStringList list(a.sourcesInPeriod.begin(), a.sourcesInPeriod.end());
        list.sort();
        return list.join(QLatin1String(", "));
    };
    for (const ReportUser &u : data.users) {
        const auto a = data.activityOfUser.constFind(u.id);
        if (a == data.activityOfUser.constEnd() || a->jobsInPeriod == 0 || !data.userInScope(u.id))
            continue;
        ++r.m_identities;
        r.m_jobs += a->jobsInPeriod;
        const QString status = u.deletedAt ? tr("deleted") : u.active ? tr("active") : tr("inactive");
        r.processing.rows << QStringList{u.userName,
                                         u.displayName,
                                         u.email,
                                         status,
                                         QString::number(a->jobsInPeriod),
                                         sources(*a),
                                         reportTime(a->firstInPeriod),
                                         reportTime(a->lastInPeriod)};
    }
    if (options.scope.roles.isEmpty()) {
        QStringList unmatched = data.activityOfUnmatched.keys();
        unmatched.sort(Qt::CaseInsensitive);
        for (const QString &principal : unmatched) {
            const PrincipalActivity &a = data.activityOfUnmatched[principal];
            if (a.jobsInPeriod == 0)
                continue;
            ++r.m_unmatched;
            r.m_jobs += a.jobsInPeriod;
            r.processing.rows << QStringList{principal,
                                             QString(),
                                             principal.contains(QLatin1Char('@')) ? principal : QString(),
                                             tr("no IdP match"),
                                             QString::number(a.jobsInPeriod),
                                             sources(a),
                                             reportTime(a.firstInPeriod),
                                             reportTime(a.lastInPeriod)};
        }
    }

    // 2. Retention of the local store.
    r.retention.id = QStringLiteral("retention");
    r.retention.title = tr("Data retention in the local store");
    r.retention.columns = {{QStringLiteral("table"), tr("Table"), 1.2},
                           {QStringLiteral("rows"), tr("Rows"), 0.7},
                           {QStringLiteral("oldest"), tr("Oldest"), 1.3},
                           {QStringLiteral("newest"), tr("Newest"), 1.3},
                           {QStringLiteral("retention"), tr("Configured retention"), 1.6},
                           {QStringLiteral("personal_data"), tr("Personal data held"), 3.2}};
    const QString defaultRetention = store.metaValue(QStringLiteral("retention.days"));
    r.m_rowsChart.id = QStringLiteral("rows-per-table");
    r.m_rowsChart.title = tr("Rows per table in the local store");
    r.m_rowsChart.valueLabel = tr("rows");
    for (const RetainedTable &t : kTables) {
        const QString table = QString::fromLatin1(t.table);
        const Result<ReportTableSpan> span = queries.tableSpan(table, QString::fromLatin1(t.timeColumn));
        if (!span)
            return span.error();
        QString retention = store.metaValue(QStringLiteral("retention.%1.days").arg(table));
        if (retention.isEmpty())
            retention = defaultRetention;
        const qint64 rows = span->rows;
        r.retention.rows << QStringList{table,
                                        QString::number(rows),
                                        reportTime(span->oldest),
                                        reportTime(span->newest),
                                        retention.isEmpty() ? tr("none configured (kept until deleted)")
                                                            : tr("%1 days").arg(retention),
                                        QString::fromLatin1(t.personalData)};
        r.m_rowsChart.categories << table;
        r.m_rowsChart.values << double(rows);
    }

    // 3. Deletions performed.
    r.deletions.id = QStringLiteral("deletions");
    r.deletions.title = tr("Deletions and fixes performed in the period");
    r.deletions.columns = {{QStringLiteral("at"), tr("When"), 1.3},
                           {QStringLiteral("what"), tr("What"), 1.2},
                           {QStringLiteral("subject"), tr("Subject"), 2.4},
                           {QStringLiteral("details"), tr("Details"), 4.0}};
    r.deletions.emptyText = tr("No deletion or fix was recorded in the period.");
    for (const ReportUser &u : data.users) {
        if (u.deletedAt >= options.from && u.deletedAt < options.to && u.deletedAt != 0)
            r.deletions.rows << QStringList{reportTime(u.deletedAt), tr("user deleted in the IdP"),
                                            u.userName,
                                            tr("no longer returned by the IdP; local row kept as history")};
    }
    const Result<QList<ReportAuditOutcome>> outcomes = queries.auditOutcomes(options.from, options.to);
    if (!outcomes)
        return outcomes.error();
    for (const ReportAuditOutcome &o : *outcomes) {
        r.deletions.rows << QStringList{
            reportTime(o.at), tr("fix: %1").arg(o.action), o.target,
            tr("audit seq %1; outcome: %2; reason: %3").arg(QString::number(o.seq), o.outcome, o.reason)};
    }

    // 4. Records of processing for the sync itself. Connection secrets are never read here.
    r.records.id = QStringLiteral("records_of_processing");
    r.records.title = tr("Records of processing: identity and pipeline sync");
    r.records.columns = {{QStringLiteral("source"), tr("Source"), 1.4},
                         {QStringLiteral("kind"), tr("Kind"), 1.1},
                         {QStringLiteral("last_successful_sync"), tr("Last successful sync"), 1.4},
                         {QStringLiteral("runs_in_period"), tr("Runs in period"), 0.8},
                         {QStringLiteral("fields_stored"), tr("Fields stored"), 3.6},
                         {QStringLiteral("purpose"), tr("Purpose"), 2.2}};
    const QString purpose = tr("detect access drift between the IdP and data pipelines (SOC 2, security)");
    const Result<QHash<QString, qint64>> runs = queries.syncRunsPerSource(options.from, options.to);
    if (!runs)
        return runs.error();
    const Result<QStringList> allSources = queries.syncSources();
    if (!allSources)
        return allSources.error();
    for (const QString &source : *allSources) {
        const bool pipeline = isPipelineSource(source);
        r.records.rows << QStringList{
            source,
            pipeline                              ? tr("pipeline sync")
            : source == QLatin1String("scenario") ? tr("scenario import")
                                                  : tr("identity sync"),
            reportTime(store.lastSuccessfulRun(source).finishedAt),
            QString::number(runs->value(source)),
            pipeline ? tr("jobs: name, state, times, launcher and run-as principals, role, labels")
                     : tr("users: userName, names, emails, department, employee number, manager, active, "
                          "timestamps; groups: names and members; identity events"),
            purpose};
    }
    const Result<QList<ReportConnectionProfile>> profiles = queries.connectionProfiles();
    if (!profiles)
        return profiles.error();
    for (const ReportConnectionProfile &p : *profiles) {
        r.records.rows << QStringList{tr("profile %1").arg(p.name),
                                      tr("identity provider (%1)").arg(p.vendor),
                                      QString(),
                                      QString(),
                                      tr("endpoint %1; credentials stay in the OS keychain").arg(p.scimUrl),
                                      purpose};
    }
    return r;
}

ReportDocument GdprReport::document() const
{
    ReportDocument doc;
    doc.kind = ReportKind::Gdpr;
    doc.title = reportKindTitle(doc.kind);
    doc.subtitle = tr("GDPR Art. 30 records of processing and Art. 5(1)(e) storage limitation");
    doc.from = m_options.from;
    doc.to = m_options.to;
    doc.scope = m_options.scope.describe();
    doc.notes << tr("Personal data processed by pipelines is counted per identity the jobs ran under or were "
                    "launched by; principals that match no IdP user are listed too, since their names and "
                    "emails are personal data as well.");
    doc.tables << processing << retention << deletions << records;
    doc.summary = {{QStringLiteral("identities_processed"), tr("Identities processed under"), m_identities},
                   {QStringLiteral("unmatched_principals"), tr("Principals with no IdP match"), m_unmatched},
                   {QStringLiteral("jobs"), tr("Jobs under these identities"), m_jobs},
                   {QStringLiteral("deletions"), tr("Deletions and fixes"), qint64(deletions.rows.size())},
                   {QStringLiteral("sources"), tr("Sync sources"), qint64(records.rows.size())}};
    doc.charts << m_rowsChart;
    return doc;
}

} // namespace Scimflow
