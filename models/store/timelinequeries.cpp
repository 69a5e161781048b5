#include "timelinequeries.h"

#include "sqldialect.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace Scimflow {

namespace {

constexpr qsizetype kDetailChunk = 400; // ids per "WHERE id IN (...)" statement

/// Jobs that intersect the visible range: bound to its end, then its start.
const QString kJobWindow =
    QStringLiteral("start_time > 0 AND start_time < ? AND (end_time = 0 OR end_time > ?)");

/// Runs \a sql over jobs in [from, to) and hands each row's interval (columns 0 to 3) to \a visit, which may
/// read further columns from \a q.
Status readJobs(QSqlQuery &q, const QString &sql, Timestamp from, Timestamp to,
                qxp::function_ref<void(const TimelineQueries::JobInterval &)> visit)
{
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(to);
    q.addBindValue(from);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read jobs for the timeline"), q.lastError());
    while (q.next()) {
        const TimelineQueries::JobInterval job{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                               q.value(2).toLongLong(),
                                               jobStateFromName(q.value(3).toString())};
        visit(job);
    }
    return {};
}

/// Columns 0 and 1 of a one-row answer; empty when it failed, has no row or a null.
TimelineQueries::Span spanOf(QSqlQuery &q)
{
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

TimelineQueries::CredentialUse credentialUse(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toLongLong()};
}

} // namespace

TimelineQueries::TimelineQueries(const Store &store)
    : m_db(store.database())
{}

Status TimelineQueries::allEvents(qxp::function_ref<Status(Timestamp, qint64, int)> visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Kinds as small integers straight from SQL: comparing a million kind strings in C++ costs more.
    QString kindCase = QStringLiteral("CASE kind");
    for (int k = 0; k <= int(IdentityEvent::Kind::RoleChanged); ++k)
        kindCase +=
            QStringLiteral(" WHEN '%1' THEN %2").arg(identityEventKindName(IdentityEvent::Kind(k))).arg(k);
    kindCase += QStringLiteral(" ELSE %1 END").arg(int(IdentityEvent::Kind::Updated));
    if (!q.exec(QStringLiteral("SELECT at, id, %1 FROM identity_events ORDER BY at, id").arg(kindCase)))
        return sqlError(QStringLiteral("Cannot read identity events for the timeline"), q.lastError());
    while (q.next()) {
        if (Status s = visit(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()); !s)
            return s;
    }
    return {};
}

Status TimelineQueries::allJobs(qxp::function_ref<Status(const QString &, const JobInterval &)> visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString stateCase = QStringLiteral("CASE state");
    for (int s = 0; s <= int(Job::State::Cancelled); ++s)
        stateCase += QStringLiteral(" WHEN '%1' THEN %2").arg(jobStateName(Job::State(s))).arg(s);
    stateCase += QStringLiteral(" ELSE 0 END");
    if (!q.exec(QStringLiteral("SELECT source, id, start_time, end_time, %1 FROM jobs WHERE start_time > 0 "
                               "ORDER BY source, start_time, id")
                    .arg(stateCase)))
        return sqlError(QStringLiteral("Cannot read jobs for the timeline"), q.lastError());
    while (q.next()) {
        const QString source = q.value(0).toString();
        const JobInterval job{q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                              Job::State(q.value(4).toInt())};
        if (Status s = visit(source, job); !s)
            return s;
    }
    return {};
}

Status TimelineQueries::eventsOf(const char *column, const QList<qint64> &ids, Timestamp from, Timestamp to,
                                 EventVisitor visit) const
{
    if (ids.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, at, id, kind FROM identity_events WHERE %1 IN (%2) AND at >= ? AND "
                             "at < ? ORDER BY %1, at, id")
                  .arg(QLatin1String(column), Sql::idList(ids)));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read identity events for the timeline"), q.lastError());
    while (q.next()) {
        IdentityEvent::Kind kind = IdentityEvent::Kind::Updated;
        identityEventKindFromName(q.value(3).toString(), &kind);
        visit(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), kind);
    }
    return {};
}

Status TimelineQueries::eventsOfUsers(const QList<qint64> &userIds, Timestamp from, Timestamp to,
                                      EventVisitor visit) const
{
    return eventsOf("user_id", userIds, from, to, visit);
}

Status TimelineQueries::eventsOfGroups(const QList<qint64> &groupIds, Timestamp from, Timestamp to,
                                       EventVisitor visit) const
{
    return eventsOf("group_id", groupIds, from, to, visit);
}

