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
/// CSV: one header row, written by CsvWriter (RFC 4180, UTF-8, CRLF, formula-safe).
class FindingsExport
{
public:
    static QByteArray toJson(const QList<Finding> &findings, Timestamp analysisTime,
                             const QString &auditHead);
    static QByteArray toCsv(const QList<Finding> &findings, Timestamp now);
};

} // namespace Scimflow
