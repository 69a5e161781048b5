#pragma once

#include "joblinkindex.h"
#include "selectioncontext.h"

#include <memory>

namespace Scimflow {

class Store;

/// Turns a focus into link sets with the store's linking queries (indexed; a few milliseconds on the
/// large scenario) and the loaded jobs' principals. The Store must belong to the calling thread.
class LinkResolver
{
public:
    /// \a jobs: the job table's principals (ConsoleData::jobLinks); without them no job is linked.
    LinkResolver(const Store &store, std::shared_ptr<const JobLinkIndex> jobs)
        : m_store(store)
        , m_jobs(std::move(jobs))
    {}

    /// - a user: Roles narrow to the user's groups, Jobs to the jobs the user launched or ran as, or that
    ///   ran as a service account owned by one of those groups, Credentials to the user's GitHub tokens;
    /// - a service account: Roles narrow to its owning group, Jobs to the jobs run as it, Credentials to
    ///   its inventory row and keys;
    /// - a role: Identities narrow to its members and the service accounts it owns, Jobs and Credentials to
    ///   theirs;
    /// - a job: nothing narrows; its launcher, run-as principal, their roles and the service account's
    ///   credentials are highlighted;
    /// - a credential: Roles and Jobs follow its owner (service account or token owner), which is
    ///   highlighted in Identities together with the owner's other credentials.
    LinkSets resolve(const EntityRef &focus) const;
    LinkSets operator()(const EntityRef &focus) const { return resolve(focus); }

private:
    QList<qint64> jobsOf(const QList<qint64> &users, const QList<qint64> &accounts) const
    {
        return m_jobs ? m_jobs->jobsOf(users, accounts) : QList<qint64>();
    }

    const Store &m_store;
    std::shared_ptr<const JobLinkIndex> m_jobs;
};

} // namespace Scimflow
