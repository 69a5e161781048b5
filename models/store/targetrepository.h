#pragma once

#include "group.h"
#include "result.h"
#include "syncrun.h"
#include "user.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace Scimflow {

/// One read of a SCIM provisioning target, ready to be written: its users, its groups with their members
/// (SCIM ids of the target's own users) and the schemas it served.
struct TargetSnapshot
{
    QString name;    // the target's name in the connection ("aws")
    QString baseUrl; // without credentials
    QString vendor;  // the target profile's name
    QList<User> users;
    QList<Group> groups;
    QByteArray schemasDocument; // sorted schema URNs and resource types, one per line
    QString statsExtra;         // extra JSON members (without braces) for target_sync_runs.stats
};

/// What changed in a target since its previous snapshot: targets that cannot be read incrementally are
/// read in full and compared.
struct TargetChanges
{
    bool baseline = false; // the first snapshot of this target: nothing to compare with
    int usersAdded = 0, usersRemoved = 0, usersChanged = 0;
    int membershipsAdded = 0, membershipsRemoved = 0;
    qint64 users = 0, groups = 0, memberships = 0; // totals of the new snapshot
};

/// A target account as stored, for the user's details.
struct TargetAccount
{
    QString target;
    QString scimId;
    QString externalId;
    QString userName;
    QString email;
    bool active = true;
};

/// The store's side of SCIM provisioning targets: writes a target's snapshot in one transaction (replacing
/// the previous one, with the run recorded in the same transaction) and records failed runs.
class TargetRepository
{
public:
    explicit TargetRepository(QSqlDatabase db);

    /// Replaces the target's users, groups and memberships with \a snapshot; either all of it lands or the
    /// previous snapshot stays. \a cancelled is checked before the commit.
    Result<TargetChanges> writeSnapshot(const TargetSnapshot &snapshot,
                                        const std::atomic<bool> *cancelled = nullptr);
    /// Records a failed or cancelled run of a target; its stored snapshot is not touched.
    Status recordRun(const QString &name, const QString &baseUrl, const QString &vendor,
                     const QString &status, const QString &message);
    /// The names of the targets ever synced, sorted.
    QStringList targetNames() const;
    /// Per target, its last successful run (finishedAt 0: none succeeded), as source "target:NAME", sorted by
    /// name: the status bar's freshness line lists them after the IdP and the pipeline sources.
    QList<SyncRun> lastSuccessfulRuns() const;
    /// The target accounts correlated to an IdP user: externalId equals \a scimId, else the userName, else
    /// the email equals (case-insensitively).
    QList<TargetAccount> accountsOf(const QString &scimId, const QString &userName,
                                    const QString &email) const;

private:
    Result<qint64> ensureTarget(const QString &name, const QString &baseUrl, const QString &vendor);
    QSqlDatabase m_db;
};

} // namespace Scimflow
