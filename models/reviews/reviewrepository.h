#pragma once

#include "reportoptions.h"
#include "result.h"
#include "reviewcampaign.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace Scimflow {

/// Review campaigns in the store: creation with set-based item generation, decisions, assignment, sign-off
/// into the audit chain and remediation results. Every write is one transaction.
class ReviewRepository
{
public:
    explicit ReviewRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Creates the campaign and its items from the store, in one transaction. Returns the campaign with its
    /// id and item count. Refuses an empty name, an empty scope, a period that ends before it starts and a
    /// superseded campaign that is not signed. \a cancel stops it between and within its statements and
    /// nothing is kept (an Error::Kind::Cancelled); \a progress reports the steps done.
    Result<ReviewCampaign> create(ReviewCampaign campaign, const ReportCancel *cancel = nullptr,
                                  const std::function<void(int done, int total)> &progress = {});
    Result<QList<ReviewCampaign>> campaigns() const;
    Result<ReviewCampaign> campaign(qint64 id) const;
    Result<QList<ReviewItem>> items(qint64 campaignId) const;
    Result<ReviewItem> item(qint64 itemId) const;

    /// Records \a decision on every item in \a itemIds (all or none: the first item refused by
    /// ReviewRules stops the whole batch). Refused on a signed campaign.
    Result<int> decide(qint64 campaignId, const QList<qint64> &itemIds, ReviewDecision decision,
                       const QString &justification, const QString &reviewer);
    /// Records \a decision on every undecided item whose recommendation it is.
    Result<int> decideRecommended(qint64 campaignId, ReviewDecision decision, const QString &justification,
                                  const QString &reviewer);
    /// Assigns items to a reviewer (empty: unassigned).
    Result<int> assign(qint64 campaignId, const QList<qint64> &itemIds, const QString &reviewer);

    /// Closes the campaign: every item needs a keep or revoke decision. Appends one `review.signoff` audit
    /// entry carrying the digest of the canonical decisions, then marks the campaign signed.
    Result<ReviewCampaign> signOff(qint64 campaignId, const QString &reviewer);

    /// Records what applying the remediation of a revoke item did; allowed after sign-off.
    Status setRemediation(qint64 itemId, const QString &result, const QString &message, qint64 auditSeq);

    /// The canonical form of a campaign's decisions (what its digest hashes), documented in the README.
    static QByteArray canonicalDecisions(const ReviewCampaign &campaign, const QList<ReviewItem> &items);
    /// Lower-case hex SHA-256 of canonicalDecisions().
    static QString digest(const ReviewCampaign &campaign, const QList<ReviewItem> &items);
    /// The audit target of a campaign: "review-campaign/<id>".
    static QString auditTarget(qint64 campaignId);

private:
    Status checkOpen(qint64 campaignId) const;
    /// \a step is called after each statement group; it reports progress and fails once cancelled.
    Status generateItems(qint64 campaignId, const ReviewCampaign &campaign,
                         const std::function<Status()> &step);

    QSqlDatabase m_db;
};

} // namespace Scimflow
