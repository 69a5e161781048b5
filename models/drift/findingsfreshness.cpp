#include "findingsfreshness.h"

#include "findingrepository.h"
#include "store.h"

#include <QCoreApplication>

namespace Scimflow {

const QString FindingsFreshness::kComputedAtKey = FindingRepository::computedAtKey();

FindingsFreshness FindingsFreshness::of(const Store &store)
{
    FindingsFreshness f;
    f.computedAt = timestampFromIso(store.metaValue(kComputedAtKey));
    for (const SyncRun &run : store.lastSuccessfulRuns())
        f.lastSync = qMax(f.lastSync, run.finishedAt);
    return f;
}

QString FindingsFreshness::describe() const
{
    QString text = computedAt ? QStringLiteral("Findings computed at %1.").arg(timestampToIso(computedAt))
                              : QStringLiteral("The findings have no recorded computation time.");
    if (isStale())
        text += QStringLiteral(" Warning: the last successful sync (%1) is newer; run scimflow findings "
                               "--recompute (or scimflow sync without --no-findings) for current findings.")
                    .arg(timestampToIso(lastSync));
    return text;
}

} // namespace Scimflow
