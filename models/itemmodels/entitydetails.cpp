#include "entitydetails.h"

#include "displayformat.h"
#include "job.h"
#include "store.h"
#include "targetrepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow", text);
}

QStringList strings(const Store &store, const QString &sql, const QVariantList &binds)
{
    QStringList out;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
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

QString limited(const QString &sql)
{
    return sql + QStringLiteral(" LIMIT %1").arg(kListLimit + 1);
}

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
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT user_name, display_name, email, active, deleted_at, department, "
                             "employee_number, scim_id, external_id, created_at, last_modified FROM users "
                             "WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return;
    d.ref = {EntityKind::User, id};
    d.title = q.value(0).toString();
    const auto status = q.value(4).toLongLong() ? IdentityRow::Status::Deleted
                        : q.value(3).toInt()    ? IdentityRow::Status::Active
                                                : IdentityRow::Status::Inactive;
    d.subtitle = DisplayFormat::identityKind(EntityKind::User) + QStringLiteral(" · ") +
                 DisplayFormat::identityStatus(status);
    d.attributes = {
        {tr("Display name"), dash(q.value(1).toString())},
        {tr("Email"), dash(q.value(2).toString())},
        {tr("Department"), dash(q.value(5).toString())},
        {tr("Employee number"), dash(q.value(6).toString())},
        {tr("SCIM id"), dash(q.value(7).toString())},
        {tr("External id"), dash(q.value(8).toString())},
        {tr("Created"), time(q.value(9).toLongLong())},
        {tr("Last modified"), time(q.value(10).toLongLong())},
    };
    if (const qint64 deleted = q.value(4).toLongLong())
        d.attributes.append({tr("Deleted"), time(deleted)});
    addSection(
        d, tr("Group memberships"),
        strings(store,
                limited(QStringLiteral("SELECT g.display_name FROM memberships m JOIN groups g ON "
                                       "g.id = m.group_id WHERE m.user_id = ? ORDER BY g.display_name")),
                {id}));
    addTargetAccounts(store, q.value(7).toString(), d.title, q.value(2).toString(), d);
}

/// The keys the credential inventory lists for the account \a email: type, age, expiry, last use, state.
void addInventoriedKeys(const Store &store, const QString &email, EntityDetails &d)
{
    QSqlQuery q(store.database());
    q.prepare(
        QStringLiteral("SELECT k.name, k.key_type, k.created_at, k.expires_at, k.last_used_at, k.disabled, "
                       "a.last_used_at FROM credentials a JOIN credentials k ON k.parent_id = a.id "
                       "WHERE a.kind = 'gcp-service-account' AND lower(a.external_id) = lower(?) "
                       "ORDER BY k.created_at DESC"));
    q.addBindValue(email);
    if (!q.exec())
        return;
    QStringList keys;
    Timestamp accountLastUse = -1;
    const auto day = [](Timestamp t) { return t ? timestampToIso(t).left(10) : QString(); };
    while (q.next()) {
        accountLastUse = q.value(6).toLongLong();
        const Timestamp expires = q.value(3).toLongLong();
        const Timestamp used = q.value(4).toLongLong();
        keys << tr("%1 (%2), created %3, %4, %5%6")
                    .arg(q.value(0).toString().left(12),
                         q.value(1).toString() == QLatin1String("USER_MANAGED") ? tr("user-managed")
                                                                                : tr("system-managed"),
                         day(q.value(2).toLongLong()),
                         expires ? tr("expires %1").arg(day(expires)) : tr("never expires"),
                         used ? tr("last used %1").arg(day(used)) : tr("no use recorded"),
                         q.value(5).toInt() ? tr(", disabled") : QString());
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
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT s.email, s.display_name, s.active, coalesce(g.display_name, ''), "
                             "s.expected_role, s.created_at FROM service_accounts s "
                             "LEFT JOIN groups g ON g.id = s.owner_group_id WHERE s.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return;
    d.ref = {EntityKind::ServiceAccount, id};
    d.title = q.value(0).toString();
    d.subtitle = DisplayFormat::identityKind(EntityKind::ServiceAccount) + QStringLiteral(" · ") +
                 DisplayFormat::identityStatus(q.value(2).toInt() ? IdentityRow::Status::Active
                                                                  : IdentityRow::Status::Inactive);
    const QString owner = q.value(3).toString();
    d.attributes = {
        {tr("Display name"), dash(q.value(1).toString())},
        {tr("Owner group"), owner.isEmpty() ? tr("None (no group owns it)") : owner},
        {tr("Expected role"), dash(q.value(4).toString())},
        {tr("Created"), time(q.value(5).toLongLong())},
    };
    addSection(d, tr("Roles used by its jobs"),
               strings(store,
                       QStringLiteral("SELECT DISTINCT role FROM jobs WHERE run_as_sa_id = ? AND role != '' "
                                      "ORDER BY role"),
                       {id}));
    addInventoriedKeys(store, d.title, d);
}

void loadGroup(const Store &store, qint64 id, EntityDetails &d)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT display_name, scim_id, external_id, created_at, last_modified, "
                             "(SELECT count(*) FROM memberships m WHERE m.group_id = groups.id) "
                             "FROM groups WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return;
    d.ref = {EntityKind::Group, id};
    d.title = q.value(0).toString();
    d.subtitle = DisplayFormat::identityKind(EntityKind::Group);
    const QStringList roles = store.rolesOfGroup(id);
    d.attributes = {
        {tr("Members"), QLocale().toString(q.value(5).toLongLong())},
        {tr("Pipeline roles"), dash(roles.join(QStringLiteral(", ")))},
        {tr("SCIM id"), dash(q.value(1).toString())},
        {tr("External id"), dash(q.value(2).toString())},
        {tr("Created"), time(q.value(3).toLongLong())},
        {tr("Last modified"), time(q.value(4).toLongLong())},
    };
    addSection(
        d, tr("Service accounts it owns"),
        strings(store,
                QStringLiteral("SELECT email FROM service_accounts WHERE owner_group_id = ? ORDER BY email"),
                {id}));
    // In membership order, which the primary key gives without sorting thousands of names.
    addSection(d, tr("Members"),
               strings(store,
                       limited(QStringLiteral("SELECT u.user_name FROM memberships m JOIN users u ON u.id = "
                                              "m.user_id WHERE m.group_id = ? ORDER BY m.user_id")),
                       {id}),
               q.value(5).toLongLong());
}

