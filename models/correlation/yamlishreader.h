#pragma once

#include "locatedjson.h"

namespace Scimflow {

/// Reads the indented "key: value" form of configuration files (a small YAML subset: block mappings,
/// "- " lists, [a, b] inline lists, quoted or plain scalars, # comments) into the same located values the
/// JSON reader gives, so both forms validate identically.
class YamlishReader
{
public:
    static bool parse(QStringView text, LocatedJsonValue *out, TextIssue *issue, int maxDepth = 32);
};

} // namespace Scimflow
