#include "deprovisioningreport.h"

#include "reportqueries.h"

#include <QCoreApplication>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::DeprovisioningReport", text);
}

struct Bucket
{
    const char *label;
    Timestamp upTo; // exclusive upper bound of the delay
};

// Delay buckets of the distribution chart; the first holds leavers with no activity afterwards.
const Bucket kBuckets[] = {
    {QT_TRANSLATE_NOOP("Scimflow::Reports", "none"), 1},
    {QT_TRANSLATE_NOOP("Scimflow::Reports", "< 1 h"), kMsPerHour},
    {QT_TRANSLATE_NOOP("Scimflow::Reports", "1-24 h"), kMsPerDay + 1},
    {QT_TRANSLATE_NOOP("Scimflow::Reports", "1-3 d"), 3 * kMsPerDay + 1},
    {QT_TRANSLATE_NOOP("Scimflow::Reports", "3-7 d"), 7 * kMsPerDay + 1},
    {QT_TRANSLATE_NOOP("Scimflow::Reports", "> 7 d"), std::numeric_limits<Timestamp>::max()},
};

// The latest activity under a user from jobs started before \a until, capped at \a until.
Result<QPair<Timestamp, QString>> activityBefore(const Store &store, qint64 userId, Timestamp until,
                                                 const ReportOptions &options)
{
    QPair<Timestamp, QString> latest{0, QString()};
    const Status read = ReportQueries(store).jobsOfUserBefore(
        userId, until, options.scope.source, [&](const ReportJobRow &job) {
            const Timestamp start = job.start;
            Timestamp end = job.end;
            if (job.state == QLatin1String("running") || job.state == QLatin1String("pending") || end == 0)
                end = std::max(start, std::max(job.stateTime, options.asOf()));
            end = std::min(end, until);
            if (end >= latest.first)
                latest = {end, QStringLiteral("%1: %2 (%3)").arg(job.source, job.name, job.externalId)};
        });
    if (!read)
        return read.error();
    return latest;
}

} // namespace

Result<DeprovisioningReport> DeprovisioningReport::compute(const Store &store, const ReportData &data,
                                                           const ReportOptions &options)
{
    DeprovisioningReport r;
    r.m_options = options;
    QHash<qint64, const ReportUser *> userById;
    QHash<QString, const ReportUser *> userByName;
    for (const ReportUser &u : data.users) {
        userById.insert(u.id, &u);
        userByName.insert(u.userName.toLower(), &u);
    }
    // The first deprovisioning of each user in the period; a later deletion does not move it.
    QHash<qint64, Row> found;
    auto record = [&](const ReportUser *u, Timestamp at, const QString &how) {
        if (!u || found.contains(u->id))
            return;
        Row row;
        row.userId = u->id;
        row.userName = u->userName;
        row.name = u->displayName;
        row.department = u->department;
        row.how = how;
        row.deprovisionedAt = at;
        found.insert(u->id, row);
    };
    const ReportQueries queries(store);
    const auto userOf = [&](const ReportIdentityEvent &event) {
        const ReportUser *u = userById.value(event.userId);
        return u ? u : userByName.value(event.subject.toLower());
    };
    const Status deprovisionings =
        queries.deprovisionings(options.from, options.to, [&](const ReportIdentityEvent &event) {
            record(userOf(event), event.at, event.kind);
        });
    if (!deprovisionings)
        return deprovisionings.error();
    // Users a sync found gone, where no event was recorded.
    for (const ReportUser &u : data.users) {
        if (u.deletedAt >= options.from && u.deletedAt < options.to && u.deletedAt != 0)
            record(&u, u.deletedAt, QStringLiteral("deleted"));
    }

    // A user reactivated after leaving may legitimately run jobs again: only activity before the
    // reactivation counts against the deprovisioning.
    QHash<qint64, Timestamp> reactivatedAt;
    const Status reactivations = queries.reactivations(options.from, [&](const ReportIdentityEvent &event) {
        const ReportUser *u = userOf(event);
        const Timestamp at = event.at;
        if (u && found.contains(u->id) && at > found[u->id].deprovisionedAt && !reactivatedAt.contains(u->id))
            reactivatedAt.insert(u->id, at);
    });
    if (!reactivations)
        return reactivations.error();

    const Timestamp sla = Timestamp(options.slaHours) * kMsPerHour;
    for (const ReportUser &u : data.users) {
        auto it = found.find(u.id);
        if (it == found.end() || !data.userInScope(u.id))
            continue;
        Row row = *it;
        const auto activity = data.activityOfUser.constFind(u.id);
        if (activity != data.activityOfUser.constEnd()) {
            row.lastActivity = activity->lastActivity;
            row.lastActivityJob = activity->lastActivityJob;
        }
        if (const Timestamp back = reactivatedAt.value(u.id)) {
            Result<QPair<Timestamp, QString>> before = activityBefore(store, u.id, back, options);
            if (!before)
                return before.error();
            row.lastActivity = before->first;
            row.lastActivityJob = before->second;
            row.how = QCoreApplication::translate("Scimflow::Reports", "%1, reactivated %2")
                          .arg(row.how, reportTime(back));
        }
        row.delay = std::max<Timestamp>(0, row.lastActivity - row.deprovisionedAt);
        row.violation = row.delay > sla;
        r.rows << row;
    }
    std::stable_sort(r.rows.begin(), r.rows.end(),
                     [](const Row &a, const Row &b) { return a.deprovisionedAt < b.deprovisionedAt; });
    return r;
}

