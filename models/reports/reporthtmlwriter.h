#pragma once

#include "reportdocument.h"

#include <QByteArray>

namespace Scimflow {

/// Writes a report as one self-contained HTML file: inline CSS, charts embedded as PNG data URLs, no
/// external requests. Tables repeat their header row when printed.
class ReportHtmlWriter
{
public:
    /// \a maxRowsPerTable > 0 cuts long tables (for previews) and says how many rows were left out.
    static QByteArray write(const ReportDocument &document, int maxRowsPerTable = 0);
};

} // namespace Scimflow
