#include "reportdata.h"

#include "findingsfreshness.h"
#include "sqldialect.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace Scimflow {

namespace {

Error cancelledError()
{
    return Error::make(Error::Kind::Cancelled,
                       QCoreApplication::translate("Scimflow::Reports", "The report was cancelled."));
}

// Activity of a job ends when it ended; a job still running counts up to the moment the report describes.
Timestamp activityEnd(const QString &state, Timestamp start, Timestamp end, Timestamp stateTime,
                      Timestamp asOf)
{
    if (state == QLatin1String("running") || state == QLatin1String("pending"))
        return std::max(start, asOf);
    if (end > 0)
        return end;
    return std::max(start, stateTime);
}

void addActivity(PrincipalActivity &a, const QString &label, const QString &source, Timestamp start,
                 Timestamp activity, const ReportOptions &options)
{
    if (start >= a.lastStart) {
        a.lastStart = start;
        a.lastJob = label;
    }
    if (activity >= a.lastActivity) {
        a.lastActivity = activity;
        a.lastActivityJob = label;
    }
    if (start >= options.from && start < options.to) {
        ++a.jobsInPeriod;
        a.firstInPeriod = a.firstInPeriod ? std::min(a.firstInPeriod, start) : start;
        a.lastInPeriod = std::max(a.lastInPeriod, start);
        a.sourcesInPeriod.insert(source);
    }
}

} // namespace

QString findingSeverityName(int severity)
{
    switch (severity) {
    case 1:
        return QStringLiteral("low");
    case 2:
        return QStringLiteral("medium");
    case 3:
        return QStringLiteral("high");
    case 4:
        return QStringLiteral("critical");
    default:
        return QStringLiteral("info");
    }
}

QString AuditChainHead::token() const
{
    return isEmpty() ? QString() : QStringLiteral("%1:%2").arg(seq).arg(hash);
}

QString AuditChainHead::describe() const
{
    if (isEmpty())
        return QCoreApplication::translate("Scimflow::Reports", "empty");
    return QCoreApplication::translate("Scimflow::Reports",
                                       "%1 (check with: scimflow audit verify --head %1)")
        .arg(token());
}

qint64 ReportDocument::countValue(const QString &key) const
{
    for (const ReportCount &c : summary) {
        if (c.key == key)
            return c.value;
    }
    return -1;
}

const ReportTable *ReportDocument::table(const QString &tableId) const
{
    for (const ReportTable &t : tables) {
        if (t.id == tableId)
            return &t;
    }
    return nullptr;
}

Status ReportData::loadHeader(const Store &store, ReportDocument *document)
{
    QSqlQuery q(store.database());
    document->freshness.clear();
    for (const SyncRun &run : store.lastSuccessfulRuns())
        document->freshness << SourceFreshness{run.source, run.finishedAt};
    const FindingsFreshness findings = FindingsFreshness::of(store);
    document->findingsComputedAt = findings.computedAt;
    document->findingsStale = findings.isStale();
    if (findings.isStale())
        document->notes << QCoreApplication::translate(
                               "Scimflow::Reports",
                               "Warning: the findings are older than the last successful sync (%1). Run "
                               "scimflow findings --recompute, or Recompute in the console, before relying "
                               "on the findings in this report.")
                               .arg(reportTime(findings.lastSync));
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return sqlError(QStringLiteral("Cannot read the audit log"), q.lastError());
    document->chainHead = {};
    if (q.next())
        document->chainHead = AuditChainHead{q.value(0).toLongLong(), q.value(1).toString()};
    // The audit log records its head in meta; a difference means entries were added or removed around it.
    const QString recorded = store.metaValue(QStringLiteral("audit.head"));
    if (!recorded.isEmpty() && recorded != document->chainHead.token())
        document->notes << QCoreApplication::translate(
                               "Scimflow::Reports",
                               "Warning: the audit log's recorded head is %1 but its last "
                               "entry is %2. Run scimflow audit verify before relying "
                               "on this report.")
                               .arg(recorded, document->chainHead.isEmpty() ? QStringLiteral("none")
                                                                            : document->chainHead.token());
    return {};
}

