#pragma once

#include "group.h"
#include "identityevent.h"
#include "job.h"
#include "serviceaccount.h"
#include "user.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Scimflow {

/// A drift the scenario plants on purpose, so tests can assert that exactly these are found.
struct PlantedDrift
{
    QString rule;        // "ghost-run", "post-deprovisioning-start", "orphaned-credential",
                         // "privileged-drift", "role-mapping-drift", "unknown-principal"
    QString subjectKind; // "user", "service-account", "group", "job", "principal"
    QString subject;     // userName, service account email, group name, job external id or principal
    QString description;
};

/// A complete, deterministic world: the IdP's users and groups, the RBAC mapping, the pipelines' jobs and
/// the identity history. Generated from a seed and an anchor time ("now" of the scenario).
struct Scenario
{
    QString name;
    quint64 seed = 0;
    Timestamp anchor = 0;

    QList<User> users;
    QList<Group> groups;                     // memberScimIds filled
    QList<ServiceAccount> serviceAccounts;   // owner and expected role from the RBAC mapping
    QMap<QString, QStringList> groupRoles;   // RBAC mapping: group display name -> pipeline roles
    QStringList privilegedGroups;            // group display names
    QMap<QString, QString> principalAliases; // pipeline login (e.g. GitHub) -> IdP userName
    QList<Job> jobs;                         // launcher/runAs as principals; ids not resolved
    QList<IdentityEvent> events;             // the IdP history up to the anchor
    QList<PlantedDrift> planted;

    qint64 membershipCount() const;
    /// The RBAC mapping as the JSON document the mapping editor and the sync understand.
    QByteArray rbacMappingJson() const;
};

} // namespace Scimflow