Status TimelineQueries::jobsOfUsers(const QList<qint64> &userIds, Timestamp from, Timestamp to,
                                    qxp::function_ref<void(const JobInterval &, qint64, qint64)> visit) const
{
    if (userIds.isEmpty())
        return {};
    QSqlQuery q(m_db);
    return readJobs(q,
                    QStringLiteral("SELECT id, start_time, end_time, state, coalesce(launcher_user_id, 0), "
                                   "coalesce(run_as_user_id, 0) FROM jobs WHERE (launcher_user_id IN (%1) OR "
                                   "run_as_user_id IN (%1)) AND %2 ORDER BY start_time, id")
                        .arg(Sql::idList(userIds), kJobWindow),
                    from, to, [&](const JobInterval &job) {
                        visit(job, q.value(4).toLongLong(), q.value(5).toLongLong());
                    });
}

Status
TimelineQueries::jobsOfServiceAccounts(const QList<qint64> &serviceAccountIds, Timestamp from, Timestamp to,
                                       qxp::function_ref<void(const JobInterval &, qint64)> visit) const
{
    if (serviceAccountIds.isEmpty())
        return {};
    QSqlQuery q(m_db);
    return readJobs(q,
                    QStringLiteral("SELECT id, start_time, end_time, state, run_as_sa_id FROM jobs WHERE "
                                   "run_as_sa_id IN (%1) AND %2 ORDER BY start_time, id")
                        .arg(Sql::idList(serviceAccountIds), kJobWindow),
                    from, to, [&](const JobInterval &job) { visit(job, q.value(4).toLongLong()); });
}

Status TimelineQueries::eventDetails(const QList<qint64> &ids,
                                     qxp::function_ref<void(const EventDetail &)> visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    for (qsizetype chunk = 0; chunk < ids.size(); chunk += kDetailChunk) {
        if (!q.exec(QStringLiteral(
                        "SELECT id, coalesce(user_id, 0), coalesce(group_id, 0), subject, actor, source, "
                        "details FROM identity_events WHERE id IN (%1)")
                        .arg(Sql::idList(ids, chunk, kDetailChunk))))
            return sqlError(QStringLiteral("Cannot read identity event details"), q.lastError());
        while (q.next()) {
            visit({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                   q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                   q.value(6).toString()});
        }
    }
    return {};
}

Status TimelineQueries::jobDetails(const QList<qint64> &ids,
                                   qxp::function_ref<void(const JobDetail &)> visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    for (qsizetype chunk = 0; chunk < ids.size(); chunk += kDetailChunk) {
        if (!q.exec(QStringLiteral("SELECT id, name, source, launcher, run_as FROM jobs WHERE id IN (%1)")
                        .arg(Sql::idList(ids, chunk, kDetailChunk))))
            return sqlError(QStringLiteral("Cannot read job details"), q.lastError());
        while (q.next()) {
            visit({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toString(), q.value(4).toString()});
        }
    }
    return {};
}

TimelineQueries::Span TimelineQueries::jobSpan(qint64 jobId, Timestamp now) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT start_time, CASE WHEN end_time = 0 THEN %1 ELSE end_time END "
                             "FROM jobs WHERE id = ?")
                  .arg(Sql::greatest(m_db, QStringLiteral("?"), QStringLiteral("start_time"))));
    q.addBindValue(now);
    q.addBindValue(jobId);
    return spanOf(q);
}