Result<ReportData> ReportData::load(const Store &store, const ReportOptions &options,
                                    const ReportCancel *cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->isCancelled(); };
    ReportData d;
    d.m_options = options;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    auto fail = [&q](const char *what) { return sqlError(QString::fromLatin1(what), q.lastError()); };

    if (!q.exec(QStringLiteral("SELECT id, user_name, display_name, email, department, active, created_at, "
                               "last_modified, deleted_at FROM users ORDER BY %1, id")
                    .arg(Sql::nocase(store.database(), QStringLiteral("user_name")))))
        return fail("Cannot read users");
    while (q.next()) {
        d.users << ReportUser{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                              q.value(3).toString(),   q.value(4).toString(),   q.value(5).toInt() != 0,
                              q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong()};
    }
    if (!q.exec(QStringLiteral("SELECT id, email, display_name, owner_group_id, expected_role, active, "
                               "created_at FROM service_accounts ORDER BY %1")
                    .arg(Sql::nocase(store.database(), QStringLiteral("email")))))
        return fail("Cannot read service accounts");
    while (q.next()) {
        d.serviceAccounts << ReportServiceAccount{
            q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),  q.value(3).toLongLong(),
            q.value(4).toString(),   q.value(5).toInt() != 0, q.value(6).toLongLong()};
    }
    if (!q.exec(QStringLiteral("SELECT id, display_name FROM groups WHERE deleted_at = 0")))
        return fail("Cannot read groups");
    while (q.next())
        d.groupNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT user_id, group_id FROM memberships ORDER BY user_id, group_id")))
        return fail("Cannot read memberships");
    while (q.next()) {
        const qint64 group = q.value(1).toLongLong();
        if (d.groupNames.contains(group))
            d.groupsOfUser[q.value(0).toLongLong()] << group;
    }
    if (!q.exec(QStringLiteral("SELECT group_id, role FROM group_roles ORDER BY group_id, role")))
        return fail("Cannot read the RBAC mapping");
    while (q.next())
        d.rolesOfGroup[q.value(0).toLongLong()] << q.value(1).toString();
    if (cancelled())
        return cancelledError();

    // Findings open at any time in the period.
    q.prepare(QStringLiteral(
        "SELECT id, rule, severity, subject_kind, subject_id, subject, summary, started_at, "
        "first_seen, resolved_at, ack_until, ack_by, evidence FROM findings WHERE first_seen < ? "
        "AND (resolved_at = 0 OR resolved_at >= ?) ORDER BY severity DESC, id"));
    q.addBindValue(options.to);
    q.addBindValue(options.from);
    if (!q.exec())
        return fail("Cannot read findings");
    QHash<qint64, QList<int>> findingsOfJobId;
    QHash<QString, QList<int>> findingsOfJobExternal;
    QHash<qint64, QList<int>> userFindingsById;
    QHash<QString, QList<int>> userFindingsByName;
    QHash<qint64, QList<int>> accountFindingsById;
    QHash<QString, QList<int>> accountFindingsByEmail;
    const Timestamp asOf = options.asOf();
    while (q.next()) {
        ReportFinding f;
        f.id = q.value(0).toLongLong();
        f.rule = q.value(1).toString();
        f.severity = q.value(2).toInt();
        f.subjectKind = q.value(3).toString();
        const qint64 subjectId = q.value(4).toLongLong();
        f.subject = q.value(5).toString();
        f.summary = q.value(6).toString();
        f.startedAt = q.value(7).toLongLong();
        f.firstSeen = q.value(8).toLongLong();
        f.resolvedAt = q.value(9).toLongLong();
        f.acknowledged = !q.value(11).toString().isEmpty() && q.value(10).toLongLong() > asOf;
        f.evidence = EvidenceItem::fromEvidence(QJsonDocument::fromJson(q.value(12).toByteArray()).array());
        const int index = int(d.findings.size());
        d.findings << f;
        if (f.subjectKind == QLatin1String("user")) {
            if (subjectId)
                userFindingsById[subjectId] << index;
            else
                userFindingsByName[f.subject.toLower()] << index;
        } else if (f.subjectKind == QLatin1String("service-account")) {
            if (subjectId)
                accountFindingsById[subjectId] << index;
            else
                accountFindingsByEmail[f.subject.toLower()] << index;
        } else if (f.subjectKind == QLatin1String("principal")) {
            d.findingsOfPrincipal[f.subject.toLower()] << index;
        } else if (f.subjectKind == QLatin1String("job")) {
            if (subjectId)
                findingsOfJobId[subjectId] << index;
            else
                findingsOfJobExternal[f.subject] << index;
        }
    }
    auto attach = [](QList<int> &target, const QList<int> &more) {
        for (int i : more) {
            if (!target.contains(i))
                target << i;
        }
    };
    for (const ReportUser &u : d.users) {
        QList<int> found = userFindingsById.value(u.id);
        attach(found, userFindingsByName.value(u.userName.toLower()));
        if (!found.isEmpty())
            d.findingsOfUser.insert(u.id, found);
    }
    QHash<QString, qint64> accountByEmail;
    for (const ReportServiceAccount &a : d.serviceAccounts) {
        accountByEmail.insert(a.email.toLower(), a.id);
        QList<int> found = accountFindingsById.value(a.id);
        attach(found, accountFindingsByEmail.value(a.email.toLower()));
        if (!found.isEmpty())
            d.findingsOfAccount.insert(a.id, found);
    }
    if (cancelled())
        return cancelledError();

    // One pass over the jobs up to the period end.
    QString sql = QStringLiteral(
        "SELECT id, source, external_id, name, state, CASE WHEN start_time > 0 THEN start_time ELSE "
        "create_time END, "
        "end_time, state_time, launcher, run_as, launcher_user_id, run_as_user_id, run_as_sa_id FROM jobs "
        "WHERE CASE WHEN start_time > 0 THEN start_time ELSE create_time END < ?");
    if (!options.scope.source.isEmpty())
        sql += QStringLiteral(" AND source = ?");
    q.prepare(sql);
    q.addBindValue(options.to);
    if (!options.scope.source.isEmpty())
        q.addBindValue(options.scope.source);
    if (!q.exec())
        return fail("Cannot read jobs");
    qint64 row = 0;
    while (q.next()) {
        if ((++row & 0xfff) == 0 && cancelled())
            return cancelledError();
        const qint64 jobId = q.value(0).toLongLong();
        const QString source = q.value(1).toString();
        const QString external = q.value(2).toString();
        const Timestamp start = q.value(5).toLongLong();
        const Timestamp activity =
            activityEnd(q.value(4).toString(), start, q.value(6).toLongLong(), q.value(7).toLongLong(), asOf);
        const QString label = QStringLiteral("%1: %2 (%3)").arg(source, q.value(3).toString(), external);
        const qint64 launcherUser = q.value(10).toLongLong();
        const qint64 runAsUser = q.value(11).toLongLong();
        const qint64 account = q.value(12).toLongLong();
        if (launcherUser)
            addActivity(d.activityOfUser[launcherUser], label, source, start, activity, options);
        if (runAsUser && runAsUser != launcherUser)
            addActivity(d.activityOfUser[runAsUser], label, source, start, activity, options);
        if (account)
            addActivity(d.activityOfAccount[account], label, source, start, activity, options);
        const QString launcher = q.value(8).toString();
        if (!launcherUser && !launcher.isEmpty() && !accountByEmail.contains(launcher.toLower()))
            addActivity(d.activityOfUnmatched[launcher], label, source, start, activity, options);
        const QString runAs = q.value(9).toString();
        if (!runAsUser && !account && !runAs.isEmpty() && runAs.compare(launcher, Qt::CaseInsensitive) != 0)
            addActivity(d.activityOfUnmatched[runAs], label, source, start, activity, options);

        // Findings about a job count against the people behind it (launcher, run-as user); the service
        // account a job ran as is the vehicle, and its own findings name it directly.
        QList<int> jobFindings = findingsOfJobId.value(jobId);
        attach(jobFindings, findingsOfJobExternal.value(external));
        if (!jobFindings.isEmpty()) {
            for (qint64 user : {launcherUser, runAsUser}) {
                if (user)
                    attach(d.findingsOfUser[user], jobFindings);
            }
        }
    }
    if (!q.exec(QStringLiteral(
                    "SELECT c.kind, c.source, c.name, c.owner, coalesce(u.user_name, ''), "
                    "CASE WHEN u.active = 0 OR u.deleted_at > 0 THEN 1 ELSE 0 END, c.created_at, "
                    "c.expires_at, c.last_used_at, "
                    "c.disabled, c.expired FROM credentials c LEFT JOIN users u ON u.id = c.owner_user_id "
                    "WHERE c.kind = 'github-token' OR (c.kind = 'gcp-key' AND c.key_type = 'USER_MANAGED') "
                    "ORDER BY c.kind, c.source, %1, c.name")
                    .arg(Sql::nocase(store.database(), QStringLiteral("c.owner")))))
        return fail("Cannot read the credential inventory");
    while (q.next()) {
        d.credentials << ReportCredential{
            q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(),   q.value(5).toInt() != 0,
            q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong(),
            q.value(9).toInt() != 0, q.value(10).toInt() != 0};
    }
    return d;
}

