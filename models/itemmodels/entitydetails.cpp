#include "entitydetails.h"

#include "detailqueries.h"
#include "displayformat.h"
#include "job.h"
#include "store.h"
#include "targetrepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow", text);
}

QString dash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString time(qint64 ms)
{
    return ms ? DisplayFormat::timestamp(ms) + QStringLiteral(" UTC") : QStringLiteral("—");
}

// Detail lists stay readable (and quick to lay out) on the large scenario: a group with thousands of members
// shows the first ones; the linked views show them all.
constexpr int kListLimit = 50;

void addSection(EntityDetails &d, const QString &title, QStringList items, qint64 total = -1)
{
    if (total < 0)
        total = items.size();
    if (items.size() > kListLimit)
        items.resize(kListLimit);
    items.sort(Qt::CaseInsensitive);
    if (total > items.size())
        items
            << tr("… and %1 more (the linked views show all)").arg(QLocale().toString(total - items.size()));
    d.sections.append({title, items, total});
}

/// The user's accounts in the SCIM provisioning targets, as correlated by provisioning-drift.
void addTargetAccounts(const Store &store, const QString &scimId, const QString &userName,
                       const QString &email, EntityDetails &d)
{
    const QList<TargetAccount> accounts =
        TargetRepository(store.database()).accountsOf(scimId, userName, email);
    QStringList items;
    for (const TargetAccount &a : accounts)
        items << tr("%1: %2 (%3)").arg(a.target, a.userName, a.active ? tr("active") : tr("inactive"));
    if (!items.isEmpty())
        addSection(d, tr("SCIM target accounts"), items);
}

void loadUser(const Store &store, qint64 id, EntityDetails &d)
{
    const DetailQueries queries(store);
    const std::optional<DetailQueries::UserDetail> user = queries.user(id);
    if (!user)
        return;
    d.ref = {EntityKind::User, id};
    d.title = user->userName;
    const auto status = user->deletedAt ? IdentityRow::Status::Deleted
                        : user->active  ? IdentityRow::Status::Active
                                        : IdentityRow::Status::Inactive;
    d.subtitle = DisplayFormat::identityKind(EntityKind::User) + QStringLiteral(" · ") +
                 DisplayFormat::identityStatus(status);
    d.attributes = {
        {tr("Display name"), dash(user->displayName)}, {tr("Email"), dash(user->email)},
        {tr("Department"), dash(user->department)},    {tr("Employee number"), dash(user->employeeNumber)},
        {tr("SCIM id"), dash(user->scimId)},           {tr("External id"), dash(user->externalId)},
        {tr("Created"), time(user->createdAt)},        {tr("Last modified"), time(user->lastModified)},
    };
    if (const qint64 deleted = user->deletedAt)
        d.attributes.append({tr("Deleted"), time(deleted)});
    addSection(d, tr("Group memberships"), queries.groupNamesOfUser(id, kListLimit + 1));
    addTargetAccounts(store, user->scimId, d.title, user->email, d);
}

/// The keys the credential inventory lists for the account \a email: type, age, expiry, last use, state.
void addInventoriedKeys(const Store &store, const QString &email, EntityDetails &d)
{
    QStringList keys;
    Timestamp accountLastUse = -1;
    const auto day = [](Timestamp t) { return t ? timestampToIso(t).left(10) : QString(); };
    for (const DetailQueries::KeyDetail &key : DetailQueries(store).keysOfAccount(email)) {
        accountLastUse = key.accountLastUsedAt;
        const Timestamp expires = key.expiresAt;
        const Timestamp used = key.lastUsedAt;
        keys << tr("%1 (%2), created %3, %4, %5%6")
                    .arg(key.name.left(12),
                         key.keyType == QLatin1String("USER_MANAGED") ? tr("user-managed")
                                                                      : tr("system-managed"),
                         day(key.createdAt),
                         expires ? tr("expires %1").arg(day(expires)) : tr("never expires"),
                         used ? tr("last used %1").arg(day(used)) : tr("no use recorded"),
                         key.disabled ? tr(", disabled") : QString());
    }
    if (accountLastUse < 0)
        return; // not in the credential inventory
    d.attributes.append({tr("Last authentication"), accountLastUse
                                                        ? tr("%1 (day granularity)").arg(day(accountLastUse))
                                                        : tr("none recorded")});
    addSection(d, tr("Keys"), keys);
}

void loadServiceAccount(const Store &store, qint64 id, EntityDetails &d)
{
    const DetailQueries queries(store);
    const std::optional<DetailQueries::ServiceAccountDetail> account = queries.serviceAccount(id);
    if (!account)
        return;
    d.ref = {EntityKind::ServiceAccount, id};
    d.title = account->email;
    d.subtitle = DisplayFormat::identityKind(EntityKind::ServiceAccount) + QStringLiteral(" · ") +
                 DisplayFormat::identityStatus(account->active ? IdentityRow::Status::Active
                                                               : IdentityRow::Status::Inactive);
    const QString &owner = account->ownerGroup;
    d.attributes = {
        {tr("Display name"), dash(account->displayName)},
        {tr("Owner group"), owner.isEmpty() ? tr("None (no group owns it)") : owner},
        {tr("Expected role"), dash(account->expectedRole)},
        {tr("Created"), time(account->createdAt)},
    };
    addSection(d, tr("Roles used by its jobs"), queries.rolesUsedBy(id));
    addInventoriedKeys(store, d.title, d);
}

