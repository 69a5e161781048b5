#pragma once

#include "chartdata.h"
#include "reportoptions.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Scimflow {

/// One column of a report table: a stable key (JSON/CSV header), a readable title and a relative width.
struct ReportColumn
{
    QString key;
    QString title;
    double weight = 1.0; // share of the page width in PDF
};

/// A table of plain strings; every writer (PDF, CSV, JSON, HTML) renders the same rows.
struct ReportTable
{
    QString id; // stable key, e.g. "identities"
    QString title;
    QList<ReportColumn> columns;
    QList<QStringList> rows; // each row has columns.size() cells
    QString emptyText;       // shown when there are no rows
    QString signOffColumn;   // CSV only: an extra, empty column for a reviewer's sign-off
};

/// A summary figure at the top of a report.
struct ReportCount
{
    QString key; // stable key, e.g. "violations"
    QString label;
    qint64 value = 0;
};

/// When a source was last synced successfully (0 = never).
struct SourceFreshness
{
    QString source;
    Timestamp lastSuccessfulSync = 0;
};

/// The audit log's newest entry, so a reader can compare with `scimflow audit verify`.
struct AuditChainHead
{
    qint64 seq = 0; // 0: the log is empty
    QString hash;

    bool isEmpty() const { return seq == 0; }
    /// "<seq>:<hash>" as `scimflow audit verify --head` takes it; empty for an empty log.
    QString token() const;
    QString describe() const; // "42:ab12... (check with scimflow audit verify --head 42:ab12...)" or "empty"
};

/// A time in report tables: ISO 8601 to the second, UTC ("2026-11-28T09:30:00Z"); empty for 0.
QString reportTime(Timestamp ts);
/// A duration in hours with one decimal ("72.5").
QString reportHours(Timestamp ms);

/// A finished report: header facts, summary counts, charts and tables. Writers only format this.
struct ReportDocument
{
    ReportKind kind = ReportKind::AccessReview;
    QString title;
    QString subtitle; // e.g. the control reference
    Timestamp from = 0;
    Timestamp to = 0;
    Timestamp generatedAt = 0;
    QString scope;
    QStringList parameters; // "SLA 24 h", "idle after 30 days", ...
    QList<SourceFreshness> freshness;
    Timestamp findingsComputedAt = 0; // 0: not recorded
    bool findingsStale = false;       // a source synced successfully after the findings were computed
    AuditChainHead chainHead;
    QList<ReportCount> summary;
    QList<ChartData> charts;
    QList<ReportTable> tables;
    QStringList notes; // how to read the report; printed after the header

    qint64 countValue(const QString &key) const;
    const ReportTable *table(const QString &id) const;
};

} // namespace Scimflow
