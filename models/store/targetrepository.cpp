#include "targetrepository.h"

#include "sqldialect.h"
#include "store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

namespace {

struct StoredUser
{
    QString externalId, userName, email;
    bool active = true;
};

QString membershipKey(const QString &group, const QString &user)
{
    return group + QLatin1Char('\n') + user;
}

} // namespace

TargetRepository::TargetRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<qint64> TargetRepository::ensureTarget(const QString &name, const QString &baseUrl,
                                              const QString &vendor)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO scim_targets(name, base_url, vendor) VALUES(?, ?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET base_url = excluded.base_url, "
                             "vendor = excluded.vendor"));
    q.addBindValue(name);
    q.addBindValue(sqlText(baseUrl));
    q.addBindValue(sqlText(vendor));
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot record the SCIM target %1").arg(name), q.lastError());
    q.prepare(QStringLiteral("SELECT id FROM scim_targets WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("Cannot find the SCIM target %1").arg(name), q.lastError());
    return q.value(0).toLongLong();
}

Result<TargetChanges> TargetRepository::writeSnapshot(const TargetSnapshot &s,
                                                      const std::atomic<bool> *cancelled)
{
    Transaction tx(m_db, Transaction::Lock::Immediate);
    if (!tx.isActive())
        return sqlError(QStringLiteral("Cannot begin the target snapshot"), m_db.lastError());
    const Timestamp now = currentTimestamp();
    Result<qint64> id = ensureTarget(s.name, s.baseUrl, s.vendor);
    if (!id)
        return id.error();
    const qint64 targetId = *id;
    TargetChanges changes;
    QSqlQuery q(m_db);

    // The previous snapshot, to derive what changed.
    QHash<QString, StoredUser> before;
    QSet<QString> membershipsBefore;
    q.prepare(QStringLiteral("SELECT synced_at, schemas FROM scim_targets WHERE id = ?"));
    q.addBindValue(targetId);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("Cannot read the SCIM target"), q.lastError());
    changes.baseline = q.value(0).toLongLong() == 0;
    const QString previousSchemas = q.value(1).toString();
    q.prepare(QStringLiteral("SELECT scim_id, external_id, user_name, email, active FROM target_users "
                             "WHERE target_id = ?"));
    q.addBindValue(targetId);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the target's users"), q.lastError());
    while (q.next())
        before.insert(q.value(0).toString(), StoredUser{q.value(1).toString(), q.value(2).toString(),
                                                        q.value(3).toString(), q.value(4).toBool()});
    q.prepare(
        QStringLiteral("SELECT group_scim_id, user_scim_id FROM target_memberships WHERE target_id = ?"));
    q.addBindValue(targetId);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the target's memberships"), q.lastError());
    while (q.next())
        membershipsBefore.insert(membershipKey(q.value(0).toString(), q.value(1).toString()));

    for (const char *table : {"target_memberships", "target_groups", "target_users"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE target_id = ?").arg(QLatin1String(table)));
        q.addBindValue(targetId);
        if (!q.exec())
            return sqlError(QStringLiteral("Cannot replace the target's snapshot"), q.lastError());
    }

    QSqlQuery insertUser(m_db);
    insertUser.prepare(
        QStringLiteral("INSERT INTO target_users(target_id, scim_id, external_id, user_name, email, "
                       "emails, active, last_modified) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    QSet<QString> userIds;
    for (const User &u : s.users) {
        insertUser.addBindValue(targetId);
        insertUser.addBindValue(u.scimId);
        insertUser.addBindValue(sqlText(u.externalId));
        insertUser.addBindValue(sqlText(u.userName));
        insertUser.addBindValue(sqlText(u.email));
        insertUser.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(u.emails)).toJson(QJsonDocument::Compact)));
        insertUser.addBindValue(u.active ? 1 : 0);
        insertUser.addBindValue(u.lastModified);
        if (!insertUser.exec())
            return sqlError(QStringLiteral("Cannot write the target user %1").arg(u.scimId),
                            insertUser.lastError());
        userIds.insert(u.scimId);
        const auto old = before.constFind(u.scimId);
        if (old == before.constEnd())
            ++changes.usersAdded;
        else if (old->active != u.active || old->userName != u.userName || old->externalId != u.externalId ||
                 old->email != u.email)
            ++changes.usersChanged;
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!userIds.contains(it.key()))
            ++changes.usersRemoved;
    }

    QSqlQuery insertGroup(m_db);
    insertGroup.prepare(QStringLiteral(
        "INSERT INTO target_groups(target_id, scim_id, external_id, display_name) VALUES(?, ?, ?, ?)"));
    QSqlQuery insertMember(m_db);
    insertMember.prepare(QStringLiteral("INSERT INTO target_memberships(target_id, group_scim_id, "
                                        "user_scim_id) VALUES(?, ?, ?) ON CONFLICT DO NOTHING"));
    QSet<QString> membershipsAfter;
    for (const Group &g : s.groups) {
        insertGroup.addBindValue(targetId);
        insertGroup.addBindValue(g.scimId);
        insertGroup.addBindValue(sqlText(g.externalId));
        insertGroup.addBindValue(sqlText(g.displayName));
        if (!insertGroup.exec())
            return sqlError(QStringLiteral("Cannot write the target group %1").arg(g.scimId),
                            insertGroup.lastError());
        for (const QString &member : g.memberScimIds) {
            if (!userIds.contains(member))
                continue; // a member the target did not list as a user (a nested group, or gone meanwhile)
            insertMember.addBindValue(targetId);
            insertMember.addBindValue(g.scimId);
            insertMember.addBindValue(member);
            if (!insertMember.exec())
                return sqlError(QStringLiteral("Cannot write a target membership"), insertMember.lastError());
            membershipsAfter.insert(membershipKey(g.scimId, member));
        }
    }
    for (const QString &m : std::as_const(membershipsAfter))
        changes.membershipsAdded += membershipsBefore.contains(m) ? 0 : 1;
    for (const QString &m : std::as_const(membershipsBefore))
        changes.membershipsRemoved += membershipsAfter.contains(m) ? 0 : 1;
    changes.users = s.users.size();
    changes.groups = s.groups.size();
    changes.memberships = membershipsAfter.size();

    const QString schemas = QString::fromUtf8(s.schemasDocument);
    q.prepare(
        QStringLiteral("UPDATE scim_targets SET synced_at = ?, schemas = ?, previous_schemas = "
                       "CASE WHEN schemas <> ? AND schemas <> '' THEN schemas ELSE previous_schemas END "
                       "WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(sqlText(schemas));
    q.addBindValue(sqlText(schemas));
    q.addBindValue(targetId);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot update the SCIM target"), q.lastError());
    Q_UNUSED(previousSchemas);

    QString stats =
        QStringLiteral("{\"users\":%1,\"groups\":%2,\"memberships\":%3,\"usersAdded\":%4,\"usersRemoved\":%5,"
                       "\"usersChanged\":%6,\"membershipsAdded\":%7,\"membershipsRemoved\":%8")
            .arg(changes.users)
            .arg(changes.groups)
            .arg(changes.memberships)
            .arg(changes.usersAdded)
            .arg(changes.usersRemoved)
            .arg(changes.usersChanged)
            .arg(changes.membershipsAdded)
            .arg(changes.membershipsRemoved);
    if (!s.statsExtra.isEmpty())
        stats += QLatin1Char(',') + s.statsExtra;
    stats += QLatin1Char('}');
    q.prepare(
        QStringLiteral("INSERT INTO target_sync_runs(target_id, started_at, finished_at, status, stats) "
                       "VALUES(?, ?, ?, 'ok', ?)"));
    q.addBindValue(targetId);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(stats);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot record the target sync run"), q.lastError());
    if (cancelled && cancelled->load())
        return Error::make(Error::Kind::Cancelled,
                           QStringLiteral("The target sync was cancelled; nothing was changed."));
    if (const Status committed = tx.commit(); !committed)
        return committed.error();
    return changes;
}

Status TargetRepository::recordRun(const QString &name, const QString &baseUrl, const QString &vendor,
                                   const QString &status, const QString &message)
{
    Transaction tx(m_db, Transaction::Lock::Immediate);
    Result<qint64> id = ensureTarget(name, baseUrl, vendor);
    if (!id)
        return id.error();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO target_sync_runs(target_id, started_at, finished_at, status, message) "
                       "VALUES(?, ?, ?, ?, ?)"));
    const Timestamp now = currentTimestamp();
    q.addBindValue(*id);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(status);
    q.addBindValue(sqlText(message));
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot record the target sync run"), q.lastError());
    return tx.commit();
}

