#pragma once

#include "reportdocument.h"

#include <QByteArray>
#include <QJsonObject>

namespace Scimflow {

/// Writes reports as JSON in the shape documented in the README ("Compliance reports"): header facts,
/// summary counts, charts as data, and tables whose rows are objects keyed by column key.
class ReportJsonWriter
{
public:
    static QJsonObject toJson(const ReportDocument &document);
    static QByteArray write(const ReportDocument &document);
};

} // namespace Scimflow
