#pragma once

#include "result.h"
#include "reviewcampaign.h"
#include "timestamp.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace Scimflow {

/// The `review.signoff` entry of a campaign in the audit log: its seq (0: none), the digest its request
/// carries and its time.
struct ReviewSignoffEntry
{
    qint64 seq = 0;
    QString digest;
    Timestamp at = 0;
};

/// Review campaigns in the store: creation with set-based item generation, decisions, assignment, the
/// signed state and remediation results. Every write is one transaction.
class ReviewRepository
{
public:
    explicit ReviewRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Creates the campaign and its items from the store, in one transaction. Returns the campaign with its
    /// id and item count. Refuses an empty name, an empty scope, a period that ends before it starts and a
    /// superseded campaign that is not signed. Once \a cancelled returns true it stops between and within its
    /// statements and nothing is kept (an Error::Kind::Cancelled); \a progress reports the steps done. An
    /// empty createdBy is the OS user's.
    Result<ReviewCampaign> create(ReviewCampaign campaign, const std::function<bool()> &cancelled = {},
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

    /// Refuses a campaign that does not exist or was signed off; reads the campaign row alone, fast enough
    /// for a keystroke.
    Status checkOpen(qint64 campaignId) const;
    /// The audit entry that signed the campaign off, if any: a sign-off interrupted after its entry is
    /// completed from it rather than signed twice.
    Result<ReviewSignoffEntry> signoffEntry(qint64 campaignId) const;
    /// Marks the campaign signed off by \a reviewer with the digest, seq and time of its audit \a entry.
    Status markSigned(qint64 campaignId, const ReviewSignoffEntry &entry, const QString &reviewer);

    /// Records what applying the remediation of a revoke item did; allowed after sign-off.
    Status setRemediation(qint64 itemId, const QString &result, const QString &message, qint64 auditSeq);

    /// The audit target of a campaign: "review-campaign/<id>".
    static QString auditTarget(qint64 campaignId);

private:
    /// Returns the number of items written. \a step is called after each statement group; it reports
    /// progress and fails once cancelled.
    Result<int> generateItems(qint64 campaignId, const ReviewCampaign &campaign,
                              const std::function<Status()> &step);

    QSqlDatabase m_db;
};

} // namespace Scimflow
