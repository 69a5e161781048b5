// libFuzzer harness: an RBAC mapping file (YAML or JSON). A mapping that parses
// writes canonical JSON that parses to the same mapping.
#include "rbacmapping.h"

#include <cstddef>
#include <cstdint>

using namespace Scimflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const RbacMappingParseResult result = RbacMappingParser::parse(text);
    if (!result.ok())
        return 0;
    const QByteArray json = result.mapping.toJson();
    const RbacMappingParseResult again = RbacMappingParser::parse(QString::fromUtf8(json));
    if (!again.ok() || again.mapping.toJson() != json)
        __builtin_trap();
    return 0;
}
