#pragma once

#include "result.h"
#include "timelinetypes.h"

#include <QStringList>

namespace Scimflow {

class Store;

/// The lanes of one selection, with everything about them that does not depend on the visible range.
struct TimelineLaneSet
{
    TimelineSelection selection;
    int maxLanes = 0;
    QList<TimelineLane> lanes; // identity lanes first, then job lanes
    int omittedPrincipals = 0;
    TimelineRange extent; // first to last item of the shown principals (running jobs up to now)
    QList<TimelineFindingMark> findings;       // sorted by start
    QList<TimelineCredentialMark> credentials; // key creation, key and token last use; sorted by time
};

/// Turns a selection (users, a role's members, a job's principals, or nothing) into timeline lanes.
class TimelineLaneResolver
{
public:
    /// \a jobSources names the overview's job lanes; \a overviewExtent is used for the overview.
    static Result<TimelineLaneSet> resolve(Store &store, const TimelineSelection &selection, int maxLanes,
                                           const QStringList &jobSources, TimelineRange overviewExtent,
                                           Timestamp now);

    /// Event kinds shown on an overview identity lane ("lifecycle", "membership", "attributes").
    static QList<IdentityEvent::Kind> overviewKinds(const QString &key);
};

} // namespace Scimflow
