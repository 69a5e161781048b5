#include "timelinebucketer.h"

#include <algorithm>

namespace Scimflow {

TimelineBucketer::TimelineBucketer(TimelineRange range, int columns)
    : m_range(range)
    , m_columns(std::max(1, columns))
{
    if (m_range.to <= m_range.from)
        m_range.to = m_range.from + 1;
}

int TimelineBucketer::columnOf(Timestamp t) const
{
    if (t <= m_range.from)
        return 0;
    if (t >= m_range.to)
        return m_columns - 1;
    // (t - from) * columns stays far below 2^63 for any realistic span (centuries at 10^5 columns).
    return int((t - m_range.from) * m_columns / m_range.span());
}

Timestamp TimelineBucketer::columnStart(int c) const
{
    if (c >= m_columns)
        return m_range.to;
    // Smallest t with columnOf(t) >= c: ceil(c * span / columns).
    return m_range.from + (Timestamp(c) * m_range.span() + m_columns - 1) / m_columns;
}

QList<TimelineEventMark> TimelineBucketer::bucketEvents(int lane,
                                                        const std::array<KindSlice, kKinds> &slices) const
{
    // Boundaries per kind: index of the first event at or after each column start (binary searches only, so
    // a lane of a million events costs kinds * columns * log n, not n).
    std::array<std::vector<qsizetype>, kKinds> bounds;
    bool any = false;
    for (int k = 0; k < kKinds; ++k) {
        const auto &at = slices[k].at;
        if (at.empty())
            continue;
        const auto first = std::lower_bound(at.begin(), at.end(), m_range.from);
        const auto last = std::lower_bound(first, at.end(), m_range.to);
        if (first == last)
            continue;
        any = true;
        std::vector<qsizetype> &b = bounds[k];
        b.resize(size_t(m_columns) + 1);
        auto from = first;
        for (int c = 0; c < m_columns; ++c) {
            from = std::lower_bound(from, last, columnStart(c));
            b[size_t(c)] = from - at.begin();
        }
        b[size_t(m_columns)] = last - at.begin();
    }
    QList<TimelineEventMark> marks;
    if (!any)
        return marks;
    for (int c = 0; c < m_columns; ++c) {
        TimelineEventMark m;
        m.lane = lane;
        m.count = 0;
        int best = -1;
        for (int k = 0; k < kKinds; ++k) {
            if (bounds[k].empty())
                continue;
            const qsizetype lo = bounds[k][size_t(c)];
            const qsizetype hi = bounds[k][size_t(c) + 1];
            if (hi <= lo)
                continue;
            const auto kind = IdentityEvent::Kind(k);
            const Timestamp first = slices[k].at[size_t(lo)];
            const Timestamp lastAt = slices[k].at[size_t(hi - 1)];
            if (m.count == 0 || first < m.at)
                m.at = first;
            m.lastAt = std::max(m.lastAt, lastAt);
            m.count += int(hi - lo);
            m.kindCounts[size_t(k)] = int(hi - lo);
            if (best < 0 ||
                timelineEventSignificance(kind) > timelineEventSignificance(IdentityEvent::Kind(best)))
                best = k;
            if (hi - lo == 1)
                m.eventId = slices[k].ids[size_t(lo)];
        }
        if (m.count == 0)
            continue;
        m.kind = IdentityEvent::Kind(best);
        if (m.count > 1)
            m.eventId = 0;
        else
            m.kindCounts = {};
        marks << m;
    }
    return marks;
}

QList<TimelineJobBar> TimelineBucketer::bucketJobs(int lane, std::span<const JobRow> jobs,
                                                   Timestamp now) const
{
    QList<TimelineJobBar> bars;
    auto single = [&](const JobRow &j) {
        TimelineJobBar b;
        b.lane = lane;
        b.jobId = j.id;
        b.start = j.start;
        b.openEnded = j.end == 0;
        b.end = b.openEnded ? std::max(now, j.start) : j.end;
        b.state = j.state;
        return b;
    };
    // One bar per job while that stays legible: at most one job per two columns overall, and no more than
    // three bars starting within any three adjacent columns (the view stacks overlapping bars in rows).
    bool sparse = qsizetype(jobs.size()) <= std::max(1, m_columns / 2);
    if (sparse) {
        std::vector<int> starts(size_t(m_columns) + 2, 0);
        for (const JobRow &j : jobs) {
            if (j.start >= m_range.from)
                ++starts[size_t(columnOf(j.start)) + 1];
        }
        for (size_t c = 1; c <= size_t(m_columns) && sparse; ++c)
            sparse = starts[c - 1] + starts[c] + starts[c + 1] <= 3;
    }
    if (sparse) {
        bars.reserve(qsizetype(jobs.size()));
        for (const JobRow &j : jobs)
            bars << single(j);
        return bars;
    }
    qsizetype running = 0;
    for (const JobRow &j : jobs)
        running += j.end == 0;
    const bool runningApart = running <= std::max(1, m_columns / 4);

    // Difference arrays over the columns: +1 where a job becomes active, -1 after its last column.
    constexpr int kStates = 6;
    std::vector<int> diff(size_t(m_columns + 1) * kStates, 0);
    for (const JobRow &j : jobs) {
        if (j.end == 0 && runningApart) {
            bars << single(j);
            continue;
        }
        const Timestamp end = j.end == 0 ? std::max(now, j.start) : j.end;
        const int c0 = columnOf(std::max(j.start, m_range.from));
        const int c1 = columnOf(std::max(std::min(end, m_range.to) - 1, j.start));
        const int s = std::clamp(int(j.state), 0, kStates - 1);
        diff[size_t(c0) * kStates + size_t(s)] += 1;
        diff[size_t(c1 + 1) * kStates + size_t(s)] -= 1;
    }
    std::array<int, kStates> active{};
    QList<TimelineJobBar> buckets;
    for (int c = 0; c < m_columns; ++c) {
        int total = 0;
        for (int s = 0; s < kStates; ++s) {
            active[size_t(s)] += diff[size_t(c) * kStates + size_t(s)];
            total += active[size_t(s)];
        }
        if (total <= 0)
            continue;
        TimelineJobBar b;
        b.lane = lane;
        b.aggregated = true;
        b.start = columnStart(c);
        b.end = columnStart(c + 1);
        b.count = total;
        b.stateCounts = active;
        int best = 0;
        for (int s = 0; s < kStates; ++s) {
            if (active[size_t(s)] > 0 &&
                timelineJobStateSignificance(Job::State(s)) >= timelineJobStateSignificance(Job::State(best)))
                best = s;
        }
        b.state = Job::State(best);
        buckets << b;
    }
    // Buckets first so that the running jobs are drawn on top of them.
    return buckets + bars;
}

} // namespace Scimflow
