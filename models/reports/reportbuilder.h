#pragma once

#include "reportdocument.h"
#include "result.h"

#include <functional>

namespace Scimflow {

class Store;

/// Computes a report from the store: loads the shared data once, runs the report kind's class and fills
/// the header facts (generation time, freshness, audit chain head).
class ReportBuilder
{
public:
    using Progress = std::function<void(int done, int total)>;

    /// Checks the options a user typed: a non-empty period, positive SLA and idle limits.
    static Status validate(const ReportOptions &options);
    static Result<ReportDocument> build(const Store &store, const ReportOptions &options,
                                        const ReportCancel *cancel = nullptr, const Progress &progress = {});
};

} // namespace Scimflow
