#pragma once

#include "timelineitem.h"
#include "timelinetypes.h"

#include <QString>

namespace Scimflow {

/// User-visible names and tooltips of timeline items (who, what, when, source), built only when shown.
class TimelineText
{
public:
    static QString eventKindName(IdentityEvent::Kind kind);
    static QString jobStateName(Job::State state);
    static QString time(Timestamp t);
    static QString duration(Timestamp ms);

    static QString eventToolTip(const TimelineEventMark &mark, const TimelineLane &lane);
    static QString jobToolTip(const TimelineJobBar &bar, const TimelineLane &lane);
    static QString findingToolTip(const TimelineFindingMark &finding);
    static QString credentialToolTip(const TimelineCredentialMark &mark);
    static QString laneToolTip(const TimelineLane &lane);
    /// The tooltip for what \a hit found in \a snapshot; empty for nothing.
    static QString toolTip(const TimelineSnapshot &snapshot, const TimelineItem::Hit &hit);
};

} // namespace Scimflow
