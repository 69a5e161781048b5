#pragma once

#include "reportdocument.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

namespace Scimflow {

/// Writes reports as RFC 4180 CSV (UTF-8, CRLF, quoted where needed) that is safe to open in a spreadsheet:
/// cells starting with a formula character are neutralised with a leading apostrophe.
class ReportCsvWriter
{
public:
    /// One cell, escaped and neutralised.
    static QString cell(const QString &value);
    /// A table with its header row (plus the sign-off column when the table has one).
    static QByteArray table(const ReportTable &table);
    /// The report's header facts as field,value rows: period, generation time, freshness, chain head, counts.
    static QByteArray about(const ReportDocument &document);
    /// Writes the first table to \a path, further tables to "<base>-<table id>.csv" and the header facts to
    /// "<base>-about.csv". Returns the files written.
    static Result<QStringList> write(const ReportDocument &document, const QString &path);
};

} // namespace Scimflow
