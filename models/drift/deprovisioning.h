#pragma once

#include "driftqueries.h"
#include "driftrule.h"

namespace Scimflow {

/// Jobs related to users who are deactivated or deleted in the IdP: shared by the ghost-run and the
/// post-deprovisioning-start rules, which differ only in when the job started relative to the leaving.
class Deprovisioning
{
public:
    using Timing = DriftQueries::LeaverJobTiming;

    static Result<QList<Finding>> jobFindings(const DriftContext &context, Timing timing,
                                              const QString &rule);
};

} // namespace Scimflow
