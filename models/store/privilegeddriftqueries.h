#pragma once

#include "result.h"
#include "timestamp.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Scimflow {

/// The reads of the privileged-drift rule: the memberships of privileged groups that need a review, each
/// handed, one at a time, to the rule.
class PrivilegedDriftQueries
{
public:
    /// Called with each row of a read, in the order the read names.
    template <typename Row> using Visit = std::function<void(const Row &)>;

    /// \a rule names the rule the reads are for in their errors ("Drift rule privileged-drift failed: ...").
    explicit PrivilegedDriftQueries(QSqlDatabase db, QString rule);

    struct Membership
    {
        qint64 groupId = 0;
        QString groupScimId, group;
        qint64 userId = 0;
        QString userScimId, userName;
        bool active = false;
        Timestamp deletedAt = 0;
    };
    /// The ids of the groups not deleted whose display name is among \a names.
    Result<QList<qint64>> liveGroupIdsNamed(const QStringList &names) const;
    struct InactiveMember
    {
        Membership membership;
        std::optional<Timestamp> lastDeprovisioned; // the latest 'deactivated' or 'deleted' event
        Timestamp lastModified = 0;
    };
    /// Deactivated or deleted members of the groups \a groupIds, by group and user.
    Status inactiveMembersOf(const QList<qint64> &groupIds, const Visit<InactiveMember> &visit) const;
    struct DepartmentChange
    {
        Membership membership;
        qint64 eventId = 0;
        Timestamp at = 0;
        QString actor, details;
        QString department; // the user's department now
    };
    /// Department changes of members of the groups \a groupIds recorded since they were (last) added, by
    /// group, user and time.
    Status departmentChangesOfMembersOf(const QList<qint64> &groupIds,
                                        const Visit<DepartmentChange> &visit) const;
    struct UnrecordedMembership
    {
        Membership membership;
        QString reason; // "unrecorded-add" or "unrecorded-remove"
        Timestamp at = 0;
    };
    /// Memberships of the groups \a groupIds without a change record: present (and not found by a baseline
    /// sync) but never added, or added and gone without a removal; by group and user.
    Status unrecordedMembershipsOf(const QList<qint64> &groupIds,
                                   const Visit<UnrecordedMembership> &visit) const;

private:
    Error failed(const class QSqlQuery &query) const;

    QSqlDatabase m_db;
    QString m_rule;
};

} // namespace Scimflow
