#pragma once

#include "result.h"
#include "scenariodata.h"

namespace Scimflow {

class Store;

/// Writes a generated scenario straight into a store, in one transaction, resolving job principals to users
/// and service accounts. Used for benchmarks and offline fixtures; the demo itself syncs over the network.
class ScenarioImporter
{
public:
    static Status write(Store &store, const Scenario &scenario);

    /// Adds the scenario's attribute and membership changes as an IdP event feed (System Log) would: the
    /// history a first snapshot sync cannot derive. Users are matched by SCIM id; others are skipped.
    static Status writeIdentityFeed(Store &store, const Scenario &scenario);
};

} // namespace Scimflow