QStringList TargetRepository::targetNames() const
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name FROM scim_targets ORDER BY name"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QList<SyncRun> TargetRepository::lastSuccessfulRuns() const
{
    QList<SyncRun> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT t.name, r.id, r.started_at, r.finished_at FROM scim_targets t LEFT JOIN target_sync_runs "
            "r "
            "ON r.id = (SELECT id FROM target_sync_runs WHERE target_id = t.id AND status = 'ok' "
            "ORDER BY finished_at DESC, id DESC LIMIT 1) ORDER BY t.name")))
        return out;
    while (q.next()) {
        SyncRun run;
        run.source = QStringLiteral("target:") + q.value(0).toString();
        run.id = q.value(1).toLongLong();
        run.startedAt = q.value(2).toLongLong();
        run.finishedAt = q.value(3).toLongLong();
        run.status = run.id ? QStringLiteral("ok") : QString();
        out << run;
    }
    return out;
}

QList<TargetAccount> TargetRepository::accountsOf(const QString &scimId, const QString &userName,
                                                  const QString &email) const
{
    QList<TargetAccount> out;
    QSqlQuery q(m_db);
    // Per target the best key wins: externalId, then userName, then email.
    q.prepare(QStringLiteral("SELECT * FROM (SELECT t.name, u.scim_id, u.external_id, u.user_name, u.email, "
                             "  u.active, CASE WHEN u.external_id <> '' AND u.external_id = ? THEN 1 "
                             "       WHEN u.user_name <> '' AND %1 THEN 2 "
                             "       WHEN u.email <> '' AND %2 THEN 3 ELSE 0 END AS how "
                             "FROM target_users u JOIN scim_targets t ON t.id = u.target_id) AS matched "
                             "WHERE how > 0 ORDER BY name, how, scim_id")
                  .arg(Sql::equalsNocase(m_db, QStringLiteral("u.user_name"), QStringLiteral("?")),
                       Sql::equalsNocase(m_db, QStringLiteral("u.email"), QStringLiteral("?"))));
    q.addBindValue(sqlText(scimId));
    q.addBindValue(sqlText(userName));
    q.addBindValue(sqlText(email));
    if (!q.exec())
        return out;
    QString lastTarget;
    int bestHow = 0;
    while (q.next()) {
        const QString target = q.value(0).toString();
        const int how = q.value(6).toInt();
        if (target == lastTarget && how > bestHow)
            continue;
        lastTarget = target;
        bestHow = how;
        out << TargetAccount{target,
                             q.value(1).toString(),
                             q.value(2).toString(),
                             q.value(3).toString(),
                             q.value(4).toString(),
                             q.value(5).toBool()};
    }
    return out;
}

} // namespace Scimflow
