#include "timelinelaneresolver.h"

#include "sqldialect.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::TimelineLaneResolver", text);
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QString shortName(const QString &principal)
{
    const qsizetype at = principal.indexOf(QLatin1Char('@'));
    return at > 0 ? principal.left(at) : principal;
}

struct Principals
{
    qint64 groupId = 0;
    QList<qint64> users;
    QList<qint64> accounts;
};

Result<QList<TimelineLane>> userLanes(Store &store, const QList<qint64> &ids, TimelineLane::Section section)
{
    QList<TimelineLane> lanes;
    if (ids.isEmpty())
        return lanes;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral(
                    "SELECT id, user_name, display_name, active, department FROM users WHERE id IN (%1)")
                    .arg(idList(ids))))
        return sqlError(QStringLiteral("Cannot read users for the timeline"), q.lastError());
    QHash<qint64, TimelineLane> byId;
    while (q.next()) {
        TimelineLane l;
        l.section = section;
        l.subject = TimelineLane::Subject::User;
        l.subjectId = q.value(0).toLongLong();
        const QString userName = q.value(1).toString();
        l.label = shortName(userName);
        l.description =
            QCoreApplication::translate("Scimflow::TimelineLaneResolver", "%1 <%2>, %3, %4")
                .arg(q.value(2).toString(), userName,
                     q.value(3).toBool()
                         ? QCoreApplication::translate("Scimflow::TimelineLaneResolver", "active")
                         : QCoreApplication::translate("Scimflow::TimelineLaneResolver", "deactivated"),
                     q.value(4).toString());
        byId.insert(l.subjectId, l);
    }
    for (qint64 id : ids) {
        if (byId.contains(id))
            lanes << byId.value(id);
    }
    return lanes;
}

Result<QList<TimelineLane>> accountLanes(Store &store, const QList<qint64> &ids)
{
    QList<TimelineLane> lanes;
    if (ids.isEmpty())
        return lanes;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT s.id, s.email, s.display_name, coalesce(g.display_name, ''), s.active "
                               "FROM service_accounts s LEFT JOIN groups g ON g.id = s.owner_group_id "
                               "WHERE s.id IN (%1)")
                    .arg(idList(ids))))
        return sqlError(QStringLiteral("Cannot read service accounts for the timeline"), q.lastError());
    QHash<qint64, TimelineLane> byId;
    while (q.next()) {
        TimelineLane l;
        l.section = TimelineLane::Section::Jobs;
        l.subject = TimelineLane::Subject::ServiceAccount;
        l.subjectId = q.value(0).toLongLong();
        const QString email = q.value(1).toString();
        l.label = q.value(2).toString().isEmpty() ? shortName(email) : q.value(2).toString();
        const QString owner = q.value(3).toString();
        l.description =
            QCoreApplication::translate("Scimflow::TimelineLaneResolver", "service account %1, owner: %2")
                .arg(email, owner.isEmpty()
                                ? QCoreApplication::translate("Scimflow::TimelineLaneResolver", "none")
                                : owner);
        byId.insert(l.subjectId, l);
    }
    for (qint64 id : ids) {
        if (byId.contains(id))
            lanes << byId.value(id);
    }
    return lanes;
}

