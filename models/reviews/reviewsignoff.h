#pragma once

#include "result.h"
#include "reviewcampaign.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

namespace Scimflow {

/// Signing a review campaign off: the canonical form of its decisions and their digest, recorded in one
/// `review.signoff` entry of the audit chain before the campaign is marked signed.
class ReviewSignOff
{
public:
    explicit ReviewSignOff(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Closes the campaign: every item needs a keep or revoke decision. Appends one `review.signoff` audit
    /// entry carrying the digest of the canonical decisions, then marks the campaign signed.
    Result<ReviewCampaign> signOff(qint64 campaignId, const QString &reviewer);

    /// The canonical form of a campaign's decisions (what its digest hashes), documented in the README.
    static QByteArray canonicalDecisions(const ReviewCampaign &campaign, const QList<ReviewItem> &items);
    /// Lower-case hex SHA-256 of canonicalDecisions().
    static QString digest(const ReviewCampaign &campaign, const QList<ReviewItem> &items);

private:
    QSqlDatabase m_db;
};

} // namespace Scimflow
