#include "stalesyncrule.h"

#include "driftqueries.h"
#include "evidence.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Scimflow {

Result<QList<Finding>> StaleSyncRule::evaluate(const DriftContext &context) const
{
    const Timestamp staleBefore = context.now - Timestamp(context.settings.staleSyncAfterHours) * kMsPerHour;
    QList<Finding> out;
    const auto visit = [&](const DriftQueries::SourceSyncs &s) {
        const bool everOk = s.lastSuccess.has_value();
        const Timestamp lastOk = s.lastSuccess.value_or(0);
        if (everOk && lastOk >= staleBefore)
            return;
        Finding f;
        f.rule = id();
        f.severity = Finding::Severity::Medium;
        f.subjectKind = QStringLiteral("source");
        f.subject = s.source;
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
                         .arg(s.runs);
        f.evidence.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("sync-run")},
                        {QStringLiteral("source"), f.subject},
                        {QStringLiteral("lastSuccessfulRun"), s.lastSuccessfulRun},
                        {QStringLiteral("lastSuccess"), Evidence::iso(lastOk)},
                        {QStringLiteral("lastAttempt"), Evidence::iso(s.lastAttempt)},
                        {QStringLiteral("thresholdHours"), context.settings.staleSyncAfterHours}});
        out << f;
    };
    const Status read = DriftQueries(context.db, id()).syncHistoryBySource(visit);
    if (!read)
        return read.error();
    return out;
}

} // namespace Scimflow
