#pragma once

#include "textissue.h"
#include "yamlvalue.h"

namespace Scimflow {

/// Reads hand-edited configuration files with yaml-cpp: YAML, and therefore JSON, which is YAML's flow
/// style. One document; keys are scalars; aliases are refused (they could multiply a small file into a huge
/// tree); nesting is limited. Every value keeps its line and column, and errors name them.
class YamlReader
{
public:
    /// Parses \a text; on failure returns false and fills \a issue.
    static bool parse(const QString &text, YamlValue *out, TextIssue *issue, int maxDepth = 32);
};

} // namespace Scimflow
