#include "timelineindex.h"

#include "timelinequeries.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Scimflow {

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Error cancelledError()
{
    return Error{Error::Kind::Cancelled,
                 QCoreApplication::translate("TimelineIndex", "Building the timeline index was cancelled."),
                 0};
}

} // namespace

Result<std::unique_ptr<TimelineIndex>> TimelineIndex::build(Store &store, const std::atomic_bool *cancel)
{
    auto index = std::unique_ptr<TimelineIndex>(new TimelineIndex);
    const TimelineQueries queries(store);
    qint64 n = 0;
    Status read = queries.allEvents([&](Timestamp at, qint64 id, int kind) -> Status {
        if ((++n & 0xffff) == 0 && cancelled(cancel))
            return cancelledError();
        const int k = std::clamp(kind, 0, TimelineBucketer::kKinds - 1);
        index->m_eventAt[size_t(k)].push_back(at);
        index->m_eventId[size_t(k)].push_back(id);
        return {};
    });
    if (!read)
        return read.error();
    index->m_eventCount = n;
    for (auto &v : index->m_eventAt)
        v.shrink_to_fit();
    for (auto &v : index->m_eventId)
        v.shrink_to_fit();

    n = 0;
    read = queries.allJobs([&](const QString &source, const TimelineQueries::JobInterval &job) -> Status {
        if ((++n & 0xffff) == 0 && cancelled(cancel))
            return cancelledError();
        if (index->m_jobs.empty() || index->m_jobs.back().source != source)
            index->m_jobs.push_back(SourceJobs{source, {}, {}, 0, 0});
        SourceJobs &s = index->m_jobs.back();
        TimelineBucketer::JobRow row{job.id, job.start, job.end, job.state};
        if (row.end == 0) {
            s.running.push_back(row);
        } else {
            row.end = std::max(row.end, row.start);
            s.longest = std::max(s.longest, row.end - row.start);
            s.lastEnd = std::max(s.lastEnd, row.end);
            s.finished.push_back(row);
        }
        return {};
    });
    if (!read)
        return read.error();
    index->m_jobCount = n;
    return index;
}

qint64 TimelineIndex::memoryBytes() const
{
    qint64 bytes = 0;
    for (const auto &v : m_eventAt)
        bytes += qint64(v.capacity() * sizeof(Timestamp));
    for (const auto &v : m_eventId)
        bytes += qint64(v.capacity() * sizeof(qint64));
    for (const SourceJobs &s : m_jobs)
        bytes += qint64((s.finished.capacity() + s.running.capacity()) * sizeof(TimelineBucketer::JobRow));
    return bytes;
}

TimelineRange TimelineIndex::extent(Timestamp now) const
{
    Timestamp from = std::numeric_limits<Timestamp>::max();
    Timestamp to = 0;
    for (const auto &v : m_eventAt) {
        if (!v.empty()) {
            from = std::min(from, v.front());
            to = std::max(to, v.back());
        }
    }
    for (const SourceJobs &s : m_jobs) {
        if (!s.finished.empty()) {
            from = std::min(from, s.finished.front().start);
            to = std::max(to, s.lastEnd);
        }
        if (!s.running.empty()) {
            from = std::min(from, s.running.front().start);
            to = std::max({to, now, s.running.back().start});
        }
    }
    if (to == 0)
        return {};
    return {from, to + 1};
}

TimelineBucketer::KindSlice TimelineIndex::events(IdentityEvent::Kind kind) const
{
    const size_t k = size_t(std::clamp(int(kind), 0, TimelineBucketer::kKinds - 1));
    return {m_eventAt[k], m_eventId[k]};
}

QStringList TimelineIndex::jobSources() const
{
    QStringList out;
    for (const SourceJobs &s : m_jobs)
        out << s.source;
    return out;
}

std::vector<TimelineBucketer::JobRow> TimelineIndex::jobsIntersecting(const QString &source,
                                                                      TimelineRange range) const
{
    std::vector<TimelineBucketer::JobRow> out;
    const auto it =
        std::find_if(m_jobs.begin(), m_jobs.end(), [&](const SourceJobs &s) { return s.source == source; });
    if (it == m_jobs.end())
        return out;
    auto byStart = [](const TimelineBucketer::JobRow &j, Timestamp t) { return j.start < t; };
    // A finished job that ends inside the range started at most `longest` before it.
    const auto first =
        std::lower_bound(it->finished.begin(), it->finished.end(), range.from - it->longest, byStart);
    const auto last = std::lower_bound(first, it->finished.end(), range.to, byStart);
    out.reserve(size_t(last - first) + it->running.size());
    for (auto j = first; j != last; ++j) {
        if (j->end > range.from)
            out.push_back(*j);
    }
    const auto runningEnd = std::lower_bound(it->running.begin(), it->running.end(), range.to, byStart);
    out.insert(out.end(), it->running.begin(), runningEnd);
    return out;
}

} // namespace Scimflow
