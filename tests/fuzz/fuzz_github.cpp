// libFuzzer harness: a GitHub Actions workflow runs page, and the same bytes as a Link header.
#include "githubactionsparser.h"

#include <cstddef>
#include <cstdint>

using namespace Scimflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const GithubActionsParser parser;
    (void)parser.parse(body);
    (void)GithubActionsParser::nextLink(body);
    return 0;
}
