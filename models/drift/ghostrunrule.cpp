#include "ghostrunrule.h"

#include "deprovisioning.h"

namespace Scimflow {

Result<QList<Finding>> GhostRunRule::evaluate(const DriftContext &context) const
{
    return Deprovisioning::jobFindings(context, Deprovisioning::Timing::RunningAcross, id());
}

} // namespace Scimflow