ReportTable ReportData::credentialsTable(Timestamp asOf) const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Scimflow::ReportData", text);
    };
    ReportTable table;
    table.id = QStringLiteral("keys_and_tokens");
    table.title = tr("Service-account keys and tokens");
    table.columns = {{QStringLiteral("kind"), tr("Kind"), 1.0},
                     {QStringLiteral("credential"), tr("Key or token"), 1.6},
                     {QStringLiteral("owner"), tr("Account or owner"), 2.6},
                     {QStringLiteral("source"), tr("Project or organisation"), 1.3},
                     {QStringLiteral("created_at"), tr("Created"), 1.2},
                     {QStringLiteral("age_days"), tr("Age (days)"), 0.7},
                     {QStringLiteral("expires_at"), tr("Expires"), 1.2},
                     {QStringLiteral("last_use"), tr("Last use"), 1.2},
                     {QStringLiteral("state"), tr("State"), 1.4}};
    table.emptyText = tr("No user-managed keys or tokens were inventoried.");
    const auto day = [](Timestamp t) { return reportTime(t).left(10); };
    for (const ReportCredential &c : credentials) {
        QStringList state;
        state << (c.expired ? tr("expired") : c.disabled ? tr("disabled") : tr("enabled"));
        if (c.ownerLeft)
            state << tr("owner %1 left").arg(c.ownerUserName);
        const QString owner = c.ownerUserName.isEmpty() || c.ownerUserName == c.owner
                                  ? c.owner
                                  : QStringLiteral("%1 (%2)").arg(c.owner, c.ownerUserName);
        table.rows << QStringList{
            c.kind == QLatin1String("gcp-key") ? tr("GCP key") : tr("GitHub token"),
            c.kind == QLatin1String("gcp-key") ? c.name.left(12) : c.name,
            owner,
            c.source,
            day(c.createdAt),
            c.createdAt ? QString::number(std::max<Timestamp>(0, asOf - c.createdAt) / kMsPerDay) : QString(),
            c.expiresAt ? day(c.expiresAt) : tr("never"),
            c.lastUsedAt ? day(c.lastUsedAt) : tr("none recorded"),
            state.join(QLatin1String(", "))};
    }
    return table;
}

