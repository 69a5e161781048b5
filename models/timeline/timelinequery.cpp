#include "timelinequery.h"

#include <QHash>

#include <algorithm>

namespace Scimflow {

namespace {

/// Rows of one lane split by kind, owned here so that the bucketer can take spans of them.
struct KindRows
{
    std::array<std::vector<Timestamp>, TimelineBucketer::kKinds> at;
    std::array<std::vector<qint64>, TimelineBucketer::kKinds> ids;

    std::array<TimelineBucketer::KindSlice, TimelineBucketer::kKinds> slices() const
    {
        std::array<TimelineBucketer::KindSlice, TimelineBucketer::kKinds> s;
        for (size_t k = 0; k < s.size(); ++k)
            s[k] = {at[k], ids[k]};
        return s;
    }
};

} // namespace

TimelineQuery::TimelineQuery(Store &store)
    : m_store(store)
    , m_queries(store)
{}

TimelineQuery::~TimelineQuery() = default;

Timestamp TimelineQuery::now() const
{
    return m_now ? m_now : currentTimestamp();
}

Status TimelineQuery::prepareIndex(const std::atomic_bool *cancel)
{
    if (m_index)
        return {};
    Result<std::unique_ptr<TimelineIndex>> index = TimelineIndex::build(m_store, cancel);
    if (!index)
        return index.error();
    m_index = std::move(*index);
    return {};
}

void TimelineQuery::invalidate()
{
    m_index.reset();
    m_lanes.reset();
}

Result<TimelineSnapshot> TimelineQuery::run(const TimelineRequest &request)
{
    const Timestamp now = this->now();
    const bool overview = request.selection.kind == TimelineSelection::Kind::Overview;
    if (overview) {
        if (Status s = prepareIndex(); !s)
            return s.error();
    }
    if (!m_lanes || !(m_lanes->selection == request.selection) || m_lanes->maxLanes != request.maxLanes) {
        Result<TimelineLaneSet> lanes = TimelineLaneResolver::resolve(
            m_store, request.selection, request.maxLanes, overview ? m_index->jobSources() : QStringList(),
            overview ? m_index->extent(now) : TimelineRange(), now);
        if (!lanes)
            return lanes.error();
        m_lanes = std::move(*lanes);
    }

    TimelineSnapshot snapshot;
    snapshot.serial = request.serial;
    snapshot.selection = request.selection;
    snapshot.columns = std::clamp(request.columns, 1, 20000);
    snapshot.now = now;
    snapshot.extent = m_lanes->extent;
    snapshot.lanes = m_lanes->lanes;
    snapshot.omittedPrincipals = m_lanes->omittedPrincipals;
    snapshot.findings = m_lanes->findings;
    snapshot.credentials = m_lanes->credentials;
    snapshot.range = request.range;
    if (request.reveal != TimelineRequest::Reveal::None) {
        const TimelineRange r = revealRange(request);
        if (r.isValid()) {
            snapshot.range = r;
            snapshot.revealed = true;
        }
    }
    if (!snapshot.range.isValid())
        return snapshot;
    const TimelineBucketer bucketer(snapshot.range, snapshot.columns);
    if (Status s = addEvents(snapshot, bucketer); !s)
        return s.error();
    if (Status s = addJobs(snapshot, bucketer); !s)
        return s.error();
    return snapshot;
}

TimelineRange TimelineQuery::revealRange(const TimelineRequest &request) const
{
    TimelineQueries::Span span;
    switch (request.reveal) {
    case TimelineRequest::Reveal::None:
        return {};
    case TimelineRequest::Reveal::Job:
        span = m_queries.jobSpan(request.revealId, now());
        break;
    case TimelineRequest::Reveal::User:
        // The most recent thing that happened to or was run by the user.
        span = m_queries.latestOfUser(request.revealId);
        break;
    case TimelineRequest::Reveal::ServiceAccount:
        span = m_queries.latestOfServiceAccount(request.revealId);
        break;
    }
    const Timestamp from = span.from;
    const Timestamp to = span.to;
    if (from <= 0)
        return {};
    const Timestamp width = request.range.isValid() ? request.range.span() : 7 * kMsPerDay;
    if (to - from <= width * 8 / 10) {
        // Fits: keep the zoom level and centre the item, unless it is already fully in view.
        if (request.range.isValid() && from >= request.range.from && to <= request.range.to)
            return request.range;
        const Timestamp mid = from + (to - from) / 2;
        return {mid - width / 2, mid - width / 2 + width};
    }
    const Timestamp pad = std::max<Timestamp>((to - from) / 10, 60 * 1000);
    return {from - pad, to + pad};
}

Status TimelineQuery::addEvents(TimelineSnapshot &snapshot, const TimelineBucketer &bucketer)
{
    const TimelineRange range = bucketer.range();
    // Rows of every principal lane in one statement per subject column (an IN list served by the
    // (user_id, at) and (group_id, at) indexes): one statement, not one per lane, keeps a role with forty
    // members as quick as a single user. Numbers only here; strings are read for single events later.
    QHash<qint64, int> userLane, groupLane;
    for (int lane = 0; lane < snapshot.lanes.size(); ++lane) {
        const TimelineLane &l = snapshot.lanes[lane];
        if (l.section != TimelineLane::Section::Identity)
            continue;
        if (l.subject == TimelineLane::Subject::User)
            userLane.insert(l.subjectId, lane);
        else if (l.subject == TimelineLane::Subject::Group)
            groupLane.insert(l.subjectId, lane);
    }
    QHash<int, KindRows> rows;
    const auto place = [&rows](const QHash<qint64, int> &lanes) {
        return [&rows, &lanes](qint64 subjectId, Timestamp at, qint64 id, IdentityEvent::Kind kind) {
            KindRows &r = rows[lanes.value(subjectId)];
            r.at[size_t(kind)].push_back(at);
            r.ids[size_t(kind)].push_back(id);
        };
    };
    if (!userLane.isEmpty()) {
        if (Status s = m_queries.eventsOfUsers(userLane.keys(), range.from, range.to, place(userLane)); !s)
            return s;
    }
    if (!groupLane.isEmpty()) {
        if (Status s = m_queries.eventsOfGroups(groupLane.keys(), range.from, range.to, place(groupLane)); !s)
            return s;
    }
    for (int lane = 0; lane < snapshot.lanes.size(); ++lane) {
        const TimelineLane &l = snapshot.lanes[lane];
        if (l.section != TimelineLane::Section::Identity)
            continue;
        if (l.subject == TimelineLane::Subject::AllIdentities) {
            std::array<TimelineBucketer::KindSlice, TimelineBucketer::kKinds> slices{};
            for (IdentityEvent::Kind k : TimelineLaneResolver::overviewKinds(l.key))
                slices[size_t(k)] = m_index->events(k);
            snapshot.events += bucketer.bucketEvents(lane, slices);
        } else if (const auto it = rows.constFind(lane); it != rows.constEnd()) {
            snapshot.events += bucketer.bucketEvents(lane, it->slices());
        }
    }
    return fillEventDetails(snapshot.events, 0);
}

Status TimelineQuery::addJobs(TimelineSnapshot &snapshot, const TimelineBucketer &bucketer)
{
    const TimelineRange range = bucketer.range();
    QHash<qint64, int> userLane, accountLane;
    for (int lane = 0; lane < snapshot.lanes.size(); ++lane) {
        const TimelineLane &l = snapshot.lanes[lane];
        if (l.section != TimelineLane::Section::Jobs)
            continue;
        if (l.subject == TimelineLane::Subject::User)
            userLane.insert(l.subjectId, lane);
        else if (l.subject == TimelineLane::Subject::ServiceAccount)
            accountLane.insert(l.subjectId, lane);
    }
    // A user's lane holds the jobs she launched or that run as her; one statement for all principal lanes,
    // served by the per-principal indexes on jobs. A job launched by one shown user and running as another
    // goes to both lanes.
    QHash<int, std::vector<TimelineBucketer::JobRow>> rows;
    const auto jobRow = [](const TimelineQueries::JobInterval &j) {
        return TimelineBucketer::JobRow{j.id, j.start, j.end, j.state};
    };
    if (!userLane.isEmpty()) {
        const Status s = m_queries.jobsOfUsers(
            userLane.keys(), range.from, range.to,
            [&](const TimelineQueries::JobInterval &job, qint64 launcherUserId, qint64 runAsUserId) {
                const int launcher = userLane.value(launcherUserId, -1);
                const int runAs = userLane.value(runAsUserId, -1);
                if (launcher >= 0)
                    rows[launcher].push_back(jobRow(job));
                if (runAs >= 0 && runAs != launcher)
                    rows[runAs].push_back(jobRow(job));
            });
        if (!s)
            return s;
    }
    if (!accountLane.isEmpty()) {
        const Status s = m_queries.jobsOfServiceAccounts(
            accountLane.keys(), range.from, range.to,
            [&](const TimelineQueries::JobInterval &job, qint64 serviceAccountId) {
                rows[accountLane.value(serviceAccountId)].push_back(jobRow(job));
            });
        if (!s)
            return s;
    }
    for (int lane = 0; lane < snapshot.lanes.size(); ++lane) {
        const TimelineLane &l = snapshot.lanes[lane];
        if (l.section != TimelineLane::Section::Jobs)
            continue;
        if (l.subject == TimelineLane::Subject::AllJobs) {
            const std::vector<TimelineBucketer::JobRow> all = m_index->jobsIntersecting(l.key, range);
            snapshot.jobs += bucketer.bucketJobs(lane, all, snapshot.now);
        } else if (const auto it = rows.constFind(lane); it != rows.constEnd()) {
            snapshot.jobs += bucketer.bucketJobs(lane, it.value(), snapshot.now);
        }
    }
    return fillJobDetails(snapshot.jobs, 0);
}

Status TimelineQuery::fillEventDetails(QList<TimelineEventMark> &marks, qsizetype from)
{
    QHash<qint64, qsizetype> where;
    QList<qint64> ids;
    for (qsizetype i = from; i < marks.size(); ++i) {
        if (!marks[i].isBucket() && marks[i].eventId) {
            where.insert(marks[i].eventId, i);
            ids << marks[i].eventId;
        }
    }
    return m_queries.eventDetails(ids, [&](const TimelineQueries::EventDetail &d) {
        TimelineEventMark &m = marks[where.value(d.id)];
        m.userId = d.userId;
        m.groupId = d.groupId;
        m.subject = d.subject;
        m.actor = d.actor;
        m.source = d.source;
        m.details = d.details;
    });
}

Status TimelineQuery::fillJobDetails(QList<TimelineJobBar> &bars, qsizetype from)
{
    QHash<qint64, qsizetype> where;
    QList<qint64> ids;
    for (qsizetype i = from; i < bars.size(); ++i) {
        if (!bars[i].isBucket() && bars[i].jobId) {
            where.insert(bars[i].jobId, i);
            ids << bars[i].jobId;
        }
    }
    return m_queries.jobDetails(ids, [&](const TimelineQueries::JobDetail &d) {
        TimelineJobBar &b = bars[where.value(d.id)];
        b.name = d.name;
        b.source = d.source;
        b.launcher = d.launcher;
        b.runAs = d.runAs;
    });
}

} // namespace Scimflow