/// Key creation and the last use of keys and tokens, on the lane of their owner: a service account's keys
/// (matched by its email) on its job lane, a person's GitHub tokens on her identity lane.
Status addCredentialMarks(Store &store, TimelineLaneSet &set)
{
    QHash<qint64, int> accountLane, userLane;
    for (int i = 0; i < set.lanes.size(); ++i) {
        const TimelineLane &l = set.lanes[i];
        if (l.subject == TimelineLane::Subject::ServiceAccount)
            accountLane.insert(l.subjectId, i);
        else if (l.subject == TimelineLane::Subject::User && l.section == TimelineLane::Section::Identity)
            userLane.insert(l.subjectId, i);
    }
    const auto add = [&set](const QSqlQuery &q, int lane, bool token) {
        TimelineCredentialMark m;
        m.lane = lane;
        m.credentialId = q.value(1).toLongLong();
        m.token = token;
        m.name = q.value(2).toString();
        m.owner = q.value(3).toString();
        if (const Timestamp created = q.value(4).toLongLong(); created > 0 && !token) {
            m.kind = TimelineCredentialMark::Kind::Created;
            m.at = created;
            set.credentials << m;
        }
        if (const Timestamp used = q.value(5).toLongLong(); used > 0) {
            m.kind = TimelineCredentialMark::Kind::LastUsed;
            m.at = used;
            m.dayGranularity = !token;
            set.credentials << m;
        }
    };
    QSqlQuery q(store.database());
    if (!accountLane.isEmpty()) {
        if (!q.exec(QStringLiteral("SELECT s.id, c.id, c.name, c.owner, c.created_at, c.last_used_at FROM "
                                   "service_accounts s JOIN credentials c ON %1 "
                                   "WHERE s.id IN (%2) AND c.kind = 'gcp-key'")
                        .arg(Sql::equalsNocase(store.database(), QStringLiteral("c.owner"),
                                               QStringLiteral("s.email")),
                             idList(accountLane.keys()))))
            return sqlError(QStringLiteral("Cannot read keys for the timeline"), q.lastError());
        while (q.next())
            add(q, accountLane.value(q.value(0).toLongLong()), false);
    }
    if (!userLane.isEmpty()) {
        if (!q.exec(QStringLiteral("SELECT owner_user_id, id, name, owner, created_at, last_used_at FROM "
                                   "credentials WHERE kind = 'github-token' AND owner_user_id IN (%1)")
                        .arg(idList(userLane.keys()))))
            return sqlError(QStringLiteral("Cannot read tokens for the timeline"), q.lastError());
        while (q.next())
            add(q, userLane.value(q.value(0).toLongLong()), true);
    }
    std::sort(set.credentials.begin(), set.credentials.end(),
              [](const TimelineCredentialMark &a, const TimelineCredentialMark &b) {
                  return a.at != b.at ? a.at < b.at : a.credentialId < b.credentialId;
              });
    // "All" reaches back to the oldest key.
    if (!set.credentials.isEmpty() && set.extent.isValid())
        set.extent.from = std::min(set.extent.from, set.credentials.first().at);
    return {};
}

Result<Principals> principalsOf(Store &store, const TimelineSelection &selection)
{
    Principals p;
    switch (selection.kind) {
    case TimelineSelection::Kind::Overview:
        break;
    case TimelineSelection::Kind::Users:
        p.users = selection.ids;
        break;
    case TimelineSelection::Kind::ServiceAccounts:
        p.accounts = selection.ids;
        break;
    case TimelineSelection::Kind::Group:
        if (!selection.ids.isEmpty()) {
            p.groupId = selection.ids.first();
            p.users = store.memberIdsOfGroup(p.groupId);
            p.accounts = store.serviceAccountIdsOwnedBy({p.groupId});
        }
        break;
    case TimelineSelection::Kind::Job:
        if (!selection.ids.isEmpty()) {
            const JobPrincipals jp = store.principalsOfJob(selection.ids.first());
            for (qint64 u : {jp.launcherUserId, jp.runAsUserId}) {
                if (u && !p.users.contains(u))
                    p.users << u;
            }
            if (jp.serviceAccountId)
                p.accounts << jp.serviceAccountId;
        }
        break;
    }
    return p;
}

