// libFuzzer harness: a SCIM ListResponse body, read as users and as groups, under every vendor profile.
#include "scimparser.h"

#include <cstddef>
#include <cstdint>

using namespace Scimflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const VendorProfile &profile : {VendorProfile::generic(), VendorProfile::entra()}) {
        for (ScimParser::Kind kind : {ScimParser::Kind::Users, ScimParser::Kind::Groups}) {
            const Result<ScimPage> page = ScimParser::parseListResponse(body, kind, profile);
            if (page && page->ids.size() != page->users.size() + page->groups.size())
                __builtin_trap(); // every parsed resource has its id listed once
        }
    }
    return 0;
}
