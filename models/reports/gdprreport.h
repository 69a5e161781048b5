#pragma once

#include "reportdata.h"

namespace Scimflow {

/// GDPR (Art. 30 records and Art. 5(1)(e) storage limitation): whose personal data the pipelines processed
/// under, how long the local store keeps what, which deletions were performed, and what the identity sync
/// itself stores.
class GdprReport
{
public:
    static Result<GdprReport> compute(const Store &store, const ReportData &data,
                                      const ReportOptions &options);
    ReportDocument document() const;

    ReportTable processing; // jobs per identity in the period
    ReportTable retention;  // oldest/newest row per table
    ReportTable deletions;  // users deleted, fixes from the audit log
    ReportTable records;    // records of processing for the sync sources

private:
    ReportOptions m_options;
    qint64 m_identities = 0;
    qint64 m_unmatched = 0;
    qint64 m_jobs = 0;
    ChartData m_rowsChart;
};

} // namespace Scimflow
