#pragma once

#include "timestamp.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace Scimflow {

/// The compliance reports the console produces.
enum class ReportKind { AccessReview, Deprovisioning, OrphanedCredentials, Gdpr };

/// "access-review", "deprovisioning", "orphaned-credentials", "gdpr".
QString reportKindName(ReportKind kind);
bool reportKindFromName(QStringView name, ReportKind *kind);
/// The translated title shown on the report, e.g. "Access review".
QString reportKindTitle(ReportKind kind);

/// Output formats of a report.
enum class ReportFormat { Pdf, Csv, Json, Html };
QString reportFormatName(ReportFormat format);
bool reportFormatFromName(QStringView name, ReportFormat *format);

/// Which identities and jobs a report looks at. Empty roles and source: everything.
struct ReportScope
{
    /// Pipeline roles (dataflow.admin) or IdP group names (data-engineering): an identity is in scope when
    /// one of its groups or derived roles is listed.
    QStringList roles;
    /// A pipeline source (dataflow, github, openlineage): only jobs of this source count.
    QString source;

    bool isAll() const { return roles.isEmpty() && source.isEmpty(); }
    /// "all identities and sources", "roles dataflow.admin; source dataflow", ...
    QString describe() const;
};

/// Everything that defines one report run.
struct ReportOptions
{
    ReportKind kind = ReportKind::AccessReview;
    Timestamp from = 0; // period start (inclusive)
    Timestamp to = 0;   // period end (exclusive)
    ReportScope scope;
    int slaHours = 24;         // deprovisioning: activity later than this after deactivation is a violation
    int idleDays = 30;         // orphaned credentials: no use for this many days before the period end
    Timestamp generatedAt = 0; // 0: the current time

    /// The moment the report describes: the end of the period, or the generation time if earlier.
    Timestamp asOf() const;
};

/// Lets a caller on another thread stop a running report; checked between rows and pages.
class ReportCancel
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace Scimflow
