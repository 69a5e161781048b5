#pragma once

#include "result.h"
#include "timelinebucketer.h"

#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace Scimflow {

class Store;

/// A compact, read-only copy of every identity event time and job interval (numbers only, no strings: about
/// 16 bytes per event and 32 per job), sorted for binary search. Built once off the GUI thread, it answers
/// the overview lanes for any visible range without scanning the database.
class TimelineIndex
{
public:
    /// Reads the store. \a cancel, when set, is polled between rows.
    static Result<std::unique_ptr<TimelineIndex>> build(Store &store,
                                                        const std::atomic_bool *cancel = nullptr);

    qint64 eventCount() const { return m_eventCount; }
    qint64 jobCount() const { return m_jobCount; }
    qint64 memoryBytes() const;
    /// First event or job start to the last event or job end (running jobs count up to \a now).
    TimelineRange extent(Timestamp now) const;

    /// Events of one kind, sorted by time.
    TimelineBucketer::KindSlice events(IdentityEvent::Kind kind) const;

    /// Job sources present ("dataflow", "github", ...), in alphabetical order.
    QStringList jobSources() const;
    /// Jobs of \a source that intersect \a range (running jobs: started before range.to).
    std::vector<TimelineBucketer::JobRow> jobsIntersecting(const QString &source, TimelineRange range) const;

private:
    struct SourceJobs
    {
        QString source;
        std::vector<TimelineBucketer::JobRow> finished; // sorted by start
        std::vector<TimelineBucketer::JobRow> running;  // sorted by start
        Timestamp longest = 0;                          // longest finished job: bounds the backwards search
        Timestamp lastEnd = 0;
    };

    std::array<std::vector<Timestamp>, TimelineBucketer::kKinds> m_eventAt;
    std::array<std::vector<qint64>, TimelineBucketer::kKinds> m_eventId;
    std::vector<SourceJobs> m_jobs;
    qint64 m_eventCount = 0;
    qint64 m_jobCount = 0;
};

} // namespace Scimflow
