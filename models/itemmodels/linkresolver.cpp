#include "linkresolver.h"

#include "credentiallinks.h"
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
    const CredentialLinks credentials(m_store);
    switch (focus.kind) {
    case EntityKind::User: {
        links.rolesNarrowed = links.jobsNarrowed = links.credentialsNarrowed = true;
        // The user's jobs: launched or run as the user, or run as an account one of the user's groups owns.
        const QList<qint64> groups = m_store.groupIdsOfUser(focus.id);
        links.roles = refs(EntityKind::Group, groups);
        links.jobs = refs(EntityKind::Job, jobsOf({focus.id}, m_store.serviceAccountIdsOwnedBy(groups)));
        links.credentials = refs(EntityKind::Credential, credentials.ofUser(focus.id));
        break;
    }
    case EntityKind::ServiceAccount:
        links.rolesNarrowed = links.jobsNarrowed = links.credentialsNarrowed = true;
        if (const qint64 owner = m_store.ownerGroupOfServiceAccount(focus.id))
            links.roles = {{EntityKind::Group, owner}};
        links.jobs = refs(EntityKind::Job, jobsOf({}, {focus.id}));
        links.credentials = refs(EntityKind::Credential, credentials.ofServiceAccount(focus.id));
        break;
    case EntityKind::Group: {
        links.identitiesNarrowed = links.jobsNarrowed = links.credentialsNarrowed = true;
        const QList<qint64> members = m_store.memberIdsOfGroup(focus.id);
        const QList<qint64> accounts = m_store.serviceAccountIdsOwnedBy({focus.id});
        links.identities = refs(EntityKind::User, members);
        links.identities += refs(EntityKind::ServiceAccount, accounts);
        links.jobs = refs(EntityKind::Job, jobsOf(members, accounts));
        links.credentials = refs(EntityKind::Credential, credentials.ofGroup(focus.id));
        break;
    }
    case EntityKind::Job: {
        const JobPrincipals p = m_store.principalsOfJob(focus.id);
        if (p.launcherUserId)
            links.highlighted.append({EntityKind::User, p.launcherUserId});
        if (p.runAsUserId && p.runAsUserId != p.launcherUserId)
            links.highlighted.append({EntityKind::User, p.runAsUserId});
        if (p.serviceAccountId)
            links.highlighted.append({EntityKind::ServiceAccount, p.serviceAccountId});
        links.highlighted += refs(EntityKind::Group, p.groupIds);
        if (p.serviceAccountId)
            links.highlighted +=
                refs(EntityKind::Credential, credentials.ofServiceAccount(p.serviceAccountId));
        break;
    }
    case EntityKind::Credential: {
        // Like the owner's focus, except that the Identities view keeps its rows and highlights the owner.
        const CredentialLinks::Owner owner = credentials.ownerOf(focus.id);
        const EntityRef ownerRef = owner.serviceAccountId
                                       ? EntityRef{EntityKind::ServiceAccount, owner.serviceAccountId}
                                   : owner.userId ? EntityRef{EntityKind::User, owner.userId}
                                                  : EntityRef{};
        if (ownerRef.isValid()) {
            links = resolve(ownerRef);
            links.focus = focus;
            links.identitiesNarrowed = links.credentialsNarrowed = false;
            links.identities.clear();
            links.highlighted = links.credentials;
            links.credentials.clear();
            links.highlighted.prepend(ownerRef);
        } else if (owner.accountCredentialId) {
            links.highlighted = {{EntityKind::Credential, owner.accountCredentialId}};
        }
        break;
    }
    case EntityKind::None:
        break;
    }
    return links;
}

} // namespace Scimflow
