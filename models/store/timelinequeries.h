#pragma once

#include "identityevent.h"
#include "job.h"
#include "result.h"
#include "timestamp.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QtCore/qxpfunctional.h>

#include <optional>

namespace Scimflow {

class Store;

/// The timeline's reads: identity events and job intervals by time (all of them for the overview index, or
/// those of a few principals in a visible range), the details of single items, and what the lanes show
/// besides (their principals, credential use, finding starts). Long reads stream each row to a visitor, which
/// runs no statement of its own unless the function says it may (on PostgreSQL the rows are still streaming).
class TimelineQueries
{
public:
    explicit TimelineQueries(const Store &store);

    /// A time interval; from and to are 0 when there is none.
    struct Span
    {
        Timestamp from = 0;
        Timestamp to = 0;
    };
    /// One job's interval; end is 0 while it runs.
    struct JobInterval
    {
        qint64 id = 0;
        Timestamp start = 0;
        Timestamp end = 0;
        Job::State state = Job::State::Unknown;
    };
    /// The text of a single identity event.
    struct EventDetail
    {
        qint64 id = 0;
        qint64 userId = 0; // 0: none
        qint64 groupId = 0;
        QString subject;
        QString actor;
        QString source;
        QString details;
    };
    /// The text of a single job.
    struct JobDetail
    {
        qint64 id = 0;
        QString name;
        QString source;
        QString launcher;
        QString runAs;
    };
    /// A user as a lane shows her.
    struct UserSummary
    {
        qint64 id = 0;
        QString userName;
        QString displayName;
        bool active = true;
        QString department;
    };
    /// A service account as a lane shows it.
    struct AccountSummary
    {
        qint64 id = 0;
        QString email;
        QString displayName;
        QString ownerGroup; // the owner group's display name, empty: none
        bool active = true;
    };
    /// A key or token of a shown principal, with its creation and last use (0: none recorded).
    struct CredentialUse
    {
        qint64 principalId = 0; // the service account of a key, the owner user of a token
        qint64 credentialId = 0;
        QString name;
        QString owner;
        Timestamp createdAt = 0;
        Timestamp lastUsedAt = 0;
    };
    /// Where a drift finding begins, and what it is about.
    struct FindingStart
    {
        qint64 id = 0;
        Timestamp startedAt = 0;
        QString subjectKind; // "user", "service-account", "group", "job", ...
        qint64 subjectId = 0;
        QString subject;
        QString rule;
        QString summary;
        int severity = 0;
    };

    /// Every identity event's time, row id and kind (int(IdentityEvent::Kind)), in time order. Stops at the
    /// first error \a visit returns and returns it.
    Status allEvents(qxp::function_ref<Status(Timestamp at, qint64 id, int kind)> visit) const;
    /// Every started job's source and interval, by source, then start. Stops at the first error \a visit
    /// returns and returns it.
    Status allJobs(qxp::function_ref<Status(const QString &source, const JobInterval &job)> visit) const;

    /// Takes an event of a principal: whose it is (the user or group row id), when, its row id and its kind.
    using EventVisitor =
        qxp::function_ref<void(qint64 subjectId, Timestamp at, qint64 id, IdentityEvent::Kind kind)>;
    /// The events of the users \a userIds in [from, to), by user, then time.
    Status eventsOfUsers(const QList<qint64> &userIds, Timestamp from, Timestamp to,
                         EventVisitor visit) const;
    /// The events of the groups \a groupIds in [from, to), by group, then time.
    Status eventsOfGroups(const QList<qint64> &groupIds, Timestamp from, Timestamp to,
                          EventVisitor visit) const;
    /// The jobs launched by or running as one of \a userIds that intersect [from, to), by start.
    Status jobsOfUsers(
        const QList<qint64> &userIds, Timestamp from, Timestamp to,
        qxp::function_ref<void(const JobInterval &, qint64 launcherUserId, qint64 runAsUserId)> visit) const;
    /// The jobs running as one of \a serviceAccountIds that intersect [from, to), by start.
    Status jobsOfServiceAccounts(
        const QList<qint64> &serviceAccountIds, Timestamp from, Timestamp to,
        qxp::function_ref<void(const JobInterval &job, qint64 serviceAccountId)> visit) const;
    /// The details of the identity events \a ids, in no particular order.
    Status eventDetails(const QList<qint64> &ids, qxp::function_ref<void(const EventDetail &)> visit) const;
    /// The details of the jobs \a ids, in no particular order.
    Status jobDetails(const QList<qint64> &ids, qxp::function_ref<void(const JobDetail &)> visit) const;

    /// The job's start and end (a running job's end: \a now, at least its start); empty when unknown.
    Span jobSpan(qint64 jobId, Timestamp now) const;
    /// The latest event of the user or job she launched or ran as, as from and to; empty when none.
    Span latestOfUser(qint64 userId) const;
    /// The latest start of a job running as the service account, as from and to; empty when none.
    Span latestOfServiceAccount(qint64 serviceAccountId) const;
    /// First to last event and job time of these principals (running jobs count up to \a now); empty when
    /// they have none.
    Result<Span> extentOf(const QList<qint64> &userIds, qint64 groupId,
                          const QList<qint64> &serviceAccountIds, Timestamp now) const;

    /// The users \a ids that exist, in no particular order.
    Result<QList<UserSummary>> users(const QList<qint64> &ids) const;
    /// The service accounts \a ids that exist, in no particular order.
    Result<QList<AccountSummary>> serviceAccounts(const QList<qint64> &ids) const;
    /// The group's display name; nothing when there is no such group.
    std::optional<QString> groupName(qint64 groupId) const;
    /// The Google Cloud keys of the service accounts \a ids (matched by the account's email).
    Status keysOf(const QList<qint64> &serviceAccountIds,
                  qxp::function_ref<void(const CredentialUse &)> visit) const;
    /// The GitHub tokens whose correlated owner is one of \a userIds.
    Status tokensOf(const QList<qint64> &userIds, qxp::function_ref<void(const CredentialUse &)> visit) const;
    /// Every finding with a start, by start. \a visit may run other statements on the store.
    Status findingStarts(qxp::function_ref<void(const FindingStart &)> visit) const;

private:
    Status eventsOf(const char *column, const QList<qint64> &ids, Timestamp from, Timestamp to,
                    EventVisitor visit) const;

    QSqlDatabase m_db;
};

} // namespace Scimflow
