#pragma once

#include <QList>

#include <vector>

namespace Scimflow {

/// Which jobs each principal launched or ran as, built with the job table: the linked views take a user's
/// or a role's jobs from here instead of seeking the jobs' indexes once per member (the largest roles have
/// 18,000 members and 47,000 jobs).
class JobLinkIndex
{
public:
    /// A job and its principals (0: none); add() every job, then finish() once.
    void add(qint64 jobId, qint64 launcherUserId, qint64 runAsUserId, qint64 serviceAccountId);
    void finish();

    /// The jobs launched by or run as any of \a users, or run as any of \a accounts: ascending, each once.
    QList<qint64> jobsOf(const QList<qint64> &users, const QList<qint64> &accounts) const;

private:
    struct Entry
    {
        qint64 principal;
        qint64 job;
        bool operator<(const Entry &other) const
        {
            return principal != other.principal ? principal < other.principal : job < other.job;
        }
    };
    static void collect(const std::vector<Entry> &entries, const QList<qint64> &principals,
                        QList<qint64> &out);

    std::vector<Entry> m_byUser, m_byAccount;
};

} // namespace Scimflow
