#pragma once

#include "identityevent.h"
#include "job.h"
#include "timestamp.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <array>

namespace Scimflow {

/// A half-open time interval [from, to) in milliseconds since the epoch.
struct TimelineRange
{
    Timestamp from = 0;
    Timestamp to = 0;

    Timestamp span() const { return to - from; }
    bool isValid() const { return to > from; }
    bool operator==(const TimelineRange &) const = default;
};

/// What the timeline is grouped by: the selection in the linked views, or everything.
struct TimelineSelection
{
    enum class Kind {
        Overview,        // aggregate lanes for all identities and all jobs
        Users,           // ids = user row ids
        Group,           // ids = {group row id}: the role's members and the service accounts it owns
        Job,             // ids = {job row id}: the job's principals
        ServiceAccounts, // ids = service account row ids
    };
    Kind kind = Kind::Overview;
    QList<qint64> ids;

    bool operator==(const TimelineSelection &) const = default;
    static TimelineSelection overview() { return {}; }
    static TimelineSelection users(const QList<qint64> &ids) { return {Kind::Users, ids}; }
    static TimelineSelection group(qint64 id) { return {Kind::Group, {id}}; }
    static TimelineSelection job(qint64 id) { return {Kind::Job, {id}}; }
    static TimelineSelection serviceAccounts(const QList<qint64> &ids)
    {
        return {Kind::ServiceAccounts, ids};
    }
};

/// One horizontal lane. Identity lanes are listed before job lanes.
struct TimelineLane
{
    enum class Section { Identity, Jobs };
    enum class Subject {
        User,
        ServiceAccount,
        Group,
        AllIdentities, // overview: one lane per family of event kinds
        AllJobs,       // overview: one lane per job source
    };
    Section section = Section::Identity;
    Subject subject = Subject::User;
    qint64 subjectId = 0; // row id of the user / service account / group; 0 for overview lanes
    QString key;          // overview lanes: the event family ("lifecycle", ...) or the job source
    QString label;        // short text for the axis (the view elides it)
    QString description;  // longer text for the lane tooltip
};

/// One identity event, or a bucket of events that fall into the same pixel column of one lane.
struct TimelineEventMark
{
    int lane = 0;
    Timestamp at = 0;     // the event time; for a bucket the first event's time
    Timestamp lastAt = 0; // for a bucket the last event's time; == at for a single event
    int count = 1;
    IdentityEvent::Kind kind = IdentityEvent::Kind::Updated; // for a bucket the most significant kind
    std::array<int, 8> kindCounts{};                         // buckets only, indexed by int(Kind)

    // Single events only (count == 1):
    qint64 eventId = 0;
    qint64 userId = 0;
    qint64 groupId = 0;
    QString subject;
    QString actor;
    QString source;
    QString details;

    bool isBucket() const { return count > 1; }
};

/// One job execution as a bar, or a bucket: the jobs active in one pixel column of a dense lane.
struct TimelineJobBar
{
    int lane = 0;
    Timestamp start = 0;
    Timestamp end = 0;      // for a running job: the query's "now"
    bool openEnded = false; // still running: drawn open to the right
    Job::State state = Job::State::Unknown;
    bool aggregated = false;          // a bucket: count jobs were active in the pixel column [start, end)
    int count = 1;                    //
    std::array<int, 6> stateCounts{}; // buckets only, indexed by int(Job::State)

    // Single jobs only (count == 1):
    qint64 jobId = 0;
    QString name;
    QString source;
    QString launcher;
    QString runAs;

    bool isBucket() const { return aggregated; }
};

/// Where a drift finding begins.
struct TimelineFindingMark
{
    qint64 findingId = 0;
    Timestamp startedAt = 0;
    int lane = -1; // the lane of its subject, -1 when it concerns no shown lane (drawn across the chart)
    int severity = 0;
    QString rule;
    QString subject;
    QString summary;
};

/// A service-account key's creation, or the last use of a key or GitHub token, on its owner's lane.
struct TimelineCredentialMark
{
    enum class Kind { Created, LastUsed };

    Kind kind = Kind::Created;
    int lane = -1;
    Timestamp at = 0;
    qint64 credentialId = 0;
    bool token = false;          // a GitHub fine-grained token, else a Google Cloud key
    bool dayGranularity = false; // Policy Analyzer's last authentication: the day only
    QString name;                // the key id or the token's name
    QString owner;               // the key's account or the token's owner login
};

/// One request for the visible part of the timeline.
struct TimelineRequest
{
    quint64 serial = 0; // echoed in the snapshot so that stale answers can be dropped
    TimelineSelection selection;
    TimelineRange range;
    int columns = 1000; // pixel columns of the plot area: the level of detail
    int maxLanes = 40;  // principals beyond this are left out and counted in omittedPrincipals

    // Optional: move the range so that this job or user is in view (the snapshot carries the new range).
    enum class Reveal { None, Job, User, ServiceAccount };
    Reveal reveal = Reveal::None;
    qint64 revealId = 0;
};

/// The plain data the timeline view draws for one request.
struct TimelineSnapshot
{
    quint64 serial = 0;
    TimelineSelection selection;
    TimelineRange range; // the request's range, or the one chosen to reveal the requested item
    bool revealed = false;
    int columns = 0;
    Timestamp now = 0;
    TimelineRange extent; // first to last item of the selection, for "show all"
    QList<TimelineLane> lanes;
    int omittedPrincipals = 0;
    QList<TimelineEventMark> events;
    QList<TimelineJobBar> jobs;
    QList<TimelineFindingMark> findings;       // all findings of the selection, not only the visible ones
    QList<TimelineCredentialMark> credentials; // all of the shown principals, sorted by time

    int identityLaneCount() const
    {
        int n = 0;
        for (const TimelineLane &l : lanes)
            n += l.section == TimelineLane::Section::Identity;
        return n;
    }
};

/// Ranks event kinds so that a bucket shows the most telling kind (a deactivation over attribute updates).
int timelineEventSignificance(IdentityEvent::Kind kind);
/// Ranks job states so that a bucket shows the most telling state (failed over succeeded).
int timelineJobStateSignificance(Job::State state);

} // namespace Scimflow

Q_DECLARE_METATYPE(Scimflow::TimelineSnapshot)
Q_DECLARE_METATYPE(Scimflow::TimelineRequest)
