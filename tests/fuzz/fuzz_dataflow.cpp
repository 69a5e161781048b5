// libFuzzer harness: a Dataflow v1b3 jobs.list page or jobs.get body.
#include "dataflowparser.h"

#include <cstddef>
#include <cstdint>

using namespace Scimflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const DataflowParser parser;
    (void)parser.parse(body);
    (void)parser.parseJob(body);
    return 0;
}