Result<TimelineRange> extentOf(Store &store, const Principals &p, Timestamp now)
{
    Timestamp from = std::numeric_limits<Timestamp>::max();
    Timestamp to = 0;
    QSqlQuery q(store.database());
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
    if (!p.users.isEmpty())
        eventFilters << QStringLiteral("user_id IN (%1)").arg(idList(p.users));
    if (p.groupId)
        eventFilters << QStringLiteral("group_id = %1").arg(p.groupId);
    for (const QString &f : eventFilters) {
        if (Status s = take(QStringLiteral("SELECT min(at), max(at) FROM identity_events WHERE %1").arg(f));
            !s)
            return s.error();
    }
    QStringList jobFilters;
    if (!p.users.isEmpty())
        jobFilters << QStringLiteral("launcher_user_id IN (%1)").arg(idList(p.users))
                   << QStringLiteral("run_as_user_id IN (%1)").arg(idList(p.users));
    if (!p.accounts.isEmpty())
        jobFilters << QStringLiteral("run_as_sa_id IN (%1)").arg(idList(p.accounts));
    for (const QString &f : jobFilters) {
        const QString sql =
            QStringLiteral("SELECT min(start_time), max(CASE WHEN end_time = 0 THEN %1 "
                           "ELSE end_time END) FROM jobs WHERE start_time > 0 AND %2")
                .arg(Sql::greatest(store.database(), QString::number(now), QStringLiteral("start_time")), f);
        if (Status s = take(sql); !s)
            return s.error();
    }
    if (to == 0)
        return TimelineRange{};
    return TimelineRange{from, to + 1};
}

} // namespace

QList<IdentityEvent::Kind> TimelineLaneResolver::overviewKinds(const QString &key)
{
    using K = IdentityEvent::Kind;
    if (key == QLatin1String("lifecycle"))
        return {K::Created, K::Deactivated, K::Reactivated, K::Deleted};
    if (key == QLatin1String("membership"))
        return {K::MembershipAdded, K::MembershipRemoved, K::RoleChanged};
    if (key == QLatin1String("attributes"))
        return {K::Updated};
    return {};
}

