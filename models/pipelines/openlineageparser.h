#pragma once

#include "openlineageassembler.h"
#include "pipelineparser.h"

namespace Scimflow {

/// Reads an OpenLineage RunEvent file (NDJSON, one event per line; a JSON array is accepted too) into one
/// job per run.
class OpenLineageParser : public PipelineParser
{
public:
    explicit OpenLineageParser(OpenLineageOptions options = {});

    QString source() const override;
    Result<JobPage> parse(const QByteArray &body) const override;

private:
    OpenLineageOptions m_options;
};

} // namespace Scimflow
