#include "stalesyncrule.h"

#include "evidence.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

Result<QList<Finding>> StaleSyncRule::evaluate(const DriftContext &context) const
{
    const Timestamp staleBefore = context.now - Timestamp(context.settings.staleSyncAfterHours) * kMsPerHour;
    QSqlQuery q(context.db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT source, max(CASE WHEN status = 'ok' THEN coalesce(finished_at, started_at) END), "
            "  max(started_at), count(*), "
            "  (SELECT id FROM sync_runs r2 WHERE r2.source = r.source AND r2.status = 'ok' "
            "   ORDER BY finished_at DESC, id DESC LIMIT 1) "
            "FROM sync_runs r GROUP BY source ORDER BY source")))
        return sqlError(QStringLiteral("Drift rule %1 failed").arg(id()), q.lastError());
    QList<Finding> out;
    while (q.next()) {
        const bool everOk = !q.value(1).isNull();
        const Timestamp lastOk = q.value(1).toLongLong();
        if (everOk && lastOk >= staleBefore)
            continue;
        Finding f;
        f.rule = id();
        f.severity = Finding::Severity::Medium;
        f.subjectKind = QStringLiteral("source");
        f.subject = q.value(0).toString();
        f.subjectKey = f.subject;
        f.startedAt = everOk ? lastOk : 0;
        f.summary =
            everOk ? QCoreApplication::translate("Drift",
                                                 "The last successful sync of %1 finished %2, more than %n "
                                                 "hour(s) ago; findings may be out of date: sync again.",
                                                 nullptr, context.settings.staleSyncAfterHours)
                         .arg(f.subject, Evidence::iso(lastOk))
                   : QCoreApplication::translate("Drift",
                                                 "No sync of %1 has ever succeeded (%2 attempts); check the "
                                                 "connection settings and sync again.")
                         .arg(f.subject)
                         .arg(q.value(3).toLongLong());
        f.evidence.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("sync-run")},
                        {QStringLiteral("source"), f.subject},
                        {QStringLiteral("lastSuccessfulRun"), q.value(4).toLongLong()},
                        {QStringLiteral("lastSuccess"), Evidence::iso(lastOk)},
                        {QStringLiteral("lastAttempt"), Evidence::iso(q.value(2).toLongLong())},
                        {QStringLiteral("thresholdHours"), context.settings.staleSyncAfterHours}});
        out << f;
    }
    return out;
}

} // namespace Scimflow
