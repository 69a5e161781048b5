#pragma once

#include "timelinetypes.h"

#include <QString>

class QFontMetrics;

namespace Scimflow {

/// Where the time axis puts its ticks and how it labels them, so that labels neither repeat nor overlap and,
/// where the range allows, fall on round times (QDateTimeAxis divides its range into equal parts).
class TimelineTicks
{
public:
    struct Axis
    {
        QString format; // QDateTime format of the labels
        int tickCount = 2;
    };

    /// \a range widened to whole tick steps (local time) that fit \a width pixels of labels.
    static TimelineRange aligned(TimelineRange range, const QFontMetrics &fm, qreal width);
    /// Label format and tick count for \a range on an axis \a width pixels wide.
    static Axis axisFor(TimelineRange range, const QFontMetrics &fm, qreal width);
};

} // namespace Scimflow
