// libFuzzer harness: one SCIM User or Group resource; what parses must survive a write/read round trip.
#include "scimparser.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace Scimflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (const VendorProfile &profile :
         {VendorProfile::generic(), VendorProfile::okta(), VendorProfile::entra()}) {
        const Result<User> user = ScimParser::parseUser(o, profile);
        if (user) {
            const Result<User> again =
                ScimParser::parseUser(ScimParser::userToJson(*user), VendorProfile::generic());
            if (!again || again->scimId != user->scimId || again->userName != user->userName ||
                again->active != user->active)
                __builtin_trap();
        }
        const Result<Group> group = ScimParser::parseGroup(o, profile);
        if (group) {
            const Result<Group> again =
                ScimParser::parseGroup(ScimParser::groupToJson(*group), VendorProfile::generic());
            if (!again || again->scimId != group->scimId || again->displayName != group->displayName ||
                again->memberScimIds != group->memberScimIds)
                __builtin_trap();
        }
    }
    return 0;
}