ReportDocument DeprovisioningReport::document() const
{
    ReportDocument doc;
    doc.kind = ReportKind::Deprovisioning;
    doc.title = reportKindTitle(doc.kind);
    doc.subtitle = tr("IdP deprovisioning vs. the last pipeline activity under the identity");
    doc.from = m_options.from;
    doc.to = m_options.to;
    doc.scope = m_options.scope.describe();
    doc.parameters << tr("SLA %1 h").arg(m_options.slaHours);
    doc.notes << tr("Activity is a job launched by or running as the identity; a job still running counts up "
                    "to the end of the period (or to the generation time, if earlier). A delay longer than "
                    "the SLA is a violation: cancel the jobs and "
                    "revoke the sessions of the identity.");

    ReportTable table;
    table.id = QStringLiteral("deprovisioned_users");
    table.title = tr("Users deprovisioned in the period");
    table.columns = {{QStringLiteral("user"), tr("User"), 2.2},
                     {QStringLiteral("name"), tr("Name"), 1.3},
                     {QStringLiteral("department"), tr("Department"), 1.1},
                     {QStringLiteral("deprovisioning"), tr("How"), 0.9},
                     {QStringLiteral("deprovisioned_at"), tr("Deprovisioned at"), 1.4},
                     {QStringLiteral("last_activity"), tr("Last pipeline activity"), 1.4},
                     {QStringLiteral("last_activity_job"), tr("Job"), 2.6},
                     {QStringLiteral("delay_hours"), tr("Delay (h)"), 0.7},
                     {QStringLiteral("sla_status"), tr("SLA"), 0.8}};
    table.emptyText = tr("No user was deprovisioned in the period.");
    ChartData chart;
    chart.id = QStringLiteral("delay-distribution");
    chart.title = tr("Activity after deprovisioning (users per delay)");
    chart.valueLabel = tr("users");
    const Timestamp sla = Timestamp(m_options.slaHours) * kMsPerHour;
    Timestamp lower = 0;
    for (const Bucket &b : kBuckets) {
        chart.categories << QCoreApplication::translate("Scimflow::Reports", b.label);
        chart.values << 0;
        chart.colors << (lower >= sla ? QColor(0xb0, 0x1e, 0x2e)
                         : lower == 0 ? QColor(0x3c, 0x8d, 0x5a)
                                      : QColor(0xe0, 0xa1, 0x1b));
        lower = b.upTo;
    }
    qint64 violations = 0, activityAfter = 0;
    Timestamp worst = 0;
    for (const Row &row : rows) {
        violations += row.violation;
        activityAfter += row.delay > 0;
        worst = std::max(worst, row.delay);
        for (int i = 0; i < int(std::size(kBuckets)); ++i) {
            if (row.delay < kBuckets[i].upTo) {
                chart.values[i] += 1;
                break;
            }
        }
        table.rows << QStringList{row.userName,
                                  row.name,
                                  row.department,
                                  row.how,
                                  reportTime(row.deprovisionedAt),
                                  row.lastActivity ? reportTime(row.lastActivity) : tr("never"),
                                  row.lastActivityJob,
                                  reportHours(row.delay),
                                  row.violation ? tr("VIOLATION") : tr("ok")};
    }
    doc.tables << table;
    doc.charts << chart;
    doc.summary = {{QStringLiteral("deprovisioned"), tr("Users deprovisioned"), qint64(rows.size())},
                   {QStringLiteral("activity_after"), tr("With activity afterwards"), activityAfter},
                   {QStringLiteral("violations"), tr("SLA violations"), violations},
                   {QStringLiteral("sla_hours"), tr("SLA (hours)"), m_options.slaHours},
                   {QStringLiteral("worst_delay_hours"), tr("Worst delay (hours)"), worst / kMsPerHour}};
    return doc;
}

} // namespace Scimflow