QStringList ReportData::groupNamesOfUser(qint64 userId) const
{
    QStringList names;
    for (qint64 g : groupsOfUser.value(userId))
        names << groupNames.value(g);
    names.sort(Qt::CaseInsensitive);
    return names;
}

QStringList ReportData::rolesOfUser(qint64 userId) const
{
    QStringList roles;
    for (qint64 g : groupsOfUser.value(userId)) {
        for (const QString &r : rolesOfGroup.value(g)) {
            if (!roles.contains(r))
                roles << r;
        }
    }
    roles.sort();
    return roles;
}

bool ReportData::userInScope(qint64 userId) const
{
    const QStringList &wanted = m_options.scope.roles;
    if (wanted.isEmpty())
        return true;
    for (qint64 g : groupsOfUser.value(userId)) {
        if (wanted.contains(groupNames.value(g), Qt::CaseInsensitive))
            return true;
        for (const QString &r : rolesOfGroup.value(g)) {
            if (wanted.contains(r, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

bool ReportData::accountInScope(const ReportServiceAccount &account) const
{
    const QStringList &wanted = m_options.scope.roles;
    if (!m_options.scope.source.isEmpty() && !activityOfAccount.contains(account.id))
        return false; // never ran in this source
    if (wanted.isEmpty())
        return true;
    return wanted.contains(account.expectedRole, Qt::CaseInsensitive) ||
           (account.ownerGroupId &&
            wanted.contains(groupNames.value(account.ownerGroupId), Qt::CaseInsensitive));
}

QString ReportData::findingsText(const QList<int> &indexes) const
{
    QStringList parts;
    for (int i : indexes) {
        const ReportFinding &f = findings[i];
        QString text = QStringLiteral("%1 (%2)").arg(f.rule, findingSeverityName(f.severity));
        if (f.acknowledged)
            text += QCoreApplication::translate("Scimflow::Reports", ", acknowledged");
        if (f.resolvedAt)
            text += QCoreApplication::translate("Scimflow::Reports", ", resolved");
        parts << text;
    }
    return parts.join(QLatin1String("; "));
}

} // namespace Scimflow

namespace Scimflow {

QString reportTime(Timestamp ts)
{
    if (ts == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString reportHours(Timestamp ms)
{
    return QString::number(double(ms) / double(kMsPerHour), 'f', 1);
}

} // namespace Scimflow
