#pragma once

#include "parsereport.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace Scimflow {

/// Turns one response body or file of a pipeline source into jobs. One subclass per source; each keeps
/// the source's raw state next to the mapped Job::State and skips (and counts) records it cannot read.
class PipelineParser
{
public:
    virtual ~PipelineParser();

    /// "dataflow", "github", "openlineage": the jobs.source value.
    virtual QString source() const = 0;
    /// A whole-body failure (not JSON, wrong shape, too large) is an Error; bad records are skipped.
    virtual Result<JobPage> parse(const QByteArray &body) const = 0;

    const ParseLimits &limits() const { return m_limits; }
    void setLimits(const ParseLimits &limits) { m_limits = limits; }

protected:
    ParseLimits m_limits;
};

} // namespace Scimflow
