#pragma once

#include "finding.h"

#include <QByteArray>
#include <QList>

namespace Scimflow {

/// Writes findings as JSON or CSV for the CLI and for reports.
///
/// JSON: {"analysisTime": ISO, "auditHead": "<seq>:<hash>", "count": N, "findings": [{"fingerprint", "rule",
/// "severity", "subjectKind", "subjectId", "subject", "summary", "startedAt", "firstSeen", "lastSeen",
/// "resolvedAt", "acknowledged": null | {"by", "reason", "until", "active"}, "evidence": [...]}]}; times are
/// ISO 8601 UTC, empty when unknown.
/// CSV: RFC 4180 (UTF-8, CRLF, quoted where needed), one header row; cells that a spreadsheet would run as
/// a formula (starting with = + - @, tab or CR) are prefixed with a single quote.
class FindingsExport
{
public:
    static QByteArray toJson(const QList<Finding> &findings, Timestamp analysisTime,
                             const QString &auditHead);
    static QByteArray toCsv(const QList<Finding> &findings, Timestamp now);
    /// One CSV cell, quoted and neutralised as described above.
    static QString csvCell(const QString &value);
};

} // namespace Scimflow
