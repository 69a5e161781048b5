#pragma once

#include "result.h"
#include "timelineindex.h"
#include "timelinelaneresolver.h"
#include "timelinequeries.h"
#include "timelinetypes.h"

#include <memory>
#include <optional>

namespace Scimflow {

class Store;

/// Answers timeline requests from one Store on the calling thread: resolves the selection into lanes, reads
/// only what intersects the visible range (through the indexes on identity_events and jobs, or through the
/// compact TimelineIndex for the overview) and reduces it to about one item per pixel column and lane.
/// Not thread-safe: use one instance, with its own Store, per thread (TimelineLoader does).
class TimelineQuery
{
public:
    explicit TimelineQuery(Store &store);
    ~TimelineQuery();

    /// "Now" for running jobs and relative presets; 0 (the default) means the current time.
    void setNow(Timestamp now) { m_now = now; }
    Timestamp now() const;

    /// Builds the overview index now instead of on the first overview request.
    Status prepareIndex(const std::atomic_bool *cancel = nullptr);
    const TimelineIndex *index() const { return m_index.get(); }
    /// Forgets cached lanes, findings and the index (after a sync or a drift run changed the store).
    void invalidate();

    Result<TimelineSnapshot> run(const TimelineRequest &request);

private:
    TimelineRange revealRange(const TimelineRequest &request) const;
    Status addEvents(TimelineSnapshot &snapshot, const TimelineBucketer &bucketer);
    Status addJobs(TimelineSnapshot &snapshot, const TimelineBucketer &bucketer);
    Status fillEventDetails(QList<TimelineEventMark> &marks, qsizetype from);
    Status fillJobDetails(QList<TimelineJobBar> &bars, qsizetype from);

    Store &m_store;
    TimelineQueries m_queries;
    Timestamp m_now = 0;
    std::unique_ptr<TimelineIndex> m_index;
    std::optional<TimelineLaneSet> m_lanes; // cached for the last selection and lane cap
};

} // namespace Scimflow