void loadGroup(const Store &store, qint64 id, EntityDetails &d)
{
    const DetailQueries queries(store);
    const std::optional<DetailQueries::GroupDetail> group = queries.group(id);
    if (!group)
        return;
    d.ref = {EntityKind::Group, id};
    d.title = group->displayName;
    d.subtitle = DisplayFormat::identityKind(EntityKind::Group);
    const QStringList roles = store.rolesOfGroup(id);
    d.attributes = {
        {tr("Members"), QLocale().toString(group->memberCount)},
        {tr("Pipeline roles"), dash(roles.join(QStringLiteral(", ")))},
        {tr("SCIM id"), dash(group->scimId)},
        {tr("External id"), dash(group->externalId)},
        {tr("Created"), time(group->createdAt)},
        {tr("Last modified"), time(group->lastModified)},
    };
    addSection(d, tr("Service accounts it owns"), queries.serviceAccountsOwnedBy(id));
    // In membership order, which the primary key gives without sorting thousands of names.
    addSection(d, tr("Members"), queries.memberNames(id, kListLimit + 1), group->memberCount);
}

void loadJob(const Store &store, qint64 id, EntityDetails &d)
{
    const DetailQueries queries(store);
    const std::optional<DetailQueries::JobDetail> job = queries.job(id);
    if (!job)
        return;
    d.ref = {EntityKind::Job, id};
    d.title = job->name;
    d.subtitle = DisplayFormat::identityKind(EntityKind::Job) + QStringLiteral(" · ") + job->source;
    d.attributes = {
        {tr("State"), job->state + QStringLiteral(" (") + job->rawState + QLatin1Char(')')},
        {tr("External id"), dash(job->externalId)},
        {tr("Project"), dash(job->project)},
        {tr("Location"), dash(job->location)},
        {tr("Created"), time(job->createTime)},
        {tr("Started"), time(job->startTime)},
        {tr("Ended"), job->endTime ? time(job->endTime) : tr("still running")},
        {tr("Role used"), dash(job->role)},
        {tr("Labels"), dash(job->labels == QLatin1String("{}") ? QString() : job->labels)},
    };
    const JobPrincipals p = store.principalsOfJob(id);
    auto matched = [&](qint64 userId, qint64 saId) {
        if (userId)
            return queries.userName(userId);
        if (saId)
            return queries.serviceAccountEmail(saId);
        return tr("no IdP identity matches");
    };
    QStringList principals;
    principals << tr("Launched by %1 → %2").arg(dash(job->launcher), matched(p.launcherUserId, 0));
    principals << tr("Runs as %1 → %2").arg(dash(job->runAs), matched(p.runAsUserId, p.serviceAccountId));
    d.sections.append({tr("Principals"), principals, principals.size()});
    addSection(d, tr("Roles of its principals"), queries.groupNames(p.groupIds));
}

/// One row of the credential inventory: what it is, whose it is, its dates and the API's own fields.
void loadCredential(const Store &store, qint64 id, EntityDetails &d)
{
    const std::optional<DetailQueries::CredentialDetail> c = DetailQueries(store).credential(id);
    if (!c)
        return;
    const bool token = c->kind == QLatin1String("github-token");
    const bool account = c->kind == QLatin1String("gcp-service-account");
    CredentialRow row;
    row.kind = token                                         ? CredentialRow::Kind::Token
               : account                                     ? CredentialRow::Kind::ServiceAccount
               : c->keyType == QLatin1String("USER_MANAGED") ? CredentialRow::Kind::UserManagedKey
                                                             : CredentialRow::Kind::SystemManagedKey;
    row.disabled = c->disabled;
    const Timestamp expires = c->expiresAt;
    row.expired = c->expired || (expires > 0 && expires <= currentTimestamp());
    const Timestamp used = c->lastUsedAt;
    d.ref = {EntityKind::Credential, id};
    d.title = account ? c->externalId : c->name;
    d.subtitle = DisplayFormat::credentialKind(row.kind) + QStringLiteral(" · ") +
                 DisplayFormat::credentialStatus(row);
    d.attributes = {
        {token ? tr("Organisation") : tr("Project"), c->source},
        {token ? tr("Token id") : tr("Resource"), c->externalId},
    };
    if (account) {
        d.attributes.append({tr("Display name"), dash(c->name)});
    } else {
        d.attributes.append({token ? tr("Owner") : tr("Service account"), dash(c->owner)});
        d.attributes.append({token ? tr("Access granted") : tr("Created"), time(c->createdAt)});
        d.attributes.append({tr("Expires"), expires ? time(expires) : tr("never")});
    }
    if (!token && !account)
        d.attributes.append({tr("Origin"), dash(c->keyOrigin)});
    const qsizetype before = d.attributes.size();
    if (account) // its keys, and its last authentication once
        addInventoriedKeys(store, c->externalId, d);
    if (d.attributes.size() == before)
        d.attributes.append(
            {tr("Last used"), !used   ? tr("none recorded")
                              : token ? time(used)
                                      : tr("%1 (day granularity)").arg(DisplayFormat::day(used))});
}

} // namespace

EntityDetails EntityDetails::load(const Store &store, const EntityRef &ref)
{
    EntityDetails d;
    switch (ref.kind) {
    case EntityKind::User:
        loadUser(store, ref.id, d);
        break;
    case EntityKind::ServiceAccount:
        loadServiceAccount(store, ref.id, d);
        break;
    case EntityKind::Group:
        loadGroup(store, ref.id, d);
        break;
    case EntityKind::Job:
        loadJob(store, ref.id, d);
        break;
    case EntityKind::Credential:
        loadCredential(store, ref.id, d);
        break;
    case EntityKind::None:
        break;
    }
    return d;
}

} // namespace Scimflow
