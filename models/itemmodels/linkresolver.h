#pragma once

#include "selectioncontext.h"

namespace Scimflow {

class Store;

/// Turns a focus into link sets with the store's linking queries (indexed; a few milliseconds on the
/// large scenario). The Store must belong to the calling thread.
class LinkResolver
{
public:
    explicit LinkResolver(const Store &store)
        : m_store(store)
    {}

    /// - a user: Roles narrow to the user's groups, Jobs to the jobs the user launched or ran as, or that
    ///   ran as a service account owned by one of those groups;
    /// - a service account: Roles narrow to its owning group, Jobs to the jobs run as it;
    /// - a role: Identities narrow to its members and the service accounts it owns, Jobs to their jobs;
    /// - a job: nothing narrows; its launcher, run-as principal and their roles are highlighted.
    LinkSets resolve(const EntityRef &focus) const;
    LinkSets operator()(const EntityRef &focus) const { return resolve(focus); }

private:
    const Store &m_store;
};

} // namespace Scimflow