TimelineQueries::Span TimelineQueries::latestOfUser(qint64 userId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT max(t), max(t) FROM (SELECT max(at) AS t FROM identity_events WHERE "
                       "user_id = ? UNION ALL SELECT max(start_time) FROM jobs WHERE launcher_user_id = ? "
                       "UNION ALL SELECT max(start_time) FROM jobs WHERE run_as_user_id = ?) AS latest"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(userId);
    return spanOf(q);
}

TimelineQueries::Span TimelineQueries::latestOfServiceAccount(qint64 serviceAccountId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT max(start_time), max(start_time) FROM jobs WHERE run_as_sa_id = ?"));
    q.addBindValue(serviceAccountId);
    return spanOf(q);
}

Result<TimelineQueries::Span> TimelineQueries::extentOf(const QList<qint64> &userIds, qint64 groupId,
                                                        const QList<qint64> &serviceAccountIds,
                                                        Timestamp now) const
{
    Timestamp from = std::numeric_limits<Timestamp>::max();
    Timestamp to = 0;
    QSqlQuery q(m_db);
    auto take = [&](const QString &sql) -> Status {
        if (!q.exec(sql))
            return sqlError(QStringLiteral("Cannot read the timeline extent"), q.lastError());
        if (q.next() && !q.value(0).isNull()) {
            from = std::min(from, q.value(0).toLongLong());
            to = std::max(to, q.value(1).toLongLong());
        }
        return {};
    };
    QStringList eventFilters;
    if (!userIds.isEmpty())
        eventFilters << QStringLiteral("user_id IN (%1)").arg(Sql::idList(userIds));
    if (groupId)
        eventFilters << QStringLiteral("group_id = %1").arg(groupId);
    for (const QString &f : eventFilters) {
        if (Status s = take(QStringLiteral("SELECT min(at), max(at) FROM identity_events WHERE %1").arg(f));
            !s)
            return s.error();
    }
    QStringList jobFilters;
    if (!userIds.isEmpty())
        jobFilters << QStringLiteral("launcher_user_id IN (%1)").arg(Sql::idList(userIds))
                   << QStringLiteral("run_as_user_id IN (%1)").arg(Sql::idList(userIds));
    if (!serviceAccountIds.isEmpty())
        jobFilters << QStringLiteral("run_as_sa_id IN (%1)").arg(Sql::idList(serviceAccountIds));
    for (const QString &f : jobFilters) {
        const QString sql =
            QStringLiteral("SELECT min(start_time), max(CASE WHEN end_time = 0 THEN %1 "
                           "ELSE end_time END) FROM jobs WHERE start_time > 0 AND %2")
                .arg(Sql::greatest(m_db, QString::number(now), QStringLiteral("start_time")), f);
        if (Status s = take(sql); !s)
            return s.error();
    }
    if (to == 0)
        return Span{};
    return Span{from, to};
}

Result<QList<TimelineQueries::UserSummary>> TimelineQueries::users(const QList<qint64> &ids) const
{
    QList<UserSummary> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
                    "SELECT id, user_name, display_name, active, department FROM users WHERE id IN (%1)")
                    .arg(Sql::idList(ids))))
        return sqlError(QStringLiteral("Cannot read users for the timeline"), q.lastError());
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toBool(), q.value(4).toString()});
    }
    return out;
}

Result<QList<TimelineQueries::AccountSummary>>
TimelineQueries::serviceAccounts(const QList<qint64> &ids) const
{
    QList<AccountSummary> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT s.id, s.email, s.display_name, coalesce(g.display_name, ''), s.active "
                               "FROM service_accounts s LEFT JOIN groups g ON g.id = s.owner_group_id "
                               "WHERE s.id IN (%1)")
                    .arg(Sql::idList(ids))))
        return sqlError(QStringLiteral("Cannot read service accounts for the timeline"), q.lastError());
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toBool()});
    }
    return out;
}

std::optional<QString> TimelineQueries::groupName(qint64 groupId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT display_name FROM groups WHERE id = ?"));
    q.addBindValue(groupId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

Status TimelineQueries::keysOf(const QList<qint64> &serviceAccountIds,
                               qxp::function_ref<void(const CredentialUse &)> visit) const
{
    if (serviceAccountIds.isEmpty())
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT s.id, c.id, c.name, c.owner, c.created_at, c.last_used_at FROM "
                               "service_accounts s JOIN credentials c ON %1 "
                               "WHERE s.id IN (%2) AND c.kind = 'gcp-key'")
                    .arg(Sql::equalsNocase(m_db, QStringLiteral("c.owner"), QStringLiteral("s.email")),
                         Sql::idList(serviceAccountIds))))
        return sqlError(QStringLiteral("Cannot read keys for the timeline"), q.lastError());
    while (q.next())
        visit(credentialUse(q));
    return {};
}

Status TimelineQueries::tokensOf(const QList<qint64> &userIds,
                                 qxp::function_ref<void(const CredentialUse &)> visit) const
{
    if (userIds.isEmpty())
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT owner_user_id, id, name, owner, created_at, last_used_at FROM "
                               "credentials WHERE kind = 'github-token' AND owner_user_id IN (%1)")
                    .arg(Sql::idList(userIds))))
        return sqlError(QStringLiteral("Cannot read tokens for the timeline"), q.lastError());
    while (q.next())
        visit(credentialUse(q));
    return {};
}

Status TimelineQueries::findingStarts(qxp::function_ref<void(const FindingStart &)> visit) const
{
    // Not forward-only: on PostgreSQL that would keep the connection busy while \a visit runs statements.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT id, started_at, subject_kind, coalesce(subject_id, 0), subject, rule, summary, "
            "severity FROM findings WHERE started_at > 0 ORDER BY started_at, id")))
        return sqlError(QStringLiteral("Cannot read findings for the timeline"), q.lastError());
    while (q.next()) {
        visit({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
               q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
               q.value(7).toInt()});
    }
    return {};
}

} // namespace Scimflow
