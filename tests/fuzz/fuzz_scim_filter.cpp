// libFuzzer harness: SCIM filter text. Whatever parses prints to text that parses to the same tree, and
// printing that tree again gives the same text (the canonical text nests no deeper than the input);
// evaluation never crashes.
#include "scimfilter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Scimflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ScimFilter> filter = ScimFilter::parse(text);
    if (!filter)
        return 0;
    const QString printed = filter->toString();
    const Result<ScimFilter> reparsed = ScimFilter::parse(printed);
    // Canonical numbers may print longer than written ("1e9"), so only the length limit may refuse it.
    if (!reparsed && !(reparsed.error().kind == Error::Kind::TooLarge && printed.size() > 4096))
        __builtin_trap();
    if (reparsed && (!(*reparsed == *filter) || reparsed->toString() != printed))
        __builtin_trap();
    static const QJsonObject resource{
        {QStringLiteral("userName"), QStringLiteral("ada@example.com")},
        {QStringLiteral("active"), true},
        {QStringLiteral("emails"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("work")},
                                {QStringLiteral("value"), QStringLiteral("ada@example.com")}}}},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("lastModified"), QStringLiteral("2024-05-01T10:00:00Z")}}},
    };
    (void)filter->matches(resource);
    return 0;
}
