#include "reviewremediation.h"

#include "reviewremediationqueries.h"
#include "reviewrepository.h"

#include <QCoreApplication>

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
    const ReviewRemediationQueries stored(m_db);
    switch (item.kind) {
    case ReviewItem::Kind::Membership: {
        const Result<std::optional<ReviewRemediationQueries::Membership>> m =
            stored.membership(item.userId, item.groupId);
        if (!m)
            return m.error();
        if (!*m) {
            *unsupported = tr("the user or the group is no longer in the store");
            return a;
        }
        a.kind = FixAction::Kind::RemoveMembership;
        a.userScimId = (*m)->userScimId;
        a.userName = (*m)->userName;
        a.groupScimId = (*m)->groupScimId;
        a.groupName = (*m)->groupName;
        return a;
    }
    case ReviewItem::Kind::ServiceAccount: {
        const Result<std::optional<ReviewRemediationQueries::Credential>> account =
            stored.serviceAccount(item.identity);
        if (!account)
            return account.error();
        if (!*account) {
            *unsupported = tr("%1 is not in the Google Cloud IAM inventory; disable it in its own console")
                               .arg(item.identity);
            return a;
        }
        a.kind = FixAction::Kind::DisableServiceAccount;
        a.credentialSource = (*account)->source;
        a.credentialResource = (*account)->externalId;
        a.credentialName = a.credentialResource;
        return a;
    }
    case ReviewItem::Kind::Credential: {
        const Result<std::optional<ReviewRemediationQueries::Credential>> c =
            stored.credential(item.credentialId);
        if (!c)
            return c.error();
        if (!*c) {
            *unsupported = tr("the credential is no longer in the inventory");
            return a;
        }
        a.credentialSource = (*c)->source;
        a.credentialResource = (*c)->externalId;
        if ((*c)->kind == QLatin1String("github-token")) {
            a.kind = FixAction::Kind::RevokeToken;
            a.credentialName = tr("token %1 of %2").arg((*c)->name, (*c)->owner);
            return a;
        }
        if ((*c)->keyType != QLatin1String("USER_MANAGED")) {
            *unsupported = tr("a key managed by Google Cloud cannot be disabled");
            return a;
        }
        a.kind = FixAction::Kind::DisableKey;
        a.credentialName = tr("key %1 of %2").arg((*c)->name.left(12), (*c)->owner);
        return a;
    }
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
