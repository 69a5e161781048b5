#pragma once

#include "reportdocument.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

namespace Scimflow {

/// Writes reports as CSV files through CsvWriter (RFC 4180, UTF-8, CRLF, formula-safe).
class ReportCsvWriter
{
public:
    /// A table with its header row (plus the sign-off column when the table has one).
    static QByteArray table(const ReportTable &table);
    /// The report's header facts as field,value rows: period, generation time, freshness, chain head, counts.
    static QByteArray about(const ReportDocument &document);
    /// Writes the first table to \a path, further tables to "<base>-<table id>.csv" and the header facts to
    /// "<base>-about.csv". Returns the files written.
    static Result<QStringList> write(const ReportDocument &document, const QString &path);
};

} // namespace Scimflow
