#include "deprovisioning.h"

#include "evidence.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace Scimflow {

Result<QList<Finding>> Deprovisioning::jobFindings(const DriftContext &context, Timing timing,
                                                   const QString &rule)
{
    QList<Finding> out;
    QHash<qint64, int> byJob;
    struct Involved
    {
        QString userName;
        QStringList relations;
        Timestamp offAt = 0;
        QString how;
        QString actor; // who deactivated or deleted them, where the IdP's audit log says
    };
    QList<QList<Involved>> involved; // per finding: each deprovisioned user and how they relate to the job
    QList<QString> jobNames;
    const auto visit = [&](const DriftQueries::LeaverJob &row) {
        const qint64 jobId = row.job.id;
        const qint64 userId = row.userId;
        const QString &userName = row.userName;
        const Timestamp offAt = row.offAt;
        const QString &how = row.how;
        const QString &relation = row.relation;
        const QString &actor = row.actor;
        auto it = byJob.constFind(jobId);
        if (it == byJob.constEnd()) {
            Finding f;
            f.rule = rule;
            f.subjectKind = QStringLiteral("job");
            f.subjectId = jobId;
            f.subject = row.job.externalId;
            f.subjectKey = row.job.source + QLatin1Char(':') + f.subject;
            const Timestamp jobStart = row.job.startTime;
            const bool running = row.job.endTime == 0;
            if (timing == Timing::StartedAfter) {
                f.severity = Finding::Severity::Critical;
                f.startedAt = jobStart;
            } else {
                f.severity = running ? Finding::Severity::Critical : Finding::Severity::High;
                f.startedAt = offAt;
            }
            f.evidence.append(Evidence::job(row.job));
            it = byJob.insert(jobId, int(out.size()));
            out << f;
            involved.append(QList<Involved>());
            jobNames << row.job.name;
        }
        Finding &f = out[*it];
        QList<Involved> &people = involved[*it];
        auto person = std::find_if(people.begin(), people.end(),
                                   [&](const Involved &p) { return p.userName == userName; });
        if (person != people.end()) {
            person->relations << relation;
            for (qsizetype i = 0; i < f.evidence.size(); ++i) {
                QJsonObject o = f.evidence.at(i).toObject();
                if (o.value(QStringLiteral("type")).toString() == QLatin1String("user") &&
                    o.value(QStringLiteral("id")).toInteger() == userId) {
                    o.insert(QStringLiteral("relation"), person->relations.join(QLatin1Char(',')));
                    f.evidence.replace(i, o);
                }
            }
            return;
        }
        people.append(Involved{userName, {relation}, offAt, how, actor});
        QJsonObject user = Evidence::user(userId, row.scimId, userName, row.active, row.deletedAt);
        user.insert(QStringLiteral("relation"), relation);
        user.insert(QStringLiteral("deprovisionedAt"), Evidence::iso(offAt));
        user.insert(QStringLiteral("deprovisioning"), how);
        f.evidence.append(user);
        if (const qint64 event = row.offEvent)
            f.evidence.append(Evidence::event(event, offAt, how, userName, actor, QString()));
    };
    const Status read = DriftQueries(context.db, rule).jobsOfLeavers(timing, visit);
    if (!read)
        return read.error();
    for (int i = 0; i < out.size(); ++i) {
        Finding &f = out[i];
        QStringList who;
        for (const Involved &p : involved[i]) {
            if (p.actor.isEmpty())
                who << QCoreApplication::translate("Drift", "%1 (%2; %3 %4)")
                           .arg(p.userName, p.relations.join(QStringLiteral(" and ")), p.how,
                                Evidence::iso(p.offAt));
            else
                who << QCoreApplication::translate("Drift", "%1 (%2; %3 %4 by %5)")
                           .arg(p.userName, p.relations.join(QStringLiteral(" and ")), p.how,
                                Evidence::iso(p.offAt), p.actor);
        }
        const QJsonObject job = f.evidence.first().toObject();
        const QString started = job.value(QStringLiteral("startTime")).toString();
        if (timing == Timing::StartedAfter) {
            f.summary =
                QCoreApplication::translate("Drift", "Job %1 started %2, after its principal left: %3.")
                    .arg(jobNames[i], started, who.join(QStringLiteral(", ")));
        } else {
            f.summary =
                QCoreApplication::translate("Drift", "Job %1 (started %2) %3 after its principal left: %4.")
                    .arg(jobNames[i], started,
                         job.value(QStringLiteral("endTime")).toString().isEmpty()
                             ? QCoreApplication::translate("Drift", "is still running")
                             : QCoreApplication::translate("Drift", "kept running"),
                         who.join(QStringLiteral(", ")));
        }
    }
    return out;
}

} // namespace Scimflow
