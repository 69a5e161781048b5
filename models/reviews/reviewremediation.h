#pragma once

#include "fixexecutor.h"
#include "fixplanner.h"
#include "result.h"
#include "reviewcampaign.h"

#include <QSqlDatabase>

namespace Scimflow {

/// One revoke decision turned into an existing fix: remove the membership, disable the service account,
/// disable the key or revoke the token.
struct RemediationStep
{
    qint64 itemId = 0;
    QString identity;
    QString access;
    bool hasAction = false; // false: nothing Scimflow can change carries this revocation
    FixPlan plan;           // plan.isAvailable() false: no connection configured for it
    QString unsupportedReason;
};

/// A signed or open campaign's remediation plan, applied by hand through the FixExecutor (intent and
/// outcome in the audit log), with each item's result recorded: applied, failed with the server's
/// message, not found, or not supported.
class ReviewRemediation
{
public:
    ReviewRemediation(QSqlDatabase db, const FixPlanner &planner)
        : m_db(std::move(db))
        , m_planner(planner)
    {}

    /// The steps for every revoke decision of the campaign that has not been applied yet.
    Result<QList<RemediationStep>> plan(qint64 campaignId) const;
    /// Records a finished fix on its item.
    Status record(const RemediationStep &step, const FixOutcome &outcome) const;
    /// Records on its item that the step cannot be carried out from here, and why.
    Status recordNotSupported(const RemediationStep &step) const;

    /// "applied", "failed", "not-found" or "not-supported" for a finished fix.
    static QString resultName(const FixOutcome &outcome);

private:
    Result<FixAction> actionFor(const ReviewItem &item, QString *unsupported) const;

    QSqlDatabase m_db;
    const FixPlanner &m_planner;
};

} // namespace Scimflow
