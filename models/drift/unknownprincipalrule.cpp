#include "unknownprincipalrule.h"

#include "driftqueries.h"
#include "evidence.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace Scimflow {

Result<QList<Finding>> UnknownPrincipalRule::evaluate(const DriftContext &context) const
{
    const DriftQueries reads(context.db, id());
    QList<Finding> out;
    QHash<QString, int> index;
    QHash<QString, bool> aliasKnown;
    QList<qint64> counts;
    const Status read = reads.jobsOfUnresolvedPrincipals([&](const DriftQueries::PrincipalJob &row) {
        const QString &principal = row.principal;
        const QString key = principal.toLower();
        if (context.aliases.contains(key)) {
            // A mapped alias is known if it points at an existing user.
            auto known = aliasKnown.constFind(key);
            if (known == aliasKnown.constEnd())
                known = aliasKnown.insert(key, reads.userNameExists(context.aliases.value(key)));
            if (*known)
                return;
        }
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            Finding f;
            f.rule = id();
            f.severity = Finding::Severity::High;
            f.subjectKind = QStringLiteral("principal");
            f.subject = principal;
            f.subjectKey = key;
            it = index.insert(key, int(out.size()));
            out << f;
            counts << 0;
        }
        Finding &f = out[*it];
        ++counts[*it];
        const Timestamp start = row.job.startTime;
        if (f.startedAt == 0 || (start && start < f.startedAt))
            f.startedAt = start;
        if (f.evidence.size() < context.settings.maxEvidenceRows) {
            QJsonObject job = Evidence::job(row.job);
            job.insert(QStringLiteral("relation"), row.relation);
            f.evidence.append(job);
        }
    });
    if (!read)
        return read.error();
    for (int i = 0; i < out.size(); ++i) {
        out[i].summary = QCoreApplication::translate("Drift",
                                                     "%1 launched or ran %n job(s) and matches no IdP user "
                                                     "or mapped service account.",
                                                     nullptr, int(counts.at(i)))
                             .arg(out[i].subject);
    }
    return out;
}

} // namespace Scimflow
