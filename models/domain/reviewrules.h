#pragma once

#include "result.h"
#include "reviewcampaign.h"

namespace Scimflow {

/// The review's rules in one place: why an item is recommended for keeping or revoking (the codes the
/// repository computes in SQL), and which decisions need a written justification.
class ReviewRules
{
public:
    /// The reason behind an item's recommendation in words, with its figures ("no job in 45 days under
    /// this access (idle after 30)").
    static QString reasonText(const ReviewItem &item, const ReviewCampaign &campaign);
    /// Whether deciding \a decision on \a item needs a justification: keeping privileged access, and any
    /// keep or revoke against the recommendation.
    static bool needsJustification(const ReviewItem &item, ReviewDecision decision);
    /// Refuses a decision that lacks a required justification (or that is None).
    static Status checkDecision(const ReviewItem &item, ReviewDecision decision,
                                const QString &justification);
};

} // namespace Scimflow
