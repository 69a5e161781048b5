#include "timelinequery.h"

#include "sqldialect.h"
#include "store.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Scimflow {

namespace {

constexpr qsizetype kDetailChunk = 400; // ids per "WHERE id IN (...)" statement

QString idList(const QList<qint64> &ids, qsizetype from, qsizetype count)
{
    QStringList parts;
    for (qsizetype i = from; i < std::min(ids.size(), from + count); ++i)
        parts << QString::number(ids[i]);
    return parts.join(QLatin1Char(','));
}

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
    Timestamp from = 0;
    Timestamp to = 0;
    QSqlQuery q(m_store.database());
    switch (request.reveal) {
    case TimelineRequest::Reveal::None:
        return {};
    case TimelineRequest::Reveal::Job:
        q.prepare(
            QStringLiteral("SELECT start_time, CASE WHEN end_time = 0 THEN %1 ELSE end_time END "
                           "FROM jobs WHERE id = ?")
                .arg(Sql::greatest(m_store.database(), QStringLiteral("?"), QStringLiteral("start_time"))));
        q.addBindValue(now());
        q.addBindValue(request.revealId);
        break;
    case TimelineRequest::Reveal::User:
        // The most recent thing that happened to or was run by the user.
        q.prepare(QStringLiteral(
            "SELECT max(t), max(t) FROM (SELECT max(at) AS t FROM identity_events WHERE "
            "user_id = ? UNION ALL SELECT max(start_time) FROM jobs WHERE launcher_user_id = ? "
            "UNION ALL SELECT max(start_time) FROM jobs WHERE run_as_user_id = ?) AS latest"));
        for (int i = 0; i < 3; ++i)
            q.addBindValue(request.revealId);
        break;
    case TimelineRequest::Reveal::ServiceAccount:
        q.prepare(QStringLiteral("SELECT max(start_time), max(start_time) FROM jobs WHERE run_as_sa_id = ?"));
        q.addBindValue(request.revealId);
        break;
    }
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return {};
    from = q.value(0).toLongLong();
    to = q.value(1).toLongLong();
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
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    for (const auto &[column, lanes] : {std::pair{"user_id", &userLane}, std::pair{"group_id", &groupLane}}) {
        if (lanes->isEmpty())
            continue;
        q.prepare(
            QStringLiteral("SELECT %1, at, id, kind FROM identity_events WHERE %1 IN (%2) AND at >= ? AND "
                           "at < ? ORDER BY %1, at, id")
                .arg(QLatin1String(column), idList(lanes->keys(), 0, lanes->size())));
        q.addBindValue(range.from);
        q.addBindValue(range.to);
        if (!q.exec())
            return sqlError(QStringLiteral("Cannot read identity events for the timeline"), q.lastError());
        while (q.next()) {
            IdentityEvent::Kind kind = IdentityEvent::Kind::Updated;
            identityEventKindFromName(q.value(3).toString(), &kind);
            KindRows &r = rows[lanes->value(q.value(0).toLongLong())];
            r.at[size_t(kind)].push_back(q.value(1).toLongLong());
            r.ids[size_t(kind)].push_back(q.value(2).toLongLong());
        }
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
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    const QString window =
        QStringLiteral("start_time > 0 AND start_time < ? AND (end_time = 0 OR end_time > ?)");
    auto read = [&](const QString &sql, auto &&place) -> Status {
        q.prepare(sql);
        q.addBindValue(range.to);
        q.addBindValue(range.from);
        if (!q.exec())
            return sqlError(QStringLiteral("Cannot read jobs for the timeline"), q.lastError());
        while (q.next()) {
            const TimelineBucketer::JobRow row{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                               q.value(2).toLongLong(),
                                               jobStateFromName(q.value(3).toString())};
            place(row);
        }
        return {};
    };
    if (!userLane.isEmpty()) {
        const QString ids = idList(userLane.keys(), 0, userLane.size());
        const Status s = read(
            QStringLiteral(
                "SELECT id, start_time, end_time, state, coalesce(launcher_user_id, 0), "
                "coalesce(run_as_user_id, 0) FROM jobs WHERE (launcher_user_id IN (%1) OR run_as_user_id "
                "IN (%1)) AND %2 ORDER BY start_time, id")
                .arg(ids, window),
            [&](const TimelineBucketer::JobRow &row) {
                const int launcher = userLane.value(q.value(4).toLongLong(), -1);
                const int runAs = userLane.value(q.value(5).toLongLong(), -1);
                if (launcher >= 0)
                    rows[launcher].push_back(row);
                if (runAs >= 0 && runAs != launcher)
                    rows[runAs].push_back(row);
            });
        if (!s)
            return s;
    }
    if (!accountLane.isEmpty()) {
        const Status s =
            read(QStringLiteral("SELECT id, start_time, end_time, state, run_as_sa_id FROM jobs WHERE "
                                "run_as_sa_id IN (%1) AND %2 ORDER BY start_time, id")
                     .arg(idList(accountLane.keys(), 0, accountLane.size()), window),
                 [&](const TimelineBucketer::JobRow &row) {
                     rows[accountLane.value(q.value(4).toLongLong())].push_back(row);
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
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    for (qsizetype chunk = 0; chunk < ids.size(); chunk += kDetailChunk) {
        if (!q.exec(QStringLiteral(
                        "SELECT id, coalesce(user_id, 0), coalesce(group_id, 0), subject, actor, source, "
                        "details FROM identity_events WHERE id IN (%1)")
                        .arg(idList(ids, chunk, kDetailChunk))))
            return sqlError(QStringLiteral("Cannot read identity event details"), q.lastError());
        while (q.next()) {
            TimelineEventMark &m = marks[where.value(q.value(0).toLongLong())];
            m.userId = q.value(1).toLongLong();
            m.groupId = q.value(2).toLongLong();
            m.subject = q.value(3).toString();
            m.actor = q.value(4).toString();
            m.source = q.value(5).toString();
            m.details = q.value(6).toString();
        }
    }
    return {};
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
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    for (qsizetype chunk = 0; chunk < ids.size(); chunk += kDetailChunk) {
        if (!q.exec(QStringLiteral("SELECT id, name, source, launcher, run_as FROM jobs WHERE id IN (%1)")
                        .arg(idList(ids, chunk, kDetailChunk))))
            return sqlError(QStringLiteral("Cannot read job details"), q.lastError());
        while (q.next()) {
            TimelineJobBar &b = bars[where.value(q.value(0).toLongLong())];
            b.name = q.value(1).toString();
            b.source = q.value(2).toString();
            b.launcher = q.value(3).toString();
            b.runAs = q.value(4).toString();
        }
    }
    return {};
}

} // namespace Scimflow
