#pragma once

#include "reportdocument.h"
#include "reportpagelayout.h"
#include "result.h"

#include <QStringList>

namespace Scimflow {

/// Writes a finished report in one format; the single entry point for the CLI and the dialog.
class ReportExporter
{
public:
    /// Returns the files written (CSV writes one file per table plus "<base>-about.csv").
    static Result<QStringList> write(const ReportDocument &document, ReportFormat format, const QString &path,
                                     const ReportCancel *cancel = nullptr,
                                     const ReportPageLayout::Progress &progress = {});
};

} // namespace Scimflow
