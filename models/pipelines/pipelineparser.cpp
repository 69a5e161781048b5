#include "pipelineparser.h"

namespace Scimflow {

PipelineParser::~PipelineParser() = default;

} // namespace Scimflow
