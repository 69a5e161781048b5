#include "timelineticks.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QLocale>

#include <algorithm>

namespace Scimflow {

namespace {

// Tick distances the axis labels read well at; presets and "All" snap the range to one of them.
constexpr Timestamp kMinute = 60 * 1000;
constexpr Timestamp kTickSteps[] = {
    kMinute,         2 * kMinute,    5 * kMinute,     10 * kMinute,    15 * kMinute,
    30 * kMinute,    kMsPerHour,     2 * kMsPerHour,  3 * kMsPerHour,  6 * kMsPerHour,
    12 * kMsPerHour, kMsPerDay,      2 * kMsPerDay,   7 * kMsPerDay,   14 * kMsPerDay,
    28 * kMsPerDay,  91 * kMsPerDay, 182 * kMsPerDay, 364 * kMsPerDay,
};

QString formatForStep(Timestamp step, Timestamp span)
{
    if (step >= 91 * kMsPerDay)
        return QStringLiteral("MMM yyyy");
    if (step >= kMsPerDay)
        return span > 300 * kMsPerDay ? QStringLiteral("d MMM yyyy") : QStringLiteral("ddd d MMM");
    if (step >= kMsPerHour)
        return span > 2 * kMsPerDay ? QStringLiteral("d MMM HH:mm") : QStringLiteral("ddd HH:mm");
    return QStringLiteral("HH:mm");
}

Timestamp localOffset(Timestamp t)
{
    return Timestamp(QDateTime::fromMSecsSinceEpoch(t).offsetFromUtc()) * 1000;
}

/// How many labels in \a format fit side by side into \a width pixels.
int ticksThatFit(const QFontMetrics &fm, qreal width, const QString &format, Timestamp sample)
{
    const int label =
        fm.horizontalAdvance(QLocale().toString(QDateTime::fromMSecsSinceEpoch(sample), format)) + 28;
    return std::clamp(int(width / label) + 1, 2, 13);
}

} // namespace

TimelineRange TimelineTicks::aligned(TimelineRange r, const QFontMetrics &fm, qreal width)
{
    const Timestamp offset = localOffset(r.from);
    for (Timestamp step : kTickSteps) {
        const Timestamp from = (r.from + offset) / step * step - offset;
        const Timestamp to = (r.to + offset + step - 1) / step * step - offset;
        const int ticks = int((to - from) / step) + 1;
        if (ticks <= ticksThatFit(fm, width, formatForStep(step, to - from), from))
            return {from, to};
    }
    return r;
}

TimelineTicks::Axis TimelineTicks::axisFor(TimelineRange r, const QFontMetrics &fm, qreal width)
{
    // A range on tick boundaries (presets, "All") gets ticks on round times.
    const Timestamp offset = localOffset(r.from);
    for (Timestamp step : kTickSteps) {
        if (r.span() % step != 0 || (r.from + offset) % step != 0)
            continue;
        const int ticks = int(r.span() / step) + 1;
        const QString format = formatForStep(step, r.span());
        if (ticks >= 3 && ticks <= ticksThatFit(fm, width, format, r.from))
            return {format, ticks};
    }
    // Elsewhere (after a zoom or pan) the format follows the distance between ticks, and the tick count
    // follows the label width.
    Axis axis{QString(), 8};
    for (int pass = 0; pass < 3; ++pass) {
        const Timestamp interval = r.span() / std::max(1, axis.tickCount - 1);
        if (interval >= 60 * kMsPerDay)
            axis.format = QStringLiteral("MMM yyyy");
        else if (interval >= kMsPerDay)
            axis.format =
                r.span() > 300 * kMsPerDay ? QStringLiteral("d MMM yyyy") : QStringLiteral("ddd d MMM");
        else if (interval >= kMsPerHour)
            axis.format = QStringLiteral("d MMM HH:mm");
        else if (interval >= kMinute)
            axis.format = QStringLiteral("HH:mm");
        else
            axis.format = QStringLiteral("HH:mm:ss");
        axis.tickCount = ticksThatFit(fm, width, axis.format, r.from);
    }
    return axis;
}

} // namespace Scimflow
