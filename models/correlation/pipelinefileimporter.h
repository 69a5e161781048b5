#pragma once

#include "jobswriter.h"
#include "openlineageassembler.h"
#include "rbacmappingrepository.h"

namespace Scimflow {

/// Imports pipeline data from files: OpenLineage RunEvent NDJSON, Cloud Audit Logs exports (launchers of
/// Dataflow jobs) and RBAC mapping files. Each import is one transaction with its own sync_runs row.
class PipelineFileImporter
{
public:
    explicit PipelineFileImporter(Store &store, ParseLimits limits = {});

    /// Without \a options, the current RBAC mapping's "openLineage" section says where the principal is.
    Result<JobSyncSummary> importOpenLineage(const QString &path,
                                             const std::optional<OpenLineageOptions> &options = std::nullopt);
    /// Sets the launchers of stored Dataflow jobs from an exported JSON array or NDJSON of audit entries.
    Result<JobSyncSummary> importAuditLogExport(const QString &path);
    Result<RbacApplyReport> importRbacMapping(const QString &path, const QString &author);

private:
    Result<QByteArray> readFile(const QString &path, const QString &what) const;

    Store &m_store;
    ParseLimits m_limits;
};

} // namespace Scimflow
