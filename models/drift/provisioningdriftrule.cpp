#include "provisioningdriftrule.h"

#include "deprovisioning.h"
#include "evidence.h"
#include "store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::ProvisioningDriftRule", text);
}

struct IdpUser
{
    qint64 id = 0;
    QString scimId, userName, email;
    bool active = true;
    Timestamp offAt = 0; // deactivated or deleted at; 0 while provisioned
    QString how;         // "deactivated" / "deleted"
    QString actor;       // who did it, when the IdP's log says
};

struct TargetUser
{
    QString scimId, externalId, userName, email;
    bool active = true;
};

} // namespace

Result<QList<Finding>> ProvisioningDriftRule::evaluate(const DriftContext &context) const
{
    const auto failed = [this](const QSqlQuery &q) {
        return sqlError(QStringLiteral("Drift rule %1 failed").arg(id()), q.lastError());
    };
    QSqlQuery q(context.db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, schemas, previous_schemas FROM scim_targets ORDER BY name")))
        return failed(q);
    struct Target
    {
        qint64 id;
        QString name, schemas, previousSchemas;
    };
    QList<Target> targets;
    while (q.next())
        targets << Target{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString()};
    QList<Finding> out;
    if (targets.isEmpty())
        return out;

    // The IdP's users with, for leavers, when and by whom they were deprovisioned.
    QList<IdpUser> idpUsers;
    if (!q.exec(
            Deprovisioning::leaversCte() +
            QStringLiteral("SELECT u.id, u.scim_id, u.user_name, u.email, u.active, coalesce(l.off_at, 0), "
                           "  coalesce(l.how, ''), coalesce(e.actor, '') "
                           "FROM users u LEFT JOIN leavers l ON l.user_id = u.id "
                           "LEFT JOIN identity_events e ON e.id = l.off_event ORDER BY u.id")))
        return failed(q);
    while (q.next()) {
        IdpUser u;
        u.id = q.value(0).toLongLong();
        u.scimId = q.value(1).toString();
        u.userName = q.value(2).toString();
        u.email = q.value(3).toString();
        u.active = q.value(4).toBool();
        u.offAt = q.value(5).toLongLong();
        u.how = q.value(6).toString();
        u.actor = q.value(7).toString();
        if (u.active && u.how != QLatin1String("deleted"))
            u.offAt = 0;
        idpUsers << u;
    }
    QHash<QString, int> byScimId, byUserName, byEmail;
    for (int i = 0; i < idpUsers.size(); ++i) {
        byScimId.insert(idpUsers[i].scimId, i);
        if (!idpUsers[i].userName.isEmpty())
            byUserName.insert(idpUsers[i].userName.toLower(), i);
        if (!idpUsers[i].email.isEmpty())
            byEmail.insert(idpUsers[i].email.toLower(), i);
    }
    // The IdP's groups by id and by name, and who they grant.
    QHash<QString, qint64> groupByScimId, groupByName;
    QHash<qint64, QString> groupName;
    if (!q.exec(QStringLiteral("SELECT id, scim_id, display_name FROM groups WHERE deleted_at = 0")))
        return failed(q);
    while (q.next()) {
        groupByScimId.insert(q.value(1).toString(), q.value(0).toLongLong());
        groupByName.insert(q.value(2).toString().toLower(), q.value(0).toLongLong());
        groupName.insert(q.value(0).toLongLong(), q.value(2).toString());
    }
    QSet<QPair<qint64, qint64>> granted;
    if (!q.exec(QStringLiteral("SELECT group_id, user_id FROM memberships")))
        return failed(q);
    while (q.next())
        granted.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});

    const Timestamp slaMs = Timestamp(context.settings.provisioningSlaMinutes) * 60 * 1000;
    for (const Target &t : std::as_const(targets)) {
        QHash<QString, TargetUser> accounts;
        QStringList order;
        q.prepare(QStringLiteral("SELECT scim_id, external_id, user_name, email, active FROM target_users "
                                 "WHERE target_id = ? ORDER BY scim_id"));
        q.addBindValue(t.id);
        if (!q.exec())
            return failed(q);
        while (q.next()) {
            TargetUser a{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toBool()};
            order << a.scimId;
            accounts.insert(a.scimId, a);
        }
        // Correlation: externalId = IdP user id, else userName, else email.
        QHash<QString, QPair<int, QString>> correlated; // target user id -> (IdP user index, how)
        for (const QString &accountId : std::as_const(order)) {
            const TargetUser &a = accounts[accountId];
            int i = -1;
            QString how;
            if (!a.externalId.isEmpty() && (i = byScimId.value(a.externalId, -1)) >= 0)
                how = QStringLiteral("externalId");
            else if (!a.userName.isEmpty() && (i = byUserName.value(a.userName.toLower(), -1)) >= 0)
                how = QStringLiteral("userName");
            else if (!a.email.isEmpty() && (i = byEmail.value(a.email.toLower(), -1)) >= 0)
                how = QStringLiteral("email");
            if (i >= 0)
                correlated.insert(accountId, {i, how});
        }
        for (const QString &accountId : std::as_const(order)) {
            const TargetUser &a = accounts[accountId];
            const auto c = correlated.constFind(accountId);
            if (c == correlated.constEnd()) {
                if (!a.active)
                    continue; // an inactive orphan grants nothing
                Finding f;
                f.rule = id();
                f.severity = Finding::Severity::Medium;
                f.subjectKind = QStringLiteral("target-account");
                f.subject = QStringLiteral("%1: %2").arg(t.name, a.userName);
                f.subjectKey = t.name + QLatin1Char('/') + a.scimId;
                f.detail = QStringLiteral("orphan");
                f.summary =
                    tr("The account %1 in SCIM target %2 matches no user of the identity provider (by "
                       "externalId, userName or email) and is active: an orphan the IdP does not "
                       "manage. Remove it in the target or link it to its IdP user.")
                        .arg(a.userName, t.name);
                f.evidence.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("target-account")},
                                              {QStringLiteral("target"), t.name},
                                              {QStringLiteral("targetUserId"), a.scimId},
                                              {QStringLiteral("externalId"), a.externalId},
                                              {QStringLiteral("userName"), a.userName},
                                              {QStringLiteral("email"), a.email},
                                              {QStringLiteral("active"), a.active},
                                              {QStringLiteral("correlation"), QStringLiteral("none")}});
                out << f;
                continue;
            }
            const IdpUser &u = idpUsers[c->first];
            if (!a.active || u.offAt == 0 || context.now - u.offAt <= slaMs)
                continue;
            Finding f;
            f.rule = id();
            f.severity = Finding::Severity::High;
            f.subjectKind = QStringLiteral("user");
            f.subjectId = u.id;
            f.subject = u.userName;
            f.subjectKey = u.scimId;
            f.detail = QStringLiteral("target:%1:still-active").arg(t.name);
            f.startedAt = u.offAt + slaMs;
            const QString sla = QString::number(context.settings.provisioningSlaMinutes);
            f.summary =
                u.actor.isEmpty()
                    ? tr("%1 was %2 in the identity provider at %3 but is still active in SCIM target "
                         "%4, past the provisioning SLA of %5 minutes: the deprovisioning did not "
                         "reach the target.")
                          .arg(u.userName, u.how, Evidence::iso(u.offAt), t.name, sla)
                    : tr("%1 was %2 in the identity provider at %3 by %6 but is still active in SCIM "
                         "target %4, past the provisioning SLA of %5 minutes: the deprovisioning did "
                         "not reach the target.")
                          .arg(u.userName, u.how, Evidence::iso(u.offAt), t.name, sla, u.actor);
            f.evidence.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("target-account")},
                            {QStringLiteral("target"), t.name},
                            {QStringLiteral("targetUserId"), a.scimId},
                            {QStringLiteral("userName"), a.userName},
                            {QStringLiteral("active"), a.active},
                            {QStringLiteral("correlation"), c->second},
                            {QStringLiteral("idpUser"), u.userName},
                            {QStringLiteral("idpUserId"), u.scimId},
                            {QStringLiteral("deprovisioned"), u.how},
                            {QStringLiteral("deprovisionedAt"), Evidence::iso(u.offAt)},
                            {QStringLiteral("deprovisionedBy"), u.actor},
                            {QStringLiteral("slaMinutes"), context.settings.provisioningSlaMinutes}});
            out << f;
        }

        // Target memberships the IdP does not grant (a deprovisioned user's are covered by the finding
        // above).
        q.prepare(QStringLiteral(
            "SELECT m.group_scim_id, g.external_id, g.display_name, m.user_scim_id FROM target_memberships m "
            "JOIN target_groups g ON g.target_id = m.target_id AND g.scim_id = m.group_scim_id "
            "WHERE m.target_id = ? ORDER BY m.group_scim_id, m.user_scim_id"));
        q.addBindValue(t.id);
        if (!q.exec())
            return failed(q);
        while (q.next()) {
            const QString groupId = q.value(0).toString(), externalId = q.value(1).toString(),
                          displayName = q.value(2).toString(), accountId = q.value(3).toString();
            const auto c = correlated.constFind(accountId);
            if (c == correlated.constEnd() || !accounts.value(accountId).active)
                continue; // orphans and leavers have their own findings; an inactive account grants nothing
            qint64 idpGroup = externalId.isEmpty() ? 0 : groupByScimId.value(externalId, 0);
            QString groupMatch = QStringLiteral("externalId");
            if (!idpGroup) {
                idpGroup = groupByName.value(displayName.toLower(), 0);
                groupMatch = QStringLiteral("displayName");
            }
            if (!idpGroup)
                continue; // a group the IdP does not push: managed in the target itself
            const IdpUser &u = idpUsers[c->first];
            if (u.offAt != 0 || granted.contains({idpGroup, u.id}))
                continue; // a leaver's target memberships go with the deactivation, within the SLA or after
            Finding f;
            f.rule = id();
            f.severity = Finding::Severity::Medium;
            f.subjectKind = QStringLiteral("user");
            f.subjectId = u.id;
            f.subject = u.userName;
            f.subjectKey = u.scimId;
            f.detail = QStringLiteral("target:%1:membership:%2").arg(t.name, groupId);
            f.summary = tr("%1 is a member of %2 in SCIM target %3, but the identity provider does not grant "
                           "that group: the target kept a membership the IdP removed, or it was added in the "
                           "target by hand.")
                            .arg(u.userName, displayName, t.name);
            f.evidence.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("target-membership")},
                                          {QStringLiteral("target"), t.name},
                                          {QStringLiteral("targetGroupId"), groupId},
                                          {QStringLiteral("group"), displayName},
                                          {QStringLiteral("groupCorrelation"), groupMatch},
                                          {QStringLiteral("targetUserId"), accountId},
                                          {QStringLiteral("correlation"), c->second},
                                          {QStringLiteral("idpUser"), u.userName},
                                          {QStringLiteral("idpGroup"), groupName.value(idpGroup)}});
            out << f;
        }

        if (!t.previousSchemas.isEmpty() && t.previousSchemas != t.schemas) {
            const QStringList beforeList = t.previousSchemas.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            const QSet<QString> before(beforeList.cbegin(), beforeList.cend());
            const QStringList nowList = t.schemas.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            const QSet<QString> after(nowList.cbegin(), nowList.cend());
            QStringList added = QSet<QString>(after).subtract(before).values();
            QStringList removed = QSet<QString>(before).subtract(after).values();
            added.sort();
            removed.sort();
            Finding f;
            f.rule = id();
            f.severity = Finding::Severity::Low;
            f.subjectKind = QStringLiteral("source");
            f.subject = QStringLiteral("target %1").arg(t.name);
            f.subjectKey = QStringLiteral("scim-target:") + t.name;
            f.detail =
                QStringLiteral("schema:") +
                QString::fromLatin1(QCryptographicHash::hash(t.schemas.toUtf8(), QCryptographicHash::Sha256)
                                        .toHex()
                                        .left(16));
            f.summary = tr("The schemas SCIM target %1 serves changed between its last two syncs (%2 added, "
                           "%3 removed): attributes the IdP pushes may now be dropped or rejected.")
                            .arg(t.name)
                            .arg(added.size())
                            .arg(removed.size());
            f.evidence.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("target-schemas")},
                                          {QStringLiteral("target"), t.name},
                                          {QStringLiteral("added"), added.join(QStringLiteral(", "))},
                                          {QStringLiteral("removed"), removed.join(QStringLiteral(", "))}});
            out << f;
        }
    }
    return out;
}

} // namespace Scimflow
