#include "deprovisioning.h"

#include "evidence.h"
#include "sqldialect.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

QString Deprovisioning::leaversCte()
{
    // Deactivation time: the latest 'deactivated' event; without one the user's last_modified (a
    // deactivation is the last change a leaver's record sees). A deletion counts when it came first.
    return QStringLiteral(
        "WITH leavers AS (SELECT id AS user_id, scim_id, user_name, active, deleted_at, "
        "  CASE WHEN active = 0 AND (deleted_at = 0 OR coalesce(deact_at, last_modified) <= deleted_at) "
        "       THEN coalesce(deact_at, last_modified) ELSE deleted_at END AS off_at, "
        "  CASE WHEN active = 0 AND (deleted_at = 0 OR coalesce(deact_at, last_modified) <= deleted_at) "
        "       THEN 'deactivated' ELSE 'deleted' END AS how, "
        "  coalesce(off_event, 0) AS off_event "
        "FROM (SELECT u.id, u.scim_id, u.user_name, u.active, u.deleted_at, u.last_modified, "
        "  (SELECT max(e.at) FROM identity_events e WHERE e.user_id = u.id AND e.kind = 'deactivated') "
        "    AS deact_at, "
        "  (SELECT e.id FROM identity_events e WHERE e.user_id = u.id "
        "    AND e.kind IN ('deactivated', 'deleted') ORDER BY e.at DESC LIMIT 1) AS off_event "
        "  FROM users u WHERE u.active = 0 OR u.deleted_at > 0) AS u) ");
}

Result<QList<Finding>> Deprovisioning::jobFindings(const DriftContext &context, Timing timing,
                                                   const QString &rule)
{
    const QString start = QStringLiteral("coalesce(nullif(j.start_time, 0), j.create_time)");
    const QString condition = timing == Timing::StartedAfter
                                  ? QStringLiteral("%1 >= l.off_at").arg(start)
                                  : QStringLiteral("%1 > 0 AND %1 < l.off_at AND (j.end_time > l.off_at OR "
                                                   "(j.end_time = 0 AND j.state IN ('running', 'pending')))")
                                        .arg(start);
    const QString select = QStringLiteral(
        "SELECT %1, l.user_id, l.scim_id, l.user_name, l.active, l.deleted_at, l.off_at, l.how, "
        "l.off_event, '%2', coalesce((SELECT e.actor FROM identity_events e WHERE e.id = l.off_event), '') "
        "FROM leavers l %5 jobs j ON j.%3 = l.user_id "
        "WHERE l.off_at > 0 AND %4 ");
    const QString join = Sql::joinInOrder(context.db);
    const QString sql = leaversCte() +
                        select.arg(Evidence::jobColumns(), QStringLiteral("launcher"),
                                   QStringLiteral("launcher_user_id"), condition, join) +
                        QStringLiteral("UNION ALL ") +
                        select.arg(Evidence::jobColumns(), QStringLiteral("run-as"),
                                   QStringLiteral("run_as_user_id"), condition, join) +
                        QStringLiteral("ORDER BY 1");
    QSqlQuery q(context.db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return sqlError(QStringLiteral("Drift rule %1 failed").arg(rule), q.lastError());

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
    while (q.next()) {
        const qint64 jobId = q.value(0).toLongLong();
        const qint64 userId = q.value(10).toLongLong();
        const QString userName = q.value(12).toString();
        const Timestamp offAt = q.value(15).toLongLong();
        const QString how = q.value(16).toString();
        const QString relation = q.value(18).toString();
        const QString actor = q.value(19).toString();
        auto it = byJob.constFind(jobId);
        if (it == byJob.constEnd()) {
            Finding f;
            f.rule = rule;
            f.subjectKind = QStringLiteral("job");
            f.subjectId = jobId;
            f.subject = q.value(2).toString();
            f.subjectKey = q.value(1).toString() + QLatin1Char(':') + f.subject;
            const Timestamp jobStart = q.value(5).toLongLong();
            const bool running = q.value(6).toLongLong() == 0;
            if (timing == Timing::StartedAfter) {
                f.severity = Finding::Severity::Critical;
                f.startedAt = jobStart;
            } else {
                f.severity = running ? Finding::Severity::Critical : Finding::Severity::High;
                f.startedAt = offAt;
            }
            f.evidence.append(Evidence::job(q, 0));
            it = byJob.insert(jobId, int(out.size()));
            out << f;
            involved.append(QList<Involved>());
            jobNames << q.value(3).toString();
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
            continue;
        }
        people.append(Involved{userName, {relation}, offAt, how, actor});
        QJsonObject user = Evidence::user(userId, q.value(11).toString(), userName, q.value(13).toBool(),
                                          q.value(14).toLongLong());
        user.insert(QStringLiteral("relation"), relation);
        user.insert(QStringLiteral("deprovisionedAt"), Evidence::iso(offAt));
        user.insert(QStringLiteral("deprovisioning"), how);
        f.evidence.append(user);
        if (const qint64 event = q.value(17).toLongLong())
            f.evidence.append(Evidence::event(event, offAt, how, userName, actor, QString()));
    }
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
