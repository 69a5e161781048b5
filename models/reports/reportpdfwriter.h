#pragma once

#include "reportdocument.h"
#include "reportpagelayout.h"
#include "result.h"

namespace Scimflow {

/// Writes a report as a PDF (A4 landscape, fonts embedded) through ReportPdfDevice and ReportPageLayout.
class ReportPdfWriter
{
public:
    /// \a progress reports laid-out rows first, then painted pages (total = rows + pages).
    static Status write(const ReportDocument &document, const QString &path,
                        const ReportCancel *cancel = nullptr,
                        const ReportPageLayout::Progress &progress = {});
};

} // namespace Scimflow
