#include "joblinkindex.h"

#include <algorithm>

namespace Scimflow {

void JobLinkIndex::add(qint64 jobId, qint64 launcherUserId, qint64 runAsUserId, qint64 serviceAccountId)
{
    if (launcherUserId)
        m_byUser.push_back({launcherUserId, jobId});
    if (runAsUserId && runAsUserId != launcherUserId)
        m_byUser.push_back({runAsUserId, jobId});
    if (serviceAccountId)
        m_byAccount.push_back({serviceAccountId, jobId});
}

void JobLinkIndex::finish()
{
    std::sort(m_byUser.begin(), m_byUser.end());
    std::sort(m_byAccount.begin(), m_byAccount.end());
    m_byUser.shrink_to_fit();
    m_byAccount.shrink_to_fit();
}

void JobLinkIndex::collect(const std::vector<Entry> &entries, const QList<qint64> &principals,
                           QList<qint64> &out)
{
    for (qint64 principal : principals) {
        auto it = std::lower_bound(entries.begin(), entries.end(), Entry{principal, 0});
        for (; it != entries.end() && it->principal == principal; ++it)
            out.append(it->job);
    }
}

QList<qint64> JobLinkIndex::jobsOf(const QList<qint64> &users, const QList<qint64> &accounts) const
{
    QList<qint64> out;
    collect(m_byUser, users, out);
    collect(m_byAccount, accounts, out);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace Scimflow
