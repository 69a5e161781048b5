#include "scenarioimporter.h"

#include "jobrepository.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Scimflow {

Status ScenarioImporter::write(Store &store, const Scenario &scenario)
{
    QSqlDatabase db = store.database();
    Result<qint64> run = store.beginSyncRun(QStringLiteral("scenario"), QStringLiteral("import"));
    if (!run)
        return run.error();
    const qint64 runId = *run;

    // A large import in one transaction overflows the default page cache and spills to the WAL repeatedly.
    if (!store.isPostgres())
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -262144"));
    Transaction tx(db);
    QSqlQuery q(db);
    auto fail = [&](const char *what) { return sqlError(QString::fromLatin1(what), q.lastError()); };

    QHash<QString, qint64> userIds;     // scim id -> row id
    QHash<QString, qint64> userByLogin; // lower-case userName / email / alias -> row id
    q.prepare(QStringLiteral("INSERT INTO users(scim_id, external_id, user_name, display_name, given_name, "
                             "family_name, email, emails, "
                             "active, department, employee_number, manager_scim_id, created_at, "
                             "last_modified, version, first_seen_run, "
                             "last_seen_run) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    for (const User &u : scenario.users) {
        const QVariantList values = userValues(u) << runId << runId;
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        const qint64 id = execReturningId(q);
        if (!id)
            return fail("Cannot import users");
        userIds.insert(u.scimId, id);
        userByLogin.insert(u.userName.toLower(), id);
        userByLogin.insert(u.email.toLower(), id);
    }
    for (auto it = scenario.principalAliases.begin(); it != scenario.principalAliases.end(); ++it) {
        if (const qint64 id = userByLogin.value(it.value().toLower()))
            userByLogin.insert(it.key().toLower(), id);
    }

    QHash<QString, qint64> groupIds;
    q.prepare(
        QStringLiteral("INSERT INTO groups(scim_id, external_id, display_name, created_at, last_modified, "
                       "version, first_seen_run, last_seen_run) VALUES(?,?,?,?,?,?,?,?) RETURNING id"));
    for (const Group &g : scenario.groups) {
        const QVariantList values{g.scimId,       sqlText(g.externalId), g.displayName, g.createdAt,
                                  g.lastModified, sqlText(g.version),    runId,         runId};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        const qint64 id = execReturningId(q);
        if (!id)
            return fail("Cannot import groups");
        groupIds.insert(g.scimId, id);
    }

    q.prepare(QStringLiteral("INSERT INTO memberships(group_id, user_id, added_at) VALUES(?,?,?)"));
    for (const Group &g : scenario.groups) {
        const qint64 gid = groupIds.value(g.scimId);
        for (const QString &member : g.memberScimIds) {
            q.bindValue(0, gid);
            q.bindValue(1, userIds.value(member));
            q.bindValue(2, g.lastModified);
            if (!q.exec())
                return fail("Cannot import memberships");
        }
    }

    QHash<QString, qint64> groupByName;
    for (const Group &g : scenario.groups)
        groupByName.insert(g.displayName, groupIds.value(g.scimId));
    q.prepare(QStringLiteral("INSERT INTO group_roles(group_id, role) VALUES(?,?)"));
    for (auto it = scenario.groupRoles.begin(); it != scenario.groupRoles.end(); ++it) {
        for (const QString &role : it.value()) {
            q.bindValue(0, groupByName.value(it.key()));
            q.bindValue(1, role);
            if (!q.exec())
                return fail("Cannot import the RBAC mapping");
        }
    }

    QHash<QString, qint64> accountIds;
    q.prepare(
        QStringLiteral("INSERT INTO service_accounts(email, display_name, owner_group_id, expected_role, "
                       "active, created_at) VALUES(?,?,?,?,?,?) RETURNING id"));
    for (const ServiceAccount &sa : scenario.serviceAccounts) {
        q.bindValue(0, sa.email);
        q.bindValue(1, sqlText(sa.displayName));
        q.bindValue(2, idOrNull(groupIds.value(sa.ownerGroupScimId)));
        q.bindValue(3, sqlText(sa.expectedRole));
        q.bindValue(4, int(sa.active));
        q.bindValue(5, sa.createdAt);
        const qint64 id = execReturningId(q);
        if (!id)
            return fail("Cannot import service accounts");
        accountIds.insert(sa.email.toLower(), id);
    }

    q.prepare(QString::fromLatin1(JobRepository::kInsert));
    for (const Job &j : scenario.jobs) {
        const QString runAs = j.runAs.toLower();
        const JobLinks links{userByLogin.value(j.launcher.toLower()), userByLogin.value(runAs),
                             accountIds.value(runAs)};
        const QVariantList values =
            JobRepository::rowValues(j.source, j, {j.launcher, j.runAs, j.role}, links, runId);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec())
            return fail("Cannot import jobs");
    }

    q.prepare(
        QStringLiteral("INSERT INTO identity_events(at, kind, user_id, group_id, subject, actor, source, "
                       "details, sync_run) VALUES(?,?,?,?,?,?,?,?,?)"));
    for (const IdentityEvent &e : scenario.events) {
        q.bindValue(0, e.at);
        q.bindValue(1, identityEventKindName(e.kind));
        q.bindValue(2, idOrNull(userIds.value(e.userScimId)));
        q.bindValue(3, idOrNull(groupIds.value(e.groupScimId)));
        q.bindValue(4, e.subject);
        q.bindValue(5, sqlText(e.actor));
        q.bindValue(6, e.source);
        q.bindValue(7, e.details.isEmpty() ? QStringLiteral("{}") : e.details);
        q.bindValue(8, runId);
        if (!q.exec())
            return fail("Cannot import identity events");
    }

    q.prepare(
        QStringLiteral("INSERT INTO rbac_mappings(version, created_at, author, content) VALUES(?,?,?,?)"));
    q.addBindValue(1);
    q.addBindValue(scenario.anchor);
    q.addBindValue(QStringLiteral("scenario"));
    q.addBindValue(QString::fromUtf8(scenario.rbacMappingJson()));
    if (!q.exec())
        return fail("Cannot import the RBAC mapping");

    if (Status s = store.setMetaValue(QStringLiteral("scenario"), scenario.name); !s)
        return s;
    if (Status s = store.setMetaValue(QStringLiteral("scenario.anchor"), QString::number(scenario.anchor));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    const QString stats = QStringLiteral(R"({"users":%1,"groups":%2,"memberships":%3,"jobs":%4,"events":%5})")
                              .arg(scenario.users.size())
                              .arg(scenario.groups.size())
                              .arg(scenario.membershipCount())
                              .arg(scenario.jobs.size())
                              .arg(scenario.events.size());
    return store.finishSyncRun(runId, QStringLiteral("ok"), QString(), stats);
}

Status ScenarioImporter::writeIdentityFeed(Store &store, const Scenario &scenario)
{
    QSqlDatabase db = store.database();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO identity_events(at, kind, user_id, group_id, subject, actor, source, "
                       "details) SELECT ?, ?, u.id, (SELECT id FROM groups WHERE scim_id = ?), u.user_name, "
                       "?, 'idp-log', ? FROM users u WHERE u.scim_id = ?"));
    for (const IdentityEvent &e : scenario.events) {
        if (e.kind != IdentityEvent::Kind::Updated && e.kind != IdentityEvent::Kind::MembershipAdded &&
            e.kind != IdentityEvent::Kind::MembershipRemoved)
            continue;
        q.bindValue(0, e.at);
        q.bindValue(1, identityEventKindName(e.kind));
        q.bindValue(2, sqlText(e.groupScimId));
        q.bindValue(3, sqlText(e.actor));
        q.bindValue(4, e.details.isEmpty() ? QStringLiteral("{}") : e.details);
        q.bindValue(5, e.userScimId);
        if (!q.exec())
            return sqlError(QStringLiteral("Cannot import the identity event feed"), q.lastError());
    }
    return tx.commit();
}

} // namespace Scimflow
