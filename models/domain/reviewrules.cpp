#include "reviewrules.h"

#include <QCoreApplication>

namespace Scimflow {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Scimflow::ReviewRules", text, disambiguation, n);
}

} // namespace

QString ReviewRules::reasonText(const ReviewItem &item, const ReviewCampaign &campaign)
{
    const int days = item.daysSinceUse(campaign.periodTo);
    const QString r = item.reason;
    if (r == QLatin1String("inactive-user"))
        return tr("the IdP user is %1: access should not outlive the account").arg(item.idpStatus);
    if (r == QLatin1String("disabled-account"))
        return tr("the service account is disabled");
    if (r == QLatin1String("no-owner"))
        return tr("the service account has no owning group");
    if (r == QLatin1String("open-findings"))
        return tr("%n open finding(s) against this identity", nullptr, item.openFindings);
    if (r == QLatin1String("never-used"))
        return tr("no job ever ran under this access (idle after %n day(s))", nullptr, campaign.idleDays);
    if (r == QLatin1String("unused"))
        return tr("no job in %1 days under this access (idle after %2)").arg(days).arg(campaign.idleDays);
    if (r == QLatin1String("in-use"))
        return tr("used %n day(s) ago; %1 job(s) in the period", nullptr, days).arg(item.jobsInPeriod);
    return r;
}

bool ReviewRules::needsJustification(const ReviewItem &item, ReviewDecision decision)
{
    if (decision == ReviewDecision::Keep && item.privileged)
        return true;
    return (decision == ReviewDecision::Keep || decision == ReviewDecision::Revoke) &&
           decision != item.recommendation;
}

Status ReviewRules::checkDecision(const ReviewItem &item, ReviewDecision decision,
                                  const QString &justification)
{
    if (decision == ReviewDecision::None)
        return Error::make(Error::Kind::InvalidInput, tr("Choose keep, revoke or needs-info."));
    if (needsJustification(item, decision) && justification.trimmed().isEmpty()) {
        const QString why =
            decision == ReviewDecision::Keep && item.privileged
                ? tr("keeping privileged access")
                : tr("deciding against the recommendation (%1)").arg(reviewDecisionName(item.recommendation));
        return Error::make(Error::Kind::InvalidInput, tr("Item %1 (%2, %3): %4 needs a justification.")
                                                          .arg(item.id)
                                                          .arg(item.identity, item.access, why));
    }
    return {};
}

} // namespace Scimflow
