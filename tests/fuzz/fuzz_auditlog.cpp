// libFuzzer harness: Cloud Audit Logs, as an entries:list response and as an exported file.
#include "auditlogparser.h"

#include <cstddef>
#include <cstdint>

using namespace Scimflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const AuditLogParser parser;
    if (const auto page = parser.parse(body))
        (void)AuditLogParser::byJob(page->launches);
    (void)parser.parseExport(body);
    return 0;
}
