#pragma once

#include "driftrule.h"

namespace Scimflow {

/// Jobs related to users who are deactivated or deleted in the IdP: shared by the ghost-run and the
/// post-deprovisioning-start rules, which differ only in when the job started relative to the leaving.
class Deprovisioning
{
public:
    enum class Timing {
        RunningAcross, // started before the deprovisioning, still running (or ran) after it
        StartedAfter,  // started at or after the deprovisioning
    };

    /// "WITH leavers AS (...)": user_id, scim_id, user_name, active, deleted_at, off_at (the time of the
    /// deactivation or deletion; the last deactivated event, else last_modified), how, off_event.
    static QString leaversCte();

    static Result<QList<Finding>> jobFindings(const DriftContext &context, Timing timing,
                                              const QString &rule);
};

} // namespace Scimflow
