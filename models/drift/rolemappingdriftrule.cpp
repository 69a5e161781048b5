#include "rolemappingdriftrule.h"

#include "driftqueries.h"
#include "evidence.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace Scimflow {

Result<QList<Finding>> RoleMappingDriftRule::evaluate(const DriftContext &context) const
{
    // Only the newest few jobs of each (principal, role) are kept as evidence; the count covers all of them.
    QList<Finding> out;
    QHash<QString, int> index;
    const auto visit = [&](const DriftQueries::RoleDriftJob &row) {
        const QString &kind = row.kind;
        const QString &role = row.job.role;
        const QString &key = row.principalKey;
        const QString slot = kind + QLatin1Char('\n') + key + QLatin1Char('\n') + role;
        auto it = index.constFind(slot);
        if (it == index.constEnd()) {
            Finding f;
            f.rule = id();
            f.severity =
                role.contains(QLatin1String("admin")) ? Finding::Severity::High : Finding::Severity::Medium;
            f.subjectKind = kind;
            f.subjectId = row.principalId;
            f.subject = row.principal;
            f.subjectKey = key;
            f.detail = role;
            f.startedAt = row.firstStart;
            const QString &expected = row.expectedRoles;
            const qint64 n = row.jobs;
            f.summary = kind == QLatin1String("service-account")
                            ? QCoreApplication::translate(
                                  "Drift",
                                  "%n job(s) of service account %1 ran with role %2; the RBAC mapping "
                                  "grants it %3.",
                                  nullptr, int(n))
                                  .arg(f.subject, role, expected)
                            : QCoreApplication::translate(
                                  "Drift",
                                  "%n job(s) ran as %1 with role %2, which none of the user's groups "
                                  "grants (they grant: %3).",
                                  nullptr, int(n))
                                  .arg(f.subject, role,
                                       expected.isEmpty() ? QCoreApplication::translate("Drift", "no role")
                                                          : expected);
            f.evidence.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("mapping")},
                                          {QStringLiteral("mappingVersion"), context.mappingVersion},
                                          {QStringLiteral("principal"), f.subject},
                                          {QStringLiteral("expectedRoles"), expected},
                                          {QStringLiteral("usedRole"), role},
                                          {QStringLiteral("jobs"), n}});
            it = index.insert(slot, int(out.size()));
            out << f;
        }
        out[*it].evidence.append(Evidence::job(row.job));
    };
    const Status read = DriftQueries(context.db, id())
                            .jobsWithUnmappedRoles(std::max(1, context.settings.maxEvidenceRows), visit);
    if (!read)
        return read.error();
    return out;
}

} // namespace Scimflow
