#include "provisioningdriftrule.h"

#include "driftqueries.h"
#include "evidence.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::ProvisioningDriftRule", text);
}

using IdpUser = DriftQueries::IdpUser;       // offAt: 0 while provisioned
using TargetUser = DriftQueries::TargetUser; // an account in a target

} // namespace

Result<QList<Finding>> ProvisioningDriftRule::evaluate(const DriftContext &context) const
{
    const DriftQueries reads(context.db, id());
    Result<QList<DriftQueries::ScimTarget>> targets = reads.scimTargets();
    if (!targets)
        return targets.error();
    QList<Finding> out;
    if (targets->isEmpty())
        return out;

    // The IdP's users with, for leavers, when and by whom they were deprovisioned.
    QList<IdpUser> idpUsers;
    Status read = reads.usersWithLeaving([&](const IdpUser &row) {
        IdpUser u = row;
        if (u.active && u.how != QLatin1String("deleted"))
            u.offAt = 0;
        idpUsers << u;
    });
    if (!read)
        return read.error();
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
    read = reads.liveGroups([&](const DriftQueries::IdpGroup &g) {
        groupByScimId.insert(g.scimId, g.id);
        groupByName.insert(g.displayName.toLower(), g.id);
        groupName.insert(g.id, g.displayName);
    });
    if (!read)
        return read.error();
    QSet<QPair<qint64, qint64>> granted;
    read = reads.memberships([&](qint64 groupId, qint64 userId) { granted.insert({groupId, userId}); });
    if (!read)
        return read.error();

    const Timestamp slaMs = Timestamp(context.settings.provisioningSlaMinutes) * 60 * 1000;
    for (const DriftQueries::ScimTarget &t : std::as_const(*targets)) {
        QHash<QString, TargetUser> accounts;
        QStringList order;
        read = reads.targetUsers(t.id, [&](const TargetUser &a) {
            order << a.scimId;
            accounts.insert(a.scimId, a);
        });
        if (!read)
            return read.error();
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
        read = reads.targetMemberships(t.id, [&](const DriftQueries::TargetMembership &m) {
            const QString &groupId = m.groupScimId, &externalId = m.groupExternalId, &displayName = m.group,
                          &accountId = m.userScimId;
            const auto c = correlated.constFind(accountId);
            if (c == correlated.constEnd() || !accounts.value(accountId).active)
                return; // orphans and leavers have their own findings; an inactive account grants nothing
            qint64 idpGroup = externalId.isEmpty() ? 0 : groupByScimId.value(externalId, 0);
            QString groupMatch = QStringLiteral("externalId");
            if (!idpGroup) {
                idpGroup = groupByName.value(displayName.toLower(), 0);
                groupMatch = QStringLiteral("displayName");
            }
            if (!idpGroup)
                return; // a group the IdP does not push: managed in the target itself
            const IdpUser &u = idpUsers[c->first];
            if (u.offAt != 0 || granted.contains({idpGroup, u.id}))
                return; // a leaver's target memberships go with the deactivation, within the SLA or after
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
        });
        if (!read)
            return read.error();

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
