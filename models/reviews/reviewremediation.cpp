#include "reviewremediation.h"

#include "reviewrepository.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::ReviewRemediation", text);
}

} // namespace

Result<FixAction> ReviewRemediation::actionFor(const ReviewItem &item, QString *unsupported) const
{
    FixAction a;
    QSqlQuery q(m_db);
    switch (item.kind) {
    case ReviewItem::Kind::Membership:
        q.prepare(
            QStringLiteral("SELECT u.scim_id, u.user_name, g.scim_id, g.display_name FROM users u, groups g "
                           "WHERE u.id = ? AND g.id = ?"));
        q.addBindValue(item.userId);
        q.addBindValue(item.groupId);
        if (!q.exec())
            return sqlError(QStringLiteral("Cannot read the membership to remove"), q.lastError());
        if (!q.next()) {
            *unsupported = tr("the user or the group is no longer in the store");
            return a;
        }
        a.kind = FixAction::Kind::RemoveMembership;
        a.userScimId = q.value(0).toString();
        a.userName = q.value(1).toString();
        a.groupScimId = q.value(2).toString();
        a.groupName = q.value(3).toString();
        return a;
    case ReviewItem::Kind::ServiceAccount:
        q.prepare(
            QStringLiteral("SELECT source, external_id FROM credentials WHERE kind = 'gcp-service-account' "
                           "AND lower(external_id) = lower(?) ORDER BY id LIMIT 1"));
        q.addBindValue(item.identity);
        if (!q.exec())
            return sqlError(QStringLiteral("Cannot read the service account to disable"), q.lastError());
        if (!q.next()) {
            *unsupported = tr("%1 is not in the Google Cloud IAM inventory; disable it in its own console")
                               .arg(item.identity);
            return a;
        }
        a.kind = FixAction::Kind::DisableServiceAccount;
        a.credentialSource = q.value(0).toString();
        a.credentialResource = q.value(1).toString();
        a.credentialName = a.credentialResource;
        return a;
    case ReviewItem::Kind::Credential:
        q.prepare(QStringLiteral("SELECT kind, source, external_id, name, owner, key_type FROM credentials "
                                 "WHERE id = ?"));
        q.addBindValue(item.credentialId);
        if (!q.exec())
            return sqlError(QStringLiteral("Cannot read the credential to revoke"), q.lastError());
        if (!q.next()) {
            *unsupported = tr("the credential is no longer in the inventory");
            return a;
        }
        a.credentialSource = q.value(1).toString();
        a.credentialResource = q.value(2).toString();
        if (q.value(0).toString() == QLatin1String("github-token")) {
            a.kind = FixAction::Kind::RevokeToken;
            a.credentialName = tr("token %1 of %2").arg(q.value(3).toString(), q.value(4).toString());
            return a;
        }
        if (q.value(5).toString() != QLatin1String("USER_MANAGED")) {
            *unsupported = tr("a key managed by Google Cloud cannot be disabled");
            return a;
        }
        a.kind = FixAction::Kind::DisableKey;
        a.credentialName = tr("key %1 of %2").arg(q.value(3).toString().left(12), q.value(4).toString());
        return a;
    }
    return a;
}

Result<QList<RemediationStep>> ReviewRemediation::plan(qint64 campaignId) const
{
    Result<QList<ReviewItem>> items = ReviewRepository(m_db).items(campaignId);
    if (!items)
        return items.error();
    QList<RemediationStep> out;
    for (const ReviewItem &it : std::as_const(*items)) {
        if (it.decision != ReviewDecision::Revoke || it.remediation == QLatin1String("applied"))
            continue;
        RemediationStep step;
        step.itemId = it.id;
        step.identity = it.identity;
        step.access = it.access;
        QString unsupported;
        Result<FixAction> action = actionFor(it, &unsupported);
        if (!action)
            return action.error();
        step.hasAction = unsupported.isEmpty();
        step.unsupportedReason = unsupported;
        if (step.hasAction) {
            step.plan = m_planner.describe(*action);
            if (!step.plan.isAvailable())
                step.unsupportedReason = step.plan.unavailableReason;
        }
        out << step;
    }
    return out;
}

QString ReviewRemediation::resultName(const FixOutcome &outcome)
{
    if (!outcome.performed)
        return outcome.refusal.kind == Error::Kind::NotFound ? QStringLiteral("not-found")
                                                             : QStringLiteral("failed");
    if (outcome.result.status == FixResult::Status::Succeeded)
        return QStringLiteral("applied");
    if (outcome.result.httpStatus == 404)
        return QStringLiteral("not-found");
    return QStringLiteral("failed");
}

Status ReviewRemediation::record(const RemediationStep &step, const FixOutcome &outcome) const
{
    const QString message =
        outcome.performed ? FixExecutor::outcomeText(outcome.result) : outcome.refusal.message;
    return ReviewRepository(m_db).setRemediation(step.itemId, resultName(outcome), message,
                                                 outcome.intentSeq);
}

Status ReviewRemediation::recordNotSupported(const RemediationStep &step) const
{
    return ReviewRepository(m_db).setRemediation(step.itemId, QStringLiteral("not-supported"),
                                                 step.unsupportedReason, 0);
}

} // namespace Scimflow