void loadJob(const Store &store, qint64 id, EntityDetails &d)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT name, source, external_id, state, raw_state, project, location, "
                             "create_time, start_time, end_time, launcher, run_as, role, labels FROM jobs "
                             "WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return;
    d.ref = {EntityKind::Job, id};
    d.title = q.value(0).toString();
    d.subtitle = DisplayFormat::identityKind(EntityKind::Job) + QStringLiteral(" · ") + q.value(1).toString();
    d.attributes = {
        {tr("State"),
         q.value(3).toString() + QStringLiteral(" (") + q.value(4).toString() + QLatin1Char(')')},
        {tr("External id"), dash(q.value(2).toString())},
        {tr("Project"), dash(q.value(5).toString())},
        {tr("Location"), dash(q.value(6).toString())},
        {tr("Created"), time(q.value(7).toLongLong())},
        {tr("Started"), time(q.value(8).toLongLong())},
        {tr("Ended"), q.value(9).toLongLong() ? time(q.value(9).toLongLong()) : tr("still running")},
        {tr("Role used"), dash(q.value(12).toString())},
        {tr("Labels"),
         dash(q.value(13).toString() == QLatin1String("{}") ? QString() : q.value(13).toString())},
    };
    const JobPrincipals p = store.principalsOfJob(id);
    auto matched = [&](qint64 userId, qint64 saId) {
        if (userId)
            return strings(store, QStringLiteral("SELECT user_name FROM users WHERE id = ?"), {userId})
                .value(0);
        if (saId)
            return strings(store, QStringLiteral("SELECT email FROM service_accounts WHERE id = ?"), {saId})
                .value(0);
        return tr("no IdP identity matches");
    };
    QStringList principals;
    principals << tr("Launched by %1 → %2").arg(dash(q.value(10).toString()), matched(p.launcherUserId, 0));
    principals << tr("Runs as %1 → %2")
                      .arg(dash(q.value(11).toString()), matched(p.runAsUserId, p.serviceAccountId));
    d.sections.append({tr("Principals"), principals, principals.size()});
    QStringList groups;
    for (qint64 g : p.groupIds)
        groups += strings(store, QStringLiteral("SELECT display_name FROM groups WHERE id = ?"), {g});
    addSection(d, tr("Roles of its principals"), groups);
}

/// One row of the credential inventory: what it is, whose it is, its dates and the API's own fields.
void loadCredential(const Store &store, qint64 id, EntityDetails &d)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT kind, source, external_id, name, owner, key_type, key_origin, "
                             "created_at, expires_at, disabled, expired, last_used_at, detail "
                             "FROM credentials WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return;
    const QString kind = q.value(0).toString();
    const bool token = kind == QLatin1String("github-token");
    const bool account = kind == QLatin1String("gcp-service-account");
    CredentialRow row;
    row.kind = token     ? CredentialRow::Kind::Token
               : account ? CredentialRow::Kind::ServiceAccount
               : q.value(5).toString() == QLatin1String("USER_MANAGED")
                   ? CredentialRow::Kind::UserManagedKey
                   : CredentialRow::Kind::SystemManagedKey;
    row.disabled = q.value(9).toInt() != 0;
    const Timestamp expires = q.value(8).toLongLong();
    row.expired = q.value(10).toInt() != 0 || (expires > 0 && expires <= currentTimestamp());
    const Timestamp used = q.value(11).toLongLong();
    d.ref = {EntityKind::Credential, id};
    d.title = account ? q.value(2).toString() : q.value(3).toString();
    d.subtitle = DisplayFormat::credentialKind(row.kind) + QStringLiteral(" · ") +
                 DisplayFormat::credentialStatus(row);
    d.attributes = {
        {token ? tr("Organisation") : tr("Project"), q.value(1).toString()},
        {token ? tr("Token id") : tr("Resource"), q.value(2).toString()},
    };
    if (account) {
        d.attributes.append({tr("Display name"), dash(q.value(3).toString())});
    } else {
        d.attributes.append({token ? tr("Owner") : tr("Service account"), dash(q.value(4).toString())});
        d.attributes.append({token ? tr("Access granted") : tr("Created"), time(q.value(7).toLongLong())});
        d.attributes.append({tr("Expires"), expires ? time(expires) : tr("never")});
    }
    if (!token && !account)
        d.attributes.append({tr("Origin"), dash(q.value(6).toString())});
    const qsizetype before = d.attributes.size();
    if (account) // its keys, and its last authentication once
        addInventoriedKeys(store, q.value(2).toString(), d);
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
