#include "orphanedcredentialrule.h"

#include "credentialrules.h"
#include "evidence.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

Result<QList<Finding>> OrphanedCredentialRule::evaluate(const DriftContext &context) const
{
    const Timestamp idleBefore = context.now - Timestamp(context.settings.orphanedAfterDays) * kMsPerDay;
    QSqlQuery q(context.db);
    q.setForwardOnly(true);
    // One pass over the jobs, grouped by service account; running jobs keep an account in use.
    q.prepare(QStringLiteral(
        "SELECT s.id, s.email, s.created_at, s.owner_group_id, coalesce(g.display_name, ''), "
        "  coalesce(g.deleted_at, 0), coalesce(a.n, 0), coalesce(a.last_end, 0), coalesce(a.running, 0) "
        "FROM service_accounts s LEFT JOIN groups g ON g.id = s.owner_group_id "
        "LEFT JOIN (SELECT run_as_sa_id AS sa, count(*) AS n, max(end_time) AS last_end, "
        "  sum(CASE WHEN end_time = 0 AND state IN ('running', 'pending') THEN 1 ELSE 0 END) AS running "
        "  FROM jobs WHERE run_as_sa_id IS NOT NULL GROUP BY run_as_sa_id) a ON a.sa = s.id "
        "WHERE s.active = 1 AND (s.owner_group_id IS NULL OR g.deleted_at > 0 OR "
        "  (coalesce(a.running, 0) = 0 AND "
        "   ((coalesce(a.n, 0) > 0 AND a.last_end < :idle) OR (coalesce(a.n, 0) = 0 AND s.created_at < "
        ":idle)))) "
        "ORDER BY s.id"));
    q.bindValue(QStringLiteral(":idle"), idleBefore);
    if (!q.exec())
        return sqlError(QStringLiteral("Drift rule %1 failed").arg(id()), q.lastError());

    QList<Finding> out;
    QHash<qint64, int> byAccount;
    while (q.next()) {
        Finding f;
        f.rule = id();
        f.severity = Finding::Severity::Medium;
        f.subjectKind = QStringLiteral("service-account");
        f.subjectId = q.value(0).toLongLong();
        f.subject = q.value(1).toString();
        f.subjectKey = f.subject.toLower();
        const bool noOwner = q.value(3).isNull();
        const bool ownerDeleted = !noOwner && q.value(5).toLongLong() > 0;
        const qint64 jobs = q.value(6).toLongLong();
        const Timestamp lastEnd = q.value(7).toLongLong();
        const bool idle = q.value(8).toLongLong() == 0 &&
                          (jobs > 0 ? lastEnd < idleBefore : q.value(2).toLongLong() < idleBefore);
        QStringList reasons;
        if (noOwner)
            reasons << QCoreApplication::translate("Drift", "no owning group in the RBAC mapping");
        if (ownerDeleted)
            reasons << QCoreApplication::translate("Drift", "its owning group %1 was deleted")
                           .arg(q.value(4).toString());
        if (idle) {
            reasons << (jobs > 0 ? QCoreApplication::translate("Drift",
                                                               "its last job ended %1 (over %n day(s) "
                                                               "ago)",
                                                               nullptr, context.settings.orphanedAfterDays)
                                       .arg(Evidence::iso(lastEnd))
                                 : QCoreApplication::translate("Drift", "it never ran a job"));
            if (noOwner || ownerDeleted)
                f.severity = Finding::Severity::High;
        }
        f.startedAt = idle && jobs > 0 ? lastEnd : 0;
        f.summary = QCoreApplication::translate("Drift", "Service account %1 is still active: %2.")
                        .arg(f.subject, reasons.join(QStringLiteral("; ")));
        f.evidence.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("service-account")},
                        {QStringLiteral("id"), f.subjectId},
                        {QStringLiteral("email"), f.subject},
                        {QStringLiteral("owner"), q.value(4).toString()},
                        {QStringLiteral("active"), true},
                        {QStringLiteral("jobs"), jobs},
                        {QStringLiteral("lastJobEnded"), Evidence::iso(lastEnd)},
                        {QStringLiteral("idleThresholdDays"), context.settings.orphanedAfterDays}});
        byAccount.insert(f.subjectId, int(out.size()));
        out << f;
    }
    if (out.isEmpty())
        return out;

    // The latest jobs of each flagged account as evidence, in one query.
    QStringList ids;
    for (const Finding &f : out)
        ids << QString::number(f.subjectId);
    QSqlQuery jobs(context.db);
    jobs.setForwardOnly(true);
    if (!jobs.exec(QStringLiteral(
                       "SELECT * FROM (SELECT %1, j.run_as_sa_id, row_number() OVER "
                       "(PARTITION BY j.run_as_sa_id ORDER BY j.end_time DESC, j.id DESC) AS rn "
                       "FROM jobs j WHERE j.run_as_sa_id IN (%2)) AS ranked WHERE rn <= 3 ORDER BY 11, 12")
                       .arg(Evidence::jobColumns(), ids.join(QLatin1Char(',')))))
        return sqlError(QStringLiteral("Drift rule %1 failed").arg(id()), jobs.lastError());
    while (jobs.next())
        out[byAccount.value(jobs.value(10).toLongLong())].evidence.append(Evidence::job(jobs, 0));
    if (Status keys = addInventoriedKeys(context, out); !keys)
        return keys.error();
    return out;
}

Status OrphanedCredentialRule::addInventoriedKeys(const DriftContext &context, QList<Finding> &findings) const
{
    // The keys the credential inventory saw for each orphaned account: what disabling it would cut off.
    QHash<QString, int> byEmail;
    for (int i = 0; i < findings.size(); ++i)
        byEmail.insert(findings[i].subjectKey, i);
    QSqlQuery keys(context.db);
    keys.setForwardOnly(true);
    if (!keys.exec(
            QStringLiteral("SELECT %1, lower(a.external_id) FROM credentials c JOIN credentials a ON a.id = "
                           "c.parent_id WHERE c.kind = 'gcp-key' ORDER BY c.id")
                .arg(CredentialEvidence::columns())))
        return sqlError(QStringLiteral("Drift rule %1 failed").arg(id()), keys.lastError());
    QHash<int, int> enabledUserKeys;
    while (keys.next()) {
        const auto it = byEmail.constFind(keys.value(11).toString());
        if (it == byEmail.cend())
            continue;
        findings[*it].evidence.append(CredentialEvidence::row(keys, 0));
        if (keys.value(6).toString() == QLatin1String("USER_MANAGED") && keys.value(10).toInt() == 0)
            ++enabledUserKeys[*it];
    }
    for (auto it = enabledUserKeys.cbegin(); it != enabledUserKeys.cend(); ++it)
        findings[it.key()].summary +=
            QLatin1Char(' ') + QCoreApplication::translate("Drift",
                                                           "It still has %n enabled "
                                                           "user-managed key(s).",
                                                           nullptr, it.value());
    return {};
}

} // namespace Scimflow
