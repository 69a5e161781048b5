#pragma once

#include "timelinetypes.h"

#include <span>
#include <vector>

namespace Scimflow {

/// The level of detail of one request: maps time to pixel columns and turns sorted rows into marks, bars and
/// per-column buckets, so that no lane ever yields more than about one item per pixel column.
class TimelineBucketer
{
public:
    static constexpr int kKinds = 8;

    /// Events of one kind in one lane, sorted by time: parallel arrays of times and row ids.
    struct KindSlice
    {
        std::span<const Timestamp> at;
        std::span<const qint64> ids;
    };

    /// A job row as the query layer reads it; end == 0 while it runs.
    struct JobRow
    {
        qint64 id = 0;
        Timestamp start = 0;
        Timestamp end = 0;
        Job::State state = Job::State::Unknown;
    };

    TimelineBucketer(TimelineRange range, int columns);

    TimelineRange range() const { return m_range; }
    int columns() const { return m_columns; }
    /// The pixel column of \a t, clamped to [0, columns).
    int columnOf(Timestamp t) const;
    /// The first millisecond of column \a c (c == columns gives range().to).
    Timestamp columnStart(int c) const;

    /// Marks for one lane. \a slices are indexed by int(IdentityEvent::Kind); each must be sorted by time and
    /// may extend beyond the range (only the part inside is used). A column with one event yields a single
    /// mark carrying its row id (details are filled in by the caller); a column with more yields one bucket.
    QList<TimelineEventMark> bucketEvents(int lane, const std::array<KindSlice, kKinds> &slices) const;

    /// Bars for one lane from the jobs that intersect the range. When the lane has more jobs than half the
    /// columns, or more than three start within three adjacent columns, jobs are aggregated into per-column
    /// buckets of the jobs active in each column; running jobs are still returned one by one (they matter
    /// most) unless there are too many of them too.
    QList<TimelineJobBar> bucketJobs(int lane, std::span<const JobRow> jobs, Timestamp now) const;

private:
    TimelineRange m_range;
    int m_columns;
};

} // namespace Scimflow
