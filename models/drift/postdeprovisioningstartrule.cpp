#include "postdeprovisioningstartrule.h"

#include "deprovisioning.h"

namespace Scimflow {

Result<QList<Finding>> PostDeprovisioningStartRule::evaluate(const DriftContext &context) const
{
    return Deprovisioning::jobFindings(context, Deprovisioning::Timing::StartedAfter, id());
}

} // namespace Scimflow