Result<TimelineLaneSet> TimelineLaneResolver::resolve(Store &store, const TimelineSelection &selection,
                                                      int maxLanes, const QStringList &jobSources,
                                                      TimelineRange overviewExtent, Timestamp now)
{
    TimelineLaneSet set;
    set.selection = selection;
    set.maxLanes = maxLanes;
    if (selection.kind == TimelineSelection::Kind::Overview) {
        const struct
        {
            const char *key;
            const char *label;
            const char *description;
        } families[] = {
            {"lifecycle", QT_TRANSLATE_NOOP("Scimflow::TimelineLaneResolver", "Lifecycle"),
             QT_TRANSLATE_NOOP("Scimflow::TimelineLaneResolver",
                               "All identities: created, deactivated, reactivated, deleted")},
            {"membership", QT_TRANSLATE_NOOP("Scimflow::TimelineLaneResolver", "Memberships and roles"),
             QT_TRANSLATE_NOOP("Scimflow::TimelineLaneResolver",
                               "All identities: group memberships added or removed, roles "
                               "changed")},
            {"attributes", QT_TRANSLATE_NOOP("Scimflow::TimelineLaneResolver", "Attribute updates"),
             QT_TRANSLATE_NOOP("Scimflow::TimelineLaneResolver", "All identities: other attribute changes")},
        };
        for (const auto &f : families) {
            TimelineLane l;
            l.section = TimelineLane::Section::Identity;
            l.subject = TimelineLane::Subject::AllIdentities;
            l.key = QString::fromLatin1(f.key);
            l.label = tr(f.label);
            l.description = tr(f.description);
            set.lanes << l;
        }
        for (const QString &source : jobSources) {
            TimelineLane l;
            l.section = TimelineLane::Section::Jobs;
            l.subject = TimelineLane::Subject::AllJobs;
            l.key = source;
            if (source == QLatin1String("dataflow"))
                l.label = tr("Dataflow jobs");
            else if (source == QLatin1String("github"))
                l.label = tr("GitHub Actions runs");
            else if (source == QLatin1String("openlineage"))
                l.label = tr("OpenLineage runs");
            else
                l.label = tr("%1 jobs").arg(source);
            l.description = tr("All jobs from %1").arg(source);
            set.lanes << l;
        }
        set.extent = overviewExtent;
    } else {
        Result<Principals> p = principalsOf(store, selection);
        if (!p)
            return p.error();
        // The cap counts principals (a user has an identity and a job lane); users first, then accounts.
        const qsizetype total = p->users.size() + p->accounts.size();
        const qsizetype cap = std::max(1, maxLanes);
        if (total > cap) {
            p->users = p->users.mid(0, std::min(p->users.size(), cap));
            p->accounts = p->accounts.mid(0, std::max<qsizetype>(0, cap - p->users.size()));
            set.omittedPrincipals = int(total - cap);
        }
        if (p->groupId) {
            QSqlQuery q(store.database());
            q.prepare(QStringLiteral("SELECT display_name FROM groups WHERE id = ?"));
            q.addBindValue(p->groupId);
            if (q.exec() && q.next()) {
                TimelineLane l;
                l.section = TimelineLane::Section::Identity;
                l.subject = TimelineLane::Subject::Group;
                l.subjectId = p->groupId;
                l.label = q.value(0).toString();
                l.description = tr("Group %1: membership and role changes").arg(l.label);
                set.lanes << l;
            }
        }
        Result<QList<TimelineLane>> identity = userLanes(store, p->users, TimelineLane::Section::Identity);
        if (!identity)
            return identity.error();
        set.lanes += *identity;
        Result<QList<TimelineLane>> jobs = userLanes(store, p->users, TimelineLane::Section::Jobs);
        if (!jobs)
            return jobs.error();
        set.lanes += *jobs;
        Result<QList<TimelineLane>> accounts = accountLanes(store, p->accounts);
        if (!accounts)
            return accounts.error();
        set.lanes += *accounts;
        Result<TimelineRange> extent = extentOf(store, *p, now);
        if (!extent)
            return extent.error();
        set.extent = *extent;
        if (Status s = addCredentialMarks(store, set); !s)
            return s.error();
    }

    // Findings: the table may be empty (no drift run yet). Each finding goes to the lane of its subject.
    QHash<qint64, int> userIdentityLane, userJobLane, accountLane, groupLane;
    for (int i = 0; i < set.lanes.size(); ++i) {
        const TimelineLane &l = set.lanes[i];
        if (l.subject == TimelineLane::Subject::User)
            (l.section == TimelineLane::Section::Identity ? userIdentityLane : userJobLane)
                .insert(l.subjectId, i);
        else if (l.subject == TimelineLane::Subject::ServiceAccount)
            accountLane.insert(l.subjectId, i);
        else if (l.subject == TimelineLane::Subject::Group)
            groupLane.insert(l.subjectId, i);
    }
    const bool overview = selection.kind == TimelineSelection::Kind::Overview;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral(
            "SELECT id, started_at, subject_kind, coalesce(subject_id, 0), subject, rule, summary, "
            "severity FROM findings WHERE started_at > 0 ORDER BY started_at, id")))
        return sqlError(QStringLiteral("Cannot read findings for the timeline"), q.lastError());
    while (q.next()) {
        TimelineFindingMark f;
        f.findingId = q.value(0).toLongLong();
        f.startedAt = q.value(1).toLongLong();
        const QString kind = q.value(2).toString();
        const qint64 subjectId = q.value(3).toLongLong();
        f.subject = q.value(4).toString();
        f.rule = q.value(5).toString();
        f.summary = q.value(6).toString();
        f.severity = q.value(7).toInt();
        if (kind == QLatin1String("user")) {
            f.lane = userIdentityLane.value(subjectId, userJobLane.value(subjectId, -1));
        } else if (kind == QLatin1String("service-account")) {
            f.lane = accountLane.value(subjectId, -1);
        } else if (kind == QLatin1String("group")) {
            f.lane = groupLane.value(subjectId, -1);
        } else if (kind == QLatin1String("job") && subjectId && !overview) {
            const JobPrincipals jp = store.principalsOfJob(subjectId);
            f.lane = userJobLane.value(
                jp.runAsUserId,
                userJobLane.value(jp.launcherUserId, accountLane.value(jp.serviceAccountId, -1)));
        }
        if (overview || f.lane >= 0)
            set.findings << f;
    }
    return set;
}

} // namespace Scimflow
