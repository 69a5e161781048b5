// libFuzzer harness: an OpenLineage RunEvent file (NDJSON or a JSON array).
#include "openlineageparser.h"

#include <cstddef>
#include <cstdint>

using namespace Scimflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const OpenLineageParser parser;
    (void)parser.parse(body);
    return 0;
}
