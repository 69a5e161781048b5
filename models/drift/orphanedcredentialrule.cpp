#include "orphanedcredentialrule.h"

#include "credentialrules.h"
#include "driftqueries.h"
#include "evidence.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace Scimflow {

Result<QList<Finding>> OrphanedCredentialRule::evaluate(const DriftContext &context) const
{
    const Timestamp idleBefore = context.now - Timestamp(context.settings.orphanedAfterDays) * kMsPerDay;
    const DriftQueries reads(context.db, id());
    QList<Finding> out;
    QHash<qint64, int> byAccount;
    const auto visit = [&](const DriftQueries::ServiceAccountUse &s) {
        Finding f;
        f.rule = id();
        f.severity = Finding::Severity::Medium;
        f.subjectKind = QStringLiteral("service-account");
        f.subjectId = s.id;
        f.subject = s.email;
        f.subjectKey = f.subject.toLower();
        const bool noOwner = !s.hasOwnerGroup;
        const bool ownerDeleted = !noOwner && s.ownerDeletedAt > 0;
        const qint64 jobs = s.jobs;
        const Timestamp lastEnd = s.lastJobEnded;
        const bool idle = s.runningJobs == 0 && (jobs > 0 ? lastEnd < idleBefore : s.createdAt < idleBefore);
        QStringList reasons;
        if (noOwner)
            reasons << QCoreApplication::translate("Drift", "no owning group in the RBAC mapping");
        if (ownerDeleted)
            reasons
                << QCoreApplication::translate("Drift", "its owning group %1 was deleted").arg(s.ownerGroup);
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
                        {QStringLiteral("owner"), s.ownerGroup},
                        {QStringLiteral("active"), true},
                        {QStringLiteral("jobs"), jobs},
                        {QStringLiteral("lastJobEnded"), Evidence::iso(lastEnd)},
                        {QStringLiteral("idleThresholdDays"), context.settings.orphanedAfterDays}});
        byAccount.insert(f.subjectId, int(out.size()));
        out << f;
    };
    const Status read = reads.serviceAccountsToReview(idleBefore, visit);
    if (!read)
        return read.error();
    if (out.isEmpty())
        return out;

    // The latest jobs of each flagged account as evidence, in one query.
    QList<qint64> ids;
    for (const Finding &f : out)
        ids << f.subjectId;
    const Status jobs = reads.latestJobsOfServiceAccounts(ids, [&](const DriftQueries::ServiceAccountJob &j) {
        out[byAccount.value(j.serviceAccountId)].evidence.append(Evidence::job(j.job));
    });
    if (!jobs)
        return jobs.error();
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
    QHash<int, int> enabledUserKeys;
    const Status read =
        DriftQueries(context.db, id()).serviceAccountKeys([&](const DriftQueries::ServiceAccountKey &key) {
            const auto it = byEmail.constFind(key.account);
            if (it == byEmail.cend())
                return;
            findings[*it].evidence.append(CredentialEvidence::row(key.key));
            if (key.key.keyType == QLatin1String("USER_MANAGED") && !key.key.disabled)
                ++enabledUserKeys[*it];
        });
    if (!read)
        return read.error();
    for (auto it = enabledUserKeys.cbegin(); it != enabledUserKeys.cend(); ++it)
        findings[it.key()].summary +=
            QLatin1Char(' ') + QCoreApplication::translate("Drift",
                                                           "It still has %n enabled "
                                                           "user-managed key(s).",
                                                           nullptr, it.value());
    return {};
}

} // namespace Scimflow
