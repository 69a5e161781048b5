#include "linkresolver.h"

#include "store.h"

namespace Scimflow {

namespace {
QList<EntityRef> refs(EntityKind kind, const QList<qint64> &ids)
{
    QList<EntityRef> out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out.append({kind, id});
    return out;
}
} // namespace

LinkSets LinkResolver::resolve(const EntityRef &focus) const
{
    LinkSets links;
    links.focus = focus;
    switch (focus.kind) {
    case EntityKind::User:
        links.rolesNarrowed = links.jobsNarrowed = true;
        links.roles = refs(EntityKind::Group, m_store.groupIdsOfUser(focus.id));
        links.jobs = refs(EntityKind::Job, m_store.jobIdsForUser(focus.id));
        break;
    case EntityKind::ServiceAccount:
        links.rolesNarrowed = links.jobsNarrowed = true;
        if (const qint64 owner = m_store.ownerGroupOfServiceAccount(focus.id))
            links.roles = {{EntityKind::Group, owner}};
        links.jobs = refs(EntityKind::Job, m_store.jobIdsForServiceAccount(focus.id));
        break;
    case EntityKind::Group:
        links.identitiesNarrowed = links.jobsNarrowed = true;
        links.identities = refs(EntityKind::User, m_store.memberIdsOfGroup(focus.id));
        links.identities += refs(EntityKind::ServiceAccount, m_store.serviceAccountIdsOwnedBy({focus.id}));
        links.jobs = refs(EntityKind::Job, m_store.jobIdsForGroup(focus.id));
        break;
    case EntityKind::Job: {
        const JobPrincipals p = m_store.principalsOfJob(focus.id);
        if (p.launcherUserId)
            links.highlighted.append({EntityKind::User, p.launcherUserId});
        if (p.runAsUserId && p.runAsUserId != p.launcherUserId)
            links.highlighted.append({EntityKind::User, p.runAsUserId});
        if (p.serviceAccountId)
            links.highlighted.append({EntityKind::ServiceAccount, p.serviceAccountId});
        links.highlighted += refs(EntityKind::Group, p.groupIds);
        break;
    }
    case EntityKind::None:
        break;
    }
    return links;
}

} // namespace Scimflow
