#include "reportdata.h"

#include "findingsfreshness.h"
#include "reportqueries.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

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
    const Result<ReportLastAuditEntry> last = ReportQueries(store).lastAuditEntry();
    if (!last)
        return last.error();
    document->chainHead = AuditChainHead{last->seq, last->hash};
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
    const ReportQueries queries(store);

    Result<QList<ReportUser>> users = queries.users();
    if (!users)
        return users.error();
    d.users = std::move(*users);
    Result<QList<ReportServiceAccount>> accounts = queries.serviceAccounts();
    if (!accounts)
        return accounts.error();
    d.serviceAccounts = std::move(*accounts);
    Result<QHash<qint64, QString>> groupNames = queries.groupNames();
    if (!groupNames)
        return groupNames.error();
    d.groupNames = std::move(*groupNames);
    const auto addMembership = [&d](qint64 user, qint64 group) {
        if (d.groupNames.contains(group))
            d.groupsOfUser[user] << group;
    };
    if (Status s = queries.memberships(addMembership); !s)
        return s.error();
    const auto addRole = [&d](qint64 group, const QString &role) { d.rolesOfGroup[group] << role; };
    if (Status s = queries.groupRoles(addRole); !s)
        return s.error();
    if (cancelled())
        return cancelledError();

    // Findings open at any time in the period.
    QHash<qint64, QList<int>> findingsOfJobId;
    QHash<QString, QList<int>> findingsOfJobExternal;
    QHash<qint64, QList<int>> userFindingsById;
    QHash<QString, QList<int>> userFindingsByName;
    QHash<qint64, QList<int>> accountFindingsById;
    QHash<QString, QList<int>> accountFindingsByEmail;
    const Timestamp asOf = options.asOf();
    const auto addFinding = [&](const ReportFindingRow &row) {
        ReportFinding f;
        f.id = row.id;
        f.rule = row.rule;
        f.severity = row.severity;
        f.subjectKind = row.subjectKind;
        const qint64 subjectId = row.subjectId;
        f.subject = row.subject;
        f.summary = row.summary;
        f.startedAt = row.startedAt;
        f.firstSeen = row.firstSeen;
        f.resolvedAt = row.resolvedAt;
        f.acknowledged = !row.ackBy.isEmpty() && row.ackUntil > asOf;
        f.evidence = EvidenceItem::fromEvidence(QJsonDocument::fromJson(row.evidence).array());
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
    };
    if (Status s = queries.findingsOpenIn(options.from, options.to, addFinding); !s)
        return s.error();
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
    qint64 row = 0;
    bool stopped = false;
    const auto addJob = [&](const ReportJobRow &job) {
        if ((++row & 0xfff) == 0 && cancelled()) {
            stopped = true;
            return false;
        }
        const QString &source = job.source;
        const QString &external = job.externalId;
        const Timestamp start = job.start;
        const Timestamp activity = activityEnd(job.state, start, job.end, job.stateTime, asOf);
        const QString label = QStringLiteral("%1: %2 (%3)").arg(source, job.name, external);
        const qint64 launcherUser = job.launcherUserId;
        const qint64 runAsUser = job.runAsUserId;
        const qint64 account = job.runAsServiceAccountId;
        if (launcherUser)
            addActivity(d.activityOfUser[launcherUser], label, source, start, activity, options);
        if (runAsUser && runAsUser != launcherUser)
            addActivity(d.activityOfUser[runAsUser], label, source, start, activity, options);
        if (account)
            addActivity(d.activityOfAccount[account], label, source, start, activity, options);
        const QString &launcher = job.launcher;
        if (!launcherUser && !launcher.isEmpty() && !accountByEmail.contains(launcher.toLower()))
            addActivity(d.activityOfUnmatched[launcher], label, source, start, activity, options);
        const QString &runAs = job.runAs;
        if (!runAsUser && !account && !runAs.isEmpty() && runAs.compare(launcher, Qt::CaseInsensitive) != 0)
            addActivity(d.activityOfUnmatched[runAs], label, source, start, activity, options);

        // Findings about a job count against the people behind it (launcher, run-as user); the service
        // account a job ran as is the vehicle, and its own findings name it directly.
        QList<int> jobFindings = findingsOfJobId.value(job.id);
        attach(jobFindings, findingsOfJobExternal.value(external));
        if (!jobFindings.isEmpty()) {
            for (qint64 user : {launcherUser, runAsUser}) {
                if (user)
                    attach(d.findingsOfUser[user], jobFindings);
            }
        }
        return true;
    };
    if (Status s = queries.jobsBefore(options.to, options.scope.source, addJob); !s)
        return s.error();
    if (stopped)
        return cancelledError();
    Result<QList<ReportCredential>> credentials = queries.credentials();
    if (!credentials)
        return credentials.error();
    d.credentials = std::move(*credentials);
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
