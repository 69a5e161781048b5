#include "timelinelaneresolver.h"

#include "store.h"
#include "timelinequeries.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::TimelineLaneResolver", text);
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

Result<QList<TimelineLane>> userLanes(const TimelineQueries &queries, const QList<qint64> &ids,
                                      TimelineLane::Section section)
{
    QList<TimelineLane> lanes;
    if (ids.isEmpty())
        return lanes;
    Result<QList<TimelineQueries::UserSummary>> users = queries.users(ids);
    if (!users)
        return users.error();
    QHash<qint64, TimelineLane> byId;
    for (const TimelineQueries::UserSummary &u : *users) {
        TimelineLane l;
        l.section = section;
        l.subject = TimelineLane::Subject::User;
        l.subjectId = u.id;
        l.label = shortName(u.userName);
        l.description =
            QCoreApplication::translate("Scimflow::TimelineLaneResolver", "%1 <%2>, %3, %4")
                .arg(u.displayName, u.userName,
                     u.active ? QCoreApplication::translate("Scimflow::TimelineLaneResolver", "active")
                              : QCoreApplication::translate("Scimflow::TimelineLaneResolver", "deactivated"),
                     u.department);
        byId.insert(l.subjectId, l);
    }
    for (qint64 id : ids) {
        if (byId.contains(id))
            lanes << byId.value(id);
    }
    return lanes;
}

Result<QList<TimelineLane>> accountLanes(const TimelineQueries &queries, const QList<qint64> &ids)
{
    QList<TimelineLane> lanes;
    if (ids.isEmpty())
        return lanes;
    Result<QList<TimelineQueries::AccountSummary>> accounts = queries.serviceAccounts(ids);
    if (!accounts)
        return accounts.error();
    QHash<qint64, TimelineLane> byId;
    for (const TimelineQueries::AccountSummary &a : *accounts) {
        TimelineLane l;
        l.section = TimelineLane::Section::Jobs;
        l.subject = TimelineLane::Subject::ServiceAccount;
        l.subjectId = a.id;
        l.label = a.displayName.isEmpty() ? shortName(a.email) : a.displayName;
        l.description =
            QCoreApplication::translate("Scimflow::TimelineLaneResolver", "service account %1, owner: %2")
                .arg(a.email, a.ownerGroup.isEmpty()
                                  ? QCoreApplication::translate("Scimflow::TimelineLaneResolver", "none")
                                  : a.ownerGroup);
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
Status addCredentialMarks(const TimelineQueries &queries, TimelineLaneSet &set)
{
    QHash<qint64, int> accountLane, userLane;
    for (int i = 0; i < set.lanes.size(); ++i) {
        const TimelineLane &l = set.lanes[i];
        if (l.subject == TimelineLane::Subject::ServiceAccount)
            accountLane.insert(l.subjectId, i);
        else if (l.subject == TimelineLane::Subject::User && l.section == TimelineLane::Section::Identity)
            userLane.insert(l.subjectId, i);
    }
    const auto add = [&set](const TimelineQueries::CredentialUse &c, int lane, bool token) {
        TimelineCredentialMark m;
        m.lane = lane;
        m.credentialId = c.credentialId;
        m.token = token;
        m.name = c.name;
        m.owner = c.owner;
        if (const Timestamp created = c.createdAt; created > 0 && !token) {
            m.kind = TimelineCredentialMark::Kind::Created;
            m.at = created;
            set.credentials << m;
        }
        if (const Timestamp used = c.lastUsedAt; used > 0) {
            m.kind = TimelineCredentialMark::Kind::LastUsed;
            m.at = used;
            m.dayGranularity = !token;
            set.credentials << m;
        }
    };
    if (!accountLane.isEmpty()) {
        const Status s = queries.keysOf(accountLane.keys(), [&](const TimelineQueries::CredentialUse &c) {
            add(c, accountLane.value(c.principalId), false);
        });
        if (!s)
            return s;
    }
    if (!userLane.isEmpty()) {
        const Status s = queries.tokensOf(userLane.keys(), [&](const TimelineQueries::CredentialUse &c) {
            add(c, userLane.value(c.principalId), true);
        });
        if (!s)
            return s;
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

Result<TimelineRange> extentOf(const TimelineQueries &queries, const Principals &p, Timestamp now)
{
    Result<TimelineQueries::Span> span = queries.extentOf(p.users, p.groupId, p.accounts, now);
    if (!span)
        return span.error();
    if (span->to == 0)
        return TimelineRange{};
    return TimelineRange{span->from, span->to + 1};
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
    const TimelineQueries queries(store);
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
            if (const std::optional<QString> name = queries.groupName(p->groupId)) {
                TimelineLane l;
                l.section = TimelineLane::Section::Identity;
                l.subject = TimelineLane::Subject::Group;
                l.subjectId = p->groupId;
                l.label = *name;
                l.description = tr("Group %1: membership and role changes").arg(l.label);
                set.lanes << l;
            }
        }
        Result<QList<TimelineLane>> identity = userLanes(queries, p->users, TimelineLane::Section::Identity);
        if (!identity)
            return identity.error();
        set.lanes += *identity;
        Result<QList<TimelineLane>> jobs = userLanes(queries, p->users, TimelineLane::Section::Jobs);
        if (!jobs)
            return jobs.error();
        set.lanes += *jobs;
        Result<QList<TimelineLane>> accounts = accountLanes(queries, p->accounts);
        if (!accounts)
            return accounts.error();
        set.lanes += *accounts;
        Result<TimelineRange> extent = extentOf(queries, *p, now);
        if (!extent)
            return extent.error();
        set.extent = *extent;
        if (Status s = addCredentialMarks(queries, set); !s)
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
    const Status read = queries.findingStarts([&](const TimelineQueries::FindingStart &start) {
        TimelineFindingMark f;
        f.findingId = start.id;
        f.startedAt = start.startedAt;
        const QString &kind = start.subjectKind;
        const qint64 subjectId = start.subjectId;
        f.subject = start.subject;
        f.rule = start.rule;
        f.summary = start.summary;
        f.severity = start.severity;
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
    });
    if (!read)
        return read.error();
    return set;
}

} // namespace Scimflow
